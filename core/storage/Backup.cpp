// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "Audit.h"
#include "Database.h"
#include "RegisterCopy.h"
#include "calendar/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace sujarit::storage {

namespace {
struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(BackupText)
};

bool failWith(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/** The three files of a WAL-mode database. */
QStringList filesOf(const QString& path)
{
    return { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") };
}

const QString AutomaticPrefix = QStringLiteral("sujarit-");
} // namespace

std::optional<BackupCheck> checkBackup(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        failWith(error, BackupText::tr("%1: there is no such file").arg(path));
        return std::nullopt;
    }
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            failWith(error, BackupText::tr("%1: cannot read it: %2").arg(path, f.errorString()));
            return std::nullopt;
        }
        if (f.read(16) != QByteArray("SQLite format 3", 16)) {
            failWith(error,
                     BackupText::tr("%1 is not a Sujarit backup: it is not an SQLite file (another kind of file, "
                                    "or a damaged one)")
                         .arg(path));
            return std::nullopt;
        }
    }
    const QString name = QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::Id128);
    std::optional<BackupCheck> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            failWith(error, BackupText::tr("%1: cannot open it: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            QString problem;
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
                problem = BackupText::tr("%1 is damaged: %2").arg(path, q.lastError().text());
            else if (q.value(0).toString() != QLatin1String("ok"))
                problem
                    = BackupText::tr("%1 is damaged (SQLite's integrity check: %2)").arg(path, q.value(0).toString());
            int version = 0;
            if (problem.isEmpty() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            int complaints = 0;
            if (problem.isEmpty()) {
                if (version == 0 || !q.exec(QStringLiteral("SELECT count(*) FROM complaints")) || !q.next())
                    problem = BackupText::tr("%1 is an SQLite file but not a Sujarit register").arg(path);
                else
                    complaints = q.value(0).toInt();
            }
            if (problem.isEmpty() && version >= 6 && version <= Database::currentSchemaVersion()) {
                // Schema 6 has the audit trail: a sound backup has an unbroken chain.
                const AuditVerification chain = verifyAudit(db);
                if (!chain.ok)
                    problem = BackupText::tr("%1: its audit trail does not verify: %2").arg(path, chain.message);
            }
            if (problem.isEmpty() && version > Database::currentSchemaVersion())
                problem
                    = BackupText::tr("%1 was written by a newer version of Sujarit (schema %2; this version knows up "
                                     "to %3); update Sujarit before restoring it")
                          .arg(path)
                          .arg(version)
                          .arg(Database::currentSchemaVersion());
            if (problem.isEmpty())
                result = BackupCheck { version, complaints };
            else
                failWith(error, problem);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

namespace {
bool writeBackup(Database& db, const QString& path, QString* error);
}

bool backupTo(Database& db, const QString& path, QString* error)
{
    if (!db.require(access::Permission::Backup))
        return failWith(error, db.errorString());
    return writeBackup(db, path, error);
}

namespace {
bool writeBackup(Database& db, const QString& path, QString* error)
{
    const QFileInfo target(path);
    const bool itself = target.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath();
    if (itself || Location::isServer(path)) {
        const std::optional<Location> named = Location::parse(path);
        const QString shown = named ? named->display() : path;
        return failWith(error,
                        itself ? BackupText::tr("%1 is the register itself; choose another file for the backup").arg(shown)
                               : BackupText::tr("%1 is a database server; a backup is a file: choose a file on this PC "
                                                "or on a shared folder (to copy a register onto a server, use "
                                                "migrate-to)")
                                     .arg(shown));
    }
    if (!target.absoluteDir().exists() && !QDir().mkpath(target.absolutePath()))
        return failWith(error, BackupText::tr("cannot write %1: the folder cannot be made").arg(path));
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    if (db.engine() == Engine::PostgreSQL) {
        // A server register's backup is an SQLite file like any other: a copy proved complete (RegisterCopy),
        // which restores on one PC, or back onto a server with migrate-to.
        Database file;
        QString why;
        // A rollback journal, not the register's write-ahead log: the whole copy is one transaction into an empty
        // file, which a WAL would hold a second time before copying it in; and the backup is then one
        // self-contained file, as VACUUM INTO writes, with no log beside it when it is opened.
        const bool copied = file.open(temporary) && file.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))
            && file.exec(QStringLiteral("PRAGMA cache_size = -65536")) && copyRegister(db, file, &why).has_value();
        if (why.isEmpty())
            why = file.errorString();
        file.close();
        if (!copied) {
            for (const QString& f : filesOf(temporary))
                QFile::remove(f);
            return failWith(error, BackupText::tr("cannot write %1: %2").arg(path, why));
        }
    } else {
        QSqlQuery q = db.query();
        if (!db.exec(q, QStringLiteral("VACUUM INTO ?"), { temporary })) {
            QFile::remove(temporary);
            return failWith(error, BackupText::tr("cannot write %1: %2").arg(path, db.errorString()));
        }
    }
    QFile::setPermissions(temporary, OwnerOnly);
    QString why;
    if (!checkBackup(temporary, &why)) {
        QFile::remove(temporary);
        return failWith(
            error,
            BackupText::tr("the backup written to %1 did not pass its check, so it was removed: %2").arg(path, why));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return failWith(error, BackupText::tr("cannot write %1").arg(path));
    }
    return true;
}
} // namespace

bool restoreFrom(const QString& databasePath, const QString& backupPath, QString* asidePath, QString* error)
{
    if (Location::isServer(databasePath))
        return failWith(error, BackupText::tr("a register on a server is not overwritten in place: ask whoever looks "
                                              "after the server for a new empty database, and copy the backup into "
                                              "it with “sujarit-cli --db %1 migrate-to postgresql://…/NEW”; the "
                                              "register was not changed")
                                   .arg(backupPath));
    QString why;
    if (!checkBackup(backupPath, &why))
        return failWith(error, why + BackupText::tr("; the register was not changed"));
    const QString aside = databasePath + QStringLiteral(".before-restore-")
        + calendar::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Keep the current register aside, all three of its files, before anything is written.
    QStringList moved;
    const auto putBack = [&] {
        QFile::remove(databasePath);
        for (const QString& file : moved)
            QFile::rename(aside + file.mid(databasePath.size()), file);
    };
    for (const QString& file : filesOf(databasePath)) {
        if (!QFile::exists(file))
            continue;
        if (!QFile::rename(file, aside + file.mid(databasePath.size()))) {
            putBack();
            return failWith(error, BackupText::tr("cannot move %1 aside; the register was not changed").arg(file));
        }
        moved << file;
    }
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath()) || !QFile::copy(backupPath, databasePath)) {
        putBack();
        return failWith(
            error,
            BackupText::tr("cannot copy %1 to %2; the register was put back as it was").arg(backupPath, databasePath));
    }
    QFile::setPermissions(databasePath, OwnerOnly);
    {
        Database restored;
        if (!restored.open(databasePath, Database::OpenMode::MustExist)) {
            const QString reason = restored.errorString();
            restored.close();
            putBack();
            return failWith(error,
                            BackupText::tr("%1 could not be opened after copying (%2); the register was put back "
                                           "as it was")
                                .arg(backupPath, reason));
        }
    }
    if (asidePath)
        *asidePath = moved.isEmpty() ? QString() : aside;
    return true;
}

