// SPDX-License-Identifier: GPL-3.0-or-later
// Conflict of interest in the database: the staff list and its CSV import, declarations and their reviews, the
// annual campaign, gifts refused or decided on and former officials, and the recusal check when a case is
// assigned.
#include "TestSupport.h"

#include "calendar/Clock.h"
#include "complaints/ComplaintRepository.h"
#include "conflicts/Declarations.h"
#include "complaints/Recusal.h"
#include "staff/StaffList.h"
#include "gifts/GiftRegister.h"

#include <QSqlQuery>

using namespace sujarit;
using namespace sujarit::conflicts;

namespace {
int count(storage::Database& db, const char* table)
{
    QSqlQuery q = db.query();
    REQUIRE(db.exec(q, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    q.next();
    return q.value(0).toInt();
}

/** An office of four: two in สำนักปลัด, one in กองคลัง, and one who left office on 1 March 2025. */
void staffOffice(storage::Database& db)
{
    QList<staff::StaffMember> people = {
        { 0,
          QStringLiteral("นายวิชัย กล้าหาญ"),
          QStringLiteral("ปลัด อบต."),
          QStringLiteral("สำนักปลัด"),
          QStringLiteral("official"),
          true,
          {} },
        { 0,
          QStringLiteral("นางสาวมาลี สุขใจ"),
          QStringLiteral("นิติกร"),
          QStringLiteral("สำนักปลัด"),
          QStringLiteral("official"),
          true,
          {} },
        { 0,
          QStringLiteral("นายสมชาย ใจดี"),
          QStringLiteral("นักวิชาการพัสดุ"),
          QStringLiteral("กองคลัง"),
          QStringLiteral("พนักงานส่วนตำบล"),
          true,
          {} },
        { 0, QStringLiteral("นายเก่า ลาออก"), QStringLiteral("นายช่างโยธา"), QStringLiteral("กองช่าง"),
          QStringLiteral("official"), true, d("2025-03-01") },
    };
    staff::StaffList list(db);
    REQUIRE(list.add(people));
}

Declaration annual(const char* who, const char* date)
{
    Declaration d;
    d.kind = QStringLiteral("annual");
    d.declarant = QString::fromUtf8(who);
    d.date = ::d(date);
    d.noInterest = true;
    return d;
}
} // namespace

TEST_CASE("A staff list from Excel: Thai headers, all or nothing, errors name the line", "[conflicts][staff]")
{
    TempRegister r;
    staff::StaffList list(r.db);
    const QByteArray good = "\xEF\xBB\xBF"
                            "ชื่อ,ตำแหน่ง,สังกัด,ประเภท,วันที่พ้นตำแหน่ง\r\n"
                            "นายวิชัย  กล้าหาญ,ปลัด อบต.,สำนักปลัด,พนักงานส่วนตำบล,\r\n"
                            "นางสาวมาลี สุขใจ,นิติกร,สำนักปลัด,official,\r\n"
                            "นายเก่า ลาออก,นายช่างโยธา,กองช่าง,พนักงานจ้าง,1/3/2568\r\n";
    const QByteArray bad = QByteArray(good).replace("พนักงานจ้าง", "ลูกจ้างชั่วคราว");
    CHECK_FALSE(list.importCsv(bad, QStringLiteral("staff.csv")));
    CHECK(list.errorString().startsWith(QStringLiteral("staff.csv, line 4 (นายเก่า ลาออก): kind “ลูกจ้างชั่วคราว”")));
    CHECK(count(r.db, "staff") == 0);
    const QByteArray badDate = QByteArray(good).replace("1/3/2568", "31/2/2568");
    CHECK_FALSE(list.importCsv(badDate, QStringLiteral("staff.csv")));
    CHECK(list.errorString().contains(QStringLiteral("line 4, column left_on")));
    CHECK(count(r.db, "staff") == 0);

    int added = 0;
    REQUIRE(list.importCsv(good, QStringLiteral("staff.csv"), &added));
    CHECK(added == 3);
    const auto former = list.find(QStringLiteral("นายเก่า ลาออก"));
    REQUIRE(former);
    CHECK(former->kind == QStringLiteral("contract_employee"));
    CHECK_FALSE(former->active);
    CHECK(*former->leftOn == d("2025-03-01"));
    CHECK(former->boundOn(d("2027-03-01")));
    CHECK_FALSE(former->boundOn(d("2027-03-02")));
    CHECK(list.find(QStringLiteral("นายวิชัย กล้าหาญ"))); // spaces collapsed on the way in

    // Importing the same people again names the first one already there, and adds nobody.
    CHECK_FALSE(list.importCsv(good, QStringLiteral("staff.csv")));
    CHECK(list.errorString() == QStringLiteral("staff.csv, line 2: นายวิชัย กล้าหาญ is already on the staff list"));
    CHECK(count(r.db, "staff") == 3);
    CHECK_FALSE(list.importCsv("name,rank\nก,ข\n", QStringLiteral("x.csv")));
    CHECK(list.errorString().contains(QStringLiteral("column “rank” is not known")));
}

TEST_CASE("Declarations: each kind checked field by field, a bad one adds none of the batch",
          "[conflicts][declarations]")
{
    TempRegister r;
    staffOffice(r.db);
    DeclarationRegister reg(r.db);

    Declaration procurement;
    procurement.kind = QStringLiteral("procurement");
    procurement.declarant = QStringLiteral("นายสมชาย ใจดี");
    procurement.date = d("2026-11-10");
    procurement.procurementName = QStringLiteral("จ้างก่อสร้างถนนคอนกรีต หมู่ 3");
    procurement.procurementNumber = QStringLiteral("12/2570");
    procurement.parties = { { QStringLiteral("หจก. รุ่งเรือง"), QStringLiteral("none") },
                            { QStringLiteral("บริษัท สมบูรณ์ จำกัด"), QStringLiteral("spouse") } };

    const auto rejects = [&](Declaration bad, const char* message) {
        QList<Declaration> batch = { annual("นางสาวมาลี สุขใจ", "2026-11-02"), bad };
        CHECK_FALSE(reg.add(batch));
        CHECK(reg.errorString().contains(QString::fromUtf8(message)));
        CHECK(count(r.db, "declarations") == 0);
        CHECK(count(r.db, "declaration_parties") == 0);
    };
    Declaration outsider = annual("นายคนนอก", "2026-11-02");
    rejects(outsider, "declaration 2: declarant: นายคนนอก is not on the staff list");
    Declaration noBidders = procurement;
    noBidders.parties.clear();
    rejects(noBidders, "bidders: a procurement declaration lists the bidders");
    Declaration nilWithTie = annual("นายวิชัย กล้าหาญ", "2026-11-02");
    nilWithTie.parties = { { QStringLiteral("บริษัท ก"), QStringLiteral("self") } };
    rejects(nilWithTie, "no_interest: a nil return names no form of conflict and no tie");
    Declaration unknownRelation = procurement;
    unknownRelation.parties[1].relation = QStringLiteral("friend");
    rejects(unknownRelation, "the relation to บริษัท สมบูรณ์ จำกัด, “friend”, is not one of none, self");
    Declaration situational;
    situational.kind = QStringLiteral("situational");
    situational.declarant = QStringLiteral("นายวิชัย กล้าหาญ");
    situational.date = d("2026-11-12");
    rejects(situational, "form: the form of conflict is missing");
    rejects(annual("นายเก่า ลาออก", "2026-11-02"), "left office on 1 มีนาคม 2568");
    rejects(annual("นายวิชัย กล้าหาญ", "2027-11-02"), "is in the future");
    Declaration badReview = annual("นายวิชัย กล้าหาญ", "2026-11-02");
    badReview.review = { QStringLiteral("นายก อบต."), QStringLiteral("recuse"), d("2026-11-01"), QString() };
    rejects(badReview, "review: date: the review (1 พฤศจิกายน 2569) is before the declaration (2 พฤศจิกายน 2569)");

    situational.form = QStringLiteral("contract_interest");
    situational.parties = { { QStringLiteral("นายสุรชัย พึ่งบุญ"), QStringLiteral("sibling") } };
    QList<Declaration> batch = { annual("นางสาวมาลี สุขใจ", "2026-11-02"), procurement, situational };
    REQUIRE(reg.add(batch));
    CHECK(batch[2].id > 0);

    // A second annual return in a fiscal year, or a second declaration for one procurement, is refused.
    QList<Declaration> again = { annual("นางสาวมาลี สุขใจ", "2026-11-20") };
    CHECK_FALSE(reg.add(again));
    CHECK(reg.errorString().contains(
        QStringLiteral("already made the annual declaration of fiscal year 2570 (on 2 พฤศจิกายน 2569)")));
    QList<Declaration> twice = { procurement };
    CHECK_FALSE(reg.add(twice));
    CHECK(reg.errorString().contains(QStringLiteral("already declared for procurement 12/2570")));

    const auto year = reg.list(2570);
    REQUIRE(year);
    REQUIRE(year->size() == 3);
    CHECK(year->at(1).parties == procurement.parties);
    CHECK(year->at(1).hasTie());
    CHECK(year->at(1).division == QStringLiteral("กองคลัง"));
    CHECK_FALSE(year->at(0).hasTie());

    // The supervisor's review: a reason unless there is no conflict; never before the declaration.
    CHECK_FALSE(
        reg.review(batch[2].id, { QStringLiteral("นายก อบต."), QStringLiteral("recuse"), d("2026-11-15"), QString() }));
    CHECK(reg.errorString().contains(QStringLiteral("reason: say why")));
    CHECK_FALSE(
        reg.review(batch[2].id, { QStringLiteral("นายก อบต."), QStringLiteral("ignore"), d("2026-11-15"), QString() }));
    CHECK(reg.errorString().contains(
        QStringLiteral("decision: “ignore” is not one of no_conflict, recuse, reassign, stop, other")));
    REQUIRE(reg.review(batch[2].id,
                       { QStringLiteral("นายก อบต."), QStringLiteral("recuse"), d("2026-11-15"),
                         QStringLiteral("ให้งดเว้นการพิจารณาสัญญานี้") }));
    const auto reviewed = reg.find(batch[2].id);
    REQUIRE(reviewed);
    CHECK(reviewed->review.decision == QStringLiteral("recuse"));
    CHECK(reviewed->review.date == d("2026-11-15"));
}

TEST_CASE("The annual campaign lists who has not declared this fiscal year", "[conflicts][declarations]")
{
    TempRegister r;
    staffOffice(r.db);
    DeclarationRegister reg(r.db);
    QList<Declaration> batch = { annual("นางสาวมาลี สุขใจ", "2026-10-05"), annual("นายวิชัย กล้าหาญ", "2026-09-20") };
    REQUIRE(reg.add(batch));
    const auto missing = reg.missingAnnual(2570);
    REQUIRE(missing);
    // นายวิชัย declared for 2569 (20 Sep 2026), not 2570; นายเก่า left before the year and owes nothing.
    QStringList names;
    for (const staff::StaffMember& m : *missing)
        names << m.name;
    CHECK(names == QStringList { QStringLiteral("นายวิชัย กล้าหาญ"), QStringLiteral("นายสมชาย ใจดี") });
    // Who left during a year is no longer asked for its return; who left after it still owed it.
    CHECK(reg.missingAnnual(2568)->size() == 3); // นายเก่า left in March 2025, within 2568
    CHECK(reg.missingAnnual(2567)->size() == 4); // and was in office all through 2567
}

TEST_CASE("Gifts refused, decided by the head under a rule version, and received by a former official",
          "[conflicts][gifts]")
{
    TempRegister r;
    staffOffice(r.db);
    gifts::GiftRegister reg(r.db);
    const auto rules = gifts::GiftRuleSet::nacc2563();
    const auto gift
        = [](const char* receiver, const char* date, const char* giver, qint64 satang, bool accepted = true) {
              gifts::RegisteredGift g;
              g.entry.receiver = QString::fromUtf8(receiver);
              g.entry.date = d(date);
              g.entry.giver = QString::fromUtf8(giver);
              g.entry.occasion = QStringLiteral("ปีใหม่");
              g.entry.valueSatang = satang;
              g.entry.accepted = accepted;
              g.description = QStringLiteral("กระเช้า");
              return g;
          };
    // Left on 1 March 2025: a gift on 2 March 2027 is past the two years and is not the register's business.
    QList<gifts::RegisteredGift> late = { gift("นายเก่า ลาออก", "2027-03-02", "บริษัท ก", 500000) };
    {
        const calendar::PinnedNow pinned(dt("2027-03-10T12:00:00"));
        CHECK_FALSE(reg.addGifts(late));
    }
    CHECK(
        reg.errorString().contains(QStringLiteral("left office on 1 มีนาคม 2568, more than two years before the gift")));
    CHECK(count(r.db, "gifts") == 0);

    QList<gifts::RegisteredGift> batch = {
        gift("นายเก่า ลาออก", "2026-01-05", "บริษัท ก", 500000), // within two years: judged as an official
        gift("นายสมชาย ใจดี", "2026-01-05", "บริษัท ข", 200000),
        gift("นายสมชาย ใจดี", "2026-01-06", "บริษัท ข", 200000, false), // refused: neither counts nor needs a report
        gift("นายสมชาย ใจดี", "2026-01-07", "บริษัท ค", 200000),
        gift("นายสมชาย ใจดี", "2026-01-08", "บริษัท ค", 200000), // 4,000 in all from ค: both must be reported
    };
    REQUIRE(reg.addGifts(batch));
    const auto year = reg.gifts(2569, rules);
    REQUIRE(year);
    REQUIRE(year->size() == 5);
    CHECK(year->at(0).judgement.verdict == gifts::Verdict::MustReport);
    CHECK(year->at(0).judgement.reason.contains(QStringLiteral("พ้นจากตำแหน่งเมื่อ 1 มีนาคม 2568 ยังไม่ถึงสองปี")));
    CHECK(year->at(1).judgement.verdict == gifts::Verdict::MayKeep);
    CHECK(year->at(1).judgement.occasionTotalSatang == 200000);
    CHECK(year->at(2).judgement.verdict == gifts::Verdict::Refused);
    CHECK_FALSE(year->at(2).judgement.reportDue);
    CHECK(year->at(3).judgement.verdict == gifts::Verdict::MustReport);
    CHECK(year->at(4).judgement.verdict == gifts::Verdict::MustReport);

    // The head decides only on what must be reported, and the decision keeps its rule version.
    CHECK_FALSE(
        reg.decide(batch[1].id, { QStringLiteral("keep"), d("2026-01-20"), QStringLiteral("นายก"), {}, {} }, rules));
    CHECK(reg.errorString().contains(QStringLiteral("the head decides only on gifts that must be reported")));
    CHECK_FALSE(
        reg.decide(batch[3].id, { QStringLiteral("sell"), d("2026-01-20"), QStringLiteral("นายก"), {}, {} }, rules));
    CHECK(reg.errorString().contains(QStringLiteral("decision: “sell” is not one of keep, return, hand_over")));
    CHECK_FALSE(
        reg.decide(batch[3].id, { QStringLiteral("return"), d("2026-01-01"), QStringLiteral("นายก"), {}, {} }, rules));
    CHECK(reg.errorString().contains(QStringLiteral("before the gift was received")));
    REQUIRE(reg.decide(
        batch[3].id,
        { QStringLiteral("return"), d("2026-01-20"), QStringLiteral("นายก อบต."), QStringLiteral("มูลค่าเกินเกณฑ์"), {} },
        rules));
    auto later = rules;
    later.version = QStringLiteral("ประกาศฉบับสมมุติ พ.ศ. 2575");
    const auto after = reg.gifts(2569, later);
    REQUIRE(after);
    CHECK(after->at(3).decision.decision == QStringLiteral("return"));
    CHECK(after->at(3).decision.ruleVersion == rules.version); // the rule it was made under, not today's
    CHECK(after->at(3).judgement.ruleVersion == later.version);
}

TEST_CASE("Assigning a case flags an officer for recusal before anything is saved", "[conflicts][recusal]")
{
    TempRegister r;
    staffOffice(r.db);
    complaints::ComplaintRepository repo(r.db, [] { return dt("2026-11-20T12:00:00"); });
    complaints::Complaint c = sampleComplaint(dt("2026-11-02T09:00:00"));
    c.accused = { QStringLiteral("นายสุรชัย พึ่งบุญ"), QStringLiteral("ผู้อำนวยการกองคลัง"), QStringLiteral("กองคลัง") };
    c.category = QStringLiteral("procurement");
    REQUIRE(repo.add(c));
    for (const char* step : { "registered", "accepted" })
        REQUIRE(repo.recordStep(c.receipt, { QString::fromLatin1(step), {}, {}, dt("2026-11-03T10:00:00"), {}, {} }));

    // นายวิชัย declared his brother นายสุรชัย (the accused, written with a title this time).
    Declaration tie;
    tie.kind = QStringLiteral("situational");
    tie.declarant = QStringLiteral("นายวิชัย กล้าหาญ");
    tie.date = d("2026-11-01");
    tie.form = QStringLiteral("other");
    tie.parties = { { QStringLiteral("สุรชัย พึ่งบุญ"), QStringLiteral("sibling") } };
    DeclarationRegister declarations(r.db);
    QList<Declaration> batch = { tie };
    REQUIRE(declarations.add(batch));

    const auto assign = [&](QStringList officers) {
        complaints::StepRequest s { QStringLiteral("assigned"), {}, {},
                                    dt("2026-11-04T10:00:00"),  {}, QStringLiteral("สำนักปลัด") };
        s.officers = officers;
        return repo.recordStep(c.receipt, s);
    };
    CHECK_FALSE(assign({ QStringLiteral("นายวิชัย กล้าหาญ"), QStringLiteral("นางสาวมาลี สุขใจ") }));
    CHECK(r.db.errorString().contains(
        QStringLiteral("flagged for recusal: นายวิชัย กล้าหาญ — ได้แสดงว่ามีความเกี่ยวข้องกับ สุรชัย พึ่งบุญ (พี่น้องร่วมบิดามารดา)")));
    // กองคลัง's own procurement: its officer is flagged too.
    CHECK_FALSE(assign({ QStringLiteral("นายสมชาย ใจดี") }));
    CHECK(r.db.errorString().contains(QStringLiteral("นายสมชาย ใจดี — สังกัดกองคลัง")));
    CHECK_FALSE(assign({ QStringLiteral("นายคนนอก") }));
    CHECK(r.db.errorString().contains(QStringLiteral("นายคนนอก is not on the staff list")));
    CHECK(repo.find(c.receipt)->status == QStringLiteral("accepted")); // nothing saved

    // Once the supervisor found no conflict, the declared tie no longer stops him.
    REQUIRE(declarations.review(batch[0].id,
                                { QStringLiteral("นายก อบต."), QStringLiteral("no_conflict"), d("2026-11-03"), {} }));
    REQUIRE(assign({ QStringLiteral("นายวิชัย กล้าหาญ"), QStringLiteral("นางสาวมาลี สุขใจ") }));
    const auto saved = repo.find(c.receipt);
    REQUIRE(saved);
    CHECK(saved->status == QStringLiteral("assigned"));
    CHECK(saved->history.constLast().officers
          == QStringList { QStringLiteral("นายวิชัย กล้าหาญ"), QStringLiteral("นางสาวมาลี สุขใจ") });

    // The accused himself on the staff list is flagged as such.
    QList<staff::StaffMember> accused = { { 0,
                                     QStringLiteral("นายสุรชัย พึ่งบุญ"),
                                     QStringLiteral("ผู้อำนวยการกองคลัง"),
                                     QStringLiteral("กองคลัง"),
                                     QStringLiteral("official"),
                                     true,
                                     {} } };
    REQUIRE(staff::StaffList(r.db).add(accused));
    const auto flags = recusalFlags(r.db, *saved, { QStringLiteral("นายสุรชัย พึ่งบุญ") });
    REQUIRE(flags);
    REQUIRE(flags->size() == 2);
    CHECK(flags->at(0).reason == QStringLiteral("เป็นผู้ถูกร้องเรียนในเรื่องนี้เอง"));
}
