// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanJson.h"

#include "PlanStore.h"
#include "PlanTemplates.h"
#include "text/ThaiBahtText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace sujarit::plan {

namespace {

struct PlanJsonText {
    Q_DECLARE_TR_FUNCTIONS(PlanJsonText)
};

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue baht(const std::optional<qint64>& satang)
{
    return satang ? QJsonValue(double(*satang) / 100) : QJsonValue();
}

QJsonObject activityJson(const Plan& p, const Activity& a, const QList<PlanStanding>& standings)
{
    const Measure* m = p.measure(a.measure);
    QJsonObject rounds;
    for (const PlanStanding& s : standings)
        for (const ActivityStanding& st : s.activities)
            if (st.activity->id == a.id)
                rounds.insert(QString::number(s.round),
                              QJsonObject { { QStringLiteral("result"), number(st.progress.result) },
                                            { QStringLiteral("budget_spent"), baht(st.progress.spentSatang) },
                                            { QStringLiteral("status"), st.progress.status },
                                            { QStringLiteral("kpi_met"), st.kpiMet },
                                            { QStringLiteral("carried"), st.progress.carried },
                                            { QStringLiteral("problems"), st.progress.problems },
                                            { QStringLiteral("suggestions"), st.progress.suggestions },
                                            { QStringLiteral("cancel_reason"), st.progress.cancelReason } });
    return QJsonObject { { QStringLiteral("id"), a.id },
                         { QStringLiteral("code"), a.code() },
                         { QStringLiteral("title"), a.title },
                         { QStringLiteral("measure"), m ? m->title : QString() },
                         { QStringLiteral("measure_no"), a.measure },
                         { QStringLiteral("line_no"), a.line },
                         { QStringLiteral("area"), a.area },
                         { QStringLiteral("kpi"), a.kpi.name },
                         { QStringLiteral("kpi_kind"), a.kpi.kind },
                         { QStringLiteral("kpi_unit"), a.kpi.unit },
                         { QStringLiteral("kpi_source"), a.kpi.source },
                         { QStringLiteral("target"), a.kpi.target },
                         { QStringLiteral("budget_planned"), baht(a.budgetSatang) },
                         { QStringLiteral("division"), a.division },
                         { QStringLiteral("person"), a.person },
                         { QStringLiteral("months"),
                           QJsonArray::fromVariantList(QVariantList(a.months.cbegin(), a.months.cend())) },
                         { QStringLiteral("virtues"), QJsonArray::fromStringList(a.virtues) },
                         { QStringLiteral("rounds"), rounds } };
}

QJsonObject successJson(const Success& s)
{
    return QJsonObject { { QStringLiteral("planned"), s.planned },
                         { QStringLiteral("done"), s.done },
                         { QStringLiteral("cancelled"), s.cancelled },
                         { QStringLiteral("kpi_met"), s.kpiMet },
                         { QStringLiteral("done_percent"), std::round(s.donePercent() * 100) / 100 },
                         { QStringLiteral("kpi_percent"), std::round(s.kpiPercent() * 100) / 100 },
                         { QStringLiteral("budget_planned"), double(s.budgetPlannedSatang) / 100 },
                         { QStringLiteral("budget_spent"), double(s.budgetSpentSatang) / 100 } };
}

} // namespace

