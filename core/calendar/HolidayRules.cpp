// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolidayRules.h"

#include "ThaiDate.h"
#include "ThaiLunisolar.h"

#include <QMap>
#include <QSet>

namespace sujarit::calendar {

namespace {

constexpr int FirstRuleYear = 2014;
constexpr int LastAnnouncedYear = 2026;

/** A fixed-date holiday, in the BE years it is kept under this name. */
struct FixedRule {
    int month, day;
    int fromBE, toBE;
    const char* name;
    const char* shortName; ///< for its substitution day ("ชดเชยวันจักรี"); the name when empty
    int group; ///< holidays of one group share one substitution day; 0 alone
};

constexpr int Alone = 0, Songkran = 1, Lent = 2;
constexpr int Always = 9999;

// clang-format off
constexpr FixedRule FixedRules[] = {
    {1, 1, 0, Always, "วันขึ้นปีใหม่", "", Alone},
    {4, 6, 0, Always, "วันพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราชและวันที่ระลึกมหาจักรีบรมราชวงศ์ (วันจักรี)",
     "วันจักรี", Alone},
    // Songkran was no holiday in 2563: the Cabinet moved it, for the epidemic, to days of its own (AnnouncedDays.cpp).
    {4, 13, 0, 2562, "วันสงกรานต์", "", Songkran}, {4, 14, 0, 2562, "วันสงกรานต์", "", Songkran},
    {4, 15, 0, 2562, "วันสงกรานต์", "", Songkran},
    {4, 13, 2564, Always, "วันสงกรานต์", "", Songkran}, {4, 14, 2564, Always, "วันสงกรานต์", "", Songkran},
    {4, 15, 2564, Always, "วันสงกรานต์", "", Songkran},
    {5, 5, 0, 2559, "วันฉัตรมงคล", "", Alone},
    {5, 4, 2563, Always, "วันฉัตรมงคล", "", Alone},
    {6, 3, 2562, Always, "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี", "", Alone},
    {7, 28, 2560, Always, "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", "", Alone},
    {8, 12, 0, 2559, "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินีนาถ และวันแม่แห่งชาติ", "", Alone},
    {8, 12, 2560, Always, "วันเฉลิมพระชนมพรรษาพระพันปีหลวง และวันแม่แห่งชาติ", "", Alone},
    {10, 13, 2560, 2565, "วันคล้ายวันสวรรคต พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร", "",
     Alone},
    {10, 13, 2566, Always, "วันนวมินทรมหาราช", "", Alone},
    {10, 23, 0, Always, "วันปิยมหาราช", "", Alone},
    {12, 5, 0, 2558, "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว วันชาติ และวันพ่อแห่งชาติ", "", Alone},
    {12, 5, 2559, Always, "วันคล้ายวันพระบรมราชสมภพ ร.๙ วันชาติ และวันพ่อแห่งชาติ", "", Alone},
    {12, 10, 0, Always, "วันรัฐธรรมนูญ", "", Alone},
    {12, 31, 0, Always, "วันสิ้นปี", "", Alone},
};
// clang-format on

/** One day of the base table, before substitution days. */
struct Day {
    QDate date;
    QStringList names, shortNames;
    HolidayKind kind = HolidayKind::Public;
    int group = Alone;
    bool substitutable = true; ///< announced days get none: they are never on a weekend
    bool computed = false;
};

void add(QMap<QDate, Day>& days, QDate date, const QString& name, const QString& shortName, HolidayKind kind,
         int group, bool substitutable, bool computed)
{
    Day& d = days[date];
    if (d.names.isEmpty()) {
        d.date = date;
        d.kind = kind;
        d.group = group;
        d.substitutable = substitutable;
        d.computed = computed;
    } else {
        // Two holidays on one date are one day off: the public one decides, and it is computed only if both are.
        if (kind == HolidayKind::Public)
            d.kind = kind;
        d.group = d.group == Alone ? group : d.group;
        d.substitutable = d.substitutable || substitutable;
        d.computed = d.computed && computed;
    }
    d.names << name;
    d.shortNames << (shortName.isEmpty() ? name : shortName);
}

void addBaseDays(QMap<QDate, Day>& days, int year)
{
    const int be = toBuddhistYear(year);
    for (const FixedRule& r : FixedRules)
        if (be >= r.fromBE && be <= r.toBE)
            add(days, QDate(year, r.month, r.day), QString::fromUtf8(r.name), QString::fromUtf8(r.shortName),
                HolidayKind::Public, r.group, true, false);
    if (const auto b = lunisolar::buddhistHolidays(year)) {
        const bool computed = year > LastAnnouncedYear;
        add(days, b->makhaBucha, QStringLiteral("วันมาฆบูชา"), {}, HolidayKind::Public, Alone, true, computed);
        add(days, b->visakhaBucha, QStringLiteral("วันวิสาขบูชา"), {}, HolidayKind::Public, Alone, true, computed);
        add(days, b->asalhaBucha, QStringLiteral("วันอาสาฬหบูชา"), {}, HolidayKind::Public, Lent, true, computed);
        add(days, b->khaoPhansa, QStringLiteral("วันเข้าพรรษา"), {}, HolidayKind::Public, Lent, true, computed);
    }
}

bool isWeekend(QDate d) { return d.dayOfWeek() >= 6; }

} // namespace

int firstRuleYear() { return FirstRuleYear; }
int lastRuleYear() { return lunisolar::lastYear(); }
int lastAnnouncedYear() { return LastAnnouncedYear; }

QList<Holiday> ruleHolidays(int fromYear, int toYear)
{
    fromYear = std::max(fromYear, FirstRuleYear);
    toYear = std::min(toYear, lastRuleYear());
    if (fromYear > toYear)
        return {};
    // The year before too: a holiday at the end of December can give a substitution day in January.
    QMap<QDate, Day> days;
    for (int y = std::max(fromYear - 1, FirstRuleYear); y <= toYear; ++y)
        addBaseDays(days, y);
    for (const AnnouncedDay& a : announcedDays()) {
        const QDate date = QDate::fromString(QLatin1String(a.date), Qt::ISODate);
        if (date.year() >= fromYear - 1 && date.year() <= toYear)
            add(days, date, QString::fromUtf8(a.name), {}, a.kind, Alone, false, false);
    }

    // Substitution days, in date order, each on the first working day after its holiday (or its group's last day)
    // that is no holiday and no earlier substitution day.
    QSet<QDate> taken;
    for (const Day& d : std::as_const(days))
        taken.insert(d.date);
    const QList<QDate> notGivenList = substitutionsNotGiven();
    const QSet<QDate> notGiven(notGivenList.cbegin(), notGivenList.cend());
    QList<Holiday> substitutions;
    const QList<QDate> dates = days.keys();
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const Day& first = days[dates[i]];
        // The unit: this day, and the rest of its group on the days that follow.
        qsizetype last = i;
        while (first.group != Alone && last + 1 < dates.size() && days[dates[last + 1]].group == first.group
               && dates[last].daysTo(dates[last + 1]) == 1)
            ++last;
        const Day* weekend = nullptr;
        bool computed = false;
        for (qsizetype k = i; k <= last; ++k) {
            const Day& day = days[dates[k]];
            computed = computed || day.date.year() > LastAnnouncedYear;
            if (!weekend && day.substitutable && isWeekend(day.date) && !notGiven.contains(day.date))
                weekend = &day;
        }
        if (weekend) {
            QDate sub = dates[last].addDays(1);
            while (isWeekend(sub) || taken.contains(sub))
                sub = sub.addDays(1);
            taken.insert(sub);
            substitutions.append({sub, QStringLiteral("ชดเชย") + weekend->shortNames.join(QStringLiteral(" และ")),
                                  HolidayKind::Substitution, computed});
        }
        i = last;
    }

    QList<Holiday> out;
    for (const Day& d : std::as_const(days))
        if (d.date.year() >= fromYear)
            out.append({d.date, d.names.join(QStringLiteral(" และ")), d.kind, d.computed});
    for (const Holiday& s : std::as_const(substitutions))
        if (s.date.year() >= fromYear && s.date.year() <= toYear)
            out.append(s);
    std::sort(out.begin(), out.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return out;
}

} // namespace sujarit::calendar
