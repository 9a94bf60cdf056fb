// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a backup before it is trusted: the file's kind and integrity, its schema object by object against what
// this version makes, its audit trail, and its manifest against the trail, the contents and the register's record.
#include "Audit.h"
#include "BackupFile.h"
#include "Database.h"
#include "RegisterCopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <mutex>

namespace sujarit::storage {

namespace {
using backupfile::BackupText;
using backupfile::failWith;

/**
 * One object of a schema (table, index, trigger, view) as sqlite_master holds it, its SQL with spaces folded and none
 * inside parentheses' edges: "( id" and "(id" are the same table, as a register made new and one upgraded from an
 * older schema write it.
 */
struct SchemaObject
{
    QString table, sql;
    bool operator==(const SchemaObject&) const = default;
};
using Schema = QMap<QString, SchemaObject>; ///< by "type name"

} // namespace

QString foldedSql(const QString& sql)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+")), afterOpen(QStringLiteral("\\( ")),
        beforeClose(QStringLiteral(" \\)"));
    return QString(sql)
        .replace(spaces, QStringLiteral(" "))
        .replace(afterOpen, QStringLiteral("("))
        .replace(beforeClose, QStringLiteral(")"));
}

namespace {

std::optional<Schema> schemaOf(const QSqlDatabase& connection, QString* error)
{
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"))) {
        failWith(error, q.lastError().text());
        return std::nullopt;
    }
    Schema out;
    while (q.next()) {
        const QString type = q.value(0).toString(), name = q.value(1).toString(), sql = q.value(3).toString();
        // What SQLite keeps for itself: AUTOINCREMENT's counters, ANALYZE's statistics, a UNIQUE column's index.
        if ((type == QLatin1String("table")
             && (name == QLatin1String("sqlite_sequence") || name.startsWith(QLatin1String("sqlite_stat"))))
            || (type == QLatin1String("index") && name.startsWith(QLatin1String("sqlite_autoindex_")) && sql.isEmpty()))
            continue;
        out.insert(type + u' ' + name, {q.value(2).toString(), foldedSql(sql)});
    }
    return out;
}

/** What this version of Sujarit makes at schema \a version: a new register brought up to it, read once. */
std::optional<Schema> referenceSchema(int version, QString* error)
{
    static std::mutex lock;
    static QHash<int, Schema> made;
    const std::lock_guard<std::mutex> held(lock);
    if (const auto found = made.constFind(version); found != made.constEnd())
        return *found;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        failWith(error, BackupText::tr("cannot make a temporary folder to check the backup in"));
        return std::nullopt;
    }
    const QString path = dir.filePath(QStringLiteral("reference.db"));
    std::optional<Schema> schema;
    {
        Database reference;
        reference.setSchemaLimit(version);
        if (!reference.open(path)) {
            failWith(error, reference.errorString());
            return std::nullopt;
        }
        schema = schemaOf(reference.connection(), error);
        reference.close();
    }
    if (schema)
        made.insert(version, *schema);
    return schema;
}

/** What of \a file is not as \a reference (plus, optionally, the manifest table): named, a few at most. */
QString schemaDifference(const Schema& file, const Schema& reference, const SchemaObject* manifest)
{
    QStringList foreign, missing, changed;
    const QString manifestKey = QStringLiteral("table ") + backupfile::manifestTable();
    for (auto it = file.cbegin(); it != file.cend(); ++it) {
        if (manifest && it.key() == manifestKey) {
            if (!(it.value() == *manifest))
                changed << it.key();
            continue;
        }
        const auto ref = reference.constFind(it.key());
        if (ref == reference.cend())
            foreign << (it.value().table.isEmpty() || it.key().endsWith(u' ' + it.value().table)
                            ? it.key()
                            : BackupText::tr("%1 (on %2)").arg(it.key(), it.value().table));
        else if (!(*ref == it.value()))
            changed << it.key();
    }
    for (auto it = reference.cbegin(); it != reference.cend(); ++it)
        if (!file.contains(it.key()))
            missing << it.key();
    const auto few = [](QStringList list) {
        const qsizetype all = list.size();
        list = list.mid(0, 5);
        return list.join(QStringLiteral(", ")) + (all > 5 ? BackupText::tr(" and %1 more").arg(all - 5) : QString());
    };
    QStringList parts;
    if (!foreign.isEmpty())
        parts << BackupText::tr("it holds what Sujarit does not make: %1").arg(few(foreign));
    if (!changed.isEmpty())
        parts << BackupText::tr("these differ from what Sujarit makes: %1").arg(few(changed));
    if (!missing.isEmpty())
        parts << BackupText::tr("these are missing: %1").arg(few(missing));
    return parts.join(QStringLiteral("; "));
}

