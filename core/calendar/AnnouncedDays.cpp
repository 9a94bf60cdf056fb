// SPDX-License-Identifier: GPL-3.0-or-later
// The government holidays that no rule gives: วันพืชมงคล (the Royal Ploughing Ceremony, whose day the Royal
// Household sets each year) and the Cabinet's extra days (วันหยุดราชการเพิ่มเป็นกรณีพิเศษ), 2557–2569 BE. The dates
// are the Cabinet resolutions as the Python "holidays" package records them (its Thailand module, checked there
// against the Bank of Thailand's holiday lists), and as calendar/HolidaySeed.cpp has 2567–2569.
#include "HolidayRules.h"

namespace sujarit::calendar {

namespace {
constexpr HolidayKind P = HolidayKind::Public;
constexpr HolidayKind X = HolidayKind::Special;

constexpr const char* Ploughing = "วันพืชมงคล";
constexpr const char* Extra = "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ";

// clang-format off
constexpr AnnouncedDay Days[] = {
    {"2014-05-09", Ploughing, P}, {"2014-08-11", Extra, X},
    {"2015-01-02", Extra, X}, {"2015-05-04", Extra, X}, {"2015-05-13", Ploughing, P},
    {"2016-05-06", Extra, X}, {"2016-05-09", Ploughing, P}, {"2016-07-18", Extra, X},
    {"2016-10-14", "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ (ถวายความอาลัย)", X},
    {"2017-05-12", Ploughing, P},
    {"2017-10-26", "วันพระราชพิธีถวายพระเพลิงพระบรมศพ พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช", X},
    {"2018-05-14", Ploughing, P},
    {"2019-05-06", "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ (พระราชพิธีบรมราชาภิเษก)", X}, {"2019-05-09", Ploughing, P},
    {"2020-05-11", Ploughing, P},
    {"2020-07-27", "วันหยุดชดเชยวันสงกรานต์ ๒๕๖๓", X}, {"2020-09-04", "วันหยุดชดเชยวันสงกรานต์ ๒๕๖๓", X},
    {"2020-09-07", "วันหยุดชดเชยวันสงกรานต์ ๒๕๖๓", X},
    {"2020-11-19", Extra, X}, {"2020-11-20", Extra, X}, {"2020-12-11", Extra, X},
    {"2021-02-12", Extra, X}, {"2021-04-12", Extra, X}, {"2021-05-10", Ploughing, P}, {"2021-09-24", Extra, X},
    {"2022-05-13", Ploughing, P}, {"2022-07-15", Extra, X}, {"2022-07-29", Extra, X}, {"2022-10-14", Extra, X},
    {"2022-12-30", Extra, X},
    {"2023-05-05", Extra, X}, {"2023-05-17", Ploughing, P}, {"2023-07-31", Extra, X}, {"2023-12-29", Extra, X},
    {"2024-04-12", "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ (เทศกาลสงกรานต์)", X}, {"2024-05-10", Ploughing, P},
    {"2024-12-30", Extra, X},
    {"2025-05-09", Ploughing, P}, {"2025-06-02", Extra, X}, {"2025-08-11", Extra, X},
    {"2026-01-02", Extra, X}, {"2026-05-13", Ploughing, P},
};
// clang-format on
} // namespace

QList<AnnouncedDay> announcedDays() { return QList<AnnouncedDay>(std::begin(Days), std::end(Days)); }

QList<QDate> substitutionsNotGiven()
{
    // วันสิ้นปี 2566 fell on a Sunday; the Cabinet gave Friday 29 December 2566 as an extra day instead of a
    // substitution day on Tuesday 2 January 2567.
    return {QDate(2023, 12, 31)};
}

} // namespace sujarit::calendar
