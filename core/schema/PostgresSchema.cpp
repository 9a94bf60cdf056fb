// SPDX-License-Identifier: GPL-3.0-or-later
// The register's schema on a PostgreSQL server: the same tables and columns as the SQLite file after all of
// schema/Migrations.cpp, written at once as schema 7; the versions after it are steps that a file and a server
// share (schema/HolidayMigration.cpp).
// What SQLite does with FTS5, temporary triggers and rowids is done here with pg_trgm indexes and permanent
// PL/pgSQL triggers; storage/Dialect.cpp holds the SQL that differs inside statements.
#include "PostgresSchema.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "HolidayMigration.h"
#include "Tables.h"
#include "calendar/HolidaySeed.h"
#include "complaints/Deadlines.h"

#include <QRandomGenerator>
#include <QStringList>

namespace sujarit::schema {

using storage::Database;
using storage::Engine;
using storage::Migration;
namespace dialect = storage::dialect;

namespace {

bool runAll(Database& db, const QStringList& statements)
{
    for (const QString& sql : statements)
        if (!db.exec(sql))
            return false;
    return true;
}

// Ids are numbered as SQLite numbers its rowids: the highest so far plus one (sujarit_next_id), so a save rolled
// back leaves no hole and a register copied either way keeps its numbers. Safe because every write holds the
// register's write lock (Database::Transaction).
const QString Id = QStringLiteral(" id BIGINT PRIMARY KEY,");

QStringList tables()
{
    return {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE holidays ("
                       " date TEXT PRIMARY KEY CHECK (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),"
                       " name TEXT NOT NULL CHECK (name <> ''),"
                       " kind TEXT NOT NULL DEFAULT 'public' CHECK (kind IN ('public','substitution','special')))"),
        QStringLiteral("CREATE TABLE deadline_rules ("
                       " clock TEXT PRIMARY KEY,"
                       " amount INTEGER NOT NULL CHECK (amount >= 0),"
                       " unit TEXT NOT NULL CHECK (unit IN ('working_days','days')),"
                       " basis TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE receipt_counters (year INTEGER PRIMARY KEY, last INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE complaints (") + Id
            + QStringLiteral(" receipt_year INTEGER NOT NULL,"
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
                             " received_day INTEGER GENERATED ALWAYS AS (")
            + dialect::julianDay(Engine::PostgreSQL, QStringLiteral("received_at"))
            + QStringLiteral(") STORED,"
                             " first_answer_day INTEGER,"
                             " concluded_day INTEGER,"
                             " result_notified_day INTEGER,"
                             " completed_day INTEGER,"
                             " entered_by TEXT NOT NULL DEFAULT '',"
                             " UNIQUE (receipt_year, receipt_running))"),
        QStringLiteral("CREATE TABLE complaint_texts ("
                       " complaint_id BIGINT PRIMARY KEY REFERENCES complaints(id),"
                       " details TEXT NOT NULL DEFAULT '',"
                       " requested_action TEXT NOT NULL DEFAULT '',"
                       " incident_time TEXT NOT NULL DEFAULT '',"
                       " incident_place TEXT NOT NULL DEFAULT '',"
                       " witnesses TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX complaints_fiscal_year ON complaints (fiscal_year, received_at)"),
        QStringLiteral("CREATE INDEX complaints_period ON complaints (received_at, status, channel, category,"
                       " anonymous, not_accepted_reason, assigned_unit, received_day, first_answer_day,"
                       " concluded_day, result_notified_day)"),
        QStringLiteral("CREATE INDEX complaints_status ON complaints (status, received_at)"),
        QStringLiteral("CREATE INDEX complaints_completed ON complaints (completed_day, received_at)"),
        QStringLiteral("CREATE INDEX complaints_next_deadline ON complaints (next_deadline, received_at)"
                       " WHERE next_deadline IS NOT NULL"),
        // Thai substring search: trigram indexes answer ILIKE '%…%' for any part of three characters or more.
        QStringLiteral("CREATE INDEX complaints_search_subject ON complaints USING gin (subject gin_trgm_ops)"),
        QStringLiteral(
            "CREATE INDEX complaints_search_complainant ON complaints USING gin (complainant_name gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX complaints_search_accused ON complaints USING gin (accused_name gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX complaint_texts_search ON complaint_texts USING gin (details gin_trgm_ops)"),
        QStringLiteral("CREATE TABLE evidence_items (") + Id
            + QStringLiteral(" complaint_id BIGINT NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,"
                             " position INTEGER NOT NULL,"
                             " description TEXT NOT NULL,"
                             " sets INTEGER NOT NULL DEFAULT 1 CHECK (sets > 0))"),
        QStringLiteral("CREATE INDEX evidence_items_complaint ON evidence_items (complaint_id, position)"),
        QStringLiteral("CREATE TABLE complaint_steps (") + Id
            + QStringLiteral(" complaint_id BIGINT NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,"
                             " step TEXT NOT NULL,"
                             " at TEXT NOT NULL,"
                             " by TEXT NOT NULL DEFAULT '',"
                             " note TEXT NOT NULL DEFAULT '',"
                             " reason TEXT NOT NULL DEFAULT '',"
                             " unit TEXT NOT NULL DEFAULT '',"
                             " recorded_at TEXT NOT NULL,"
                             " officers TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX complaint_steps_complaint ON complaint_steps (complaint_id, at)"),
        QStringLiteral("CREATE TABLE attachments (") + Id
            + QStringLiteral(" complaint_id BIGINT NOT NULL REFERENCES complaints(id),"
                             " file_name TEXT NOT NULL,"
                             " mime_type TEXT NOT NULL,"
                             " size BIGINT NOT NULL,"
                             " data BYTEA NOT NULL,"
                             " added_at TEXT NOT NULL,"
                             " added_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX attachments_complaint ON attachments (complaint_id)"),
        QStringLiteral("CREATE TABLE staff (") + Id
            + QStringLiteral(" name TEXT NOT NULL CHECK (name <> ''),"
                             " position TEXT NOT NULL DEFAULT '',"
                             " division TEXT NOT NULL DEFAULT '',"
                             " kind TEXT NOT NULL CHECK (kind IN ('executive', 'council_member', 'official',"
                             "  'contract_employee')),"
                             " active INTEGER NOT NULL DEFAULT 1,"
                             " left_on TEXT,"
                             " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX staff_name ON staff (name)"),
        QStringLiteral("CREATE TABLE gifts (") + Id
            + QStringLiteral(" staff_id BIGINT NOT NULL REFERENCES staff(id),"
                             " received_on TEXT NOT NULL,"
                             " fiscal_year INTEGER NOT NULL,"
                             " giver TEXT NOT NULL CHECK (giver <> ''),"
                             " relation TEXT NOT NULL,"
                             " occasion TEXT NOT NULL DEFAULT '',"
                             " description TEXT NOT NULL DEFAULT '',"
                             " value_satang BIGINT NOT NULL CHECK (value_satang >= 0),"
                             " public_offer INTEGER NOT NULL DEFAULT 0,"
                             " created_at TEXT NOT NULL,"
                             " accepted INTEGER NOT NULL DEFAULT 1,"
                             " disposition TEXT NOT NULL DEFAULT '',"
                             " decision TEXT NOT NULL DEFAULT '',"
                             " decided_on TEXT,"
                             " decided_by TEXT NOT NULL DEFAULT '',"
                             " decision_reason TEXT NOT NULL DEFAULT '',"
                             " decision_rule_version TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX gifts_fiscal_year ON gifts (fiscal_year, received_on)"),
        QStringLiteral("CREATE TABLE declarations (") + Id
            + QStringLiteral(
                " kind TEXT NOT NULL CHECK (kind IN ('annual', 'procurement', 'situational', 'gift_report')),"
                " staff_id BIGINT NOT NULL REFERENCES staff(id),"
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
                       " declaration_id BIGINT NOT NULL REFERENCES declarations(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL CHECK (name <> ''),"
                       " relation TEXT NOT NULL,"
                       " PRIMARY KEY (declaration_id, position))"),
        QStringLiteral("CREATE TABLE plans ("
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
        QStringLiteral("CREATE TABLE plan_activities (") + Id
            + QStringLiteral(" fiscal_year INTEGER NOT NULL REFERENCES plans(fiscal_year),"
                             " measure INTEGER NOT NULL,"
                             " line INTEGER NOT NULL DEFAULT 0,"
                             " position INTEGER NOT NULL,"
                             " title TEXT NOT NULL CHECK (title <> ''),"
                             " area TEXT NOT NULL DEFAULT '',"
                             " kpi_name TEXT NOT NULL DEFAULT '',"
                             " kpi_unit TEXT NOT NULL DEFAULT '',"
                             " kpi_kind TEXT NOT NULL CHECK (kpi_kind IN ('count', 'percent', 'done')),"
                             " kpi_target DOUBLE PRECISION NOT NULL DEFAULT 1,"
                             " kpi_source TEXT NOT NULL DEFAULT '',"
                             " budget_satang BIGINT CHECK (budget_satang >= 0),"
                             " division TEXT NOT NULL DEFAULT '',"
                             " person TEXT NOT NULL DEFAULT '',"
                             " months TEXT NOT NULL DEFAULT '',"
                             " virtues TEXT NOT NULL DEFAULT '',"
                             " catalogue_ref TEXT NOT NULL DEFAULT '',"
                             " created_at TEXT NOT NULL,"
                             " UNIQUE (fiscal_year, measure, line, position))"),
        QStringLiteral("CREATE TABLE plan_progress ("
                       " activity_id BIGINT NOT NULL REFERENCES plan_activities(id) ON DELETE CASCADE,"
                       " round INTEGER NOT NULL CHECK (round IN (6, 9, 12)),"
                       " result DOUBLE PRECISION,"
                       " spent_satang BIGINT CHECK (spent_satang >= 0),"
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
        QStringLiteral("CREATE TABLE plan_changes (") + Id
            + QStringLiteral(" fiscal_year INTEGER NOT NULL,"
                             " round INTEGER NOT NULL,"
                             " activity_id BIGINT NOT NULL REFERENCES plan_activities(id),"
                             " at TEXT NOT NULL,"
                             " by TEXT NOT NULL,"
                             " reason TEXT NOT NULL,"
                             " before TEXT NOT NULL,"
                             " after TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE plan_evidence (") + Id
            + QStringLiteral(" activity_id BIGINT NOT NULL REFERENCES plan_activities(id),"
                             " round INTEGER NOT NULL,"
                             " file_name TEXT NOT NULL,"
                             " mime_type TEXT NOT NULL,"
                             " size BIGINT NOT NULL,"
                             " data BYTEA NOT NULL,"
                             " added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit ("
                       " id BIGINT PRIMARY KEY,"
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
        QStringLiteral("CREATE INDEX audit_entity ON audit (entity, entity_id)"),
        QStringLiteral("CREATE TABLE users (") + Id
            + QStringLiteral(" name TEXT NOT NULL UNIQUE,"
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
    };
}

/** The tables whose every change the audit trail records, with the columns that name a row (SQLite's rowid). */
const QList<std::pair<QString, QString>>& auditedTables()
{
    static const QList<std::pair<QString, QString>> list = {
        { QStringLiteral("settings"), QStringLiteral("key") },
        { QStringLiteral("holidays"), QStringLiteral("date") },
        { QStringLiteral("deadline_rules"), QStringLiteral("clock") },
        { QStringLiteral("complaints"), QStringLiteral("id") },
        { QStringLiteral("complaint_texts"), QStringLiteral("complaint_id") },
        { QStringLiteral("evidence_items"), QStringLiteral("id") },
        { QStringLiteral("complaint_steps"), QStringLiteral("id") },
        { QStringLiteral("attachments"), QStringLiteral("id") },
        { QStringLiteral("staff"), QStringLiteral("id") },
        { QStringLiteral("gifts"), QStringLiteral("id") },
        { QStringLiteral("declarations"), QStringLiteral("id") },
        { QStringLiteral("declaration_parties"), QStringLiteral("declaration_id") },
        { QStringLiteral("plans"), QStringLiteral("fiscal_year") },
        { QStringLiteral("plan_measures"), QStringLiteral("fiscal_year") },
        { QStringLiteral("plan_lines"), QStringLiteral("fiscal_year") },
        { QStringLiteral("plan_activities"), QStringLiteral("id") },
        { QStringLiteral("plan_progress"), QStringLiteral("activity_id") },
        { QStringLiteral("plan_rounds"), QStringLiteral("fiscal_year") },
        { QStringLiteral("plan_changes"), QStringLiteral("id") },
        { QStringLiteral("plan_evidence"), QStringLiteral("id") },
        { QStringLiteral("users"), QStringLiteral("id") },
    };
    return list;
}

QStringList guardsAndTriggers()
{
    QStringList sql = {
        QStringLiteral("CREATE FUNCTION sujarit_next_id() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                       " IF NEW.id IS NULL THEN"
                       "  EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', TG_TABLE_NAME) INTO NEW.id;"
                       " END IF;"
                       " RETURN NEW; END $$"),
        QStringLiteral("CREATE FUNCTION sujarit_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                       " RAISE EXCEPTION 'a complaint is a legal record and is never deleted'; END $$"),
        QStringLiteral("CREATE TRIGGER complaints_never_deleted BEFORE DELETE ON complaints"
                       " FOR EACH ROW EXECUTE FUNCTION sujarit_never_deleted()"),
        // The trail is append-only, and numbered 1, 2, 3 … without gaps (a sequence would leave one at every
        // rollback): every write holds the register's write lock (Database::Transaction), so max + 1 is safe.
        QStringLiteral("CREATE FUNCTION sujarit_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                       " IF TG_OP = 'INSERT' THEN"
                       "  IF NEW.id IS NULL THEN NEW.id := (SELECT coalesce(max(id), 0) + 1 FROM audit); END IF;"
                       "  RETURN NEW;"
                       " END IF;"
                       " IF TG_OP = 'DELETE' OR OLD.hash IS NOT NULL THEN"
                       "  RAISE EXCEPTION 'the audit trail is append-only';"
                       " END IF;"
                       " RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER audit_append_only BEFORE INSERT OR UPDATE OR DELETE ON audit"
                       " FOR EACH ROW EXECUTE FUNCTION sujarit_audit_guard()"),
        // What a row looks like in the trail, written as SQLite's json_object writes it (compact, in column order):
        // secrets hidden, files and derived columns left out; with \a other, only the members that differ from it.
        QStringLiteral("CREATE FUNCTION sujarit_audit_members(t text, r json)"
                       " RETURNS TABLE (key text, value text, n bigint) LANGUAGE sql IMMUTABLE AS $$"
                       " SELECT e.key, CASE WHEN (t = 'users' AND e.key = 'password_hash')"
                       "  OR (t = 'settings' AND e.key = 'value' AND r ->> 'key' = 'receipt_key')"
                       "  THEN '\"(hidden)\"' ELSE e.value::text END, e.n"
                       " FROM json_each(r) WITH ORDINALITY AS e(key, value, n)"
                       " WHERE e.key <> 'data' AND NOT (t = 'complaints' AND e.key = 'received_day') $$"),
        QStringLiteral("CREATE FUNCTION sujarit_audit_json(t text, r json, other json) RETURNS text"
                       " LANGUAGE sql IMMUTABLE AS $$"
                       " SELECT CASE WHEN r IS NULL THEN NULL ELSE '{' || coalesce(string_agg(to_json(m.key)::text"
                       "  || ':' || m.value, ',' ORDER BY m.n), '') || '}' END"
                       " FROM sujarit_audit_members(t, r) m"
                       " WHERE other IS NULL OR NOT EXISTS (SELECT 1 FROM sujarit_audit_members(t, other) o"
                       "  WHERE o.key = m.key AND o.value::jsonb = m.value::jsonb) $$"),
        // Who comes from the connection's audit_context (Database::setActor), with its reason column as the file's
        // triggers read it; a connection without one (psql, say) is named by its server login.
        QStringLiteral(
            "CREATE FUNCTION sujarit_audit() RETURNS trigger LANGUAGE plpgsql AS $$"
            " DECLARE o json; n json; b text; a text; who text; why text := ''; quiet int := 0; key text;"
            " BEGIN"
            "  IF to_regclass('pg_temp.audit_context') IS NULL THEN who := 'sql:' || session_user;"
            "  ELSE SELECT c.actor, c.reason, c.quiet INTO who, why, quiet FROM audit_context c LIMIT 1; END IF;"
            "  IF quiet = 1 THEN RETURN NULL; END IF;"
            "  IF TG_OP <> 'INSERT' THEN o := row_to_json(OLD); END IF;"
            "  IF TG_OP <> 'DELETE' THEN n := row_to_json(NEW); END IF;"
            "  key := coalesce(n, o) ->> TG_ARGV[0];"
            "  IF TG_OP = 'UPDATE' THEN"
            "   b := sujarit_audit_json(TG_TABLE_NAME, o, n);"
            "   a := sujarit_audit_json(TG_TABLE_NAME, n, o);"
            "  ELSE b := sujarit_audit_json(TG_TABLE_NAME, o, NULL); a := sujarit_audit_json(TG_TABLE_NAME, n, NULL);"
            "  END IF;"
            "  INSERT INTO audit (at, actor, action, entity, entity_id, before, after, reason) VALUES (")
            + dialect::nowLocal(Engine::PostgreSQL)
            + QStringLiteral(", who, lower(TG_OP), TG_TABLE_NAME, key, b, a, why);"
                             "  RETURN NULL;"
                             " END $$"),
    };
    for (const auto& [table, key] : auditedTables())
        sql << serverTriggersSql(table, key, key == QLatin1String("id"));
    return sql;
}

bool seed(Database& db)
{
    for (const calendar::Holiday& h : calendar::shippedHolidays())
        if (!db.exec(QStringLiteral("INSERT INTO holidays(date, name, kind) VALUES (?, ?, ?)"),
                     { h.date.toString(Qt::ISODate), h.name, calendar::holidayKindCode(h.kind) }))
            return false;
    for (const complaints::DeadlineRule& r : complaints::defaultDeadlineRules())
        if (!db.exec(QStringLiteral("INSERT INTO deadline_rules(clock, amount, unit, basis) VALUES (?, ?, ?, ?)"),
                     { r.clock, r.amount, complaints::deadlineUnitCode(r.unit), r.basis }))
            return false;
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return db.setSetting(QStringLiteral("numbering"), QStringLiteral("calendar"))
        && db.setSetting(QStringLiteral("receipt_key"), QString::fromLatin1(key.toHex()))
        && runAll(db,
                  { QStringLiteral("INSERT INTO settings (key, value) VALUES ('ita.item.2566', 'O29'),"
                                   " ('ita.item.2568', 'O19'), ('ita.item.2569', 'O18')") });
}

/** The whole schema at version 7 (the SQLite file's schemas 1 to 7). */
bool schema7(Database& db)
{
    // pg_trgm ships with the server (Debian's postgresql-contrib is part of postgresql); creating it needs the
    // right to create in the database, which the database's owner has.
    return runAll(db, { QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm") }) && runAll(db, tables()) && seed(db)
        && runAll(db, guardsAndTriggers());
}

} // namespace

const QList<Migration>& serverMigrations()
{
    static const QList<Migration> list = { { 7, schema7 }, { 8, completeHolidayTable } };
    return list;
}

} // namespace sujarit::schema
