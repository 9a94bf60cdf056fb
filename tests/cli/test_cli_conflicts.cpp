// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the staff list, declarations, the gift register and their papers, and the recusal check, through
// sujarit-cli run as a process.
#include "CliRunner.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString pdfText(const QString& pdf)
{
    return runProgram(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") });
}
} // namespace

TEST_CASE("staff import, declarations with reviews, the missing list and their papers", "[cli][declarations]")
{
    Cli cli;
    cli.today = QStringLiteral("2026-11-20");
    cli.init();
    cli.ok(args({ "office", "set", "name", "องค์การบริหารส่วนตำบลโคกแย้" }));
    const QString staff = cli.write(QStringLiteral("staff.csv"),
                                    "ชื่อ,ตำแหน่ง,สังกัด,ประเภท\n"
                                    "นายสมชาย ใจดี,นักวิชาการพัสดุ,กองคลัง,พนักงานส่วนตำบล\n"
                                    "นางสาวมาลี สุขใจ,นิติกร,สำนักปลัด,official\n"
                                    "นายวิชัย กล้าหาญ,ปลัด อบต.,สำนักปลัด,official\n");
    CHECK(cli.ok(args({ "staff", "import" }) << staff).out.contains(QStringLiteral("Added 3")));

    const QByteArray declarations = R"([
      {"kind": "annual", "declarant": "นายสมชาย ใจดี", "date": "1/11/2569", "no_interest": true},
      {"kind": "procurement", "declarant": "นางสาวมาลี สุขใจ", "date": "2026-11-10", "procurement": "จ้างก่อสร้างถนนคอนกรีต หมู่ 3",
       "procurement_number": "12/2570", "bidders": [{"name": "หจก. รุ่งเรืองก่อสร้าง", "relation": "none"},
                                                    {"name": "บริษัท สมบูรณ์ จำกัด", "relation": "sibling"}]},
      {"kind": "situational", "declarant": "นายวิชัย กล้าหาญ", "date": "2026-11-12", "form": "contract_interest",
       "details": "น้องชายเป็นหุ้นส่วนผู้จัดการของผู้รับจ้าง", "parties": [{"name": "นายสมศักดิ์ กล้าหาญ", "relation": "sibling"}]},
      {"kind": "annual", "declarant": "นายคนนอก", "date": "2026-11-12", "no_interest": true}])";
    const Result bad = cli.run(args({ "declarations", "add", "--json", "-" }), declarations);
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("declaration 4: declarant: นายคนนอก is not on the staff list")));
    CHECK(bad.err.contains(QStringLiteral("nothing was added")));
    CHECK(cli.ok(args({ "declarations", "list", "--format", "json" })).out.trimmed() == QStringLiteral("[\n]"));

    const QByteArray good = QByteArray(declarations)
                                .replace(R"(,
      {"kind": "annual", "declarant": "นายคนนอก", "date": "2026-11-12", "no_interest": true}])",
                                         "]");
    CHECK(cli.ok(args({ "declarations", "add", "--json", "-" }), good)
              .out.contains(QStringLiteral("Added 3 declaration(s): 1, 2, 3")));
    const QJsonArray list
        = QJsonDocument::fromJson(
              cli.ok(args({ "declarations", "list", "--fiscal-year", "2570", "--format", "json" })).out.toUtf8())
              .array();
    REQUIRE(list.size() == 3);
    CHECK(list[0].toObject()[QStringLiteral("no_interest")].toBool());
    CHECK(list[1].toObject()[QStringLiteral("has_tie")].toBool());
    CHECK(list[1].toObject()[QStringLiteral("procurement_number")].toString() == QStringLiteral("12/2570"));
    CHECK(list[2].toObject()[QStringLiteral("review")].isNull());

    const Result noReason
        = cli.run(args({ "declarations", "review", "3", "--decision", "recuse", "--by", "นายก อบต." }));
    CHECK(noReason.code == 1);
    CHECK(noReason.err.contains(QStringLiteral("reason: say why")));
    cli.ok(args({ "declarations", "review", "3", "--decision", "recuse", "--by", "นายก อบต.", "--date", "2026-11-15",
                  "--reason", "ให้งดเว้นการพิจารณาสัญญานี้" }));
    const QJsonObject reviewed
        = QJsonDocument::fromJson(cli.ok(args({ "declarations", "list", "--format", "json" })).out.toUtf8())
              .array()[2]
              .toObject()[QStringLiteral("review")]
              .toObject();
    CHECK(reviewed[QStringLiteral("decision")].toString() == QStringLiteral("recuse"));
    CHECK(reviewed[QStringLiteral("date")].toString() == QStringLiteral("2026-11-15"));

    const QJsonArray missing
        = QJsonDocument::fromJson(
              cli.ok(args({ "declarations", "list", "--missing", "--fiscal-year", "2570", "--format", "json" }))
                  .out.toUtf8())
              .array();
    REQUIRE(missing.size() == 2);
    CHECK(missing[0].toObject()[QStringLiteral("name")].toString() == QStringLiteral("นางสาวมาลี สุขใจ"));

    const QString dir = cli.dir.path();
    cli.ok(args({ "print", "missing-declarations", "--fiscal-year", "2570", "--due", "15/12/2569", "--out" })
           << dir + QStringLiteral("/missing.pdf"));
    const QString missingText = pdfText(dir + QStringLiteral("/missing.pdf"));
    CHECK(missingText.contains(QStringLiteral("นางสาวมาลี สุขใจ")));
    CHECK(missingText.contains(QStringLiteral("ภายในวันที่ 15 ธันวาคม 2569")));
    CHECK_FALSE(missingText.contains(QStringLiteral("นายสมชาย")));

    cli.ok(args({ "print", "declaration", "3", "--out" }) << dir + QStringLiteral("/declaration.pdf"));
    const QString form = pdfText(dir + QStringLiteral("/declaration.pdf"));
    for (const char* words : { "แบบแสดงการขัดกันระหว่างประโยชน์ส่วนบุคคลและ", "นายวิชัย กล้าหาญ", "นายสมศักดิ์ กล้าหาญ",
                               "พี่น้องร่วมบิดามารดา", "ความเห็นของผู้บังคับบัญชา", "ให้งดเว้นการพิจารณาสัญญานี้", "15 พฤศจิกายน 2569" })
        CHECK(form.contains(QString::fromUtf8(words)));
    // Fonts embedded, with a ToUnicode map.
    CHECK(runProgram(QStringLiteral("pdffonts"), { dir + QStringLiteral("/declaration.pdf") })
              .contains(QRegularExpression(QStringLiteral("Laksaman\\s.*\\syes\\s+(yes|no)\\s+yes\\s"))));
    const Result unknown
        = cli.run(args({ "print", "declaration", "99", "--out" }) << dir + QStringLiteral("/none.pdf"));
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("there is no declaration 99")));

    for (const char* format : { "csv", "xlsx", "pdf" })
        cli.ok(args({ "declarations", "list", "--fiscal-year", "2570", "--format", format, "--out" })
               << dir + QStringLiteral("/declarations.") + QString::fromLatin1(format));
    const QString cells = readXlsx(dir + QStringLiteral("/declarations.xlsx"),
                                   QStringLiteral("'\\n'.join('|'.join(str(c.value) for c in r) for r in ws.iter_rows())"));
    CHECK(
        cells.contains(QStringLiteral("2|10 พ.ย. 69|นางสาวมาลี สุขใจ นิติกร|จัดซื้อจัดจ้าง จ้างก่อสร้างถนนคอนกรีต หมู่ 3 (12/2570)")));
}

