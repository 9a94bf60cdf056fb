// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <optional>

/**
 * The Thai lunisolar calendar (ปฏิทินจันทรคติไทย), as far as the Buddhist holidays need it.
 *
 * A lunar year begins with the waxing first of month 1 (เดือนอ้าย, late November or December of the Gregorian year
 * before). Its months run 29 and 30 days in turn, month 1 having 29: a common year (ปกติมาส) has 354 days. An
 * extra-day year (อธิกวาร) gives month 7 a 30th day (355 days); an extra-month year (อธิกมาส) repeats month 8 as
 * "8-8" (เดือนแปดหลัง, 384 days). Which years are which is decided by the astronomical reckoning of the Thai
 * calendar (สุริยยาตร์) and published in its year tables; Sujarit carries that table, for 2457–2700 BE, as data.
 *
 * The Buddhist holidays fall on the 15th waxing day (full moon, ขึ้น ๑๕ ค่ำ): มาฆบูชา of month 3, วิสาขบูชา of month
 * 6, อาสาฬหบูชา of month 8, and เข้าพรรษา the day after อาสาฬหบูชา (แรม ๑ ค่ำ เดือน ๘). In an extra-month year each is
 * kept a month later — มาฆบูชา in month 4, วิสาขบูชา in month 7, อาสาฬหบูชา and เข้าพรรษา in month 8-8 — as the
 * Office of National Buddhism announces them.
 */
namespace sujarit::calendar::lunisolar {

enum class YearType {
    Common, ///< ปกติมาส ปกติวาร: 354 days
    ExtraDay, ///< อธิกวาร: 355 days, month 7 has 30
    ExtraMonth, ///< อธิกมาส: 384 days, month 8 twice
};

/** The Gregorian years whose lunar year the table covers: 1914–2157 (2457–2700 BE). */
int firstYear();
int lastYear();

/** The type of the lunar year that ends in Gregorian \a year; nothing outside the table. */
std::optional<YearType> yearType(int gregorianYear);

/** The Gregorian date of day \a day (1 = ขึ้น ๑ ค่ำ, 16 = แรม ๑ ค่ำ) of lunar month \a month (1–12) of the lunar
 *  year ending in \a gregorianYear; \a secondEighth asks for month 8-8 (an extra-month year only). */
std::optional<QDate> lunarDate(int gregorianYear, int month, int day, bool secondEighth = false);

struct BuddhistHolidays {
    QDate makhaBucha; ///< วันมาฆบูชา
    QDate visakhaBucha; ///< วันวิสาขบูชา
    QDate asalhaBucha; ///< วันอาสาฬหบูชา
    QDate khaoPhansa; ///< วันเข้าพรรษา
};

/** The Buddhist holidays of Gregorian \a year; nothing outside the table. */
std::optional<BuddhistHolidays> buddhistHolidays(int gregorianYear);

} // namespace sujarit::calendar::lunisolar
