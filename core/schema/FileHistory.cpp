// SPDX-License-Identifier: GPL-3.0-or-later
// The released schemas 1 to 7 of an SQLite file, step by step, as they were shipped: a file made by an older Sujarit
// is brought up to schema 7 by the steps it has not had. A new register is made at once from the tables described in
// schema/RegisterTables.cpp; the test "A file upgraded from schema 1 holds what a new one holds" keeps the two alike.
#include "FileHistory.h"

#include "storage/Database.h"
#include "EngineSupport.h"
#include "RegisterTables.h"
#include "complaints/Milestones.h"

#include <QStringList>

namespace sujarit::schema {

using storage::Database;
using storage::Engine;
using storage::Migration;

namespace {

/** Schema 1: the complaint register, holidays, deadline rules and settings. */
bool schema1(Database& db)
{
    const QStringList ddl = {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE holidays ("
                       " date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
                       " name TEXT NOT NULL CHECK (name <> ''),"
                       " kind TEXT NOT NULL DEFAULT 'public' CHECK (kind IN ('public','substitution','special')))"),
        QStringLiteral("CREATE TABLE deadline_rules ("
                       " clock TEXT PRIMARY KEY,"
                       " amount INTEGER NOT NULL CHECK (amount >= 0),"
                       " unit TEXT NOT NULL CHECK (unit IN ('working_days','days')),"
                       " basis TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE receipt_counters (year INTEGER PRIMARY KEY, last INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE complaints ("
            " id INTEGER PRIMARY KEY,"
            " receipt_year INTEGER NOT NULL,"
            " receipt_running INTEGER NOT NULL CHECK (receipt_running > 0),"
            " received_at TEXT NOT NULL,"
            " received_by TEXT NOT NULL DEFAULT '',"
            " received_by_position TEXT NOT NULL DEFAULT '',"
            " fiscal_year INTEGER NOT NULL,"
            " channel TEXT NOT NULL,"
            " category TEXT NOT NULL,"
            " anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0,1)),"
            " complainant_title TEXT NOT NULL DEFAULT '',"
            " complainant_name TEXT NOT NULL DEFAULT '',"
            " complainant_age INTEGER,"
            " complainant_address TEXT NOT NULL DEFAULT '',"
            " complainant_house_no TEXT NOT NULL DEFAULT '',"
            " complainant_moo TEXT NOT NULL DEFAULT '',"
            " complainant_subdistrict TEXT NOT NULL DEFAULT '',"
            " complainant_district TEXT NOT NULL DEFAULT '',"
            " complainant_province TEXT NOT NULL DEFAULT '',"
            " complainant_postcode TEXT NOT NULL DEFAULT '',"
            " complainant_phone TEXT NOT NULL DEFAULT '',"
            " complainant_email TEXT NOT NULL DEFAULT '',"
            " complainant_national_id TEXT NOT NULL DEFAULT '',"
            " subject TEXT NOT NULL CHECK (subject <> ''),"
            " accused_name TEXT NOT NULL DEFAULT '',"
            " accused_position TEXT NOT NULL DEFAULT '',"
            " accused_unit TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL DEFAULT 'received',"
            " status_at TEXT NOT NULL,"
            " not_accepted_reason TEXT NOT NULL DEFAULT '',"
            " assigned_unit TEXT NOT NULL DEFAULT '',"
            " receipt_code TEXT NOT NULL UNIQUE,"
            " next_deadline TEXT,"
            " next_clock TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL,"
            " UNIQUE (receipt_year, receipt_running))"),
        // The long texts live apart, so that the register's rows stay narrow and a year lists quickly.
        QStringLiteral("CREATE TABLE complaint_texts ("
                       " complaint_id INTEGER PRIMARY KEY REFERENCES complaints(id),"
                       " details TEXT NOT NULL DEFAULT '',"
                       " requested_action TEXT NOT NULL DEFAULT '',"
                       " incident_time TEXT NOT NULL DEFAULT '',"
                       " incident_place TEXT NOT NULL DEFAULT '',"
                       " witnesses TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX complaints_fiscal_year ON complaints (fiscal_year, received_at)"),
        QStringLiteral("CREATE INDEX complaints_received_at ON complaints (received_at)"),
        QStringLiteral("CREATE INDEX complaints_status ON complaints (status)"),
        QStringLiteral("CREATE INDEX complaints_next_deadline ON complaints (next_deadline, received_at) "
                       "WHERE next_deadline IS NOT NULL"),
        QStringLiteral("CREATE TABLE evidence_items ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " description TEXT NOT NULL,"
                       " sets INTEGER NOT NULL DEFAULT 1 CHECK (sets > 0))"),
        QStringLiteral("CREATE INDEX evidence_items_complaint ON evidence_items (complaint_id, position)"),
        QStringLiteral("CREATE TABLE complaint_steps ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,"
                       " step TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " by TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " unit TEXT NOT NULL DEFAULT '',"
                       " recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX complaint_steps_complaint ON complaint_steps (complaint_id, at)"),
        // Scans and photos that come with a case, kept in the register itself so a backup holds them too.
        QStringLiteral("CREATE TABLE attachments ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " file_name TEXT NOT NULL,"
                       " mime_type TEXT NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " data BLOB NOT NULL,"
                       " added_at TEXT NOT NULL,"
                       " added_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX attachments_complaint ON attachments (complaint_id)"),
    };
    return runAll(db, ddl + fileComplaintGuards()) && seedRegister(db);
}

/**
 * Schema 2, for the annual statistics: each complaint's milestone days (receipt, first answer, conclusion, result
 * notice, completion) kept on its row as Julian day numbers, and one covering index that answers every count and timeliness
 * figure of a period from the index alone (it replaces the plain received_at index, whose prefix it keeps); two
 * more find the cases still open when a period began without scanning the earlier years.
 */
bool schema2(Database& db)
{
    return runAll(db,
                  {QStringLiteral("ALTER TABLE complaints ADD COLUMN received_day INTEGER GENERATED ALWAYS AS"
                                  " (CAST(julianday(substr(received_at, 1, 10)) + 0.5 AS INTEGER)) VIRTUAL"),
                   QStringLiteral("ALTER TABLE complaints ADD COLUMN first_answer_day INTEGER"),
                   QStringLiteral("ALTER TABLE complaints ADD COLUMN concluded_day INTEGER"),
                   QStringLiteral("ALTER TABLE complaints ADD COLUMN result_notified_day INTEGER"),
                   QStringLiteral("ALTER TABLE complaints ADD COLUMN completed_day INTEGER"),
                   complaints::milestonesUpdateSql(Engine::SQLite),
                   QStringLiteral("DROP INDEX complaints_received_at"),
                   QStringLiteral("CREATE INDEX complaints_period ON complaints (received_at, status, channel,"
                                  " category, anonymous, not_accepted_reason, assigned_unit, received_day,"
                                  " first_answer_day, concluded_day, result_notified_day)"),
                   QStringLiteral("DROP INDEX complaints_status"),
                   QStringLiteral("CREATE INDEX complaints_status ON complaints (status, received_at)"),
                   QStringLiteral("CREATE INDEX complaints_completed ON complaints (completed_day, received_at)"),
                   // The ITA item the complaint statistics are published under, by BE year (the NACC renumbers
                   // them yearly); an administrator adds later years.
                   QStringLiteral("INSERT OR IGNORE INTO settings (key, value) VALUES ('ita.item.2566', 'O29'),"
                                  " ('ita.item.2568', 'O19'), ('ita.item.2569', 'O18')")});
}

/** Schema 3: the staff list and the gift register (conflict of interest, domain.md and seed 002). */
bool schema3(Database& db)
{
    return runAll(
        db, {QStringLiteral("CREATE TABLE staff ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL CHECK (name <> ''),"
                            " position TEXT NOT NULL DEFAULT '',"
                            " division TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL CHECK (kind IN ('executive', 'council_member', 'official',"
                            "  'contract_employee')),"
                            " active INTEGER NOT NULL DEFAULT 1,"
                            " left_on TEXT,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX staff_name ON staff (name)"),
             QStringLiteral("CREATE TABLE gifts ("
                            " id INTEGER PRIMARY KEY,"
                            " staff_id INTEGER NOT NULL REFERENCES staff(id),"
                            " received_on TEXT NOT NULL,"
                            " fiscal_year INTEGER NOT NULL,"
                            " giver TEXT NOT NULL CHECK (giver <> ''),"
                            " relation TEXT NOT NULL,"
                            " occasion TEXT NOT NULL DEFAULT '',"
                            " description TEXT NOT NULL DEFAULT '',"
                            " value_satang INTEGER NOT NULL CHECK (value_satang >= 0),"
                            " public_offer INTEGER NOT NULL DEFAULT 0,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX gifts_fiscal_year ON gifts (fiscal_year, received_on)")});
}

/**
 * Schema 4: declarations of interest with their parties and the supervisor's review; on gifts, whether it was
 * accepted, what became of it and the head's decision with the rule version it was made under; on steps, the
 * officers a case was assigned to or the committee appointed (one name a line), for the recusal check.
 */
bool schema4(Database& db)
{
    return runAll(
        db, {QStringLiteral("CREATE TABLE declarations ("
                            " id INTEGER PRIMARY KEY,"
                            " kind TEXT NOT NULL CHECK (kind IN ('annual', 'procurement', 'situational', 'gift_report')),"
                            " staff_id INTEGER NOT NULL REFERENCES staff(id),"
                            " declared_on TEXT NOT NULL,"
                            " fiscal_year INTEGER NOT NULL,"
                            " no_interest INTEGER NOT NULL DEFAULT 0,"
                            " conflict_form TEXT NOT NULL DEFAULT '',"
                            " details TEXT NOT NULL DEFAULT '',"
                            " procurement_name TEXT NOT NULL DEFAULT '',"
                            " procurement_number TEXT NOT NULL DEFAULT '',"
                            " reviewer TEXT NOT NULL DEFAULT '',"
                            " review_decision TEXT NOT NULL DEFAULT '',"
                            " reviewed_on TEXT,"
                            " review_reason TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX declarations_year ON declarations (fiscal_year, kind, staff_id)"),
             QStringLiteral("CREATE INDEX declarations_staff ON declarations (staff_id)"),
             QStringLiteral("CREATE TABLE declaration_parties ("
                            " declaration_id INTEGER NOT NULL REFERENCES declarations(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " name TEXT NOT NULL CHECK (name <> ''),"
                            " relation TEXT NOT NULL,"
                            " PRIMARY KEY (declaration_id, position))"),
             QStringLiteral("ALTER TABLE gifts ADD COLUMN accepted INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE gifts ADD COLUMN disposition TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE gifts ADD COLUMN decision TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE gifts ADD COLUMN decided_on TEXT"),
             QStringLiteral("ALTER TABLE gifts ADD COLUMN decided_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE gifts ADD COLUMN decision_reason TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE gifts ADD COLUMN decision_rule_version TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE complaint_steps ADD COLUMN officers TEXT NOT NULL DEFAULT ''")});
}

/**
 * Schema 5: the ethics and anti-corruption action plan — a plan per fiscal year, its measures and lines of action,
 * activities with their KPI and budget, progress by round (cumulative), the rounds' due dates and locks, the log of
 * changes made to locked rounds, and evidence files.
 */
bool schema5(Database& db)
{
    return runAll(
        db, {QStringLiteral("CREATE TABLE plans ("
                            " fiscal_year INTEGER PRIMARY KEY,"
                            " title TEXT NOT NULL DEFAULT '',"
                            " template TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE plan_measures ("
                            " fiscal_year INTEGER NOT NULL REFERENCES plans(fiscal_year),"
                            " number INTEGER NOT NULL,"
                            " title TEXT NOT NULL CHECK (title <> ''),"
                            " PRIMARY KEY (fiscal_year, number))"),
             QStringLiteral("CREATE TABLE plan_lines ("
                            " fiscal_year INTEGER NOT NULL,"
                            " measure INTEGER NOT NULL,"
                            " number INTEGER NOT NULL,"
                            " title TEXT NOT NULL CHECK (title <> ''),"
                            " PRIMARY KEY (fiscal_year, measure, number),"
                            " FOREIGN KEY (fiscal_year, measure) REFERENCES plan_measures(fiscal_year, number))"),
             QStringLiteral("CREATE TABLE plan_activities ("
                            " id INTEGER PRIMARY KEY,"
                            " fiscal_year INTEGER NOT NULL REFERENCES plans(fiscal_year),"
                            " measure INTEGER NOT NULL,"
                            " line INTEGER NOT NULL DEFAULT 0,"
                            " position INTEGER NOT NULL,"
                            " title TEXT NOT NULL CHECK (title <> ''),"
                            " area TEXT NOT NULL DEFAULT '',"
                            " kpi_name TEXT NOT NULL DEFAULT '',"
                            " kpi_unit TEXT NOT NULL DEFAULT '',"
                            " kpi_kind TEXT NOT NULL CHECK (kpi_kind IN ('count', 'percent', 'done')),"
                            " kpi_target REAL NOT NULL DEFAULT 1,"
                            " kpi_source TEXT NOT NULL DEFAULT '',"
                            " budget_satang INTEGER CHECK (budget_satang >= 0),"
                            " division TEXT NOT NULL DEFAULT '',"
                            " person TEXT NOT NULL DEFAULT '',"
                            " months TEXT NOT NULL DEFAULT '',"
                            " virtues TEXT NOT NULL DEFAULT '',"
                            " catalogue_ref TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " UNIQUE (fiscal_year, measure, line, position))"),
             QStringLiteral("CREATE TABLE plan_progress ("
                            " activity_id INTEGER NOT NULL REFERENCES plan_activities(id) ON DELETE CASCADE,"
                            " round INTEGER NOT NULL CHECK (round IN (6, 9, 12)),"
                            " result REAL,"
                            " spent_satang INTEGER CHECK (spent_satang >= 0),"
                            " status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),"
                            " cancel_reason TEXT NOT NULL DEFAULT '',"
                            " problems TEXT NOT NULL DEFAULT '',"
                            " suggestions TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL,"
                            " PRIMARY KEY (activity_id, round))"),
             QStringLiteral("CREATE TABLE plan_rounds ("
                            " fiscal_year INTEGER NOT NULL REFERENCES plans(fiscal_year),"
                            " round INTEGER NOT NULL,"
                            " due TEXT NOT NULL,"
                            " locked_at TEXT,"
                            " locked_by TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (fiscal_year, round))"),
             QStringLiteral("CREATE TABLE plan_changes ("
                            " id INTEGER PRIMARY KEY,"
                            " fiscal_year INTEGER NOT NULL,"
                            " round INTEGER NOT NULL,"
                            " activity_id INTEGER NOT NULL REFERENCES plan_activities(id),"
                            " at TEXT NOT NULL,"
                            " by TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " before TEXT NOT NULL,"
                            " after TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE plan_evidence ("
                            " id INTEGER PRIMARY KEY,"
                            " activity_id INTEGER NOT NULL REFERENCES plan_activities(id),"
                            " round INTEGER NOT NULL,"
                            " file_name TEXT NOT NULL,"
                            " mime_type TEXT NOT NULL,"
                            " size INTEGER NOT NULL,"
                            " data BLOB NOT NULL,"
                            " added_at TEXT NOT NULL)")});
}

/**
 * Schema 6: the append-only audit trail. Entries are written by the triggers each connection installs
 * (storage/Audit.cpp) and sealed into a hash chain when their transaction commits; a sealed entry can be neither
 * changed nor deleted through SQL without dropping these guards first, and verifyAudit() finds it if it is.
 */
bool schema6(Database& db)
{
    return runAll(db, QStringList{QStringLiteral("CREATE TABLE audit ("
                                      " id INTEGER PRIMARY KEY,"
                                      " at TEXT NOT NULL,"
                                      " actor TEXT NOT NULL,"
                                      " action TEXT NOT NULL,"
                                      " entity TEXT NOT NULL,"
                                      " entity_id TEXT NOT NULL,"
                                      " before TEXT,"
                                      " after TEXT,"
                                      " reason TEXT NOT NULL DEFAULT '',"
                                      " prev_hash TEXT,"
                                      " hash TEXT)"),
                       QStringLiteral("CREATE INDEX audit_entity ON audit (entity, entity_id)")}
                          + fileAuditGuards());
}

/**
 * Schema 7: users and roles (users/UserStore). Passwords are Argon2id hashes; the sign-in failures that slow down
 * guessing are kept apart, outside the audit trail (the trail has the failed sign-ins themselves). A complaint
 * remembers who entered it: a clerk sees its complainant until it is registered.
 */
bool schema7(Database& db)
{
    return runAll(db, {QStringLiteral("CREATE TABLE users ("
                                      " id INTEGER PRIMARY KEY,"
                                      " name TEXT NOT NULL UNIQUE,"
                                      " full_name TEXT NOT NULL DEFAULT '',"
                                      " division TEXT NOT NULL DEFAULT '',"
                                      " roles TEXT NOT NULL,"
                                      " password_hash TEXT NOT NULL,"
                                      " password_changed_at TEXT NOT NULL,"
                                      " disabled INTEGER NOT NULL DEFAULT 0,"
                                      " created_at TEXT NOT NULL)"),
                       QStringLiteral("CREATE TABLE sign_in_failures ("
                                      " name TEXT PRIMARY KEY,"
                                      " failures INTEGER NOT NULL,"
                                      " last_at TEXT NOT NULL)"),
                       QStringLiteral("ALTER TABLE complaints ADD COLUMN entered_by TEXT NOT NULL DEFAULT ''")});
}

} // namespace

const QList<Migration>& fileHistory()
{
    static const QList<Migration> list = {
        {1, schema1},
        {2, schema2},
        {3, schema3},
        {4, schema4},
        {5, schema5},
        {6, schema6},
        {7, schema7},
    };
    return list;
}

} // namespace sujarit::schema
