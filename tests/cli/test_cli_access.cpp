// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: users, sign-in and roles through sujarit-cli. Every path that could show a complainant —
// list, show, search by name, CSV and JSON output, printing, the audit trail — is tried as each role, and no name
// leaks to a role that may not see it.
#include "CliRunner.h"

#include <QJsonObject>

namespace {
const QString Secret = QStringLiteral("นางลับยิ่ง ผู้แจ้ง");

/** Text of every PDF page of \a path in reading order ("" when there is no such file), with the line breaks of
 *  table cells taken out so that a name wrapped in a cell is still found. */
QString pdfTextOf(const QString& path)
{
    if (!QFile::exists(path))
        return {};
    QString text = runProgram(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), path, QStringLiteral("-") });
    return text + u'\n' + text.remove(u'\n').remove(u' ');
}

/** A register with users of every role and a case entered by the clerk, registered, assigned to กองช่าง. */
struct Office
{
    Cli cli;
    Office()
    {
        cli.init();
        cli.addUser(QStringLiteral("somjai"), QStringLiteral("clerk"));
        cli.addUser(QStringLiteral("malee"), QStringLiteral("clerk"));
        cli.addUser(QStringLiteral("chang"), QStringLiteral("officer"), QStringLiteral("กองช่าง"));
        cli.addUser(QStringLiteral("klang"), QStringLiteral("officer"), QStringLiteral("กองคลัง"));
        cli.addUser(QStringLiteral("admin2"), QStringLiteral("administrator"));
        cli.addUser(QStringLiteral("nayok"), QStringLiteral("executive"));
        const QByteArray json
            = R"({"received_at": "2026-01-26 09.30 น.", "channel": "walk_in", "category": "corruption",
            "complainant_name": "นางลับยิ่ง ผู้แจ้ง", "complainant_phone": "089-111-2222", "subject": "เรียกรับเงินค่าขออนุญาต",
            "accused_name": "นายเอ", "accused_unit": "กองช่าง"})";
        cli.as(QStringLiteral("somjai")).ok(args({ "complaints", "add", "--json", "-" }), json);
        cli.ok(args({ "complaints", "step", "1/2569", "registered" }));
        cli.ok(args({ "complaints", "step", "1/2569", "accepted" }));
        cli.ok(args({ "complaints", "step", "1/2569", "assigned", "--to", "กองช่าง" }));
    }

    /** Everything \a user can get out about the case, by every path. */
    QString everything(const QString& user)
    {
        QString all;
        const auto add = [&](const QStringList& a) {
            const Result r = cli.as(user).run(a);
            all += r.out + r.err;
        };
        for (const char* format : { "table", "csv", "json" }) {
            add(args({ "complaints", "list", "--format", format }));
            add(args({ "complaints", "list", "--format", format, "--reveal", "อยากรู้" }));
            add(args({ "complaints", "list", "--search", "ลับยิ่ง", "--format", format }));
        }
        add(args({ "complaints", "show", "1/2569", "--format", "json", "--reveal", "อยากรู้" }));
        add(args({ "complaints", "show", "1/2569", "--reveal", "อยากรู้" }));
        add(args({ "audit", "case", "1/2569", "--format", "json" }));
        add(args({ "audit", "list", "--format", "json" }));
        for (const char* doc : { "receipt", "complaint-form" }) {
            const QString out = cli.dir.filePath(user + QLatin1String(doc) + QStringLiteral(".pdf"));
            add(args({ "print", doc, "1/2569", "--out" }) << out);
            all += pdfTextOf(out);
        }
        const QString reg = cli.dir.filePath(user + QStringLiteral("-register.pdf"));
        add(args({ "print", "register", "--fiscal-year", "2569", "--out" }) << reg);
        all += pdfTextOf(reg);
        return all;
    }
};
} // namespace

