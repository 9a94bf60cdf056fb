// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitteeStore.h"

#include "announcements/AnnouncementStore.h"
#include "calendar/Clock.h"
#include "plan/PlanStore.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace sujarit::committee {

namespace {
struct CommitteeText
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeText)
};

QString now() { return calendar::now().toString(Qt::ISODate); }

int roleRank(const QString& role)
{
    for (qsizetype i = 0; i < roles().size(); ++i)
        if (roles()[i].code == role)
            return int(i);
    return int(roles().size());
}
} // namespace

CommitteeStore::CommitteeStore(storage::Database& db) : m_db(db) {}

bool CommitteeStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CommitteeStore::allowed(access::Permission permission)
{
    return m_db.require(permission) || fail(m_db.errorString());
}

QList<int> CommitteeStore::years()
{
    QList<int> out;
    QSqlQuery q = m_db.query();
    if (m_db.exec(q, QStringLiteral("SELECT fiscal_year FROM committees ORDER BY fiscal_year DESC")))
        while (q.next())
            out << q.value(0).toInt();
    return out;
}

bool CommitteeStore::exists(int fiscalYear)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q, QStringLiteral("SELECT 1 FROM committees WHERE fiscal_year = ?"), {fiscalYear}) && q.next();
}

std::optional<Committee> CommitteeStore::load(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT name, order_number, order_signed_on, order_signed_by FROM committees"
                                     " WHERE fiscal_year = ?"),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(CommitteeText::tr("fiscal year %1 has no ethics committee yet (add its members with “committee add”)")
                 .arg(fiscalYear));
        return std::nullopt;
    }
    Committee c;
    c.fiscalYear = fiscalYear;
    c.name = q.value(0).toString();
    c.orderNumber = q.value(1).toString();
    if (!q.value(2).isNull())
        c.orderSignedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.orderSignedBy = q.value(3).toString();
    if (!m_db.exec(q, QStringLiteral("SELECT m.id, m.staff_id, s.name, s.position, m.role FROM committee_members m"
                                     " JOIN staff s ON s.id = m.staff_id WHERE m.fiscal_year = ? ORDER BY m.position, m.id"),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    while (q.next())
        c.members << Member{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString()};
    std::stable_sort(c.members.begin(), c.members.end(),
                     [](const Member& a, const Member& b) { return roleRank(a.role) < roleRank(b.role); });
    if (!m_db.exec(q, QStringLiteral("SELECT id, goal, plan_activity_id FROM committee_goals WHERE fiscal_year = ?"
                                     " ORDER BY position, id"),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    while (q.next())
        c.goals << Goal{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), {}};
    if (std::any_of(c.goals.begin(), c.goals.end(), [](const Goal& g) { return g.planActivity != 0; }))
        if (const auto p = plan::PlanStore(m_db).load(fiscalYear))
            for (Goal& g : c.goals)
                if (const plan::Activity* a = p->activity(g.planActivity))
                    g.planActivityCode = a->code();
    return c;
}

QString CommitteeStore::checkRoles(const QList<Member>& members) const
{
    for (const char* single : {"chair", "secretary"}) {
        QStringList holders;
        for (const Member& m : members)
            if (m.role == QLatin1String(single))
                holders << m.name;
        if (holders.size() > 1)
            return CommitteeText::tr("role: a committee has one %1, not %2 (%3)")
                .arg(text::labelIn(roles(), QString::fromLatin1(single)).value_or(QString()))
                .arg(holders.size())
                .arg(holders.join(QStringLiteral(", ")));
    }
    return {};
}

bool CommitteeStore::ensure(int fiscalYear, const QString& name)
{
    if (exists(fiscalYear))
        return true;
    return m_db.exec(QStringLiteral("INSERT INTO committees (fiscal_year, name, created_at) VALUES (?, ?, ?)"),
                     {fiscalYear, name.simplified().isEmpty() ? defaultName() : name.simplified(), now()})
        || fail(m_db.errorString());
}

bool CommitteeStore::addMembers(int fiscalYear, const QList<NewMember>& members, const QStringList& places,
                                const QString& name)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    staff::StaffList staffList(m_db);
    const auto everyone = staffList.all();
    if (!everyone)
        return fail(staffList.errorString());
    QHash<QString, const staff::StaffMember*> byName;
    for (const staff::StaffMember& s : *everyone)
        byName.insert(s.name.simplified(), &s);
    QList<Member> all;
    if (exists(fiscalYear)) {
        const auto current = load(fiscalYear);
        if (!current)
            return false;
        all = current->members;
    }
    const qsizetype before = all.size();
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString where = places.value(i, CommitteeText::tr("member %1").arg(i + 1));
        const staff::StaffMember* s = byName.value(members[i].name.simplified());
        const auto role = roleFromText(members[i].role);
        QString why;
        if (members[i].name.simplified().isEmpty())
            why = CommitteeText::tr("name: missing");
        else if (!s)
            why = CommitteeText::tr("name: %1 is not on the staff list (add them with “staff add”)").arg(members[i].name);
        else if (s->leftOn)
            why = CommitteeText::tr("name: %1 left office on %2").arg(s->name, s->leftOn->toString(Qt::ISODate));
        else if (!role)
            why = CommitteeText::tr("role: “%1” is not one of %2").arg(members[i].role, text::codesOf(roles()));
        else if (std::any_of(all.begin(), all.end(), [&](const Member& m) { return m.staffId == s->id; }))
            why = CommitteeText::tr("name: %1 is on the committee of %2 already").arg(s->name).arg(fiscalYear);
        if (!why.isEmpty())
            return fail(QStringLiteral("%1: %2; nothing was added").arg(where, why));
        all << Member{0, s->id, s->name, s->position, *role};
    }
    if (const QString why = checkRoles(all); !why.isEmpty())
        return fail(why + CommitteeText::tr("; nothing was added"));
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive() || !ensure(fiscalYear, name))
        return fail(m_error.isEmpty() ? m_db.errorString() : m_error);
    for (qsizetype i = before; i < all.size(); ++i)
        if (!m_db.exec(QStringLiteral("INSERT INTO committee_members (fiscal_year, staff_id, role, position, created_at)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {fiscalYear, all[i].staffId, all[i].role, int(i) + 1, now()}))
            return fail(m_db.errorString());
    return tx.commit() || fail(m_db.errorString());
}

bool CommitteeStore::setRole(int fiscalYear, const QString& member, const QString& role)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    auto c = load(fiscalYear);
    if (!c)
        return false;
    const auto code = roleFromText(role);
    if (!code)
        return fail(CommitteeText::tr("role: “%1” is not one of %2").arg(role, text::codesOf(roles())));
    auto it = std::find_if(c->members.begin(), c->members.end(),
                           [&](const Member& m) { return m.name.simplified() == member.simplified(); });
    if (it == c->members.end())
        return fail(CommitteeText::tr("%1 is not on the committee of %2").arg(member).arg(fiscalYear));
    it->role = *code;
    if (const QString why = checkRoles(c->members); !why.isEmpty())
        return fail(why);
    return m_db.exec(QStringLiteral("UPDATE committee_members SET role = ? WHERE id = ?"), {*code, it->id})
        || fail(m_db.errorString());
}

bool CommitteeStore::removeMember(int fiscalYear, const QString& member)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto c = load(fiscalYear);
    if (!c)
        return false;
    const Member* m = c->member(member);
    if (!m)
        return fail(CommitteeText::tr("%1 is not on the committee of %2").arg(member).arg(fiscalYear));
    return m_db.exec(QStringLiteral("DELETE FROM committee_members WHERE id = ?"), {m->id}) || fail(m_db.errorString());
}

