// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the audit trail written by sujarit-cli, a case's trail, and tampering with the sqlite3 shell (edit,
// delete, reorder) found by `audit verify`, which names the entry.
#include "CliRunner.h"

#include <QFile>
#include <QJsonObject>

namespace {
/** A register of three complaints walked a little, copied for each kind of tampering. */
QString tamperedCopy(Cli& cli, const char* name, const QString& sql)
{
    const QString copy = cli.dir.filePath(QString::fromLatin1(name));
    REQUIRE(QFile::copy(cli.db, copy));
    runProgram(QStringLiteral("sqlite3"), { copy, sql });
    return copy;
}
} // namespace

TEST_CASE("audit verify finds an entry edited, deleted or reordered with the sqlite3 shell", "[cli][audit][sqlite]")
{
    Cli cli;
    cli.init();
    // One complaint alone (an entry for each row) and two at once (one entry for the batch, with its SHA-256).
    cli.ok(
        args({ "complaints", "add", "--json", "-" }),
        R"({"received_at": "2026-01-26 09.30 น.", "channel": "post", "category": "corruption", "complainant_name": "นางสาวสมศรี ใจงาม", "subject": "เรียกรับเงิน"})");
    cli.ok(
        args({ "complaints", "add", "--json", "-" }),
        R"([{"received_at": "2026-01-27", "channel": "website", "category": "service", "anonymous": true, "subject": "ถนนชำรุด"},
               {"received_at": "2026-01-28", "channel": "facebook", "category": "misconduct", "complainant_name": "นายบี", "subject": "มาสาย"}])");
    cli.ok(args({ "complaints", "step", "1/2569", "registered" }));
    cli.ok(args({ "settings", "numbering", "fiscal" }));
    CHECK(cli.ok(args({ "audit", "verify" })).out.contains(QStringLiteral("intact")));
    const QJsonArray second
        = QJsonDocument::fromJson(cli.ok(args({ "audit", "case", "3/2569", "--format", "json" })).out.toUtf8()).array();
    REQUIRE(second.size() == 1);
    CHECK(second[0].toObject()[QStringLiteral("action")].toString() == QStringLiteral("insert_batch"));
    CHECK(second[0].toObject()[QStringLiteral("after")].toObject()[QStringLiteral("count")].toInt() == 2);
    CHECK(second[0].toObject()[QStringLiteral("after")].toObject()[QStringLiteral("sha256")].toString().size() == 64);

    const QJsonArray trail
        = QJsonDocument::fromJson(cli.ok(args({ "audit", "case", "1/2569", "--format", "json" })).out.toUtf8()).array();
    REQUIRE(trail.size() >= 4);
    CHECK(trail[0].toObject()[QStringLiteral("action")].toString() == QStringLiteral("insert"));
    CHECK(trail[0].toObject()[QStringLiteral("actor")].toString().startsWith(QStringLiteral("cli:")));
    CHECK(trail[0].toObject()[QStringLiteral("after")].toObject()[QStringLiteral("subject")].toString()
          == QStringLiteral("เรียกรับเงิน"));

    // Printing a document that names the complainant leaves an entry in the case's trail; the circulation copy does
    // not.
    cli.ok(args({ "office", "set", "name", "องค์การบริหารส่วนตำบลโคกแย้" }));
    cli.ok(args({ "office", "set", "executive_title", "นายกองค์การบริหารส่วนตำบลโคกแย้" }));
    cli.ok(args({ "office", "set", "phone", "0 4400 0000" }));
    cli.ok(args({ "print", "receipt", "1/2569", "--out" }) << cli.dir.filePath(QStringLiteral("receipt.pdf")));
    const QJsonArray printed
        = QJsonDocument::fromJson(cli.ok(args({ "audit", "case", "1/2569", "--format", "json" })).out.toUtf8()).array();
    CHECK(printed.last().toObject()[QStringLiteral("action")].toString() == QStringLiteral("print"));
    CHECK(printed.last().toObject()[QStringLiteral("after")].toObject()[QStringLiteral("document")].toString()
          == QStringLiteral("receipt"));
    // Every run of the CLI signs in, which is an entry too: count the others.
    const auto withoutSignIns = [&] {
        int n = 0;
        const QJsonArray all = QJsonDocument::fromJson(
                                   cli.ok(args({ "audit", "list", "--limit", "1000", "--format", "json" })).out.toUtf8())
                                   .array();
        for (const QJsonValue& e : all)
            n += e.toObject()[QStringLiteral("action")].toString() != QLatin1String("sign_in");
        return n;
    };
    const int entriesBefore = withoutSignIns();
    cli.ok(args({ "print", "register", "--fiscal-year", "2569", "--circulation", "--out" })
           << cli.dir.filePath(QStringLiteral("c.pdf")));
    CHECK(withoutSignIns() == entriesBefore);
    CHECK(cli.ok(args({ "audit", "verify" })).out.contains(QStringLiteral("intact")));

    // The sqlite3 shell cannot change or delete an entry while the guards stand.
    const QString guarded = cli.dir.filePath(QStringLiteral("guarded.db"));
    REQUIRE(QFile::copy(cli.db, guarded));
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), { guarded, QStringLiteral("DELETE FROM audit WHERE id = 2") });
    REQUIRE(shell.waitForFinished(60000));
    CHECK(QString::fromUtf8(shell.readAllStandardError()).contains(QStringLiteral("append-only")));

    struct Tamper
    {
        const char* file;
        const char* sql;
        const char* found;
    };
    for (const Tamper& t :
         { Tamper {
               "edited.db",
               "DROP TRIGGER audit_append_only_update; UPDATE audit SET after = replace(after, 'เรียกรับเงิน', 'ไม่มีอะไร') "
               "WHERE entity = 'complaints' AND entity_id = '1' AND action = 'insert';",
               "has been changed since it was written" },
           Tamper { "deleted.db", "DROP TRIGGER audit_append_only_delete; DELETE FROM audit WHERE id = 3;",
                    "audit entries 3 to 3 are missing" },
           Tamper { "reordered.db",
                    "DROP TRIGGER audit_append_only_update; UPDATE audit SET id = 1000 WHERE id = 2; UPDATE audit SET "
                    "id = 2 WHERE id = 4; UPDATE audit SET id = 4 WHERE id = 1000;",
                    "audit entry 2 (" } }) {
        const QString copy = tamperedCopy(cli, t.file, QString::fromUtf8(t.sql));
        const Result r = cli.run(args({ "--db" }) << copy << args({ "audit", "verify" }));
        INFO(t.file);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("tampered")));
        CHECK(r.err.contains(QString::fromUtf8(t.found)));
    }
}
