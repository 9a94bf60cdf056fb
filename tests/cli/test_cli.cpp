// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests: sujarit-cli run as a process on a real database file.
#include "CliRunner.h"

#include "text/Csv.h"
#include "text/TextDecoding.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

namespace {

const QByteArray Register = QStringLiteral(
    "\uFEFFวันที่รับ,ช่องทาง,ประเภท,ไม่ประสงค์ออกนาม,ชื่อผู้ร้อง,อายุ,ที่อยู่,โทรศัพท์,เรื่อง,รายละเอียด,ขอให้ดำเนินการ,ผู้ถูกร้อง,ตำแหน่ง,สังกัด\r\n"
    "4 ต.ค. 2567 15.56 น.,ร้องเรียนด้วยตนเอง,misconduct,ไม่ใช่,นายจันทร์เพ็ญ รักไทย,32,277 หมู่ที่ 11,0893984085,ละเว้นการปฏิบัติหน้าที่ในการเก็บขยะ,\"มีภาพถ่าย, \"\"ขอให้ตรวจสอบ\"\"\",ขอให้ตรวจสอบ,นายสุรชัย พึ่งบุญ,นายช่างโยธา,กองช่าง\r\n"
    "27/10/2567 14.44 น.,ตู้รับเรื่องร้องเรียน,service,ใช่,,,,,ล่าช้าในการซ่อมไฟฟ้าส่องสว่าง,ไฟดับทั้งซอย,,นางมาลี แสงทอง,นายช่างไฟฟ้า,กองช่าง\r\n"
    "๑๔ พฤศจิกายน ๒๕๖๗ 11.34 น.,สายตรงนายก,corruption,ไม่ใช่,นางอรุณี สายสุด,22,,,เบิกจ่ายค่าตอบแทนเป็นเท็จ,,,นายชูชาติ บุญมา,นักวิชาการเงินและบัญชี,กองคลัง\r\n"
    "2025-01-19 16.06 น.,ทางโทรศัพท์,procurement,ไม่ใช่,นายธนากร พึ่งบุญ,72,,,ผู้รับจ้างเป็นญาติของเจ้าหน้าที่,,,นายวิชัย เพชรรัตน์,นายช่างโยธา,กองช่าง\r\n")
                                .toUtf8();

} // namespace

TEST_CASE("init, import a Thai register, list it as JSON", "[cli]")
{
    Cli cli;
    CHECK(cli.init().out.contains(QStringLiteral("schema")));
    const QString file = cli.write(QStringLiteral("register.csv"), Register);
    CHECK(cli.ok(args({"complaints", "import"}) << file).out.contains(QStringLiteral("Imported 4")));

    const QJsonArray all = cli.list();
    REQUIRE(all.size() == 4);
    const QJsonObject first = all[0].toObject();
    for (const char* key : {"receipt_no", "received_at", "channel", "category", "anonymous", "status", "subject",
                            "accused_name", "next_deadline", "overdue"})
        CHECK(first.contains(QString::fromLatin1(key)));
    CHECK(first[QStringLiteral("receipt_no")].toString() == QStringLiteral("1/2567"));
    CHECK(first[QStringLiteral("received_at")].toString() == QStringLiteral("2024-10-04T15:56:00"));
    CHECK(first[QStringLiteral("channel")].toString() == QStringLiteral("walk_in"));
    CHECK(first[QStringLiteral("anonymous")].toBool() == false);
    CHECK(all[1].toObject()[QStringLiteral("anonymous")].toBool() == true);
    CHECK(first[QStringLiteral("status")].toString() == QStringLiteral("received"));
    CHECK(first[QStringLiteral("next_deadline")].toString() == QStringLiteral("2024-10-07"));
    CHECK(first[QStringLiteral("overdue")].toBool() == true);
    CHECK(all[3].toObject()[QStringLiteral("receipt_no")].toString() == QStringLiteral("1/2568"));

    CHECK(cli.list(args({"--fiscal-year", "2568"})).size() == 4);
    CHECK(cli.list(args({"--fiscal-year", "2567"})).size() == 0);
    CHECK(cli.list(args({"--search", "ขยะ"})).size() == 1);
    CHECK(cli.list(args({"--search", "ไฟ"})).size() == 1);
    CHECK(cli.list(args({"--search", "อรุณี"})).size() == 1);
    CHECK(cli.list(args({"--status", "received", "--overdue"})).size() == 4);

    const Result table = cli.ok(args({"complaints", "list"}));
    CHECK(table.out.contains(QStringLiteral("ละเว้นการปฏิบัติหน้าที่ในการเก็บขยะ")));
    const Result csv = cli.ok(args({"complaints", "list", "--format", "csv"}));
    CHECK(csv.out.startsWith(QStringLiteral("receipt_no,received_at")));
}