bool CommitteeStore::rename(int fiscalYear, const QString& name)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (name.simplified().isEmpty())
        return fail(CommitteeText::tr("name: the committee's name is missing"));
    if (!exists(fiscalYear))
        return fail(CommitteeText::tr("fiscal year %1 has no ethics committee yet (add its members with “committee add”)")
                        .arg(fiscalYear));
    return m_db.exec(QStringLiteral("UPDATE committees SET name = ? WHERE fiscal_year = ?"), {name.simplified(), fiscalYear})
        || fail(m_db.errorString());
}

bool CommitteeStore::addGoals(int fiscalYear, const QList<NewGoal>& goals, const QStringList& places)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (!exists(fiscalYear))
        return fail(CommitteeText::tr("fiscal year %1 has no ethics committee yet (add its members with “committee add”)")
                        .arg(fiscalYear));
    std::optional<plan::Plan> p;
    QList<qint64> activities;
    for (qsizetype i = 0; i < goals.size(); ++i) {
        const QString where = places.value(i, CommitteeText::tr("goal %1").arg(i + 1));
        if (goals[i].goal.simplified().isEmpty())
            return fail(CommitteeText::tr("%1: goal: the text is missing; nothing was added").arg(where));
        qint64 activity = 0;
        if (!goals[i].planActivity.trimmed().isEmpty()) {
            if (!p) {
                plan::PlanStore plans(m_db);
                p = plans.load(fiscalYear);
                if (!p)
                    return fail(QStringLiteral("%1: plan_activity: %2; nothing was added").arg(where, plans.errorString()));
            }
            const plan::Activity* a = p->findActivity(goals[i].planActivity.trimmed());
            if (!a)
                return fail(CommitteeText::tr("%1: plan_activity: the plan of %2 has no activity %3; nothing was added")
                                .arg(where)
                                .arg(fiscalYear)
                                .arg(goals[i].planActivity));
            activity = a->id;
        }
        activities << activity;
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (qsizetype i = 0; i < goals.size(); ++i)
        if (!m_db.exec(QStringLiteral("INSERT INTO committee_goals (fiscal_year, goal, plan_activity_id, position, created_at)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {fiscalYear, goals[i].goal.simplified(),
                        activities[i] ? QVariant(activities[i]) : QVariant(), int(i) + 1,
                        now()}))
            return fail(m_db.errorString());
    return tx.commit() || fail(m_db.errorString());
}

