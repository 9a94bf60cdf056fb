// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "PlanProgress.h"

#include <QJsonObject>
#include <optional>
#include <utility>

namespace sujarit::storage {
class Database;
}

/** The action plan as JSON, out and in, beside the complaint's (complaints/ComplaintJson.h). */
namespace sujarit::plan {

/** The plan of a year with its measures, lines, activities, rounds and where it stands at each round. */
QJsonObject planToJson(const Plan& plan, const QList<PlanStanding>& standings);
/** An activity from its JSON object; nullopt with \a why naming the key when a value cannot be read. */
std::optional<Activity> activityFromJson(const QJsonObject& o, QString* why);
/** The plan of fiscal year \a year and where it stands at every round, with the KPIs Sujarit computes; nothing (with
 *  \a error) when there is no such plan or a KPI cannot be computed. */
std::optional<std::pair<Plan, QList<PlanStanding>>> loadWithStandings(storage::Database& db, int year, QString* error);

} // namespace sujarit::plan
