// SPDX-License-Identifier: GPL-3.0-or-later
// The register's tables, described once (the words in braces are explained in schema/Tables.h). A column added by a
// later step goes last among the columns, where SQLite's ALTER TABLE ADD COLUMN puts it in a file made before, so
// that both hold the same table.
#include "RegisterTables.h"

#include "EngineSupport.h"
#include "calendar/HolidaySeed.h"
#include "complaints/Deadlines.h"
#include "storage/Database.h"

#include <QRandomGenerator>

namespace sujarit::schema {

namespace {


QList<Table> describe()
{
    return {
        table("settings", "key", sql({"key TEXT PRIMARY KEY", "value TEXT NOT NULL"})),
        table("holidays", "date",
              sql({"date TEXT PRIMARY KEY {isodate:date}", "name TEXT NOT NULL CHECK (name <> '')",
                   "kind TEXT NOT NULL DEFAULT 'public' CHECK (kind IN ('public','substitution','special'))"})),
        table("deadline_rules", "clock",
              sql({"clock TEXT PRIMARY KEY", "amount INTEGER NOT NULL CHECK (amount >= 0)",
                   "unit TEXT NOT NULL CHECK (unit IN ('working_days','days'))", "basis TEXT NOT NULL"})),
        // The receipt numbers given so far: not in the trail, which has the complaints they numbered.
        table("receipt_counters", "year", sql({"year INTEGER PRIMARY KEY", "last INTEGER NOT NULL"}), {}, {},
              false),
        // Users and roles (users/UserStore): passwords are Argon2id hashes. The sign-in failures that slow down
        // guessing are kept apart, outside the trail (which has the failed sign-ins themselves).
        table("users", "id",
              sql({"{id}", "name TEXT NOT NULL UNIQUE", "full_name TEXT NOT NULL DEFAULT ''",
                   "division TEXT NOT NULL DEFAULT ''", "roles TEXT NOT NULL", "password_hash TEXT NOT NULL",
                   "password_changed_at TEXT NOT NULL", "disabled INTEGER NOT NULL DEFAULT 0",
                   "created_at TEXT NOT NULL"})),
        table("sign_in_failures", "name",
              sql({"name TEXT PRIMARY KEY", "failures INTEGER NOT NULL", "last_at TEXT NOT NULL"}), {}, {}, false),
        // The milestone days (received_day … completed_day) are Julian day numbers kept on the row for the annual
        // statistics: complaints_period answers every count and timeliness figure of a period from the index alone.
        // entered_by: the user who entered the case. (Until schema 9 a clerk saw the complainant of a case she
        // entered until it was registered; the identity is sealed since, for the integrity officers' key only.)
        table("complaints", "id",
              sql({"{id}",
                   "receipt_year INTEGER NOT NULL",
                   "receipt_running INTEGER NOT NULL CHECK (receipt_running > 0)",
                   "received_at TEXT NOT NULL",
                   "received_by TEXT NOT NULL DEFAULT ''",
                   "received_by_position TEXT NOT NULL DEFAULT ''",
                   "fiscal_year INTEGER NOT NULL",
                   "channel TEXT NOT NULL",
                   "category TEXT NOT NULL",
                   "anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0,1))",
                   "complainant_title TEXT NOT NULL DEFAULT ''",
                   "complainant_name TEXT NOT NULL DEFAULT ''",
                   "complainant_age INTEGER",
                   "complainant_address TEXT NOT NULL DEFAULT ''",
                   "complainant_house_no TEXT NOT NULL DEFAULT ''",
                   "complainant_moo TEXT NOT NULL DEFAULT ''",
                   "complainant_subdistrict TEXT NOT NULL DEFAULT ''",
                   "complainant_district TEXT NOT NULL DEFAULT ''",
                   "complainant_province TEXT NOT NULL DEFAULT ''",
                   "complainant_postcode TEXT NOT NULL DEFAULT ''",
                   "complainant_phone TEXT NOT NULL DEFAULT ''",
                   "complainant_email TEXT NOT NULL DEFAULT ''",
                   "complainant_national_id TEXT NOT NULL DEFAULT ''",
                   "subject TEXT NOT NULL CHECK (subject <> '')",
                   "accused_name TEXT NOT NULL DEFAULT ''",
                   "accused_position TEXT NOT NULL DEFAULT ''",
                   "accused_unit TEXT NOT NULL DEFAULT ''",
                   "status TEXT NOT NULL DEFAULT 'received'",
                   "status_at TEXT NOT NULL",
                   "not_accepted_reason TEXT NOT NULL DEFAULT ''",
                   "assigned_unit TEXT NOT NULL DEFAULT ''",
                   "receipt_code TEXT NOT NULL UNIQUE",
                   "next_deadline TEXT",
                   "next_clock TEXT NOT NULL DEFAULT ''",
                   "created_at TEXT NOT NULL",
                   "updated_at TEXT NOT NULL",
                   "received_day {day:received_at}",
                   "first_answer_day INTEGER",
                   "concluded_day INTEGER",
                   "result_notified_day INTEGER",
                   "completed_day INTEGER",
                   "entered_by TEXT NOT NULL DEFAULT ''"}),
              sql({"UNIQUE (receipt_year, receipt_running)"}),
              sql({"CREATE INDEX complaints_fiscal_year ON complaints (fiscal_year, received_at)",
                   "CREATE INDEX complaints_next_deadline ON complaints (next_deadline, received_at)"
                   " WHERE next_deadline IS NOT NULL",
                   "CREATE INDEX complaints_period ON complaints (received_at, status, channel, category, anonymous,"
                   " not_accepted_reason, assigned_unit, received_day, first_answer_day, concluded_day,"
                   " result_notified_day)",
                   "CREATE INDEX complaints_status ON complaints (status, received_at)",
                   "CREATE INDEX complaints_completed ON complaints (completed_day, received_at)"})),
        // The long texts live apart, so that the register's rows stay narrow and a year lists quickly.
        table("complaint_texts", "complaint_id",
              sql({"complaint_id {int64} PRIMARY KEY REFERENCES complaints(id)",
                   "details TEXT NOT NULL DEFAULT ''", "requested_action TEXT NOT NULL DEFAULT ''",
                   "incident_time TEXT NOT NULL DEFAULT ''", "incident_place TEXT NOT NULL DEFAULT ''",
                   "witnesses TEXT NOT NULL DEFAULT ''"})),
        table("evidence_items", "id",
              sql({"{id}", "complaint_id {int64} NOT NULL REFERENCES complaints(id) ON DELETE CASCADE",
                   "position INTEGER NOT NULL", "description TEXT NOT NULL",
                   "sets INTEGER NOT NULL DEFAULT 1 CHECK (sets > 0)"}),
              {}, sql({"CREATE INDEX evidence_items_complaint ON evidence_items (complaint_id, position)"})),
        // officers: whom a case was assigned to or the committee appointed, one name a line, for the recusal check.
        table("complaint_steps", "id",
              sql({"{id}", "complaint_id {int64} NOT NULL REFERENCES complaints(id) ON DELETE CASCADE",
                   "step TEXT NOT NULL", "at TEXT NOT NULL", "by TEXT NOT NULL DEFAULT ''",
                   "note TEXT NOT NULL DEFAULT ''", "reason TEXT NOT NULL DEFAULT ''", "unit TEXT NOT NULL DEFAULT ''",
                   "recorded_at TEXT NOT NULL", "officers TEXT NOT NULL DEFAULT ''"}),
              {}, sql({"CREATE INDEX complaint_steps_complaint ON complaint_steps (complaint_id, at)"})),
        // Scans and photos that come with a case, kept in the register itself so that a backup holds them too.
        table("attachments", "id",
              sql({"{id}", "complaint_id {int64} NOT NULL REFERENCES complaints(id)", "file_name TEXT NOT NULL",
                   "mime_type TEXT NOT NULL", "size {int64} NOT NULL", "data {blob} NOT NULL",
                   "added_at TEXT NOT NULL", "added_by TEXT NOT NULL DEFAULT ''"}),
              {}, sql({"CREATE INDEX attachments_complaint ON attachments (complaint_id)"})),
        table("staff", "id",
              sql({"{id}", "name TEXT NOT NULL CHECK (name <> '')", "position TEXT NOT NULL DEFAULT ''",
                   "division TEXT NOT NULL DEFAULT ''",
                   "kind TEXT NOT NULL CHECK (kind IN ('executive', 'council_member', 'official', "
                   "'contract_employee'))",
                   "active INTEGER NOT NULL DEFAULT 1", "left_on TEXT", "created_at TEXT NOT NULL"}),
              {}, sql({"CREATE UNIQUE INDEX staff_name ON staff (name)"})),
        // A gift, whether it was accepted, what became of it, and the head's decision with the rule version it was
        // made under (gifts/GiftRule.h).
        table("gifts", "id",
              sql({"{id}", "staff_id {int64} NOT NULL REFERENCES staff(id)", "received_on TEXT NOT NULL",
                   "fiscal_year INTEGER NOT NULL", "giver TEXT NOT NULL CHECK (giver <> '')",
                   "relation TEXT NOT NULL", "occasion TEXT NOT NULL DEFAULT ''",
                   "description TEXT NOT NULL DEFAULT ''",
                   "value_satang {int64} NOT NULL CHECK (value_satang >= 0)",
                   "public_offer INTEGER NOT NULL DEFAULT 0", "created_at TEXT NOT NULL",
                   "accepted INTEGER NOT NULL DEFAULT 1", "disposition TEXT NOT NULL DEFAULT ''",
                   "decision TEXT NOT NULL DEFAULT ''", "decided_on TEXT", "decided_by TEXT NOT NULL DEFAULT ''",
                   "decision_reason TEXT NOT NULL DEFAULT ''", "decision_rule_version TEXT NOT NULL DEFAULT ''"}),
              {}, sql({"CREATE INDEX gifts_fiscal_year ON gifts (fiscal_year, received_on)"})),
        // Declarations of interest with their parties and the supervisor's review.
        table("declarations", "id",
              sql({"{id}",
                   "kind TEXT NOT NULL CHECK (kind IN ('annual', 'procurement', 'situational', 'gift_report'))",
                   "staff_id {int64} NOT NULL REFERENCES staff(id)", "declared_on TEXT NOT NULL",
                   "fiscal_year INTEGER NOT NULL", "no_interest INTEGER NOT NULL DEFAULT 0",
                   "conflict_form TEXT NOT NULL DEFAULT ''", "details TEXT NOT NULL DEFAULT ''",
                   "procurement_name TEXT NOT NULL DEFAULT ''", "procurement_number TEXT NOT NULL DEFAULT ''",
                   "reviewer TEXT NOT NULL DEFAULT ''", "review_decision TEXT NOT NULL DEFAULT ''",
                   "reviewed_on TEXT", "review_reason TEXT NOT NULL DEFAULT ''", "created_at TEXT NOT NULL"}),
              {},
              sql({"CREATE INDEX declarations_year ON declarations (fiscal_year, kind, staff_id)",
                   "CREATE INDEX declarations_staff ON declarations (staff_id)"})),
        table("declaration_parties", "declaration_id",
              sql({"declaration_id {int64} NOT NULL REFERENCES declarations(id) ON DELETE CASCADE",
                   "position INTEGER NOT NULL", "name TEXT NOT NULL CHECK (name <> '')", "relation TEXT NOT NULL"}),
              sql({"PRIMARY KEY (declaration_id, position)"})),
        // The ethics and anti-corruption action plan: a plan per fiscal year, its measures and lines of action,
        // activities with their KPI and budget, progress by round (cumulative), the rounds' due dates and locks,
        // the log of changes made to locked rounds, and evidence files.
        table("plans", "fiscal_year",
              sql({"fiscal_year INTEGER PRIMARY KEY", "title TEXT NOT NULL DEFAULT ''", "template TEXT NOT NULL",
                   "created_at TEXT NOT NULL"})),
        table("plan_measures", "fiscal_year",
              sql({"fiscal_year INTEGER NOT NULL REFERENCES plans(fiscal_year)", "number INTEGER NOT NULL",
                   "title TEXT NOT NULL CHECK (title <> '')"}),
              sql({"PRIMARY KEY (fiscal_year, number)"})),
        table("plan_lines", "fiscal_year",
              sql({"fiscal_year INTEGER NOT NULL", "measure INTEGER NOT NULL", "number INTEGER NOT NULL",
                   "title TEXT NOT NULL CHECK (title <> '')"}),
              sql({"PRIMARY KEY (fiscal_year, measure, number)",
                   "FOREIGN KEY (fiscal_year, measure) REFERENCES plan_measures(fiscal_year, number)"})),
        table("plan_activities", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL REFERENCES plans(fiscal_year)", "measure INTEGER NOT NULL",
                   "line INTEGER NOT NULL DEFAULT 0", "position INTEGER NOT NULL",
                   "title TEXT NOT NULL CHECK (title <> '')", "area TEXT NOT NULL DEFAULT ''",
                   "kpi_name TEXT NOT NULL DEFAULT ''", "kpi_unit TEXT NOT NULL DEFAULT ''",
                   "kpi_kind TEXT NOT NULL CHECK (kpi_kind IN ('count', 'percent', 'done'))",
                   "kpi_target {real} NOT NULL DEFAULT 1", "kpi_source TEXT NOT NULL DEFAULT ''",
                   "budget_satang {int64} CHECK (budget_satang >= 0)", "division TEXT NOT NULL DEFAULT ''",
                   "person TEXT NOT NULL DEFAULT ''", "months TEXT NOT NULL DEFAULT ''",
                   "virtues TEXT NOT NULL DEFAULT ''", "catalogue_ref TEXT NOT NULL DEFAULT ''",
                   "created_at TEXT NOT NULL"}),
              sql({"UNIQUE (fiscal_year, measure, line, position)"})),
        table("plan_progress", "activity_id",
              sql({"activity_id {int64} NOT NULL REFERENCES plan_activities(id) ON DELETE CASCADE",
                   "round INTEGER NOT NULL CHECK (round IN (6, 9, 12))", "result {real}",
                   "spent_satang {int64} CHECK (spent_satang >= 0)",
                   "status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled'))",
                   "cancel_reason TEXT NOT NULL DEFAULT ''", "problems TEXT NOT NULL DEFAULT ''",
                   "suggestions TEXT NOT NULL DEFAULT ''", "updated_at TEXT NOT NULL"}),
              sql({"PRIMARY KEY (activity_id, round)"})),
        table("plan_rounds", "fiscal_year",
              sql({"fiscal_year INTEGER NOT NULL REFERENCES plans(fiscal_year)", "round INTEGER NOT NULL",
                   "due TEXT NOT NULL", "locked_at TEXT", "locked_by TEXT NOT NULL DEFAULT ''"}),
              sql({"PRIMARY KEY (fiscal_year, round)"})),
        table("plan_changes", "id",
              sql({"{id}", "fiscal_year INTEGER NOT NULL", "round INTEGER NOT NULL",
                   "activity_id {int64} NOT NULL REFERENCES plan_activities(id)", "at TEXT NOT NULL",
                   "by TEXT NOT NULL", "reason TEXT NOT NULL", "before TEXT NOT NULL", "after TEXT NOT NULL"})),
        table("plan_evidence", "id",
              sql({"{id}", "activity_id {int64} NOT NULL REFERENCES plan_activities(id)", "round INTEGER NOT NULL",
                   "file_name TEXT NOT NULL", "mime_type TEXT NOT NULL", "size {int64} NOT NULL",
                   "data {blob} NOT NULL", "added_at TEXT NOT NULL"})),
        // The append-only audit trail: written by triggers (storage/Audit.cpp on a file, schema/ServerSupport.cpp
        // on a server) and sealed into a hash chain when a transaction commits; the guards each engine adds keep a
        // sealed entry from being changed or deleted.
        table("audit", "id",
              sql({"{id}", "at TEXT NOT NULL", "actor TEXT NOT NULL", "action TEXT NOT NULL", "entity TEXT NOT NULL",
                   "entity_id TEXT NOT NULL", "before TEXT", "after TEXT", "reason TEXT NOT NULL DEFAULT ''",
                   "prev_hash TEXT", "hash TEXT"}),
              {}, sql({"CREATE INDEX audit_entity ON audit (entity, entity_id)"}), false),
    };
}

} // namespace

