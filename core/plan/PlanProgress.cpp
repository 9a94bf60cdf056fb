// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanProgress.h"

#include "PlanTemplates.h"
#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "conflicts/Declarations.h"
#include "reports/Statistics.h"
#include "storage/Database.h"

namespace sujarit::plan {

std::optional<QHash<qint64, double>> computeKpis(storage::Database& db, const Plan& plan, int round, QString* error)
{
    QHash<qint64, double> out;
    bool needsComplaints = false, needsDeclarations = false;
    for (const Activity& a : plan.activities) {
        needsComplaints = needsComplaints || a.kpi.source.startsWith(QLatin1String("complaints_"));
        needsDeclarations = needsDeclarations || a.kpi.source.startsWith(QLatin1String("declarations_"));
    }
    // As of the round's end, or today while the round runs: round 6 counts the complaints of the first half of the
    // year, round 9 those to the end of June, round 12 the whole year.
    const QDate asOf = std::min(roundEnd(plan.fiscalYear, round), calendar::now().date());
    std::optional<reports::YearStatistics> stats;
    if (needsComplaints) {
        stats = reports::computeStatistics(db, plan.fiscalYear, round / 3, asOf, error);
        if (!stats)
            return std::nullopt;
    }
    int declared = 0, staff = 0;
    if (needsDeclarations) {
        conflicts::DeclarationRegister declarations(db);
        const auto list = declarations.list(plan.fiscalYear);
        const auto missing = declarations.missingAnnual(plan.fiscalYear);
        if (!list || !missing) {
            if (error)
                *error = declarations.errorString();
            return std::nullopt;
        }
        for (const conflicts::Declaration& d : *list)
            declared += d.kind == QLatin1String("annual") && d.date <= asOf;
        staff = declared + int(missing->size());
    }
    const auto percent = [](int part, int whole) { return whole ? 100.0 * part / whole : 0.0; };
    for (const Activity& a : plan.activities) {
        const QString& s = a.kpi.source;
        if (s == QLatin1String("complaints_answered_in_time"))
            out.insert(a.id, percent(stats->answeredInTime, stats->answerDue));
        else if (s == QLatin1String("complaints_completed"))
            out.insert(a.id, percent(stats->completed, stats->total));
        else if (s == QLatin1String("complaints_received"))
            out.insert(a.id, stats->total);
        else if (s == QLatin1String("declarations_annual"))
            out.insert(a.id, declared);
        else if (s == QLatin1String("declarations_annual_share"))
            out.insert(a.id, percent(declared, staff));
    }
    return out;
}

PlanStanding standing(const Plan& plan, int round, const QHash<qint64, double>& computed)
{
    PlanStanding s;
    s.round = round;
    for (const Measure& m : plan.measures)
        s.byMeasure.insert(m.number, Success {});
    for (const Activity& a : plan.activities) {
        ActivityStanding st;
        st.activity = &a;
        st.progress = plan.progressAt(a.id, round);
        if (const auto it = computed.constFind(a.id); it != computed.constEnd()) {
            // Computed from the office's data: the activity runs as long as the data come in.
            st.progress.result = std::round(*it * 100) / 100;
            st.progress.carried = false;
            if (st.progress.status == QLatin1String("not_started"))
                st.progress.status = QStringLiteral("in_progress");
        }
        st.done = st.progress.status == QLatin1String("done");
        if (a.kpi.kind == QLatin1String("done"))
            st.kpiMet = st.done;
        else
            st.kpiMet = st.progress.status != QLatin1String("cancelled") && st.progress.result
                && *st.progress.result >= a.kpi.target;
        for (Success* sum : { &s.byMeasure[a.measure], &s.overall }) {
            ++sum->planned;
            sum->done += st.done;
            sum->cancelled += st.progress.status == QLatin1String("cancelled");
            sum->kpiMet += st.kpiMet;
            sum->budgetPlannedSatang += a.budgetSatang.value_or(0);
            sum->budgetSpentSatang += st.progress.spentSatang.value_or(0);
        }
        s.activities << st;
    }
    return s;
}

} // namespace sujarit::plan
