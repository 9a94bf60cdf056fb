// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>
#include <initializer_list>

namespace sujarit::storage {
class Database;
}

namespace sujarit::schema {

/**
 * A table of the register, described once for a file and a server (schema/RegisterTables.cpp, and the steps after
 * it). Columns and table constraints are SQL that both engines read, with these words for what differs:
 *
 * - `{id}`: the row number, `id INTEGER PRIMARY KEY` in a file, on a server a BIGINT numbered the same way (max + 1
 *   under the register's write lock, no gaps);
 * - `{int64}`: a 64-bit whole number, such as a reference to an `{id}` or an amount in satang (INTEGER, BIGINT);
 * - `{real}`: a floating-point number (REAL, DOUBLE PRECISION); `{blob}`: bytes (BLOB, BYTEA);
 * - `{isodate:COLUMN}`: a CHECK that COLUMN holds an ISO date, YYYY-MM-DD;
 * - `{day:COLUMN}`: a whole number the database computes, the Julian day of the date COLUMN begins with.
 *
 * When \a audited, every change to the table is recorded in the audit trail, its rows named by \a key.
 */
struct Table {
    QString name;
    QString key = QStringLiteral("id");
    QStringList columns;
    QStringList constraints = {};
    QStringList indexes = {}; ///< CREATE INDEX statements that both engines read
    bool audited = true;
};

/** Statements or columns written as UTF-8 literals, as a table's description holds them. */
QStringList sql(std::initializer_list<const char*> parts);
/** A table described with UTF-8 literals (see Table). */
Table table(const char* name, const char* key, QStringList columns, QStringList constraints = {},
            QStringList indexes = {}, bool audited = true);

/** The CREATE TABLE statement for \a table on a file (\a server false) or a server. */
QString createTableSql(const Table& table, bool server);
/** On a server, the triggers that number \a table's rows (when it has an `{id}`) and write its changes into the trail
 *  (when audited); none for a table that is not audited. */
QStringList serverTriggersSql(const Table& table);
/** Runs \a statements in \a db in order; false, with the error in \a db, at the first that fails. */
bool runAll(storage::Database& db, const QStringList& statements);
/** Creates \a table in \a db with its indexes, without a server's triggers (a new register's come after its first
 *  rows, schema/RegisterTables.cpp). */
bool createTableAndIndexes(storage::Database& db, const Table& table);
/** Creates \a table in \a db with its indexes and its audit trail (and, on a server, its row numbering). */
bool createTable(storage::Database& db, const Table& table);

} // namespace sujarit::schema
