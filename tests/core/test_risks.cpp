// SPDX-License-Identifier: GPL-3.0-or-later
// The corruption-risk register: level bands on every boundary, ranking with ties, seed 002's template against the
// seed's own text, copying a year, entries refused field by field with nothing written, follow-up rounds and their
// lock, and the office's own figures beside each risk.
#include "TestSupport.h"

#include "complaints/ComplaintRepository.h"
#include "gifts/GiftRegister.h"
#include "office/OfficeProfile.h"
#include "plan/PlanStore.h"
#include "risks/RiskJson.h"
#include "risks/RiskStore.h"
#include "risks/RiskTemplates.h"
#include "staff/StaffList.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace sujarit;
using namespace sujarit::risks;

namespace {

int rows(storage::Database& db, const char* table)
{
    QSqlQuery q = db.query();
    REQUIRE(db.exec(q, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)));
    q.next();
    return q.value(0).toInt();
}

NewRisk risk(const char* process, const char* event, const char* type, std::optional<int> likelihood,
             std::optional<int> impact)
{
    NewRisk n;
    n.risk.process = QString::fromUtf8(process);
    n.risk.event = QString::fromUtf8(event);
    n.risk.type = QString::fromLatin1(type);
    n.risk.likelihood = likelihood;
    n.risk.impact = impact;
    return n;
}

void setDivisions(storage::Database& db)
{
    office::OfficeProfile office = office::OfficeProfile::load(db);
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    office.divisions = {QStringLiteral("สำนักปลัด"), QStringLiteral("กองคลัง"), QStringLiteral("กองช่าง")};
    REQUIRE(office.save(db));
}

} // namespace

TEST_CASE("Risk levels follow the bands on every boundary", "[risks]")
{
    const LevelBands bands;
    const QList<std::pair<int, const char*>> expected = {{1, "low"},     {4, "low"},   {5, "medium"},
                                                         {9, "medium"},  {10, "high"}, {16, "high"},
                                                         {17, "very_high"}, {25, "very_high"}};
    for (const auto& [score, level] : expected) {
        INFO(score);
        CHECK(levelOf(score, bands) == QLatin1String(level));
    }
    // Every product of two levels falls in exactly one band.
    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i)
            CHECK(!levelOf(l * i, bands).isEmpty());
    CHECK(levelRange(QStringLiteral("low"), bands) == QStringLiteral("1–4"));
    CHECK(levelRange(QStringLiteral("very_high"), bands) == QStringLiteral("17–25"));

    const LevelBands strict{4, 8, 15};
    CHECK(levelOf(3, strict) == QStringLiteral("low"));
    CHECK(levelOf(4, strict) == QStringLiteral("medium"));
    CHECK(levelOf(8, strict) == QStringLiteral("high"));
    CHECK(levelOf(15, strict) == QStringLiteral("very_high"));
    CHECK(strict.check().isEmpty());
    CHECK_FALSE(LevelBands{10, 5, 17}.check().isEmpty());
    CHECK_FALSE(LevelBands{1, 5, 17}.check().isEmpty());
    CHECK_FALSE(LevelBands{5, 10, 26}.check().isEmpty());

    TempRegister r;
    RiskStore store(r.db);
    CHECK(store.bands().medium == 5);
    REQUIRE(store.setBands(strict));
    CHECK(store.bands().high == 8);
    CHECK_FALSE(store.setBands(LevelBands{10, 5, 17}));
    CHECK(store.errorString().contains(QStringLiteral("rise")));
    CHECK(store.bands().high == 8); // unchanged
}

