// SPDX-License-Identifier: GPL-3.0-or-later
#include "Audit.h"

#include "Database.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sujarit::storage {

namespace {
struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
};

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(u'"', QStringLiteral("\"\"")) + QLatin1Char('"');
}

/** json_object('col', ROW.col, …) over \a columns; a secret setting's value is not copied. */
QString jsonOf(const QString& table, const QStringList& columns, const QString& row)
{
    QStringList parts;
    for (const QString& c : columns) {
        QString value = row + u'.' + quoted(c);
        if (table == QLatin1String("settings") && c == QLatin1String("value"))
            value = QStringLiteral("CASE WHEN %1.key = 'receipt_key' THEN '(hidden)' ELSE %2 END").arg(row, value);
        if (table == QLatin1String("users") && c == QLatin1String("password_hash"))
            value = QStringLiteral("'(hidden)'"); // password_changed_at tells that it changed
        parts << QStringLiteral("'%1', %2").arg(c, value);
    }
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

/** The members of the JSON object \a mine whose value differs in \a other: a change records only what changed. */
QString changed(const QString& mine, const QString& other)
{
    return QStringLiteral("(SELECT json_group_object(m.key, m.value) FROM json_each(%1) m JOIN json_each(%2) o"
                          " ON o.key = m.key WHERE m.value IS NOT o.value)")
        .arg(mine, other);
}

QString chainHash(const QString& previous, const AuditEntry& e)
{
    const QString text = QStringList { previous,
                                       QString::number(e.id),
                                       e.at.toString(Qt::ISODateWithMs),
                                       e.actor,
                                       e.action,
                                       e.entity,
                                       e.entityId,
                                       e.before,
                                       e.after,
                                       e.reason }
                             .join(QChar(0x1F));
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

const QString EntryColumns = QStringLiteral("id, at, actor, action, entity, entity_id, coalesce(before, ''),"
                                            " coalesce(after, ''), reason");

/** Writes each of \a entries (in id order) into the chain after the hash \a previous. */
bool writeChain(Database& db, QString previous, const QList<AuditEntry>& entries)
{
    QSqlQuery update = db.query();
    if (!update.prepare(QStringLiteral("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?")))
        return db.failSql(QString(), update);
    for (const AuditEntry& e : entries) {
        const QString hash = chainHash(previous, e);
        update.addBindValue(previous);
        update.addBindValue(hash);
        update.addBindValue(e.id);
        if (!update.exec())
            return db.failSql(QString(), update);
        previous = hash;
    }
    return true;
}

AuditEntry entryFrom(const QSqlQuery& q)
{
    return { q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
             q.value(2).toString(),   q.value(3).toString(),
             q.value(4).toString(),   q.value(5).toString(),
             q.value(6).toString(),   q.value(7).toString(),
             q.value(8).toString() };
}
} // namespace

bool installAuditTriggers(Database& db)
{
    QSqlQuery q = db.query();
    if (!db.exec(
            q,
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS audit_context (actor TEXT NOT NULL, reason TEXT NOT NULL,"
                           " quiet INTEGER NOT NULL DEFAULT 0)"))
        || !db.exec(q, QStringLiteral("DELETE FROM audit_context"))
        || !db.exec(q, QStringLiteral("INSERT INTO audit_context VALUES (?, '', 0)"), { db.actor() }))
        return false;
    // On a server the triggers are part of the schema (schema/ServerSupport.cpp) and read this connection's
    // audit_context; only the context is per connection.
    if (db.engine() == Engine::PostgreSQL)
        return true;
    // Every table of the register but those the schema leaves out of the trail, the trail itself whatever the schema
    // says (its own triggers would write into it without end), and full-text search (a virtual table, its shadow
    // tables, all derived from the complaints).
    if (!db.exec(
            q,
            QStringLiteral(
                "SELECT name FROM main.sqlite_master m WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
                " AND NOT EXISTS (SELECT 1 FROM main.sqlite_master v WHERE v.type = 'table'"
                "  AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND substr(m.name, 1, length(v.name) + 1) = v.name || '_')"
                " ORDER BY name")))
        return false;
    QStringList tables;
    const QStringList& unaudited = installedSchema().unaudited;
    while (q.next())
        if (const QString table = q.value(0).toString();
            !unaudited.contains(table) && table != QLatin1String("audit"))
            tables << table;
    for (const QString& table : tables) {
        if (!db.exec(q, QStringLiteral("SELECT name, type FROM pragma_table_xinfo(?) WHERE hidden = 0"), { table }))
            return false;
        QStringList columns;
        while (q.next())
            if (q.value(1).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) != 0)
                columns << q.value(0).toString();
        const QString insert
            = QStringLiteral("INSERT INTO audit (at, actor, action, entity, entity_id, before, after, reason) VALUES"
                             " (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime'), (SELECT actor FROM "
                             "audit_context), '%1', '%2', %3, %4, %5,"
                             " (SELECT reason FROM audit_context))");
        const QString id = QStringLiteral("%1.rowid");
        const QList<std::pair<QString, QString>> triggers = {
            { QStringLiteral("INSERT"),
              insert.arg(QStringLiteral("insert"), table, id.arg(QStringLiteral("NEW")), QStringLiteral("NULL"),
                         jsonOf(table, columns, QStringLiteral("NEW"))) },
            { QStringLiteral("UPDATE"),
              insert.arg(
                  QStringLiteral("update"), table, id.arg(QStringLiteral("NEW")),
                  changed(jsonOf(table, columns, QStringLiteral("OLD")), jsonOf(table, columns, QStringLiteral("NEW"))),
                  changed(jsonOf(table, columns, QStringLiteral("NEW")),
                          jsonOf(table, columns, QStringLiteral("OLD")))) },
            { QStringLiteral("DELETE"),
              insert.arg(QStringLiteral("delete"), table, id.arg(QStringLiteral("OLD")),
                         jsonOf(table, columns, QStringLiteral("OLD")), QStringLiteral("NULL")) },
        };
        for (const auto& [event, body] : triggers) {
            const QString name = QStringLiteral("audit_%1_%2").arg(table, event.toLower());
            if (!db.exec(q, QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(quoted(name)))
                || !db.exec(q,
                            QStringLiteral("CREATE TEMP TRIGGER %1 AFTER %2 ON main.%3"
                                           " BEGIN %4; END")
                                .arg(quoted(name), event, quoted(table), body)))
                return false;
        }
    }
    return true;
}

