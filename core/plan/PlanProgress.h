// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Plan.h"

namespace sujarit::storage {
class Database;
}

namespace sujarit::plan {

/** The KPIs Sujarit computes, by activity id, as of round \a round (see kpiSources()). */
std::optional<QHash<qint64, double>> computeKpis(storage::Database& db, const Plan& plan, int round, QString* error);

/** An activity's standing at a round: its progress (with a computed KPI's value as its result) and whether the KPI is
 * met. */
struct ActivityStanding
{
    const Activity* activity = nullptr;
    Progress progress;
    bool done = false;
    bool kpiMet = false;
};

/** The plan's success at a round, per measure and overall. */
struct Success
{
    int planned = 0, done = 0, cancelled = 0, kpiMet = 0;
    qint64 budgetPlannedSatang = 0, budgetSpentSatang = 0;
    /** Activities done against planned, in per cent (0 when nothing is planned). */
    double donePercent() const { return planned ? 100.0 * done / planned : 0; }
    /** KPIs met against activities planned, in per cent. */
    double kpiPercent() const { return planned ? 100.0 * kpiMet / planned : 0; }
};

struct PlanStanding
{
    int round = 0;
    QList<ActivityStanding> activities; ///< in plan order
    QMap<int, Success> byMeasure;
    Success overall;
};

/**
 * Where the plan stands at \a round: each activity's cumulative progress (a computed KPI's value from \a computed
 * replaces the typed result), whether it is done (status done) and whether its KPI is met (count and percent:
 * result at or above target; done: status done), and the success per measure and overall. A cancelled activity
 * counts as planned and not done.
 */
PlanStanding standing(const Plan& plan, int round, const QHash<qint64, double>& computed = {});

} // namespace sujarit::plan
