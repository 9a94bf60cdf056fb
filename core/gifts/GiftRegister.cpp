// SPDX-License-Identifier: GPL-3.0-or-later
#include "GiftRegister.h"

#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace sujarit::gifts {

namespace {
struct RegisterText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterText)
};
QString stamp()
{
    return calendar::now().toString(Qt::ISODate);
}
QString thaiDay(QDate d)
{
    return calendar::formatThaiDate(d, calendar::DateStyle::Long);
}
} // namespace

const QList<Relation>& giftDecisions()
{
    static const QList<Relation> list = {
        { QStringLiteral("keep"), QStringLiteral("อนุญาตให้รับไว้เป็นสิทธิของผู้รับ") },
        { QStringLiteral("return"), QStringLiteral("ให้ส่งคืนแก่ผู้ให้") },
        { QStringLiteral("hand_over"), QStringLiteral("ให้ส่งมอบเป็นสิทธิของหน่วยงาน") },
    };
    return list;
}

std::optional<QString> giftDecisionLabel(const QString& code)
{
    for (const Relation& d : giftDecisions())
        if (d.code == code)
            return d.label;
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

bool GiftRegister::allowed(access::Permission permission)
{
    return m_db.require(permission) || fail(m_db.errorString());
}

bool GiftRegister::addGifts(QList<RegisteredGift>& gifts, const QStringList& places)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    staff::StaffList staffList(m_db);
    const auto members = staffList.all();
    if (!members)
        return fail(staffList.errorString());
    QHash<QString, staff::StaffMember> byName;
    for (const staff::StaffMember& m : *members)
        byName.insert(m.name, m);
    for (qsizetype i = 0; i < gifts.size(); ++i) {
        const QString where = places.value(i, RegisterText::tr("gift %1").arg(i + 1));
        GiftEntry& g = gifts[i].entry;
        if (const QString why = validate(g); !why.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(where, why));
        const auto member = byName.constFind(g.receiver.simplified());
        if (member == byName.constEnd())
            return fail(RegisterText::tr("%1: receiver: %2 is not on the staff list (add them with “staff add”)")
                            .arg(where, g.receiver.simplified()));
        if (!member->boundOn(g.date))
            return fail(RegisterText::tr("%1: receiver: %2 left office on %3, more than two years before the gift; the "
                                         "gift rule no longer applies and the register does not record it")
                            .arg(where, member->name, thaiDay(*member->leftOn)));
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    QSqlQuery q = m_db.query();
    for (RegisteredGift& r : gifts) {
        const GiftEntry& g = r.entry;
        const auto id = m_db.insert(
                QStringLiteral("INSERT INTO gifts (staff_id, received_on, fiscal_year, giver, relation, occasion,"
                               " description, value_satang, public_offer, accepted, disposition, created_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { byName.value(g.receiver.simplified()).id, g.date.toString(Qt::ISODate),
                  calendar::fiscalYearOf(g.date), g.giver.simplified(), g.relation,
                  m_db.bindable(g.occasion.simplified()), m_db.bindable(r.description.simplified()), g.valueSatang,
                  g.publicOffer ? 1 : 0, g.accepted ? 1 : 0, m_db.bindable(r.disposition.simplified()), stamp() });
        if (!id)
            return fail(m_db.errorString());
        r.id = *id;
    }
    return tx.commit() || fail(m_db.errorString());
}

bool GiftRegister::decide(qint64 id, GiftDecision decision, const GiftRuleSet& rules)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT fiscal_year FROM gifts WHERE id = ?"), { id }))
        return fail(m_db.errorString());
    if (!q.next())
        return fail(RegisterText::tr("there is no gift %1").arg(id));
    const auto year = gifts(q.value(0).toInt(), rules);
    if (!year)
        return false;
    const auto gift = std::find_if(year->cbegin(), year->cend(), [id](const RegisteredGift& g) { return g.id == id; });
    const QString where = RegisterText::tr("gift %1").arg(id);
    if (gift == year->cend())
        return fail(RegisterText::tr("there is no gift %1").arg(id));
    if (gift->judgement.verdict != Verdict::MustReport)
        return fail(RegisterText::tr("%1: the rule lets the receiver keep it (%2); the head decides only on gifts that "
                                     "must be reported")
                        .arg(where, verdictLabel(gift->judgement.verdict)));
    if (!giftDecisionLabel(decision.decision)) {
        QStringList codes;
        for (const Relation& d : giftDecisions())
            codes << d.code;
        return fail(RegisterText::tr("%1: decision: “%2” is not one of %3")
                        .arg(where, decision.decision, codes.join(QStringLiteral(", "))));
    }
    if (!decision.date.isValid())
        return fail(RegisterText::tr("%1: date: the day of the decision is missing or impossible").arg(where));
    if (decision.date < gift->entry.date)
        return fail(RegisterText::tr("%1: date: the decision (%2) is before the gift was received (%3)")
                        .arg(where, thaiDay(decision.date), thaiDay(gift->entry.date)));
    if (decision.date > calendar::now().date())
        return fail(RegisterText::tr("%1: date: %2 is in the future").arg(where, thaiDay(decision.date)));
    if (decision.by.simplified().isEmpty())
        return fail(RegisterText::tr("%1: by: the head who decided is missing").arg(where));
    decision.ruleVersion = rules.version;
    return m_db.exec(
               QStringLiteral("UPDATE gifts SET decision = ?, decided_on = ?, decided_by = ?, decision_reason = ?,"
                              " decision_rule_version = ? WHERE id = ?"),
               { decision.decision, decision.date.toString(Qt::ISODate), decision.by.simplified(),
                 m_db.bindable(decision.reason.trimmed()), decision.ruleVersion, id })
        || fail(m_db.errorString());
}

std::optional<QList<RegisteredGift>> GiftRegister::gifts(int fiscalYear, const GiftRuleSet& rules)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT g.id, s.name, g.giver, g.occasion, g.received_on, g.relation, g.value_satang,"
                                  " g.public_offer, g.accepted, s.left_on, g.description, g.disposition, g.decision,"
                                  " g.decided_on, g.decided_by, g.decision_reason, g.decision_rule_version, s.position"
                                  " FROM gifts g JOIN staff s ON s.id = g.staff_id"
                                  " WHERE g.fiscal_year = ? ORDER BY g.received_on, g.id"),
                   { fiscalYear })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<RegisteredGift> out;
    QList<GiftEntry> entries;
    while (q.next()) {
        RegisteredGift g;
        g.id = q.value(0).toLongLong();
        g.entry = { q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toString(),
                    QDate::fromString(q.value(4).toString(), Qt::ISODate),
                    q.value(5).toString(),
                    q.value(6).toLongLong(),
                    q.value(7).toInt() != 0,
                    q.value(8).toInt() != 0,
                    std::nullopt };
        if (const QDate left = QDate::fromString(q.value(9).toString(), Qt::ISODate);
            left.isValid() && left < g.entry.date)
            g.entry.receiverLeftOn = left;
        g.description = q.value(10).toString();
        g.disposition = q.value(11).toString();
        g.decision = { q.value(12).toString(), QDate::fromString(q.value(13).toString(), Qt::ISODate),
                       q.value(14).toString(), q.value(15).toString(), q.value(16).toString() };
        g.receiverPosition = q.value(17).toString();
        entries << g.entry;
        out << g;
    }
    const QList<GiftJudgement> judged = judge(entries, rules);
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].judgement = judged[i];
    return out;
}

} // namespace sujarit::gifts
