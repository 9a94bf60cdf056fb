// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityCustody.h"

#include "access/IdentityKey.h"
#include "access/Session.h"
#include "storage/Audit.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sujarit::users::custody {

using storage::Database;
using namespace access;

namespace {
struct CustodyText {
    Q_DECLARE_TR_FUNCTIONS(CustodyText)
};

QString b64(const QByteArray& a) { return QString::fromLatin1(a.toBase64()); }
QByteArray unb64(const QVariant& v) { return QByteArray::fromBase64(v.toString().toLatin1()); }
QString nowText() { return QDateTime::currentDateTime().toString(Qt::ISODate); }

QString json(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

QString actor(Database& db) { return db.session().user.isEmpty() ? db.actor() : db.session().user; }

/** The register's key pair of \a secret, when it is the register's (its public key the one stored). */
std::optional<IdentityKeys> registerKeysOf(Database& db, const QByteArray& secret)
{
    auto keys = identityKeysOf(secret);
    if (!keys || keys->publicKey != db.identityPublicKey())
        return std::nullopt;
    return keys;
}

struct Row {
    qint64 id = 0;
    QString name, fullName;
    QList<Role> roles;
    bool disabled = false;
    QByteArray publicKey;
    bool holds = false;
};

std::optional<QList<Row>> rows(Database& db)
{
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT u.id, u.name, u.full_name, u.roles, u.disabled, h.public_key,"
                                   " h.register_grant FROM users u LEFT JOIN identity_holders h ON h.user_id = u.id"
                                   " ORDER BY u.name")))
        return std::nullopt;
    QList<Row> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    rolesFromText(q.value(3).toString(), nullptr).value_or(QList<Role>{}), q.value(4).toInt() != 0,
                    unb64(q.value(5)), !q.value(6).toString().isEmpty()});
    return out;
}

bool isCustodian(const Row& r) { return !r.disabled && r.roles.contains(Role::IntegrityOfficer); }

/** Who should hold the key: the custodians; the administrators too while no custodian holds it (or can get it now). */
QList<bool> shouldHold(const QList<Row>& users, bool keyAtHand)
{
    bool custodianHolds = false;
    for (const Row& r : users)
        if (isCustodian(r) && (r.holds || (keyAtHand && !r.publicKey.isEmpty())))
            custodianHolds = true;
    QList<bool> out;
    for (const Row& r : users)
        out << (isCustodian(r) || (!custodianHolds && !r.disabled && r.roles.contains(Role::Administrator)));
    return out;
}

bool grant(Database& db, const Row& r, const IdentityKeys& keys)
{
    const QByteArray sealed = sealIdentity(keys.secretKey, r.publicKey);
    if (sealed.isEmpty())
        return db.fail(CustodyText::tr("the identity key could not be given to %1: the user's key pair is damaged")
                           .arg(r.name));
    return db.exec(QStringLiteral("UPDATE identity_holders SET register_grant = ?, granted_at = ?, granted_by = ?"
                                  " WHERE user_id = ?"),
                   {b64(sealed), nowText(), actor(db), r.id})
        && storage::appendAuditEntry(db, QStringLiteral("key_granted"), QStringLiteral("user"), r.name,
                                     json({{QStringLiteral("by"), actor(db)}}));
}

bool revoke(Database& db, const Row& r)
{
    return db.exec(QStringLiteral("UPDATE identity_holders SET register_grant = '', granted_at = NULL, granted_by = ''"
                                  " WHERE user_id = ?"),
                   {r.id})
        && storage::appendAuditEntry(db, QStringLiteral("key_revoked"), QStringLiteral("user"), r.name,
                                     json({{QStringLiteral("by"), actor(db)}}));
}

