// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitySealing.h"

#include "EngineSupport.h"
#include "access/IdentityKey.h"
#include "complaints/SealedIdentity.h"
#include "storage/Audit.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sujarit::schema {

using storage::Database;
using storage::Engine;

namespace {

/** The columns schema 9 seals, as schema 7 named them. */
const QStringList& clearColumns()
{
    static const QStringList columns = sql({"complainant_title", "complainant_name", "complainant_age",
                                            "complainant_address", "complainant_house_no", "complainant_moo",
                                            "complainant_subdistrict", "complainant_district", "complainant_province",
                                            "complainant_postcode", "complainant_phone", "complainant_email",
                                            "complainant_national_id"});
    return columns;
}

bool isBlank(const QJsonValue& v) { return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()); }

QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

/** Seals every case's identity into complainant_sealed and indexes its name; the number of cases sealed. */
std::optional<int> sealCases(Database& db, const QByteArray& publicKey)
{
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (!db.exec(q, QStringLiteral("SELECT c.id, %1, t.witnesses FROM complaints c JOIN complaint_texts t"
                                   " ON t.complaint_id = c.id ORDER BY c.id")
                        .arg(QStringList(clearColumns()).replaceInStrings(QStringLiteral("complainant_"),
                                                                          QStringLiteral("c.complainant_"))
                                 .join(QStringLiteral(", ")))))
        return std::nullopt;
    QList<complaints::Complaint> cases;
    while (q.next()) {
        complaints::Complaint c;
        c.id = q.value(0).toLongLong();
        QJsonObject o;
        for (int i = 0; i < clearColumns().size(); ++i) {
            const QVariant v = q.value(i + 1);
            o.insert(clearColumns()[i], clearColumns()[i] == QLatin1String("complainant_age")
                                            ? (v.isNull() ? QJsonValue() : QJsonValue(v.toInt()))
                                            : QJsonValue(v.toString()));
        }
        o.insert(QStringLiteral("witnesses"), q.value(clearColumns().size() + 1).toString());
        complaints::applyIdentityPayload(o, c);
        cases.append(std::move(c));
    }
    q.finish();
    const access::IdentitySealer sealer(publicKey);
    QSqlQuery update = db.query();
    if (!update.prepare(QStringLiteral("UPDATE complaint_texts SET complainant_sealed = ? WHERE complaint_id = ?")))
        return db.failSql(QString(), update), std::nullopt;
    int sealed = 0;
    QList<std::pair<qint64, QString>> named;
    for (const complaints::Complaint& c : std::as_const(cases)) {
        if (!complaints::hasIdentity(c))
            continue;
        const QString value = complaints::sealPayload(complaints::identityPayload(c), sealer);
        update.bindValue(0, value);
        update.bindValue(1, c.id);
        if (value.isEmpty() || !update.exec())
            return db.failSql(QString(), update), std::nullopt;
        named.append({c.id, c.complainant.name});
        ++sealed;
    }
    if (!complaints::indexNames(db, named))
        return std::nullopt;
    return sealed;
}

/** \a text (a trail entry's before or after) with its clear identity sealed; unchanged when it holds none. */
QString sealedTrailValue(const QString& text, bool texts, const access::IdentitySealer& sealer)
{
    if (text.isEmpty())
        return text;
    QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    QJsonObject identity;
    for (auto it = o.begin(); it != o.end();) {
        const bool clear = texts ? it.key() == QLatin1String("witnesses") : clearColumns().contains(it.key());
        if (clear) {
            if (!isBlank(it.value()))
                identity.insert(it.key(), it.value());
            it = o.erase(it);
        } else {
            ++it;
        }
    }
    if (identity.isEmpty())
        return texts || !text.contains(QLatin1String("complainant_")) ? text : compact(o);
    o.insert(QStringLiteral("complainant_sealed"), complaints::sealPayload(identity, sealer));
    return compact(o);
}

/**
 * Seals the identities the trail holds in clear, and computes the chain again from the first entry changed, after
 * an entry that records what the chain was (its verification and head) before. The number of entries sealed.
 */