QString backupFolder(Database& db)
{
    const QString set = db.setting(QStringLiteral("backup.dir"));
    if (!set.isEmpty())
        return set;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

int backupsKept(Database& db)
{
    bool ok = false;
    const int keep = db.setting(QStringLiteral("backup.keep")).toInt(&ok);
    return ok && keep > 0 ? keep : 14;
}

std::optional<QString> dailyBackup(Database& db, const QString& folder, QDate today, int keep, QString* error)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        failWith(error, BackupText::tr("cannot make the backup folder %1").arg(folder));
        return std::nullopt;
    }
    const QString name = AutomaticPrefix + today.toString(Qt::ISODate) + QStringLiteral(".db");
    QString written;
    if (!dir.exists(name)) {
        // The day's automatic copy is the office's safety, taken whoever signs in first.
        if (!writeBackup(db, dir.filePath(name), error))
            return std::nullopt;
        written = dir.filePath(name);
    }
    // The automatic backups sort by their dates; the oldest beyond `keep` go.
    QStringList automatic = dir.entryList(
        { AutomaticPrefix + QStringLiteral("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].db") }, QDir::Files, QDir::Name);
    while (automatic.size() > std::max(1, keep))
        dir.remove(automatic.takeFirst());
    return written;
}

} // namespace sujarit::storage
