// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoralOrganisation.h"

namespace sujarit::schema {

const QList<Table>& moralOrganisationTables()
{
    static const QList<Table> tables = {
        // The year's self-assessment (moral/SelfAssessment.h): the level claimed and the nine criteria as JSON
        // [{number, status, text}], one row a year, replaced whole.
        table("moral_reports", "fiscal_year",
              sql({"fiscal_year INTEGER PRIMARY KEY", "level INTEGER CHECK (level BETWEEN 1 AND 3)",
                   "criteria TEXT NOT NULL DEFAULT '[]'", "updated_at TEXT NOT NULL",
                   "updated_by TEXT NOT NULL DEFAULT ''"})),
        // The target virtues (ปัญหาที่อยากแก้ ความดีที่อยากทำ, moral/Virtues.h): one row a virtue and year, its
        // results per plan round as JSON {"6": "…", "9": "…", "12": "…"}.
        table("moral_virtues", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL", "virtue TEXT NOT NULL CHECK (virtue <> '')",
                   "dimension TEXT NOT NULL DEFAULT 'core' CHECK (dimension IN ('core', 'religion', 'sufficiency', "
                   "'culture', 'other'))",
                   "problem TEXT NOT NULL DEFAULT ''", "good TEXT NOT NULL DEFAULT ''",
                   "indicator TEXT NOT NULL DEFAULT ''", "target TEXT NOT NULL DEFAULT ''",
                   "activities TEXT NOT NULL DEFAULT ''", "results TEXT NOT NULL DEFAULT '{}'",
                   "position INTEGER NOT NULL DEFAULT 0", "created_at TEXT NOT NULL"}),
              sql({"UNIQUE (fiscal_year, virtue)"})),
        // The good deeds of the staff (บันทึกสะสมความดี, moral/GoodDeeds.h).
        table("good_deeds", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL", "staff_id {int64} NOT NULL REFERENCES staff(id)",
                   "done_on TEXT NOT NULL {isodate:done_on}", "deed TEXT NOT NULL CHECK (deed <> '')",
                   "virtue TEXT NOT NULL CHECK (virtue <> '')", "place TEXT NOT NULL DEFAULT ''",
                   "certified_by TEXT NOT NULL CHECK (certified_by <> '')", "created_at TEXT NOT NULL"}),
              {}, sql({"CREATE INDEX good_deeds_year ON good_deeds (fiscal_year, staff_id)"})),
        // A division's best practice of a year (ถอดบทเรียน, moral/BestPractice.h).
        table("best_practices", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL", "division TEXT NOT NULL CHECK (division <> '')",
                   "title TEXT NOT NULL CHECK (title <> '')", "background TEXT NOT NULL DEFAULT ''",
                   "steps TEXT NOT NULL DEFAULT ''", "results TEXT NOT NULL DEFAULT ''",
                   "factors TEXT NOT NULL DEFAULT ''", "lessons TEXT NOT NULL DEFAULT ''",
                   "created_at TEXT NOT NULL"}),
              sql({"UNIQUE (fiscal_year, division, title)"})),
        // A selection of outstanding officials or divisions (moral/Selection.h): its criteria as JSON
        // [{name, weight, max}], and the result announcement once the executive has signed it.
        table("selections", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL",
                   "kind TEXT NOT NULL CHECK (kind IN ('official', 'division'))", "criteria TEXT NOT NULL",
                   "announced_on TEXT", "announced_by TEXT NOT NULL DEFAULT ''", "created_at TEXT NOT NULL"}),
              sql({"UNIQUE (fiscal_year, kind)"})),
        // Its nominees: a member of staff, or a division by name.
        table("selection_nominees", "id",
              sql({"{id}", "selection_id {int64} NOT NULL REFERENCES selections(id)",
                   "staff_id {int64} REFERENCES staff(id)", "division TEXT NOT NULL DEFAULT ''",
                   "reason TEXT NOT NULL DEFAULT ''", "created_at TEXT NOT NULL"}),
              {}, sql({"CREATE INDEX selection_nominees_selection ON selection_nominees (selection_id)"})),
        // Each committee member's score of a nominee on a criterion (its place in the criteria, from 1).
        table("selection_scores", "nominee_id",
              sql({"nominee_id {int64} NOT NULL REFERENCES selection_nominees(id)",
                   "member_id {int64} NOT NULL REFERENCES staff(id)", "criterion INTEGER NOT NULL CHECK (criterion >= 1)",
                   "score INTEGER NOT NULL CHECK (score >= 0)", "scored_at TEXT NOT NULL"}),
              sql({"PRIMARY KEY (nominee_id, member_id, criterion)"})),
    };
    return tables;
}

bool addMoralOrganisation(storage::Database& db)
{
    for (const Table& t : moralOrganisationTables())
        if (!createTable(db, t))
            return false;
    return true;
}

} // namespace sujarit::schema
