// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Deadlines.h"
#include "calendar/HolidaySeed.h"
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
    bool add(const calendar::Holiday& holiday);
    bool remove(QDate date);
    calendar::WorkingCalendar workingCalendar();

    QList<DeadlineRule> deadlineRules();
    bool setDeadlineRule(const DeadlineRule& rule);

    QString errorString() const;

private:
    storage::Database& m_db;
};

} // namespace sujarit::complaints