const QList<Table>& registerTables()
{
    static const QList<Table> tables = describe();
    return tables;
}

bool seedRegister(storage::Database& db)
{
    QSqlQuery q = db.query();
    if (!q.prepare(QStringLiteral("INSERT INTO holidays(date, name, kind) VALUES (?, ?, ?)")))
        return db.failSql(QString(), q);
    for (const calendar::Holiday& h : calendar::shippedHolidays()) {
        q.addBindValue(h.date.toString(Qt::ISODate));
        q.addBindValue(h.name);
        q.addBindValue(calendar::holidayKindCode(h.kind));
        if (!q.exec())
            return db.failSql(QString(), q);
    }
    for (const complaints::DeadlineRule& r : complaints::defaultDeadlineRules())
        if (!db.exec(QStringLiteral("INSERT INTO deadline_rules(clock, amount, unit, basis) VALUES (?, ?, ?, ?)"),
                     {r.clock, r.amount, complaints::deadlineUnitCode(r.unit), r.basis}))
            return false;
    // The key that signs receipt check codes: random, made once per register, never shown.
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return db.setSetting(QStringLiteral("numbering"), QStringLiteral("calendar"))
        && db.setSetting(QStringLiteral("receipt_key"), QString::fromLatin1(key.toHex()));
}

bool newRegister(storage::Database& db)
{
    const bool server = db.engine() == storage::Engine::PostgreSQL;
    if (!runAll(db, server ? serverBeforeTables() : QStringList()))
        return false;
    for (const Table& t : registerTables())
        if (!createTableAndIndexes(db, t))
            return false;
    if (!runAll(db, server ? serverAfterTables() : fileAfterTables()) || !seedRegister(db))
        return false;
    // The ITA item the complaint statistics are published under, by BE year (the NACC renumbers them yearly); an
    // administrator adds later years.
    if (!db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('ita.item.2566', 'O29'),"
                                " ('ita.item.2568', 'O19'), ('ita.item.2569', 'O18')")))
        return false;
    // A server's numbering and trail triggers come after the first rows, which are no change to record.
    return !server || runAll(db, serverTriggers(registerTables()));
}

} // namespace sujarit::schema
