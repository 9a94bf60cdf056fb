// SPDX-License-Identifier: GPL-3.0-or-later
// The holiday rules and the Thai lunisolar calendar, against the days the Cabinet announced (calendar/HolidaySeed.cpp
// holds 2567–2569 BE as announced) and the Buddhist holidays the Office of National Buddhism published.
#include "TestSupport.h"

#include "calendar/HolidayRules.h"
#include "calendar/HolidaySeed.h"
#include "calendar/ThaiDate.h"
#include "calendar/ThaiLunisolar.h"
#include "calendar/WorkingCalendar.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/HolidayTable.h"

#include <QMap>
#include <QSet>

using namespace sujarit;
using namespace sujarit::calendar;

namespace {
QMap<QDate, Holiday> byDate(const QList<Holiday>& list)
{
    QMap<QDate, Holiday> out;
    for (const Holiday& h : list)
        out.insert(h.date, h);
    return out;
}

WorkingCalendar calendarOf(const QList<Holiday>& list)
{
    QSet<QDate> days;
    for (const Holiday& h : list)
        days.insert(h.date);
    return WorkingCalendar(days);
}
struct BuddhistYear {
    int be;
    const char *makha, *visakha, *asalha, *lent;
};

template <std::size_t N> void checkBuddhistDays(const BuddhistYear (&years)[N])
{
    for (const BuddhistYear& y : years) {
        INFO(y.be);
        const auto b = lunisolar::buddhistHolidays(toGregorianYear(y.be));
        REQUIRE(b);
        CHECK(b->makhaBucha == d(y.makha));
        CHECK(b->visakhaBucha == d(y.visakha));
        CHECK(b->asalhaBucha == d(y.asalha));
        CHECK(b->khaoPhansa == d(y.lent));
    }
}
} // namespace

TEST_CASE("The lunisolar calendar knows its leap years - 2566 and 2569 repeat month 8", "[holidays][lunisolar]")
{
    using lunisolar::YearType;
    CHECK(lunisolar::yearType(toGregorianYear(2566)) == YearType::ExtraMonth);
    CHECK(lunisolar::yearType(toGregorianYear(2569)) == YearType::ExtraMonth);
    CHECK(lunisolar::yearType(toGregorianYear(2567)) == YearType::Common);
    CHECK(lunisolar::yearType(toGregorianYear(2568)) == YearType::ExtraDay);
    CHECK(lunisolar::yearType(toGregorianYear(2570)) == YearType::Common);
    CHECK_FALSE(lunisolar::yearType(1913));
    CHECK_FALSE(lunisolar::yearType(2158));
    CHECK_FALSE(lunisolar::buddhistHolidays(2158));
    // Month 8-8 exists only in an extra-month year; months have 29 or 30 days.
    CHECK(lunisolar::lunarDate(2026, 8, 15, true));
    CHECK_FALSE(lunisolar::lunarDate(2027, 8, 15, true));
    CHECK_FALSE(lunisolar::lunarDate(2027, 1, 30));
    CHECK(lunisolar::lunarDate(2027, 2, 30));
    // Each lunar year begins the day after the last one ends.
    for (int y = lunisolar::firstYear(); y < lunisolar::lastYear(); ++y) {
        INFO(y);
        CHECK(lunisolar::lunarDate(y, 12, 30)->addDays(1) == *lunisolar::lunarDate(y + 1, 1, 1));
    }
}

TEST_CASE("The Buddhist holidays of the years the Cabinet announced, and of 2570", "[holidays][lunisolar]")
{
    const BuddhistYear years[] = {
        {2557, "2014-02-14", "2014-05-13", "2014-07-11", "2014-07-12"},
        {2562, "2019-02-19", "2019-05-18", "2019-07-16", "2019-07-17"},
        {2565, "2022-02-16", "2022-05-15", "2022-07-13", "2022-07-14"},
        {2566, "2023-03-06", "2023-06-03", "2023-08-01", "2023-08-02"}, // extra month: a month later
        {2567, "2024-02-24", "2024-05-22", "2024-07-20", "2024-07-21"},
        {2568, "2025-02-12", "2025-05-11", "2025-07-10", "2025-07-11"}, // extra day in month 7
        {2569, "2026-03-03", "2026-05-31", "2026-07-29", "2026-07-30"}, // extra month
        {2570, "2027-02-21", "2027-05-20", "2027-07-18", "2027-07-19"},
    };
    checkBuddhistDays(years);
}

