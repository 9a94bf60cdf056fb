// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThaiDate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>

namespace sujarit::calendar {

namespace {

struct DateText {
    Q_DECLARE_TR_FUNCTIONS(DateText)
};

const std::array<QString, 12> MonthNames = {
    QStringLiteral("มกราคม"),  QStringLiteral("กุมภาพันธ์"), QStringLiteral("มีนาคม"),    QStringLiteral("เมษายน"),
    QStringLiteral("พฤษภาคม"), QStringLiteral("มิถุนายน"),  QStringLiteral("กรกฎาคม"),   QStringLiteral("สิงหาคม"),
    QStringLiteral("กันยายน"),  QStringLiteral("ตุลาคม"),    QStringLiteral("พฤศจิกายน"), QStringLiteral("ธันวาคม"),
};
const std::array<QString, 12> MonthAbbreviations = {
    QStringLiteral("ม.ค."), QStringLiteral("ก.พ."), QStringLiteral("มี.ค."), QStringLiteral("เม.ย."),
    QStringLiteral("พ.ค."), QStringLiteral("มิ.ย."), QStringLiteral("ก.ค."), QStringLiteral("ส.ค."),
    QStringLiteral("ก.ย."), QStringLiteral("ต.ค."), QStringLiteral("พ.ย."), QStringLiteral("ธ.ค."),
};

QString withoutDotsAndSpaces(QString s)
{
    s.remove(u'.');
    s.remove(u' ');
    return s;
}

/** Month number for a Thai month name or abbreviation (dots optional), or 0. */
int monthFromThai(const QString& word)
{
    const QString key = withoutDotsAndSpaces(word);
    for (int i = 0; i < 12; ++i)
        if (key == MonthNames[i] || key == withoutDotsAndSpaces(MonthAbbreviations[i]))
            return i + 1;
    return 0;
}

/** Interprets a written year: two digits are BE 25xx; four digits ≥ 2400 are BE, otherwise CE. */
/** The era the last year read was taken in (gregorianFromWrittenYear), for makeDate()'s message. */
thread_local bool lastYearBuddhist = true;

int gregorianFromWrittenYear(int year, int digitsWritten, bool forceBuddhist)
{
    lastYearBuddhist = digitsWritten <= 2 || forceBuddhist || year >= 2400;
    if (digitsWritten <= 2)
        return toGregorianYear(2500 + year);
    if (forceBuddhist || year >= 2400)
        return toGregorianYear(year);
    return year;
}

QString daysInMonthMessage(const QString& text, int d, int m, int y)
{
    const int days = QDate(y, m, 1).daysInMonth();
    return DateText::tr("“%1” is not a real date: %2 %3 has %4 days, not %5")
        .arg(text, thaiMonthName(m))
        .arg(toBuddhistYear(y))
        .arg(days)
        .arg(d);
}

std::optional<QDate> makeDate(const QString& original, int d, int m, int y, QString* error)
{
    if (m < 1 || m > 12) {
        if (error)
            *error = DateText::tr("“%1” is not a real date: there is no month %2").arg(original).arg(m);
        return std::nullopt;
    }
    if (y < 1900 || y > 2200) {
        // Say which era the year was read in: a year of 2400 or more is taken as Buddhist (พ.ศ.), a smaller one of
        // four digits as Christian (ค.ศ.).
        const int be = toBuddhistYear(y);
        if (error)
            *error = lastYearBuddhist
                ? DateText::tr("“%1”: the year was read as %2 of the Buddhist era (พ.ศ.; a year of 2400 or more is "
                               "taken as พ.ศ.), that is %3 CE, which is out of range: Sujarit takes พ.ศ. 2443 to "
                               "2743 (1900 to 2200 CE)")
                      .arg(original, QString::number(be), QString::number(y))
                : DateText::tr("“%1”: the year was read as %2 of the Christian era (ค.ศ.; a four-digit year under "
                               "2400 is taken as ค.ศ.), which is out of range: Sujarit takes 1900 to 2200 CE (พ.ศ. "
                               "2443 to 2743)")
                      .arg(original, QString::number(y));
        return std::nullopt;
    }
    if (d < 1 || d > QDate(y, m, 1).daysInMonth()) {
        if (error)
            *error = daysInMonthMessage(original, d, m, y);
        return std::nullopt;
    }
    return QDate(y, m, d);
}

std::optional<QTime> makeTime(const QString& original, int h, int min, int s, QString* error)
{
    if (h > 23 || min > 59 || s > 59) {
        if (error)
            *error = DateText::tr("“%1” has an impossible time of day").arg(original);
        return std::nullopt;
    }
    return QTime(h, min, s);
}

} // namespace

QString thaiMonthName(int month) { return month >= 1 && month <= 12 ? MonthNames[month - 1] : QString(); }
QString thaiMonthAbbreviation(int month) { return month >= 1 && month <= 12 ? MonthAbbreviations[month - 1] : QString(); }

QString formatThaiDate(QDate date, DateStyle style, text::Digits digits)
{
    if (!date.isValid())
        return {};
    const int be = toBuddhistYear(date.year());
    QString s;
    switch (style) {
    case DateStyle::Long:
        s = QStringLiteral("%1 %2 %3").arg(date.day()).arg(thaiMonthName(date.month())).arg(be);
        break;
    case DateStyle::Abbreviated:
        s = QStringLiteral("%1 %2 %3").arg(date.day()).arg(thaiMonthAbbreviation(date.month())).arg(be);
        break;
    case DateStyle::AbbreviatedShortYear:
        s = QStringLiteral("%1 %2 %3")
                .arg(date.day())
                .arg(thaiMonthAbbreviation(date.month()))
                .arg(be % 100, 2, 10, QLatin1Char('0'));
        break;
    case DateStyle::Numeric:
        s = QStringLiteral("%1/%2/%3").arg(date.day()).arg(date.month()).arg(be);
        break;
    }
    return text::withDigits(s, digits);
}

QString formatThaiTime(QTime time, text::Digits digits)
{
    if (!time.isValid())
        return {};
    return text::withDigits(QStringLiteral("%1.%2 น.")
                                .arg(time.hour(), 2, 10, QLatin1Char('0'))
                                .arg(time.minute(), 2, 10, QLatin1Char('0')),
                            digits);
}

QString formatThaiDateTime(const QDateTime& dt, DateStyle style, text::Digits digits)
{
    if (!dt.isValid())
        return {};
    return formatThaiDate(dt.date(), style, digits) + u' ' + formatThaiTime(dt.time(), digits);
}

std::optional<ParsedDateTime> parseThaiDateTime(const QString& input, QString* error)
{
    QString s = text::toArabicDigits(input).simplified();
    const QString original = input.simplified();
    if (s.isEmpty()) {
        if (error)
            *error = DateText::tr("the date is empty");
        return std::nullopt;
    }

    // Time at the end: "09:30", "9.30", "09:30:15", optionally followed by "น." and preceded by "เวลา".
    static const QRegularExpression timeRe(
        QStringLiteral(R"((?:[ T]|^)(?:เวลา\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:น\.?|นาฬิกา)?$)"));
    ParsedDateTime result;
    if (auto m = timeRe.match(s); m.hasMatch() && m.capturedStart() > 0) {
        auto t = makeTime(original, m.captured(1).toInt(), m.captured(2).toInt(),
                          m.captured(3).isEmpty() ? 0 : m.captured(3).toInt(), error);
        if (!t)
            return std::nullopt;
        result.time = *t;
        s = s.left(m.capturedStart()).trimmed();
    }
    if (s.startsWith(QStringLiteral("วันที่")))
        s = s.mid(6).trimmed();

    static const QRegularExpression isoRe(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression numericRe(QStringLiteral(R"(^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$)"));
    static const QRegularExpression thaiRe(
        QStringLiteral(R"(^(\d{1,2})\s*([^\d\s].*?)\s*(พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)?\s*(\d{4}|\d{2})$)"));

    std::optional<QDate> date;
    if (auto m = isoRe.match(s); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        date = makeDate(original, m.captured(3).toInt(), m.captured(2).toInt(), gregorianFromWrittenYear(y, 4, false),
                        error);
    } else if (auto m = numericRe.match(s); m.hasMatch()) {
        const QString y = m.captured(3);
        date = makeDate(original, m.captured(1).toInt(), m.captured(2).toInt(),
                        gregorianFromWrittenYear(y.toInt(), int(y.size()), false), error);
    } else if (auto m = thaiRe.match(s); m.hasMatch()) {
        const int month = monthFromThai(m.captured(2));
        if (month == 0) {
            if (error)
                *error = DateText::tr("“%1”: “%2” is not a Thai month name").arg(original, m.captured(2));
            return std::nullopt;
        }
        const QString era = m.captured(3);
        const QString y = m.captured(4);
        const bool christian = era.startsWith(u'ค');
        const int year = christian && y.size() == 4
            ? y.toInt()
            : gregorianFromWrittenYear(y.toInt(), int(y.size()), !era.isEmpty());
        date = makeDate(original, m.captured(1).toInt(), month, year, error);
    } else {
        if (error)
            *error = DateText::tr("“%1” is not a date Sujarit can read; write it like 15/1/2568, 15 ม.ค. 2568 or "
                                  "2025-01-15, with an optional time such as 09.30 น.")
                         .arg(original);
        return std::nullopt;
    }
    if (!date)
        return std::nullopt;
    result.date = *date;
    return result;
}

std::optional<QDate> parseThaiDate(const QString& text, QString* error)
{
    auto parsed = parseThaiDateTime(text, error);
    if (!parsed)
        return std::nullopt;
    if (parsed->hasTime()) {
        if (error)
            *error = DateText::tr("“%1”: a date without a time of day is expected here").arg(text.simplified());
        return std::nullopt;
    }
    return parsed->date;
}

} // namespace sujarit::calendar
