// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "Audit.h"
#include "BackupFile.h"
#include "Database.h"
#include "RegisterCopy.h"
#include "SafeFile.h"
#include "calendar/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace sujarit::storage {

namespace {
using backupfile::BackupText;
using backupfile::failWith;

/** The three files of a WAL-mode database. */
QStringList filesOf(const QString& path)
{
    return { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") };
}

/** Removes a database file that is being given up, with whatever log or journal SQLite left beside it. */
void removeDatabaseFiles(const QString& path)
{
    const QStringList files = filesOf(path) << path + QStringLiteral("-journal"); // named: a temporary would not live
    for (const QString& f : files)
        QFile::remove(f);
}

const QString AutomaticPrefix = QStringLiteral("sujarit-");
} // namespace

namespace {
bool writeBackup(Database& db, const QString& path, QString* error, BackupManifest* written);

/** Writes the manifest into the backup being made at \a temporary: what it holds, and where its trail ends. */
std::optional<BackupManifest> addManifest(const QString& temporary, const QString& takenBy, QString* error,
                                          bool stoppable = false)
{
    std::optional<BackupManifest> made;
    backupfile::withFile(temporary, true, [&](QSqlDatabase& file) {
        QSqlQuery q(file);
        const auto end = backupfile::trailEnd(file, error);
        if (!end)
            return false;
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return failWith(error, q.lastError().text());
        BackupManifest m;
        m.schemaVersion = q.value(0).toInt();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM complaints")) || !q.next())
            return failWith(error, q.lastError().text());
        m.complaints = q.value(0).toLongLong();
        // A server's copy stops when Sujarit closes (as the copy itself does); a file's, seconds long, is let finish.
        const auto digest = registerDigest(file, error, [stoppable] {
            return stoppable && QThread::currentThread()->isInterruptionRequested();
        });
        if (!digest) {
            if (!error || error->isEmpty())
                failWith(error, BackupText::tr("the backup was stopped before it was finished (Sujarit was closing); "
                                               "nothing of it was kept"));
            return false;
        }
        m.backupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.registerId = end->firstHash;
        m.takenAt = calendar::now().toString(Qt::ISODate);
        m.takenBy = takenBy;
        m.auditEntries = end->entries;
        m.auditLastId = end->lastId;
        m.auditLastHash = end->lastHash;
        m.contentDigest = *digest;
        q.finish();
        // The table and its row in one transaction: a backup has its whole manifest or none.
        if (!q.exec(QStringLiteral("BEGIN")) || !q.exec(backupfile::manifestDdl())
            || !q.prepare(QStringLiteral("INSERT INTO %1 (manifest) VALUES (?)").arg(backupfile::manifestTable())))
            return failWith(error, q.lastError().text());
        q.addBindValue(QString::fromUtf8(m.toJson()));
        if (!q.exec() || !q.exec(QStringLiteral("COMMIT")))
            return failWith(error, q.lastError().text());
        made = m;
        return true;
    }, error);
    return made;
}
} // namespace

bool backupTo(Database& db, const QString& path, QString* error, BackupManifest* written)
{
    if (!db.require(access::Permission::Backup))
        return failWith(error, db.errorString());
    return writeBackup(db, path, error, written);
}

namespace {
bool writeBackup(Database& db, const QString& path, QString* error, BackupManifest* written)
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
    if (target.exists() && !target.isFile())
        return failWith(error, BackupText::tr("cannot write %1: it is a folder or a device, not a file").arg(path));
    if (!target.absoluteDir().exists() && !QDir().mkpath(target.absolutePath()))
        return failWith(error, BackupText::tr("cannot write %1: the folder cannot be made").arg(path));
    const QString temporary = temporaryBeside(path, QStringLiteral("backup"));
    if (db.engine() == Engine::PostgreSQL) {
        // A server register's backup is an SQLite file like any other: a copy proved complete (RegisterCopy),
        // which restores on one PC, or back onto a server with migrate-to.
        Database file;
        QString why;
        // A rollback journal, not the register's write-ahead log: the whole copy is one transaction into an empty
        // file, which a WAL would hold a second time before copying it in; and the backup is then one
        // self-contained file, as VACUUM INTO writes, with no log beside it when it is opened.
        const bool copied = createOwnerOnly(temporary, &why) && file.open(temporary)
            && file.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))
            && file.exec(QStringLiteral("PRAGMA cache_size = -65536")) && copyRegister(db, file, &why).has_value();
        if (why.isEmpty())
            why = file.errorString();
        file.close();
        if (!copied) {
            removeDatabaseFiles(temporary);
            return failWith(error, BackupText::tr("cannot write %1: %2").arg(path, why));
        }
    } else {
        QString why;
        QSqlQuery q = db.query();
        if (!createOwnerOnly(temporary, &why) || !db.exec(q, QStringLiteral("VACUUM INTO ?"), { temporary })) {
            removeDatabaseFiles(temporary);
            return failWith(error, BackupText::tr("cannot write %1: %2").arg(path, why.isEmpty() ? db.errorString() : why));
        }
    }
    QString why;
    const std::optional<BackupManifest> manifest
        = addManifest(temporary, db.session().user, &why, db.engine() == Engine::PostgreSQL);
    if (!manifest || !syncFile(temporary, &why)) {
        removeDatabaseFiles(temporary);
        return failWith(error, BackupText::tr("cannot write %1: %2").arg(path, why));
    }
    if (!checkBackup(temporary, &why, false)) { // its contents were digested just now, into its manifest
        removeDatabaseFiles(temporary);
        return failWith(
            error,
            BackupText::tr("the backup written to %1 did not pass its check, so it was removed: %2").arg(path, why));
    }
    // Every backup is in the register's trail, with its manifest — who took the whole register, and where to —
    // before the file takes its name: a backup the trail does not know is never left behind.
    const QJsonObject details { { QStringLiteral("file"), target.absoluteFilePath() },
                                { QStringLiteral("backup_id"), manifest->backupId },
                                { QStringLiteral("manifest"), QJsonDocument::fromJson(manifest->toJson()).object() } };
    if (!recordAuditEvent(db, QStringLiteral("backup"), QStringLiteral("register"), target.fileName(),
                          QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)))) {
        removeDatabaseFiles(temporary);
        return failWith(error, BackupText::tr("no backup was written to %1: the register could not record it in its "
                                              "audit trail: %2")
                                   .arg(path, db.errorString()));
    }
    // In place in one step: an older backup of the same name is replaced, never first removed.
    if (!replaceFile(temporary, path, &why)) {
        removeDatabaseFiles(temporary);
        return failWith(error, BackupText::tr("cannot write %1: %2").arg(path, why));
    }
    if (written)
        *written = *manifest;
    return true;
}
} // namespace