TEST_CASE("A bad file imports nothing and names the row and column", "[cli]")
{
    Cli cli;
    cli.init();
    QByteArray bad = Register;
    bad.replace(QStringLiteral("27/10/2567").toUtf8(), QStringLiteral("31/2/2568").toUtf8());
    const QString file = cli.write(QStringLiteral("bad.csv"), bad);
    const Result r = cli.run(args({"complaints", "import"}) << file);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("row 3, column วันที่รับ")));
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
    CHECK(cli.list().isEmpty());

    const QString rejects = cli.dir.filePath(QStringLiteral("rejects.csv"));
    const Result skip = cli.ok(args({"complaints", "import"}) << file << QStringLiteral("--skip-invalid") << rejects);
    CHECK(skip.out.contains(QStringLiteral("Imported 3")));
    CHECK(cli.list().size() == 3);
    QFile f(rejects);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto decoded = sujarit::text::decodeText(f.readAll());
    REQUIRE(decoded);
    const auto rows = sujarit::text::parseCsv(decoded->text, u',');
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(1).fields.at(0) == QStringLiteral("3"));
    CHECK(rows->at(1).fields.at(1).contains(QStringLiteral("31/2/2568")));

    QString withoutBom = QString::fromUtf8(Register);
    if (withoutBom.startsWith(u'\uFEFF'))
        withoutBom.remove(0, 1);
    const QString windows874 = cli.write(QStringLiteral("thai.csv"), *sujarit::text::encodeWindows874(withoutBom));
    Cli other;
    other.init();
    CHECK(other.ok(args({"complaints", "import"}) << windows874).out.contains(QStringLiteral("Windows-874")));
    CHECK(other.list().size() == 4);

    const QString xlsx = cli.write(QStringLiteral("book.xlsx"), QByteArray("PK\x03\x04 not really"));
    const Result wrong = cli.run(args({"complaints", "import"}) << xlsx);
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("CSV UTF-8")));
}

