// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>
#include <optional>

namespace sujarit::storage {

class Database;

/** What a backup file holds, as checked before it is trusted. */
struct BackupCheck
{
    int schemaVersion = 0;
    int complaints = 0;
};

/**
 * Backups that restore (issue 8). A backup is a consistent copy of the register taken while it is in use (SQLite's
 * VACUUM INTO reads one snapshot, so saves by other clerks neither block it nor tear it), written to a temporary file
 * beside the target, checked (SQLite's integrity check, a Sujarit schema), made readable by the owner only, and only
 * then given its name. Nothing here ever overwrites a database without keeping it aside. A register on a PostgreSQL
 * server is backed up the same way into an SQLite file, copied from one snapshot and proved complete (RegisterCopy).
 */
bool backupTo(Database& db, const QString& path, QString* error);

/**
 * Checks that \a path is a sound Sujarit backup this version can restore: an SQLite file, passing the integrity
 * check, with the register's tables and a schema no newer than this build's. Reads only; the file is not changed.
 */
std::optional<BackupCheck> checkBackup(const QString& path, QString* error);

/**
 * Replaces the register at \a databasePath (which must not be open) with the backup \a backupPath: the backup is
 * checked first; the current file (with its -wal and -shm) is moved aside to "<file>.before-restore-YYYYMMDD-HHMMSS",
 * whose path goes to \a asidePath; the copy is opened once so an older schema is brought up to date. On any failure
 * the current register is put back as it was.
 */
bool restoreFrom(const QString& databasePath, const QString& backupPath, QString* asidePath, QString* error);

/** The folder of the automatic backups: the "backup.dir" setting, else "backups" beside the app's data. */
QString backupFolder(Database& db);
/** How many automatic backups to keep: the "backup.keep" setting, else 14. */
int backupsKept(Database& db);

/**
 * The daily automatic backup: when \a folder has no backup of \a today yet, writes "sujarit-YYYY-MM-DD.db" there and
 * removes the oldest automatic backups beyond \a keep. Returns the file written, an empty string when today's was
 * already there, or nullopt with \a error.
 */
std::optional<QString> dailyBackup(Database& db, const QString& folder, QDate today, int keep, QString* error);

} // namespace sujarit::storage