std::optional<int> sealTrail(Database& db, const QByteArray& publicKey)
{
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT id, entity, coalesce(before, ''), coalesce(after, '') FROM audit"
                                   " WHERE entity IN ('complaints', 'complaint_texts') ORDER BY id")))
        return std::nullopt;
    const access::IdentitySealer sealer(publicKey);
    struct Change {
        qint64 id;
        QString before, after;
    };
    QList<Change> changes;
    while (q.next()) {
        const bool texts = q.value(1).toString() == QLatin1String("complaint_texts");
        const QString before = q.value(2).toString(), after = q.value(3).toString();
        const QString b = sealedTrailValue(before, texts, sealer), a = sealedTrailValue(after, texts, sealer);
        if (b != before || a != after)
            changes.append({q.value(0).toLongLong(), b, a});
    }
    q.finish();
    if (changes.isEmpty())
        return 0;

    const storage::AuditVerification was = storage::verifyAudit(db.connection());
    if (!db.exec(q, QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")) || !q.next())
        return std::nullopt;
    const qint64 headId = q.value(0).toLongLong();
    const QString headHash = q.value(1).toString();
    q.finish();

    const bool server = db.engine() == Engine::PostgreSQL;
    if (!db.exec(server ? QStringLiteral("ALTER TABLE audit DISABLE TRIGGER audit_append_only")
                        : QStringLiteral("DROP TRIGGER audit_append_only_update")))
        return std::nullopt;
    QSqlQuery update = db.query();
    if (!update.prepare(QStringLiteral("UPDATE audit SET before = ?, after = ? WHERE id = ?")))
        return db.failSql(QString(), update), std::nullopt;
    for (const Change& c : std::as_const(changes)) {
        update.bindValue(0, c.before.isEmpty() ? QVariant() : QVariant(c.before));
        update.bindValue(1, c.after.isEmpty() ? QVariant() : QVariant(c.after));
        update.bindValue(2, c.id);
        if (!update.exec())
            return db.failSql(QString(), update), std::nullopt;
    }
    if (!storage::rechainAudit(db, changes.first().id))
        return std::nullopt;
    if (!db.exec(server ? QStringLiteral("ALTER TABLE audit ENABLE TRIGGER audit_append_only")
                        : fileAuditGuards().last()))
        return std::nullopt;
    const QJsonObject details{{QStringLiteral("entries_sealed"), int(changes.size())},
                              {QStringLiteral("first_sealed"), changes.first().id},
                              {QStringLiteral("chain_before"), was.ok ? QStringLiteral("intact") : was.message},
                              {QStringLiteral("head_before"), QStringLiteral("%1 %2").arg(headId).arg(headHash)}};
    if (!storage::appendAuditEntry(db, QStringLiteral("trail_identities_sealed"), QStringLiteral("audit"),
                                   QString::number(headId), compact(details)))
        return std::nullopt;
    return int(changes.size());
}

} // namespace

const QList<Table>& identityTables()
{
    static const QList<Table> tables = {
        // The register's identity key: its public part, which seals; its secret part only wrapped with the recovery
        // key printed at its making (access/IdentityKey.h). Not in the trail: it holds keys, and its rows change
        // only by the explicit events of users/IdentityCustody.cpp.
        table("identity_key", "id",
              sql({"id INTEGER PRIMARY KEY CHECK (id = 1)", "public_key TEXT NOT NULL", "recovery_wrap TEXT NOT NULL",
                   "created_at TEXT NOT NULL", "recovery_made_at TEXT NOT NULL"}),
              {}, {}, false),
        // Each user's own key pair (its secret wrapped with the user's password) and, for a custodian, the register's
        // secret key sealed to that pair (register_grant; '' when he holds none).
        table("identity_holders", "user_id",
              sql({"user_id {int64} PRIMARY KEY REFERENCES users(id)", "public_key TEXT NOT NULL",
                   "secret_wrap TEXT NOT NULL", "register_grant TEXT NOT NULL DEFAULT ''", "granted_at TEXT",
                   "granted_by TEXT NOT NULL DEFAULT ''"}),
              {}, {}, false),
        // The complainants' names as keyed hashes of their words (complaints/SealedIdentity.h); token '' marks a case
        // saved without the key and still to be indexed. Derived, so not in the trail.
        table("complainant_names", "complaint_id",
              sql({"complaint_id {int64} NOT NULL REFERENCES complaints(id)", "token TEXT NOT NULL"}),
              sql({"PRIMARY KEY (complaint_id, token)"}),
              sql({"CREATE INDEX complainant_names_token ON complainant_names (token)"}), false),
    };
    return tables;
}

