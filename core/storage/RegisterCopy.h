// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QSqlDatabase;

namespace sujarit::storage {

class Database;

/** One table of a copy: its rows on each side and whether their contents matched. */
struct CopiedTable
{
    QString name;
    qint64 source = 0, copy = 0;
    bool sameContents = false;
};

/** What a whole-register copy proved. */
struct CopyReport
{
    QList<CopiedTable> tables;
    qint64 auditEntries = 0;
    QString lastAuditHash; ///< the newest entry's hash, the same on both sides
};

/**
 * Copies the whole register \a from into \a to — an SQLite file onto a PostgreSQL server (sujarit-cli migrate-to), or
 * a server register into an SQLite file (its backup) — and proves the copy complete: every table's rows counted on
 * both sides and their contents compared (a digest of every row), and the audit trail verified on both sides, ending
 * with the same entry and hash. \a from is read in one snapshot while others keep working; \a to must be a register
 * of the same schema that holds nothing yet (no users, complaints or audit entries) and is written in one
 * transaction, committed only once the proof holds: any failure leaves it as it was. Needs the Backup permission
 * on \a from.
 */
std::optional<CopyReport> copyRegister(Database& from, Database& to, QString* error);

/**
 * One SHA-256 over the contents of every table of the register on \a connection (each table's rows digested as a
 * copy's proof digests them, whatever their order): what a backup's manifest records, so that a row changed in the
 * file afterwards (with the sqlite3 shell, say) is found. \a stop, asked every 1,000 rows, gives up when true.
 */
std::optional<QString> registerDigest(const QSqlDatabase& connection, QString* error,
                                      const std::function<bool()>& stop = {});

/** The tables of the register, parents before children (the order a copy writes them in). */
const QStringList& registerTables();

} // namespace sujarit::storage
