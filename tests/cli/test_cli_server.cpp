// SPDX-License-Identifier: GPL-3.0-or-later
// Several PCs on one register on a PostgreSQL server (run on the test server only: tag [server]): eight clerks saving
// at once, and an office's SQLite file moved onto the server with migrate-to.
#include "CliRunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>

using namespace cli_test;

namespace {
QByteArray complaintsJson(int from, int count)
{
    QByteArray json = "[";
    for (int i = 0; i < count; ++i)
        json += QStringLiteral("%1{\"received_at\": \"2026-01-%2 10.%3 น.\", \"channel\": \"phone\", \"category\": "
                               "\"misconduct\", \"complainant_name\": \"นายผู้ร้อง %4\", \"subject\": \"เรื่องที่ %4\"}")
                    .arg(i ? QStringLiteral(",") : QString())
                    .arg(2 + (from + i) % 27, 2, 10, QLatin1Char('0'))
                    .arg((from + i) % 60, 2, 10, QLatin1Char('0'))
                    .arg(from + i)
                    .toUtf8();
    return json + "]";
}
} // namespace

TEST_CASE("Eight clerks save 500 complaints each at once: numbers 1 to 4000, no gap, nothing lost", "[cli][server]")
{
    Cli cli;
    cli.init();
    constexpr int Writers = 8, Each = 500;
    QList<QProcess*> writers;
    for (int w = 0; w < Writers; ++w)
        writers << cli.start(args({ "complaints", "add", "--json", "-", "--each" }), complaintsJson(w * Each, Each));
    QStringList reported;
    for (QProcess* p : writers) {
        REQUIRE(p->waitForFinished(600000));
        INFO(QString::fromUtf8(p->readAllStandardError()).toStdString());
        CHECK(p->exitCode() == 0);
        const QStringList numbers = QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        CHECK(numbers.size() == Each);
        reported << numbers;
        delete p;
    }
    // Every number each clerk was given is different, and together they are 1/2569 … 4000/2569.
    REQUIRE(reported.size() == Writers * Each);
    QSet<int> running;
    for (const QString& n : std::as_const(reported)) {
        CHECK(n.endsWith(QStringLiteral("/2569")));
        running.insert(n.section(u'/', 0, 0).toInt());
    }
    CHECK(running.size() == Writers * Each);
    CHECK(*std::min_element(running.cbegin(), running.cend()) == 1);
    CHECK(*std::max_element(running.cbegin(), running.cend()) == Writers * Each);
    // And all of them are in the register, with the trail intact.
    const QJsonArray listed = cli.list();
    CHECK(listed.size() == Writers * Each);
    CHECK(cli.ok(args({ "audit", "verify" })).out.contains(QStringLiteral("intact")));
}

TEST_CASE("migrate-to moves an office's file onto the server and proves the copy complete", "[cli][server]")
{
    Cli file;
    const QString server = file.db;
    file.db = file.dir.filePath(QStringLiteral("office.db"));
    file.init();
    file.ok(args({ "complaints", "add", "--json", "-" }), complaintsJson(0, 30));
    file.ok(args({ "complaints", "step", "1/2569", "registered" }));
    file.ok(args({ "holidays", "add", "2026-05-15", "วันหยุดพิเศษของจังหวัด", "--kind", "special" }));
    file.addUser(QStringLiteral("somjai"), QStringLiteral("clerk"));
    const QJsonArray before = file.list();
    const QString trailBefore = file.ok(args({ "audit", "list", "--limit", "1000" })).out;

    // Only someone allowed to take backups moves the register; nothing is written on a refusal.
    CHECK(file.as(QStringLiteral("somjai")).run(args({ "migrate-to" }) << server).code == 1);
    CHECK(file.run(args({ "migrate-to", "/tmp/not-a-server.db" })).code == 2);

    const Result moved = file.ok(args({ "migrate-to" }) << server);
    CHECK(moved.out.contains(QStringLiteral("complaints")));
    CHECK(moved.out.contains(QStringLiteral("intact on both sides")));
    CHECK_FALSE(moved.out.contains(QStringLiteral("NO")));

    // The server holds the same register: the same cases, users, holidays and trail; work goes on there.
    Cli onServer;
    onServer.db = server;
    CHECK(onServer.list() == before); // head's password is the same in both (CliRunner)
    CHECK(onServer.ok(args({ "holidays", "list", "--year", "2026" })).out.contains(QStringLiteral("วันหยุดพิเศษ")));
    CHECK(onServer.ok(args({ "audit", "verify" })).out.contains(QStringLiteral("intact")));
    CHECK(onServer.ok(args({ "audit", "list", "--limit", "1000" })).out.contains(QStringLiteral("migrated_from")));
    CHECK(onServer.ok(args({ "complaints", "add", "--json", "-" }), complaintsJson(100, 1)).out.trimmed()
          == QStringLiteral("31/2569"));
    CHECK(onServer.ok(args({ "complaints", "list", "--search", "ผู้ร้อง 7", "--format", "json", "--reveal", "ตรวจ" }))
              .out.contains(QStringLiteral("นายผู้ร้อง 7")));
    // A second move into the same database is refused: it already holds a register.
    const Result again = file.run(args({ "migrate-to" }) << server);
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already holds a register")));
    CHECK(file.ok(args({ "audit", "list", "--limit", "1000" })).out.contains(QStringLiteral("migrated_to")));
    CHECK(trailBefore.size() > 0);
}