bool sealIdentities(Database& db)
{
    for (const Table& t : identityTables())
        if (!createTable(db, t))
            return false;
    // Beside the long texts, so that the register's rows stay narrow (a list reads no sealed value unless revealing).
    if (!db.exec(QStringLiteral("ALTER TABLE complaint_texts ADD COLUMN complainant_sealed TEXT NOT NULL DEFAULT ''")))
        return false;
    const auto keys = access::newIdentityKeys();
    const QByteArray recovery = access::newRecoveryKey();
    if (!keys)
        return db.fail(QStringLiteral("libsodium cannot start: no identity key could be made"));
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    if (!db.exec(QStringLiteral("INSERT INTO identity_key (id, public_key, recovery_wrap, created_at,"
                                " recovery_made_at) VALUES (1, ?, ?, ?, ?)"),
                 {QString::fromLatin1(keys->publicKey.toBase64()),
                  QString::fromLatin1(access::wrapWithRecoveryKey(keys->secretKey, recovery).toBase64()), now, now}))
        return false;
    // The writes below are no one's edit: the trail records the sealing as one entry of its own.
    if (!(db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS audit_context (actor TEXT NOT NULL,"
                                 " reason TEXT NOT NULL, quiet INTEGER NOT NULL DEFAULT 0)"))
          && db.exec(QStringLiteral("DELETE FROM audit_context"))
          && db.exec(QStringLiteral("INSERT INTO audit_context VALUES ('upgrade', '', 1)"))))
        return false;
    db.holdIdentityKeys(*keys); // to index the names (the session is nobody's: no one reads with it)
    const auto sealedCases = sealCases(db, keys->publicKey);
    db.holdIdentityKeys(std::nullopt);
    if (!sealedCases)
        return false;
    const auto sealedEntries = sealTrail(db, keys->publicKey);
    if (!sealedEntries)
        return false;

    const bool server = db.engine() == Engine::PostgreSQL;
    QStringList drops = clearColumns();
    if (server) {
        if (!db.exec(QStringLiteral("DROP INDEX complaints_search_complainant"))
            || !db.exec(QStringLiteral("ALTER TABLE complaints ")
                        + drops.replaceInStrings(QRegularExpression(QStringLiteral("^")), QStringLiteral("DROP COLUMN "))
                              .join(QStringLiteral(", ")))
            || !db.exec(QStringLiteral("ALTER TABLE complaint_texts DROP COLUMN witnesses")))
            return false;
    } else {
        // SQLite drops a column only when no view, trigger or index names it: the search goes first, and comes back.
        const QStringList search = fileSealedSearch();
        if (!runAll(db, search.mid(0, 4)))
            return false;
        for (const QString& column : std::as_const(drops))
            if (!db.exec(QStringLiteral("ALTER TABLE complaints DROP COLUMN %1").arg(column)))
                return false;
        if (!db.exec(QStringLiteral("ALTER TABLE complaint_texts DROP COLUMN witnesses")) || !runAll(db, search.mid(4)))
            return false;
    }
    if (*sealedCases > 0) {
        const QJsonObject details{{QStringLiteral("cases_sealed"), *sealedCases},
                                  {QStringLiteral("trail_entries_sealed"), *sealedEntries}};
        if (!storage::appendAuditEntry(db, QStringLiteral("identities_sealed"), QStringLiteral("complaints"),
                                       QStringLiteral("all"), compact(details)))
            return false;
    }
    if (!db.exec(QStringLiteral("UPDATE audit_context SET quiet = 0")) || !storage::sealAudit(db))
        return false;
    db.setNewIdentity(*keys, recovery);
    if (*sealedCases > 0 || *sealedEntries > 0)
        db.compactAfterUpgrade({QStringLiteral("complaints"), QStringLiteral("complaint_texts"), QStringLiteral("audit")});
    return true;
}

} // namespace sujarit::schema
