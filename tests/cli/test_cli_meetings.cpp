// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the ethics committee's meetings of a year through sujarit-cli — planned every month or every two, on a
// weekday of the month or a day, each on a working day (a holiday moves it forward and the plan says so); added,
// moved and cancelled with a reason; the agenda's due day; bad input refused with nothing written.
#include "CliRunner.h"

#include <QJsonObject>

namespace {
QJsonArray meetings(const Cli& cli)
{
    return QJsonDocument::fromJson(cli.ok(args({"meetings", "list", "--fiscal-year", "2569", "--format", "json"})).out.toUtf8())
        .array();
}
} // namespace

TEST_CASE("meetings: the year's schedule on working days, moved, added and cancelled", "[cli][committee][meetings]")
{
    Cli cli;
    cli.today = QStringLiteral("2025-10-01");
    cli.init();
    CHECK(cli.run(args({"meetings", "plan", "--fiscal-year", "2569", "--every", "1", "--day", "5"}))
              .err.contains(QStringLiteral("no ethics committee yet")));
    cli.ok(args({"staff", "add", "--json", "-"}), R"({"name": "นางสาวมาลี สุขใจ", "kind": "official"})");
    cli.ok(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}), R"({"name": "นางสาวมาลี สุขใจ", "role": "chair"})");

    // Bad schedules: a clear message, nothing planned.
    CHECK(cli.run(args({"meetings", "plan", "--fiscal-year", "2569", "--every", "3", "--day", "5"})).err.contains(QStringLiteral("every: 3 is not 1 or 2")));
    CHECK(cli.run(args({"meetings", "plan", "--fiscal-year", "2569", "--every", "1", "--day", "31"})).err.contains(QStringLiteral("day: 31 is not 1 to 28")));
    CHECK(cli.run(args({"meetings", "plan", "--fiscal-year", "2569", "--every", "1", "--weekday", "2"})).err.contains(QStringLiteral("weekday and week")));
    CHECK(cli.run(args({"meetings", "plan", "--fiscal-year", "2569", "--every", "1", "--day", "5", "--weekday", "2", "--week", "1"}))
              .err.contains(QStringLiteral("not both")));
    CHECK(meetings(cli).isEmpty());

    // Every month on the 5th: 5 October 2025 is a Sunday, 5 December the King's birthday: each moves forward.
    const Result planned = cli.ok(args({"meetings", "plan", "--fiscal-year", "2569", "--every", "1", "--day", "5"}));
    CHECK(planned.out.contains(QStringLiteral("Planned 12 meeting(s) for 2569")));
    CHECK(planned.out.contains(QStringLiteral("วันที่ 5 ธันวาคม 2568 เป็นวันหยุด เลื่อนเป็นวันที่ 8 ธันวาคม 2568")));
    QJsonArray list = meetings(cli);
    REQUIRE(list.size() == 12);
    CHECK(list[0][QStringLiteral("number")].toString() == QStringLiteral("1/2569"));
    CHECK(list[0][QStringLiteral("date")].toString() == QStringLiteral("2025-10-06"));
    CHECK(list[0][QStringLiteral("agenda_due")].toString() == QStringLiteral("2025-09-29"));
    CHECK(list[2][QStringLiteral("date")].toString() == QStringLiteral("2025-12-08"));
    CHECK(list[11][QStringLiteral("date")].toString() == QStringLiteral("2026-09-07")); // 5 September 2026 is a Saturday
    for (const QJsonValue& m : list)
        CHECK(m[QStringLiteral("status")].toString() == QStringLiteral("planned"));

    // Every two months, on the second Tuesday: six meetings from October, replacing the monthly plan.
    cli.ok(args({"meetings", "plan", "--fiscal-year", "2569", "--every", "2", "--weekday", "2", "--week", "2"}));
    list = meetings(cli);
    REQUIRE(list.size() == 6);
    CHECK(list[0][QStringLiteral("date")].toString() == QStringLiteral("2025-10-14"));
    CHECK(list[1][QStringLiteral("date")].toString() == QStringLiteral("2025-12-09"));
    CHECK(list[5][QStringLiteral("date")].toString() == QStringLiteral("2026-08-11"));

    // Moved and cancelled with a reason; the numbers follow the dates of the meetings that stay.
    const QString second = QString::number(list[1][QStringLiteral("id")].toInteger());
    CHECK(cli.run(args({"meetings", "move"}) << second << QStringLiteral("--date") << QStringLiteral("13/12/2568") << QStringLiteral("--reason") << QStringLiteral("x"))
              .err.contains(QStringLiteral("not a working day")));
    CHECK(cli.run(args({"meetings", "move"}) << second << QStringLiteral("--date") << QStringLiteral("16/12/2568"))
              .err.contains(QStringLiteral("say why")));
    cli.ok(args({"meetings", "move"}) << second << QStringLiteral("--date") << QStringLiteral("16/12/2568") << QStringLiteral("--reason")
                                      << QStringLiteral("ประธานติดราชการ"));
    const QString first = QString::number(list[0][QStringLiteral("id")].toInteger());
    CHECK(cli.run(args({"meetings", "cancel"}) << first).err.contains(QStringLiteral("say why")));
    cli.ok(args({"meetings", "cancel"}) << first << QStringLiteral("--reason") << QStringLiteral("น้ำท่วมสำนักงาน"));
    cli.ok(args({"meetings", "add", "--fiscal-year", "2569", "--date", "20/10/2568"}));
    CHECK(cli.run(args({"meetings", "add", "--fiscal-year", "2569", "--date", "20/10/2569"})).err.contains(QStringLiteral("not in fiscal year 2569")));
    list = meetings(cli);
    REQUIRE(list.size() == 7);
    CHECK(list[0][QStringLiteral("status")].toString() == QStringLiteral("cancelled"));
    CHECK(list[0][QStringLiteral("number")].toString().isEmpty());
    CHECK(list[0][QStringLiteral("reason")].toString() == QStringLiteral("น้ำท่วมสำนักงาน"));
    CHECK(list[1][QStringLiteral("date")].toString() == QStringLiteral("2025-10-20"));
    CHECK(list[1][QStringLiteral("number")].toString() == QStringLiteral("1/2569"));
    CHECK(list[2][QStringLiteral("date")].toString() == QStringLiteral("2025-12-16"));
    CHECK(list[2][QStringLiteral("note")].toString().contains(QStringLiteral("ประธานติดราชการ")));

    // The agenda: written and sent ahead; Sujarit adds the month's complaint report and the rounds falling due.
    cli.ok(args({"plan", "new", "--fiscal-year", "2569", "--template", "seed001"})); // round 6 due 20 March 2026
    list = meetings(cli);
    const QString december = QString::number(list[2][QStringLiteral("id")].toInteger()); // 16 December 2025
    QString april;
    for (const QJsonValue& m : list)
        if (m[QStringLiteral("date")].toString().startsWith(QLatin1String("2026-04")))
            april = QString::number(m[QStringLiteral("id")].toInteger());
    REQUIRE(!april.isEmpty());
    const QByteArray agenda = R"({"place": "ห้องประชุมสำนักปลัด", "time": "13.30", "sent": "1/10/2568",
        "items": [{"section": 1, "title": "แนะนำกรรมการใหม่"},
                  {"section": 5, "title": "พิจารณาแผนรณรงค์ No Gift Policy ช่วงปีใหม่", "details": "ฝ่ายเลขานุการเสนอร่างกิจกรรม"}]})";
    CHECK(cli.run(args({"meetings", "agenda"}) << december << QStringLiteral("--json") << QStringLiteral("-"),
                  QByteArray(agenda).replace("\"section\": 5", "\"section\": 9"))
              .err.contains(QStringLiteral("item 2: section: 9 is not 1 to 6")));
    CHECK(cli.run(args({"meetings", "agenda"}) << december << QStringLiteral("--json") << QStringLiteral("-"),
                  QByteArray(agenda).replace("1/10/2568", "1/12/2568"))
              .err.contains(QStringLiteral("after today")));
    CHECK(cli.run(args({"meetings", "agenda"}) << first << QStringLiteral("--json") << QStringLiteral("-"), agenda)
              .err.contains(QStringLiteral("its agenda is written before it is held")));
    CHECK(meetings(cli)[2][QStringLiteral("status")].toString() == QStringLiteral("planned")); // nothing written
    cli.ok(args({"meetings", "agenda"}) << december << QStringLiteral("--json") << QStringLiteral("-"), agenda);
    const QJsonObject shown = QJsonDocument::fromJson(cli.ok(args({"meetings", "agenda"}) << december).out.toUtf8()).object();
    CHECK(shown[QStringLiteral("place")].toString() == QStringLiteral("ห้องประชุมสำนักปลัด"));
    const QJsonArray items = shown[QStringLiteral("items")].toArray();
    REQUIRE(items.size() == 3);
    CHECK(items[1][QStringLiteral("known")].toBool());
    CHECK(items[1][QStringLiteral("title")].toString().contains(QStringLiteral("ประจำเดือนพฤศจิกายน 2568")));
    CHECK(meetings(cli)[2][QStringLiteral("status")].toString() == QStringLiteral("agenda_sent"));
    const QJsonArray aprilItems
        = QJsonDocument::fromJson(cli.ok(args({"meetings", "agenda"}) << april).out.toUtf8()).object()[QStringLiteral("items")].toArray();
    bool round6 = false;
    for (const QJsonValue& i : aprilItems)
        round6 = round6 || i[QStringLiteral("title")].toString().contains(QStringLiteral("ตามแผนปฏิบัติการ รอบ 6 เดือน"));
    CHECK(round6);
    const QString pdf = cli.dir.filePath(QStringLiteral("agenda.pdf"));
    cli.ok(args({"office", "set", "name", "องค์การบริหารส่วนตำบลโคกแย้"}));
    cli.ok(args({"print", "agenda"}) << december << QStringLiteral("--out") << pdf);
    const QString text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).remove(u' ').remove(u'\n');
    for (const char* expected : {"ระเบียบวาระการประชุมคณะกรรมการจริยธรรม", "ครั้งที่2/2569", "ณห้องประชุมสำนักปลัด",
                                 "ระเบียบวาระที่1เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "1.1แนะนำกรรมการใหม่",
                                 "ระเบียบวาระที่3เรื่องสืบเนื่อง-ไม่มี-", "5.1พิจารณาแผนรณรงค์NoGiftPolicyช่วงปีใหม่",
                                 "ประจำเดือนพฤศจิกายน2568(1พฤศจิกายน2568–30พฤศจิกายน2568)"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }

    cli.ok(args({"meetings", "agenda-days", "--fiscal-year", "2569", "--days", "10"}));
    CHECK(meetings(cli)[1][QStringLiteral("agenda_due")].toString() == QStringLiteral("2025-10-10"));
    cli.ok(args({"meetings", "agenda-days", "--fiscal-year", "2569", "--days", "8"})); // 12 October, a Sunday
    CHECK(meetings(cli)[1][QStringLiteral("agenda_due")].toString() == QStringLiteral("2025-10-10"));
    CHECK(cli.run(args({"meetings", "agenda-days", "--fiscal-year", "2569", "--days", "99"})).err.contains(QStringLiteral("not 0 to 60")));
}
