// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile but realistic tester, end to end through sujarit-cli: backups and restores that must never lose the
// register, backups crafted with the sqlite3 shell, every role at the whole-register copy, identities in the trail
// and on paper, files that are not files, and cells that a spreadsheet would run.
#include "CliRunner.h"

#include "storage/RegisterCopy.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

QString sql(const QString& file, const QString& statement)
{
    return runProgram(QStringLiteral("sqlite3"), { file, statement }).trimmed();
}

const QByteArray NamedCase
    = R"({"received_at": "2026-01-26 09.30 น.", "channel": "walk_in", "category": "corruption",
        "complainant_name": "นางลับยิ่ง ผู้แจ้ง", "complainant_phone": "089-111-2222", "subject": "เรียกรับเงินค่าขออนุญาต",
        "accused_name": "นายเอ", "accused_unit": "กองช่าง"})";

/** A register with one named case and a checked backup of it, b.db. */
struct Backed
{
    Cli cli;
    QString backup;
    Backed()
    {
        cli.init();
        cli.ok(args({ "complaints", "add", "--json", "-" }), NamedCase);
        backup = cli.dir.filePath(QStringLiteral("b.db"));
        cli.ok(args({ "backup", "--out" }) << backup);
    }
    /** A copy of the backup, changed by \a statements run in the sqlite3 shell. */
    QString crafted(const char* name, const QString& statements) const
    {
        const QString path = cli.dir.filePath(QString::fromLatin1(name));
        QFile::remove(path);
        REQUIRE(QFile::copy(backup, path));
        runProgram(QStringLiteral("sqlite3"), { path, statements });
        return path;
    }
    /** verify-backup and restore both refuse \a file, naming \a why; the register is as it was. */
    void refused(const QString& file, const char* why) const
    {
        // (Each run signs in, an entry of the trail: the register's cases are what must not change.)
        const QString before = sql(cli.db, QStringLiteral("SELECT count(*), group_concat(subject) FROM complaints"));
        const Result verified = cli.run(args({ "verify-backup" }) << file);
        INFO(file.toStdString() << "\n" << verified.out.toStdString() << verified.err.toStdString());
        CHECK(verified.code == 1);
        CHECK(verified.err.contains(QString::fromUtf8(why)));
        const Result restored = cli.run(args({ "restore" }) << file);
        INFO(restored.err.toStdString());
        CHECK(restored.code == 1);
        CHECK(restored.err.contains(QString::fromUtf8(why)));
        CHECK(restored.err.contains(QStringLiteral("the register was not changed")));
        CHECK(sql(cli.db, QStringLiteral("SELECT count(*), group_concat(subject) FROM complaints")) == before);
        CHECK(cli.run(args({ "audit", "verify" })).code == 0);
        CHECK(QDir(cli.dir.path()).entryList({ QStringLiteral("*.before-restore-*") }).isEmpty());
    }
};

} // namespace