bool sealAudit(Database& db)
{
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT %1 FROM audit WHERE hash IS NULL ORDER BY id").arg(EntryColumns)))
        return false;
    QList<AuditEntry> open;
    while (q.next())
        open << entryFrom(q);
    if (open.isEmpty())
        return true;
    if (!db.exec(q, QStringLiteral("SELECT hash FROM audit WHERE id < ? AND hash IS NOT NULL ORDER BY id DESC LIMIT 1"),
                 { open.first().id }))
        return false;
    const QString previous = q.next() ? q.value(0).toString() : QString();
    return writeChain(db, previous, open);
}

bool rechainAudit(Database& db, qint64 fromId)
{
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT hash FROM audit WHERE id < ? ORDER BY id DESC LIMIT 1"), { fromId }))
        return false;
    const QString previous = q.next() ? q.value(0).toString() : QString();
    if (!db.exec(q, QStringLiteral("SELECT %1 FROM audit WHERE id >= ? ORDER BY id").arg(EntryColumns), { fromId }))
        return false;
    QList<AuditEntry> entries;
    while (q.next())
        entries << entryFrom(q);
    q.finish();
    return writeChain(db, previous, entries);
}

bool appendAuditEntry(Database& db, const QString& action, const QString& entity, const QString& entityId,
                      const QString& details)
{
    return db.exec(QStringLiteral("INSERT INTO audit (at, actor, action, entity, entity_id, after, reason) VALUES"
                                  " (%1, (SELECT actor FROM audit_context), ?, ?, ?, ?,"
                                  " (SELECT reason FROM audit_context))")
                       .arg(dialect::nowLocal(db.engine())),
                   { action, entity, entityId, details });
}

bool recordAuditEvent(Database& db, const QString& action, const QString& entity, const QString& entityId,
                      const QString& details)
{
    Database::Transaction tx(db);
    return tx.isActive() && appendAuditEntry(db, action, entity, entityId, details) && tx.commit();
}

