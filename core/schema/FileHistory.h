// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "storage/Schema.h"

namespace sujarit::schema {

/** The released steps 1 to 7 of an SQLite register's schema, oldest first, for files made before. Never edit one. */
const QList<storage::Migration>& fileHistory();

} // namespace sujarit::schema