TEST_CASE("add, show and walk a case through its steps", "[cli]")
{
    Cli cli;
    cli.init();
    const QByteArray one = R"({"received_at": "2026-01-26 09.30 น.", "channel": "post", "category": "corruption",
        "complainant_name": "นางสาวสมศรี ใจงาม", "complainant_age": 41, "subject": "เรียกรับเงินค่าใบอนุญาต",
        "details": "เจ้าหน้าที่เรียกเงิน 500 บาท", "accused_name": "นายเอ", "accused_unit": "กองช่าง",
        "evidence": [{"description": "ภาพถ่าย", "sets": 2}]})";
    CHECK(cli.ok(args({"complaints", "add", "--json", "-"}), one).out.trimmed() == QStringLiteral("1/2569"));
    const QByteArray many = R"([{"received_at": "2026-01-27", "channel": "website", "category": "service",
        "anonymous": true, "subject": "ถนนชำรุด"}, {"received_at": "2026-01-28", "channel": "facebook",
        "category": "misconduct", "complainant_name": "นายบี", "subject": "มาสาย"}])";
    CHECK(cli.ok(args({"complaints", "add", "--json", "-"}), many).out.split(u'\n', Qt::SkipEmptyParts)
          == QStringList{QStringLiteral("2/2569"), QStringLiteral("3/2569")});

    // Bad JSON adds nothing.
    const Result bad = cli.run(args({"complaints", "add", "--json", "-"}),
                               R"([{"received_at": "2026-01-29", "channel": "post", "category": "service",
                                    "complainant_name": "x", "subject": "ok"},
                                   {"received_at": "2026-01-29", "channel": "carrier pigeon", "category": "service",
                                    "complainant_name": "y", "subject": "bad"}])");
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("complaint 2, field channel")));
    CHECK(cli.list().size() == 3);
    CHECK(cli.run(args({"complaints", "add", "--json", "-"}), "{not json").err.contains(QStringLiteral("not valid JSON")));

    // The complainant stays hidden until a reason is given, even for the integrity officer.
    CHECK_FALSE(cli.ok(args({"complaints", "show", "1/2569"})).out.contains(QStringLiteral("นางสาวสมศรี ใจงาม")));
    const Result shown = cli.ok(args({"complaints", "show", "1/2569", "--reveal", "ตรวจสอบที่อยู่"}));
    CHECK(shown.out.contains(QStringLiteral("นางสาวสมศรี ใจงาม")));
    CHECK(shown.out.contains(QStringLiteral("ภาพถ่าย จำนวน 2 ชุด")));
    CHECK(shown.out.contains(QStringLiteral("Next steps allowed: registered")));

    // closed before concluded: refused, nothing changes.
    const Result early = cli.run(args({"complaints", "step", "1/2569", "closed"}));
    CHECK(early.code == 1);
    CHECK(early.err.contains(QStringLiteral("nothing was changed")));

    cli.ok(args({"complaints", "step", "1/2569", "registered", "--at", "26/1/2569 10.00 น.", "--by", "นางสาวสมใจ", "--note", "เสนอปลัด"}));
    cli.ok(args({"complaints", "step", "1/2569", "not_accepted", "--reason", "other_agency_jurisdiction", "--at", "2026-01-27 10:00"}));
    const Result assign = cli.run(args({"complaints", "step", "1/2569", "assigned", "--at", "2026-01-28 10:00"}));
    CHECK(assign.code == 1);
    CHECK(assign.err.contains(QStringLiteral("only an accepted case can be assigned")));
    const Result noReason = cli.run(args({"complaints", "step", "2/2569", "registered"}));
    CHECK(noReason.code == 0);
    CHECK(cli.run(args({"complaints", "step", "2/2569", "not_accepted"})).err.contains(QStringLiteral("reason")));

    const QJsonObject json = QJsonDocument::fromJson(cli.ok(args({"complaints", "show", "1/2569", "--format", "json"})).out.toUtf8()).object();
    CHECK(json[QStringLiteral("status")].toString() == QStringLiteral("not_accepted"));
    CHECK(json[QStringLiteral("not_accepted_reason")].toString() == QStringLiteral("other_agency_jurisdiction"));
    const QJsonArray history = json[QStringLiteral("history")].toArray();
    REQUIRE(history.size() == 3);
    CHECK(history[1].toObject()[QStringLiteral("by")].toString() == QStringLiteral("นางสาวสมใจ"));
    CHECK(history[1].toObject()[QStringLiteral("note")].toString() == QStringLiteral("เสนอปลัด"));

    // Anonymous cases never show a complainant.
    const QJsonObject anon = QJsonDocument::fromJson(cli.ok(args({"complaints", "show", "2/2569", "--format", "json"})).out.toUtf8()).object();
    CHECK_FALSE(anon.contains(QStringLiteral("complainant_name")));

    CHECK(cli.run(args({"complaints", "show", "99/2569"})).err.contains(QStringLiteral("no complaint")));
    CHECK(cli.run(args({"complaints", "show", "nonsense"})).code == 2);
}

TEST_CASE("holidays list, add and remove", "[cli]")
{
    Cli cli;
    cli.init();
    const Result list = cli.ok(args({"holidays", "list", "--year", "2569", "--format", "json"}));
    const QJsonArray days = QJsonDocument::fromJson(list.out.toUtf8()).array();
    CHECK(days.size() >= 19);
    CHECK(days[0].toObject()[QStringLiteral("date")].toString() == QStringLiteral("2026-01-01"));
    cli.ok(args({"holidays", "add", "15/5/2569", "วันพืชมงคล", "--kind", "public"}));
    CHECK(cli.run(args({"holidays", "add", "15/5/2569", "ซ้ำ"})).code == 1);
    CHECK(cli.ok(args({"holidays", "list", "--year", "2026"})).out.contains(QStringLiteral("วันพืชมงคล")));
    cli.ok(args({"holidays", "remove", "2026-05-15"}));
    CHECK(cli.run(args({"holidays", "remove", "2026-05-15"})).code == 1);
    CHECK(cli.run(args({"holidays", "add", "31/2/2569", "x"})).err.contains(QStringLiteral("28")));
}

