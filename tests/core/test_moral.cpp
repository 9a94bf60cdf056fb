// SPDX-License-Identifier: GPL-3.0-or-later
// The selection's arithmetic (moral/Selection.h) worked out by hand: the mean of the members who may score, times
// the weight; equal totals share a rank, even when floating point reaches them by different sums; a recused
// member's score never counts; a nominee nobody has scored has no rank. And the fiscal year's due days.
#include "TestSupport.h"

#include "moral/Selection.h"
#include "moral/SelfAssessment.h"

using namespace sujarit;
using namespace sujarit::moral;

namespace {
Selection sample()
{
    Selection s;
    s.fiscalYear = 2569;
    s.criteria = {{QStringLiteral("ก"), 0.1, 10}, {QStringLiteral("ข"), 0.2, 10}, {QStringLiteral("ค"), 3, 5}};
    s.scorers = {{1, QStringLiteral("M1"), {}, {}}, {2, QStringLiteral("M2"), {}, {}}, {3, QStringLiteral("M3"), {}, {}}};
    s.nominees = {{10, 100, QStringLiteral("A"), {}, {}, {}},
                  {11, 101, QStringLiteral("B"), {}, {}, {}},
                  {12, 102, QStringLiteral("C"), {}, {}, {}},
                  {13, 103, QStringLiteral("D"), {}, {}, {}}};
    const auto give = [&](qint64 nominee, qint64 member, std::initializer_list<int> scores) {
        int c = 0;
        for (int x : scores)
            s.scores << Score{nominee, member, ++c, x};
    };
    // A: M1 (0, 5, 0), M2 (0, 7, 0); M3 recused but scored anyway (10, 10, 5): it must not count.
    //    means 0, 6, 0 → 0.1 × 0 + 0.2 × 6 + 3 × 0 = 1.2 (1.2000000000000002 in floating point)
    give(10, 1, {0, 5, 0});
    give(10, 2, {0, 7, 0});
    give(10, 3, {10, 10, 5});
    s.recusals << Recusal{3, 10, QStringLiteral("กรรมการแจ้งว่าเป็นคู่สมรส")};
    // B: every member (2, 5, 0) → 0.2 + 1.0 + 0 = 1.2 (exactly 1.2 in floating point): the same total by another
    //    sum, a tie with A.
    for (qint64 m : {1, 2, 3})
        give(11, m, {2, 5, 0});
    // C: every member (10, 10, 5) → 1 + 2 + 15 = 18, first.
    for (qint64 m : {1, 2, 3})
        give(12, m, {10, 10, 5});
    return s;
}
} // namespace

TEST_CASE("A selection's totals, ranks and ties, worked out by hand", "[moral]")
{
    const Selection s = sample();
    CHECK(highestTotal(s.criteria) == Approx(18));
    const QList<Standing> st = standings(s);
    REQUIRE(st.size() == 4);
    CHECK(st[0].nominee.name == QStringLiteral("C"));
    CHECK(st[0].total == Approx(18));
    CHECK(st[0].rank == 1);
    CHECK_FALSE(st[0].tie);
    CHECK(st[0].complete());
    // A and B tie at 1.2 however floating point reaches it, rank 2 both, by name; no rank 3.
    CHECK(st[1].nominee.name == QStringLiteral("A"));
    CHECK(st[2].nominee.name == QStringLiteral("B"));
    for (int i : {1, 2}) {
        CHECK(st[i].total == Approx(1.2));
        CHECK(st[i].rank == 2);
        CHECK(st[i].tie);
    }
    CHECK(*st[1].means[0] == Approx(0)); // M3's 10 left out
    CHECK(*st[1].means[1] == Approx(6));
    CHECK(st[1].scorers == 2);
    CHECK(st[1].sheets == 2);
    CHECK(totalText(st[1].total) == QStringLiteral("1.20"));
    // D: nobody yet.
    CHECK(st[3].nominee.name == QStringLiteral("D"));
    CHECK(st[3].rank == 0);
    CHECK_FALSE(st[3].means[0].has_value());
    CHECK_FALSE(st[3].complete());
}

TEST_CASE("A sheet not finished keeps the nominee incomplete, and still ranked by what is in", "[moral]")
{
    Selection s = sample();
    s.scores.removeIf([](const Score& x) { return x.nominee == 12 && x.member == 3 && x.criterion == 3; });
    const QList<Standing> st = standings(s);
    CHECK(st[0].nominee.name == QStringLiteral("C"));
    CHECK(st[0].sheets == 2);
    CHECK_FALSE(st[0].complete());
    CHECK(st[0].total == Approx(18)); // the mean of the two who gave it is still 5
}

TEST_CASE("The moral organisation's due days fall in their fiscal year", "[moral]")
{
    CHECK(dayOfFiscalYear(QStringLiteral("06-30"), 2569) == QDate(2026, 6, 30));
    CHECK(dayOfFiscalYear(QStringLiteral("10-15"), 2569) == QDate(2025, 10, 15));
    CHECK_FALSE(dayOfFiscalYear(QStringLiteral("02-29"), 2569).has_value());
    CHECK_FALSE(dayOfFiscalYear(QStringLiteral("13-01"), 2569).has_value());
    CHECK_FALSE(dayOfFiscalYear(QStringLiteral("6-30"), 2569).has_value());
}
