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

    // The minutes, once the meeting is held: every member present or absent, each item resolved, each action owned.
    cli.today = QStringLiteral("2026-01-10");
    list = meetings(cli);
    const QString one = QString::number(list[1][QStringLiteral("id")].toInteger()); // 1/2569, 20 October
    const QString two = december;                                                  // 2/2569, 16 December
    const QString three = QString::number(list[3][QStringLiteral("id")].toInteger()); // 3/2569, February
    const QByteArray minutes = R"({"place": "ห้องประชุมสำนักปลัด", "start": "13.30", "end": "15.00",
        "attendees": ["นางสาวมาลี สุขใจ"], "others": ["นายช่าง ใจดี"],
        "items": [{"section": 5, "title": "แผนรณรงค์ No Gift Policy", "discussion": "เลขานุการเสนอร่าง", "resolution": "เห็นชอบ"}],
        "actions": [{"title": "จัดทำแผนรณรงค์ช่วงปีใหม่", "owner": "นางสาวมาลี สุขใจ", "due": "30/11/2568"}],
        "taker": "นางอรุณ แสงดี", "checker": "นางสาวมาลี สุขใจ"})";
    const auto minutesOf = [&](const QString& id, const QByteArray& json) {
        return cli.run(args({"meetings", "minutes"}) << id << QStringLiteral("--json") << QStringLiteral("-"), json);
    };
    CHECK(minutesOf(first, minutes).err.contains(QStringLiteral("was cancelled")));
    CHECK(minutesOf(three, minutes).err.contains(QStringLiteral("still to come")));
    CHECK(minutesOf(one, QByteArray(minutes).replace("\"attendees\": [\"นางสาวมาลี สุขใจ\"]", "\"attendees\": [\"นายใคร\"]"))
              .err.contains(QStringLiteral("attendees: นายใคร is not on the committee")));
    CHECK(minutesOf(one, QByteArray(minutes).replace("\"attendees\": [\"นางสาวมาลี สุขใจ\"]", "\"attendees\": []"))
              .err.contains(QStringLiteral("นางสาวมาลี สุขใจ is neither present nor absent")));
    CHECK(minutesOf(one, QByteArray(minutes).replace("\"attendees\": [\"นางสาวมาลี สุขใจ\"]",
                                                     "\"attendees\": [], \"absent\": [{\"name\": \"นางสาวมาลี สุขใจ\"}]"))
              .err.contains(QStringLiteral("absent: say why")));
    CHECK(minutesOf(one, QByteArray(minutes).replace("\"owner\": \"นางสาวมาลี สุขใจ\"", "\"owner\": \"\""))
              .err.contains(QStringLiteral("action 1: owner")));
    CHECK(minutesOf(one, QByteArray(minutes).replace("\"resolution\": \"เห็นชอบ\"", "\"resolution\": \"\""))
              .err.contains(QStringLiteral("item 1: resolution")));
    CHECK(meetings(cli)[1][QStringLiteral("status")].toString() == QStringLiteral("planned")); // nothing written
    cli.ok(args({"meetings", "minutes"}) << one << QStringLiteral("--json") << QStringLiteral("-"), minutes);
    CHECK(meetings(cli)[1][QStringLiteral("status")].toString() == QStringLiteral("held"));

    // The next agenda carries the minutes to approve and the open action.
    QString next = cli.ok(args({"meetings", "agenda"}) << two).out;
    CHECK(next.contains(QStringLiteral("รับรองรายงานการประชุมครั้งที่ 1/2569")));
    CHECK(next.contains(QStringLiteral("ติดตาม: จัดทำแผนรณรงค์ช่วงปีใหม่")));

    // Approved at a later meeting only, then locked; a correction is a new version that says why.
    CHECK(cli.run(args({"meetings", "approve"}) << one << QStringLiteral("--at") << first).err.contains(QStringLiteral("cancelled")));
    CHECK(cli.run(args({"meetings", "approve"}) << one << QStringLiteral("--at") << one).err.contains(QStringLiteral("is not after")));
    cli.ok(args({"meetings", "approve"}) << one << QStringLiteral("--at") << two);
    CHECK(meetings(cli)[1][QStringLiteral("status")].toString() == QStringLiteral("minutes_approved"));
    CHECK(minutesOf(one, minutes).err.contains(QStringLiteral("locked")));
    cli.ok(args({"meetings", "minutes"}) << one << QStringLiteral("--json") << QStringLiteral("-") << QStringLiteral("--reason")
                                         << QStringLiteral("แก้ไขชื่อผู้เข้าร่วม"),
           QByteArray(minutes).replace("นายช่าง ใจดี", "นายช่าง ใจดีมาก"));
    const QJsonObject shownMinutes = QJsonDocument::fromJson(cli.ok(args({"meetings", "minutes"}) << one).out.toUtf8()).object();
    CHECK(shownMinutes[QStringLiteral("version")].toInt() == 2);

    // An action done leaves the agendas after it.
    const QJsonArray open = QJsonDocument::fromJson(cli.ok(args({"meetings", "actions", "--fiscal-year", "2569"})).out.toUtf8()).array();
    REQUIRE(open.size() == 1);
    cli.ok(args({"meetings", "actions", "--done"}) << QString::number(open[0][QStringLiteral("id")].toInteger())
                                                   << QStringLiteral("--date") << QStringLiteral("5/1/2569"));
    CHECK(!cli.ok(args({"meetings", "agenda"}) << three).out.contains(QStringLiteral("ติดตาม:")));

    const QString minutesPdf = cli.dir.filePath(QStringLiteral("minutes.pdf"));
    cli.ok(args({"print", "minutes"}) << one << QStringLiteral("--out") << minutesPdf);
    const QString minutesText = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), minutesPdf, QStringLiteral("-")})
                                    .remove(u' ')
                                    .remove(u'\n');
    for (const char* expected : {"ฉบับแก้ไขครั้งที่1", "รายงานการประชุมคณะกรรมการจริยธรรม", "ครั้งที่1/2569", "ผู้มาประชุม",
                                 "1.นางสาวมาลีสุขใจ", "ผู้เข้าร่วมประชุม", "นายช่างใจดีมาก", "มติที่ประชุมเห็นชอบ",
                                 "จัดทำแผนรณรงค์ช่วงปีใหม่", "ผู้จดรายงานการประชุม", "(นางอรุณแสงดี)"}) {
        INFO(expected);
        CHECK(minutesText.contains(QString::fromUtf8(expected)));
    }
    CHECK(!minutesText.contains(QStringLiteral("ที่ประชุมรับรอง"))); // the correction waits for its own approval

    // The year's register: each meeting, what became of it, and each member's attendance.
    const QString registerPdf = cli.dir.filePath(QStringLiteral("meetings.pdf"));
    cli.ok(args({"print", "meeting-register", "--fiscal-year", "2569", "--out"}) << registerPdf);
    const QString registerText = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), registerPdf, QStringLiteral("-")})
                                     .remove(u' ')
                                     .remove(u'\n');
    for (const char* expected : {"ทะเบียนการประชุมคณะกรรมการจริยธรรมปีงบประมาณพ.ศ.2569", "ยกเลิก", "น้ำท่วมสำนักงาน",
                                 "รับรองรายงานการประชุมแล้ว", "1/1", "นางสาวมาลีสุขใจ(ประธาน)มาประชุม1จาก1ครั้ง"}) {
        INFO(expected);
        CHECK(registerText.contains(QString::fromUtf8(expected)));
    }

    // A clerk sees none of it.
    cli.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    CHECK(cli.as(QStringLiteral("clerk")).run(args({"meetings", "actions", "--fiscal-year", "2569"})).code == 1);
    CHECK(cli.as(QStringLiteral("clerk")).run(args({"meetings", "list", "--fiscal-year", "2569"})).code == 1);
    CHECK(cli.as(QStringLiteral("clerk")).run(args({"meetings", "minutes"}) << one).code == 1);

    cli.today = QStringLiteral("2025-10-01");
    cli.ok(args({"meetings", "agenda-days", "--fiscal-year", "2569", "--days", "10"}));
    CHECK(meetings(cli)[1][QStringLiteral("agenda_due")].toString() == QStringLiteral("2025-10-10"));
    cli.ok(args({"meetings", "agenda-days", "--fiscal-year", "2569", "--days", "8"})); // 12 October, a Sunday
    CHECK(meetings(cli)[1][QStringLiteral("agenda_due")].toString() == QStringLiteral("2025-10-10"));
    CHECK(cli.run(args({"meetings", "agenda-days", "--fiscal-year", "2569", "--days", "99"})).err.contains(QStringLiteral("not 0 to 60")));
}