TEST_CASE("A register without users accepts only its administrator, and sign-in is checked", "[cli][access]")
{
    Cli cli;
    cli.user.clear();
    const Result made = cli.ok(args({ "init" }));
    CHECK(made.out.contains(QStringLiteral("--admin")));
    const Result refused = cli.run(args({ "complaints", "list" }));
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("no users yet")));

    cli.user = QStringLiteral("head");
    cli.init();
    // A second administrator cannot be made that way.
    const Result again = cli.run(args({ "init", "--admin", "intruder", "--password-file" }) << cli.passwordFile);
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already has users")));
    // No credentials and no terminal: told how to sign in.
    cli.user.clear();
    const Result anonymous = cli.run(args({ "complaints", "list" }));
    CHECK(anonymous.code == 1);
    CHECK(anonymous.err.contains(QStringLiteral("--user NAME --password-file FILE")));
    // Options instead of the environment, before or after the command; a wrong password is refused and logged.
    CHECK(cli.run(args({ "--user", "head", "--password-file" })
                  << cli.passwordFile << QStringLiteral("complaints") << QStringLiteral("list"))
              .code
          == 0);
    CHECK(cli.run(args({ "complaints", "list", "--user", "head", "--password-file" }) << cli.passwordFile).code == 0);
    const QString wrong = cli.write(QStringLiteral("wrong.password"), "not-the-password\n");
    const Result bad = cli.run(args({ "complaints", "list", "--user", "head", "--password-file" }) << wrong);
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("wrong name or password")));
    cli.user = QStringLiteral("head");
    const QString trail = cli.ok(args({ "audit", "list", "--format", "json" })).out;
    CHECK(trail.contains(QStringLiteral("sign_in_failed")));
    CHECK(trail.contains(QStringLiteral("wrong password")));
    CHECK_FALSE(trail.contains(QStringLiteral("not-the-password")));
    CHECK_FALSE(trail.contains(QStringLiteral("argon2")));
}