TEST_CASE("holidays of 2570 come computed - an administrator confirms them", "[cli][holidays]")
{
    Cli cli;
    cli.init();
    auto days = [&](const char* year) {
        QMap<QString, QJsonObject> out;
        const Result r = cli.ok(args({"holidays", "list", "--year", year, "--format", "json"}));
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            out.insert(v.toObject()[QStringLiteral("date")].toString(), v.toObject());
        return out;
    };
    auto y2570 = days("2570");
    for (const char* date : {"2027-02-21", "2027-02-22", "2027-05-20", "2027-07-18", "2027-07-19", "2027-07-20"}) {
        INFO(date);
        REQUIRE(y2570.contains(QString::fromLatin1(date)));
        CHECK(y2570[QString::fromLatin1(date)][QStringLiteral("computed")].toBool());
    }
    CHECK(y2570[QStringLiteral("2027-02-21")][QStringLiteral("name")].toString() == QStringLiteral("วันมาฆบูชา"));
    CHECK_FALSE(y2570[QStringLiteral("2027-01-01")][QStringLiteral("computed")].toBool());
    CHECK_FALSE(days("2566")[QStringLiteral("2023-10-13")][QStringLiteral("computed")].toBool());
    const Result table = cli.ok(args({"holidays", "list", "--year", "2570"}));
    CHECK(table.out.contains(QStringLiteral("awaiting the Cabinet")));
    CHECK(table.out.contains(QStringLiteral("holidays confirm")));

    // The clock counts a computed day: received Friday 19 February 2570, registered by Tuesday the 23rd.
    cli.today = QStringLiteral("2027-02-19");
    cli.ok(args({"complaints", "add", "--json", "-"}),
           R"({"received_at": "2027-02-19 09.00 น.", "channel": "post", "category": "corruption",
               "complainant_name": "นายสมชาย ใจดี", "subject": "เรียกรับเงินค่าใบอนุญาต"})");
    const Result shown = cli.ok(args({"complaints", "show", "1/2570"}));
    CHECK(shown.out.contains(QStringLiteral("23 กุมภาพันธ์ 2570")));
    CHECK(shown.out.contains(QStringLiteral("has not announced")));

    cli.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"), QString());
    CHECK(cli.as(QStringLiteral("clerk1")).run(args({"holidays", "confirm", "2027-02-21"})).code == 1);
    cli.ok(args({"holidays", "confirm", "21/2/2570"}));
    CHECK_FALSE(days("2027")[QStringLiteral("2027-02-21")][QStringLiteral("computed")].toBool());
    CHECK(cli.run(args({"holidays", "confirm", "2027-02-21"})).err.contains(QStringLiteral("not a computed day")));
    CHECK(cli.run(args({"holidays", "confirm"})).code == 2);
    CHECK(cli.ok(args({"holidays", "confirm", "--year", "2570"})).out.contains(QStringLiteral("2570")));
    for (const QJsonObject& o : days("2570"))
        CHECK_FALSE(o[QStringLiteral("computed")].toBool());
    CHECK_FALSE(cli.ok(args({"complaints", "show", "1/2570"})).out.contains(QStringLiteral("has not announced")));

    // A typed day replaces a computed one.
    cli.ok(args({"holidays", "add", "2028-01-03", "ชดเชยวันขึ้นปีใหม่ (มติ ครม.)", "--kind", "substitution"}));
    CHECK(days("2571").value(QStringLiteral("2028-01-03"))[QStringLiteral("name")].toString()
          == QStringLiteral("ชดเชยวันขึ้นปีใหม่ (มติ ครม.)"));
}

TEST_CASE("Clear errors: missing database, newer database, unknown command or option", "[cli][sqlite]")
{
    Cli cli;
    const Result missing = cli.run(args({"complaints", "list"}));
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("init")));
    CHECK_FALSE(QFile::exists(cli.db));
    cli.init();
    CHECK(cli.run(args({"frobnicate"})).code == 2);
    CHECK(cli.run(args({"complaints", "list", "--colour"})).err.contains(QStringLiteral("unknown option")));
    CHECK(cli.run(args({"complaints", "list", "--fiscal-year", "68"})).code == 2);
    CHECK(cli.ok(args({"--help"})).out.contains(QStringLiteral("complaints import")));
    {
        sujarit::storage::Database db;
        REQUIRE(db.open(cli.db));
        REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = 77")));
    }
    const Result newer = cli.run(args({"complaints", "list"}));
    CHECK(newer.code == 1);
    CHECK(newer.err.contains(QStringLiteral("newer version")));
}

