// SPDX-License-Identifier: GPL-3.0-or-later
// The NACC gift rule on its boundaries: 3,000 baht exactly and a satang more, gifts that add up, relatives,
// public offers, and entries that cannot be judged.
#include "TestSupport.h"

#include "gifts/GiftRule.h"

using namespace sujarit;
using gifts::GiftEntry;
using gifts::Verdict;

namespace {
GiftEntry gift(const char* giver, qint64 satang, const char* occasion = "ปีใหม่ 2569", const char* relation = "none")
{
    GiftEntry e;
    e.receiver = QStringLiteral("นายสมชาย ใจดี");
    e.giver = QString::fromUtf8(giver);
    e.occasion = QString::fromUtf8(occasion);
    e.date = d("2026-01-02");
    e.relation = QString::fromLatin1(relation);
    e.valueSatang = satang;
    return e;
}
} // namespace

TEST_CASE("3,000 baht exactly may be kept, 3,000.01 must be reported within 30 days", "[gifts]")
{
    const auto rules = gifts::GiftRuleSet::nacc2563();
    const auto j = gifts::judge({gift("บริษัท ก จำกัด", 300000), gift("บริษัท ข จำกัด", 300001)}, rules);
    REQUIRE(j.size() == 2);
    CHECK(j[0].verdict == Verdict::MayKeep);
    CHECK(j[0].rule == QStringLiteral("within_threshold"));
    CHECK_FALSE(j[0].reportDue);
    CHECK(j[1].verdict == Verdict::MustReport);
    CHECK(j[1].rule == QStringLiteral("over_threshold"));
    REQUIRE(j[1].reportDue);
    CHECK(*j[1].reportDue == d("2026-02-01"));
    CHECK(j[1].reason.contains(QStringLiteral("3,000.01 บาท (สามพันบาทหนึ่งสตางค์)")));
    CHECK(j[1].reason.contains(QStringLiteral("มาตรา 128")));
    CHECK(j[1].ruleVersion.contains(QStringLiteral("2563")));
}

TEST_CASE("Gifts from one giver on one occasion add up, another occasion or giver does not", "[gifts]")
{
    const auto j = gifts::judge({gift("นายวิชัย ผู้รับเหมา", 200000), gift(" นายวิชัย  ผู้รับเหมา ", 200000),
                                 gift("นายวิชัย ผู้รับเหมา", 200000, "สงกรานต์ 2569"), gift("นางมาลี แสงทอง", 200000)},
                                gifts::GiftRuleSet::nacc2563());
    CHECK(j[0].verdict == Verdict::MustReport); // 2,000 + 2,000 from the same giver at New Year
    CHECK(j[1].verdict == Verdict::MustReport);
    CHECK(j[0].occasionTotalSatang == 400000);
    CHECK(j[2].verdict == Verdict::MayKeep); // Songkran is another occasion
    CHECK(j[3].verdict == Verdict::MayKeep); // another giver
}

TEST_CASE("Relatives, the spouse's relatives and offers to the public may be kept at any value", "[gifts]")
{
    GiftEntry offer = gift("ห้างสรรพสินค้า", 1000000);
    offer.publicOffer = true;
    const auto j = gifts::judge({gift("นางสมศรี ใจดี", 5000000, "วันเกิด", "spouse_ascendant"), offer,
                                 gift("นางสมศรี ใจดี", 100000, "วันเกิด", "none")},
                                gifts::GiftRuleSet::nacc2563());
    CHECK(j[0].verdict == Verdict::MayKeep);
    CHECK(j[0].rule == QStringLiteral("relative"));
    CHECK(j[0].reason.contains(QStringLiteral("บุพการีของคู่สมรส")));
    CHECK(j[1].verdict == Verdict::MayKeep);
    CHECK(j[1].rule == QStringLiteral("public_offer"));
    // Neither counts toward a limit: the third gift stands alone at 1,000 baht.
    CHECK(j[2].verdict == Verdict::MayKeep);
    CHECK(j[2].occasionTotalSatang == 100000);
}

TEST_CASE("The threshold and the relatives are data: a stricter rule changes the verdicts", "[gifts]")
{
    auto rules = gifts::GiftRuleSet::nacc2563();
    rules.version = QStringLiteral("ระเบียบทดลอง 2570");
    rules.thresholdSatang = 100000;
    rules.relativeRelations.removeAll(QStringLiteral("uncle_aunt"));
    const auto j = gifts::judge({gift("บริษัท ก จำกัด", 150000), gift("นายลุง ใจดี", 150000, "ปีใหม่ 2569", "uncle_aunt")}, rules);
    CHECK(j[0].verdict == Verdict::MustReport);
    CHECK(j[1].verdict == Verdict::MustReport);
    CHECK(j[1].ruleVersion == QStringLiteral("ระเบียบทดลอง 2570"));
}

TEST_CASE("An entry that cannot be judged says which field is wrong", "[gifts]")
{
    CHECK(gifts::validate(gift("บริษัท ก จำกัด", 100)).isEmpty());
    CHECK(gifts::validate(gift("บริษัท ก จำกัด", -100)).startsWith(QStringLiteral("value:")));
    CHECK(gifts::validate(gift("บริษัท ก จำกัด", 100, "ปีใหม่", "cousin")).contains(QStringLiteral("“cousin”")));
    CHECK(gifts::validate(gift("", 100)).startsWith(QStringLiteral("giver:")));
    GiftEntry undated = gift("บริษัท ก จำกัด", 100);
    undated.date = {};
    CHECK(gifts::validate(undated).startsWith(QStringLiteral("date:")));
}
