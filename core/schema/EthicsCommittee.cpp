// SPDX-License-Identifier: GPL-3.0-or-later
#include "EthicsCommittee.h"

namespace sujarit::schema {

const QList<Table>& ethicsCommitteeTables()
{
    static const QList<Table> tables = {
        // The committee of a fiscal year (committee/CommitteeStore.h): its name, its appointment order once the
        // executive has signed it, and the schedule of its meetings (committee/Meetings.h): every one or two months,
        // on the Nth weekday or on a day of the month, the agenda due a number of days before.
        table("committees", "fiscal_year",
              sql({"fiscal_year INTEGER PRIMARY KEY", "name TEXT NOT NULL CHECK (name <> '')",
                   "order_number TEXT NOT NULL DEFAULT ''", "order_signed_on TEXT",
                   "order_signed_by TEXT NOT NULL DEFAULT ''",
                   "every_months INTEGER NOT NULL DEFAULT 1 CHECK (every_months IN (1, 2))",
                   "weekday INTEGER CHECK (weekday BETWEEN 1 AND 5)", "week INTEGER CHECK (week BETWEEN 1 AND 4)",
                   "day INTEGER CHECK (day BETWEEN 1 AND 28)",
                   "agenda_days INTEGER NOT NULL DEFAULT 7 CHECK (agenda_days BETWEEN 0 AND 60)",
                   "created_at TEXT NOT NULL"})),
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
        // Its meetings: planned by the schedule (or added), moved or cancelled with a reason; numbered ครั้งที่ N/BBBB
        // in date order among those not cancelled.
        table("committee_meetings", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL REFERENCES committees(fiscal_year)",
                   "meets_on TEXT NOT NULL {isodate:meets_on}",
                   "status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'agenda_sent', 'held', "
                   "'minutes_approved', 'cancelled'))",
                   "note TEXT NOT NULL DEFAULT ''", "reason TEXT NOT NULL DEFAULT ''",
                   "place TEXT NOT NULL DEFAULT ''", "starts TEXT NOT NULL DEFAULT ''", "agenda_sent_on TEXT",
                   "created_at TEXT NOT NULL"}),
              {}, sql({"CREATE INDEX committee_meetings_year ON committee_meetings (fiscal_year, meets_on)"})),
        // A meeting's agenda as the secretary wrote it (committee/MeetingAgenda.h): items under the six sections of
        // the usual order; what Sujarit knows (the minutes to approve, open actions, reports due) is added when read.
        table("committee_agenda_items", "id",
              sql({"{id}", "meeting_id {int64} NOT NULL REFERENCES committee_meetings(id)",
                   "section INTEGER NOT NULL CHECK (section BETWEEN 1 AND 6)", "position INTEGER NOT NULL DEFAULT 0",
                   "title TEXT NOT NULL CHECK (title <> '')", "details TEXT NOT NULL DEFAULT ''",
                   "created_at TEXT NOT NULL"}),
              {}, sql({"CREATE INDEX committee_agenda_items_meeting ON committee_agenda_items (meeting_id)"})),
        // A meeting's minutes (committee/MeetingMinutes.h), whole as JSON, one row a version: a version approved at a
        // later meeting is never changed; a correction is a new version with its reason.
        table("committee_minutes", "meeting_id",
              sql({"meeting_id {int64} NOT NULL REFERENCES committee_meetings(id)", "version INTEGER NOT NULL",
                   "body TEXT NOT NULL", "reason TEXT NOT NULL DEFAULT ''",
                   "approved_at {int64} REFERENCES committee_meetings(id)", "written_at TEXT NOT NULL",
                   "written_by TEXT NOT NULL DEFAULT ''"}),
              sql({"PRIMARY KEY (meeting_id, version)"})),
        // The follow-up actions the minutes give, carried into the next agendas until done.
        table("committee_actions", "id",
              sql({"{id}", "meeting_id {int64} NOT NULL REFERENCES committee_meetings(id)",
                   "title TEXT NOT NULL CHECK (title <> '')", "owner TEXT NOT NULL CHECK (owner <> '')",
                   "due TEXT {isodate:due}", "done_on TEXT", "created_at TEXT NOT NULL"}),
              {}, sql({"CREATE INDEX committee_actions_meeting ON committee_actions (meeting_id)"})),
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