TEST_CASE("gifts decided by the head, the gift register and the No Gift report on paper and in Excel", "[cli][gifts]")
{
    Cli cli;
    cli.today = QStringLiteral("2026-11-20");
    cli.init();
    cli.ok(args({ "staff", "add", "--json", "-" }),
           R"([{"name": "นายสมชาย ใจดี", "position": "นักวิชาการพัสดุ", "division": "กองคลัง", "kind": "official"},
               {"name": "นายเก่า ลาออก", "kind": "official", "left_on": "2024-03-01"}])");
    const QString dir = cli.dir.path();
    // An empty year: the report says "ไม่มี" (once the office has a name).
    const Result nameless = cli.run(args({ "print", "no-gift-report", "--fiscal-year", "2570", "--out" })
                                    << dir + QStringLiteral("/x.pdf"));
    CHECK(nameless.code == 1);
    CHECK(nameless.err.contains(QStringLiteral("office profile lacks its name")));
    cli.ok(args({ "office", "set", "name", "องค์การบริหารส่วนตำบลโคกแย้" }));
    cli.ok(args({ "print", "no-gift-report", "--fiscal-year", "2570", "--out" }) << dir + QStringLiteral("/empty.pdf"));
    const QString empty = pdfText(dir + QStringLiteral("/empty.pdf"));
    CHECK(empty.contains(QStringLiteral("รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา")));
    CHECK(empty.contains(QStringLiteral("ไม่มี")));

    const QByteArray gifts = R"([
      {"receiver": "นายสมชาย ใจดี", "date": "2026-11-02", "giver": "หจก. รุ่งเรือง", "occasion": "ปีใหม่", "description": "กระเช้า", "value": 2000},
      {"receiver": "นายสมชาย ใจดี", "date": "2026-11-03", "giver": "หจก. รุ่งเรือง", "occasion": "ปีใหม่", "description": "ไวน์", "value": 2000},
      {"receiver": "นายสมชาย ใจดี", "date": "2026-11-06", "giver": "บริษัท สมบูรณ์ จำกัด", "occasion": "เปิดสำนักงาน", "description": "บัตรกำนัล", "value": 5000, "accepted": false},
      {"receiver": "นายเก่า ลาออก", "date": "2026-11-06", "giver": "บริษัท สมบูรณ์ จำกัด", "occasion": "เปิดสำนักงาน", "description": "บัตรกำนัล", "value": 5000}])";
    const Result late = cli.run(args({ "gifts", "add", "--json", "-" }), gifts);
    CHECK(late.code == 1);
    CHECK(late.err.contains(QStringLiteral(
        "gift 4: receiver: นายเก่า ลาออก left office on 1 มีนาคม 2567, more than two years before the gift")));
    cli.ok(args({ "gifts", "add", "--json", "-" }), QByteArray(gifts).replace("นายเก่า ลาออก", "นายสมชาย ใจดี"));
    QJsonArray list = QJsonDocument::fromJson(
                          cli.ok(args({ "gifts", "list", "--fiscal-year", "2570", "--format", "json" })).out.toUtf8())
                          .array();
    REQUIRE(list.size() == 4);
    CHECK(list[0].toObject()[QStringLiteral("verdict")].toString() == QStringLiteral("must_report"));
    CHECK(list[1].toObject()[QStringLiteral("report_due")].toString() == QStringLiteral("2026-12-03"));
    CHECK(list[2].toObject()[QStringLiteral("verdict")].toString() == QStringLiteral("refused"));
    CHECK(list[2].toObject()[QStringLiteral("report_due")].isNull());
    CHECK(list[3].toObject()[QStringLiteral("value_words")].toString() == QStringLiteral("ห้าพันบาทถ้วน"));

    const Result keepable = cli.run(args({ "gifts", "decide", "3", "--decision", "keep", "--by", "นายก อบต." }));
    CHECK(keepable.code == 1);
    CHECK(keepable.err.contains(QStringLiteral("only on gifts that must be reported")));
    cli.ok(args({ "gifts", "decide", "2", "--decision", "hand_over", "--by", "นายก อบต.", "--date", "2026-11-15" }));
    list = QJsonDocument::fromJson(
               cli.ok(args({ "gifts", "list", "--fiscal-year", "2570", "--format", "json" })).out.toUtf8())
               .array();
    CHECK(list[1].toObject()[QStringLiteral("decision")].toString() == QStringLiteral("hand_over"));
    CHECK(list[1].toObject()[QStringLiteral("decision_rule_version")].toString().contains(QStringLiteral("2563")));

    cli.ok(args({ "print", "gift-register", "--fiscal-year", "2570", "--out" })
           << dir + QStringLiteral("/register.pdf"));
    // -raw keeps each cell's lines together: join them to read a wrapped cell.
    const QString reg = pdfText(dir + QStringLiteral("/register.pdf")).remove(u'\n');
    CHECK(reg.contains(QStringLiteral("ทะเบียนการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา")));
    CHECK(reg.contains(QStringLiteral("ให้ส่งมอบเป็นสิทธิของหน่วยงาน")));
    CHECK(reg.contains(QStringLiteral("9,000.00 บาท (เก้าพันบาทถ้วน)")));
    cli.ok(args({ "print", "no-gift-report", "--fiscal-year", "2570", "--out" })
           << dir + QStringLiteral("/report.pdf"));
    const QString report = pdfText(dir + QStringLiteral("/report.pdf"));
    CHECK(report.contains(QStringLiteral("ปฏิเสธการรับ")));
    CHECK(report.contains(QStringLiteral("หัวหน้าหน่วยงาน")));

    cli.ok(args({ "gifts", "list", "--fiscal-year", "2570", "--format", "xlsx", "--out" })
           << dir + QStringLiteral("/gifts.xlsx"));
    const QString values
        = readXlsx(dir + QStringLiteral("/gifts.xlsx"), QStringLiteral("[r[6].value for r in ws.iter_rows(min_row=5)]"));
    CHECK(values.trimmed() == QStringLiteral("[2000, 2000, 5000, 5000]")); // numbers, not text
    const QString csv = cli.ok(args({ "gifts", "list", "--fiscal-year", "2570", "--format", "csv" })).out;
    CHECK(csv.startsWith(QStringLiteral("ลำดับ,วันที่รับ,ผู้รับ")));
}

