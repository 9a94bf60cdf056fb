// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"

using namespace sujarit::calendar;
using sujarit::text::Digits;

namespace {
QDateTime parsed(const char* text)
{
    QString error;
    auto r = parseThaiDateTime(QString::fromUtf8(text), &error);
    INFO(text << " → " << error.toStdString());
    REQUIRE(r.has_value());
    return r->toDateTime();
}

QString failure(const char* text)
{
    QString error;
    auto r = parseThaiDateTime(QString::fromUtf8(text), &error);
    INFO(text);
    REQUIRE_FALSE(r.has_value());
    REQUIRE_FALSE(error.isEmpty());
    return error;
}
} // namespace

TEST_CASE("Thai dates in every spelling an office writes", "[dates]")
{
    const QDateTime day = dt("2025-01-15T00:00:00");
    CHECK(parsed("2025-01-15") == day);
    CHECK(parsed("15/1/2568") == day);
    CHECK(parsed("15/01/2568") == day);
    CHECK(parsed("15-1-2025") == day);
    CHECK(parsed("15/1/68") == day);
    CHECK(parsed("15 ม.ค. 2568") == day);
    CHECK(parsed("15 มค 2568") == day);
    CHECK(parsed("15 ม.ค. 68") == day);
    CHECK(parsed("15 มกราคม 2568") == day);
    CHECK(parsed("15มกราคม2568") == day);
    CHECK(parsed("วันที่ 15 มกราคม พ.ศ. 2568") == day);
    CHECK(parsed("๑๕ มกราคม ๒๕๖๘") == day);
    CHECK(parsed("๑๕/๑/๒๕๖๘") == day);
}

TEST_CASE("Thai dates with a time of day", "[dates]")
{
    const QDateTime t = dt("2025-01-15T09:30:00");
    CHECK(parsed("2025-01-15T09:30") == t);
    CHECK(parsed("2025-01-15 09:30") == t);
    CHECK(parsed("2025-01-15 09.30 น.") == t);
    CHECK(parsed("15/1/2568 09.30 น.") == t);
    CHECK(parsed("15/1/2568 9.30 น.") == t);
    CHECK(parsed("15 ม.ค. 2568 เวลา 09.30 น.") == t);
    CHECK(parsed("๑๕ มกราคม ๒๕๖๘ ๐๙.๓๐ น.") == t);
    CHECK(parsed("15/1/2568 09:30:15") == dt("2025-01-15T09:30:15"));
}

TEST_CASE("Impossible dates are errors, never rolled over", "[dates]")
{
    CHECK(failure("31/2/2568").contains(QStringLiteral("28")));
    CHECK(failure("15/13/2568").contains(QStringLiteral("month 13")));
    failure("2025-02-30");
    failure("32 มกราคม 2568");
    failure("15 มกรา 2568");
    failure("15/1/2568 25.00 น.");
    failure("15/1/2568 09.75");
    failure("");
    failure("yesterday");
    failure("09:30");
}

TEST_CASE("Leap days follow the Gregorian calendar of the BE year", "[dates]")
{
    CHECK(parsed("29/2/2567") == dt("2024-02-29T00:00:00"));
    CHECK(failure("29/2/2568").contains(QStringLiteral("28")));
}

TEST_CASE("A date field refuses a time", "[dates]")
{
    QString error;
    CHECK(parseThaiDate(QStringLiteral("15/1/2568"), &error) == d("2025-01-15"));
    CHECK_FALSE(parseThaiDate(QStringLiteral("15/1/2568 09.30 น."), &error));
}

TEST_CASE("Thai date formatting with BE years and optional Thai digits", "[dates]")
{
    const QDate date = d("2024-06-24");
    CHECK(formatThaiDate(date) == QStringLiteral("24 มิถุนายน 2567"));
    CHECK(formatThaiDate(date, DateStyle::Long, Digits::Thai) == QStringLiteral("๒๔ มิถุนายน ๒๕๖๗"));
    CHECK(formatThaiDate(date, DateStyle::Abbreviated) == QStringLiteral("24 มิ.ย. 2567"));
    CHECK(formatThaiDate(date, DateStyle::AbbreviatedShortYear) == QStringLiteral("24 มิ.ย. 67"));
    CHECK(formatThaiDate(date, DateStyle::Numeric) == QStringLiteral("24/6/2567"));
    CHECK(formatThaiTime(QTime(10, 30), Digits::Thai) == QStringLiteral("๑๐.๓๐ น."));
    CHECK(formatThaiDateTime(dt("2025-01-15T09:05:00")) == QStringLiteral("15 มกราคม 2568 09.05 น."));
    for (int m = 1; m <= 12; ++m) {
        const QDate first(2025, m, 1);
        CHECK(parseThaiDate(formatThaiDate(first)) == first);
        CHECK(parseThaiDate(formatThaiDate(first, DateStyle::Abbreviated, Digits::Thai)) == first);
    }
}

TEST_CASE("Fiscal year and quarter", "[dates][fiscal]")
{
    CHECK(fiscalYearOf(d("2024-09-30")) == 2567);
    CHECK(fiscalYearOf(d("2024-10-01")) == 2568);
    CHECK(fiscalYearOf(d("2025-09-30")) == 2568);
    CHECK(fiscalYearStart(2568) == d("2024-10-01"));
    CHECK(fiscalYearEnd(2568) == d("2025-09-30"));
    CHECK(fiscalQuarterOf(d("2024-10-01")) == 1);
    CHECK(fiscalQuarterOf(d("2024-12-31")) == 1);
    CHECK(fiscalQuarterOf(d("2025-01-01")) == 2);
    CHECK(fiscalQuarterOf(d("2025-03-31")) == 2);
    CHECK(fiscalQuarterOf(d("2025-04-01")) == 3);
    CHECK(fiscalQuarterOf(d("2025-07-01")) == 4);
    CHECK(fiscalQuarterOf(d("2025-09-30")) == 4);
    CHECK(fiscalQuarterStart(2568, 2) == d("2025-01-01"));
    CHECK(fiscalQuarterEnd(2568, 4) == d("2025-09-30"));
    CHECK(fiscalQuarterEnd(2568, 1) == d("2024-12-31"));
}
