// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the ethics committee of a year through sujarit-cli — members from the staff list with their roles, the
// refusals that write nothing (a stranger, two chairs, an unknown role, a key it does not read), goals tied to the
// plan, and the appointment order drafted, recorded as signed by the executive only, and read back from its PDF.
#include "CliRunner.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString pdfText(const QString& pdf)
{
    return runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
}
/** Without spaces, and with the letter's Thai digits read as Arabic ones. */
QString squeezed(QString s)
{
    for (QChar& c : s)
        if (c.unicode() >= 0x0E50 && c.unicode() <= 0x0E59)
            c = QChar(u'0' + (c.unicode() - 0x0E50));
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}

QJsonArray members(const Cli& cli)
{
    return QJsonDocument::fromJson(cli.ok(args({"committee", "list", "--fiscal-year", "2569", "--format", "json"})).out.toUtf8())
        .array();
}
} // namespace

TEST_CASE("committee: members from the staff list, roles, goals and the appointment order", "[cli][committee]")
{
    Cli cli;
    cli.today = QStringLiteral("2025-10-15");
    cli.init();
    for (const auto& [key, value] : std::initializer_list<std::pair<const char*, const char*>>{
             {"name", "องค์การบริหารส่วนตำบลโคกแย้"},
             {"executive_name", "นายสมชาย ใจดี"},
             {"executive_title", "นายกองค์การบริหารส่วนตำบลโคกแย้"}})
        cli.ok(args({"office", "set", key, value}));
    cli.ok(args({"staff", "add", "--json", "-"}),
           R"([{"name": "นางสาวมาลี สุขใจ", "position": "ปลัดองค์การบริหารส่วนตำบล", "kind": "official"},
               {"name": "นายวิชัย เพชรรัตน์", "position": "ผู้อำนวยการกองช่าง", "kind": "official"},
               {"name": "นางอรุณ แสงดี", "position": "นิติกร", "kind": "official"},
               {"name": "นายช่าง ใจดี", "position": "นายช่างโยธา", "kind": "official"}])");
    CHECK(cli.run(args({"committee", "list", "--fiscal-year", "2569"})).err.contains(QStringLiteral("no ethics committee yet")));

    // Bad input names the member and the field, and nothing is written.
    const Result stranger = cli.run(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}),
                                    R"([{"name": "นางสาวมาลี สุขใจ", "role": "chair"}, {"name": "นายใคร", "role": "member"}])");
    CHECK(stranger.code == 1);
    CHECK(stranger.err.contains(QStringLiteral("member 2: name: นายใคร is not on the staff list")));
    const Result twoChairs = cli.run(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}),
                                     R"([{"name": "นางสาวมาลี สุขใจ", "role": "ประธาน"}, {"name": "นายวิชัย เพชรรัตน์", "role": "chair"}])");
    CHECK(twoChairs.err.contains(QStringLiteral("one ประธาน, not 2")));
    CHECK(cli.run(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}), R"({"name": "นายช่าง ใจดี", "role": "boss"})")
              .err.contains(QStringLiteral("role: “boss” is not one of chair")));
    CHECK(cli.run(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}), R"({"name": "นายช่าง ใจดี", "rank": "member"})")
              .err.contains(QStringLiteral("rank: not a key Sujarit reads here")));
    CHECK(cli.run(args({"committee", "list", "--fiscal-year", "2569"})).code == 1); // still no committee

    cli.ok(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}),
           R"([{"name": "นายวิชัย เพชรรัตน์", "role": "member"}, {"name": "นางอรุณ แสงดี", "role": "กรรมการและเลขานุการ"},
               {"name": "นางสาวมาลี สุขใจ", "role": "ประธานกรรมการ"}])");
    QJsonArray list = members(cli);
    REQUIRE(list.size() == 3);
    CHECK(list[0][QStringLiteral("name")].toString() == QStringLiteral("นางสาวมาลี สุขใจ")); // the chair first
    CHECK(list[0][QStringLiteral("role")].toString() == QStringLiteral("chair"));
    CHECK(list[2][QStringLiteral("role")].toString() == QStringLiteral("secretary"));
    CHECK(cli.run(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}), R"({"name": "นายวิชัย  เพชรรัตน์", "role": "member"})")
              .err.contains(QStringLiteral("already")));
    CHECK(cli.run(args({"committee", "role", "--fiscal-year", "2569", "--name", "นายวิชัย เพชรรัตน์", "--role", "chair"}))
              .err.contains(QStringLiteral("one ประธาน")));
    cli.ok(args({"committee", "role", "--fiscal-year", "2569", "--name", "นายวิชัย เพชรรัตน์", "--role", "vice_chair"}));
    CHECK(members(cli)[1][QStringLiteral("role")].toString() == QStringLiteral("vice_chair"));
    cli.ok(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}), R"({"name": "นายช่าง ใจดี", "role": "member"})");
    cli.ok(args({"committee", "remove", "--fiscal-year", "2569", "--name", "นายช่าง ใจดี"}));
    CHECK(members(cli).size() == 3);

    // Goals, one measured by a plan activity.
    CHECK(cli.run(args({"committee", "goals", "--fiscal-year", "2569", "--json", "-"}), R"({"goal": "ประชุมทุกเดือน", "plan_activity": "1.4"})")
              .err.contains(QStringLiteral("plan_activity: fiscal year 2569 has no plan yet")));
    cli.ok(args({"plan", "new", "--fiscal-year", "2569", "--template", "seed001"}));
    CHECK(cli.run(args({"committee", "goals", "--fiscal-year", "2569", "--json", "-"}), R"({"goal": "x", "plan_activity": "9.9"})")
              .err.contains(QStringLiteral("has no activity 9.9")));
    cli.ok(args({"committee", "goals", "--fiscal-year", "2569", "--json", "-"}),
           R"([{"goal": "จัดประชุมคณะกรรมการทุกเดือน ครบ 12 ครั้ง", "plan_activity": "1.4"}, {"goal": "บุคลากรทุกคนรับทราบประมวลจริยธรรม"}])");
    const QJsonObject shown = QJsonDocument::fromJson(cli.ok(args({"committee", "show", "--fiscal-year", "2569"})).out.toUtf8()).object();
    REQUIRE(shown[QStringLiteral("goals")].toArray().size() == 2);
    CHECK(shown[QStringLiteral("goals")].toArray()[0][QStringLiteral("plan_activity")].toString() == QStringLiteral("1.4"));

    // The order: a draft until recorded; signed by the executive only, on a day that has come.
    const QString draft = cli.dir.filePath(QStringLiteral("draft.pdf"));
    cli.ok(args({"print", "committee-order", "--fiscal-year", "2569", "--out"}) << draft);
    QString text = squeezed(pdfText(draft));
    CHECK(text.contains(squeezed(QStringLiteral("คำสั่งองค์การบริหารส่วนตำบลโคกแย้"))));
    CHECK(text.contains(squeezed(QStringLiteral("ร่าง"))));
    CHECK(text.contains(squeezed(QStringLiteral("ที่ ........../2569"))));
    CHECK(cli.run(args({"committee", "order", "--fiscal-year", "2569", "--number", "45/2569", "--date", "1/10/2568", "--by", "นางอรุณ แสงดี"}))
              .err.contains(QStringLiteral("not the office's executive")));
    CHECK(cli.run(args({"committee", "order", "--fiscal-year", "2569", "--number", "45/2569", "--date", "1/12/2568", "--by", "นายสมชาย ใจดี"}))
              .err.contains(QStringLiteral("after today")));
    CHECK(cli.run(args({"committee", "order", "--fiscal-year", "2569", "--number", "สี่สิบห้า", "--date", "1/10/2568", "--by", "นายสมชาย ใจดี"}))
              .err.contains(QStringLiteral("such as 12/2569")));
    cli.ok(args({"committee", "order", "--fiscal-year", "2569", "--number", "45/2569", "--date", "1/10/2568", "--by", "นายสมชาย ใจดี"}));
    const QString signedOrder = cli.dir.filePath(QStringLiteral("order.pdf"));
    cli.ok(args({"print", "committee-order", "--fiscal-year", "2569", "--out"}) << signedOrder);
    text = squeezed(pdfText(signedOrder));
    for (const char* expected : {"ที่ 45/2569", "เรื่อง แต่งตั้งคณะกรรมการจริยธรรม ประจำปีงบประมาณ พ.ศ. 2569",
                                 "1. นางสาวมาลี สุขใจ ตำแหน่ง ปลัดองค์การบริหารส่วนตำบล ประธาน", "รองประธาน",
                                 "กรรมการและเลขานุการ", "จัดประชุมคณะกรรมการจริยธรรมอย่างสม่ำเสมอทุกเดือน หรือทุก 2 เดือน",
                                 "หลักเกณฑ์วิธีการคุ้มครองผู้ร้องเรียน", "จัดประชุมคณะกรรมการทุกเดือน ครบ 12 ครั้ง",
                                 "สั่ง ณ วันที่ 1 ตุลาคม 2568", "(นายสมชาย ใจดี)", "นายกองค์การบริหารส่วนตำบลโคกแย้"}) {
        INFO(expected);
        CHECK(text.contains(squeezed(QString::fromUtf8(expected))));
    }
    CHECK(!text.contains(squeezed(QStringLiteral("ร่าง"))));

    // Reading needs the integrity view; a clerk may not even list the committee.
    cli.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    CHECK(cli.as(QStringLiteral("clerk")).run(args({"committee", "list", "--fiscal-year", "2569"})).code == 1);
    CHECK(cli.as(QStringLiteral("clerk")).run(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}), R"({"name": "นายช่าง ใจดี", "role": "member"})").code == 1);
}
