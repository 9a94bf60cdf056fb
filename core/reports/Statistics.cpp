// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statistics.h"

#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "complaints/Deadlines.h"
#include "complaints/HolidayTable.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace sujarit::reports {

namespace {

Breakdown fromCodes(const QString& name, const QString& title, const QString& keyTitle,
                    const QList<complaints::Code>& codes, const QHash<QString, int>& counts)
{
    Breakdown b{name, title, keyTitle, {}};
    for (const complaints::Code& c : codes)
        b.rows.append({c.code, c.label, counts.value(c.code)});
    return b;
}

} // namespace

int Breakdown::total() const
{
    int t = 0;
    for (const Row& r : rows)
        t += r.count;
    return t;
}

const Breakdown* YearStatistics::breakdown(const QString& name) const
{
    for (const Breakdown& b : breakdowns)
        if (b.name == name)
            return &b;
    return nullptr;
}

QString YearStatistics::periodText() const
{
    return QStringLiteral("%1 – %2").arg(calendar::formatThaiDate(from), calendar::formatThaiDate(to));
}

std::optional<YearStatistics> computeStatistics(storage::Database& db, int fiscalYear, bool firstHalf, QDate today,
                                                QString* error)
{
    return computeStatistics(db, fiscalYear, firstHalf ? 2 : 4, today, error);
}

