// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

/**
 * The steps a complaint walks through (seed 003 §6 flowchart and §8) and which step may follow which.
 *
 *   received → registered → accepted → assigned → fact_finding → (committee →) concluded
 *            → complainant_notified → reported → closed
 *   registered → not_accepted (with a reason code) → complainant_notified | reported | closed
 *   registered | accepted | assigned | fact_finding → referred → complainant_notified | reported | closed
 *
 * An anonymous case has no one to notify: it goes from concluded straight to reported.
 * `progress_notified` (แจ้งความคืบหน้า) records an interim answer to the complainant; it does not change the step.
 */
namespace sujarit::complaints::workflow {

/** The event that records an interim answer to the complainant without moving the case. */
inline const QString ProgressNotified = QStringLiteral("progress_notified");

/** True for steps that move the case; false for events such as progress_notified. */
bool changesStatus(const QString& step);
/** Steps legal from \a status for a case that is (or is not) anonymous, in the order an officer meets them. */
QStringList allowedNextSteps(const QString& status, bool anonymous);
/**
 * Checks that \a step may be recorded on a case in \a status. Returns an empty string when it may, else a
 * plain-words reason (e.g. "a case can be closed only after it is concluded, not accepted or referred").
 */
QString checkStep(const QString& status, const QString& step, const QString& reason, bool anonymous);
/** True for the final step. */
bool isTerminal(const QString& status);

} // namespace sujarit::complaints::workflow