TEST_CASE("complaints step --officers refuses an officer flagged for recusal and saves nothing", "[cli][recusal]")
{
    Cli cli;
    cli.today = QStringLiteral("2026-11-20");
    cli.init();
    cli.ok(args({ "staff", "add", "--json", "-" }),
           R"([{"name": "นายวิชัย กล้าหาญ", "division": "สำนักปลัด", "kind": "official"},
               {"name": "นางสาวมาลี สุขใจ", "division": "สำนักปลัด", "kind": "official"}])");
    cli.ok(args({ "declarations", "add", "--json", "-" }),
           R"({"kind": "situational", "declarant": "นายวิชัย กล้าหาญ", "date": "2026-11-01", "form": "other",
               "parties": [{"name": "นายสุรชัย พึ่งบุญ", "relation": "sibling"}]})");
    cli.ok(
        args({ "complaints", "add", "--json", "-" }),
        R"({"received_at": "2026-11-02T09:00", "channel": "walk_in", "category": "misconduct", "complainant_name": "นางอรุณี สายสุด",
               "subject": "ละเว้นการปฏิบัติหน้าที่", "details": "ไม่เก็บขยะ", "accused_name": "นายสุรชัย พึ่งบุญ", "accused_unit": "กองช่าง"})");
    cli.ok(args({ "complaints", "step", "1/2569", "registered" }));
    cli.ok(args({ "complaints", "step", "1/2569", "accepted" }));
    const Result flagged = cli.run(args({ "complaints", "step", "1/2569", "assigned", "--to", "สำนักปลัด", "--officers",
                                          "นายวิชัย กล้าหาญ,นางสาวมาลี สุขใจ" }));
    CHECK(flagged.code == 1);
    CHECK(flagged.err.contains(QStringLiteral("flagged for recusal: นายวิชัย กล้าหาญ")));
    CHECK(flagged.err.contains(QStringLiteral("nothing was changed")));
    CHECK(cli.list()[0].toObject()[QStringLiteral("status")].toString() == QStringLiteral("accepted"));
    cli.ok(args({ "complaints", "step", "1/2569", "assigned", "--to", "สำนักปลัด", "--officers", "นางสาวมาลี สุขใจ" }));
    CHECK(cli.ok(args({ "complaints", "show", "1/2569" })).out.contains(QStringLiteral("นางสาวมาลี สุขใจ")));
}
