// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: backup while other processes save, verify-backup, restore (the register kept aside), refusals, and
// the daily backup's folder and retention settings — sujarit-cli run as processes.
#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>

namespace {
QByteArray complaintsJson(int from, int count)
{
    QByteArray json = "[";
    for (int i = 0; i < count; ++i)
        json += QStringLiteral(
                    "%1{\"received_at\": \"2026-01-%2 09.%3 น.\", \"channel\": \"post\", \"category\": \"service\", "
                    "\"anonymous\": true, \"subject\": \"เรื่องที่ %4\"}")
                    .arg(i ? QStringLiteral(",") : QString())
                    .arg(10 + (from + i) % 18)
                    .arg((from + i) % 60, 2, 10, QLatin1Char('0'))
                    .arg(from + i)
                    .toUtf8();
    return json + "]";
}
} // namespace

TEST_CASE("backup while others save, verify, restore with the register kept aside", "[cli][backup]")
{
    Cli cli;
    cli.init();
    cli.ok(args({ "complaints", "add", "--json", "-" }), complaintsJson(0, 50));
    // Four clerks keep saving while the backup is taken.
    QList<QProcess*> writers;
    for (int w = 0; w < 4; ++w)
        writers << cli.start(args({ "complaints", "add", "--json", "-" }), complaintsJson(100 + 50 * w, 50));
    const QString backup = cli.dir.filePath(QStringLiteral("backup.db"));
    CHECK(cli.ok(args({ "backup", "--out" }) << backup).out.contains(QStringLiteral("checked")));
    for (QProcess* p : writers) {
        REQUIRE(p->waitForFinished(120000));
        CHECK(p->exitCode() == 0);
        delete p;
    }
    const Result verified = cli.ok(args({ "verify-backup" }) << backup);
    CHECK(verified.out.contains(QStringLiteral("is sound")));
    CHECK(QFileInfo(backup).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const int atBackup = verified.out.section(u',', 1).trimmed().section(u' ', 0, 0).toInt();
    CHECK(atBackup >= 50);
    CHECK(atBackup <= 250);
    CHECK(cli.list().size() == 250);

    if (testingOnServer()) {
        // A register on a server is not overwritten in place: the backup goes into a new database with migrate-to.
        const Result refused = cli.run(args({ "restore" }) << backup);
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("migrate-to")));
        CHECK(cli.list().size() == 250);
        TestServerDatabase fresh;
        const QString server = cli.db;
        cli.db = backup;
        CHECK(cli.ok(args({ "migrate-to" }) << fresh.url).out.contains(QStringLiteral("intact on both sides")));
        cli.db = fresh.url;
        CHECK(cli.list().size() == atBackup);
        cli.db = server;
    } else {
        const Result restored = cli.ok(args({ "restore" }) << backup);
        CHECK(restored.out.contains(QStringLiteral("kept in")));
        CHECK(cli.list().size() == atBackup);
        const QStringList aside
            = QDir(cli.dir.path()).entryList({ QStringLiteral("register.db.before-restore-*") }, QDir::Files);
        REQUIRE_FALSE(aside.isEmpty());
        CHECK(cli.ok(args({ "verify-backup" }) << cli.dir.filePath(aside.first()))
                  .out.contains(QStringLiteral("250 complaints")));

        const QString junk = cli.write(QStringLiteral("junk.db"), "PK\x03\x04 an Excel file, not a backup");
        const Result refused = cli.run(args({ "restore" }) << junk);
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("not an SQLite file")));
        CHECK(refused.err.contains(QStringLiteral("the register was not changed")));
        CHECK(cli.list().size() == atBackup);
    }
    CHECK(cli.run(args({ "restore" })).code == 2);

    const QString folder = cli.dir.filePath(QStringLiteral("daily"));
    cli.ok(args({ "settings", "backup-dir" }) << folder);
    cli.ok(args({ "settings", "backup-keep", "2" }));
    CHECK(cli.run(args({ "settings", "backup-keep", "none" })).code == 2);
    for (const char* day : { "2026-01-29", "2026-01-30", "2026-01-31" }) {
        cli.today = QString::fromLatin1(day);
        CHECK(cli.ok(args({ "backup", "--daily" })).out.contains(QStringLiteral("Wrote")));
    }
    CHECK(cli.ok(args({ "backup", "--daily" })).out.contains(QStringLiteral("already")));
    CHECK(QDir(folder).entryList(QDir::Files)
          == QStringList { QStringLiteral("sujarit-2026-01-30.db"), QStringLiteral("sujarit-2026-01-31.db") });
}