bool recordDocumentPrinted(Database& db, const QString& entity, const QString& entityId, const QString& document,
                           const QString& destination)
{
    const QJsonObject details { { QStringLiteral("document"), document }, { QStringLiteral("to"), destination } };
    return recordAuditEvent(db, QStringLiteral("print"), entity, entityId,
                            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

bool setAuditQuiet(Database& db, bool quiet)
{
    // Quiet means no triggers at all, so a large batch pays nothing for them; the triggers come back before the
    // batch commits, and a rollback restores them too (SQLite's schema changes are transactional).
    if (db.engine() == Engine::PostgreSQL) // the schema's triggers ask the context; it is rolled back with the batch
        return db.exec(QStringLiteral("UPDATE audit_context SET quiet = ?"), { quiet ? 1 : 0 });
    if (!quiet)
        return installAuditTriggers(db);
    QSqlQuery q = db.query();
    if (!db.exec(
            q,
            QStringLiteral(
                "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\'")))
        return false;
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    for (const QString& name : names)
        if (!db.exec(q, QStringLiteral("DROP TRIGGER temp.%1").arg(quoted(name))))
            return false;
    return true;
}

AuditVerification verifyAudit(Database& db)
{
    if (!db.require(access::Permission::ViewAudit)) {
        AuditVerification refused;
        refused.ok = false;
        refused.message = db.errorString();
        return refused;
    }
    return verifyAudit(db.connection());
}

AuditVerification verifyAudit(const QSqlDatabase& connection)
{
    AuditVerification v;
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT %1, prev_hash, hash FROM audit ORDER BY id").arg(EntryColumns))) {
        v.ok = false;
        v.message = AuditText::tr("cannot read the audit trail: %1").arg(q.lastError().text());
        return v;
    }
    QString previous;
    qint64 expected = 0;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        const QString prev = q.value(9).toString(), hash = q.value(10).toString();
        const QString where
            = AuditText::tr("audit entry %1 (%2, %3 %4 %5)")
                  .arg(e.id)
                  .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.action, e.entity, e.entityId);
        QString problem;
        if (expected && e.id != expected + 1)
            problem = e.id > expected + 1
                ? AuditText::tr("audit entries %1 to %2 are missing (deleted)").arg(expected + 1).arg(e.id - 1)
                : AuditText::tr("%1 is out of order").arg(where);
        else if (hash.isEmpty())
            problem = AuditText::tr("%1 was never sealed into the chain").arg(where);
        else if (prev != previous)
            problem = AuditText::tr("%1 does not follow the entry before it (entries removed or moved)").arg(where);
        else if (chainHash(previous, e) != hash)
            problem = AuditText::tr("%1 has been changed since it was written").arg(where);
        ++v.entries;
        if (!problem.isEmpty()) {
            v.ok = false;
            v.badEntry = e.id;
            v.message = problem;
            return v;
        }
        previous = hash;
        expected = e.id;
    }
    v.message = AuditText::tr("the audit trail is intact: %n entries, each in its place and unchanged", nullptr,
                              int(v.entries));
    return v;
}

