// SPDX-License-Identifier: GPL-3.0-or-later
#include "GiftRegister.h"

#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace sujarit::gifts {

namespace {
struct RegisterText {
    Q_DECLARE_TR_FUNCTIONS(RegisterText)
};
QString stamp() { return calendar::now().toString(Qt::ISODate); }
} // namespace

const QList<StaffKind>& staffKinds()
{
    static const QList<StaffKind> kinds = {{QStringLiteral("executive"), QStringLiteral("ผู้บริหาร")},
                                           {QStringLiteral("council_member"), QStringLiteral("สมาชิกสภา")},
                                           {QStringLiteral("official"), QStringLiteral("พนักงานส่วนตำบล")},
                                           {QStringLiteral("contract_employee"), QStringLiteral("พนักงานจ้าง")}};
    return kinds;
}

std::optional<QString> staffKindCode(const QString& text)
{
    const QString t = text.trimmed();
    for (const StaffKind& k : staffKinds())
        if (t == k.code || t == k.label)
            return k.code;
    return std::nullopt;
}

GiftRegister::GiftRegister(storage::Database& db)
    : m_db(db)
{
}

bool GiftRegister::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool GiftRegister::addStaff(QList<StaffMember>& members)
{
    QSet<QString> names;
    for (qsizetype i = 0; i < members.size(); ++i) {
        StaffMember& m = members[i];
        m.name = m.name.simplified();
        const QString where = RegisterText::tr("staff member %1").arg(i + 1);
        if (m.name.isEmpty())
            return fail(RegisterText::tr("%1: name is missing").arg(where));
        const auto kind = staffKindCode(m.kind);
        if (!kind) {
            QStringList codes;
            for (const StaffKind& k : staffKinds())
                codes << k.code;
            return fail(RegisterText::tr("%1 (%2): kind “%3” is not one of %4")
                            .arg(where, m.name, m.kind, codes.join(QStringLiteral(", "))));
        }
        m.kind = *kind;
        if (names.contains(m.name))
            return fail(RegisterText::tr("%1: %2 is listed twice").arg(where, m.name));
        names.insert(m.name);
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    QSqlQuery q = m_db.query();
    for (qsizetype i = 0; i < members.size(); ++i) {
        StaffMember& m = members[i];
        if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM staff WHERE name = ?"), {m.name}))
            return fail(m_db.errorString());
        if (q.next())
            return fail(RegisterText::tr("staff member %1: %2 is already on the staff list").arg(i + 1).arg(m.name));
        if (!m_db.exec(q,
                       QStringLiteral("INSERT INTO staff (name, position, division, kind, active, created_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"),
                       {m.name, m_db.bindable(m.position.simplified()), m_db.bindable(m.division.simplified()), m.kind,
                        m.active ? 1 : 0, stamp()}))
            return fail(m_db.errorString());
        m.id = q.lastInsertId().toLongLong();
    }
    return tx.commit() || fail(m_db.errorString());
}

std::optional<QList<StaffMember>> GiftRegister::staff()
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT id, name, position, division, kind, active FROM staff ORDER BY name"))) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<StaffMember> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toInt() != 0});
    return out;
}

bool GiftRegister::addGifts(const QList<GiftEntry>& gifts, const QStringList& descriptions)
{
    auto members = staff();
    if (!members)
        return false;
    QHash<QString, qint64> ids;
    for (const StaffMember& m : *members)
        ids.insert(m.name, m.id);
    for (qsizetype i = 0; i < gifts.size(); ++i) {
        if (const QString why = validate(gifts[i]); !why.isEmpty())
            return fail(RegisterText::tr("gift %1: %2").arg(i + 1).arg(why));
        if (!ids.contains(gifts[i].receiver.simplified()))
            return fail(RegisterText::tr("gift %1: receiver: %2 is not on the staff list (add them with “staff add”)")
                            .arg(i + 1)
                            .arg(gifts[i].receiver.simplified()));
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (qsizetype i = 0; i < gifts.size(); ++i) {
        const GiftEntry& g = gifts[i];
        if (!m_db.exec(QStringLiteral("INSERT INTO gifts (staff_id, received_on, fiscal_year, giver, relation, occasion,"
                                      " description, value_satang, public_offer, created_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {ids.value(g.receiver.simplified()), g.date.toString(Qt::ISODate), calendar::fiscalYearOf(g.date),
                        g.giver.simplified(), g.relation, m_db.bindable(g.occasion.simplified()),
                        m_db.bindable(descriptions.value(i).simplified()), g.valueSatang, g.publicOffer ? 1 : 0, stamp()}))
            return fail(m_db.errorString());
    }
    return tx.commit() || fail(m_db.errorString());
}

std::optional<QList<RegisteredGift>> GiftRegister::gifts(int fiscalYear, const GiftRuleSet& rules)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT g.id, s.name, g.giver, g.occasion, g.received_on, g.relation, g.value_satang,"
                                  " g.public_offer, g.description FROM gifts g JOIN staff s ON s.id = g.staff_id"
                                  " WHERE g.fiscal_year = ? ORDER BY g.received_on, g.id"),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<RegisteredGift> out;
    QList<GiftEntry> entries;
    while (q.next()) {
        RegisteredGift g;
        g.id = q.value(0).toLongLong();
        g.entry = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString(),
                   q.value(6).toLongLong(), q.value(7).toInt() != 0};
        g.description = q.value(8).toString();
        entries << g.entry;
        out << g;
    }
    const QList<GiftJudgement> judged = judge(entries, rules);
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].judgement = judged[i];
    return out;
}

} // namespace sujarit::gifts
