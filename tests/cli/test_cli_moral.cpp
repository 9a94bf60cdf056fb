// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the moral organisation's year through sujarit-cli (seed 004) — the self-assessment with what the
// registers already hold for each criterion, the target virtues, the good deeds, a division's best practice, and
// the selection of outstanding officials: weighted totals and ties worked out by hand, a member tied to a nominee in
// a declaration who may not score him, the refusals that write nothing, and every paper read back from its PDF.
#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString pdfText(const QString& pdf)
{
    return runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
}
/** Without spaces, and with Thai digits read as Arabic ones. */
QString squeezed(QString s)
{
    for (QChar& c : s)
        if (c.unicode() >= 0x0E50 && c.unicode() <= 0x0E59)
            c = QChar(u'0' + (c.unicode() - 0x0E50));
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}
bool printed(const QString& pdf, const QString& words) { return squeezed(pdfText(pdf)).contains(squeezed(words)); }

QJsonObject json(const Cli& cli, const QStringList& a) { return QJsonDocument::fromJson(cli.ok(a).out.toUtf8()).object(); }
QJsonArray jsonArray(const Cli& cli, const QStringList& a) { return QJsonDocument::fromJson(cli.ok(a).out.toUtf8()).array(); }

/** An office with its profile, six staff in three divisions and the executive. */
void office(Cli& cli)
{
    cli.today = QStringLiteral("2026-05-20");
    cli.init();
    for (const auto& [key, value] : std::initializer_list<std::pair<const char*, const char*>>{
             {"name", "องค์การบริหารส่วนตำบลโคกแย้"},
             {"province", "ขอนแก่น"},
             {"executive_name", "นายสมชาย ใจดี"},
             {"executive_title", "นายกองค์การบริหารส่วนตำบลโคกแย้"}})
        cli.ok(args({"office", "set", key, value}));
    cli.ok(args({"staff", "add", "--json", "-"}),
           R"([{"name": "นางสาวมาลี สุขใจ", "position": "ปลัดองค์การบริหารส่วนตำบล", "division": "สำนักปลัด", "kind": "official"},
               {"name": "นายวิชัย เพชรรัตน์", "position": "ผู้อำนวยการกองช่าง", "division": "กองช่าง", "kind": "official"},
               {"name": "นางอรุณ แสงดี", "position": "นิติกร", "division": "สำนักปลัด", "kind": "official"},
               {"name": "นายช่าง ใจดี", "position": "นายช่างโยธา", "division": "กองช่าง", "kind": "official"},
               {"name": "นางสุดา ใจงาม", "position": "นักวิชาการเงินและบัญชี", "division": "กองคลัง", "kind": "official"},
               {"name": "นายเก่ง กล้าหาญ", "position": "เจ้าพนักงานธุรการ", "division": "กองคลัง", "kind": "official"},
               {"name": "นายสมชาย ใจดี", "position": "นายกองค์การบริหารส่วนตำบล", "kind": "executive"}])");
}
} // namespace

