// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "PlanProgress.h"
#include "documents/ListDocument.h"

namespace sujarit::office {
struct OfficeProfile;
}

/** The plan on paper and in Excel/CSV: each list prints (documents::paintList) and exports (reports::writeList). */
namespace sujarit::plan {

/**
 * The plan as a table on landscape A4: each measure, its lines of action and their activities with KPI, target,
 * budget, responsible division, period and virtues; budget totals per measure and for the plan.
 */
documents::ListDocument planList(const Plan& plan, const office::OfficeProfile& office);
/**
 * แบบรายงานผลการดำเนินการตามแผน รอบ ๖/๙/๑๒ เดือน: each activity's cumulative result against its target, budget used,
 * status, problems and suggestions, then the success per measure and overall; signed by the reporter and the head.
 */
documents::ListDocument roundReport(const Plan& plan, const PlanStanding& standing,
                                    const office::OfficeProfile& office);
/** The ITA document of the plan: its projects and activities, budget and period (what the ITA asks to publish). */
documents::ListDocument itaPlanList(const Plan& plan, const office::OfficeProfile& office);

} // namespace sujarit::plan