std::optional<YearStatistics> computeStatistics(storage::Database& db, int fiscalYear, int quarters, QDate today,
                                                QString* error)
{
    quarters = std::clamp(quarters, 1, 4);
    auto fail = [&]() -> std::optional<YearStatistics> {
        if (error)
            *error = db.errorString();
        return std::nullopt;
    };
    if (!db.require(access::Permission::Statistics))
        return fail();
    YearStatistics s;
    s.fiscalYear = fiscalYear;
    s.firstHalf = quarters == 2;
    s.from = calendar::fiscalYearStart(fiscalYear);
    s.to = calendar::fiscalQuarterEnd(fiscalYear, quarters);
    const QString from = s.from.toString(Qt::ISODate);
    const QString to = s.to.addDays(1).toString(Qt::ISODate); // received_at < to
    const QString period = QStringLiteral(" FROM complaints c WHERE c.received_at >= ? AND c.received_at < ?");

    QSqlQuery q = db.query();
    if (!db.exec(q,
                 QStringLiteral("SELECT count(*), coalesce(sum(c.anonymous), 0), coalesce(sum(CASE WHEN c.status IN (%1) THEN 1 ELSE 0 END), 0)")
                         .arg(complaints::stepsForSql(true))
                     + period,
                 {from, to})
        || !q.next())
        return fail();
    s.total = q.value(0).toInt();
    s.anonymous = q.value(1).toInt();
    s.completed = q.value(2).toInt();
    s.inProgress = s.total - s.completed;

    auto grouped = [&](const QString& column) -> std::optional<QHash<QString, int>> {
        QSqlQuery g = db.query();
        if (!db.exec(g, QStringLiteral("SELECT %1, count(*)").arg(column) + period + QStringLiteral(" GROUP BY 1"),
                     {from, to}))
            return std::nullopt;
        QHash<QString, int> out;
        while (g.next())
            out.insert(g.value(0).toString(), g.value(1).toInt());
        return out;
    };
    const auto months = grouped(QStringLiteral("cast(substr(c.received_at, 6, 2) AS INTEGER)"));
    const auto channels = grouped(QStringLiteral("c.channel"));
    const auto categories = grouped(QStringLiteral("c.category"));
    const auto statuses = grouped(QStringLiteral("c.status"));
    const auto reasons = grouped(QStringLiteral("c.not_accepted_reason"));
    const auto divisions = grouped(QStringLiteral("c.assigned_unit"));
    if (!months || !channels || !categories || !statuses || !reasons || !divisions)
        return fail();

    Breakdown byMonth{QStringLiteral("by_month"), QStringLiteral("จำนวนเรื่องร้องเรียนรายเดือน"), QStringLiteral("เดือน"), {}};
    Breakdown byQuarter{QStringLiteral("by_quarter"), QStringLiteral("จำนวนเรื่องร้องเรียนรายไตรมาส"), QStringLiteral("ไตรมาส"), {}};
    const int lastMonth = quarters * 3;
    for (int i = 0; i < lastMonth; ++i) {
        const int month = (9 + i) % 12 + 1; // 10, 11, 12, 1, … 9
        const QDate first = s.from.addMonths(i);
        byMonth.rows.append({QString::number(month),
                             calendar::thaiMonthAbbreviation(month) + QStringLiteral(" ")
                                 + QString::number(calendar::toBuddhistYear(first.year()) % 100),
                             months->value(QString::number(month))});
    }
    for (int quarter = 1; quarter <= quarters; ++quarter) {
        int count = 0;
        for (int i = 0; i < 3; ++i)
            count += byMonth.rows.value((quarter - 1) * 3 + i).count;
        byQuarter.rows.append({QString::number(quarter), QStringLiteral("ไตรมาสที่ %1").arg(quarter), count});
    }
    s.breakdowns << byMonth << byQuarter
                 << fromCodes(QStringLiteral("by_channel"), QStringLiteral("จำแนกตามช่องทาง"), QStringLiteral("ช่องทาง"),
                              complaints::channels(), *channels)
                 << fromCodes(QStringLiteral("by_category"), QStringLiteral("จำแนกตามประเภท"), QStringLiteral("ประเภท"),
                              complaints::categories(), *categories)
                 << fromCodes(QStringLiteral("by_status"), QStringLiteral("จำแนกตามขั้นตอนการดำเนินการ"),
                              QStringLiteral("ขั้นตอน"), complaints::steps(), *statuses)
                 << fromCodes(QStringLiteral("by_not_accepted_reason"), QStringLiteral("เหตุที่ไม่รับไว้พิจารณา"),
                              QStringLiteral("เหตุ"), complaints::notAcceptedReasons(), *reasons);
    Breakdown byDivision{QStringLiteral("by_division"), QStringLiteral("จำแนกตามหน่วยงานที่รับดำเนินการ"),
                         QStringLiteral("หน่วยงาน"), {}};
    QStringList units = divisions->keys();
    units.removeAll(QString());
    std::sort(units.begin(), units.end());
    for (const QString& u : units)
        byDivision.rows.append({u, u, divisions->value(u)});
    byDivision.rows.append({QString(), QStringLiteral("ยังไม่ได้แจกจ่าย"), divisions->value(QString())});
    s.breakdowns << byDivision;

    // Carried over: received before the period and not completed before it began: those still open, and those
    // first completed on or after its first day (two index searches instead of a scan of every earlier year).
    if (!db.exec(q,
                 QStringLiteral("SELECT (SELECT count(*) FROM complaints WHERE status IN (%1) AND received_at < ?)"
                                " + (SELECT count(*) FROM complaints WHERE completed_day >= ? AND received_at < ?)")
                     .arg(complaints::stepsForSql(false)),
                 {from, s.from.toJulianDay(), from})
        || !q.next())
        return fail();
    s.carriedOver = q.value(0).toInt();

    // Timeliness: each case's milestone days, kept on its row from its step history (complaints/Milestones.h),
    // read from the covering index alone.
    complaints::HolidayTable table(db);
    const auto cal = table.workingCalendar();
    const auto rules = table.deadlineRules();
    const auto answerRule = complaints::ruleFor(rules, QStringLiteral("first_answer"));
    const auto notifyRule = complaints::ruleFor(rules, QStringLiteral("notify_result"));
    q.setForwardOnly(true);
    if (!db.exec(q,
                 QStringLiteral("SELECT c.received_day, c.anonymous, c.first_answer_day, c.concluded_day,"
                                " c.result_notified_day")
                     + period,
                 {from, to}))
        return fail();
    struct CaseTimes {
        QDate received;
        bool anonymous = false;
        QDate firstAnswer, concluded, notified;
    };
    QList<CaseTimes> cases;
    cases.reserve(s.total);
    const auto date = [](const QVariant& v) { return v.isNull() ? QDate() : QDate::fromJulianDay(v.toLongLong()); };
    while (q.next())
        cases.append({date(q.value(0)), q.value(1).toInt() != 0, date(q.value(2)), date(q.value(3)), date(q.value(4))});
    // Due dates depend only on the day a clock starts: computed once per day, not once per case.
    QHash<QDate, QDate> answerDue, notifyDue;
    const auto dueOf = [&](QHash<QDate, QDate>& memo, QDate start, const complaints::DeadlineRule& rule) {
        auto it = memo.constFind(start);
        if (it == memo.constEnd())
            it = memo.insert(start, complaints::dueFrom(start, rule, cal));
        return *it;
    };
    // Working days from receipt to conclusion: a running count of working days over the span, looked up twice.
    QDate first = s.from, last = s.from;
    for (const CaseTimes& t : std::as_const(cases))
        if (t.concluded.isValid()) {
            first = std::min({first, t.received, t.concluded});
            last = std::max({last, t.received, t.concluded});
        }
    QList<int> workingDaysTo(first.daysTo(last) + 1, 0); // working days in (first, first + i]
    for (qsizetype i = 1; i < workingDaysTo.size(); ++i)
        workingDaysTo[i] = workingDaysTo[i - 1] + (cal.isWorkingDay(first.addDays(i)) ? 1 : 0);
    QList<int> daysToConclusion;
    for (const CaseTimes& t : std::as_const(cases)) {
        if (!t.anonymous) {
            const QDate due = dueOf(answerDue, t.received, answerRule);
            if (due <= today || t.firstAnswer.isValid()) {
                ++s.answerDue;
                s.answeredInTime += t.firstAnswer.isValid() && t.firstAnswer <= due ? 1 : 0;
            }
        }
        if (t.concluded.isValid()) {
            daysToConclusion << workingDaysTo[first.daysTo(t.concluded)] - workingDaysTo[first.daysTo(t.received)];
            if (!t.anonymous) {
                ++s.notifyDue;
                s.notifiedInTime += t.notified.isValid() && t.notified <= dueOf(notifyDue, t.concluded, notifyRule);
            }
        }
    }
    if (!daysToConclusion.isEmpty()) {
        std::sort(daysToConclusion.begin(), daysToConclusion.end());
        const qsizetype n = daysToConclusion.size();
        s.medianWorkingDaysToConclusion = n % 2 ? daysToConclusion[n / 2]
                                                : (daysToConclusion[n / 2 - 1] + daysToConclusion[n / 2]) / 2.0;
    }
    return s;
}

} // namespace sujarit::reports