TEST_CASE("Two processes saving at the same time never get the same receipt number", "[cli][concurrency]")
{
    Cli cli;
    cli.init();
    constexpr int PerProcess = 40;
    auto batch = [](int process) {
        QJsonArray array;
        for (int i = 0; i < PerProcess; ++i)
            array.append(QJsonObject{{QStringLiteral("received_at"), QStringLiteral("2026-01-20 10:00")},
                                     {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                     {QStringLiteral("category"), QStringLiteral("service")},
                                     {QStringLiteral("complainant_name"), QStringLiteral("ผู้ร้อง %1-%2").arg(process).arg(i)},
                                     {QStringLiteral("subject"), QStringLiteral("เรื่อง %1").arg(i)}});
        return QJsonDocument(array).toJson();
    };
    // Each process adds complaints one at a time, so their transactions interleave.
    QList<QProcess*> running;
    for (int p = 0; p < 2; ++p) {
        QStringList script;
        for (int i = 0; i < 10; ++i) {
            const QString file = cli.write(QStringLiteral("p%1-%2.json").arg(p).arg(i), batch(p * 100 + i));
            running << cli.start(args({"complaints", "add", "--json"}) << file);
        }
    }
    QSet<QString> numbers;
    int total = 0;
    for (QProcess* p : running) {
        REQUIRE(p->waitForFinished(120000));
        INFO(QString::fromUtf8(p->readAllStandardError()).toStdString());
        REQUIRE(p->exitCode() == 0);
        for (const QString& n : QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
            CHECK_FALSE(numbers.contains(n));
            numbers.insert(n);
            ++total;
        }
        delete p;
    }
    CHECK(total == 20 * PerProcess);
    for (int i = 1; i <= total; ++i)
        CHECK(numbers.contains(QStringLiteral("%1/2569").arg(i)));
}

TEST_CASE("print documents to PDF, verify a receipt's code, and refuse what cannot be printed", "[cli][print]")
{
    Cli cli;
    cli.today = QStringLiteral("2025-03-01");
    cli.init();
    const QString file = cli.write(QStringLiteral("register.csv"), Register);
    cli.ok(args({"complaints", "import"}) << file);

    // A missing profile field is a clear error and leaves no file.
    const QString early = cli.dir.filePath(QStringLiteral("early.pdf"));
    const Result noProfile = cli.run(args({"print", "letter", "1/2568", "--kind", "acknowledgement", "--out"}) << early);
    CHECK(noProfile.code == 1);
    CHECK(noProfile.err.contains(QStringLiteral("office profile lacks")));
    CHECK_FALSE(QFile::exists(early));

    const QByteArray profile = R"({"name": "องค์การบริหารส่วนตำบลโคกแย้", "district": "หนองแค", "province": "สระบุรี",
        "address": "เลขที่ 40 หมู่ 6 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230", "phone": "036-374047",
        "executive_name": "นายสมชาย ใจดี", "executive_title": "นายกองค์การบริหารส่วนตำบลโคกแย้",
        "letter_prefix": "สบ 71201", "responsible_unit": "สำนักปลัด งานกฎหมายและคดี", "unit_phone": "036-374047 ต่อ 17"})";
    cli.ok(args({"office", "set", "--json", "-"}), profile);
    CHECK(cli.ok(args({"office", "show"})).out.contains(QStringLiteral("นายสมชาย ใจดี")));
    CHECK(cli.run(args({"office", "set", "colour", "red"})).err.contains(QStringLiteral("not a field")));

    const QString dir = cli.dir.path();
    for (const QStringList& command :
         {args({"print", "complaint-form", "1/2568", "--out"}) << dir + QStringLiteral("/form.pdf"),
          args({"print", "complaint-form", "--blank", "--out"}) << dir + QStringLiteral("/blank.pdf"),
          args({"print", "receipt", "1/2568", "--out"}) << dir + QStringLiteral("/receipt.pdf"),
          args({"print", "register", "--fiscal-year", "2568", "--out"}) << dir + QStringLiteral("/register.pdf"),
          args({"print", "register", "--fiscal-year", "2568", "--circulation", "--out"}) << dir + QStringLiteral("/circulation.pdf"),
          args({"print", "register", "--fiscal-year", "2568", "--from", "1/11/2567", "--to", "31/12/2567", "--out"})
              << dir + QStringLiteral("/range.pdf"),
          args({"print", "letter", "1/2568", "--kind", "acknowledgement", "--out"}) << dir + QStringLiteral("/ack.pdf"),
          args({"print", "quarterly", "--fiscal-year", "2568", "--quarter", "1", "--out"}) << dir + QStringLiteral("/q1.pdf"),
          args({"print", "monthly-report", "--month", "2567-10", "--out"}) << dir + QStringLiteral("/october.pdf"),
          args({"print", "monthly-report", "--month", "2024-11", "--out"}) << dir + QStringLiteral("/november.pdf")}) {
        const Result r = cli.ok(command);
        CHECK(r.out.contains(QStringLiteral("Wrote")));
        CHECK(QFile(command.last()).size() > 1000);
    }
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), dir + QStringLiteral("/circulation.pdf"), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString circulation = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(circulation.contains(QStringLiteral("ไม่เปิดเผยชื่อ")));
    for (const char* name : {"จันทร์เพ็ญ", "อรุณี", "ธนากร"})
        CHECK_FALSE(circulation.contains(QString::fromUtf8(name)));
    // The monthly report: October 2567 (Buddhist era) and November 2024 are the months their cases came in.
    for (const char* month : {"/october.pdf", "/november.pdf"}) {
        const QString monthly = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), dir + QLatin1String(month), QStringLiteral("-")});
        CHECK(monthly.contains(QStringLiteral("ประจำเดือน")));
        for (const char* name : {"จันทร์เพ็ญ", "อรุณี", "ธนากร"})
            CHECK_FALSE(monthly.contains(QString::fromUtf8(name)));
    }
    CHECK(runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), dir + QStringLiteral("/october.pdf"), QStringLiteral("-")})
              .contains(QStringLiteral("ประจำเดือนตุลาคม 2567")));
    CHECK(cli.run(args({"print", "monthly-report", "--month", "2569-13", "--out"}) << dir + QStringLiteral("/x.pdf")).err.contains(QStringLiteral("not a month")));
    CHECK(cli.run(args({"print", "monthly-report", "--month", "January", "--out"}) << dir + QStringLiteral("/x.pdf")).code == 2);

    // The receipt's check code verifies; a made-up one does not.
    const QJsonObject shown = QJsonDocument::fromJson(cli.ok(args({"complaints", "show", "1/2568", "--format", "json"})).out.toUtf8()).object();
    const QString code = shown[QStringLiteral("receipt_code")].toString();
    REQUIRE(code.size() == 11);
    CHECK(cli.ok(args({"verify-receipt"}) << code.toLower()).out.contains(QStringLiteral("Genuine receipt 1/2568")));
    const Result forged = cli.run(args({"verify-receipt", "ABCDE-FGHJK"}));
    CHECK(forged.code == 1);
    CHECK(forged.err.contains(QStringLiteral("not genuine")));

    // Unknown receipt, unwritable path, anonymous letter: clear errors, no file.
    CHECK(cli.run(args({"print", "receipt", "99/2568", "--out"}) << dir + QStringLiteral("/x.pdf")).err.contains(QStringLiteral("no complaint")));
    const Result unwritable = cli.run(args({"print", "receipt", "1/2568", "--out", "/nonexistent/folder/x.pdf"}));
    CHECK(unwritable.code == 1);
    CHECK(unwritable.err.contains(QStringLiteral("cannot write")));
    const Result anonymous = cli.run(args({"print", "letter", "2/2567", "--kind", "result", "--out"}) << dir + QStringLiteral("/anon.pdf"));
    CHECK(anonymous.err.contains(QStringLiteral("anonymous")));
    CHECK_FALSE(QFile::exists(dir + QStringLiteral("/anon.pdf")));
    CHECK_FALSE(QFile::exists(dir + QStringLiteral("/x.pdf")));
}

