// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace sujarit::complaints {

/**
 * SQL that sets a complaint's milestone days from its step history, for the rows its caller's WHERE names, as
 * Julian day numbers (integers are cheap to index and to read): first_answer_day (the first progress or result
 * notice to the complainant), concluded_day, and result_notified_day (the first result notice at or after the
 * conclusion). The statistics read these instead of the history; the repository refreshes them whenever a step is
 * recorded. Append " WHERE …" to limit the rows.
 */
inline QString milestonesUpdateSql()
{
    const auto day = [](const char* select) {
        return QStringLiteral("CAST(julianday(substr((%1), 1, 10)) + 0.5 AS INTEGER)").arg(QLatin1String(select));
    };
    return QStringLiteral("UPDATE complaints SET first_answer_day = %1, concluded_day = %2, result_notified_day = %3")
        .arg(day("SELECT min(s.at) FROM complaint_steps s WHERE s.complaint_id = complaints.id"
                 " AND s.step IN ('progress_notified', 'complainant_notified')"),
             day("SELECT min(s.at) FROM complaint_steps s WHERE s.complaint_id = complaints.id AND s.step = 'concluded'"),
             day("SELECT min(s.at) FROM complaint_steps s WHERE s.complaint_id = complaints.id"
                 " AND s.step = 'complainant_notified' AND s.at >= (SELECT min(k.at) FROM complaint_steps k"
                 " WHERE k.complaint_id = complaints.id AND k.step = 'concluded')"));
}

} // namespace sujarit::complaints