TEST_CASE("At a terminal, sujarit-cli asks for the user name and the password", "[cli][access]")
{
    Cli cli;
    cli.init();
    // `script` gives the CLI a terminal (a pseudo-terminal) fed from this test.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SUJARIT_USER"));
    env.remove(QStringLiteral("SUJARIT_PASSWORD_FILE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("script"),
            { QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"),
              QStringLiteral("%1 --db %2 users list").arg(QStringLiteral(SUJARIT_CLI), cli.db),
              QStringLiteral("/dev/null") });
    REQUIRE(p.waitForStarted());
    p.write("head\nhead-of-office-2568\n");
    REQUIRE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAll());
    INFO(out.toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(out.contains(QStringLiteral("User name:")));
    CHECK(out.contains(QStringLiteral("Password for head:")));
    CHECK(out.contains(QStringLiteral("administrator,integrity_officer")));
}

TEST_CASE("users add, list, set-role, disable and password, by the administrator only", "[cli][access]")
{
    Cli cli;
    cli.init();
    cli.addUser(QStringLiteral("somjai"), QStringLiteral("clerk"));
    const Result noDivision
        = cli.run(args({ "users", "add", "chang", "--role", "officer", "--new-password-file" }) << cli.passwordFile);
    CHECK(noDivision.err.contains(QStringLiteral("division")));
    CHECK(cli.run(args({ "users", "add", "x", "--role", "boss", "--new-password-file" }) << cli.passwordFile)
              .err.contains(QStringLiteral("not a role")));
    const QJsonArray users
        = QJsonDocument::fromJson(cli.ok(args({ "users", "list", "--format", "json" })).out.toUtf8()).array();
    REQUIRE(users.size() == 2);
    CHECK(users[1].toObject()[QStringLiteral("roles")].toArray()[0].toString() == QStringLiteral("clerk"));

    // The clerk manages nobody.
    const Result clerkAdds
        = cli.as(QStringLiteral("somjai"))
              .run(args({ "users", "add", "friend", "--role", "integrity_officer", "--new-password-file" })
                   << cli.passwordFile);
    CHECK(clerkAdds.code == 1);
    CHECK(clerkAdds.err.contains(QStringLiteral("may not manage users")));
    CHECK(cli.as(QStringLiteral("somjai")).run(args({ "users", "set-role", "somjai", "integrity_officer" })).code == 1);
    // The last administrator stays one.
    CHECK(cli.run(args({ "users", "set-role", "head", "clerk" })).err.contains(QStringLiteral("last administrator")));
    // Disabled: refused at sign-in, with the reason.
    cli.ok(args({ "users", "disable", "somjai" }));
    CHECK(
        cli.as(QStringLiteral("somjai")).run(args({ "complaints", "list" })).err.contains(QStringLiteral("disabled")));
    cli.ok(args({ "users", "enable", "somjai" }));
    // Her own password, with the current one (the one she signed in with).
    const QString fresh = cli.write(QStringLiteral("fresh.password"), "a-brand-new-one\n");
    cli.as(QStringLiteral("somjai")).ok(args({ "users", "password", "somjai", "--new-password-file" }) << fresh);
    CHECK(cli.as(QStringLiteral("somjai")).run(args({ "complaints", "list" })).code == 1); // the old file
    REQUIRE(QFile::remove(cli.dir.filePath(QStringLiteral("somjai.password"))));
    REQUIRE(QFile::copy(fresh, cli.dir.filePath(QStringLiteral("somjai.password"))));
    CHECK(cli.as(QStringLiteral("somjai")).run(args({ "complaints", "list" })).code == 0);
}

TEST_CASE("No role gets a complainant's name it may not see, by any path of the CLI", "[cli][access]")
{
    Office o;
    // The integrity officer sees it, when she gives a reason; nobody else, not even the officer of the case's
    // division: the identity is sealed to the integrity officers' key.
    CHECK(o.everything(QStringLiteral("head")).contains(Secret));
    for (const char* user : { "somjai", "malee", "chang", "klang", "admin2", "nayok" }) {
        INFO(user);
        const QString seen = o.everything(QString::fromLatin1(user));
        CHECK_FALSE(seen.contains(Secret));
        CHECK_FALSE(seen.contains(QStringLiteral("089-111-2222")));
        CHECK_FALSE(seen.contains(QStringLiteral("ลับยิ่ง")));
    }
    // The reveals and prints that did happen are in the trail, with their reasons and who.
    const QString trail = o.cli.ok(args({ "audit", "list", "--limit", "1000", "--format", "json" })).out;
    CHECK(trail.contains(QStringLiteral("อยากรู้")));
    CHECK(trail.contains(QStringLiteral("cli:chang")));
    // The case's trail on paper, for the administrator: who did what, the reveals with their reasons.
    const QString pdf = o.cli.dir.filePath(QStringLiteral("trail.pdf"));
    o.cli.ok(args({ "print", "trail", "1/2569", "--out" }) << pdf);
    const QString paper = pdfTextOf(pdf);
    CHECK(paper.contains(QStringLiteral("1/2569")));
    CHECK(paper.contains(QStringLiteral("เปิดดู")));
    CHECK(paper.contains(QStringLiteral("อยากรู้")));
    CHECK(o.cli.as(QStringLiteral("admin2")).run(args({ "print", "trail", "1/2569", "--out" }) << pdf).code == 0);
    CHECK_FALSE(pdfTextOf(pdf).contains(Secret)); // an administrator alone sees the trail without names
    CHECK(o.cli.as(QStringLiteral("somjai")).run(args({ "print", "trail", "1/2569", "--out" }) << pdf).code == 1);
}

TEST_CASE("Each role is refused what it may not do, with the reason", "[cli][access]")
{
    Office o;
    Cli& cli = o.cli;
    const auto refused = [&](const char* user, const QStringList& a, const char* why, const QByteArray& input = {}) {
        const Result r = cli.as(QString::fromLatin1(user)).run(a, input);
        INFO(user << " " << a.join(u' ').toStdString() << "\n" << r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(QString::fromUtf8(why)));
    };
    refused("klang", args({ "complaints", "step", "1/2569", "fact_finding" }), "may not record");
    refused("somjai", args({ "complaints", "step", "1/2569", "fact_finding" }), "may not record");
    refused("admin2", args({ "complaints", "step", "1/2569", "fact_finding" }), "may not record");
    refused("nayok", args({ "complaints", "list" }), "may not open the complaint register");
    refused(
        "admin2", args({ "complaints", "add", "--json", "-" }), "may not enter complaints",
        R"({"received_at": "2026-01-27", "channel": "post", "category": "service", "anonymous": true, "subject": "x"})");
    refused("somjai", args({ "settings", "numbering", "fiscal" }), "may not change settings");
    refused("chang", args({ "holidays", "add", "2026-05-04", "วันหยุดพิเศษ", "--kind", "special" }), "may not change");
    refused("chang", args({ "office", "set", "name", "x" }), "may not change");
    refused("somjai", args({ "backup", "--out" }) << cli.dir.filePath(QStringLiteral("b.db")), "may not back up");
    refused("somjai", args({ "restore" }) << cli.dir.filePath(QStringLiteral("b.db")), "may not back up");
    refused("somjai", args({ "stats", "--fiscal-year", "2569", "--format", "json" }), "may not see statistics");
    refused("chang", args({ "audit", "verify" }), "may not see the audit trail");
    refused("nayok", args({ "staff", "add", "--json", "-" }), "may not change staff",
            R"({"name": "นายใหม่ ใจดี", "position": "นักวิชาการ", "division": "สำนักปลัด", "kind": "official"})");
    refused("somjai", args({ "gifts", "list", "--fiscal-year", "2569" }), "may not see staff");
    cli.as(QStringLiteral("chang")).ok(args({ "complaints", "step", "1/2569", "fact_finding" }));
    cli.as(QStringLiteral("nayok")).ok(args({ "stats", "--fiscal-year", "2569", "--format", "json" }));
}