TEST_CASE("Two restores within a second, and an aside name already taken, lose nothing", "[cli][backup][sqlite]")
{
    Backed b;
    const Cli& cli = b.cli;
    cli.ok(args({ "complaints", "add", "--json", "-" }), NamedCase);
    // The clock is pinned at noon (SUJARIT_TODAY): every restore here falls in the same second. A file already has
    // the name the first restore would keep the register under: it is left alone.
    const QString occupied = cli.db + QStringLiteral(".before-restore-20260131-120000");
    cli.write(QFileInfo(occupied).fileName(), "someone's file");
    const Result first = cli.ok(args({ "restore" }) << b.backup);
    const Result second = cli.ok(args({ "restore" }) << b.backup);
    CHECK(cli.list().size() == 1);
    {
        QFile f(occupied);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == "someone's file");
    }
    // Both copies kept aside are whole, under names of their own: the first with two cases, the second with one.
    const QString asideFirst = first.out.section(QStringLiteral("kept in "), 1).trimmed();
    const QString asideSecond = second.out.section(QStringLiteral("kept in "), 1).trimmed();
    REQUIRE_FALSE(asideFirst.isEmpty());
    CHECK(asideFirst != asideSecond);
    CHECK(asideFirst != occupied);
    CHECK(cli.ok(args({ "verify-backup" }) << asideFirst).out.contains(QStringLiteral("2 complaints")));
    CHECK(cli.ok(args({ "verify-backup" }) << asideSecond).out.contains(QStringLiteral("1 complaints")));
    // The first restore replaced the register that had made the backup, and had recorded it; the second, a register
    // restored from it, which had not.
    CHECK(first.out.contains(QStringLiteral("had recorded this backup when it made it")));
    CHECK(second.out.contains(QStringLiteral("no record of this backup")));
    CHECK(QFileInfo(asideFirst).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                   | QFileDevice::ReadUser | QFileDevice::WriteUser));
    // Nothing half-made is left beside the register.
    CHECK(QDir(cli.dir.path()).entryList({ QStringLiteral(".*.part*") }, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("A backup crafted with the sqlite3 shell is refused, naming what is wrong", "[cli][backup][sqlite]")
{
    Backed b;
    CHECK(b.cli.ok(args({ "verify-backup" }) << b.backup).out.contains(QStringLiteral("contents are as written")));
    b.refused(b.crafted("trigger.db",
                        QStringLiteral("CREATE TRIGGER leak AFTER INSERT ON complaints BEGIN UPDATE complaints SET "
                                       "subject = subject || new.complainant_name WHERE id = new.id; END;")),
              "trigger leak");
    b.refused(b.crafted("table.db", QStringLiteral("CREATE TABLE stolen (name TEXT);")), "table stolen");
    b.refused(b.crafted("view.db", QStringLiteral("CREATE VIEW names AS SELECT complainant_name FROM complaints;")),
              "view names");
    b.refused(b.crafted("index.db", QStringLiteral("DROP INDEX IF EXISTS complaints_received_day;"
                                                   "CREATE INDEX complaints_received_day ON complaints (subject);")),
              "index complaints_received_day");
    b.refused(b.crafted("rows.db", QStringLiteral("UPDATE complaints SET subject = 'แก้ไขนอกระบบ';")),
              "rows were changed");
    // The newest six entries of the trail cut off (the append-only guard dropped and put back as it was).
    const QString guard = sql(b.backup, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                                       "'audit_append_only_delete'"));
    REQUIRE_FALSE(guard.isEmpty());
    const QString cut = QStringLiteral("DROP TRIGGER audit_append_only_delete; DELETE FROM audit WHERE id > (SELECT "
                                       "max(id) - 6 FROM audit); %1;")
                            .arg(guard);
    b.refused(b.crafted("cut.db", cut), "entries were removed or added");
    // … and its manifest rewritten to match the shortened trail: the register recorded the backup otherwise.
    const QString last = sql(b.crafted("probe.db", cut), QStringLiteral("SELECT max(id) || '|' || count(*) || '|' || "
                                                                        "(SELECT hash FROM audit ORDER BY id DESC "
                                                                        "LIMIT 1) FROM audit"));
    const QStringList parts = last.split(u'|');
    REQUIRE(parts.size() == 3);
    const QString rewrite = cut
        + QStringLiteral("UPDATE sujarit_backup_manifest SET manifest = json_set(manifest, '$.audit_last_id', %1, "
                         "'$.audit_entries', %2, '$.audit_last_hash', '%3');")
              .arg(parts[0], parts[1], parts[2]);
    const QString rewritten = b.crafted("rewritten.db", rewrite);
    {
        // The attacker knows the digest too (the code is open): recomputed over the shortened file.
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        file.setDatabaseName(rewritten);
        REQUIRE(file.open());
        const auto digest = sujarit::storage::registerDigest(file, nullptr);
        REQUIRE(digest);
        QSqlQuery q(file);
        REQUIRE(q.prepare(QStringLiteral("UPDATE sujarit_backup_manifest SET manifest = json_set(manifest, "
                                         "'$.content_sha256', ?)")));
        q.addBindValue(*digest);
        REQUIRE(q.exec());
        q = QSqlQuery();
        file.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
    b.refused(rewritten, "recorded this backup");
    // The manifest removed: the trail shows it was made by a version that writes one — or the register recorded it.
    b.refused(b.crafted("stripped.db", QStringLiteral("DROP TABLE sujarit_backup_manifest;")), "manifest");
    // The same for a register's very first backup, whose trail cannot show it: the register recorded it.
    {
        Cli fresh;
        fresh.init();
        const QString first = fresh.dir.filePath(QStringLiteral("first.db"));
        fresh.ok(args({ "backup", "--out" }) << first);
        sql(first, QStringLiteral("DROP TABLE sujarit_backup_manifest"));
        const Result r = fresh.run(args({ "restore" }) << first);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("its manifest has been removed")));
    }
    // Every schema number this version does not know gets a plain message.
    b.refused(b.crafted("negative.db", QStringLiteral("PRAGMA user_version = -1;")), "schema -1");
    // The untouched backup still restores.
    CHECK(b.cli.ok(args({ "restore" }) << b.backup).out.contains(QStringLiteral("recorded this backup")));
}