TEST_CASE("The Buddhist holidays of later years agree with the published ones to the end of the table",
          "[holidays][lunisolar]")
{
    // As the Python "holidays" package publishes them (its Thai lunisolar calendar, 1914–2157).
    const BuddhistYear years[] = {
        {2571, "2028-02-10", "2028-05-08", "2028-07-06", "2028-07-07"},
        {2572, "2029-02-27", "2029-05-27", "2029-07-25", "2029-07-26"},
        {2573, "2030-02-17", "2030-05-16", "2030-07-14", "2030-07-15"},
        {2574, "2031-03-07", "2031-06-04", "2031-08-02", "2031-08-03"},
        {2575, "2032-02-25", "2032-05-23", "2032-07-22", "2032-07-23"},
        {2583, "2040-02-26", "2040-05-25", "2040-07-23", "2040-07-24"},
        {2600, "2057-02-19", "2057-05-18", "2057-07-16", "2057-07-17"},
        {2643, "2100-02-24", "2100-05-23", "2100-07-21", "2100-07-22"},
        {2700, "2157-02-23", "2157-05-23", "2157-07-21", "2157-07-22"},
    };
    checkBuddhistDays(years);
}

TEST_CASE("The rules give the Cabinet's own table for 2567 to 2569", "[holidays]")
{
    const auto rules = byDate(ruleHolidays(2024, 2026));
    QMap<QDate, Holiday> cabinet;
    for (const Holiday& h : shippedHolidays())
        if (h.date.year() <= 2026)
            cabinet.insert(h.date, h);
    // Two days the Cabinet announced after the table was written: the extra day of 30 December 2567 and วันพืชมงคล
    // 2569 (Royal Household, 13 May 2569).
    const QSet<QDate> since = {d("2024-12-30"), d("2026-05-13")};
    for (const Holiday& h : cabinet) {
        INFO(h.date.toString(Qt::ISODate).toStdString() << " " << h.name.toStdString());
        REQUIRE(rules.contains(h.date));
        CHECK(rules[h.date].kind == h.kind);
        CHECK(rules[h.date].name == h.name);
        CHECK_FALSE(rules[h.date].computed);
    }
    for (const Holiday& h : rules) {
        INFO(h.date.toString(Qt::ISODate).toStdString() << " " << h.name.toStdString());
        CHECK((cabinet.contains(h.date) || since.contains(h.date)));
    }
}

TEST_CASE("2570 - the Buddhist days computed with their substitution days, marked as computed", "[holidays]")
{
    const auto days = byDate(ruleHolidays(2027, 2027));
    auto check = [&](const char* date, const char* name, HolidayKind kind, bool computed) {
        INFO(date);
        REQUIRE(days.contains(d(date)));
        CHECK(days[d(date)].name == QString::fromUtf8(name));
        CHECK(days[d(date)].kind == kind);
        CHECK(days[d(date)].computed == computed);
    };
    check("2027-02-21", "วันมาฆบูชา", HolidayKind::Public, true); // Sunday
    check("2027-02-22", "ชดเชยวันมาฆบูชา", HolidayKind::Substitution, true);
    check("2027-05-20", "วันวิสาขบูชา", HolidayKind::Public, true);
    check("2027-07-18", "วันอาสาฬหบูชา", HolidayKind::Public, true); // Sunday
    check("2027-07-19", "วันเข้าพรรษา", HolidayKind::Public, true);
    check("2027-07-20", "ชดเชยวันอาสาฬหบูชา", HolidayKind::Substitution, true);
    check("2027-10-23", "วันปิยมหาราช", HolidayKind::Public, false); // fixed by law
    check("2027-10-25", "ชดเชยวันปิยมหาราช", HolidayKind::Substitution, true);
    CHECK_FALSE(days.contains(d("2027-07-21"))); // one substitution day for the pair
    // Every fixed-date day the table used to ship for 2570 is still there, with the same name and kind.
    for (const Holiday& h : shippedHolidays())
        if (h.date.year() == 2027) {
            INFO(h.date.toString(Qt::ISODate).toStdString());
            REQUIRE(days.contains(h.date));
            CHECK(days[h.date].name == h.name);
            CHECK(days[h.date].kind == h.kind);
        }
    // วันพืชมงคล and the Cabinet's extra days cannot be computed: none in a year not announced.
    for (const Holiday& h : days)
        CHECK(h.kind != HolidayKind::Special);
}

