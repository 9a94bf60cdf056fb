// SPDX-License-Identifier: GPL-3.0-or-later
// What a register in an SQLite file adds to the tables of schema/RegisterTables.cpp, written as the released schemas 1
// and 6 wrote it (schema/FileHistory.cpp), so that a file made then and one made now hold the same objects.
#include "EngineSupport.h"

namespace sujarit::schema {

QStringList fileComplaintGuards()
{
    return {
        // A complaint is a legal record: it is never deleted.
        QStringLiteral("CREATE TRIGGER complaints_never_deleted BEFORE DELETE ON complaints BEGIN"
                       " SELECT RAISE(ABORT, 'a complaint is a legal record and is never deleted'); END"),
        // Thai substring search: the trigram tokenizer indexes every 3 characters, so any 3+ character part of a
        // word is found without a Thai word segmenter. New rows are indexed by ComplaintRepository::add() in one
        // statement per batch (a per-row trigger makes FTS5 flush its index at every row: 10x slower); changes are
        // kept in step by the triggers below.
        QStringLiteral("CREATE VIEW complaint_search_source AS SELECT c.id, c.subject, t.details, c.complainant_name,"
                       " c.accused_name FROM complaints c JOIN complaint_texts t ON t.complaint_id = c.id"),
        QStringLiteral("CREATE VIRTUAL TABLE complaint_search USING fts5("
                       " subject, details, complainant_name, accused_name,"
                       " content='complaint_search_source', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER complaints_search_update AFTER UPDATE OF subject, complainant_name, accused_name"
                       " ON complaints BEGIN"
                       " INSERT INTO complaint_search(complaint_search, rowid, subject, details, complainant_name,"
                       " accused_name) SELECT 'delete', old.id, old.subject, t.details, old.complainant_name,"
                       " old.accused_name FROM complaint_texts t WHERE t.complaint_id = old.id;"
                       " INSERT INTO complaint_search(rowid, subject, details, complainant_name, accused_name)"
                       " SELECT id, subject, details, complainant_name, accused_name FROM complaint_search_source"
                       " WHERE id = new.id; END"),
        QStringLiteral("CREATE TRIGGER complaint_texts_search_update AFTER UPDATE OF details ON complaint_texts BEGIN"
                       " INSERT INTO complaint_search(complaint_search, rowid, subject, details, complainant_name,"
                       " accused_name) SELECT 'delete', c.id, c.subject, old.details, c.complainant_name,"
                       " c.accused_name FROM complaints c WHERE c.id = old.complaint_id;"
                       " INSERT INTO complaint_search(rowid, subject, details, complainant_name, accused_name)"
                       " SELECT id, subject, details, complainant_name, accused_name FROM complaint_search_source"
                       " WHERE id = new.complaint_id; END"),
    };
}

QStringList fileAuditGuards()
{
    return {
        // A sealed entry of the trail can be neither changed nor deleted through SQL without dropping these guards
        // first, and storage::verifyAudit() finds it if it is.
        QStringLiteral("CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit WHEN OLD.hash IS NOT NULL"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
    };
}

QStringList fileAfterTables() { return fileComplaintGuards() + fileAuditGuards(); }

QStringList fileSealedSearch()
{
    return {
        QStringLiteral("DROP TRIGGER complaints_search_update"),
        QStringLiteral("DROP TRIGGER complaint_texts_search_update"),
        QStringLiteral("DROP TABLE complaint_search"),
        QStringLiteral("DROP VIEW complaint_search_source"),
        QStringLiteral("CREATE VIEW complaint_search_source AS SELECT c.id, c.subject, t.details, c.accused_name"
                       " FROM complaints c JOIN complaint_texts t ON t.complaint_id = c.id"),
        QStringLiteral("CREATE VIRTUAL TABLE complaint_search USING fts5(subject, details, accused_name,"
                       " content='complaint_search_source', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER complaints_search_update AFTER UPDATE OF subject, accused_name ON complaints"
                       " BEGIN"
                       " INSERT INTO complaint_search(complaint_search, rowid, subject, details, accused_name)"
                       " SELECT 'delete', old.id, old.subject, t.details, old.accused_name FROM complaint_texts t"
                       " WHERE t.complaint_id = old.id;"
                       " INSERT INTO complaint_search(rowid, subject, details, accused_name)"
                       " SELECT id, subject, details, accused_name FROM complaint_search_source WHERE id = new.id; END"),
        QStringLiteral("CREATE TRIGGER complaint_texts_search_update AFTER UPDATE OF details ON complaint_texts BEGIN"
                       " INSERT INTO complaint_search(complaint_search, rowid, subject, details, accused_name)"
                       " SELECT 'delete', c.id, c.subject, old.details, c.accused_name FROM complaints c"
                       " WHERE c.id = old.complaint_id;"
                       " INSERT INTO complaint_search(rowid, subject, details, accused_name)"
                       " SELECT id, subject, details, accused_name FROM complaint_search_source"
                       " WHERE id = new.complaint_id; END"),
        QStringLiteral("INSERT INTO complaint_search(complaint_search) VALUES ('rebuild')"),
    };
}

} // namespace sujarit::schema