TEST_CASE("A register of an unknown schema number says so plainly", "[cli][sqlite]")
{
    Cli cli;
    cli.init();
    sql(cli.db, QStringLiteral("PRAGMA user_version = -1"));
    const Result r = cli.run(args({ "complaints", "list" }));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("schema -1")));
    CHECK(r.err.contains(QStringLiteral("not been changed")));
    CHECK(sql(cli.db, QStringLiteral("PRAGMA user_version")) == QStringLiteral("-1"));
}

TEST_CASE("Only an administrator copies the whole register and the daily backup stays in its folder", "[cli][backup]")
{
    Cli cli;
    cli.init();
    cli.ok(args({ "complaints", "add", "--json", "-" }), NamedCase);
    for (const char* who : { "clerk", "officer", "executive", "integrity_officer" })
        cli.addUser(QString::fromLatin1(who) + QStringLiteral("1"), QString::fromLatin1(who), QStringLiteral("กองช่าง"));
    const QString folder = cli.dir.filePath(QStringLiteral("daily"));
    cli.ok(args({ "settings", "backup-dir" }) << folder);
    QDir().mkpath(folder);
    // Files that merely have a daily backup's name: someone's document, and another register's backup.
    cli.write(QStringLiteral("daily/sujarit-2020-01-01.db"), "not a backup at all");
    for (const char* who : { "clerk1", "officer1", "executive1", "integrity_officer1" }) {
        const Result daily = cli.as(QString::fromLatin1(who)).run(args({ "backup", "--daily", "--keep", "1" }));
        CHECK(daily.code == 1);
        CHECK(daily.err.contains(QStringLiteral("may not")));
        const Result out = cli.as(QString::fromLatin1(who))
                               .run(args({ "backup", "--out" }) << cli.dir.filePath(QStringLiteral("mine.db")));
        CHECK(out.code == 1);
    }
    CHECK_FALSE(QFileInfo::exists(cli.dir.filePath(QStringLiteral("mine.db"))));
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList { QStringLiteral("sujarit-2020-01-01.db") });
    const Result elsewhere = cli.run(args({ "backup", "--daily", "--dir" }) << cli.dir.filePath(QStringLiteral("x")));
    CHECK(elsewhere.code == 2);
    CHECK(elsewhere.err.contains(QStringLiteral("backup.dir")));
    for (const char* day : { "2026-01-29", "2026-01-30", "2026-01-31" }) {
        cli.today = QString::fromLatin1(day);
        cli.ok(args({ "backup", "--daily", "--keep", "1" }));
    }
    CHECK(QDir(folder).entryList(QDir::Files)
          == (QStringList { QStringLiteral("sujarit-2020-01-01.db"), QStringLiteral("sujarit-2026-01-31.db") }));
    // Every backup is in the trail, with who made it and where.
    const QString trail = cli.ok(args({ "audit", "list", "--limit", "200", "--format", "json" })).out;
    CHECK(trail.count(QStringLiteral("\"action\": \"backup\"")) == 3);
    CHECK(trail.contains(QStringLiteral("sujarit-2026-01-31.db")));
}

