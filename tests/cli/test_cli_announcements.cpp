// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the executive's announcements and the No Gift culture through sujarit-cli — drafts from the templates,
// the conflict-of-interest measures taken from the risk register, signing once, a new version after signing, the
// printed announcement read back with pdftotext, and the No Gift activities with their report.
#include "CliRunner.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString pdfText(const QString& pdf)
{
    return runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
}
QString squeezed(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s"))); }
} // namespace

TEST_CASE("announcements: drafted for the office, signed once, revised as a new version, printed", "[cli][announcements]")
{
    Cli cli;
    cli.today = QStringLiteral("2026-11-20");
    cli.init();
    CHECK(cli.run(args({"announcements", "new", "--fiscal-year", "2570", "--kind", "no_gift"}))
              .err.contains(QStringLiteral("lacks its name")));
    for (const auto& [key, value] : std::initializer_list<std::pair<const char*, const char*>>{
             {"name", "องค์การบริหารส่วนตำบลโคกแย้"},
             {"executive_name", "นายสมชาย ใจดี"},
             {"executive_title", "นายกองค์การบริหารส่วนตำบลโคกแย้"},
             {"website", "http://kokyae.go.th"},
             {"divisions", "สำนักปลัด, กองคลัง"}})
        cli.ok(args({"office", "set", key, value}));
    CHECK(cli.ok(args({"announcements", "new", "--fiscal-year", "2570", "--kind", "no_gift"})).out.contains(QStringLiteral("announcement 1")));
    CHECK(cli.run(args({"announcements", "new", "--fiscal-year", "2570", "--kind", "no_gift"})).err.contains(QStringLiteral("revise it instead")));
    CHECK(cli.run(args({"announcements", "new", "--fiscal-year", "2570", "--kind", "coi_measures"})).err.contains(QStringLiteral("risk register")));
    cli.ok(args({"risks", "new", "--fiscal-year", "2570", "--template", "seed002"}));
    cli.ok(args({"announcements", "new", "--fiscal-year", "2570", "--kind", "coi_measures"}));
    CHECK(cli.run(args({"announcements", "new", "--fiscal-year", "2570", "--kind", "memo"})).err.contains(QStringLiteral("no_gift, coi_measures")));

    // Signing: only the executive, not a future day, and once.
    CHECK(cli.run(args({"announcements", "sign", "1", "--by", "นายสมหมาย", "--date", "20/11/2569"})).err.contains(QStringLiteral("not the office's executive")));
    CHECK(cli.run(args({"announcements", "sign", "1", "--by", "นายสมชาย ใจดี", "--date", "25/11/2569"})).err.contains(QStringLiteral("after today")));
    cli.ok(args({"announcements", "sign", "1", "--by", "นายสมชาย ใจดี", "--date", "11/11/2569"}));
    const Result twice = cli.run(args({"announcements", "sign", "1", "--by", "นายสมชาย ใจดี", "--date", "12/11/2569"}));
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(QStringLiteral("signed already")));

    // A signed announcement changes only as a new version that says why.
    const QString body = cli.write(QStringLiteral("body.txt"), "ข้อความฉบับแก้ไข\n\nจึงประกาศมาเพื่อทราบโดยทั่วกัน\n");
    CHECK(cli.run(args({"announcements", "edit", "1", "--body-file"}) << body).err.contains(QStringLiteral("new version")));
    CHECK(cli.ok(args({"announcements", "edit", "1", "--reason", "ปรับถ้อยคำ", "--body-file"}) << body)
              .out.contains(QStringLiteral("Announcement 3 is version 2")));
    const QJsonArray list
        = QJsonDocument::fromJson(cli.ok(args({"announcements", "list", "--fiscal-year", "2570", "--format", "json"})).out.toUtf8()).array();
    REQUIRE(list.size() == 3);
    const QJsonObject v1 = list[0].toObject(), v2 = list[1].toObject();
    CHECK(v1[QStringLiteral("kind")].toString() == QStringLiteral("no_gift"));
    CHECK(v1[QStringLiteral("signed_on")].toString() == QStringLiteral("2026-11-11"));
    CHECK(v1[QStringLiteral("body")].toString().contains(QStringLiteral("3,000 บาท")));
    CHECK(v2[QStringLiteral("version")].toInt() == 2);
    CHECK(v2[QStringLiteral("reason")].toString() == QStringLiteral("ปรับถ้อยคำ"));
    CHECK_FALSE(v2[QStringLiteral("signed")].toBool());
    CHECK(list[2].toObject()[QStringLiteral("body")].toString().contains(QStringLiteral("# การวิเคราะห์ความเสี่ยง")));

    // On paper: the heading, the subject, the text and the signing, as pdftotext reads them back.
    const QString signedPdf = cli.dir.filePath(QStringLiteral("nogift.pdf"));
    cli.ok(args({"print", "announcement", "1", "--out"}) << signedPdf);
    const QString text = squeezed(pdfText(signedPdf));
    CHECK(text.contains(squeezed(QStringLiteral("ประกาศองค์การบริหารส่วนตำบลโคกแย้"))));
    CHECK(text.contains(squeezed(QStringLiteral("เรื่อง เจตนารมณ์นโยบายไม่รับของขวัญ"))));
    CHECK(text.contains(squeezed(QStringLiteral("ประกาศ ณ วันที่ ๑๑ พฤศจิกายน ๒๕๖๙")))); // letters in Thai digits
    CHECK(text.contains(squeezed(QStringLiteral("(นายสมชาย ใจดี)"))));
    CHECK_FALSE(text.contains(QStringLiteral("ร่าง")));
    const QString draftPdf = cli.dir.filePath(QStringLiteral("draft.pdf"));
    cli.ok(args({"print", "announcement", "3", "--out"}) << draftPdf); // the new version
    const QString draft = pdfText(draftPdf);
    CHECK(draft.contains(QStringLiteral("ร่าง")));
    CHECK(draft.contains(QStringLiteral("ฉบับแก้ไขครั้งที่ ๑")));
    CHECK(squeezed(draft).contains(QStringLiteral("ประกาศณวันที่.......เดือน")));
    // A measure added to the register reaches the draft when it is written again from the template.
    cli.ok(args({"risks", "measure", "--fiscal-year", "2570", "--json", "-"}), R"({"title": "ประชุมชี้แจงผู้ประกอบการ"})");
    CHECK(cli.run(args({"announcements", "edit", "2", "--from-template", "--title", "x"})).code == 2);
    cli.ok(args({"announcements", "edit", "2", "--from-template"}));
    CHECK(QJsonDocument::fromJson(cli.ok(args({"announcements", "show", "2", "--format", "json"})).out.toUtf8())
              .object()[QStringLiteral("body")].toString().contains(QStringLiteral("8. ประชุมชี้แจงผู้ประกอบการ")));
    const QString coiPdf = cli.dir.filePath(QStringLiteral("coi.pdf"));
    cli.ok(args({"print", "announcement", "2", "--out"}) << coiPdf);
    const QString coi = squeezed(pdfText(coiPdf));
    CHECK(coi.contains(QStringLiteral("การวิเคราะห์ความเสี่ยง")));
    CHECK(coi.contains(squeezed(QStringLiteral("๖. เจ้าหน้าที่ของรัฐ ซึ่งมีหน้าที่รับผิดชอบต่อประโยชน์สาธารณะ"))));
    CHECK(coi.contains(QStringLiteral("-๒-"))); // the second page's number

    // A clerk may not draft one.
    cli.addUser(QStringLiteral("somsri"), QStringLiteral("clerk"));
    CHECK(cli.as(QStringLiteral("somsri")).run(args({"announcements", "new", "--fiscal-year", "2570", "--kind", "channels"})).code == 1);
}

