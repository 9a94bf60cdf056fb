// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingCalendar.h"

namespace sujarit::calendar {

WorkingCalendar::WorkingCalendar(QSet<QDate> holidays)
    : m_holidays(std::move(holidays))
{
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    return date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

QDate WorkingCalendar::addWorkingDays(QDate start, int days) const
{
    QDate d = start;
    while (days > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --days;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (to < from)
        return -workingDaysBetween(to, from);
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        if (isWorkingDay(d))
            ++n;
    return n;
}

} // namespace sujarit::calendar
