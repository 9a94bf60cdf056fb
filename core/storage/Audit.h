// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "access/Session.h"
#include <optional>

namespace sujarit::storage {

class Database;

/**
 * The tamper-evident audit trail. Every row Sujarit inserts, changes or deletes in the register's tables
 * is written to the append-only `audit` table by triggers that each connection installs when it opens the register
 * — so every path (app, command line, import) is covered — in the same transaction as the change, with who
 * (Database::setActor) and the row before and after as JSON. When the transaction commits, each new entry gets the
 * SHA-256 of the entry before it and of its own content (a hash chain), so that an entry edited, deleted or moved
 * afterwards, even with the sqlite3 shell, is found by verifyAudit().
 */

/** Creates this connection's audit triggers for every table of the register (called by Database::open). */
bool installAuditTriggers(Database& db);
/** Gives the entries of the open transaction their place in the chain (called by Database::Transaction::commit). */
bool sealAudit(Database& db);
/** Adds an entry inside the caller's transaction. */
/**
 * Computes the chain again from entry \a fromId to the last: for an upgrade that has rewritten entries (sealing the
 * identities they held in clear) and has recorded, in an entry of its own, the chain's head before it did.
 */
bool rechainAudit(Database& db, qint64 fromId);
bool appendAuditEntry(Database& db, const QString& action, const QString& entity, const QString& entityId,
                      const QString& details);
/**
 * Stops (or resumes) the row-by-row entries of this connection, for a batch that records one entry of its own
 * instead (a register imported whole: its count, ids and the SHA-256 of what was stored).
 */
bool setAuditQuiet(Database& db, bool quiet);
/** Adds an entry for an event that writes nothing else: a print of a document with identities, an export, a reveal. */
bool recordAuditEvent(Database& db, const QString& action, const QString& entity, const QString& entityId,
                      const QString& details);

/** Records that \a document (complaint_form, receipt, letter, register …) naming people was printed or written to \a
 * destination. */
bool recordDocumentPrinted(Database& db, const QString& entity, const QString& entityId, const QString& document,
                           const QString& destination);

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor, action, entity, entityId, before, after, reason;
};

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 badEntry = 0; ///< the first entry that fails, when not ok
    QString message; ///< in plain words: which entry and what is wrong
};
/** Walks the whole chain: every entry present (no gap), unchanged (its hash), and in its place (the previous hash). */
AuditVerification verifyAudit(Database& db);
/** The same on a connection of its own (a backup being checked). */
AuditVerification verifyAudit(const QSqlDatabase& connection);

/**
 * The entries about one complaint (its row, its steps, evidence and attachments), oldest first. Needs ViewAudit. The
 * complainant's fields read ไม่เปิดเผยชื่อ for every reader, as in every list (maskIdentities), unless \a revealReason
 * gives a reason and the reader is an integrity officer: then they are shown, and that reveal — with its reason — is
 * itself an entry of the trail. A reason given but blank is refused ("a reason is needed").
 */
std::optional<QList<AuditEntry>> complaintTrail(Database& db, qint64 complaintId, QString* error,
                                                const QString& revealReason = {});
/** The newest \a limit entries, oldest first; needs ViewAudit, identities masked and revealed as in complaintTrail(). */
std::optional<QList<AuditEntry>> latestEntries(Database& db, int limit, QString* error,
                                               const QString& revealReason = {});
/** Masks the complainant's fields (complainant_*) in the entries' before and after. */
void maskIdentities(QList<AuditEntry>& entries);
/** True when \a session may have a trail's identities shown (with a reason): an integrity officer. */
bool maySeeTrailIdentities(const access::Session& session);
/** The refusal of a reveal asked with a blank reason, in plain words. */
QString reasonNeededText();

} // namespace sujarit::storage
