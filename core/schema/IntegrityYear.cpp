// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrityYear.h"

#include "risks/Risk.h"
#include "storage/Database.h"

namespace sujarit::schema {

const QList<Table>& integrityYearTables()
{
    static const QList<Table> tables = {
        // The risk types a register's risks are coded by: data, so that an office following another guide (the
        // NACC's bribery-risk guidance, PACC's FRAs) adds its own.
        table("risk_types", "code",
              sql({"code TEXT PRIMARY KEY CHECK (code <> '')", "label TEXT NOT NULL CHECK (label <> '')",
                   "position INTEGER NOT NULL DEFAULT 0"})),
        // The corruption-risk register of a fiscal year (risks/RiskStore.h): its risks, the measures against them
        // (risk_id NULL: against all of them), what stakeholders expect, the follow-up rounds with each measure's
        // status and each risk's likelihood and impact after the measures.
        table("risk_registers", "fiscal_year",
              sql({"fiscal_year INTEGER PRIMARY KEY", "template TEXT NOT NULL", "created_at TEXT NOT NULL"})),
        table("risks", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL REFERENCES risk_registers(fiscal_year)",
                   "number INTEGER NOT NULL", "process TEXT NOT NULL DEFAULT ''",
                   "event TEXT NOT NULL CHECK (event <> '')", "type TEXT NOT NULL REFERENCES risk_types(code)",
                   "causes TEXT NOT NULL DEFAULT ''", "controls TEXT NOT NULL DEFAULT ''",
                   "division TEXT NOT NULL DEFAULT ''", "likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 5)",
                   "impact INTEGER CHECK (impact BETWEEN 1 AND 5)", "created_at TEXT NOT NULL"}),
              sql({"UNIQUE (fiscal_year, number)",
                   "CHECK ((likelihood IS NULL) = (impact IS NULL))"})),
        table("risk_measures", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL REFERENCES risk_registers(fiscal_year)",
                   "risk_id {int64} REFERENCES risks(id)", "number INTEGER NOT NULL",
                   "title TEXT NOT NULL CHECK (title <> '')", "division TEXT NOT NULL DEFAULT ''",
                   "person TEXT NOT NULL DEFAULT ''", "period TEXT NOT NULL DEFAULT ''", "due TEXT",
                   "indicator TEXT NOT NULL DEFAULT ''", "plan_activity_id {int64} REFERENCES plan_activities(id)",
                   "created_at TEXT NOT NULL"}),
              sql({"UNIQUE (fiscal_year, number)"}), sql({"CREATE INDEX risk_measures_risk ON risk_measures (risk_id)"})),
        table("risk_findings", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL REFERENCES risk_registers(fiscal_year)",
                   "source TEXT NOT NULL", "finding TEXT NOT NULL CHECK (finding <> '')",
                   "risks TEXT NOT NULL DEFAULT ''", "created_at TEXT NOT NULL"})),
        table("risk_rounds", "fiscal_year",
              sql({"fiscal_year INTEGER NOT NULL REFERENCES risk_registers(fiscal_year)",
                   "round INTEGER NOT NULL CHECK (round IN (6, 12))", "due TEXT NOT NULL", "locked_at TEXT",
                   "locked_by TEXT NOT NULL DEFAULT ''"}),
              sql({"PRIMARY KEY (fiscal_year, round)"})),
        table("risk_follow_ups", "measure_id",
              sql({"measure_id {int64} NOT NULL REFERENCES risk_measures(id)",
                   "round INTEGER NOT NULL CHECK (round IN (6, 12))",
                   "status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled'))",
                   "done TEXT NOT NULL DEFAULT ''", "cancel_reason TEXT NOT NULL DEFAULT ''",
                   "updated_at TEXT NOT NULL"}),
              sql({"PRIMARY KEY (measure_id, round)"})),
        table("risk_residuals", "risk_id",
              sql({"risk_id {int64} NOT NULL REFERENCES risks(id)", "round INTEGER NOT NULL CHECK (round IN (6, 12))",
                   "likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5)",
                   "impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5)", "updated_at TEXT NOT NULL"}),
              sql({"PRIMARY KEY (risk_id, round)"})),
        // The changes made to a locked round, by an administrator with a reason: what it was and what it became.
        table("risk_changes", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL", "round INTEGER NOT NULL", "entry TEXT NOT NULL",
                   "at TEXT NOT NULL", "by TEXT NOT NULL", "reason TEXT NOT NULL CHECK (reason <> '')",
                   "before TEXT NOT NULL", "after TEXT NOT NULL"})),
        // Evidence files of the integrity year's records, each under its owner (risks/EvidenceFiles.h).
        table("evidence_files", "id",
              sql({"{id}", "owner TEXT NOT NULL", "owner_id {int64} NOT NULL", "round INTEGER NOT NULL DEFAULT 0",
                   "file_name TEXT NOT NULL", "mime_type TEXT NOT NULL", "size {int64} NOT NULL",
                   "data {blob} NOT NULL", "added_at TEXT NOT NULL"}),
              {}, sql({"CREATE INDEX evidence_files_owner ON evidence_files (owner, owner_id)"})),
        // The executive's announcements (announcements/AnnouncementStore.h): one row per version; a signed version
        // is never changed, a new one replaces it with the reason, and both stay.
        table("announcements", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL", "kind TEXT NOT NULL", "version INTEGER NOT NULL",
                   "title TEXT NOT NULL CHECK (title <> '')", "body TEXT NOT NULL", "signed_on TEXT",
                   "signed_by TEXT NOT NULL DEFAULT ''", "signer_title TEXT NOT NULL DEFAULT ''",
                   "replaces_id {int64} REFERENCES announcements(id)", "reason TEXT NOT NULL DEFAULT ''",
                   "created_at TEXT NOT NULL", "created_by TEXT NOT NULL DEFAULT ''"}),
              sql({"UNIQUE (fiscal_year, kind, version)"})),
        // The year's activities that build the No Gift culture (announcements/NoGiftCulture.h).
        table("no_gift_activities", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL", "held_on TEXT NOT NULL {isodate:held_on}",
                   "kind TEXT NOT NULL CHECK (kind IN ('meeting', 'training', 'campaign', 'notice', 'other'))",
                   "title TEXT NOT NULL CHECK (title <> '')", "participants TEXT NOT NULL DEFAULT ''",
                   "headcount INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0)", "created_at TEXT NOT NULL"}),
              {}, sql({"CREATE INDEX no_gift_activities_year ON no_gift_activities (fiscal_year, held_on)"})),
    };
    return tables;
}

bool addIntegrityYear(storage::Database& db)
{
    for (const Table& t : integrityYearTables()) {
        if (t.name != u"risk_types") {
            if (!createTable(db, t))
                return false;
            continue;
        }
        // The shipped types are no one's edit: in before the trail's triggers.
        if (!createTableAndIndexes(db, t))
            return false;
        int position = 0;
        for (const risks::Term& type : risks::shippedRiskTypes())
            if (!db.exec(QStringLiteral("INSERT INTO risk_types (code, label, position) VALUES (?, ?, ?)"),
                         {type.code, type.label, ++position}))
                return false;
        if (db.engine() == storage::Engine::PostgreSQL && !runAll(db, serverTriggersSql(t)))
            return false;
    }
    return true;
}

} // namespace sujarit::schema
