// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli and the sealed identity: init's recovery sheet, keys status, recovery from the sheet, and a file, a
// backup and a server dump that hold no complainant's name.
#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>

namespace {

const QByteArray Secret = R"({"received_at": "2026-01-26 09.30 น.", "channel": "post", "category": "corruption",
    "complainant_name": "นางสาวลับลมคมใน ซ่อนเร้น", "complainant_phone": "097-531-8642",
    "subject": "เรียกรับเงินค่าใบอนุญาต", "witnesses": "นายพยานปิดปาก"})";

QStringList markersIn(const QByteArray& bytes)
{
    QStringList found;
    for (const char* m : {"ลับลมคมใน", "ซ่อนเร้น", "097-531-8642", "พยานปิดปาก"})
        if (bytes.contains(QByteArray(m)))
            found << QString::fromUtf8(m);
    return found;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("init writes the recovery sheet, the key follows the users, and recovery gives it back", "[cli][identity]")
{
    Cli cli;
    const QString sheet = cli.dir.filePath(QStringLiteral("recovery.txt"));
    const Result made = cli.ok(args({"init", "--admin", "head", "--password-file"})
                               << cli.passwordFile << QStringLiteral("--recovery-out") << sheet);
    CHECK(made.out.contains(QStringLiteral("recovery sheet")));
    const QByteArray text = bytesOf(sheet);
    CHECK(QString::fromUtf8(text).contains(QStringLiteral("รหัสกู้คืน")));
    CHECK((QFileInfo(sheet).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0); // owner-only
    // The administrator holds the key only until an integrity officer does.
    CHECK(cli.ok(args({"keys", "status"})).out.contains(QStringLiteral("until an integrity officer")));
    cli.addUser(QStringLiteral("itg"), QStringLiteral("integrity_officer"));
    cli.addUser(QStringLiteral("somjai"), QStringLiteral("clerk"));
    const QString status = cli.ok(args({"keys", "status"})).out;
    CHECK(status.contains(QStringLiteral("holds it")));
    CHECK_FALSE(status.contains(QStringLiteral("until an integrity officer")));
    CHECK(cli.as(QStringLiteral("somjai")).run(args({"keys", "status"})).code == 1); // not hers to know

    // The clerk saves; she cannot read back; the integrity officer can, with a reason.
    CHECK(cli.as(QStringLiteral("somjai")).ok(args({"complaints", "add", "--json", "-"}), Secret).out.trimmed()
          == QStringLiteral("1/2569"));
    const Result clerk = cli.as(QStringLiteral("somjai")).run(args({"complaints", "show", "1/2569", "--reveal", "ตรวจทาน"}));
    CHECK_FALSE(clerk.out.contains(QStringLiteral("ลับลมคมใน")));
    const Result itg = cli.as(QStringLiteral("itg")).ok(args({"complaints", "show", "1/2569", "--reveal", "ส่งหนังสือ"}));
    CHECK(itg.out.contains(QStringLiteral("ลับลมคมใน")));
    CHECK(itg.out.contains(QStringLiteral("นายพยานปิดปาก")));
    CHECK(cli.as(QStringLiteral("itg")).ok(args({"complaints", "list", "--search", "ซ่อนเร้น"})).out.contains(
        QStringLiteral("1/2569")));
    CHECK_FALSE(cli.as(QStringLiteral("somjai")).ok(args({"complaints", "list", "--search", "ซ่อนเร้น"})).out.contains(
        QStringLiteral("1/2569")));

    // The file, and a backup, hold nothing of the complainant in clear.
    if (!testingOnServer()) {
        cli.ok(args({"audit", "verify"}));
        const QString backup = cli.dir.filePath(QStringLiteral("b.sujarit-backup"));
        cli.ok(args({"backup", "--out"}) << backup);
        CHECK(markersIn(bytesOf(backup)) == QStringList());
        CHECK(markersIn(bytesOf(cli.db) + bytesOf(cli.db + QStringLiteral("-wal"))) == QStringList());
    } else {
        CHECK(markersIn(runProgram(QStringLiteral("pg_dump"), {cli.db}).toUtf8()) == QStringList());
    }

    // itg's password reset by the administrator: the key is lost with the old one, and recovered from the sheet.
    const QString fresh = cli.write(QStringLiteral("itg.password"), "a-brand-new-one-2569\n");
    cli.ok(args({"users", "password", "itg", "--new-password-file"}) << fresh);
    CHECK(cli.as(QStringLiteral("itg")).run(args({"complaints", "show", "1/2569", "--reveal", "ส่งหนังสือ"}))
              .err.contains(QStringLiteral("identity key")));
    const QString wrong = cli.write(QStringLiteral("wrong.txt"), "ABCD EFGH 1234\n");
    CHECK(cli.run(args({"keys", "recover", "--for", "itg", "--recovery-file"}) << wrong)
              .err.contains(QStringLiteral("no recovery key")));
    CHECK(cli.as(QStringLiteral("itg")).run(args({"keys", "recover", "--for", "itg", "--recovery-file"}) << sheet).code
          == 1); // an administrator's act
    cli.ok(args({"keys", "recover", "--for", "itg", "--recovery-file"}) << sheet);
    CHECK(cli.as(QStringLiteral("itg")).ok(args({"complaints", "show", "1/2569", "--reveal", "ส่งหนังสือ"}))
              .out.contains(QStringLiteral("ลับลมคมใน")));
    // A new sheet, by a holder: the old one stops working.
    const QString second = cli.dir.filePath(QStringLiteral("second.txt"));
    cli.as(QStringLiteral("itg")).ok(args({"keys", "new-recovery", "--recovery-out"}) << second);
    CHECK(cli.run(args({"keys", "recover", "--for", "itg", "--recovery-file"}) << sheet)
              .err.contains(QStringLiteral("not this register's")));
    cli.ok(args({"keys", "recover", "--for", "itg", "--recovery-file"}) << second);
    const QString trail = cli.ok(args({"audit", "list", "--limit", "1000", "--format", "json"})).out;
    for (const char* event : {"key_granted", "key_revoked", "key_recovered", "recovery_renewed"}) {
        INFO(event);
        CHECK(trail.contains(QString::fromLatin1(event)));
    }
    CHECK(markersIn(trail.toUtf8()) == QStringList());
}