TEST_CASE("The trail masks complainants for every reader and a reveal needs a reason and is itself in the trail",
          "[cli][audit]")
{
    Cli cli;
    cli.init(); // head: administrator and integrity officer
    cli.ok(args({ "office", "set", "name", "องค์การบริหารส่วนตำบลโคกแย้" }));
    cli.ok(args({ "complaints", "add", "--json", "-" }), NamedCase);
    cli.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const QString secret = QStringLiteral("นางลับยิ่ง");
    const QString phone = QStringLiteral("089-111-2222");
    for (const QStringList& a : { args({ "audit", "list", "--format", "json" }),
                                  args({ "audit", "case", "1/2569", "--format", "json" }) }) {
        const Result masked = cli.ok(a);
        CHECK_FALSE(masked.out.contains(secret));
        CHECK_FALSE(masked.out.contains(phone));
        CHECK(masked.out.contains(QStringLiteral("ไม่เปิดเผยชื่อ")));
        const Result blank = cli.run(QStringList(a) << QStringLiteral("--reveal") << QStringLiteral("   "));
        CHECK(blank.code == 2);
        CHECK(blank.err.contains(QStringLiteral("a reason is needed")));
        CHECK_FALSE(blank.out.contains(secret));
    }
    // (Read through sujarit-cli, so that it holds on a server register too.)
    const auto trailOf = [&] { return cli.ok(args({ "audit", "list", "--limit", "500", "--format", "json" })).out; };
    const qsizetype before = trailOf().count(QStringLiteral("\"action\": \"reveal\""));
    const Result shown = cli.ok(args({ "audit", "case", "1/2569", "--format", "json", "--reveal",
                                       "ตรวจสอบการแก้ไขชื่อตามคำขอผู้ร้อง" }));
    CHECK(shown.out.contains(secret));
    const QString after = trailOf();
    CHECK(after.count(QStringLiteral("\"action\": \"reveal\"")) == before + 1);
    CHECK(after.contains(QStringLiteral("ตรวจสอบการแก้ไขชื่อตามคำขอผู้ร้อง")));
    // On paper too: masked without a reason, and a print entry either way; the PDF is the owner's only.
    const QString pdf = cli.dir.filePath(QStringLiteral("trail.pdf"));
    cli.ok(args({ "print", "trail", "1/2569", "--out" }) << pdf);
    CHECK_FALSE(runProgram(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") })
                    .contains(secret));
    CHECK(QFileInfo(pdf).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                           | QFileDevice::WriteUser));
    CHECK(trailOf().contains(QStringLiteral("\"document\": \"trail\"")));
    // A role that may not read the trail is told so — not that the trail was tampered with.
    const Result verify = cli.as(QStringLiteral("clerk1")).run(args({ "audit", "verify" }));
    CHECK(verify.code == 1);
    CHECK(verify.err.contains(QStringLiteral("may not")));
    CHECK_FALSE(verify.err.contains(QStringLiteral("tampered")));
    // complaints show with a reason of spaces: a reason is needed, not "may not see".
    const Result spaces = cli.run(args({ "complaints", "show", "1/2569", "--reveal", "  " }));
    CHECK(spaces.code == 2);
    CHECK(spaces.err.contains(QStringLiteral("a reason is needed")));
}