TEST_CASE("meetings: a meeting cancelled after its agenda went out does not stop the year being planned again",
          "[cli][committee][meetings]")
{
    Cli cli;
    cli.today = QStringLiteral("2025-10-01");
    cli.init();
    cli.ok(args({"staff", "add", "--json", "-"}), R"({"name": "นางสาวมาลี สุขใจ", "kind": "official"})");
    cli.ok(args({"committee", "add", "--fiscal-year", "2569", "--json", "-"}), R"({"name": "นางสาวมาลี สุขใจ", "role": "chair"})");
    cli.ok(args({"meetings", "plan", "--fiscal-year", "2569", "--every", "1", "--day", "20"}));
    const QString id = QString::number(meetings(cli)[0][QStringLiteral("id")].toInteger());
    cli.ok(args({"meetings", "agenda"}) << id << QStringLiteral("--json") << QStringLiteral("-"),
           R"({"sent": "1/10/2568", "items": [{"section": 1, "title": "แจ้งเพื่อทราบ"}]})");
    CHECK(cli.run(args({"meetings", "plan", "--fiscal-year", "2569", "--every", "2", "--day", "20"})).err.contains(QStringLiteral("gone past planning")));
    cli.ok(args({"meetings", "cancel"}) << id << QStringLiteral("--reason") << QStringLiteral("เลื่อนไปรวมกับเดือนถัดไป"));
    cli.ok(args({"meetings", "plan", "--fiscal-year", "2569", "--every", "2", "--day", "20"}));
    CHECK(meetings(cli).size() == 6);
}