TEST_CASE("moral organisation: the self-assessment, what Sujarit holds for each criterion, and its report",
          "[cli][moral]")
{
    Cli cli;
    office(cli);
    QJsonObject report = json(cli, args({"moral-org", "show", "--fiscal-year", "2569", "--format", "json"}));
    CHECK(report[QStringLiteral("kept")].toBool() == false);
    CHECK(report[QStringLiteral("criteria")].toArray().size() == 9);
    CHECK(report[QStringLiteral("due")].toString() == QStringLiteral("2026-06-30"));

    // Bad input names the field, and nothing is written.
    const auto refused = [&](const char* body, const char* words) {
        const Result r = cli.run(args({"moral-org", "set", "--fiscal-year", "2569", "--json", "-"}), body);
        CHECK(r.code != 0);
        CHECK(r.err.contains(QString::fromUtf8(words)));
    };
    refused(R"({"level": 2, "criteria": [{"number": 1, "status": "met"}, {"number": 10, "status": "met"}]})",
            "criterion 2: number: 10 is not a criterion (they are 1 to 9)");
    refused(R"({"level": 4})", "level: 4 is not 1 (องค์กรส่งเสริมคุณธรรม)");
    refused(R"({"criteria": [{"number": 2, "status": "maybe"}]})", "status: “maybe” is not one of met, partly, not");
    refused(R"({"criteria": [{"number": 2}, {"number": 2}]})", "criterion 2 is given twice");
    refused(R"({"grade": 2})", "grade: not a key Sujarit reads here");
    CHECK(json(cli, args({"moral-org", "show", "--fiscal-year", "2569", "--format", "json"}))[QStringLiteral("kept")].toBool() == false);

    cli.ok(args({"moral-org", "set", "--fiscal-year", "2569", "--json", "-"}),
           R"({"level": 2, "criteria": [{"number": 1, "status": "met", "text": "ผู้บริหารและบุคลากรร่วมกล่าวปฏิญญา"},
                                       {"number": 2, "status": "เป็นไปตามเกณฑ์บางส่วน", "text": "กำหนดคุณธรรมเป้าหมาย 3 ประการ"}]})");
    // A later set changes what it names; the rest stay.
    cli.ok(args({"moral-org", "set", "--fiscal-year", "2569", "--json", "-"}),
           R"({"criteria": [{"number": 9, "status": "not", "text": "ยังไม่เป็นแหล่งเรียนรู้"}]})");
    report = json(cli, args({"moral-org", "show", "--fiscal-year", "2569", "--format", "json"}));
    const QJsonArray c = report[QStringLiteral("criteria")].toArray();
    CHECK(report[QStringLiteral("level")].toInt() == 2);
    CHECK(c[0][QStringLiteral("status")].toString() == QStringLiteral("met"));
    CHECK(c[1][QStringLiteral("status")].toString() == QStringLiteral("partly"));
    CHECK(c[8][QStringLiteral("status")].toString() == QStringLiteral("not"));
    CHECK(c[4][QStringLiteral("status")].toString().isEmpty());
    CHECK(c[0][QStringLiteral("held")].toArray().isEmpty()); // no announcement of intent yet

    // What Sujarit holds comes to the criteria by itself.
    cli.ok(args({"announcements", "new", "--fiscal-year", "2569", "--kind", "moral_intent"}));
    cli.ok(args({"announcements", "sign", "1", "--by", "นายสมชาย ใจดี", "--date", "2025-11-01"}));
    cli.ok(args({"virtues", "add", "--fiscal-year", "2569", "--json", "-"}),
           R"([{"virtue": "สุจริต", "problem": "การรับของขวัญจากผู้มาติดต่อ", "good": "ปฏิเสธของขวัญทุกชนิด", "results": {"6": "ไม่มีการรับของขวัญ"}},
               {"virtue": "หลักสัปปุริสธรรม 7", "dimension": "religion", "problem": "ทำงานไม่รู้กาลเทศะ", "good": "รู้จักเหตุ รู้จักผล"}])");
    cli.ok(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}), R"({"name": "นางสาวมาลี สุขใจ", "role": "chair"})");
    cli.ok(args({"best-practice", "add", "--fiscal-year", "2569", "--json", "-"}),
           R"({"division": "กองช่าง", "title": "ช่างอาสาซ่อมบ้านผู้สูงอายุ", "steps": ["สำรวจบ้าน", "ซ่อมแซม"], "results": "ซ่อม 12 หลัง"})");
    report = json(cli, args({"moral-org", "show", "--fiscal-year", "2569", "--format", "json"}));
    const auto held = [&](int n) {
        QStringList out;
        for (const QJsonValue v : report[QStringLiteral("criteria")].toArray()[n - 1][QStringLiteral("held")].toArray())
            out << v.toString();
        return out.join(u'\n');
    };
    CHECK(held(1).contains(QStringLiteral("เจตนารมณ์การเป็นองค์กรคุณธรรม")));
    CHECK(held(1).contains(QStringLiteral("ลงนามโดย นายสมชาย ใจดี")));
    CHECK(held(2).contains(QStringLiteral("คุณธรรมเป้าหมาย 2 ประการ: สุจริต, หลักสัปปุริสธรรม 7")));
    CHECK(held(3).contains(QStringLiteral("กรรมการ 1 คน (คำสั่งแต่งตั้งยังไม่ได้ลงนาม)")));
    CHECK(held(7).contains(QStringLiteral("1 จาก 2 ประการ")));
    CHECK(held(8).contains(QStringLiteral("หลักสัปปุริสธรรม 7 (หลักศาสนา)")));
    CHECK(held(9).contains(QStringLiteral("ช่างอาสาซ่อมบ้านผู้สูงอายุ (กองช่าง)")));

    // Evidence files for a criterion: checked by their bytes, listed under it.
    const QString png = cli.write(QStringLiteral("oath.png"), QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
    CHECK(cli.run(args({"moral-org", "evidence", "--fiscal-year", "2569", "--add"}) << png).code == 2); // no criterion
    cli.ok(args({"moral-org", "evidence", "--fiscal-year", "2569", "--criterion", "1", "--add"}) << png);
    CHECK(cli.run(args({"moral-org", "evidence", "--fiscal-year", "2569", "--criterion", "1", "--add"})
                  << cli.write(QStringLiteral("fake.png"), "MZ not a picture"))
              .code == 1);
    report = json(cli, args({"moral-org", "show", "--fiscal-year", "2569", "--format", "json"}));
    CHECK(report[QStringLiteral("criteria")].toArray()[0][QStringLiteral("files")].toArray().size() == 1);

    // The due day is a setting.
    CHECK(cli.run(args({"moral-org", "due", "13-40"})).code == 2);
    cli.ok(args({"moral-org", "due", "07-15"}));
    CHECK(cli.run(args({"moral-org", "due", "02-29", "--divisions"})).code == 2);
    cli.ok(args({"moral-org", "due", "08-15", "--divisions"}));
    CHECK(cli.ok(args({"moral-org", "due", "--divisions"})).out.trimmed() == QStringLiteral("08-15"));
    CHECK(json(cli, args({"moral-org", "show", "--fiscal-year", "2569", "--format", "json"}))[QStringLiteral("due")].toString()
          == QStringLiteral("2026-07-15"));

    const QString pdf = cli.dir.filePath(QStringLiteral("report.pdf"));
    cli.ok(args({"print", "moral-org-report", "--fiscal-year", "2569", "--out"}) << pdf);
    for (const char* words : {"รายงานองค์กรคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569", "องค์การบริหารส่วนตำบลโคกแย้",
                              "ส่งรายงานภายในวันที่ 15 กรกฎาคม 2569", "ระดับที่ 2 องค์กรคุณธรรม",
                              "เกณฑ์ข้อที่ 1 องค์กรมีการประกาศข้อตกลง", "ผู้บริหารและบุคลากรร่วมกล่าวปฏิญญา",
                              "ผลการประเมินตนเอง: เป็นไปตามเกณฑ์บางส่วน", "ไฟล์แนบ 1 ไฟล์: oath.png",
                              "ลงนามโดย นายสมชาย ใจดี", "ผลการประเมินตนเอง: ยังไม่ได้ประเมิน", "หัวหน้าหน่วยงาน"})
        CHECK(printed(pdf, QString::fromUtf8(words)));

    // The ITA's item for the moral organisation now comes from it: incomplete while criteria are open.
    QJsonObject item;
    for (const QJsonValue v : jsonArray(cli, args({"ita", "items", "--fiscal-year", "2569", "--format", "json"})))
        if (v[QStringLiteral("code")].toString() == QStringLiteral("O26"))
            item = v.toObject();
    CHECK(item[QStringLiteral("state")].toString() == QStringLiteral("incomplete"));
    CHECK(item[QStringLiteral("missing")].toString().contains(QStringLiteral("เกณฑ์ข้อ 3, 4, 5, 6, 7, 8 ยังไม่ได้ประเมิน")));
    cli.ok(args({"moral-org", "set", "--fiscal-year", "2569", "--json", "-"}),
           R"({"criteria": [{"number": 3, "status": "met"}, {"number": 4, "status": "partly"}, {"number": 5, "status": "met"},
                            {"number": 6, "status": "not"}, {"number": 7, "status": "partly"}, {"number": 8, "status": "met"}]})");
    for (const QJsonValue v : jsonArray(cli, args({"ita", "items", "--fiscal-year", "2569", "--format", "json"})))
        if (v[QStringLiteral("code")].toString() == QStringLiteral("O26"))
            CHECK(v[QStringLiteral("state")].toString() == QStringLiteral("ready"));
    const QString pack = cli.dir.filePath(QStringLiteral("ita"));
    cli.ok(args({"ita-pack", "--fiscal-year", "2569", "--out"}) << pack);
    const QString o26 = QDir(pack).filePath(QStringLiteral("O26-moral-organisation-report-2569.pdf"));
    REQUIRE(QFileInfo::exists(o26));
    CHECK(printed(o26, QStringLiteral("ITA 2569 · O26")));
    CHECK(printed(o26, QStringLiteral("ระดับที่ 2 องค์กรคุณธรรม")));
    CHECK(QFileInfo::exists(QDir(pack).filePath(QStringLiteral("O26-virtue-targets-2569.pdf"))));

    // Who may: a clerk neither reads nor writes it.
    cli.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    CHECK(cli.as(QStringLiteral("clerk")).run(args({"moral-org", "show", "--fiscal-year", "2569"})).code == 1);
    CHECK(cli.as(QStringLiteral("clerk")).run(args({"moral-org", "set", "--fiscal-year", "2569", "--json", "-"}), R"({"level": 1})").code == 1);
    CHECK(cli.as(QStringLiteral("clerk")).run(args({"moral-org", "due", "06-30"})).code == 1);
}

