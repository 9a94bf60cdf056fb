// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan: templates against the seeds' text, activities checked field by field, cumulative rounds,
// locking, the success percentage on a hand-computed plan, KPIs computed from the register and the declarations,
// and round imports that fail whole.
#include "TestSupport.h"

#include "calendar/Clock.h"
#include "complaints/ComplaintRepository.h"
#include "conflicts/Declarations.h"
#include "staff/StaffList.h"
#include "office/OfficeProfile.h"
#include "plan/PlanDocuments.h"
#include "plan/PlanProgress.h"
#include "plan/PlanStore.h"
#include "plan/PlanTemplates.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace sujarit;
using namespace sujarit::plan;

namespace {
QString seed(const char* name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/seeds/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

int count(storage::Database& db, const char* sql)
{
    QSqlQuery q = db.query();
    REQUIRE(db.exec(q, QString::fromLatin1(sql)));
    q.next();
    return q.value(0).toInt();
}

Activity activity(int measure, int line, const char* title, const char* kind, double target,
                  std::optional<qint64> budget = std::nullopt)
{
    Activity a;
    a.measure = measure;
    a.line = line;
    a.title = QString::fromUtf8(title);
    a.kpi = { QStringLiteral("ตัวชี้วัด"), QStringLiteral("ครั้ง"), QString::fromLatin1(kind), target, {} };
    a.budgetSatang = budget;
    return a;
}

ProgressEntry entry(qint64 id, std::optional<double> result, const char* status,
                    std::optional<qint64> spent = std::nullopt)
{
    Progress p;
    p.result = result;
    p.status = QString::fromLatin1(status);
    p.spentSatang = spent;
    return { id, p };
}

/** A seed-004 plan of 2570 with four activities: two in measure 1, one each in measures 2 and 3. */
QList<Activity> smallPlan(PlanStore& store)
{
    REQUIRE(store.create(2570, QStringLiteral("seed004")));
    QList<Activity> list = { activity(1, 1, "อบรมคุณธรรม", "count", 50, 1500000), activity(1, 2, "จิตอาสา", "done", 1),
                             activity(2, 1, "ค่ายคุณธรรม", "percent", 80, 500000), activity(3, 2, "ITA", "done", 1) };
    REQUIRE(store.addActivities(2570, list));
    return list;
}
} // namespace

TEST_CASE("Seed 001's 44 example activities and seed 004's measures are the seeds' own text", "[plan][templates]")
{
    // Every numbered row of seed 001's four tables, in order.
    const QString text = seed("001-ethics-code-activities.txt");
    QStringList rows;
    static const QRegularExpression row(QStringLiteral("^\\| (\\d+) \\| (.*) \\|$"),
                                        QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(text); it.hasNext();)
        rows << it.next().captured(2);
    REQUIRE(rows.size() == 44);
    REQUIRE(seed001Catalogue().size() == 44);
    for (int i = 0; i < 44; ++i)
        CHECK(seed001Catalogue()[i].text == rows[i]);
    QMap<QString, int> perArea;
    for (const CatalogueActivity& c : seed001Catalogue())
        ++perArea[c.area];
    CHECK(perArea
          == QMap<QString, int> { { QStringLiteral("strategy"), 5 },
                                  { QStringLiteral("campaign"), 23 },
                                  { QStringLiteral("monitoring"), 11 },
                                  { QStringLiteral("network"), 5 } });
    CHECK(seed001Catalogue()[19].group == QStringLiteral("2.2")); // from "จัดพิมพ์เอกสารประมวลจริยธรรม…" on

    const QString measures = seed("004-plan-measures.txt");
    REQUIRE(seed004Measures().size() == 3);
    int lines = 0;
    for (int m = 0; m < 3; ++m) {
        CHECK(
            measures.contains(QStringLiteral("มาตรการที่ %1 %2").arg(QChar(0x0E51 + m)).arg(seed004Measures()[m].title)));
        for (int l = 0; l < seed004Measures()[m].lines.size(); ++l, ++lines)
            CHECK(measures.contains(QStringLiteral("%1.%2 %3")
                                        .arg(QChar(0x0E51 + m))
                                        .arg(QChar(0x0E51 + l))
                                        .arg(seed004Measures()[m].lines[l])));
    }
    CHECK(lines == 8);
}

TEST_CASE("A plan from each template, and one copied from last year without its progress", "[plan][templates]")
{
    TempRegister r;
    PlanStore store(r.db);
    REQUIRE(store.create(2569, QStringLiteral("seed001")));
    auto p = store.load(2569);
    REQUIRE(p);
    CHECK(p->measures.size() == 4);
    CHECK(p->measures[1].lines.size() == 2);
    REQUIRE(p->activities.size() == 44);
    CHECK(p->activities[5].code() == QStringLiteral("2.1.1"));
    CHECK(p->activities[5].area == QStringLiteral("campaign"));
    CHECK(p->activities[19].code() == QStringLiteral("2.2.1"));
    CHECK(p->round(6).due == d("2026-03-20"));
    CHECK(p->round(9).due == d("2026-06-20"));
    CHECK(p->round(12).due == d("2026-09-10"));
    CHECK_FALSE(store.create(2569, QStringLiteral("seed004")));
    CHECK(store.errorString().contains(QStringLiteral("already has a plan")));
    CHECK_FALSE(store.create(2571, QStringLiteral("seed999")));

    REQUIRE(store.recordProgress(2569, 6, { entry(p->activities[0].id, 1, "done") }));
    REQUIRE(store.create(2570, QStringLiteral("copy:2569")));
    const auto copy = store.load(2570);
    REQUIRE(copy);
    CHECK(copy->activities.size() == 44);
    CHECK(copy->activities[0].title == p->activities[0].title);
    CHECK(copy->progress.isEmpty());
    CHECK(copy->round(6).due == d("2027-03-20"));
    CHECK_FALSE(store.create(2572, QStringLiteral("copy:2555")));

    REQUIRE(store.create(2571, QStringLiteral("seed004")));
    const auto fresh = store.load(2571);
    CHECK(fresh->measures.size() == 3);
    CHECK(fresh->activities.isEmpty());
}

TEST_CASE("Activities are checked field by field, and a bad one adds none", "[plan]")
{
    TempRegister r;
    PlanStore store(r.db);
    REQUIRE(store.create(2570, QStringLiteral("seed004")));
    const auto rejects = [&](Activity bad, const char* message) {
        QList<Activity> batch = { activity(1, 1, "ดี", "done", 1), bad };
        CHECK_FALSE(store.addActivities(2570, batch));
        CHECK(store.errorString().contains(QString::fromUtf8(message)));
        CHECK(count(r.db, "SELECT count(*) FROM plan_activities") == 0);
    };
    rejects(activity(4, 1, "x", "done", 1), "activity 2: measure: the plan has no measure 4");
    rejects(activity(2, 3, "x", "done", 1), "line: measure 2 has no line of action 2.3");
    rejects(activity(1, 0, "x", "done", 1), "say which one the activity serves");
    rejects(activity(1, 1, "x", "percent", 120), "target: 120 is over 100 per cent");
    rejects(activity(1, 1, "x", "score", 1), "kpi kind: “score” is not one of count, percent, done");
    rejects(activity(1, 1, "x", "count", 5, -100), "budget: -1.00 baht is negative");
    Activity months = activity(1, 1, "x", "done", 1);
    months.months = { 13 };
    rejects(months, "months: 13 is not a month");
    Activity virtue = activity(1, 1, "x", "done", 1);
    virtue.virtues = { QStringLiteral("courage") };
    rejects(virtue, "virtues: “courage” is not one of sufficiency");
    rejects(activity(1, 1, "", "done", 1), "title: the activity's title is missing");

    Activity computed = activity(3, 1, "แจ้งผลภายในกำหนด", "done", 80);
    computed.kpi = { QString(), QString(), QStringLiteral("done"), 80, QStringLiteral("complaints_answered_in_time") };
    QList<Activity> good = { activity(1, 1, "ดี", "done", 1), activity(1, 1, "ดีอีก", "count", 3), computed };
    REQUIRE(store.addActivities(2570, good));
    CHECK(good[1].code() == QStringLiteral("1.1.2"));
    CHECK(good[2].kpi.kind == QStringLiteral("percent")); // the source decides the kind and the unit
    CHECK(good[2].kpi.unit == QStringLiteral("ร้อยละ"));
}

TEST_CASE("Rounds are cumulative, carried forward, locked, and changed after locking only with a logged reason",
          "[plan][rounds]")
{
    TempRegister r;
    PlanStore store(r.db);
    const QList<Activity> list = smallPlan(store);
    const qint64 training = list[0].id;
    REQUIRE(store.recordProgress(2570, 6, { entry(training, 20, "in_progress", 400000) }));
    // Less than round 6 reported: refused, naming the activity.
    CHECK_FALSE(store.recordProgress(2570, 9, { entry(training, 15, "in_progress") }));
    CHECK(store.errorString()
          == QStringLiteral(
              "activity 1.1.1: result: 15 is less than the 20 reported at 6 months; results are cumulative"));
    CHECK_FALSE(store.recordProgress(2570, 9, { entry(training, 30, "in_progress", 300000) }));
    CHECK(store.errorString().contains(QStringLiteral("spending is cumulative")));
    CHECK_FALSE(store.recordProgress(2570, 9, { entry(list[2].id, 101, "in_progress") }));
    CHECK(store.errorString().contains(QStringLiteral("activity 2.1.1: result: 101 is over 100 per cent")));
    CHECK_FALSE(store.recordProgress(2570, 9, { entry(list[1].id, std::nullopt, "cancelled") }));
    CHECK(store.errorString().contains(QStringLiteral("cancel_reason: say why")));
    CHECK_FALSE(store.recordProgress(2570, 9, { entry(list[1].id, std::nullopt, "done", 100) }));
    CHECK(store.errorString().contains(QStringLiteral("the activity uses no budget")));

    auto p = store.load(2570);
    const Progress carried = p->progressAt(training, 9);
    CHECK(carried.carried);
    CHECK(*carried.result == 20);
    CHECK_FALSE(p->progressAt(training, 6).carried);

    REQUIRE(store.lockRound(2570, 6, QStringLiteral("นางสาวมาลี สุขใจ")));
    CHECK_FALSE(store.recordProgress(2570, 6, { entry(training, 25, "in_progress", 400000) }));
    CHECK(store.errorString().contains(QStringLiteral("was locked on")));
    CHECK_FALSE(store.recordProgress(2570, 6, { entry(training, 25, "in_progress", 400000) }, {},
                                     Override { QStringLiteral("ผู้ดูแลระบบ"), {} }));
    REQUIRE(store.recordProgress(2570, 6, { entry(training, 25, "in_progress", 400000) }, {},
                                 Override { QStringLiteral("ผู้ดูแลระบบ"), QStringLiteral("แก้ตัวเลขผู้เข้าร่วมที่นับตกหล่น") }));
    const auto log = store.changes(2570);
    REQUIRE(log);
    REQUIRE(log->size() == 1);
    CHECK(log->at(0).activity == QStringLiteral("1.1.1"));
    CHECK(log->at(0).by == QStringLiteral("ผู้ดูแลระบบ (head)")); // the name typed, and who was signed in
    CHECK(log->at(0).before.contains(QStringLiteral("\"result\":20")));
    CHECK(log->at(0).after.contains(QStringLiteral("\"result\":25")));
    CHECK_FALSE(store.lockRound(2570, 6, QStringLiteral("x")));
    // Only an administrator changes a locked round, reason or not.
    access::Session officer;
    officer.user = QStringLiteral("itg");
    officer.roles = { access::Role::IntegrityOfficer };
    r.setSession(officer);
    CHECK_FALSE(store.recordProgress(2570, 6, { entry(training, 26, "in_progress", 400000) }, {},
                                     Override { QStringLiteral("ผู้ดูแลระบบ"), QStringLiteral("ขอแก้") }));
    CHECK(store.errorString().contains(QStringLiteral("only an administrator")));
}

TEST_CASE("The plan's success percentage, per measure and overall, on a hand-computed plan", "[plan][success]")
{
    TempRegister r;
    PlanStore store(r.db);
    const QList<Activity> list = smallPlan(store);
    REQUIRE(store.recordProgress(
        2570, 6, { entry(list[0].id, 20, "in_progress", 400000), entry(list[1].id, std::nullopt, "done") }));
    Progress cancelled;
    cancelled.status = QStringLiteral("cancelled");
    cancelled.cancelReason = QStringLiteral("งบประมาณไม่ได้รับอนุมัติ");
    REQUIRE(store.recordProgress(
        2570, 12,
        { entry(list[0].id, 55, "done", 1450000), entry(list[2].id, 85, "done", 500000), { list[3].id, cancelled } }));
    const auto p = store.load(2570);
    // Round 6: one of four done (25 %); KPIs met: จิตอาสา only (25 %). Measure 1: 1 of 2 (50 %).
    const PlanStanding six = standing(*p, 6);
    CHECK(six.overall.planned == 4);
    CHECK(six.overall.donePercent() == Approx(25));
    CHECK(six.overall.kpiPercent() == Approx(25));
    CHECK(six.byMeasure[1].donePercent() == Approx(50));
    CHECK(six.overall.budgetSpentSatang == 400000);
    // Round 12: อบรม 55 ≥ 50 done, จิตอาสา done (carried), ค่าย 85 ≥ 80 done, ITA cancelled: 3 of 4 = 75 %.
    const PlanStanding twelve = standing(*p, 12);
    CHECK(twelve.overall.done == 3);
    CHECK(twelve.overall.cancelled == 1);
    CHECK(twelve.overall.donePercent() == Approx(75));
    CHECK(twelve.overall.kpiMet == 3);
    CHECK(twelve.byMeasure[3].donePercent() == Approx(0));
    CHECK(twelve.overall.budgetPlannedSatang == 2000000);
    CHECK(twelve.overall.budgetSpentSatang == 1950000);

    const documents::ListDocument report = roundReport(*p, twelve, {});
    CHECK(report.closing.join(u' ').contains(QStringLiteral("ดำเนินการแล้วเสร็จ 3 รายการ คิดเป็นร้อยละ 75.00")));
    const documents::ListDocument table = planList(*p, {});
    CHECK(table.rows.first()[4] == QStringLiteral("15,000.00")); // measure 1's budget total
    CHECK(table.closing.first().contains(QStringLiteral("งบประมาณรวม 20,000.00 บาท (สองหมื่นบาทถ้วน)")));
}

TEST_CASE("KPIs computed from the complaint register and the declarations", "[plan][kpi]")
{
    TempRegister r;
    std::optional<calendar::PinnedNow> pinned(std::in_place, dt("2026-11-20T12:00:00"));
    PlanStore store(r.db);
    REQUIRE(store.create(2570, QStringLiteral("seed004")));
    Activity answered = activity(3, 1, "แจ้งผลภายในกำหนด", "percent", 80);
    answered.kpi.source = QStringLiteral("complaints_answered_in_time");
    Activity received = activity(3, 1, "รับเรื่อง", "count", 1);
    received.kpi.source = QStringLiteral("complaints_received");
    Activity declared = activity(3, 2, "ยื่นแบบ", "percent", 100);
    declared.kpi.source = QStringLiteral("declarations_annual_share");
    QList<Activity> list = { answered, received, declared };
    REQUIRE(store.addActivities(2570, list));

    // Two named complaints: one answered on time, one late.
    complaints::ComplaintRepository repo(r.db, [] { return dt("2026-11-20T12:00:00"); });
    QList<complaints::Complaint> cases
        = { sampleComplaint(dt("2026-10-01T09:00:00")), sampleComplaint(dt("2026-10-02T09:00:00")) };
    REQUIRE(repo.add(cases));
    REQUIRE(repo.recordStep(cases[0].receipt,
                            { QStringLiteral("progress_notified"), {}, {}, dt("2026-10-05T10:00:00"), {}, {} }));
    REQUIRE(repo.recordStep(cases[1].receipt,
                            { QStringLiteral("progress_notified"), {}, {}, dt("2026-11-10T10:00:00"), {}, {} }));
    // Four staff, one annual return.
    QList<staff::StaffMember> staff;
    for (const char* name : { "ก ก", "ข ข", "ค ค", "ง ง" })
        staff.append({ 0, QString::fromUtf8(name), {}, {}, QStringLiteral("official"), true, {} });
    REQUIRE(staff::StaffList(r.db).add(staff));
    conflicts::Declaration d;
    d.kind = QStringLiteral("annual");
    d.declarant = QStringLiteral("ก ก");
    d.date = ::d("2026-10-15");
    d.noInterest = true;
    QList<conflicts::Declaration> ds = { d };
    REQUIRE(conflicts::DeclarationRegister(r.db).add(ds));

    const auto p = store.load(2570);
    QString error;
    const auto kpis = computeKpis(r.db, *p, 6, &error);
    pinned.reset();
    REQUIRE(kpis);
    CHECK(kpis->value(list[0].id) == Approx(50));
    CHECK(kpis->value(list[1].id) == Approx(2));
    CHECK(kpis->value(list[2].id) == Approx(25));
    const PlanStanding s = standing(*p, 6, *kpis);
    CHECK_FALSE(s.activities[0].kpiMet); // 50 % against 80
    CHECK(s.activities[1].kpiMet); // 2 complaints against 1
    CHECK(s.activities[0].progress.status == QStringLiteral("in_progress"));
}

TEST_CASE("Each round counts the complaints of its own period: half year, to June, the year", "[plan][kpi]")
{
    TempRegister r;
    std::optional<calendar::PinnedNow> pinned(std::in_place, dt("2027-09-20T12:00:00"));
    PlanStore store(r.db);
    REQUIRE(store.create(2570, QStringLiteral("seed004")));
    Activity received = activity(3, 1, "รับเรื่อง", "count", 1);
    received.kpi.source = QStringLiteral("complaints_received");
    QList<Activity> list = { received };
    REQUIRE(store.addActivities(2570, list));
    complaints::ComplaintRepository repo(r.db, [] { return dt("2027-09-20T12:00:00"); });
    QList<complaints::Complaint> cases
        = { sampleComplaint(dt("2026-10-01T09:00:00")), sampleComplaint(dt("2027-01-12T09:00:00")),
            sampleComplaint(dt("2027-05-10T09:00:00")), sampleComplaint(dt("2027-08-10T09:00:00")) };
    REQUIRE(repo.add(cases));
    const auto p = store.load(2570);
    REQUIRE(p);
    QString error;
    QList<double> counted;
    for (int round : { 6, 9, 12 }) {
        const auto kpis = computeKpis(r.db, *p, round, &error);
        REQUIRE(kpis);
        counted << kpis->value(list[0].id);
    }
    pinned.reset();
    CHECK(counted == QList<double> { 2, 3, 4 });
}

TEST_CASE("A bad round import names the line and the column and records nothing", "[plan][import]")
{
    TempRegister r;
    PlanStore store(r.db);
    smallPlan(store);
    const QByteArray good = "\xEF\xBB\xBF"
                            "ที่,ผลการดำเนินการ,งบประมาณที่ใช้,สถานะ,ปัญหาอุปสรรค,ข้อเสนอแนะ\r\n"
                            "1.1.1,20,\"4,000\",อยู่ระหว่างดำเนินการ,ฝนตก,จัดในร่ม\r\n"
                            "1.2.1,,,ดำเนินการแล้วเสร็จ,,\r\n"
                            "2.1.1,๔๕,,in_progress,,\r\n";
    const auto rejects = [&](const QByteArray& bad, const char* message) {
        CHECK_FALSE(store.importRound(2570, 6, bad, QStringLiteral("round6.csv")));
        CHECK(store.errorString().contains(QString::fromUtf8(message)));
        CHECK(count(r.db, "SELECT count(*) FROM plan_progress") == 0);
    };
    rejects(QByteArray(good).replace("2.1.1", "9.9.9"),
            "round6.csv, line 4, column activity: “9.9.9” is not an activity");
    rejects(QByteArray(good).replace("๔๕", "145"),
            "round6.csv, line 4 (activity 2.1.1): result: 145 is over 100 per cent");
    rejects(QByteArray(good).replace("1.1.1,20", "1.1.1,ยี่สิบ"),
            "round6.csv, line 2, column result: “ยี่สิบ” is not a number");
    rejects(QByteArray(good).replace("\"4,000\"", "สี่พัน"), "column budget_spent: “สี่พัน” is not an amount in baht");
    rejects(QByteArray(good).replace("in_progress", "paused"), "status: “paused” is not one of");
    rejects("activity,score\n1.1.1,3\n", "column “score” is not known");
    int n = 0;
    REQUIRE(store.importRound(2570, 6, good, QStringLiteral("round6.csv"), std::nullopt, &n));
    CHECK(n == 3);
    const auto p = store.load(2570);
    const Progress first = p->progressAt(p->activities[0].id, 6);
    CHECK(*first.result == 20);
    CHECK(*first.spentSatang == 400000);
    CHECK(first.problems == QStringLiteral("ฝนตก"));
    CHECK(p->progressAt(p->activities[1].id, 6).status == QStringLiteral("done"));
    CHECK(*p->progressAt(p->activities[2].id, 6).result == 45);
}
