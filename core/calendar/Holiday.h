// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
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
    /** Sujarit computed the day (a Buddhist holiday, a substitution day) for a year whose days the Cabinet has not
     *  announced: clocks count it, and an administrator confirms it once the announcement is out. */
    bool computed = false;
};

} // namespace sujarit::calendar