TEST_CASE("Holidays back to 2557 - 13 and 23 October 2566 are counted", "[holidays]")
{
    const auto all = ruleHolidays(2014, 2027);
    const auto days = byDate(all);
    CHECK(days.contains(d("2023-10-13")));
    CHECK(days.contains(d("2023-10-23")));
    // A complaint of 5 October 2566: its 15th working day is 30 October, not 26.
    CHECK(calendarOf(all).addWorkingDays(d("2023-10-05"), 15) == d("2023-10-30"));
    // Rules that began or moved: 28 July and 13 October from 2560, 3 June from 2562, วันฉัตรมงคล 5 May → 4 May.
    CHECK_FALSE(days.contains(d("2016-07-28")));
    CHECK(days.contains(d("2017-07-28")));
    CHECK_FALSE(days.contains(d("2016-10-13")));
    CHECK(days.contains(d("2017-10-13")));
    CHECK_FALSE(days.contains(d("2018-06-04")));
    CHECK(days.contains(d("2019-06-03")));
    CHECK(days.contains(d("2016-05-05")));
    CHECK_FALSE(days.contains(d("2018-05-04")));
    CHECK(days.contains(d("2020-05-04")));
    CHECK_FALSE(days.contains(d("2020-04-13"))); // Songkran 2563 was moved by the Cabinet
    CHECK(days.contains(d("2020-07-27")));
    // Two holidays on one Saturday are one day, with one substitution day: วิสาขบูชา and 3 June 2566.
    CHECK(days[d("2023-06-03")].name.contains(QStringLiteral("วันวิสาขบูชา")));
    CHECK(days[d("2023-06-05")].kind == HolidayKind::Substitution);
    CHECK_FALSE(days.contains(d("2023-06-06")));
    // วันสิ้นปี 2565 (Saturday) and New Year 2566 (Sunday): Monday 2 and Tuesday 3 January 2566.
    CHECK(days[d("2023-01-02")].kind == HolidayKind::Substitution);
    CHECK(days[d("2023-01-03")].kind == HolidayKind::Substitution);
    // วันสิ้นปี 2566 (Sunday): the Cabinet gave Friday 29 December instead of Tuesday 2 January 2567.
    CHECK(days.contains(d("2023-12-29")));
    CHECK_FALSE(days.contains(d("2024-01-02")));
}

TEST_CASE("Every year to the end of the lunisolar table - weekend holidays get their substitution day", "[holidays]")
{
    const auto all = ruleHolidays(firstRuleYear(), lastRuleYear());
    const auto days = byDate(all);
    CHECK(days.size() == all.size()); // one row a date
    QMap<int, int> perYear;
    for (const Holiday& h : all) {
        ++perYear[h.date.year()];
        CHECK_FALSE(h.name.isEmpty());
        if (h.date.year() > lastAnnouncedYear() && h.kind == HolidayKind::Substitution)
            CHECK(h.computed);
        if (h.date.year() <= lastAnnouncedYear())
            CHECK_FALSE(h.computed);
    }
    CHECK(perYear.firstKey() == 2014);
    CHECK(perYear.lastKey() == 2157);
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        INFO(it.key());
        CHECK(it.value() >= 17);
        CHECK(it.value() <= 40);
    }
    // After 2566, every Saturday or Sunday holiday is followed by its substitution day within the week after.
    for (const Holiday& h : all) {
        if (h.date.year() < 2024 || h.kind == HolidayKind::Substitution || h.date.dayOfWeek() < 6
            || h.date > QDate(lastRuleYear(), 12, 24)) // the table ends before their substitution day
            continue;
        INFO(h.date.toString(Qt::ISODate).toStdString() << " " << h.name.toStdString());
        bool found = false;
        for (int k = 1; k <= 7 && !found; ++k)
            found = days.value(h.date.addDays(k)).kind == HolidayKind::Substitution;
        CHECK(found);
    }
}