QJsonObject planToJson(const Plan& p, const QList<PlanStanding>& standings)
{
    QJsonArray activities;
    for (const Activity& act : p.activities)
        activities.append(activityJson(p, act, standings));
    QJsonObject success;
    for (const PlanStanding& s : standings) {
        QJsonObject byMeasure;
        for (auto it = s.byMeasure.cbegin(); it != s.byMeasure.cend(); ++it)
            byMeasure.insert(QString::number(it.key()), successJson(it.value()));
        QJsonObject round = successJson(s.overall);
        round.insert(QStringLiteral("by_measure"), byMeasure);
        success.insert(QString::number(s.round), round);
    }
    QJsonArray measures;
    for (const Measure& m : p.measures) {
        QJsonArray lines;
        for (const Line& l : m.lines)
            lines.append(
                QJsonObject { { QStringLiteral("no"), QStringLiteral("%1.%2").arg(m.number).arg(l.number) },
                              { QStringLiteral("title"), l.title } });
        measures.append(QJsonObject { { QStringLiteral("no"), m.number },
                                      { QStringLiteral("title"), m.title },
                                      { QStringLiteral("lines"), lines } });
    }
    QJsonObject roundInfo;
    for (const RoundInfo& r : p.rounds)
        roundInfo.insert(QString::number(r.round),
                         QJsonObject { { QStringLiteral("due"), r.due.toString(Qt::ISODate) },
                                       { QStringLiteral("locked"), r.locked() },
                                       { QStringLiteral("locked_by"), r.lockedBy } });
    return QJsonObject { { QStringLiteral("fiscal_year"), p.fiscalYear }, { QStringLiteral("title"), p.title },
                      { QStringLiteral("rounds"), roundInfo },         { QStringLiteral("measures"), measures },
                      { QStringLiteral("activities"), activities },    { QStringLiteral("success"), success } };
}

std::optional<Activity> activityFromJson(const QJsonObject& o, QString* why)
{
    Activity act;
    act.measure = o[QStringLiteral("measure")].toInt();
    act.line = o[QStringLiteral("line")].toInt();
    act.title = o[QStringLiteral("title")].toString();
    act.area = o[QStringLiteral("area")].toString();
    const QJsonObject kpi = o[QStringLiteral("kpi")].toObject();
    act.kpi.name = kpi[QStringLiteral("name")].toString();
    act.kpi.unit = kpi[QStringLiteral("unit")].toString();
    act.kpi.kind = kpi[QStringLiteral("kind")].toString(QStringLiteral("done"));
    act.kpi.source = kpi[QStringLiteral("source")].toString();
    const QJsonValue target
        = o.contains(QStringLiteral("target")) ? o[QStringLiteral("target")] : kpi[QStringLiteral("target")];
    if (!target.isUndefined() && !target.isNull() && !target.isDouble()) {
        *why = PlanJsonText::tr("target: “%1” is not a number").arg(target.toVariant().toString());
        return std::nullopt;
    }
    act.kpi.target = target.toDouble(act.kpi.kind == QLatin1String("done") ? 1 : 0);
    const QJsonValue budget = o[QStringLiteral("budget")];
    if (!budget.isNull() && !budget.isUndefined() && budget.toString() != QStringLiteral("ไม่ใช้งบประมาณ")) {
        act.budgetSatang
            = text::parseBaht(budget.isDouble() ? QString::number(budget.toDouble(), 'f', 6) : budget.toString());
        if (!act.budgetSatang) {
            *why = PlanJsonText::tr("budget: “%1” is not an amount in baht (or null for ไม่ใช้งบประมาณ)")
                       .arg(budget.toVariant().toString());
            return std::nullopt;
        }
    }
    act.division = o[QStringLiteral("division")].toString();
    act.person = o[QStringLiteral("person")].toString();
    for (const QJsonValue& m : o[QStringLiteral("months")].toArray())
        act.months << m.toInt();
    for (const QJsonValue& v : o[QStringLiteral("virtues")].toArray())
        act.virtues << v.toString();
    return act;
}

std::optional<std::pair<Plan, QList<PlanStanding>>> loadWithStandings(storage::Database& db, int year, QString* error)
{
    PlanStore store(db);
    auto p = store.load(year);
    if (!p) {
        if (error)
            *error = store.errorString();
        return std::nullopt;
    }
    QList<PlanStanding> standings;
    for (int round : rounds()) {
        const auto computed = computeKpis(db, *p, round, error);
        if (!computed)
            return std::nullopt;
        standings << standing(*p, round, *computed);
    }
    return std::pair { *p, standings };
}

} // namespace sujarit::plan