TEST_CASE("Risks rank by score, then impact, then likelihood; full ties share a rank", "[risks]")
{
    TempRegister r;
    RiskStore store(r.db);
    REQUIRE(store.create(2570, QStringLiteral("empty")));
    QList<NewRisk> list = {
        risk("การจัดซื้อจัดจ้าง", "แบ่งซื้อแบ่งจ้าง", "budget", 3, 4),          // R1: 12, impact 4
        risk("การอนุญาตก่อสร้างอาคาร", "เรียกรับเงินเพื่ออนุญาต", "permits", 4, 3), // R2: 12, impact 3
        risk("การเบิกจ่าย", "เบิกค่าตอบแทนเกินสิทธิ", "budget", 2, 2),             // R3: 4
        risk("การใช้รถราชการ", "นำรถไปใช้ส่วนตัว", "authority", 4, 3),             // R4: ties R2 wholly
        risk("การจัดเก็บภาษี", "ลดหย่อนภาษีให้พวกพ้อง", "conflict_of_interest", 5, 5), // R5: 25
        risk("การรับของขวัญ", "รับของขวัญเกินสามพันบาท", "bribery", 2, 6 - 3),        // R6: 6
    };
    REQUIRE(store.addRisks(2570, list));
    const auto reg = store.load(2570);
    REQUIRE(reg);
    const QList<Ranked> ranked = reg->ranked(store.bands());
    QStringList order;
    for (const Ranked& x : ranked)
        order << QStringLiteral("R%1:%2:%3").arg(x.risk->number).arg(x.rank).arg(x.level);
    CHECK(order.join(u' ')
          == QStringLiteral("R5:1:very_high R1:2:high R2:3:high R4:3:high R6:5:medium R3:6:low"));
}