TEST_CASE("stats in every format and the ITA pack, run as a process", "[cli][stats]")
{
    Cli cli;
    cli.init();
    cli.ok(args({"complaints", "import"}) << cli.write(QStringLiteral("register.csv"), Register));

    // Four complaints: three in FY 2568 (Oct, Oct, Nov 2567 BE) and one in January 2568 BE, still FY 2568.
    const QJsonObject json = QJsonDocument::fromJson(cli.ok(args({"stats", "--fiscal-year", "2568", "--format", "json"})).out.toUtf8()).object();
    CHECK(json[QStringLiteral("fiscal_year")].toInt() == 2568);
    CHECK(json[QStringLiteral("total")].toInt() == 4);
    CHECK(json[QStringLiteral("in_progress")].toInt() == 4);
    CHECK(json[QStringLiteral("anonymous")].toInt() == 1);
    CHECK(json[QStringLiteral("by_month")].toObject()[QStringLiteral("10")].toInt() == 2);
    CHECK(json[QStringLiteral("by_month")].toObject()[QStringLiteral("1")].toInt() == 1);
    CHECK(json[QStringLiteral("by_month")].toObject()[QStringLiteral("9")].toInt(-1) == 0);
    CHECK(json[QStringLiteral("by_category")].toObject()[QStringLiteral("corruption")].toInt() == 1);
    const QJsonObject half
        = QJsonDocument::fromJson(cli.ok(args({"stats", "--fiscal-year", "2568", "--half", "first", "--format", "json"})).out.toUtf8()).object();
    CHECK(half[QStringLiteral("total")].toInt() == 4);
    CHECK(half[QStringLiteral("by_month")].toObject().keys().size() == 6);

    const QString csv = cli.ok(args({"stats", "--fiscal-year", "2568", "--format", "csv"})).out;
    CHECK(csv.contains(QStringLiteral("by_month,10,ต.ค. 67,2")));
    for (const char* name : {"จันทร์เพ็ญ", "อรุณี", "ธนากร", "0893984085"}) {
        CHECK_FALSE(csv.contains(QString::fromUtf8(name)));
    }

    const QString dir = cli.dir.path();
    // Paper carries the office's name: without it, a clear message and no file.
    const Result nameless = cli.run(args({"stats", "--fiscal-year", "2568", "--format", "pdf", "--out"}) << dir + QStringLiteral("/x.pdf"));
    CHECK(nameless.code == 1);
    CHECK(nameless.err.contains(QStringLiteral("office profile lacks its name")));
    CHECK_FALSE(QFile::exists(dir + QStringLiteral("/x.pdf")));
    cli.ok(args({"office", "set", "name", "องค์การบริหารส่วนตำบลโคกแย้"}));
    for (const char* format : {"xlsx", "pdf", "csv", "json"}) {
        const QString out = dir + QStringLiteral("/stats.") + QString::fromLatin1(format);
        CHECK(cli.ok(args({"stats", "--fiscal-year", "2568", "--format", format, "--out"}) << out).out.contains(QStringLiteral("Wrote")));
        CHECK(QFile(out).size() > 100);
    }
    const Result pack = cli.ok(args({"ita-pack", "--fiscal-year", "2568", "--out"}) << dir + QStringLiteral("/ita"));
    CHECK(pack.out.contains(QStringLiteral("Wrote the ITA pack of 2568")));
    CHECK(QDir(dir + QStringLiteral("/ita")).entryList(QDir::Files).contains(QStringLiteral("O19-complaint-statistics-2568.pdf")));

    // Usage mistakes are named and write nothing.
    const Result noOut = cli.run(args({"stats", "--fiscal-year", "2568", "--format", "xlsx"}));
    CHECK(noOut.code == 2);
    CHECK(noOut.err.contains(QStringLiteral("need --out")));
    CHECK(cli.run(args({"stats", "--fiscal-year", "2568", "--format", "docx"})).code == 2);
    CHECK(cli.run(args({"stats", "--fiscal-year", "abc"})).code == 2);
    const Result unwritable = cli.run(args({"stats", "--fiscal-year", "2568", "--format", "pdf", "--out", "/nonexistent/x.pdf"}));
    CHECK(unwritable.code == 1);
    CHECK(unwritable.err.contains(QStringLiteral("cannot write")));
}

