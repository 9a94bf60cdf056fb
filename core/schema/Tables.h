// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

namespace sujarit::storage {
class Database;
}

namespace sujarit::schema {

/**
 * A table that a schema step adds, described once for a file and a server (the steps before schema 8 were written
 * twice, as history). Columns and table constraints are SQL that both engines read, with these words for what
 * differs:
 *
 * - `{id}`: the row number, `id INTEGER PRIMARY KEY` in a file, on a server a BIGINT numbered the same way (max + 1
 *   under the register's write lock, no gaps);
 * - `{real}`: a floating-point number (REAL, DOUBLE PRECISION); `{blob}`: bytes (BLOB, BYTEA);
 * - `{isodate:COLUMN}`: a CHECK that COLUMN holds an ISO date, YYYY-MM-DD.
 *
 * Every change to the table is recorded in the audit trail, its rows named by \a key.
 */
struct Table {
    QString name;
    QString key = QStringLiteral("id");
    QStringList columns;
    QStringList constraints = {};
};

/** The CREATE TABLE statement for \a table on a file (\a server false) or a server. */
QString createTableSql(const Table& table, bool server);
/** On a server, the triggers that number \a table's rows (when \a numbered) and write its changes into the trail. */
QStringList serverTriggersSql(const QString& table, const QString& key, bool numbered);
/** Creates \a table in \a db with its audit trail (and, on a server, its row numbering). */
bool createTable(storage::Database& db, const Table& table);

} // namespace sujarit::schema