TEST_CASE("sujarit-cli saving one by one while the server restarts: every number it printed is in the register",
          "[cli][restart]")
{
    REQUIRE(testingOnServer());
    Cli cli;
    cli.init();
    const QString state = QFileInfo(qEnvironmentVariable("SUJARIT_TEST_POSTGRES")).absolutePath();
    std::unique_ptr<QProcess> writer(
        cli.start(args({ "complaints", "add", "--json", "-", "--each" }), complaintsJson(0, 400)));
    // Once the stream is under way, the server restarts under it.
    QString printed;
    while (printed.count(u'\n') < 40 && writer->state() != QProcess::NotRunning) {
        writer->waitForReadyRead(1000);
        printed += QString::fromUtf8(writer->readAllStandardOutput());
    }
    runProgram(QStringLiteral("bash"),
               { QStringLiteral(SOURCE_DIR "/tests/postgres/cluster.sh"), QStringLiteral("restart"), state,
                 QStringLiteral("fast") });
    REQUIRE(writer->waitForFinished(300000));
    printed += QString::fromUtf8(writer->readAllStandardOutput());
    const QString err = QString::fromUtf8(writer->readAllStandardError());
    INFO(err.toStdString());
    const QStringList numbers = printed.split(u'\n', Qt::SkipEmptyParts);
    CHECK(numbers.size() >= 40);
    if (writer->exitCode() != 0) { // the restart fell inside a save: it says which, and that it was not kept
        CHECK(err.contains(QStringLiteral("connection")));
        CHECK(err.contains(QStringLiteral("were not")));
    } else {
        CHECK(numbers.size() == 400); // it reconnected by itself between two saves
    }
    // Every number it printed is there, and the numbers run without a gap.
    QSet<QString> stored;
    for (const QJsonValue& v : cli.list())
        stored.insert(v.toObject().value(QStringLiteral("receipt_no")).toString());
    for (const QString& n : numbers)
        CHECK(stored.contains(n));
    CHECK(stored.contains(QStringLiteral("%1/2569").arg(stored.size())));
    CHECK(cli.ok(args({ "audit", "verify" })).out.contains(QStringLiteral("intact")));
}

namespace {
/** psql's exit code and its error output for \a sql on \a url. */
std::pair<int, QString> psql(const QString& url, const QString& sql)
{
    QProcess p;
    p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                     QStringLiteral("-q"), url, QStringLiteral("-c"), sql});
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("The PCs connect as a role that keeps the register's rows and cannot touch its schema or its trail",
          "[cli][server]")
{
    Cli cli;
    const QString owner = cli.db;
    const QString group = QStringLiteral("sujarit_pcs_%1").arg(QCoreApplication::applicationPid());
    const QString login = QStringLiteral("sujarit_pc_%1").arg(QCoreApplication::applicationPid());
    // What the office's IT does once, as README's "Two roles on a server" says.
    REQUIRE(psql(owner, QStringLiteral("DROP ROLE IF EXISTS %2; DROP ROLE IF EXISTS %1; CREATE ROLE %1 NOLOGIN;"
                                       " CREATE ROLE %2 LOGIN IN ROLE %1")
                            .arg(group, login))
                .first
            == 0);
    const auto dropRoles = qScopeGuard([&] {
        psql(owner, QStringLiteral("REASSIGN OWNED BY %1 TO postgres; DROP OWNED BY %1; DROP OWNED BY %2; DROP ROLE %1;"
                                   " DROP ROLE %2")
                        .arg(login, group));
    });
    CHECK(cli.ok(args({"init", "--admin", "head", "--password-file"}) << cli.passwordFile << QStringLiteral("--pcs-role")
                 << group)
              .out.contains(group));
    cli.ok(args({"users", "set-role", "head", "administrator,integrity_officer"}));

    // A PC, as its own login: the register's work goes on.
    QString pc = owner;
    pc.replace(QStringLiteral("postgres@"), login + u'@');
    cli.db = pc;
    CHECK(cli.ok(args({"complaints", "add", "--json", "-"}), complaintsJson(1, 2)).out.contains(QStringLiteral("2/")));
    cli.ok(args({"complaints", "show", "1/2569", "--reveal", "ตรวจสอบ"}));
    CHECK(cli.ok(args({"audit", "verify"})).out.contains(QStringLiteral("intact")));
    cli.ok(args({"keys", "new-recovery", "--recovery-out"}) << cli.dir.filePath(QStringLiteral("sheet.txt")));
    // …and PostgreSQL itself refuses it the schema, the triggers and the trail.
    for (const char* sql : {"DROP TRIGGER audit_append_only ON audit", "ALTER TABLE audit DISABLE TRIGGER ALL",
                            "UPDATE audit SET after = '{}' WHERE id = 1", "DELETE FROM audit", "TRUNCATE audit",
                            "DELETE FROM complaints", "ALTER TABLE complaints ADD COLUMN x integer",
                            "DELETE FROM sujarit_schema", "CREATE TABLE sneaky (x integer)",
                            "UPDATE identity_key SET public_key = 'bWluZQ=='", "DELETE FROM identity_key"}) {
        INFO(sql);
        const auto [code, error] = psql(pc, QString::fromLatin1(sql));
        CHECK(code != 0);
        CHECK((error.contains(QStringLiteral("permission denied")) || error.contains(QStringLiteral("must be owner"))
               || error.contains(QStringLiteral("append-only")) || error.contains(QStringLiteral("never deleted"))));
    }
    cli.db = owner;
    CHECK(cli.ok(args({"audit", "verify"})).out.contains(QStringLiteral("intact")));
}
