// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace sujarit::storage {

class Database;

/**
 * What a backup says of itself, written into it (the table sujarit_backup_manifest) when it is made and recorded in
 * the register's own audit trail as the backup's entry: which register, when and by whom, where its audit trail
 * ended, and a digest of every table's contents. Checked against the file whenever the file is checked, and against
 * the register's record of it on restore, so that a trail cut short or a row changed in the file is found.
 */
struct BackupManifest
{
    QString backupId; ///< a UUID of its own
    QString registerId; ///< the hash of the register's first audit entry: the same for every copy of one register
    QString takenAt; ///< ISO date and time
    QString takenBy;
    int schemaVersion = 0;
    qint64 complaints = 0;
    qint64 auditEntries = 0;
    qint64 auditLastId = 0;
    QString auditLastHash;
    QString contentDigest; ///< registerDigest() of the file as written

    QByteArray toJson() const;
    static std::optional<BackupManifest> fromJson(const QByteArray& json);
};

/** What a backup file holds, as checked before it is trusted. */
struct BackupCheck
{
    int schemaVersion = 0;
    int complaints = 0;
    /** Absent in a backup written before backups carried one (its trail's end cannot be checked). */
    std::optional<BackupManifest> manifest;
    /** On restore: the register being replaced had recorded this backup when it made it, and the file matches. */
    bool recorded = false;
    /** Written before complainants' identities were sealed (it has no identity key), and it holds complaints. */
    bool clearIdentities = false;
};

/** A schema object's SQL as a backup's is compared with this version's: spaces folded, none inside parentheses'
 *  edges. */
QString foldedSql(const QString& sql);

/**
 * Backups that restore. A backup is a consistent copy of the register taken while it is in use (SQLite's
 * VACUUM INTO reads one snapshot, so saves by other clerks neither block it nor tear it), written to a temporary file
 * beside the target, checked (SQLite's integrity check, a Sujarit schema), made readable by the owner only, and only
 * then given its name. Nothing here ever overwrites a database without keeping it aside. A register on a PostgreSQL
 * server is backed up the same way into an SQLite file, copied from one snapshot and proved complete (RegisterCopy).
 */
bool backupTo(Database& db, const QString& path, QString* error, BackupManifest* written = nullptr);

/**
 * Checks that \a path is a sound Sujarit backup this version can restore, trusting nothing in it: an SQLite file
 * passing the integrity check, of a schema this version knows, holding exactly the tables, indexes, triggers and
 * views Sujarit makes at that schema (anything foreign, missing or changed is named), with an unbroken audit trail,
 * and — where it has a manifest — ending at the entry its manifest names and holding the contents it records.
 * Reads only; the file is not changed. \a contents false leaves out the digest of every row (seconds for a large
 * register), for a file Sujarit has just written and digested itself.
 */
std::optional<BackupCheck> checkBackup(const QString& path, QString* error, bool contents = true);

/**
 * Replaces the register at \a databasePath (which must not be open) with the backup \a backupPath: the backup is
 * copied beside the register and that copy checked whole (checkBackup), brought up to this version's schema and
 * flushed to the disk; a copy of the current register is kept as "<file>.before-restore-YYYYMMDD-HHMMSS" (a name
 * never used before), whose path goes to \a asidePath; only then is the checked copy renamed over the register in
 * one step. At every instant there is a whole register at \a databasePath, the old one or the new; any failure
 * leaves the old one as it was. What was restored goes to \a restored.
 */
bool restoreFrom(const QString& databasePath, const QString& backupPath, QString* asidePath, QString* error,
                 BackupCheck* restored = nullptr);

/**
 * The checks of a backup (\a backupPath, already through checkBackup() as \a check) against the register at
 * \a registerPath, read only: a backup the register recorded must match that record (\a check.recorded is set),
 * and a file without a manifest must not be one the register made. False, with \a error, when it is refused.
 */
bool checkAgainstRegister(const QString& registerPath, const QString& backupPath, BackupCheck& check, QString* error);

/** In plain words, what a check could prove of a backup: its manifest and, on restore, the register's record of it. */
QString standingText(const BackupCheck& check, bool onRestore);
/** The restore's audit entry: which backup (its manifest's id) and where the register as it was is kept. */
QString restoreDetails(const BackupCheck& restored, const QString& aside);

/** The folder of the automatic backups: the "backup.dir" setting, else "backups" beside the app's data. */
QString backupFolder(Database& db);
/** How many automatic backups to keep: the "backup.keep" setting, else 14. */
int backupsKept(Database& db);

/**
 * The daily automatic backup: when \a folder has no backup of \a today yet, writes "sujarit-YYYY-MM-DD.db" there and
 * removes the oldest automatic backups beyond \a keep — only files that are this register's backups by their
 * manifest, never another file that merely has such a name. Returns the file written, an empty string when
 * today's was already there, or nullopt with \a error.
 */
std::optional<QString> dailyBackup(Database& db, const QString& folder, QDate today, int keep, QString* error);

} // namespace sujarit::storage