TEST_CASE("no-gift: the year's activities from JSON, refused whole when a name is not on the staff list, and reported", "[cli][announcements]")
{
    Cli cli;
    cli.today = QStringLiteral("2026-11-20");
    cli.init();
    cli.ok(args({"office", "set", "name", "องค์การบริหารส่วนตำบลโคกแย้"}));
    cli.ok(args({"staff", "add", "--json", "-"}),
           R"([{"name": "นายช่าง ใจดี", "division": "กองช่าง", "kind": "official"},
               {"name": "นางสาวสมใจ รักษ์ดี", "division": "สำนักปลัด", "kind": "official"}])");
    const Result bad = cli.run(args({"no-gift", "add", "--json", "-"}),
                               R"([{"date": "15/10/2569", "kind": "meeting", "title": "ชี้แจง", "participants": ["นายช่าง ใจดี"]},
                                   {"date": "16/10/2569", "kind": "meeting", "title": "ชี้แจง", "participants": ["นายใคร"]}])");
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("activity 2: participants: “นายใคร” is not on the staff list")));
    CHECK(QJsonDocument::fromJson(cli.ok(args({"no-gift", "list", "--fiscal-year", "2570", "--format", "json"})).out.toUtf8()).array().isEmpty());
    cli.ok(args({"no-gift", "add", "--json", "-"}),
           R"([{"date": "15/10/2569", "kind": "meeting", "title": "ชี้แจงนโยบาย No Gift Policy", "participants": ["นายช่าง ใจดี", "นางสาวสมใจ รักษ์ดี"]},
               {"date": "1 พ.ย. 2569", "kind": "campaign", "title": "รณรงค์งดให้ของขวัญปีใหม่", "headcount": 25}])");
    const QString photo = cli.write(QStringLiteral("ภาพ.png"), QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(500, 'x'));
    cli.ok(args({"no-gift", "evidence", "1", "--add"}) << photo);
    const QString pdf = cli.dir.filePath(QStringLiteral("culture.pdf"));
    cli.ok(args({"print", "no-gift-culture", "--fiscal-year", "2570", "--out"}) << pdf);
    const QString text = squeezed(pdfText(pdf));
    CHECK(text.contains(squeezed(QStringLiteral("รายงานการสร้างวัฒนธรรม No Gift Policy ประจำปีงบประมาณ พ.ศ. 2570"))));
    CHECK(text.contains(squeezed(QStringLiteral("รวม 2 กิจกรรม ผู้เข้าร่วมรวม 27 คน"))));
    CHECK(text.contains(squeezed(QStringLiteral("นายช่าง ใจดี, นางสาวสมใจ รักษ์ดี"))));
}
