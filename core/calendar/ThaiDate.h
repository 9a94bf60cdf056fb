// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "text/ThaiDigits.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>

/** Thai dates: Buddhist-era years, Thai month names, and parsing of the spellings offices write. */
namespace sujarit::calendar {

constexpr int BuddhistEraOffset = 543;
inline int toBuddhistYear(int gregorianYear) { return gregorianYear + BuddhistEraOffset; }
inline int toGregorianYear(int buddhistYear) { return buddhistYear - BuddhistEraOffset; }

/** "มกราคม" … "ธันวาคม" for 1..12; an empty string otherwise. */
QString thaiMonthName(int month);
/** "ม.ค." … "ธ.ค." for 1..12; an empty string otherwise. */
QString thaiMonthAbbreviation(int month);

enum class DateStyle {
    Long, ///< 15 มกราคม 2568 (letters)
    Abbreviated, ///< 15 ม.ค. 2568
    AbbreviatedShortYear, ///< 15 ม.ค. 68 (tables)
    Numeric, ///< 15/1/2568
};

/** Formats \a date with its BE year in \a style; Thai digits when \a digits says so. */
QString formatThaiDate(QDate date, DateStyle style = DateStyle::Long, text::Digits digits = text::Digits::Arabic);
/** "09.30 น." */
QString formatThaiTime(QTime time, text::Digits digits = text::Digits::Arabic);
/** "15 มกราคม 2568 09.30 น." */
QString formatThaiDateTime(const QDateTime& dt, DateStyle style = DateStyle::Long,
                           text::Digits digits = text::Digits::Arabic);

/** A date with an optional time of day, as read from a register. */
struct ParsedDateTime {
    QDate date;
    QTime time; ///< invalid when the text had no time
    bool hasTime() const { return time.isValid(); }
    /** The date at its time, or at midnight when no time was given. */
    QDateTime toDateTime() const { return QDateTime(date, hasTime() ? time : QTime(0, 0)); }
};

/**
 * Reads a date with an optional time in any spelling Thai offices use:
 * ISO (2025-01-15, 2025-01-15T09:30), numeric with a BE or CE year (15/1/2568, 15-01-2025, 15/1/68),
 * Thai month names or abbreviations (15 มกราคม 2568, 15 ม.ค. 68, วันที่ 15 ม.ค. พ.ศ. 2568), in Arabic or Thai digits,
 * followed by a time (09:30, 09.30, 9.30 น., 09:30:15). Impossible dates (31/2/2568, month 13) are errors,
 * never rolled over. On failure returns nothing and puts a plain-words reason into \a error.
 */
std::optional<ParsedDateTime> parseThaiDateTime(const QString& text, QString* error = nullptr);

/** Like parseThaiDateTime() but refuses a time part. */
std::optional<QDate> parseThaiDate(const QString& text, QString* error = nullptr);

} // namespace sujarit::calendar