TEST_CASE("staff and gifts: the gift register judged by the NACC rule, all or nothing", "[cli][gifts]")
{
    Cli cli;
    cli.init();
    const QByteArray staff = R"([{"name": "นายสมชาย ใจดี", "position": "ปลัด อบต.", "division": "สำนักปลัด", "kind": "พนักงานส่วนตำบล"},
                                 {"name": "นางมาลี แสงทอง", "kind": "executive"}])";
    CHECK(cli.ok(args({"staff", "add", "--json", "-"}), staff).out.contains(QStringLiteral("2")));
    const Result twice = cli.run(args({"staff", "add", "--json", "-"}), R"({"name": "นายสมชาย  ใจดี", "kind": "official"})");
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(QStringLiteral("already on the staff list")));
    const Result badKind = cli.run(args({"staff", "add", "--json", "-"}), R"({"name": "นายใหม่", "kind": "boss"})");
    CHECK(badKind.err.contains(QStringLiteral("kind “boss”")));
    const QJsonArray members = QJsonDocument::fromJson(cli.ok(args({"staff", "list", "--format", "json"})).out.toUtf8()).array();
    REQUIRE(members.size() == 2);
    CHECK(members[1].toObject()[QStringLiteral("kind")].toString() == QStringLiteral("official"));

    // One bad entry (the receiver is not on the staff list) and none of the three goes in.
    const QByteArray withBad = R"([
        {"receiver": "นายสมชาย ใจดี", "date": "2/1/2569", "giver": "บริษัท ก จำกัด", "relation": "none", "occasion": "ปีใหม่", "value": 3000},
        {"receiver": "นายสมชาย ใจดี", "date": "2/1/2569", "giver": "บริษัท ข จำกัด", "relation": "none", "occasion": "ปีใหม่", "value": "3,000.01"},
        {"receiver": "นายคนนอก", "date": "2/1/2569", "giver": "บริษัท ค จำกัด", "value": 100}])";
    const Result rejected = cli.run(args({"gifts", "add", "--json", "-"}), withBad);
    CHECK(rejected.code == 1);
    CHECK(rejected.err.contains(QStringLiteral("gift 3: receiver: นายคนนอก is not on the staff list")));
    CHECK(cli.ok(args({"gifts", "list", "--fiscal-year", "2569", "--format", "json"})).out.trimmed() == QStringLiteral("[\n]"));

    const QByteArray good = QByteArray(withBad).replace("นายคนนอก", "นางมาลี แสงทอง");
    cli.ok(args({"gifts", "add", "--json", "-"}), good);
    cli.ok(args({"gifts", "add", "--json", "-"}),
           R"({"receiver": "นางมาลี แสงทอง", "date": "15 ม.ค. 2569", "giver": "นางสมศรี", "relation": "spouse_ascendant", "occasion": "วันเกิด", "value": 20000})");
    const QJsonArray list = QJsonDocument::fromJson(cli.ok(args({"gifts", "list", "--fiscal-year", "2569", "--format", "json"})).out.toUtf8()).array();
    REQUIRE(list.size() == 4);
    const auto find = [&](const char* giver) {
        for (const QJsonValue& v : list)
            if (v.toObject()[QStringLiteral("giver")].toString() == QString::fromUtf8(giver))
                return v.toObject();
        return QJsonObject();
    };
    CHECK(find("บริษัท ก จำกัด")[QStringLiteral("verdict")].toString() == QStringLiteral("may_keep")); // exactly 3,000
    CHECK(find("บริษัท ก จำกัด")[QStringLiteral("report_due")].isNull());
    const QJsonObject over = find("บริษัท ข จำกัด");
    CHECK(over[QStringLiteral("verdict")].toString() == QStringLiteral("must_report"));
    CHECK(over[QStringLiteral("value")].toDouble() == 3000.01);
    CHECK(over[QStringLiteral("report_due")].toString() == QStringLiteral("2026-02-01"));
    CHECK(over[QStringLiteral("rule")].toString() == QStringLiteral("over_threshold"));
    CHECK(find("นางสมศรี")[QStringLiteral("verdict")].toString() == QStringLiteral("may_keep"));
    CHECK(find("นางสมศรี")[QStringLiteral("rule")].toString() == QStringLiteral("relative"));

    for (const char* bad : {R"({"receiver": "นางมาลี แสงทอง", "date": "31/2/2569", "giver": "x", "value": 1})",
                            R"({"receiver": "นางมาลี แสงทอง", "date": "1/2/2569", "giver": "x", "value": -1})",
                            R"({"receiver": "นางมาลี แสงทอง", "date": "1/2/2569", "giver": "x", "value": 1, "relation": "cousin"})",
                            R"({"receiver": "นางมาลี แสงทอง", "date": "1/2/2569", "giver": "x", "value": "12.345"})"}) {
        const Result r = cli.run(args({"gifts", "add", "--json", "-"}), QByteArray(bad));
        INFO(bad);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("nothing was added")));
    }
    CHECK(QJsonDocument::fromJson(cli.ok(args({"gifts", "list", "--fiscal-year", "2569", "--format", "json"})).out.toUtf8()).array().size() == 4);
}