TEST_CASE("moral organisation: target virtues, good deeds and a best practice, on paper", "[cli][moral]")
{
    Cli cli;
    office(cli);
    cli.ok(args({"virtues", "add", "--fiscal-year", "2569", "--json", "-"}),
           R"([{"virtue": "honesty", "problem": "การรับของขวัญ", "good": "ปฏิเสธของขวัญ", "indicator": "จำนวนเรื่องร้องเรียน", "target": "0 เรื่อง"},
               {"virtue": "จิตอาสา", "problem": "มีส่วนร่วมกับชุมชนน้อย", "good": "จิตอาสาเดือนละครั้ง", "activities": "ทำความสะอาดวัด"}])");
    const Result twice = cli.run(args({"virtues", "add", "--fiscal-year", "2569", "--json", "-"}),
                                 R"([{"virtue": "วินัย", "problem": "มาสาย", "good": "ตรงเวลา"}, {"virtue": "สุจริต", "problem": "x", "good": "y"}])");
    CHECK(twice.err.contains(QStringLiteral("virtue 2: virtue: สุจริต has its targets for 2569 already")));
    CHECK(cli.run(args({"virtues", "add", "--fiscal-year", "2569", "--json", "-"}), R"({"virtue": "วินัย", "problem": "มาสาย"})")
              .err.contains(QStringLiteral("good: missing")));
    CHECK(cli.run(args({"virtues", "add", "--fiscal-year", "2569", "--json", "-"}), R"({"virtue": "วินัย", "problem": "a", "good": "b", "results": {"7": "x"}})")
              .err.contains(QStringLiteral("results: 7 is not a round")));
    QJsonArray virtues = jsonArray(cli, args({"virtues", "list", "--fiscal-year", "2569", "--format", "json"}));
    REQUIRE(virtues.size() == 2);
    CHECK(virtues[0][QStringLiteral("virtue")].toString() == QStringLiteral("สุจริต"));
    CHECK(virtues[1][QStringLiteral("dimension")].toString() == QStringLiteral("core"));
    cli.ok(QStringList{QStringLiteral("virtues"), QStringLiteral("update"), QString::number(virtues[1][QStringLiteral("id")].toInt()),
                       QStringLiteral("--json"), QStringLiteral("-")},
           R"({"results": {"6": "จัดจิตอาสา 6 ครั้ง", "12": "จัดจิตอาสา 12 ครั้ง"}})");
    virtues = jsonArray(cli, args({"virtues", "list", "--fiscal-year", "2569", "--format", "json"}));
    CHECK(virtues[1][QStringLiteral("results")][QStringLiteral("12")].toString() == QStringLiteral("จัดจิตอาสา 12 ครั้ง"));
    CHECK(virtues[1][QStringLiteral("good")].toString() == QStringLiteral("จิตอาสาเดือนละครั้ง")); // kept
    const QString vpdf = cli.dir.filePath(QStringLiteral("virtues.pdf"));
    cli.ok(args({"print", "virtues", "--fiscal-year", "2569", "--out"}) << vpdf);
    for (const char* words : {"รายงานปัญหาที่อยากแก้ ความดีที่อยากทำ ประจำปีงบประมาณ พ.ศ. 2569", "ปฏิเสธของขวัญ",
                              "เป้าหมาย: 0 เรื่อง", "รอบ 12 เดือน: จัดจิตอาสา 12 ครั้ง", "ทำความสะอาดวัด"})
        CHECK(printed(vpdf, QString::fromUtf8(words)));

    // Good deeds: refusals name the deed and the field; nothing is written.
    const auto refused = [&](const char* body, const char* words, const QStringList& extra = {}) {
        const Result r = cli.run(args({"deeds", "add", "--json", "-"}) << extra, body);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QString::fromUtf8(words)));
    };
    refused(R"([{"staff": "นายช่าง ใจดี", "date": "2026-01-10", "deed": "ก", "virtue": "สุจริต", "certified_by": "ข"},
                {"staff": "นายใคร", "date": "2026-01-10", "deed": "ก", "virtue": "สุจริต", "certified_by": "ข"}])",
            "deed 2: staff: นายใคร is not on the staff list");
    refused(R"({"staff": "นายช่าง ใจดี", "date": "2026-06-01", "deed": "ก", "virtue": "สุจริต", "certified_by": "ข"})",
            "is after today");
    refused(R"({"staff": "นายช่าง ใจดี", "date": "2025-09-10", "deed": "ก", "virtue": "สุจริต", "certified_by": "ข"})",
            "is not in fiscal year 2569", {QStringLiteral("--fiscal-year"), QStringLiteral("2569")});
    refused(R"({"staff": "นายช่าง ใจดี", "date": "2026-01-10", "deed": "ก", "virtue": "สุจริต"})", "certified_by: missing");
    refused(R"({"staff": "นายช่าง ใจดี", "date": "2026-01-10", "deed": "ก", "virtue": "สุจริต", "certifier": "ข"})",
            "certifier: not a key Sujarit reads here");
    CHECK(jsonArray(cli, args({"deeds", "list", "--fiscal-year", "2569", "--format", "json"})).isEmpty());

    cli.ok(args({"deeds", "add", "--json", "-"}),
           R"([{"staff": "นายช่าง ใจดี", "date": "2026-01-10", "deed": "ซ่อมไฟฟ้าให้โรงเรียนบ้านโคกแย้", "virtue": "จิตอาสา", "place": "โรงเรียนบ้านโคกแย้", "certified_by": "ผู้อำนวยการโรงเรียน"},
               {"staff": "นายช่าง  ใจดี", "date": "2026-03-02", "deed": "ส่งคืนกระเป๋าเงินที่ผู้มาติดต่อลืมไว้", "virtue": "honesty", "certified_by": "นางสาวมาลี สุขใจ"},
               {"staff": "นางสุดา ใจงาม", "date": "2026-02-14", "deed": "บริจาคโลหิต", "virtue": "จิตอาสา", "certified_by": "โรงพยาบาลขอนแก่น"},
               {"staff": "นายเก่ง กล้าหาญ", "date": "2025-09-30", "deed": "ช่วยงานวัด", "virtue": "จิตอาสา", "certified_by": "เจ้าอาวาส"}])");
    CHECK(jsonArray(cli, args({"deeds", "list", "--fiscal-year", "2569", "--format", "json"})).size() == 3); // 30 Sept is 2568
    const QJsonArray mine = jsonArray(cli, args({"deeds", "list", "--fiscal-year", "2569", "--staff", "นายช่าง ใจดี", "--format", "json"}));
    REQUIRE(mine.size() == 2);
    CHECK(mine[1][QStringLiteral("virtue")].toString() == QStringLiteral("สุจริต"));
    CHECK(mine[1][QStringLiteral("division")].toString() == QStringLiteral("กองช่าง"));
    CHECK(cli.run(args({"deeds", "list", "--fiscal-year", "2569", "--staff", "นายใคร"})).err.contains(QStringLiteral("not on the staff list")));
    const QJsonObject counts = json(cli, args({"deeds", "counts", "--fiscal-year", "2569", "--format", "json"}));
    CHECK(counts[QStringLiteral("total")].toInt() == 3);
    CHECK(counts[QStringLiteral("by_person")].toArray()[0][QStringLiteral("name")].toString() == QStringLiteral("นายช่าง ใจดี"));
    CHECK(counts[QStringLiteral("by_person")].toArray()[0][QStringLiteral("deeds")].toInt() == 2);
    CHECK(counts[QStringLiteral("by_virtue")].toArray()[0][QStringLiteral("name")].toString() == QStringLiteral("จิตอาสา"));
    CHECK(counts[QStringLiteral("by_division")].toArray()[0][QStringLiteral("deeds")].toInt() == 2);
    const QString dpdf = cli.dir.filePath(QStringLiteral("deeds.pdf"));
    cli.ok(args({"print", "deeds", "--fiscal-year", "2569", "--staff", "นายช่าง ใจดี", "--out"}) << dpdf);
    for (const char* words : {"บันทึกสะสมความดี ประจำปีงบประมาณ พ.ศ. 2569", "ชื่อ นายช่าง ใจดี ตำแหน่ง นายช่างโยธา สังกัด กองช่าง",
                              "ซ่อมไฟฟ้าให้โรงเรียนบ้านโคกแย้", "รวม 2 รายการ", "จำแนกตามคุณธรรม: จิตอาสา 1, สุจริต 1", "ผู้บันทึก"})
        CHECK(printed(dpdf, QString::fromUtf8(words)));
    CHECK(!printed(dpdf, QStringLiteral("บริจาคโลหิต")));

    // A best practice of a division on the staff list.
    CHECK(cli.run(args({"best-practice", "add", "--fiscal-year", "2569", "--json", "-"}),
                  R"({"division": "กองสวัสดิการ", "title": "ก", "steps": "ข", "results": "ค"})")
              .err.contains(QStringLiteral("“กองสวัสดิการ” is not a division of the staff list (กองคลัง, กองช่าง, สำนักปลัด)")));
    CHECK(cli.run(args({"best-practice", "add", "--fiscal-year", "2569", "--json", "-"}),
                  R"({"division": "กองช่าง", "title": "ก", "results": "ค"})")
              .err.contains(QStringLiteral("steps: missing")));
    cli.ok(args({"best-practice", "add", "--fiscal-year", "2569", "--json", "-"}),
           R"({"division": "กองช่าง", "title": "ช่างอาสาซ่อมบ้านผู้สูงอายุ", "background": "ผู้สูงอายุหลายรายอยู่บ้านที่ชำรุด",
               "steps": ["สำรวจบ้านผู้สูงอายุ", "จัดทีมช่างอาสา", "ซ่อมแซมและติดตามผล"], "results": "ซ่อมบ้าน 12 หลัง",
               "factors": "ความร่วมมือของชุมชน", "lessons": "ทำงานกับผู้นำชุมชน"})");
    CHECK(cli.run(args({"best-practice", "add", "--fiscal-year", "2569", "--json", "-"}),
                  R"({"division": "กองช่าง", "title": "ช่างอาสาซ่อมบ้านผู้สูงอายุ", "steps": "ข", "results": "ค"})")
              .err.contains(QStringLiteral("already")));
    const QString bpdf = cli.dir.filePath(QStringLiteral("bp.pdf"));
    cli.ok(args({"print", "best-practice", "1", "--out"}) << bpdf);
    for (const char* words : {"แบบรายงานการถอดบทเรียนและประสบการณ์ (Best Practice)", "ชื่อผลงาน ช่างอาสาซ่อมบ้านผู้สูงอายุ",
                              "หน่วยงานเจ้าของผลงาน กองช่าง", "ขั้นตอนที่ 2 จัดทีมช่างอาสา", "4. ปัจจัยแห่งความสำเร็จ",
                              "ความร่วมมือของชุมชน", "ยังไม่ได้แนบหลักฐาน", "หัวหน้ากองช่าง"})
        CHECK(printed(bpdf, QString::fromUtf8(words)));
}