namespace {
/** "<file>.before-restore-YYYYMMDD-HHMMSS", or with -2, -3 … after it: never the name of a file already there. */
QString unusedAsideName(const QString& databasePath)
{
    const QString base = databasePath + QStringLiteral(".before-restore-")
        + calendar::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal")); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

/**
 * Keeps a copy of the register at \a databasePath as \a aside — a copy: the register itself stays where it is. Its
 * own consistent copy (VACUUM INTO, with what its write-ahead log holds) when it can be read; else, a damaged
 * register, its files byte for byte. Refused while another program has the register open.
 */
bool keepCopyAside(const QString& databasePath, const QString& aside, QString* error)
{
    QString why;
    bool inUse = false;
    const bool copied = backupfile::withFile(databasePath, true, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        // Nobody else may be writing while the register is replaced: the write lock, taken and let go.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            inUse = q.lastError().text().contains(QLatin1String("locked"));
            return failWith(&why, q.lastError().text());
        }
        q.exec(QStringLiteral("ROLLBACK"));
        if (!createOwnerOnly(aside, &why))
            return false;
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(aside);
        return q.exec() || failWith(&why, q.lastError().text());
    }, &why);
    if (inUse)
        return failWith(error, BackupText::tr("the register is in use by another program (another Sujarit?): close "
                                              "it on every PC, then restore"));
    // The copy kept aside is a backup like any other, with its manifest: it can be checked and restored. (A register
    // whose rows cannot all be read is still kept, without one: the restore it is making way for must go on.)
    if (copied) {
        addManifest(aside, QStringLiteral("restore"), nullptr);
        return syncFile(aside, error);
    }
    QFile::remove(aside);
    // A register too damaged to read: its own bytes are what is kept.
    for (const QString& file : filesOf(databasePath))
        if (QFileInfo::exists(file) && !copyOwnerOnly(file, aside + file.mid(databasePath.size()), error))
            return false;
    return true;
}

/** Removes what an earlier restore killed half-way left beside the register (its unfinished copies). */
void removeUnfinishedRestores(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    QDir dir = info.absoluteDir();
    for (const QString& name : dir.entryList({ QStringLiteral(".%1.restore-*.part*").arg(info.fileName()) },
                                             QDir::Files | QDir::Hidden))
        dir.remove(name);
}
} // namespace

