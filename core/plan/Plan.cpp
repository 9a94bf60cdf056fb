// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plan.h"

#include "calendar/ThaiDate.h"
#include "text/ThaiBahtText.h"

namespace sujarit::plan {

QString Activity::code() const
{
    return line > 0 ? QStringLiteral("%1.%2.%3").arg(measure).arg(line).arg(position)
                    : QStringLiteral("%1.%2").arg(measure).arg(position);
}

const Measure* Plan::measure(int number) const
{
    for (const Measure& m : measures)
        if (m.number == number)
            return &m;
    return nullptr;
}

const Activity* Plan::activity(qint64 id) const
{
    for (const Activity& a : activities)
        if (a.id == id)
            return &a;
    return nullptr;
}

const Activity* Plan::findActivity(const QString& key) const
{
    const QString k = key.trimmed();
    bool isNumber = false;
    const qint64 id = k.toLongLong(&isNumber);
    for (const Activity& a : activities)
        if (a.code() == k || (isNumber && a.id == id))
            return &a;
    return nullptr;
}

Progress Plan::progressAt(qint64 activity, int round) const
{
    const auto it = progress.constFind(activity);
    if (it == progress.constEnd())
        return Progress { round, {}, {}, QStringLiteral("not_started"), {}, {}, {}, false };
    // The latest report at or before the round.
    Progress found { round, {}, {}, QStringLiteral("not_started"), {}, {}, {}, false };
    for (auto r = it->constBegin(); r != it->constEnd() && r.key() <= round; ++r) {
        found = r.value();
        found.carried = r.key() != round;
    }
    found.round = round;
    return found;
}

RoundInfo Plan::round(int number) const
{
    for (const RoundInfo& r : rounds)
        if (r.round == number)
            return r;
    return RoundInfo { number, {}, std::nullopt, {} };
}

QString monthsText(const QList<int>& months, int fiscalYear)
{
    if (months.isEmpty())
        return QString();
    // Fiscal order: October first.
    QList<int> order = months;
    std::sort(order.begin(), order.end(), [](int a, int b) { return (a + 2) % 12 < (b + 2) % 12; });
    const auto label = [fiscalYear](int month) {
        const int year = month >= 10 ? fiscalYear - 1 : fiscalYear;
        return QStringLiteral("%1 %2")
            .arg(calendar::thaiMonthAbbreviation(month))
            .arg(year % 100, 2, 10, QLatin1Char('0'));
    };
    bool run = true;
    for (int i = 1; i < order.size(); ++i)
        run = run && (order[i - 1] % 12) + 1 == order[i];
    if (order.size() == 12)
        return QStringLiteral("ตลอดปีงบประมาณ");
    if (run && order.size() > 2)
        return QStringLiteral("%1 – %2").arg(label(order.first()), label(order.last()));
    QStringList parts;
    for (int m : order)
        parts << label(m);
    return parts.join(QStringLiteral(", "));
}

QString budgetText(const std::optional<qint64>& satang)
{
    return satang ? text::formatBaht(*satang) : QStringLiteral("ไม่ใช้งบประมาณ");
}

} // namespace sujarit::plan
