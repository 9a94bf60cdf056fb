// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the action plan through sujarit-cli run as a process — a plan from a template, activities, a round
// imported from CSV, the JSON the issue asks for, a locked round, and the printed plan and round report.
#include "CliRunner.h"

#include <QJsonObject>

TEST_CASE("plan new, add, round import, list as JSON, lock, and print", "[cli][plan]")
{
    Cli cli;
    cli.today = QStringLiteral("2026-11-20");
    cli.init();
    cli.ok(args({ "office", "set", "name", "องค์การบริหารส่วนตำบลโคกแย้" }));
    CHECK(cli.ok(args({ "plan", "new", "--fiscal-year", "2570", "--template", "seed001" }))
              .out.contains(QStringLiteral("4 measure(s), 44")));
    const Result again = cli.run(args({ "plan", "new", "--fiscal-year", "2570", "--template", "seed004" }));
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already has a plan")));
    cli.ok(args({ "plan", "new", "--fiscal-year", "2571", "--template", "copy:2570" }));

    cli.ok(
        args({ "plan", "add", "--fiscal-year", "2570", "--json", "-" }),
        R"([{"measure": 2, "line": 1, "title": "อบรมคุณธรรมจริยธรรมพนักงาน", "kpi": {"name": "ผู้เข้าอบรม", "unit": "คน", "kind": "count"},
                "target": 40, "budget": "15,000", "division": "สำนักปลัด", "months": [1, 2, 3], "virtues": ["honesty"]}])");
    const Result badAdd = cli.run(args({ "plan", "add", "--fiscal-year", "2570", "--json", "-" }),
                                  R"({"measure": 2, "title": "x", "kpi": {"kind": "percent"}, "target": 150})");
    CHECK(badAdd.code == 1);
    CHECK(badAdd.err.contains(QStringLiteral("say which one the activity serves")));

    const QString round6 = cli.write(QStringLiteral("round6.csv"),
                                     "activity,result,budget_spent,status,problems,suggestions\n"
                                     "2.1.15,25,5000,in_progress,ผู้เข้าร่วมน้อย,จัดวันหยุด\n"
                                     "1.1,,,done,,\n");
    const QString bad = cli.write(QStringLiteral("bad.csv"), "activity,result\n2.1.15,25\n7.7,1\n");
    const Result rejected
        = cli.run(args({ "plan", "round", "--fiscal-year", "2570", "--round", "6", "--import" }) << bad);
    CHECK(rejected.code == 1);
    CHECK(rejected.err.contains(QStringLiteral("bad.csv, line 3, column activity: “7.7” is not an activity")));
    CHECK(rejected.err.contains(QStringLiteral("nothing was recorded")));
    cli.ok(args({ "plan", "round", "--fiscal-year", "2570", "--round", "6", "--import" }) << round6);

    const QJsonObject plan
        = QJsonDocument::fromJson(
              cli.ok(args({ "plan", "list", "--fiscal-year", "2570", "--format", "json" })).out.toUtf8())
              .object();
    const QJsonArray activities = plan[QStringLiteral("activities")].toArray();
    REQUIRE(activities.size() == 45);
    const QJsonObject training = activities[19].toObject(); // 2.1.15, after the 14 examples of 2.1
    CHECK(training[QStringLiteral("code")].toString() == QStringLiteral("2.1.15"));
    for (const char* key : { "measure", "area", "kpi", "target", "budget_planned", "rounds" })
        CHECK(training.contains(QString::fromLatin1(key)));
    CHECK(training[QStringLiteral("measure")].toString() == QStringLiteral("ด้านการรณรงค์ส่งเสริม ป้องกันและประชาสัมพันธ์"));
    CHECK(training[QStringLiteral("budget_planned")].toDouble() == 15000);
    CHECK(training[QStringLiteral("target")].toDouble() == 40);
    const QJsonObject six = training[QStringLiteral("rounds")].toObject()[QStringLiteral("6")].toObject();
    CHECK(six[QStringLiteral("result")].toDouble() == 25);
    CHECK(six[QStringLiteral("budget_spent")].toDouble() == 5000);
    CHECK(six[QStringLiteral("status")].toString() == QStringLiteral("in_progress"));
    const QJsonObject nine = training[QStringLiteral("rounds")].toObject()[QStringLiteral("9")].toObject();
    CHECK(nine[QStringLiteral("carried")].toBool());

    // Evidence of the training: attached to round 6, listed, and a copy saved equal to what was attached; a file
    // that is not a PDF, JPEG or PNG is refused.
    const QByteArray photo = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(2000, 'x');
    const QString photoPath = cli.write(QStringLiteral("อบรม.png"), photo);
    CHECK(cli.ok(args({ "plan", "evidence", "--fiscal-year", "2570", "--activity", "2.1.15", "--round", "6", "--add" })
                 << photoPath)
              .out.contains(QStringLiteral("อบรม.png")));
    const QString note = cli.write(QStringLiteral("note.txt"), "just words");
    CHECK(cli.run(args({ "plan", "evidence", "--fiscal-year", "2570", "--activity", "2.1.15", "--round", "6", "--add" })
                  << note)
              .err.contains(QStringLiteral("not a PDF, JPEG or PNG")));
    const QString listed = cli.ok(args({ "plan", "evidence", "--fiscal-year", "2570", "--activity", "2.1.15" })).out;
    CHECK(listed.contains(QStringLiteral("อบรม.png")));
    CHECK(listed.contains(QStringLiteral("2008")));
    const QString id = listed.split(u'\n').value(1).section(u' ', 0, 0);
    const QString copy = cli.dir.filePath(QStringLiteral("copy.png"));
    cli.ok(args({ "plan", "evidence", "--fiscal-year", "2570", "--activity", "2.1.15", "--save" }) << id
           << QStringLiteral("--out") << copy);
    QFile saved(copy);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == photo);
    CHECK(activities[0]
              .toObject()[QStringLiteral("rounds")]
              .toObject()[QStringLiteral("6")]
              .toObject()[QStringLiteral("status")]
              .toString()
          == QStringLiteral("done"));
    const QJsonObject success = plan[QStringLiteral("success")].toObject()[QStringLiteral("6")].toObject();
    CHECK(success[QStringLiteral("planned")].toInt() == 45);
    CHECK(success[QStringLiteral("done")].toInt() == 1);

    cli.ok(args({ "plan", "due", "--fiscal-year", "2570", "--round", "9", "--date", "25 มิ.ย. 2570" }));
    CHECK(cli.run(args({ "plan", "due", "--fiscal-year", "2570", "--round", "9", "--date", "31/6/2570" })).code == 2);
    cli.ok(args({ "plan", "lock", "--fiscal-year", "2570", "--round", "6", "--by", "นางสาวมาลี สุขใจ" }));
    const QJsonObject roundsInfo
        = QJsonDocument::fromJson(
              cli.ok(args({ "plan", "list", "--fiscal-year", "2570", "--format", "json" })).out.toUtf8())
              .object()[QStringLiteral("rounds")]
              .toObject();
    CHECK(roundsInfo[QStringLiteral("9")].toObject()[QStringLiteral("due")].toString() == QStringLiteral("2027-06-25"));
    CHECK(roundsInfo[QStringLiteral("12")].toObject()[QStringLiteral("due")].toString()
          == QStringLiteral("2027-09-10"));
    CHECK(roundsInfo[QStringLiteral("6")].toObject()[QStringLiteral("locked")].toBool());
    const Result locked
        = cli.run(args({ "plan", "round", "--fiscal-year", "2570", "--round", "6", "--import" }) << round6);
    CHECK(locked.code == 1);
    CHECK(locked.err.contains(QStringLiteral("was locked")));
    cli.ok(args({ "plan", "round", "--fiscal-year", "2570", "--round", "6", "--admin", "ผู้ดูแลระบบ", "--reason",
                  "แก้ไขตามหลักฐาน", "--import" })
           << round6);
    const QJsonArray log
        = QJsonDocument::fromJson(cli.ok(args({ "plan", "changes", "--fiscal-year", "2570" })).out.toUtf8()).array();
    CHECK(log.size() == 2);
    CHECK(log[0].toObject()[QStringLiteral("reason")].toString() == QStringLiteral("แก้ไขตามหลักฐาน"));

    const QString dir = cli.dir.path();
    cli.ok(args({ "print", "plan", "--fiscal-year", "2570", "--out" }) << dir + QStringLiteral("/plan.pdf"));
    cli.ok(args({ "print", "plan-round", "--fiscal-year", "2570", "--round", "6", "--out" })
           << dir + QStringLiteral("/round6.pdf"));
    const QString report
        = runProgram(QStringLiteral("pdftotext"),
                     { QStringLiteral("-raw"), dir + QStringLiteral("/round6.pdf"), QStringLiteral("-") });
    CHECK(report.contains(QStringLiteral("แบบรายงานผลการดำเนินการตามแผน รอบ 6 เดือน")));
    CHECK(report.contains(QStringLiteral("ผู้เข้าร่วมน้อย")));
    const QString table
        = runProgram(QStringLiteral("pdftotext"),
                     { QStringLiteral("-raw"), dir + QStringLiteral("/plan.pdf"), QStringLiteral("-") });
    CHECK(table.contains(QStringLiteral("งบประมาณรวม 15,000.00 บาท")));
    cli.ok(args({ "plan", "list", "--fiscal-year", "2570", "--format", "xlsx", "--out" })
           << dir + QStringLiteral("/plan.xlsx"));
    CHECK(QFile(dir + QStringLiteral("/plan.xlsx")).size() > 1000);
    const Result noRound
        = cli.run(args({ "print", "plan-round", "--fiscal-year", "2570", "--round", "7", "--out", "x.pdf" }));
    CHECK(noRound.code == 2);
}