TEST_CASE("moral organisation: choosing outstanding officials — weights, ties and the recusal of a related member",
          "[cli][moral]")
{
    Cli cli;
    office(cli);
    cli.ok(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}),
           R"([{"name": "นางสาวมาลี สุขใจ", "role": "chair"}, {"name": "นายวิชัย เพชรรัตน์", "role": "member"},
               {"name": "นางอรุณ แสงดี", "role": "secretary"}])");
    // วิชัย declared that นายช่าง is his son: he does not score him.
    cli.ok(args({"declarations", "add", "--json", "-"}),
           R"({"kind": "situational", "declarant": "นายวิชัย เพชรรัตน์", "date": "2026-01-05", "form": "other",
               "details": "บุตรทำงานในกองช่าง", "parties": [{"name": "นายช่าง ใจดี", "relation": "descendant"}]})");
    CHECK(cli.run(args({"selection", "new", "--fiscal-year", "2569", "--criteria", "-"}), R"({"name": "ก", "weight": 0})")
              .err.contains(QStringLiteral("weight: 0 is not more than 0")));
    cli.ok(args({"selection", "new", "--fiscal-year", "2569", "--criteria", "-"}),
           R"([{"name": "ซื่อสัตย์สุจริต", "weight": 2, "max": 5}, {"name": "จิตอาสา", "weight": 1, "max": 10}])");
    CHECK(cli.run(args({"selection", "new", "--fiscal-year", "2569"})).err.contains(QStringLiteral("already")));
    CHECK(cli.run(args({"selection", "nominate", "--fiscal-year", "2569", "--json", "-"}), R"([{"name": "นายช่าง ใจดี"}, {"name": "นายใคร"}])")
              .err.contains(QStringLiteral("nominee 2: name: นายใคร is not on the staff list")));
    cli.ok(args({"selection", "nominate", "--fiscal-year", "2569", "--json", "-"}),
           R"([{"name": "นายช่าง ใจดี", "reason": "จิตอาสาซ่อมไฟฟ้าโรงเรียน"}, {"name": "นางสุดา ใจงาม"},
               {"name": "นายเก่ง กล้าหาญ"}, {"name": "นางอรุณ แสงดี"}])");
    CHECK(cli.run(args({"selection", "nominate", "--fiscal-year", "2569", "--name", "นางสุดา ใจงาม"})).err.contains(QStringLiteral("nominated already")));

    const auto score = [&](const char* member, const char* nominee, int a, int b) {
        return cli.run(args({"selection", "score", "--fiscal-year", "2569", "--json", "-"}),
                       QStringLiteral(R"({"member": "%1", "nominee": "%2", "scores": {"1": %3, "2": %4}})")
                           .arg(QString::fromUtf8(member), QString::fromUtf8(nominee))
                           .arg(a)
                           .arg(b)
                           .toUtf8());
    };
    // The refusals: the related member, the nominee herself, a score out of range, a stranger.
    CHECK(score("นายวิชัย เพชรรัตน์", "นายช่าง ใจดี", 5, 5).err.contains(QStringLiteral("may not score นายช่าง ใจดี")));
    CHECK(score("นางอรุณ แสงดี", "นางอรุณ แสงดี", 5, 5).err.contains(QStringLiteral("กรรมการเป็นผู้ถูกเสนอชื่อเอง")));
    CHECK(score("นางสาวมาลี สุขใจ", "นายช่าง ใจดี", 6, 5).err.contains(QStringLiteral("criterion 1: 6 is outside 0 to 5")));
    CHECK(score("นายเก่ง กล้าหาญ", "นายช่าง ใจดี", 5, 5).err.contains(QStringLiteral("is not on the ethics committee")));
    CHECK(cli.run(args({"selection", "score", "--fiscal-year", "2569", "--json", "-"}),
                  R"({"member": "นางสาวมาลี สุขใจ", "nominee": "นายช่าง ใจดี", "scores": {"3": 1}})")
              .err.contains(QStringLiteral("“3” is not a criterion")));
    CHECK(cli.run(args({"selection", "score", "--fiscal-year", "2569", "--json", "-"}),
                  R"({"member": "นางสาวมาลี สุขใจ", "nominee": "นายช่าง ใจดี", "scores": {"1": 1e20}})")
              .err.contains(QStringLiteral("expected a whole number")));
    // Several sheets are one write: one bad sheet and none is kept.
    CHECK(cli.run(args({"selection", "score", "--fiscal-year", "2569", "--json", "-"}),
                  R"([{"member": "นางสาวมาลี สุขใจ", "nominee": "นายช่าง ใจดี", "scores": {"1": 5}},
                      {"member": "นายวิชัย เพชรรัตน์", "nominee": "นายช่าง ใจดี", "scores": {"1": 5}}])")
              .code == 1);

    // By hand (weights 2 and 1; the mean of the members who may score):
    //   นายช่าง  มาลี 5,6  อรุณ 4,8 (วิชัย recused)    → 2 × 4.5 + 7 = 16
    //   นางสุดา  มาลี 3,10 วิชัย 5,6 อรุณ 4,8          → 2 × 4   + 8 = 16   (a tie with นายช่าง)
    //   นายเก่ง  มาลี 5,10 วิชัย 5,9 อรุณ 5,8          → 2 × 5   + 9 = 19   (first)
    //   นางอรุณ  nobody yet                             → no rank
    for (const auto& [m, n, a, b] : std::initializer_list<std::tuple<const char*, const char*, int, int>>{
             {"นางสาวมาลี สุขใจ", "นายช่าง ใจดี", 5, 6}, {"นางอรุณ แสงดี", "นายช่าง ใจดี", 4, 8},
             {"นางสาวมาลี สุขใจ", "นางสุดา ใจงาม", 3, 10}, {"นายวิชัย เพชรรัตน์", "นางสุดา ใจงาม", 5, 6},
             {"นางอรุณ แสงดี", "นางสุดา ใจงาม", 4, 8}, {"นางสาวมาลี สุขใจ", "นายเก่ง กล้าหาญ", 5, 10},
             {"นายวิชัย เพชรรัตน์", "นายเก่ง กล้าหาญ", 5, 9}, {"นางอรุณ แสงดี", "นายเก่ง กล้าหาญ", 2, 2}})
        CHECK(score(m, n, a, b).code == 0);
    CHECK(score("นางอรุณ แสงดี", "นายเก่ง กล้าหาญ", 5, 8).code == 0); // scored again: replaces
    cli.ok(args({"deeds", "add", "--json", "-"}),
           R"({"staff": "นายช่าง ใจดี", "date": "2026-01-10", "deed": "ซ่อมไฟฟ้าให้โรงเรียน", "virtue": "จิตอาสา", "certified_by": "ผู้อำนวยการโรงเรียน"})");

    const QJsonObject result = json(cli, args({"selection", "result", "--fiscal-year", "2569", "--format", "json"}));
    CHECK(result[QStringLiteral("highest")].toDouble() == 20);
    QHash<QString, QJsonObject> by;
    QStringList order;
    for (const QJsonValue v : result[QStringLiteral("nominees")].toArray()) {
        by.insert(v[QStringLiteral("name")].toString(), v.toObject());
        order << v[QStringLiteral("name")].toString();
    }
    CHECK(order.first() == QStringLiteral("นายเก่ง กล้าหาญ"));
    CHECK(by[QStringLiteral("นายเก่ง กล้าหาญ")][QStringLiteral("total")].toDouble() == 19);
    CHECK(by[QStringLiteral("นายเก่ง กล้าหาญ")][QStringLiteral("rank")].toInt() == 1);
    CHECK(by[QStringLiteral("นายเก่ง กล้าหาญ")][QStringLiteral("tie")].toBool() == false);
    for (const char* tied : {"นายช่าง ใจดี", "นางสุดา ใจงาม"}) {
        const QJsonObject o = by[QString::fromUtf8(tied)];
        CHECK(o[QStringLiteral("total")].toDouble() == 16);
        CHECK(o[QStringLiteral("rank")].toInt() == 2);
        CHECK(o[QStringLiteral("tie")].toBool());
    }
    const QJsonObject chang = by[QStringLiteral("นายช่าง ใจดี")];
    CHECK(chang[QStringLiteral("may_score")].toInt() == 2);
    CHECK(chang[QStringLiteral("deeds")].toInt() == 1);
    CHECK(chang[QStringLiteral("means")].toArray()[0].toDouble() == 4.5);
    CHECK(chang[QStringLiteral("recused")].toArray()[0][QStringLiteral("member")].toString() == QStringLiteral("นายวิชัย เพชรรัตน์"));
    CHECK(by[QStringLiteral("นางอรุณ แสงดี")][QStringLiteral("rank")].isNull());
    CHECK(order.last() == QStringLiteral("นางอรุณ แสงดี"));

    // Announced only when every sheet is in, and only by the executive; after that the scores are fixed.
    CHECK(cli.run(args({"selection", "announce", "--fiscal-year", "2569", "--by", "นายสมชาย ใจดี", "--date", "2026-05-20"}))
              .err.contains(QStringLiteral("นางอรุณ แสงดี is scored by 0 of the 2 members")));
    cli.ok(args({"selection", "withdraw", "--fiscal-year", "2569", "--name", "นางอรุณ แสงดี"}));
    CHECK(cli.run(args({"selection", "announce", "--fiscal-year", "2569", "--by", "นางสาวมาลี สุขใจ", "--date", "2026-05-20"})).code == 1);
    cli.ok(args({"selection", "announce", "--fiscal-year", "2569", "--by", "นายสมชาย ใจดี", "--date", "2026-05-20"}));
    CHECK(score("นางสาวมาลี สุขใจ", "นายช่าง ใจดี", 1, 1).err.contains(QStringLiteral("was announced on")));
    const QJsonArray criteria = json(cli, args({"moral-org", "show", "--fiscal-year", "2569", "--format", "json"}))[QStringLiteral("criteria")].toArray();
    CHECK(criteria[5][QStringLiteral("held")].toArray()[0].toString()
          == QStringLiteral("การคัดเลือกบุคลากรผู้มีคุณธรรมและจริยธรรมดีเด่น ประจำปีงบประมาณ พ.ศ. 2569: ผู้ถูกเสนอชื่อ 3 ราย ประกาศผลเมื่อ 20 พ.ค. 2569"));

    const QString pdf = cli.dir.filePath(QStringLiteral("selection.pdf"));
    cli.ok(args({"print", "selection", "--fiscal-year", "2569", "--out"}) << pdf);
    const QString text = pdfText(pdf);
    CHECK(squeezed(text).count(squeezed(QStringLiteral("แบบให้คะแนนการคัดเลือกบุคลากรผู้มีคุณธรรมและจริยธรรมดีเด่น"))) == 3);
    for (const char* words : {"กรรมการผู้ให้คะแนน นายวิชัย เพชรรัตน์", "งดให้คะแนน", "สรุปผลการคัดเลือก",
                              "(คะแนนเท่ากัน)", "ผู้ที่มีคะแนนรวมเท่ากันอยู่ในอันดับเดียวกัน (นางสุดา ใจงาม, นายช่าง ใจดี)",
                              "นายวิชัย เพชรรัตน์ ไม่ให้คะแนน นายช่าง ใจดี", "ประกาศองค์การบริหารส่วนตำบลโคกแย้",
                              "ลำดับที่ 1 นายเก่ง กล้าหาญ", "คะแนนรวม 19.00 จาก 20.00", "ลำดับที่ 2 นายช่าง ใจดี",
                              "คะแนนรวม 16.00 จาก 20.00 (คะแนนเท่ากัน)", "20 พฤษภาคม 2569", "(นายสมชาย ใจดี)"})
        CHECK(printed(pdf, QString::fromUtf8(words)));
    CHECK(!squeezed(text).contains(squeezed(QStringLiteral("ร่าง"))));
    const QString part = cli.dir.filePath(QStringLiteral("summary.pdf"));
    cli.ok(args({"print", "selection", "--fiscal-year", "2569", "--part", "summary", "--out"}) << part);
    CHECK(!printed(part, QStringLiteral("แบบให้คะแนน")));
    CHECK(cli.run(args({"print", "selection", "--part", "cover", "--out"}) << part).code == 2);

    // Divisions too: a member of the nominated division does not score it.
    cli.ok(args({"selection", "new", "--fiscal-year", "2569", "--kind", "division"}));
    CHECK(cli.run(args({"selection", "nominate", "--fiscal-year", "2569", "--kind", "division", "--name", "กองสวัสดิการ"})).code == 1);
    cli.ok(args({"selection", "nominate", "--fiscal-year", "2569", "--kind", "division", "--name", "กองช่าง"}));
    CHECK(cli.run(args({"selection", "score", "--fiscal-year", "2569", "--kind", "division", "--json", "-"}),
                  R"({"member": "นายวิชัย เพชรรัตน์", "nominee": "กองช่าง", "scores": {"1": 5}})")
              .err.contains(QStringLiteral("กรรมการสังกัดกองช่าง")));
}