bool CommitteeStore::removeGoal(int fiscalYear, qint64 id)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM committee_goals WHERE id = ? AND fiscal_year = ?"), {id, fiscalYear}))
        return fail(m_db.errorString());
    if (!q.next())
        return fail(CommitteeText::tr("the committee of %1 has no goal %2").arg(fiscalYear).arg(id));
    return m_db.exec(QStringLiteral("DELETE FROM committee_goals WHERE id = ?"), {id}) || fail(m_db.errorString());
}

bool CommitteeStore::recordOrder(int fiscalYear, const QString& number, QDate signedOn, const QString& by)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto c = load(fiscalYear);
    if (!c)
        return false;
    static const QRegularExpression shape(QStringLiteral("^[0-9๐-๙]{1,5}\\s*/\\s*[0-9๐-๙]{4}$"));
    if (!shape.match(number.trimmed()).hasMatch())
        return fail(CommitteeText::tr("number: “%1” is not an order's number such as 12/2569").arg(number));
    if (c->members.isEmpty())
        return fail(CommitteeText::tr("the committee of %1 has no members yet: an order appoints someone").arg(fiscalYear));
    QString why;
    if (!announcements::signerTitle(m_db, by, signedOn, &why))
        return fail(why);
    return m_db.exec(QStringLiteral("UPDATE committees SET order_number = ?, order_signed_on = ?, order_signed_by = ?"
                                    " WHERE fiscal_year = ?"),
                     {number.simplified().remove(u' '), signedOn.toString(Qt::ISODate), by.simplified(), fiscalYear})
        || fail(m_db.errorString());
}

} // namespace sujarit::committee