TEST_CASE("The full register on paper names complainants only with a reason given", "[cli]")
{
    Cli cli;
    cli.init();
    cli.ok(args({ "office", "set", "name", "องค์การบริหารส่วนตำบลโคกแย้" }));
    cli.ok(args({ "complaints", "add", "--json", "-" }), NamedCase);
    const QString secret = QStringLiteral("นางลับยิ่ง");
    const QString hidden = cli.dir.filePath(QStringLiteral("hidden.pdf"));
    const QString named = cli.dir.filePath(QStringLiteral("named.pdf"));
    cli.ok(args({ "print", "register", "--fiscal-year", "2569", "--out" }) << hidden);
    CHECK_FALSE(runProgram(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), hidden, QStringLiteral("-") })
                    .contains(secret));
    CHECK(cli.run(args({ "print", "register", "--fiscal-year", "2569", "--reveal", " ", "--out" }) << named).code == 2);
    cli.ok(args({ "print", "register", "--fiscal-year", "2569", "--reveal", "เสนอผู้บริหารพิจารณา", "--out" }) << named);
    CHECK(runProgram(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), named, QStringLiteral("-") })
              .contains(secret));
    CHECK(QFileInfo(named).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                             | QFileDevice::WriteUser));
    CHECK(cli.ok(args({ "audit", "list", "--format", "json" })).out.contains(QStringLiteral("เสนอผู้บริหารพิจารณา")));
}

TEST_CASE("Files that are not files, or too large, are refused at once", "[cli]")
{
    Cli cli;
    cli.init();
    const Result zero = cli.run(args({ "complaints", "import", "/dev/zero" }));
    CHECK(zero.code == 1);
    CHECK(zero.err.contains(QStringLiteral("not an ordinary file")));
    const QString fifo = cli.dir.filePath(QStringLiteral("pipe"));
    runProgram(QStringLiteral("mkfifo"), { fifo });
    const Result pipe = cli.run(args({ "complaints", "import" }) << fifo); // would hang if it were opened
    CHECK(pipe.code == 1);
    CHECK(pipe.err.contains(QStringLiteral("not an ordinary file")));
    CHECK(cli.list().isEmpty());
}

TEST_CASE("CSV cells a spreadsheet would run are written as text", "[cli]")
{
    Cli cli;
    cli.init();
    cli.ok(args({ "complaints", "add", "--json", "-" }),
           R"J({"received_at": "2026-01-26 09.30 น.", "channel": "walk_in", "category": "corruption", "anonymous": true,
               "subject": "=HYPERLINK(\"http://x\",\"คลิก\")", "accused_name": "@SUM(1+1)", "accused_unit": "-2+3"})J");
    const QString csv = cli.ok(args({ "complaints", "list", "--format", "csv" })).out;
    CHECK(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"คลิก\"\")\"")));
    CHECK(csv.contains(QStringLiteral(",'@SUM(1+1),")));
    CHECK(csv.contains(QStringLiteral(",'-2+3,")));
    CHECK_FALSE(csv.contains(QStringLiteral(",=")));
    // Such a cell read back (a rejects file corrected and imported again) is the value it was.
    const QString file = cli.write(QStringLiteral("again.csv"),
                                   QStringLiteral("วันที่รับ,ช่องทาง,ประเภท,ชื่อผู้ร้อง,เรื่อง,ผู้ถูกร้อง,สังกัด\r\n"
                                                  "5/10/2568 09.00 น.,ทางโทรศัพท์,service,นายทดสอบ,'=SUM(1),นายช่าง,กองช่าง\r\n")
                                       .toUtf8());
    cli.ok(args({ "complaints", "import" }) << file);
    const QString json = cli.ok(args({ "complaints", "list", "--format", "json" })).out;
    CHECK(json.contains(QStringLiteral("\"=SUM(1)\"")));
}

