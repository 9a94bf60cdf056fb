// SPDX-License-Identifier: GPL-3.0-or-later
// The executive's announcements: drafts written for the office from its profile and its risk register, changed in
// place while drafts, signed once by the executive on a date that can be, and changed after signing only as a new
// version with its reason, both kept; and the No Gift culture's activities checked against the staff list.
#include "TestSupport.h"

#include "announcements/AnnouncementStore.h"
#include "announcements/NoGiftCulture.h"
#include "calendar/Clock.h"
#include "office/OfficeProfile.h"
#include "risks/RiskStore.h"
#include "staff/StaffList.h"

#include <QSqlQuery>

using namespace sujarit;
using namespace sujarit::announcements;

namespace {
void setOffice(storage::Database& db, bool channels = false)
{
    office::OfficeProfile o = office::OfficeProfile::load(db);
    o.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    o.address = QStringLiteral("เลขที่ 40 หมู่ 6 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230");
    o.executiveName = QStringLiteral("นายสมชาย ใจดี");
    o.executiveTitle = QStringLiteral("นายกองค์การบริหารส่วนตำบลโคกแย้");
    o.unitPhone = QStringLiteral("036-374047 ต่อ 17");
    o.divisions = {QStringLiteral("กองคลัง")};
    if (channels) {
        o.website = QStringLiteral("http://kokyae.go.th");
        o.hotline = QStringLiteral("091-7715901");
    }
    REQUIRE(o.save(db));
}
} // namespace