bool restoreFrom(const QString& databasePath, const QString& backupPath, QString* asidePath, QString* error,
                 BackupCheck* restored)
{
    if (Location::isServer(databasePath))
        return failWith(error, BackupText::tr("a register on a server is not overwritten in place: ask whoever looks "
                                              "after the server for a new empty database, and copy the backup into "
                                              "it with “sujarit-cli --db %1 migrate-to postgresql://…/NEW”; the "
                                              "register was not changed")
                                   .arg(backupPath));
    const QString unchanged = BackupText::tr("; the register was not changed");
    QString why;
    // A plain message for what is no backup at all, before anything is copied …
    const QFileInfo given(backupPath);
    if (!given.isFile())
        return failWith(error, (given.exists() ? BackupText::tr("%1 is not an ordinary file")
                                               : BackupText::tr("%1: there is no such file"))
                                       .arg(backupPath)
                                   + unchanged);
    const QFileInfo info(databasePath);
    if (!QDir().mkpath(info.absolutePath()))
        return failWith(error, BackupText::tr("cannot make the folder %1").arg(info.absolutePath()) + unchanged);
    removeUnfinishedRestores(databasePath);
    // … then copied beside the register, and the copy — what will really be restored — checked whole.
    const QString copy = temporaryBeside(databasePath, QStringLiteral("restore"));
    const auto refuse = [&](const QString& message) {
        removeDatabaseFiles(copy);
        return failWith(error, message + unchanged);
    };
    if (!copyOwnerOnly(backupPath, copy, &why))
        return refuse(why);
    const std::optional<BackupCheck> check = checkBackup(copy, &why);
    if (!check)
        return refuse(why.replace(copy, backupPath));
    BackupCheck result = *check;
    // Against the register being replaced: a backup it made must be as it recorded it.
    if (info.exists() && !checkAgainstRegister(databasePath, copy, result, &why))
        return refuse(BackupText::tr("%1: %2").arg(backupPath, why));
    // The copy becomes a register: no manifest (that was the backup's), this version's schema, flushed.
    {
        const bool dropped = backupfile::withFile(copy, true, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(backupfile::manifestTable()))
                || failWith(&why, q.lastError().text());
        }, &why);
        if (!dropped)
            return refuse(BackupText::tr("cannot prepare the copy of %1: %2").arg(backupPath, why));
        Database brought;
        if (!brought.open(copy, Database::OpenMode::MustExist)) {
            why = brought.errorString().replace(copy, backupPath);
            brought.close();
            return refuse(BackupText::tr("%1 could not be opened after copying (%2)").arg(backupPath, why));
        }
        brought.close(); // the last connection: its write-ahead log is folded in and removed
    }
    if (!syncFile(copy, &why))
        return refuse(why);
    // A copy of the register as it was, under a name never used, before anything replaces it.
    QString aside;
    if (info.exists()) {
        aside = unusedAsideName(databasePath);
        if (!keepCopyAside(databasePath, aside, &why)) {
            removeDatabaseFiles(aside);
            return refuse(why);
        }
        syncFolderOf(aside);
        // The register's log and index files belong to the old file: none may be left to meet the new one. (After
        // the copy above closed its connection, a register nobody else has open has none.)
        QFile::remove(databasePath + QStringLiteral("-wal"));
        QFile::remove(databasePath + QStringLiteral("-shm"));
    }
    // The one step: the checked copy renamed over the register. Before it the old register is whole at its path,
    // after it the new one.
    if (!replaceFile(copy, databasePath, &why))
        return refuse(why);
    QFile::setPermissions(databasePath, OwnerOnly);
    if (asidePath)
        *asidePath = aside;
    if (restored)
        *restored = result;
    return true;
}

namespace {
/** The register a file is a backup of, by its manifest (not checked whole: only to know whose it is), or empty. */
QString backupOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.read(16) != QByteArray("SQLite format 3", 16))
        return {};
    f.close();
    QString registerId;
    backupfile::withFile(path, false, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT manifest FROM %1").arg(backupfile::manifestTable())) && q.next())
            if (const auto m = BackupManifest::fromJson(q.value(0).toString().toUtf8()))
                registerId = m->registerId;
        return true;
    }, nullptr);
    return registerId;
}
} // namespace

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
        if (!writeBackup(db, dir.filePath(name), error, nullptr))
            return std::nullopt;
        written = dir.filePath(name);
    }
    // The automatic backups sort by their dates; the oldest beyond `keep` go — only this register's own, known by
    // the manifest inside them, never a file that merely has such a name.
    QSqlQuery q = db.query();
    const QString registerId
        = db.exec(q, QStringLiteral("SELECT hash FROM audit ORDER BY id LIMIT 1")) && q.next() ? q.value(0).toString()
                                                                                               : QString();
    q = QSqlQuery();
    QStringList automatic;
    for (const QString& file :
         dir.entryList({ AutomaticPrefix + QStringLiteral("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].db") }, QDir::Files,
                       QDir::Name))
        if (!registerId.isEmpty() && backupOf(dir.filePath(file)) == registerId)
            automatic << file;
    while (automatic.size() > std::max(1, keep))
        dir.remove(automatic.takeFirst());
    return written;
}

} // namespace sujarit::storage
