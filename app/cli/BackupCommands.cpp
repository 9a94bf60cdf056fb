// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli backup, restore, verify-backup, migrate-to
#include "CliArguments.h"
#include "CliContext.h"

#include "calendar/ThaiDate.h"
#include "storage/Audit.h"
#include "storage/Backup.h"
#include "storage/RegisterCopy.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sujarit::cli {

namespace {
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
} // namespace

int runBackup(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, { QStringLiteral("out"), QStringLiteral("dir"), QStringLiteral("keep") },
                                 { QStringLiteral("daily") }, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString usage = CliText::tr("usage: backup --out FILE | backup --daily [--keep N]");
    if (!a->positional().isEmpty() || a->has(QStringLiteral("out")) == a->has(QStringLiteral("daily"))
        || (a->has(QStringLiteral("out")) && a->has(QStringLiteral("keep"))))
        return ctx.fail(usage, Usage);
    if (a->has(QStringLiteral("dir")))
        return ctx.fail(CliText::tr("the daily backups go only into the register's backup folder, the setting "
                                    "backup.dir (an administrator sets it: settings set backup.dir FOLDER); for a "
                                    "copy elsewhere, use backup --out FILE"),
                        Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    // Every backup is the whole register, every complainant's name in it: an administrator's (or the scheduled
    // task's, which signs in as one).
    if (!db->require(access::Permission::Backup))
        return ctx.fail(db->errorString());
    if (a->has(QStringLiteral("out"))) {
        const QString out = a->value(QStringLiteral("out"));
        storage::BackupManifest written;
        if (!storage::backupTo(*db, out, &error, &written))
            return ctx.fail(error);
        ctx.out << CliText::tr("Wrote %1 (%2 complaints, schema %3), checked")
                       .arg(out, QString::number(written.complaints), QString::number(written.schemaVersion))
                << Qt::endl;
        return Ok;
    }
    bool ok = true;
    const int keep
        = a->has(QStringLiteral("keep")) ? a->value(QStringLiteral("keep")).toInt(&ok) : storage::backupsKept(*db);
    if (!ok || keep < 1)
        return ctx.fail(
            CliText::tr("--keep: “%1” is not a number of backups (1 or more)").arg(a->value(QStringLiteral("keep"))),
            Usage);
    const QString folder = storage::backupFolder(*db);
    const auto written = storage::dailyBackup(*db, folder, ctx.now().date(), keep, &error);
    if (!written)
        return ctx.fail(error);
    ctx.out << (written->isEmpty()
                    ? CliText::tr("Today's backup is already in %1").arg(folder)
                    : CliText::tr("Wrote %1; keeping the newest %2 in %3").arg(*written).arg(keep).arg(folder))
            << Qt::endl;
    return Ok;
}

int runRestore(CliContext& ctx, const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return ctx.fail(
            CliText::tr("usage: restore BACKUP_FILE   (the current register is kept aside, never overwritten)"), Usage);
    QString aside, error, restoredBy;
    // Restoring replaces everyone's work: an administrator's. A register that no longer opens at all (damaged) has no
    // one to sign in; whoever can reach its file restores it, keeping the damaged one aside.
    if (storage::Location::isServer(ctx.databasePath) || QFileInfo::exists(ctx.databasePath)) {
        storage::Database current;
        if (current.open(ctx.databasePath, storage::Database::OpenMode::MustExist)) {
            current.setActor(QStringLiteral("cli:") + storage::Database::osUserName());
            if (!ctx.signIn(current) || !current.require(access::Permission::Backup))
                return current.session().signedIn() ? ctx.fail(current.errorString()) : Failed;
            restoredBy = current.session().user;
        }
    }
    storage::BackupCheck restored;
    if (!storage::restoreFrom(ctx.databasePath, args.first(), &aside, &error, &restored))
        return ctx.fail(error);
    {
        // The restored register's own trail says who brought it back, and from what.
        storage::Database db;
        db.setActor(QStringLiteral("cli:") + (restoredBy.isEmpty() ? storage::Database::osUserName() : restoredBy));
        if (db.open(ctx.databasePath, storage::Database::OpenMode::MustExist))
            storage::recordAuditEvent(db, QStringLiteral("restore"), QStringLiteral("register"),
                                      QFileInfo(args.first()).fileName(), storage::restoreDetails(restored, aside));
    }
    ctx.out << CliText::tr("Restored %1 from %2").arg(ctx.databasePath, args.first()) << Qt::endl;
    ctx.out << storage::standingText(restored, true) << Qt::endl;
    if (!aside.isEmpty())
        ctx.out << CliText::tr("The register as it was is kept in %1").arg(aside) << Qt::endl;
    return Ok;
}

int runVerifyBackup(CliContext& ctx, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.fail(CliText::tr("usage: verify-backup FILE"), Usage);
    QString error;
    auto check = storage::checkBackup(args.first(), &error);
    if (!check)
        return ctx.fail(error);
    // Beside a register on this PC, the backup is also held against what the register recorded of it.
    const bool besideRegister = !storage::Location::isServer(ctx.databasePath) && QFileInfo(ctx.databasePath).isFile()
        && QFileInfo(ctx.databasePath).absoluteFilePath() != QFileInfo(args.first()).absoluteFilePath();
    if (besideRegister && !storage::checkAgainstRegister(ctx.databasePath, args.first(), *check, &error))
        return ctx.fail(CliText::tr("%1: %2").arg(args.first(), error));
    ctx.out << CliText::tr("%1 is sound: schema %2, %3 complaints")
                   .arg(args.first())
                   .arg(check->schemaVersion)
                   .arg(check->complaints)
            << Qt::endl;
    ctx.out << storage::standingText(*check, besideRegister) << Qt::endl;
    return Ok;
}

int runMigrateTo(CliContext& ctx, const QStringList& args)
{
    if (args.size() != 1 || !storage::Location::isServer(args.first()))
        return ctx.fail(CliText::tr("usage: migrate-to postgresql://USER@HOST:PORT/DATABASE   (copies this register "
                                    "onto the server, into an empty database, and proves the copy complete)"),
                        Usage);
    storage::Database* from = ctx.openDatabase();
    if (!from)
        return Failed;
    if (!from->require(access::Permission::Backup))
        return ctx.fail(from->errorString());
    storage::Database to;
    to.setActor(QStringLiteral("cli:") + from->session().user);
    if (!to.open(args.first(), storage::Database::OpenMode::CreateIfMissing, ctx.serverPassword()))
        return ctx.fail(to.errorString());
    QString error;
    const auto report = storage::copyRegister(*from, to, &error);
    if (!report)
        return ctx.fail(CliText::tr("the register was not moved: %1").arg(error));

    TextTable table({ CliText::tr("Table"), CliText::tr("Rows here"), CliText::tr("Rows on the server"),
                      CliText::tr("Same") });
    for (const storage::CopiedTable& t : report->tables)
        table.addRow({ t.name, QString::number(t.source), QString::number(t.copy),
                       t.sameContents ? CliText::tr("yes") : CliText::tr("NO") });
    ctx.out << table.toString();
    ctx.out << CliText::tr("Audit trail: %n entries, intact on both sides, both ending with %1", nullptr,
                           int(report->auditEntries))
                   .arg(report->lastAuditHash.left(16))
            << Qt::endl;
    // Each side's own trail says where the register went, or came from, and who moved it.
    storage::recordAuditEvent(*from, QStringLiteral("migrated_to"), QStringLiteral("register"), to.path(), {});
    to.setSession(from->session());
    storage::recordAuditEvent(to, QStringLiteral("migrated_from"), QStringLiteral("register"), from->path(), {});
    ctx.out << CliText::tr("The register is now on the server %1. Start the app and sujarit-cli with --db %1 (or set "
                           "SUJARIT_DB) on every PC; this file stays as it was, a copy to keep.")
                   .arg(to.path())
            << Qt::endl;
    return Ok;
}

} // namespace sujarit::cli
