// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QList>
#include <QString>

namespace sujarit::calendar {

/** How a holiday came to be, for the table an administrator edits. */
enum class HolidayKind { Public, Substitution, Special };
QString holidayKindCode(HolidayKind kind);
HolidayKind holidayKindFromCode(const QString& code, bool* ok = nullptr);

struct Holiday {
    QDate date;
    QString name;
    HolidayKind kind = HolidayKind::Public;
};

/**
 * The government holidays (วันหยุดราชการ) shipped with Sujarit: 2567–2569 BE in full, with substitution days
 * (วันหยุดชดเชย) and the Cabinet's extra days, and the fixed-date holidays of 2570. Each date was checked
 * against the Cabinet's announcements; see README "Holidays" for what an office must add each year.
 */
QList<Holiday> shippedHolidays();

} // namespace sujarit::calendar