TEST_CASE("An announcement is drafted for the office, signed once, and changed after only as a new version", "[announcements]")
{
    const calendar::PinnedNow pinned(dt("2026-11-20T10:00:00"));
    TempRegister r;
    AnnouncementStore store(r.db);
    CHECK_FALSE(store.create(2570, QStringLiteral("no_gift")));
    CHECK(store.errorString().contains(QStringLiteral("office profile lacks its name")));
    setOffice(r.db);
    CHECK_FALSE(store.create(2570, QStringLiteral("gifts")));
    CHECK(store.errorString().contains(QStringLiteral("no_gift, coi_measures, channels, moral_intent")));
    CHECK_FALSE(store.create(2570, QStringLiteral("coi_measures")));
    CHECK(store.errorString().contains(QStringLiteral("risk register")));

    const auto draft = store.create(2570, QStringLiteral("no_gift"));
    REQUIRE(draft);
    CHECK(draft->version == 1);
    CHECK_FALSE(draft->isSigned());
    CHECK(draft->title.contains(QStringLiteral("No Gift Policy")));
    CHECK(draft->title.contains(QStringLiteral("2570")));
    CHECK(draft->body.contains(QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้")));
    CHECK(draft->body.contains(QStringLiteral("พ.ศ. 2563")));
    CHECK(draft->body.contains(QStringLiteral("3,000 บาท")));
    CHECK_FALSE(store.create(2570, QStringLiteral("no_gift")));
    CHECK(store.errorString().contains(QStringLiteral("revise it instead")));

    // A draft changes in place.
    const auto edited = store.revise(draft->id, draft->title, draft->body + QStringLiteral("\n\n\n5. เพิ่มเติม"), {});
    REQUIRE(edited);
    CHECK(edited->id == draft->id);
    CHECK(edited->body.endsWith(QStringLiteral("\n\n5. เพิ่มเติม")));
    CHECK_FALSE(store.revise(draft->id, QString(), draft->body, {}));
    CHECK(store.errorString().contains(QStringLiteral("title")));

    // Signed by the executive only, on a day that can be, and once.
    CHECK_FALSE(store.sign(draft->id, QStringLiteral("นายสมศักดิ์ ปลอมตัว"), d("2026-11-19")));
    CHECK(store.errorString().contains(QStringLiteral("not the office's executive")));
    CHECK_FALSE(store.sign(draft->id, QStringLiteral("นายสมชาย ใจดี"), d("2026-11-21")));
    CHECK(store.errorString().contains(QStringLiteral("after today")));
    const auto signedOne = store.sign(draft->id, QStringLiteral("นายสมชาย  ใจดี"), d("2026-11-20"));
    REQUIRE(signedOne);
    CHECK(signedOne->signedOn == d("2026-11-20"));
    CHECK(signedOne->signerTitle == QStringLiteral("นายกองค์การบริหารส่วนตำบลโคกแย้"));
    CHECK_FALSE(store.sign(draft->id, QStringLiteral("นายสมชาย ใจดี"), d("2026-11-20")));
    CHECK(store.errorString().contains(QStringLiteral("signed already")));

    // After signing: a new version with its reason; the signed one stays as it was.
    CHECK_FALSE(store.revise(draft->id, draft->title, QStringLiteral("ข้อความใหม่"), QString()));
    CHECK(store.errorString().contains(QStringLiteral("new version")));
    const auto second = store.revise(draft->id, draft->title, QStringLiteral("ข้อความใหม่"), QStringLiteral("แก้ชื่อกอง"));
    REQUIRE(second);
    CHECK(second->version == 2);
    CHECK(second->replaces == draft->id);
    CHECK(second->reason == QStringLiteral("แก้ชื่อกอง"));
    CHECK_FALSE(second->isSigned());
    const auto first = store.find(draft->id);
    CHECK(first->body == signedOne->body);
    CHECK(first->isSigned());
    CHECK_FALSE(store.revise(draft->id, draft->title, QStringLiteral("อีกครั้ง"), QStringLiteral("x")));
    CHECK(store.errorString().contains(QStringLiteral("replaced it")));
    CHECK(store.list(2570)->size() == 2);

    // A clerk may neither write nor read them.
    access::Session clerk;
    clerk.user = QStringLiteral("somsri");
    clerk.roles = {access::Role::Clerk};
    REQUIRE(r.setSession(clerk));
    CHECK_FALSE(store.create(2570, QStringLiteral("channels")));
    CHECK_FALSE(store.list(2570));
}

TEST_CASE("The conflict-of-interest measures and the channels are written from the register and the profile", "[announcements]")
{
    const calendar::PinnedNow pinned(dt("2026-11-20T10:00:00"));
    TempRegister r;
    setOffice(r.db, true);
    risks::RiskStore risks(r.db);
    REQUIRE(risks.create(2570, QStringLiteral("seed002")));
    QList<risks::NewRisk> added(1);
    added[0].risk = {0, 0, QStringLiteral("การจัดซื้อจัดจ้าง"), QStringLiteral("ล็อกสเปก"), QStringLiteral("budget"), {}, {}, {}, 4, 5};
    added[0].measures.append(risks::Measure{0, 0, 0, QStringLiteral("เผยแพร่ร่าง TOR"), QStringLiteral("กองคลัง"), {}, {}, {}, {}, 0});
    REQUIRE(risks.addRisks(2570, added));
    AnnouncementStore store(r.db);
    const auto coi = store.create(2570, QStringLiteral("coi_measures"));
    REQUIRE(coi);
    const QStringList lines = coi->body.split(u'\n');
    const qsizetype analysis = lines.indexOf(QStringLiteral("# การวิเคราะห์ความเสี่ยง"));
    const qsizetype measures = lines.indexOf(QStringLiteral("# มาตรการป้องกัน"));
    REQUIRE(analysis > 0);
    REQUIRE(measures > analysis);
    CHECK(measures - analysis - 1 == 7); // seven risks, the rated one first
    CHECK(lines[analysis + 1] == QStringLiteral("1. การจัดซื้อจัดจ้าง: ล็อกสเปก (ความเสี่ยงระดับสูงมาก)"));
    CHECK(lines[analysis + 2].startsWith(QStringLiteral("2. เจ้าหน้าที่รัฐออกนโยบาย")));
    CHECK(coi->body.contains(QStringLiteral("8. เผยแพร่ร่าง TOR (ผู้รับผิดชอบ: กองคลัง)")));
    CHECK(coi->body.contains(QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้ ให้ทั่วถึง")));

    // The register changes; the draft is written again from it, not typed twice.
    QList<risks::Measure> more = {risks::Measure{0, 0, 0, QStringLiteral("ประชุมชี้แจงผู้ประกอบการ"), {}, {}, {}, {}, {}, 0}};
    REQUIRE(risks.addMeasures(2570, more));
    const auto again = store.redraft(coi->id, {});
    REQUIRE(again);
    CHECK(again->id == coi->id);
    CHECK(again->body.contains(QStringLiteral("9. ประชุมชี้แจงผู้ประกอบการ")));

    const auto channels = store.create(2570, QStringLiteral("channels"));
    REQUIRE(channels);
    CHECK(channels->body.contains(QStringLiteral("เว็บไซต์ http://kokyae.go.th")));
    CHECK(channels->body.contains(QStringLiteral("สายตรงผู้บริหาร 091-7715901")));
    CHECK(channels->body.contains(QStringLiteral("036-374047 ต่อ 17")));
    CHECK_FALSE(channels->body.contains(QStringLiteral("Facebook"))); // the profile has none
    REQUIRE(store.create(2570, QStringLiteral("moral_intent")));
    CHECK(store.list(2570)->size() == 3);
    CHECK(store.list(2570)->first().kind == QStringLiteral("coi_measures"));
}

TEST_CASE("No Gift activities name people on the staff list and count them", "[announcements]")
{
    const calendar::PinnedNow pinned(dt("2026-11-20T10:00:00"));
    TempRegister r;
    staff::StaffList staffList(r.db);
    QList<staff::StaffMember> members = {
        {0, QStringLiteral("นายช่าง ใจดี"), {}, QStringLiteral("กองช่าง"), QStringLiteral("official"), true, std::nullopt},
        {0, QStringLiteral("นางสาวสมใจ รักษ์ดี"), {}, QStringLiteral("สำนักปลัด"), QStringLiteral("official"), true, std::nullopt}};
    REQUIRE(staffList.add(members));
    NoGiftCulture culture(r.db);
    QList<NoGiftActivity> list = {
        {0, 0, d("2026-10-15"), QStringLiteral("meeting"), QStringLiteral("ชี้แจงนโยบาย No Gift Policy"),
         {QStringLiteral("นายช่าง  ใจดี"), QStringLiteral("นางสาวสมใจ รักษ์ดี")}, 0},
        {0, 0, d("2026-11-01"), QStringLiteral("campaign"), QStringLiteral("รณรงค์งดให้ของขวัญปีใหม่"), {}, 25}};
    const auto refused = [&](auto change, const char* words) {
        QList<NoGiftActivity> bad = list;
        change(bad);
        CHECK_FALSE(culture.add(bad));
        CHECK(culture.errorString().contains(QString::fromUtf8(words)));
        CHECK(culture.activities(2570)->isEmpty());
    };
    refused([](auto& l) { l[1].participants = {QStringLiteral("นายใคร ไม่รู้")}; }, "activity 2: participants: “นายใคร ไม่รู้” is not on the staff list");
    refused([](auto& l) { l[0].headcount = 1; }, "fewer than the 2 participants");
    refused([](auto& l) { l[1].kind = QStringLiteral("party"); }, "kind: “party”");
    refused([](auto& l) { l[1].heldOn = d("2026-12-25"); }, "after today");
    REQUIRE(culture.add(list));
    const auto kept = culture.activities(2570);
    REQUIRE(kept->size() == 2);
    CHECK(kept->at(0).headcount == 2);
    CHECK(kept->at(0).participants.first() == QStringLiteral("นายช่าง ใจดี"));
    CHECK(kept->at(1).headcount == 25);
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(100, 'x');
    REQUIRE(culture.addEvidence(kept->at(0).id, QStringLiteral("ภาพการประชุม.pdf"), pdf));
    CHECK_FALSE(culture.addEvidence(kept->at(0).id, QStringLiteral("notes.txt"), "plain words"));
    CHECK_FALSE(culture.addEvidence(99999, QStringLiteral("x.pdf"), pdf));
    CHECK(culture.evidence(kept->at(0).id)->size() == 1);
    CHECK(*culture.evidenceData(kept->at(0).id, culture.evidence(kept->at(0).id)->first().id) == pdf);
    const documents::ListDocument report = noGiftCultureReport(2570, *kept, {{kept->at(0).id, 1}}, office::OfficeProfile{});
    REQUIRE(report.rows.size() == 2);
    CHECK(report.rows[0][6] == QStringLiteral("1"));
    CHECK(report.closing.first() == QStringLiteral("รวม 2 กิจกรรม ผู้เข้าร่วมรวม 27 คน"));
}