TEST_CASE("Messages about a bad file say what is really wrong, and repeat only so much of it", "[cli]")
{
    Cli cli;
    cli.init();
    const QString header = QStringLiteral("เลขที่รับ,วันที่รับ,ช่องทาง,ประเภท,ชื่อผู้ร้อง,เรื่อง,ผู้ถูกร้อง,สังกัด\r\n");
    const QString row = QStringLiteral("%1,5/10/2568 09.00 น.,ทางโทรศัพท์,service,นายทดสอบ,ถนนชำรุด,นายช่าง,กองช่าง\r\n");
    // The same receipt number twice in the file: the file's mistake, not the register's.
    const Result twice = cli.run(args({ "complaints", "import" })
                                 << cli.write(QStringLiteral("twice.csv"),
                                              (header + row.arg(QStringLiteral("500/2569")) + row.arg(QStringLiteral("501/2569"))
                                               + row.arg(QStringLiteral("500/2569")))
                                                  .toUtf8()));
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(QStringLiteral("in the file twice (rows 2 and 4)")));
    CHECK_FALSE(twice.err.contains(QStringLiteral("already in the register")));
    // A UTF-8 file with one broken byte: that byte and its line are named.
    QByteArray broken = (header + row.arg(QStringLiteral("1/2569")) + row.arg(QStringLiteral("2/2569"))).toUtf8();
    broken.insert(broken.lastIndexOf("ถนน"), "\xFF");
    const Result bytes = cli.run(args({ "complaints", "import" }) << cli.write(QStringLiteral("bytes.csv"), broken));
    CHECK(bytes.err.contains(QStringLiteral("byte 0xFF on line 3")));
    // A huge file with no header is not echoed back; 100,000 unknown columns are not 100,001 notes.
    const QByteArray noHeader(5 * 1024 * 1024, 'x');
    const Result huge = cli.run(args({ "complaints", "import" }) << cli.write(QStringLiteral("huge.csv"), noHeader));
    CHECK(huge.code == 1);
    CHECK(huge.err.size() < 2000);
    QByteArray wide = header.trimmed().toUtf8();
    for (int i = 0; i < 100000; ++i)
        wide += ",extra" + QByteArray::number(i);
    wide += "\r\n" + row.arg(QStringLiteral("1/2569")).trimmed().toUtf8() + "\r\n";
    const Result many = cli.run(args({ "complaints", "import" }) << cli.write(QStringLiteral("wide.csv"), wide));
    CHECK(many.err.count(u'\n') < 10);
    CHECK(many.err.contains(QStringLiteral("100000 columns")));
    // Years in the wrong era say which era was read.
    const Result era = cli.run(args({ "complaints", "add", "--json", "-" }),
                               R"({"received_at": "1/1/2400", "channel": "post", "category": "service", "anonymous": true,
                                   "subject": "x"})");
    CHECK(era.err.contains(QStringLiteral("Buddhist era")));
    CHECK(era.err.contains(QStringLiteral("2400")));
    const Result ce = cli.run(args({ "complaints", "add", "--json", "-" }),
                              R"({"received_at": "9999-12-31", "channel": "post", "category": "service", "anonymous": true,
                                  "subject": "x"})");
    CHECK(ce.err.contains(QStringLiteral("read as 9999 of the Buddhist era")));
    // JSON keeps the CSV import's rules: no NUL, no lone surrogate, no key twice.
    const qsizetype registered = cli.list().size(); // the wide file's one good row was imported
    for (const char* json :
         { R"({"received_at": "2026-01-26 09.30 น.", "channel": "post", "category": "service", "anonymous": true, "subject": "a\u0000b"})",
           R"({"received_at": "2026-01-26 09.30 น.", "channel": "post", "category": "service", "anonymous": true, "subject": "a\ud800b"})",
           R"({"received_at": "2026-01-26 09.30 น.", "channel": "post", "category": "service", "anonymous": true, "subject": "a", "subject": "b"})" }) {
        const Result r = cli.run(args({ "complaints", "add", "--json", "-" }), json);
        INFO(json << "\n" << r.err.toStdString());
        CHECK(r.code == 1);
        CHECK((r.err.contains(QStringLiteral("NUL")) || r.err.contains(QStringLiteral("surrogate"))
               || r.err.contains(QStringLiteral("written twice"))));
    }
    CHECK(cli.list().size() == registered);
}
