// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <functional>

namespace sujarit::storage {

class Database;

/** One step of the schema's history; run once, in its own transaction, in order. */
struct Migration {
    int version; ///< the schema version after this step (a file's PRAGMA user_version)
    std::function<bool(Database&)> apply;
};

/**
 * The steps a register's schema is built and upgraded with. Storage runs them and knows none of them: the register's
 * own schema (core/schema) is installed by every program at start, before a database is opened.
 */
struct Schema {
    QList<Migration> file; ///< an SQLite file, from version 1; never edit a released step, append a new one
    QList<Migration> server; ///< a PostgreSQL database, by the same version numbers (the first makes several at once)
};

void installSchema(Schema schema);
/** The installed schema; empty when none was installed (a database then refuses to open). */
const Schema& installedSchema();

} // namespace sujarit::storage
