// SPDX-License-Identifier: GPL-3.0-or-later
#include "EthicsCommittee.h"

namespace sujarit::schema {

const QList<Table>& ethicsCommitteeTables()
{
    static const QList<Table> tables = {
        // The committee of a fiscal year (committee/CommitteeStore.h): its name, and its appointment order once the
        // executive has signed it.
        table("committees", "fiscal_year",
              sql({"fiscal_year INTEGER PRIMARY KEY", "name TEXT NOT NULL CHECK (name <> '')",
                   "order_number TEXT NOT NULL DEFAULT ''", "order_signed_on TEXT",
                   "order_signed_by TEXT NOT NULL DEFAULT ''", "created_at TEXT NOT NULL"})),
        // Its members, from the staff list, each with a role; one chair and one secretary at the most (the store
        // says so in words first).
        table("committee_members", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL REFERENCES committees(fiscal_year)",
                   "staff_id {int64} NOT NULL REFERENCES staff(id)",
                   "role TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'member', 'secretary', "
                   "'assistant_secretary'))",
                   "position INTEGER NOT NULL DEFAULT 0", "created_at TEXT NOT NULL"}),
              sql({"UNIQUE (fiscal_year, staff_id)"})),
        // Its goals for the year, each optionally tied to an activity of the year's plan whose KPI measures it.
        table("committee_goals", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL REFERENCES committees(fiscal_year)",
                   "goal TEXT NOT NULL CHECK (goal <> '')", "plan_activity_id {int64} REFERENCES plan_activities(id)",
                   "position INTEGER NOT NULL DEFAULT 0", "created_at TEXT NOT NULL"})),
    };
    return tables;
}

bool addEthicsCommittee(storage::Database& db)
{
    for (const Table& t : ethicsCommitteeTables())
        if (!createTable(db, t))
            return false;
    return true;
}

} // namespace sujarit::schema