QString text(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }
qint64 number(const QJsonObject& o, const char* key) { return qint64(o.value(QLatin1String(key)).toDouble(-1)); }
} // namespace

QByteArray BackupManifest::toJson() const
{
    const QJsonObject o { { QStringLiteral("format"), 1 },
                          { QStringLiteral("backup_id"), backupId },
                          { QStringLiteral("register_id"), registerId },
                          { QStringLiteral("taken_at"), takenAt },
                          { QStringLiteral("taken_by"), takenBy },
                          { QStringLiteral("schema"), schemaVersion },
                          { QStringLiteral("complaints"), complaints },
                          { QStringLiteral("audit_entries"), auditEntries },
                          { QStringLiteral("audit_last_id"), auditLastId },
                          { QStringLiteral("audit_last_hash"), auditLastHash },
                          { QStringLiteral("content_sha256"), contentDigest } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<BackupManifest> BackupManifest::fromJson(const QByteArray& json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    BackupManifest m { text(o, "backup_id"),     text(o, "register_id"),       text(o, "taken_at"),
                       text(o, "taken_by"),      int(number(o, "schema")),     number(o, "complaints"),
                       number(o, "audit_entries"), number(o, "audit_last_id"), text(o, "audit_last_hash"),
                       text(o, "content_sha256") };
    if (number(o, "format") != 1 || m.backupId.isEmpty() || m.contentDigest.size() != 64 || m.schemaVersion < 1
        || m.complaints < 0 || m.auditEntries < 0 || m.auditLastId < 0)
        return std::nullopt;
    return m;
}

namespace backupfile {

QString manifestTable() { return QStringLiteral("sujarit_backup_manifest"); }

QString manifestDdl() { return QStringLiteral("CREATE TABLE sujarit_backup_manifest (manifest TEXT NOT NULL)"); }

bool withFile(const QString& path, bool writable, const std::function<bool(QSqlDatabase&)>& work, QString* error)
{
    const QString name = QStringLiteral("file-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(writable ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            failWith(error, BackupText::tr("%1: cannot open it: %2").arg(path, db.lastError().text()));
        else
            ok = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

std::optional<TrailEnd> trailEnd(const QSqlDatabase& connection, QString* error)
{
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(max(id), 0),"
                               " coalesce((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), ''),"
                               " coalesce((SELECT hash FROM audit ORDER BY id LIMIT 1), '') FROM audit"))
        || !q.next()) {
        failWith(error, q.lastError().text());
        return std::nullopt;
    }
    return TrailEnd { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString() };
}

} // namespace backupfile

namespace {
/** The manifest's checks against the file itself; empty when it holds, else what does not. */
QString manifestProblem(const QSqlDatabase& db, const BackupManifest& m, int version, qint64 complaints, bool contents)
{
    QString why;
    const auto end = backupfile::trailEnd(db, &why);
    if (!end)
        return why;
    if (m.schemaVersion != version)
        return BackupText::tr("its manifest says schema %1, the file is of schema %2").arg(m.schemaVersion).arg(version);
    if (end->entries != m.auditEntries || end->lastId != m.auditLastId || end->lastHash != m.auditLastHash)
        return BackupText::tr("its audit trail ends at entry %1 (%2 entries), but it was written ending at entry %3 (%4 "
                              "entries): entries were removed or added after it was written")
            .arg(end->lastId)
            .arg(end->entries)
            .arg(m.auditLastId)
            .arg(m.auditEntries);
    if (complaints != m.complaints)
        return BackupText::tr("it holds %1 complaints, but it was written with %2").arg(complaints).arg(m.complaints);
    if (!contents)
        return {};
    const auto digest = registerDigest(db, &why);
    if (!digest)
        return why;
    if (*digest != m.contentDigest)
        return BackupText::tr("its contents are not what was written into it: rows were changed after it was written "
                              "(outside Sujarit)");
    return {};
}

/** True when the file's own trail shows it was written by a version that gives every backup a manifest. */
bool madeWithManifests(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM audit WHERE action = 'backup' AND after LIKE '%\"backup_id\"%' LIMIT 1"))
        && q.next();
}
} // namespace

std::optional<BackupCheck> checkBackup(const QString& path, QString* error, bool contents)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        failWith(error, info.exists() ? BackupText::tr("%1 is not an ordinary file").arg(path)
                                      : BackupText::tr("%1: there is no such file").arg(path));
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
    std::optional<BackupCheck> result;
    QString problem;
    const bool opened = backupfile::withFile(path, false, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
            return failWith(&problem, BackupText::tr("%1 is damaged: %2").arg(path, q.lastError().text()));
        if (q.value(0).toString() != QLatin1String("ok"))
            return failWith(&problem,
                            BackupText::tr("%1 is damaged (SQLite's integrity check: %2)").arg(path, q.value(0).toString()));
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return failWith(&problem, BackupText::tr("%1 is damaged: %2").arg(path, q.lastError().text()));
        const int version = q.value(0).toInt();
        if (version > Database::currentSchemaVersion())
            return failWith(&problem,
                            BackupText::tr("%1 was written by a newer version of Sujarit (schema %2; this version "
                                           "knows up to %3); update Sujarit before restoring it")
                                .arg(path)
                                .arg(version)
                                .arg(Database::currentSchemaVersion()));
        if (version < 0)
            return failWith(&problem, BackupText::tr("%1 says it is of schema %2, which no version of Sujarit writes: "
                                                     "it is not a Sujarit backup, or it was altered")
                                          .arg(path)
                                          .arg(version));
        if (version == 0 || !q.exec(QStringLiteral("SELECT count(*) FROM complaints")) || !q.next())
            return failWith(&problem, BackupText::tr("%1 is an SQLite file but not a Sujarit register").arg(path));
        const qint64 complaints = q.value(0).toLongLong();
        q.finish();
        QString why;
        const auto file = schemaOf(db, &why);
        const auto reference = file ? referenceSchema(version, &why) : std::nullopt;
        if (!reference)
            return failWith(&problem, BackupText::tr("%1 cannot be checked: %2").arg(path, why));
        const SchemaObject manifestObject { backupfile::manifestTable(), backupfile::manifestDdl() };
        const bool hasManifest = file->contains(QStringLiteral("table ") + backupfile::manifestTable());
        if (const QString different = schemaDifference(*file, *reference, &manifestObject); !different.isEmpty())
            return failWith(&problem,
                            BackupText::tr("%1 is not as Sujarit writes a backup of schema %2, so it is not "
                                           "trusted: %3")
                                .arg(path)
                                .arg(version)
                                .arg(different));
        if (version >= 6) {
            // Schema 6 has the audit trail: a sound backup has an unbroken chain.
            const AuditVerification chain = verifyAudit(db);
            if (!chain.ok)
                return failWith(&problem, BackupText::tr("%1: its audit trail does not verify: %2").arg(path, chain.message));
        }
        BackupCheck check { version, int(complaints), std::nullopt };
        check.clearIdentities = complaints > 0 && !file->contains(QStringLiteral("table identity_key"));
        if (hasManifest) {
            if (!q.exec(QStringLiteral("SELECT manifest FROM %1").arg(backupfile::manifestTable())))
                return failWith(&problem, BackupText::tr("%1 is damaged: %2").arg(path, q.lastError().text()));
            QList<QByteArray> rows;
            while (q.next() && rows.size() < 2)
                rows << q.value(0).toString().toUtf8();
            const auto manifest = rows.size() == 1 ? BackupManifest::fromJson(rows.first()) : std::nullopt;
            if (!manifest)
                return failWith(&problem, BackupText::tr("%1: its manifest is not one Sujarit writes").arg(path));
            if (const QString wrong = manifestProblem(db, *manifest, version, complaints, contents);
                !wrong.isEmpty())
                return failWith(&problem, BackupText::tr("%1 was changed after it was written: %2").arg(path, wrong));
            check.manifest = manifest;
        } else if (version >= 6 && madeWithManifests(db)) {
            return failWith(&problem, BackupText::tr("%1 was written by a version of Sujarit that gives every backup a "
                                                     "manifest, and its manifest has been removed: it is not trusted")
                                          .arg(path));
        }
        result = check;
        return true;
    }, &problem);
    if (!opened || !result) {
        failWith(error, problem);
        return std::nullopt;
    }
    return result;
}

