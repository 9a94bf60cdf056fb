// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QSet>

namespace sujarit::calendar {

/**
 * Working days (วันทำการ): Monday to Friday less the office's holidays.
 * Counting follows the legal habit: the day a thing happens is not counted; day 1 is the next working day.
 */
class WorkingCalendar
{
public:
    explicit WorkingCalendar(QSet<QDate> holidays = {});

    bool isHoliday(QDate date) const { return m_holidays.contains(date); }
    bool isWorkingDay(QDate date) const;
    /** The \a days-th working day after \a start (start itself not counted). 0 gives \a start. */
    QDate addWorkingDays(QDate start, int days) const;
    /** Working days in (from, to]; negative when \a to is before \a from. */
    int workingDaysBetween(QDate from, QDate to) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace sujarit::calendar