bool storeHolderKeys(Database& db, qint64 userId, const IdentityKeys& keys, const QString& password, bool keepGrant)
{
    const QByteArray wrapped = wrapWithPassword(keys.secretKey, password);
    if (wrapped.isEmpty())
        return db.fail(CustodyText::tr("the user's key could not be protected (out of memory?); nothing was saved"));
    if (keepGrant)
        return db.exec(QStringLiteral("UPDATE identity_holders SET secret_wrap = ? WHERE user_id = ?"),
                       {b64(wrapped), userId});
    return db.exec(QStringLiteral("DELETE FROM identity_holders WHERE user_id = ?"), {userId})
        && db.exec(QStringLiteral("INSERT INTO identity_holders (user_id, public_key, secret_wrap) VALUES (?, ?, ?)"),
                   {userId, b64(keys.publicKey), b64(wrapped)});
}
} // namespace

bool makeHolderKeys(Database& db, qint64 userId, const QString& password)
{
    const auto keys = newIdentityKeys();
    if (!keys)
        return db.fail(CustodyText::tr("libsodium cannot start: no key pair could be made"));
    return storeHolderKeys(db, userId, *keys, password, false);
}

bool rewrapHolderKeys(Database& db, qint64 userId, const QString& oldPassword, const QString& newPassword)
{
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT secret_wrap FROM identity_holders WHERE user_id = ?"), {userId}))
        return false;
    const QByteArray wrapped = q.next() ? unb64(q.value(0)) : QByteArray();
    q.finish();
    const auto secret = wrapped.isEmpty() ? std::nullopt : unwrapWithPassword(wrapped, oldPassword);
    const auto keys = secret ? identityKeysOf(*secret) : std::nullopt;
    return keys ? storeHolderKeys(db, userId, *keys, newPassword, true) : makeHolderKeys(db, userId, newPassword);
}

bool openAtSignIn(Database& db, qint64 userId, const QString& password)
{
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT secret_wrap, register_grant FROM identity_holders WHERE user_id = ?"),
                 {userId}))
        return false;
    if (!q.next()) {
        q.finish();
        return makeHolderKeys(db, userId, password);
    }
    const QByteArray wrapped = unb64(q.value(0)), granted = unb64(q.value(1));
    q.finish();
    if (granted.isEmpty())
        return true;
    const auto secret = unwrapWithPassword(wrapped, password);
    const auto own = secret ? identityKeysOf(*secret) : std::nullopt;
    if (!own) // wrapped with another password: his grant is lost with it, and follows again from a holder
        return makeHolderKeys(db, userId, password);
    const auto registerSecret = openIdentity(granted, *own);
    if (auto keys = registerSecret ? registerKeysOf(db, *registerSecret) : std::nullopt)
        db.holdIdentityKeys(std::move(keys));
    return true;
}

bool follow(Database& db)
{
    std::optional<IdentityKeys> atHand;
    bool unclaimed = false;
    if (const IdentityKeys* held = db.identityKeys())
        atHand = *held;
    else if (const IdentityKeys* made = db.unclaimedKeys())
        atHand = *made, unclaimed = true;
    if (atHand && atHand->publicKey != db.identityPublicKey())
        atHand.reset();
    const auto users = rows(db);
    if (!users)
        return false;
    const QList<bool> should = shouldHold(*users, atHand.has_value());
    bool granted = false, sessionShould = false;
    for (qsizetype i = 0; i < users->size(); ++i) {
        const Row& r = users->at(i);
        if (r.id == db.session().userId)
            sessionShould = should[i];
        if (should[i] && !r.holds && atHand && !r.publicKey.isEmpty()) {
            if (!grant(db, r, *atHand))
                return false;
            granted = true;
        } else if (!should[i] && r.holds && !revoke(db, r)) {
            return false;
        }
    }
    if (unclaimed && granted)
        db.takeUnclaimedKeys();
    if (!sessionShould && db.identityKeys())
        db.holdIdentityKeys(std::nullopt);
    return true;
}

