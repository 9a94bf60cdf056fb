// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Deadlines.h"
#include "calendar/Holiday.h"
#include "calendar/WorkingCalendar.h"

#include <QList>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::complaints {

/**
 * The office's holiday table and deadline rules as stored in the register. Changing either recomputes the next
 * deadline of every open case in the same transaction, so the register never shows a stale due date.
 */
class HolidayTable
{
public:
    explicit HolidayTable(storage::Database& db);

    /** Holidays of one Gregorian year, or all when \a year is not given, in date order. */
    std::optional<QList<calendar::Holiday>> holidays(std::optional<int> gregorianYear = std::nullopt);
    /** Adds the office's own day; it replaces a day Sujarit computed for the same date (the office's entry wins). */
    bool add(const calendar::Holiday& holiday);
    bool remove(QDate date);
    /** An administrator confirms a computed day against the Cabinet's announcement. */
    bool confirm(QDate date);
    /** Confirms every computed day of Gregorian \a year; how many, or nothing on failure. */
    std::optional<int> confirmYear(int gregorianYear);
    /** The last Gregorian year with no computed day still waiting for the Cabinet (the table's announced years);
     *  nothing when the table cannot be read. */
    std::optional<int> announcedThrough();
    /** "คำนวณ — รอประกาศ ครม.": how a computed day is shown until it is confirmed. */
    static QString computedText();
    /**
     * From 1 August, the next calendar year whose holidays an administrator should enter: it has days Sujarit
     * computed and none of the Cabinet's extra days yet. Nothing when there is none, when the session may not
     * change the table, or once this user was reminded of that year (markReminded()).
     */
    std::optional<int> yearToRemind(QDate today);
    bool markReminded(int gregorianYear);
    /** "" for a deadline in an announced year; otherwise a sentence saying it counts computed days. */
    QString provisionalNote(QDate due);
    calendar::WorkingCalendar workingCalendar();

    QList<DeadlineRule> deadlineRules();
    bool setDeadlineRule(const DeadlineRule& rule);

    QString errorString() const;

private:
    storage::Database& m_db;
};

} // namespace sujarit::complaints