TEST_CASE("Seed 002's template holds the seed's six risks and seven measures in its words", "[risks]")
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/seeds/002-risks-and-measures.txt"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString seed = QString::fromUtf8(f.readAll());
    const qsizetype split = seed.indexOf(QStringLiteral("มาตรการป้องกัน"));
    REQUIRE(split > 0);
    const auto items = [](const QString& part) {
        QStringList out;
        static const QRegularExpression item(QStringLiteral("^([๑-๙])\\.\\s*(.+)$"),
                                             QRegularExpression::MultilineOption);
        auto it = item.globalMatch(part);
        while (it.hasNext())
            out << it.next().captured(2).simplified();
        return out;
    };
    const QStringList seedRisks = items(seed.left(split));
    const QStringList seedMeasures = items(seed.mid(split));
    REQUIRE(seedRisks.size() == 6);
    REQUIRE(seedMeasures.size() == 7);

    TempRegister r;
    setDivisions(r.db);
    RiskStore store(r.db);
    REQUIRE(store.create(2570, QStringLiteral("seed002")));
    const auto reg = store.load(2570);
    REQUIRE(reg);
    REQUIRE(reg->risks.size() == 6);
    REQUIRE(reg->measures.size() == 7);
    for (int i = 0; i < 6; ++i) {
        CHECK(reg->risks[i].event == seedRisks[i]);
        CHECK(reg->risks[i].number == i + 1);
        CHECK_FALSE(reg->risks[i].assessed()); // the seed rates none: the office does
    }
    for (int i = 0; i < 7; ++i) {
        QString expected = seedMeasures[i];
        expected.replace(QStringLiteral("องค์การบริหารส่วนตำบลบางเสด็จ"), QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้"));
        CHECK(reg->measures[i].title == expected);
        CHECK(reg->measures[i].risk == 0); // seed 002 sets its measures against all its risks
    }
    CHECK(reg->measures[0].title.contains(QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้")));
    CHECK_FALSE(reg->measures[0].title.contains(QStringLiteral("บางเสด็จ")));
    // Not yet assessed, so not ranked; listed after the ranked ones.
    for (const Ranked& x : reg->ranked(store.bands()))
        CHECK(x.rank == 0);
    CHECK_FALSE(store.create(2570, QStringLiteral("empty")));
    CHECK(store.errorString().contains(QStringLiteral("already")));
}

TEST_CASE("A bad risk, measure or finding is refused naming the entry and field, and nothing is written", "[risks]")
{
    TempRegister r;
    setDivisions(r.db);
    RiskStore store(r.db);
    REQUIRE(store.create(2570, QStringLiteral("empty")));
    const int before = rows(r.db, "risks");
    const auto refused = [&](QList<NewRisk> list, const char* words) {
        INFO(words);
        CHECK_FALSE(store.addRisks(2570, list, {QStringLiteral("risks.json: risk 1"), QStringLiteral("risks.json: risk 2")}));
        CHECK(store.errorString().contains(QString::fromUtf8(words)));
        CHECK(rows(r.db, "risks") == before);
        CHECK(rows(r.db, "risk_measures") == 0);
    };
    NewRisk good = risk("การจัดซื้อจัดจ้าง", "ล็อกสเปก", "budget", 3, 3);
    good.measures.append(Measure{0, 0, 0, QStringLiteral("เผยแพร่ร่าง TOR"), QStringLiteral("กองคลัง"), {}, {}, {}, {}, 0});
    refused({good, risk("การจัดซื้อจัดจ้าง", "ล็อกสเปก", "budget", 6, 3)}, "risks.json: risk 2: likelihood: 6 is not 1 to 5");
    refused({good, risk("การจัดซื้อจัดจ้าง", "ล็อกสเปก", "budget", 3, 0)}, "risk 2: impact: 0 is not 1 to 5");
    refused({good, risk("การจัดซื้อจัดจ้าง", "", "budget", 3, 3)}, "risk 2: event");
    refused({good, risk("การจัดซื้อจัดจ้าง", "ล็อกสเปก", "lottery", 3, 3)}, "risk 2: type: “lottery” is not one of");
    NewRisk badOwner = good;
    badOwner.measures[0].division = QStringLiteral("กองสวัสดิการ");
    refused({good, badOwner}, "risk 2, measure 1: owner: “กองสวัสดิการ” is not one of the office's divisions");
    NewRisk badActivity = good;
    badActivity.measures[0].planActivity = 999;
    refused({good, badActivity}, "plan activity");

    QList<NewRisk> ok = {good};
    REQUIRE(store.addRisks(2570, ok));
    CHECK(ok[0].risk.number == 1);
    CHECK(ok[0].measures[0].risk == ok[0].risk.id);

    QList<Finding> findings = {{0, QStringLiteral("survey"), QStringLiteral("ผู้ประกอบการอยากเห็น TOR ก่อนประกาศ"), {1}},
                               {0, QStringLiteral("survey"), QStringLiteral("อยากรู้ผลการพิจารณา"), {7}}};
    CHECK_FALSE(store.addFindings(2570, findings));
    CHECK(store.errorString().contains(QStringLiteral("finding 2: risks: the register of 2570 has no risk 7")));
    CHECK(rows(r.db, "risk_findings") == 0);
    findings[1].source = QStringLiteral("rumour");
    findings[1].risks = {1};
    CHECK_FALSE(store.addFindings(2570, findings));
    CHECK(store.errorString().contains(QStringLiteral("source: “rumour”")));
    findings[1].source = QStringLiteral("complaints");
    REQUIRE(store.addFindings(2570, findings));
    CHECK(rows(r.db, "risk_findings") == 2);

    // A register must exist, and a clerk may not write one.
    QList<NewRisk> more = {good};
    CHECK_FALSE(store.addRisks(2571, more));
    CHECK(store.errorString().contains(QStringLiteral("no risk register")));
    access::Session clerk;
    clerk.user = QStringLiteral("somsri");
    clerk.roles = {access::Role::Clerk};
    REQUIRE(r.setSession(clerk));
    CHECK_FALSE(store.addRisks(2570, more));
    CHECK_FALSE(store.load(2570));
    CHECK(rows(r.db, "risks") == 1);
}

TEST_CASE("JSON risks are read strictly: every key known, numbers whole and 1 to 5", "[risks]")
{
    const auto parse = [](const char* json) {
        QString why;
        const auto n = newRiskFromJson(QJsonDocument::fromJson(json).object(), {}, &why);
        return n ? QString() : why;
    };
    CHECK(parse(R"({"process":"p","event":"e","type":"budget","likelihood":3,"impact":"4"})").isEmpty());
    CHECK(parse(R"({"process":"p","event":"e","type":"budget","likelihood":3.5,"impact":4})").contains(QStringLiteral("likelihood")));
    CHECK(parse(R"({"process":"p","event":"e","type":"budget","likelihood":3})").contains(QStringLiteral("impact: missing")));
    CHECK(parse(R"({"process":"p","event":"e","type":"budget","likelihod":3,"impact":4})").contains(QStringLiteral("likelihod")));
    CHECK(parse(R"({"event":"e","type":"budget","likelihood":3,"impact":4})").contains(QStringLiteral("process")));
    CHECK(parse(R"({"process":"p","event":"e","type":"budget","likelihood":3,"impact":4,"measures":[{"owner":"x"}]})")
              .contains(QStringLiteral("measures, 1: title")));
    CHECK(parse(R"({"process":"p","event":"e","type":"budget","likelihood":3,"impact":4,"measures":[{"title":"t","due":"32/13/2570"}]})")
              .contains(QStringLiteral("measures, 1: due")));
}

TEST_CASE("Follow-up rounds record status and residual levels, refuse bad entries whole, and lock", "[risks]")
{
    TempRegister r;
    setDivisions(r.db);
    RiskStore store(r.db);
    REQUIRE(store.create(2570, QStringLiteral("seed002")));
    auto reg = store.load(2570);
    REQUIRE(reg);
    Risk first = reg->risks[0];
    first.process = QStringLiteral("การออกข้อบัญญัติ");
    first.likelihood = 4;
    first.impact = 4;
    REQUIRE(store.updateRisk(2570, first));
    const qint64 m1 = reg->measures[0].id, m2 = reg->measures[1].id;

    const int before = rows(r.db, "risk_follow_ups");
    CHECK_FALSE(store.recordFollowUp(2570, 6, {{m1, {QStringLiteral("done"), QStringLiteral("อบรมแล้ว"), {}}}, {999, {}}},
                                     {}));
    CHECK(store.errorString().contains(QStringLiteral("entry 2: measure: the register of 2570 has no measure 999")));
    CHECK_FALSE(store.recordFollowUp(2570, 6, {{m2, {QStringLiteral("cancelled"), {}, {}}}}, {}));
    CHECK(store.errorString().contains(QStringLiteral("cancel_reason")));
    CHECK_FALSE(store.recordFollowUp(2570, 6, {{m1, {QStringLiteral("finished"), {}, {}}}}, {}));
    CHECK_FALSE(store.recordFollowUp(2570, 6, {}, {{first.id, {6, 2}}}));
    CHECK_FALSE(store.recordFollowUp(2570, 9, {{m1, {}}}, {}));
    CHECK(rows(r.db, "risk_follow_ups") == before);
    CHECK(rows(r.db, "risk_residuals") == 0);

    REQUIRE(store.recordFollowUp(2570, 6,
                                 {{m1, {QStringLiteral("done"), QStringLiteral("อบรมพนักงาน ๔๐ คน"), {}}},
                                  {m2, {QStringLiteral("cancelled"), {}, QStringLiteral("ไม่ได้รับงบประมาณ")}}},
                                 {{first.id, {2, 4}}}));
    // A second recording of the same round replaces the first.
    REQUIRE(store.recordFollowUp(2570, 6, {{m1, {QStringLiteral("done"), QStringLiteral("อบรมพนักงาน ๔๕ คน"), {}}}}, {}));
    reg = store.load(2570);
    CHECK(reg->followUps.value(m1).value(6).done == QStringLiteral("อบรมพนักงาน ๔๕ คน"));
    CHECK(reg->followUps.value(m2).value(6).cancelReason == QStringLiteral("ไม่ได้รับงบประมาณ"));
    CHECK(reg->residuals.value(first.id).value(6).score() == 8);

    CHECK_FALSE(store.lockRound(2570, 6, QString()));
    REQUIRE(store.lockRound(2570, 6, QStringLiteral("นางสาวสมใจ รักษ์ดี")));
    CHECK_FALSE(store.recordFollowUp(2570, 6, {{m1, {QStringLiteral("in_progress"), {}, {}}}}, {}));
    CHECK(store.errorString().contains(QStringLiteral("locked")));
    // Only an administrator changes a locked round, with a reason, and the change is logged.
    access::Session officer;
    officer.user = QStringLiteral("somjai");
    officer.roles = {access::Role::IntegrityOfficer};
    REQUIRE(r.setSession(officer));
    CHECK_FALSE(store.recordFollowUp(2570, 6, {{m1, {QStringLiteral("in_progress"), {}, {}}}}, {}, {},
                                     plan::Override{QStringLiteral("somjai"), QStringLiteral("พิมพ์ผิด")}));
    CHECK(store.errorString().contains(QStringLiteral("only an administrator")));
    REQUIRE(r.setSession(officeHead()));
    CHECK_FALSE(store.recordFollowUp(2570, 6, {{m1, {QStringLiteral("in_progress"), {}, {}}}}, {}, {},
                                     plan::Override{QStringLiteral("head"), QString()}));
    REQUIRE(store.recordFollowUp(2570, 6, {}, {{first.id, {3, 4}}}, {},
                                 plan::Override{QStringLiteral("นายก"), QStringLiteral("แก้ตามผลตรวจสอบ")}));
    const auto changes = store.changes(2570);
    REQUIRE(changes->size() == 1);
    CHECK(changes->first().entry == QStringLiteral("R1"));
    CHECK(changes->first().before.contains(QStringLiteral("\"likelihood\":2")));
    CHECK(changes->first().after.contains(QStringLiteral("\"likelihood\":3")));
    CHECK(changes->first().by.contains(QStringLiteral("นายก")));
    CHECK(store.load(2570)->residuals.value(first.id).value(6).score() == 12);
    CHECK_FALSE(store.setRoundDue(2570, 6, d("2027-04-01")));
    CHECK_FALSE(store.removeMeasure(2570, m1));
    REQUIRE(store.setRoundDue(2570, 12, d("2027-09-15")));
    CHECK(store.load(2570)->round(12).due == d("2027-09-15"));
    CHECK(store.load(2570)->followUps.value(m1).value(6).status == QStringLiteral("done"));

    // Copying the year keeps risks, measures and findings, not the follow-up.
    REQUIRE(store.create(2571, QStringLiteral("copy:2570")));
    const auto copy = store.load(2571);
    REQUIRE(copy);
    CHECK(copy->risks.size() == 6);
    CHECK(copy->risks[0].likelihood == 4);
    CHECK(copy->measures.size() == 7);
    CHECK(copy->followUps.isEmpty());
    CHECK(copy->residuals.isEmpty());
    CHECK_FALSE(copy->round(6).locked());
}

TEST_CASE("The figures beside a risk are computed from the year's complaints and gifts", "[risks]")
{
    TempRegister r;
    setDivisions(r.db);
    staff::StaffList staffList(r.db);
    QList<staff::StaffMember> members = {{0, QStringLiteral("นายช่าง ใจดี"), QStringLiteral("นายช่างโยธา"),
                                          QStringLiteral("กองช่าง"), QStringLiteral("official"), true, std::nullopt}};
    REQUIRE(staffList.add(members));
    gifts::GiftRegister gifts(r.db);
    gifts::RegisteredGift g;
    g.entry.receiver = QStringLiteral("นายช่าง ใจดี");
    g.entry.giver = QStringLiteral("ห้างหุ้นส่วนจำกัด ก่อสร้างดี");
    g.entry.occasion = QStringLiteral("ปีใหม่");
    g.entry.date = d("2026-12-28");
    g.entry.valueSatang = 500000;
    QList<gifts::RegisteredGift> list = {g};
    REQUIRE(gifts.addGifts(list));

    complaints::ComplaintRepository repo(r.db);
    complaints::Complaint c = sampleComplaint(dt("2026-11-10T10:00:00"), QStringLiteral("การอนุญาตก่อสร้างอาคารล่าช้า"));
    c.accused.unit = QStringLiteral("กองช่าง");
    REQUIRE(repo.add(c));
    complaints::Complaint other = sampleComplaint(dt("2026-11-11T10:00:00"), QStringLiteral("ขยะไม่ถูกเก็บ"));
    other.accused.unit = QStringLiteral("สำนักปลัด");
    REQUIRE(repo.add(other));

    RiskStore store(r.db);
    REQUIRE(store.create(2570, QStringLiteral("empty")));
    NewRisk n = risk("การอนุญาตก่อสร้างอาคาร", "เรียกรับเงิน", "permits", 3, 4);
    n.risk.division = QStringLiteral("กองช่าง");
    QList<NewRisk> added = {n};
    REQUIRE(store.addRisks(2570, added));
    const auto reg = store.load(2570);
    const auto figures = store.figures(*reg);
    REQUIRE(figures);
    const RiskFigures f = figures->value(added[0].risk.id);
    CHECK(f.complaintsOfDivision == 1);
    CHECK(f.complaintsOfProcess == 1);
    CHECK(f.giftsToReport == 1);
    const QJsonArray json = risksToJson(*reg, store.bands(), *figures);
    REQUIRE(json.size() == 1);
    CHECK(json[0][QStringLiteral("score")].toInt() == 12);
    CHECK(json[0][QStringLiteral("level")].toString() == QStringLiteral("high"));
    CHECK(json[0][QStringLiteral("rank")].toInt() == 1);
    CHECK(json[0][QStringLiteral("figures")][QStringLiteral("gifts_to_report")].toInt() == 1);
}

TEST_CASE("A measure tied to an activity of the plan is followed up once, through the plan's round", "[risks]")
{
    TempRegister r;
    setDivisions(r.db);
    plan::PlanStore plans(r.db);
    REQUIRE(plans.create(2570, QStringLiteral("seed004")));
    plan::Activity a;
    a.measure = 3;
    a.line = 2;
    a.title = QStringLiteral("เผยแพร่ร่าง TOR ทุกโครงการ");
    QList<plan::Activity> activities = {a};
    REQUIRE(plans.addActivities(2570, activities));

    RiskStore store(r.db);
    REQUIRE(store.create(2570, QStringLiteral("empty")));
    NewRisk n = risk("การจัดซื้อจัดจ้าง", "ล็อกสเปก", "budget", 4, 4);
    n.measures.append(Measure{0, 0, 0, QStringLiteral("เผยแพร่ร่าง TOR"), QStringLiteral("กองคลัง"), {}, {}, {}, {},
                              activities[0].id});
    QList<NewRisk> list = {n};
    REQUIRE(store.addRisks(2570, list));
    const qint64 measure = list[0].measures[0].id;
    CHECK_FALSE(store.load(2570)->followUp(measure, 6));

    // Recorded on the register, it would be twice: refused; the plan's round answers for it.
    CHECK_FALSE(store.recordFollowUp(2570, 6, {{measure, {QStringLiteral("done"), {}, {}}}}, {}));
    CHECK(store.errorString().contains(QStringLiteral("through the action plan")));
    plan::Progress done;
    done.status = QStringLiteral("done");
    done.problems = QStringLiteral("ผู้ประกอบการร่วมแสดงความเห็นน้อย");
    REQUIRE(plans.recordProgress(2570, 6, {{activities[0].id, done}}));
    const auto reg = store.load(2570);
    const auto six = reg->followUp(measure, 6);
    REQUIRE(six);
    CHECK(six->status == QStringLiteral("done"));
    CHECK(six->done.contains(QStringLiteral("3.2.1")));
    CHECK(six->done.contains(QStringLiteral("ผู้ประกอบการร่วมแสดงความเห็นน้อย")));
    const auto twelve = reg->followUp(measure, 12); // carried from round 6 until the plan reports again
    REQUIRE(twelve);
    CHECK(twelve->status == QStringLiteral("done"));
}
