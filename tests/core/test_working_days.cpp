// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "calendar/HolidaySeed.h"
#include "calendar/WorkingCalendar.h"
#include "complaints/Deadlines.h"

#include <QSet>

using namespace sujarit;
using namespace sujarit::calendar;
using namespace sujarit::complaints;

namespace {
WorkingCalendar shipped()
{
    QSet<QDate> days;
    for (const Holiday& h : shippedHolidays())
        days.insert(h.date);
    return WorkingCalendar(days);
}
} // namespace

TEST_CASE("Working days skip weekends and holidays - the start day is not counted", "[working-days]")
{
    const WorkingCalendar cal = shipped();
    CHECK(cal.addWorkingDays(d("2025-01-06"), 1) == d("2025-01-07")); // Mon → Tue
    CHECK(cal.addWorkingDays(d("2025-01-10"), 1) == d("2025-01-13")); // Fri → Mon
    CHECK(cal.addWorkingDays(d("2025-01-11"), 1) == d("2025-01-13")); // Sat → Mon
    CHECK(cal.addWorkingDays(d("2025-01-06"), 0) == d("2025-01-06"));
    // Songkran 2568: 13 (Sun) – 15 April and the substitution day on the 16th.
    CHECK(cal.addWorkingDays(d("2025-04-11"), 1) == d("2025-04-17"));
    // Chakri 2568 falls on Sunday 6 April: Monday the 7th is its substitution day.
    CHECK(cal.addWorkingDays(d("2025-04-04"), 1) == d("2025-04-08"));
    CHECK(cal.workingDaysBetween(d("2025-04-04"), d("2025-04-17")) == 5); // 8, 9, 10, 11, 17
}

TEST_CASE("Fifteen working days across New Year 2569", "[working-days]")
{
    const WorkingCalendar cal = shipped();
    // Received Thu 25 Dec 2025. Holidays: 31 Dec, 1 Jan, 2 Jan (Cabinet's extra day).
    // Working days: 26, 29, 30 Dec; 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 19, 20 Jan → the 15th is 20 Jan 2026.
    CHECK(cal.addWorkingDays(d("2025-12-25"), 15) == d("2026-01-20"));
    CHECK(cal.workingDaysBetween(d("2025-12-25"), d("2026-01-20")) == 15);
    CHECK(cal.workingDaysBetween(d("2026-01-20"), d("2025-12-25")) == -15);
    CHECK_FALSE(cal.isWorkingDay(d("2026-01-02")));
    CHECK(cal.isWorkingDay(d("2026-01-05")));
}

TEST_CASE("Shipped holidays: three whole years, every weekend holiday has its substitution day", "[holidays]")
{
    const QList<Holiday> all = shippedHolidays();
    QMap<int, int> perYear;
    QSet<QDate> dates;
    for (const Holiday& h : all) {
        INFO(h.date.toString(Qt::ISODate).toStdString());
        CHECK(h.date.isValid());
        CHECK_FALSE(h.name.isEmpty());
        CHECK_FALSE(dates.contains(h.date));
        dates.insert(h.date);
        ++perYear[h.date.year()];
        if (h.kind == HolidayKind::Substitution)
            CHECK(h.date.dayOfWeek() <= 5);
    }
    CHECK(perYear[2024] >= 19);
    CHECK(perYear[2025] >= 19);
    CHECK(perYear[2026] >= 19);
    // Known dates, checked against the Cabinet's announcements.
    for (const char* known : {"2024-02-26", "2024-04-12", "2024-04-16", "2024-05-22", "2024-07-22", "2024-07-29",
                              "2024-10-14", "2025-02-12", "2025-05-12", "2025-06-02", "2025-08-11", "2025-07-10",
                              "2026-01-02", "2026-03-03", "2026-06-01", "2026-07-29", "2026-12-07"})
        CHECK(dates.contains(d(known)));
    // Every holiday on a Saturday or Sunday among the seeded years is followed by a substitution day.
    for (const Holiday& h : all) {
        if (h.date.dayOfWeek() < 6 || h.kind != HolidayKind::Public)
            continue;
        bool substituted = false;
        for (const Holiday& s : all)
            substituted = substituted || (s.kind == HolidayKind::Substitution && s.date > h.date && s.date <= h.date.addDays(4));
        INFO(h.date.toString(Qt::ISODate).toStdString());
        CHECK(substituted);
    }
}

TEST_CASE("Deadlines follow the step history", "[deadlines]")
{
    const WorkingCalendar cal = shipped();
    const QList<DeadlineRule> rules = defaultDeadlineRules();
    Complaint c = sampleComplaint(dt("2025-12-25T10:00:00"));
    c.history = {{QStringLiteral("received"), c.receivedAt, {}, {}, {}, {}}};

    auto running = runningDeadlines(c, rules, cal);
    REQUIRE(running.size() == 2);
    CHECK(running[0].clock == QStringLiteral("register"));
    CHECK(running[0].due == d("2025-12-26"));
    CHECK(running[1].clock == QStringLiteral("first_answer"));
    CHECK(running[1].due == d("2026-01-20"));

    c.status = QStringLiteral("assigned");
    c.history.append({QStringLiteral("registered"), dt("2025-12-26T09:00:00"), {}, {}, {}, {}});
    c.history.append({QStringLiteral("accepted"), dt("2025-12-26T10:00:00"), {}, {}, {}, {}});
    c.history.append({QStringLiteral("assigned"), dt("2025-12-29T10:00:00"), {}, {}, {}, {}});
    running = runningDeadlines(c, rules, cal);
    REQUIRE(running.size() == 2);
    CHECK(running[0].clock == QStringLiteral("unit_report"));
    CHECK(running[0].due == d("2026-01-12")); // 30 Dec; 5, 6, 7, 8, 9, 12 Jan (31 Dec – 2 Jan are holidays)
    CHECK(nextDeadline(c, rules, cal)->clock == QStringLiteral("unit_report"));

    // An interim answer stops the 15-day clock.
    c.history.append({QStringLiteral("progress_notified"), dt("2026-01-05T10:00:00"), {}, {}, {}, {}});
    running = runningDeadlines(c, rules, cal);
    REQUIRE(running.size() == 1);

    // Concluded: 7 calendar days to notify the complainant.
    c.status = QStringLiteral("concluded");
    c.history.append({QStringLiteral("fact_finding"), dt("2026-01-06T10:00:00"), {}, {}, {}, {}});
    c.history.append({QStringLiteral("concluded"), dt("2026-01-09T10:00:00"), {}, {}, {}, {}});
    running = runningDeadlines(c, rules, cal);
    REQUIRE(running.size() == 1);
    CHECK(running[0].clock == QStringLiteral("notify_result"));
    CHECK(running[0].due == d("2026-01-16"));

    // Anonymous cases have no one to answer.
    c.anonymous = true;
    CHECK(runningDeadlines(c, rules, cal).isEmpty());

    c.anonymous = false;
    c.status = QStringLiteral("closed");
    CHECK(runningDeadlines(c, rules, cal).isEmpty());
}
