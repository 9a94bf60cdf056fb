// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThaiLunisolar.h"

#include <array>

namespace sujarit::calendar::lunisolar {

namespace {

constexpr int FirstYear = 1914;
constexpr int LastYear = 2157;

// The type of each lunar year, from the Thai calendar's year tables (the same table the Python "holidays" package
// carries for its Thai calendar): one letter per year from 2457 BE (1914), "." common, "d" extra day (อธิกวาร),
// "m" extra month (อธิกมาส).
constexpr char YearTypes[] =
    "dm.dm.m..m.dm.md.m.d" // 2457–2476 BE
    "m.dm.m..m.md.m.dm.dm" // 2477–2496
    "..mdm..m.dm.m..md.md" // 2497–2516
    ".m.m.dm..m.m.dm.dm.." // 2517–2536
    "m.md.md.m.m.dm.dm.m." // 2537–2556
    ".md.m.dm.m.dm..m.md." // 2557–2576
    "md.m..m.md.md.m.m.dm" // 2577–2596
    ".dm.dm..m.m.md.m.dm." // 2597–2616
    "m.dm..m.md.md.m..md." // 2617–2636
    "m.md.m.m.dm..m.d.dm." // 2637–2656
    "m.md.m.dm.m.dm..m.md" // 2657–2676
    ".md.m..md.m.md.m.m.d" // 2677–2696
    "m..m"; // 2697–2700
static_assert(sizeof(YearTypes) - 1 == LastYear - FirstYear + 1, "one letter per year");

// The waxing first of month 1 of the lunar year ending in 1914 (2457 BE).
const QDate FirstNewYear(1913, 11, 28);

int yearLength(YearType type)
{
    switch (type) {
    case YearType::Common:
        return 354;
    case YearType::ExtraDay:
        return 355;
    case YearType::ExtraMonth:
        return 384;
    }
    return 354;
}

YearType typeAt(int gregorianYear)
{
    switch (YearTypes[gregorianYear - FirstYear]) {
    case 'd':
        return YearType::ExtraDay;
    case 'm':
        return YearType::ExtraMonth;
    default:
        return YearType::Common;
    }
}

// Days from the start of each year, counted once.
const std::array<qint64, LastYear - FirstYear + 2>& yearStarts()
{
    static const auto starts = [] {
        std::array<qint64, LastYear - FirstYear + 2> out{};
        qint64 day = FirstNewYear.toJulianDay();
        for (int y = FirstYear; y <= LastYear + 1; ++y) {
            out[y - FirstYear] = day;
            if (y <= LastYear)
                day += yearLength(typeAt(y));
        }
        return out;
    }();
    return starts;
}

/** Days in lunar month \a month (odd months 29, even 30; month 7 of an extra-day year 30; 8-8 is 30). */
int monthLength(int month, YearType type) { return month % 2 == 1 ? (month == 7 && type == YearType::ExtraDay ? 30 : 29) : 30; }

} // namespace

int firstYear() { return FirstYear; }
int lastYear() { return LastYear; }

std::optional<YearType> yearType(int gregorianYear)
{
    if (gregorianYear < FirstYear || gregorianYear > LastYear)
        return std::nullopt;
    return typeAt(gregorianYear);
}

std::optional<QDate> lunarDate(int gregorianYear, int month, int day, bool secondEighth)
{
    const auto type = yearType(gregorianYear);
    if (!type || month < 1 || month > 12 || (secondEighth && (month != 8 || *type != YearType::ExtraMonth)))
        return std::nullopt;
    const int length = secondEighth ? 30 : monthLength(month, *type);
    if (day < 1 || day > length)
        return std::nullopt;
    qint64 offset = 0;
    for (int m = 1; m < month; ++m)
        offset += monthLength(m, *type);
    if (*type == YearType::ExtraMonth && (month > 8 || secondEighth))
        offset += 30; // month 8-8, after the first month 8
    return QDate::fromJulianDay(yearStarts()[gregorianYear - FirstYear] + offset + day - 1);
}

std::optional<BuddhistHolidays> buddhistHolidays(int gregorianYear)
{
    const auto type = yearType(gregorianYear);
    if (!type)
        return std::nullopt;
    constexpr int FullMoon = 15;
    const bool extraMonth = *type == YearType::ExtraMonth;
    BuddhistHolidays out;
    out.makhaBucha = *lunarDate(gregorianYear, extraMonth ? 4 : 3, FullMoon);
    out.visakhaBucha = *lunarDate(gregorianYear, extraMonth ? 7 : 6, FullMoon);
    out.asalhaBucha = *lunarDate(gregorianYear, 8, FullMoon, extraMonth);
    out.khaoPhansa = out.asalhaBucha.addDays(1);
    return out;
}

} // namespace sujarit::calendar::lunisolar