namespace {
/** How a backup's manifest stands against a register's record of the backups it made. */
enum class Standing {
    Recorded, ///< the register recorded this very backup when it made it, and the file matches that record
    Unrecorded, ///< no record of it (another register's, made before a restore, or the record unreadable)
    RecordedDifferently, ///< the register recorded it otherwise: the file and its manifest were changed since
};

/** \a manifest against the register's trail on \a db; \a recorded gets the register's own record when there is one. */
Standing standingOf(const QSqlDatabase& db, const BackupManifest& manifest, std::optional<BackupManifest>* recorded)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT after FROM audit WHERE action = 'backup' AND entity = 'register' AND after LIKE ?"));
    q.addBindValue(QStringLiteral("%\"backup_id\":\"%1\"%").arg(manifest.backupId));
    if (!q.exec())
        return Standing::Unrecorded;
    while (q.next()) {
        const QJsonObject entry = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        const auto mine = BackupManifest::fromJson(
            QJsonDocument(entry.value(QStringLiteral("manifest")).toObject()).toJson(QJsonDocument::Compact));
        if (!mine || mine->backupId != manifest.backupId)
            continue;
        *recorded = mine;
        return mine->toJson() == manifest.toJson() ? Standing::Recorded : Standing::RecordedDifferently;
    }
    return Standing::Unrecorded;
}
} // namespace

