// SPDX-License-Identifier: GPL-3.0-or-later
// What a register on a PostgreSQL server adds to the tables of schema/RegisterTables.cpp. What a file does with FTS5,
// temporary triggers and rowids (schema/FileSupport.cpp, storage/Audit.cpp) is done here with pg_trgm indexes and
// permanent PL/pgSQL triggers; storage/Dialect.cpp holds the SQL that differs inside statements.
#include "EngineSupport.h"

#include "storage/Dialect.h"

namespace sujarit::schema {

using storage::Engine;
namespace dialect = storage::dialect;

QStringList serverBeforeTables()
{
    // pg_trgm ships with the server (Debian's postgresql-contrib is part of postgresql); creating it needs the
    // right to create in the database, which the database's owner has.
    return {QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")};
}

QStringList serverAfterTables()
{
    return {
        // Thai substring search: trigram indexes answer ILIKE '%…%' for any part of three characters or more.
        QStringLiteral("CREATE INDEX complaints_search_subject ON complaints USING gin (subject gin_trgm_ops)"),
        QStringLiteral(
            "CREATE INDEX complaints_search_complainant ON complaints USING gin (complainant_name gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX complaints_search_accused ON complaints USING gin (accused_name gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX complaint_texts_search ON complaint_texts USING gin (details gin_trgm_ops)"),
        // Ids are numbered as SQLite numbers its rowids: the highest so far plus one (sujarit_next_id), so a save
        // rolled back leaves no hole and a register copied either way keeps its numbers. Safe because every write
        // holds the register's write lock (Database::Transaction).
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
}

QStringList serverTriggers(const QList<Table>& tables)
{
    QStringList sql;
    for (const Table& t : tables)
        sql << serverTriggersSql(t);
    return sql;
}

} // namespace sujarit::schema