TEST_CASE("A register holds the rules' holidays - computed days wait for an administrator", "[holidays][repository]")
{
    TempRegister r;
    complaints::HolidayTable table(r.db);
    const auto old = table.holidays(2023);
    REQUIRE(old);
    CHECK(byDate(*old).contains(d("2023-10-13")));
    const auto y2570 = byDate(*table.holidays(2027));
    CHECK(y2570[d("2027-02-21")].computed);
    CHECK(y2570[d("2027-02-22")].computed);
    CHECK_FALSE(y2570[d("2027-01-01")].computed);
    CHECK(table.holidays(2157)->size() >= 17);
    CHECK(table.announcedThrough() == 2026);
    CHECK(table.provisionalNote(d("2026-12-30")).isEmpty());
    CHECK(table.provisionalNote(d("2027-01-20")).contains(QStringLiteral("2570")));

    // A deadline across a computed day counts it: Monday 22 February 2570 is not a working day.
    const WorkingCalendar cal = table.workingCalendar();
    CHECK(cal.addWorkingDays(d("2027-02-19"), 1) == d("2027-02-23"));
    complaints::ComplaintRepository repo(r.db);
    complaints::Complaint c = sampleComplaint(dt("2027-02-19T09:00:00"));
    REQUIRE(repo.add(c));
    CHECK(repo.find(c.receipt)->nextDeadline == d("2027-02-23"));

    // An old register imported (a batch, as the CSV import adds it) is counted with the holidays of its own years:
    // received Thursday 12 October 2566, registered by Monday the 16th (13 October was วันนวมินทรมหาราช).
    QList<complaints::Complaint> imported = {sampleComplaint(dt("2023-10-12T09:00:00")),
                                             sampleComplaint(dt("2014-12-04T09:00:00"))};
    REQUIRE(repo.add(imported));
    CHECK(repo.find(imported[0].receipt)->nextDeadline == d("2023-10-16"));
    CHECK(repo.find(imported[1].receipt)->nextDeadline == d("2014-12-08")); // 5 December 2557 was a Friday holiday

    // The office's own entry replaces the computed one, and is no longer computed.
    REQUIRE(table.add({d("2027-02-22"), QStringLiteral("ชดเชยวันมาฆบูชา (มติ ครม.)"), HolidayKind::Substitution}));
    auto day = byDate(*table.holidays(2027))[d("2027-02-22")];
    CHECK(day.name == QStringLiteral("ชดเชยวันมาฆบูชา (มติ ครม.)"));
    CHECK_FALSE(day.computed);
    CHECK_FALSE(table.add({d("2027-02-22"), QStringLiteral("ซ้ำ"), HolidayKind::Special})); // typed days stay
    CHECK(table.errorString().contains(QStringLiteral("already")));

    // Confirming: one day, then the rest of the year; a day not computed has nothing to confirm.
    REQUIRE(table.confirm(d("2027-02-21")));
    CHECK_FALSE(byDate(*table.holidays(2027))[d("2027-02-21")].computed);
    CHECK_FALSE(table.confirm(d("2027-02-21")));
    CHECK_FALSE(table.confirm(d("2027-03-01")));
    const auto n = table.confirmYear(2027);
    REQUIRE(n);
    CHECK(*n >= 3);
    CHECK(table.announcedThrough() == 2027);
    CHECK(table.provisionalNote(d("2027-06-01")).isEmpty());

    // Only an administrator confirms.
    access::Session clerk;
    clerk.user = QStringLiteral("clerk");
    clerk.roles = {access::Role::Clerk};
    r.setSession(clerk);
    CHECK_FALSE(table.confirm(d("2028-01-26")));
    CHECK_FALSE(table.confirmYear(2028));
}

TEST_CASE("Upgrading a schema 7 register adds the years and recounts its open cases", "[holidays][repository]")
{
    QTemporaryDir dir;
    TestServerDatabase server;
    const QString path = server.url.isEmpty() ? dir.filePath(QStringLiteral("old.db")) : server.url;
    QString receipt;
    {
        storage::Database old;
        old.setSchemaLimit(7);
        REQUIRE(old.open(path));
        REQUIRE(old.setSession(officeHead()));
        REQUIRE(old.schemaVersion() == 7);
        // What an office may have done to its shipped table: removed a day, renamed one.
        REQUIRE(old.exec(QStringLiteral("DELETE FROM holidays WHERE date = '2025-06-02'")));
        REQUIRE(old.exec(QStringLiteral("UPDATE holidays SET name = 'ชดเชยวันปิยมหาราช (ตามประกาศ)' WHERE date = "
                                        "'2027-10-25'")));
        // A case received on Thursday 12 October 2566: to be registered by the next working day, which the old
        // table (from 2567 only) made Friday the 13th — วันนวมินทรมหาราช.
        insertOldComplaint(old, dt("2023-10-12T09:00:00"), 1, QStringLiteral("นายเก่า ก่อนผนึก"), {},
                           QStringLiteral("2023-10-13"));
        receipt = QStringLiteral("1/2566");
    }
    storage::Database db;
    REQUIRE(db.open(path));
    REQUIRE(db.setSession(officeHead()));
    CHECK(db.schemaVersion() == storage::Database::currentSchemaVersion());
    complaints::HolidayTable table(db);
    const auto all = byDate(*table.holidays());
    CHECK(all.contains(d("2023-10-13")));
    CHECK(all.contains(d("2014-12-10")));
    CHECK(all.contains(d("2027-02-21")));
    CHECK_FALSE(all.contains(d("2025-06-02"))); // removed by the office: stays removed
    CHECK(all[d("2027-10-25")].name == QStringLiteral("ชดเชยวันปิยมหาราช (ตามประกาศ)"));
    CHECK_FALSE(all[d("2027-10-25")].computed); // typed by the office
    CHECK(all[d("2027-12-06")].computed); // shipped, but computed
    CHECK_FALSE(all[d("2026-12-07")].computed); // announced
    QSqlQuery q = db.query();
    REQUIRE(db.exec(q, QStringLiteral("SELECT next_deadline, receipt_year FROM complaints")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2023-10-16"));
    CHECK(receipt.contains(q.value(1).toString()));
}