bool checkAgainstRegister(const QString& registerPath, const QString& backupPath, BackupCheck& check, QString* error)
{
    bool refused = false;
    if (check.manifest) {
        Standing standing = Standing::Unrecorded;
        std::optional<BackupManifest> recorded;
        backupfile::withFile(registerPath, true, [&](QSqlDatabase& live) {
            standing = standingOf(live, *check.manifest, &recorded);
            return true;
        }, nullptr);
        check.recorded = standing == Standing::Recorded;
        if (standing != Standing::RecordedDifferently)
            return true;
        return failWith(error, BackupText::tr("the register recorded this backup (%1, made %2 by %3) differently when "
                                              "it made it: the file and its manifest were changed since, so it is "
                                              "not trusted")
                                   .arg(recorded->backupId.left(8), recorded->takenAt, recorded->takenBy));
    }
    // No manifest, and the file's trail ends where a backup the register made ended: that backup, stripped of it.
    QString lastHash;
    backupfile::withFile(backupPath, false, [&](QSqlDatabase& db) {
        const auto end = backupfile::trailEnd(db, nullptr);
        lastHash = end ? end->lastHash : QString();
        return true;
    }, nullptr);
    if (lastHash.isEmpty())
        return true;
    backupfile::withFile(registerPath, true, [&](QSqlDatabase& live) {
        QSqlQuery q(live);
        q.prepare(QStringLiteral("SELECT 1 FROM audit WHERE action = 'backup' AND after LIKE ? LIMIT 1"));
        q.addBindValue(QStringLiteral("%\"audit_last_hash\":\"%1\"%").arg(lastHash));
        refused = q.exec() && q.next();
        return true;
    }, nullptr);
    return !refused
        || failWith(error, BackupText::tr("it is a backup this register made, and its manifest has been removed: it is "
                                          "not trusted"));
}

QString manifestStandingText(const BackupCheck& check, bool onRestore);

QString standingText(const BackupCheck& check, bool onRestore)
{
    const QString clear = check.clearIdentities
        ? u' '
            + BackupText::tr("It was made before complainants' identities were sealed: it holds their names and "
                             "addresses in clear, for anyone who opens it. Keep it as safe as the paper files, or "
                             "destroy it as the office's rules allow; a register restored from it is sealed again "
                             "(with a new identity key and recovery sheet) when it is opened.")
        : QString();
    return manifestStandingText(check, onRestore) + clear;
}

QString manifestStandingText(const BackupCheck& check, bool onRestore)
{
    if (!check.manifest)
        return BackupText::tr("It was written by an older Sujarit, without a manifest: its trail and tables are checked, "
                              "but entries removed from the end of its trail, or rows changed with another program, "
                              "could not be detected.");
    const BackupManifest& m = *check.manifest;
    const QString made = BackupText::tr("Written %1 by %2; its audit trail ends at entry %3 as written, and its "
                                        "contents are as written.")
                             .arg(m.takenAt, m.takenBy.isEmpty() ? BackupText::tr("(unknown)") : m.takenBy)
                             .arg(m.auditLastId);
    if (!onRestore)
        return made;
    return made + u' '
        + (check.recorded ? BackupText::tr("The register had recorded this backup when it made it, and it matches.")
                          : BackupText::tr("The register had no record of this backup (another register's, or one "
                                           "made before an earlier restore): it was checked by its own manifest."));
}

QString restoreDetails(const BackupCheck& restored, const QString& aside)
{
    QJsonObject o { { QStringLiteral("schema"), restored.schemaVersion },
                    { QStringLiteral("complaints"), restored.complaints },
                    { QStringLiteral("recorded"), restored.recorded } };
    if (restored.manifest)
        o.insert(QStringLiteral("from_backup_id"), restored.manifest->backupId);
    if (!aside.isEmpty())
        o.insert(QStringLiteral("kept_aside"), aside);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace sujarit::storage
