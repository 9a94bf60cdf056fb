// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Tables.h"

#include <QList>

namespace sujarit::storage {
class Database;
}

namespace sujarit::schema {

/**
 * The register's tables as schema 7 holds them, each described once for a file and a server, in the order a copy
 * fills them (a row's parents first). A file made by an older Sujarit reaches the same tables, object for object,
 * through schema/FileHistory.cpp.
 */
const QList<Table>& registerTables();

/** Schema 7 made at once in a new file or server: the tables, their indexes, what each engine adds, the first rows. */
bool newRegister(storage::Database& db);

/** The rows every register starts with: the shipped holidays, the deadline rules, numbering and the receipt key. */
bool seedRegister(storage::Database& db);

} // namespace sujarit::schema
