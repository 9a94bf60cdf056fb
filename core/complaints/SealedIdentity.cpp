// SPDX-License-Identifier: GPL-3.0-or-later
#include "SealedIdentity.h"

#include "access/IdentityKey.h"
#include "storage/Database.h"
#include "text/ThaiDigits.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sujarit::complaints {

namespace {
QString s(const char* key) { return QString::fromLatin1(key); }

/** The complainant's text fields, by the name each had as a column. */
QList<std::pair<QString, QString Complainant::*>> textFields()
{
    return {{s("complainant_title"), &Complainant::title},
            {s("complainant_name"), &Complainant::name},
            {s("complainant_address"), &Complainant::address},
            {s("complainant_house_no"), &Complainant::houseNo},
            {s("complainant_moo"), &Complainant::moo},
            {s("complainant_subdistrict"), &Complainant::subdistrict},
            {s("complainant_district"), &Complainant::district},
            {s("complainant_province"), &Complainant::province},
            {s("complainant_postcode"), &Complainant::postcode},
            {s("complainant_phone"), &Complainant::phone},
            {s("complainant_email"), &Complainant::email},
            {s("complainant_national_id"), &Complainant::nationalId}};
}
} // namespace

QJsonObject identityPayload(const Complaint& c)
{
    // Only what is given: the sealed value is smaller (a register's rows stay narrow), and an absent field reads empty.
    QJsonObject o;
    for (const auto& [key, field] : textFields())
        if (!(c.complainant.*field).isEmpty())
            o.insert(key, c.complainant.*field);
    if (c.complainant.age)
        o.insert(s("complainant_age"), *c.complainant.age);
    if (!c.witnesses.isEmpty())
        o.insert(s("witnesses"), c.witnesses);
    return o;
}

void applyIdentityPayload(const QJsonObject& payload, Complaint& c)
{
    for (const auto& [key, field] : textFields())
        c.complainant.*field = payload.value(key).toString();
    const QJsonValue age = payload.value(s("complainant_age"));
    c.complainant.age = age.isDouble() ? std::optional<int>(age.toInt()) : std::nullopt;
    c.witnesses = payload.value(s("witnesses")).toString();
}

bool hasIdentity(const Complaint& c) { return !c.complainant.isEmpty() || !c.witnesses.isEmpty(); }

QString sealPayload(const QJsonObject& payload, const access::IdentitySealer& sealer)
{
    const QByteArray sealed = sealer.seal(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return sealed.isEmpty() ? QString() : QString::fromLatin1(sealed.toBase64());
}

std::optional<QJsonObject> openPayload(storage::Database& db, const QString& stored)
{
    const access::IdentityKeys* keys = db.identityKeys();
    if (!keys)
        return std::nullopt;
    access::IdentityOpener opener(*keys);
    return openPayload(opener, stored);
}

std::optional<QJsonObject> openPayload(access::IdentityOpener& opener, const QString& stored)
{
    if (stored.isEmpty())
        return std::nullopt;
    const auto plain = opener.open(QByteArray::fromBase64(stored.toLatin1()));
    if (!plain)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*plain, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString normalisedName(const QString& name)
{
    static const QRegularExpression title(QStringLiteral(
        R"(^(?:นางสาว|นาง|นาย|น\.ส\.|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|mrs\.?|mr\.?|ms\.?|miss)\s*)"));
    QString n = text::toArabicDigits(name).simplified().toCaseFolded();
    n.remove(title);
    return n.simplified();
}

QStringList nameTokens(const QByteArray& searchKey, const QString& name)
{
    const QString n = normalisedName(name);
    if (searchKey.isEmpty() || n.isEmpty())
        return {};
    QStringList tokens;
    for (const QString& word : n.split(u' ', Qt::SkipEmptyParts))
        if (const QString t = access::nameToken(searchKey, word); !tokens.contains(t))
            tokens << t;
    if (const QString whole = access::nameToken(searchKey, QString(n).remove(u' ')); !tokens.contains(whole))
        tokens << whole;
    return tokens;
}

QString searchToken(const QByteArray& searchKey, const QString& term)
{
    const QString n = normalisedName(term);
    return searchKey.isEmpty() || n.isEmpty() ? QString() : access::nameToken(searchKey, QString(n).remove(u' '));
}

bool markNamesPending(storage::Database& db, qint64 first, qint64 last)
{
    return db.exec(QStringLiteral("INSERT INTO complainant_names (complaint_id, token) SELECT complaint_id, '' FROM"
                                  " complaint_texts WHERE complaint_id BETWEEN ? AND ? AND complainant_sealed <> ''"),
                   {first, last});
}

bool indexNames(storage::Database& db, const QList<std::pair<qint64, QString>>& names)
{
    const access::IdentityKeys* keys = db.identityKeys();
    if (!keys)
        return db.fail(QStringLiteral("the name index is written only with the identity key"));
    const QByteArray searchKey = access::nameSearchKey(*keys);
    QSqlQuery q = db.query();
    if (!q.prepare(QStringLiteral("INSERT INTO complainant_names (complaint_id, token) VALUES (?, ?)")))
        return db.failSql(QString(), q);
    for (const auto& [id, name] : names) {
        QStringList tokens = nameTokens(searchKey, name);
        if (tokens.isEmpty())
            tokens << QStringLiteral("-"); // indexed, and nothing to find it by
        for (const QString& t : std::as_const(tokens)) {
            q.bindValue(0, id);
            q.bindValue(1, t);
            if (!q.exec())
                return db.failSql(QString(), q);
        }
    }
    return true;
}

bool indexPendingNames(storage::Database& db)
{
    if (!db.identityKeys())
        return true;
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT t.complaint_id, t.complainant_sealed FROM complainant_names n"
                                   " JOIN complaint_texts t ON t.complaint_id = n.complaint_id WHERE n.token = ''")))
        return false;
    QList<std::pair<qint64, QString>> pending;
    while (q.next())
        pending.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    if (pending.isEmpty())
        return true;
    storage::Database::Transaction tx(db);
    if (!tx.isActive())
        return false;
    access::IdentityOpener opener(*db.identityKeys());
    QList<std::pair<qint64, QString>> names;
    for (const auto& [id, stored] : pending) {
        const auto payload = openPayload(opener, stored);
        names.append({id, payload ? payload->value(s("complainant_name")).toString() : QString()});
    }
    return db.exec(QStringLiteral("DELETE FROM complainant_names WHERE token = ''")) && indexNames(db, names)
        && tx.commit();
}

} // namespace sujarit::complaints
