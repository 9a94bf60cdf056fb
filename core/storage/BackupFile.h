// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the two halves of backups share (Backup.cpp writes and restores, BackupCheck.cpp checks): the manifest's
// place in a backup file, and a connection of its own to a file that is not the register.
#include "Backup.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

namespace sujarit::storage::backupfile {

/** The messages of backups, one translation context for both halves. */
struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(BackupText)
};

/** Sets \a error (when given) and returns false. */
inline bool failWith(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

/** The one table a backup holds beyond the register's own: one row, the manifest as JSON. */
QString manifestTable();
QString manifestDdl();

/**
 * Runs \a work on a connection of its own to the SQLite file \a path (read-only unless \a writable), closed
 * afterwards whatever happens. False with \a error when the file cannot be opened or \a work says so.
 */
bool withFile(const QString& path, bool writable, const std::function<bool(QSqlDatabase&)>& work, QString* error);

/** The file's audit trail: how many entries, the last one's number and hash. */
struct TrailEnd
{
    qint64 entries = 0, lastId = 0;
    QString lastHash, firstHash;
};
std::optional<TrailEnd> trailEnd(const QSqlDatabase& connection, QString* error);

} // namespace sujarit::storage::backupfile
