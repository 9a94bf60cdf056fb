// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Codes.h"
#include "storage/Dialect.h"

#include <QString>

namespace sujarit::complaints {

/**
 * SQL that sets a complaint's milestone days from its step history, for the rows its caller's WHERE names, as
 * Julian day numbers (integers are cheap to index and to read): first_answer_day (the first progress or result
 * notice to the complainant), concluded_day, result_notified_day (the first result notice at or after the
 * conclusion), and completed_day (the first step that completed the case: concluded or later, not accepted, or
 * referred). The statistics read these instead of the history; the repository refreshes them whenever a step is
 * recorded. Append " WHERE …" to limit the rows.
 */
inline QString milestonesUpdateSql(storage::Engine engine)
{
    const auto day = [engine](const QString& select) { return storage::dialect::julianDay(engine, select); };
    return QStringLiteral("UPDATE complaints SET first_answer_day = %1, concluded_day = %2, result_notified_day = %3,"
                          " completed_day = %4")
        .arg(day(QStringLiteral("SELECT min(s.at) FROM complaint_steps s WHERE s.complaint_id = complaints.id"
                                " AND s.step IN ('progress_notified', 'complainant_notified')")),
             day(QStringLiteral("SELECT min(s.at) FROM complaint_steps s WHERE s.complaint_id = complaints.id"
                                " AND s.step = 'concluded'")),
             day(QStringLiteral("SELECT min(s.at) FROM complaint_steps s WHERE s.complaint_id = complaints.id"
                                " AND s.step = 'complainant_notified' AND s.at >= (SELECT min(k.at) FROM complaint_steps k"
                                " WHERE k.complaint_id = complaints.id AND k.step = 'concluded')")),
             day(QStringLiteral("SELECT min(s.at) FROM complaint_steps s WHERE s.complaint_id = complaints.id"
                                " AND s.step IN (%1)")
                     .arg(stepsForSql(true))));
}

} // namespace sujarit::complaints