namespace {
/** A field with nothing in it: nothing to mask (an anonymous complaint's empty name stays empty). */
bool isBlank(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

bool hasIdentity(const QString& text)
{
    if (!text.contains(QLatin1String("complainant_")))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key().startsWith(QLatin1String("complainant_")) && !isBlank(it.value())
            && it.value().toString() != access::maskedName())
            return true;
    return false;
}

/**
 * A trail value's sealed identity (the member complainant_sealed, access/IdentityKey.h) replaced by the members it
 * holds, opened with the key \a db holds; masked when it holds none or the value does not open.
 */
void openSealed(Database& db, QString& text)
{
    static const QString sealedKey = QStringLiteral("complainant_sealed");
    if (!text.contains(sealedKey))
        return;
    QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString sealed = o.value(sealedKey).toString();
    if (sealed.isEmpty())
        return;
    std::optional<QByteArray> plain;
    if (const access::IdentityKeys* keys = db.identityKeys())
        plain = access::openIdentity(QByteArray::fromBase64(sealed.toLatin1()), *keys);
    const QJsonObject opened = plain ? QJsonDocument::fromJson(*plain).object() : QJsonObject();
    if (opened.isEmpty()) {
        o.insert(sealedKey, access::maskedName());
    } else {
        o.remove(sealedKey);
        for (auto it = opened.begin(); it != opened.end(); ++it)
            if (!isBlank(it.value()))
                o.insert(it.key(), it.value());
    }
    text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/**
 * The entries \a sql selects (EntryColumns), for a reader allowed to see the trail: identities masked, or shown to an
 * integrity officer who gave a reason — the reveal recorded as an entry about \a entity \a entityId.
 */
std::optional<QList<AuditEntry>> readEntries(Database& db, const QString& sql, const QVariantList& values,
                                             QString* error, const QString& revealReason, const QString& entity,
                                             const QString& entityId)
{
    const auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!revealReason.isNull() && revealReason.trimmed().isEmpty())
        return refuse(reasonNeededText());
    QSqlQuery q = db.query();
    if (!db.require(access::Permission::ViewAudit) || !db.exec(q, sql, values))
        return refuse(db.errorString());
    QList<AuditEntry> out;
    while (q.next())
        out << entryFrom(q);
    q = QSqlQuery();
    const bool reveal = !revealReason.isNull() && maySeeTrailIdentities(db.session());
    if (!reveal) {
        maskIdentities(out);
        return out;
    }
    QList<qint64> shown;
    for (AuditEntry& e : out)
        if (hasIdentity(e.before) || hasIdentity(e.after)) {
            shown << e.id;
            openSealed(db, e.before);
            openSealed(db, e.after);
        }
    if (!shown.isEmpty()) {
        const QJsonObject details { { QStringLiteral("what"), QStringLiteral("audit trail") },
                                    { QStringLiteral("entries"), QJsonArray::fromVariantList({ shown.first(), shown.last() }) },
                                    { QStringLiteral("count"), shown.size() },
                                    { QStringLiteral("reason"), revealReason.trimmed() } };
        if (!recordAuditEvent(db, QStringLiteral("reveal"), entity, entityId,
                              QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))))
            return refuse(db.errorString());
    }
    return out;
}
} // namespace

QString reasonNeededText()
{
    return AuditText::tr("a reason is needed to show a complainant's identity: say why it must be seen (the reason "
                         "is kept in the audit trail)");
}

bool maySeeTrailIdentities(const access::Session& session) { return session.has(access::Role::IntegrityOfficer); }

std::optional<QList<AuditEntry>> complaintTrail(Database& db, qint64 complaintId, QString* error,
                                                const QString& revealReason)
{
    const QString id = QString::number(complaintId);
    const Engine e = db.engine();
    return readEntries(
        db,
        QStringLiteral("SELECT %1 FROM audit WHERE (entity = 'complaints' AND entity_id = ?)"
                       " OR (entity IN ('complaint_texts', 'complaint_steps', 'evidence_items', 'attachments')"
                       "     AND %2 = ?)"
                       " OR (entity = 'complaint' AND entity_id = ?)"
                       " OR (entity = 'complaints' AND action = 'insert_batch' AND %3 <= ? AND %4 >= ?)"
                       " ORDER BY id")
            .arg(EntryColumns,
                 dialect::jsonInteger(e, QStringLiteral("coalesce(after, before)"), QStringLiteral("complaint_id")),
                 dialect::jsonInteger(e, QStringLiteral("after"), QStringLiteral("first_id")),
                 dialect::jsonInteger(e, QStringLiteral("after"), QStringLiteral("last_id"))),
        { id, complaintId, id, complaintId, complaintId }, error, revealReason, QStringLiteral("complaints"), id);
}

std::optional<QList<AuditEntry>> latestEntries(Database& db, int limit, QString* error, const QString& revealReason)
{
    return readEntries(
        db,
        QStringLiteral("SELECT %1 FROM (SELECT * FROM audit ORDER BY id DESC LIMIT ?) AS latest ORDER BY id").arg(EntryColumns),
        { limit }, error, revealReason, QStringLiteral("audit"), QStringLiteral("latest"));
}

void maskIdentities(QList<AuditEntry>& entries)
{
    const auto mask = [](QString& text) {
        if (!text.contains(QLatin1String("complainant_")))
            return;
        QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key().startsWith(QLatin1String("complainant_")) && !isBlank(it.value()))
                it.value() = access::maskedName();
        text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    for (AuditEntry& e : entries) {
        mask(e.before);
        mask(e.after);
    }
}

} // namespace sujarit::storage