std::optional<Status> status(Database& db, QString* error)
{
    const Session& s = db.session();
    if (!s.has(Role::Administrator) && !s.has(Role::IntegrityOfficer)) {
        if (error)
            *error = CustodyText::tr("%1 may not see who holds the identity key").arg(s.describe());
        return std::nullopt;
    }
    const auto users = rows(db);
    QSqlQuery q = db.query();
    if (!users || !db.exec(q, QStringLiteral("SELECT created_at, recovery_made_at FROM identity_key WHERE id = 1"))) {
        if (error)
            *error = db.errorString();
        return std::nullopt;
    }
    Status out;
    if (q.next()) {
        out.keyMade = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        out.recoveryMade = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    }
    const QList<bool> should = shouldHold(*users, false);
    for (qsizetype i = 0; i < users->size(); ++i) {
        const Row& r = users->at(i);
        out.users.append({r.name, r.fullName, isCustodian(r), r.holds, !r.publicKey.isEmpty(), should[i]});
        out.anyHolds = out.anyHolds || r.holds;
    }
    return out;
}

bool recover(Database& db, const QByteArray& recoveryKey, const QString& userName, QString* error)
{
    const auto refuse = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!db.require(Permission::ManageUsers))
        return refuse(db.errorString());
    storage::Database::Transaction tx(db);
    if (!tx.isActive())
        return refuse(db.errorString());
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT recovery_wrap FROM identity_key WHERE id = 1")) || !q.next())
        return refuse(db.errorString().isEmpty() ? CustodyText::tr("this register has no identity key")
                                                 : db.errorString());
    const auto secret = unwrapWithRecoveryKey(unb64(q.value(0)), recoveryKey);
    q.finish();
    const auto keys = secret ? registerKeysOf(db, *secret) : std::nullopt;
    if (!keys)
        return refuse(CustodyText::tr("this recovery key is not this register's, or the sheet was replaced by a "
                                      "newer one: nothing was changed"));
    const auto users = rows(db);
    if (!users)
        return refuse(db.errorString());
    const QList<bool> should = shouldHold(*users, true);
    for (qsizetype i = 0; i < users->size(); ++i) {
        const Row& r = users->at(i);
        if (r.name != userName.trimmed())
            continue;
        if (!should[i])
            return refuse(CustodyText::tr("%1 is not one who may hold the identity key: make the user an integrity "
                                          "officer first")
                              .arg(r.name));
        if (r.publicKey.isEmpty())
            return refuse(CustodyText::tr("%1 has no key pair yet: it is made at the user's next sign-in; let the "
                                          "user sign in once, then recover again")
                              .arg(r.name));
        if (!grant(db, r, *keys)
            || !storage::appendAuditEntry(db, QStringLiteral("key_recovered"), QStringLiteral("user"), r.name,
                                          json({{QStringLiteral("by"), actor(db)}}))
            || !tx.commit())
            return refuse(db.errorString());
        return true;
    }
    return refuse(CustodyText::tr("there is no user “%1”").arg(userName.trimmed()));
}

std::optional<QByteArray> renewRecoveryKey(Database& db, QString* error)
{
    const IdentityKeys* keys = db.identityKeys();
    if (!keys) {
        if (error)
            *error = CustodyText::tr("%1 does not hold the identity key: only a holder can make a new recovery sheet")
                         .arg(db.session().describe());
        return std::nullopt;
    }
    const QByteArray recovery = newRecoveryKey();
    storage::Database::Transaction tx(db);
    if (!tx.isActive()
        || !db.exec(QStringLiteral("UPDATE identity_key SET recovery_wrap = ?, recovery_made_at = ? WHERE id = 1"),
                    {b64(wrapWithRecoveryKey(keys->secretKey, recovery)), nowText()})
        || !storage::appendAuditEntry(db, QStringLiteral("recovery_renewed"), QStringLiteral("identity_key"),
                                      QStringLiteral("1"), json({{QStringLiteral("by"), actor(db)}}))
        || !tx.commit()) {
        if (error)
            *error = db.errorString();
        return std::nullopt;
    }
    return recovery;
}

} // namespace sujarit::users::custody
