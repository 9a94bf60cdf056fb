// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <functional>

namespace sujarit::storage {

class Database;

/** One step of the schema's history; run once, in its own transaction, in order. */
struct Migration {
    int version; ///< the PRAGMA user_version after this step
    std::function<bool(Database&)> apply;
};

/** Every migration, oldest first. Never edit a released one: append a new one. */
const QList<Migration>& migrations();

} // namespace sujarit::storage
