// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectionStore.h"

#include "BestPractice.h"
#include "GoodDeeds.h"
#include "announcements/AnnouncementStore.h"
#include "calendar/ThaiDate.h"
#include "committee/CommitteeStore.h"
#include "complaints/Recusal.h"
#include "conflicts/Declarations.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sujarit::moral {

namespace {
struct SelectionText
{
    Q_DECLARE_TR_FUNCTIONS(SelectionText)
};

QString criteriaJson(const QList<SelectionCriterion>& criteria)
{
    QJsonArray out;
    for (const SelectionCriterion& c : criteria)
        out.append(QJsonObject{{QStringLiteral("name"), c.name},
                               {QStringLiteral("weight"), c.weight},
                               {QStringLiteral("max"), c.max}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<SelectionCriterion> criteriaFromJson(const QString& json)
{
    QList<SelectionCriterion> out;
    for (const QJsonValue v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << SelectionCriterion{v[QStringLiteral("name")].toString(), v[QStringLiteral("weight")].toDouble(1),
                                  v[QStringLiteral("max")].toInt(10)};
    return out;
}

/** Why \a member may not score \a nominee, from the declarations both made; empty when nothing ties them. */
QString tie(const QList<conflicts::Declaration>& declarations, const QString& other, bool declarantIsMember)
{
    const QString wanted = complaints::comparableName(other);
    for (const conflicts::Declaration& d : declarations) {
        if (d.review.decision == QLatin1String("no_conflict"))
            continue;
        for (const conflicts::Party& p : d.parties)
            if (p.relation != QLatin1String("none") && complaints::comparableName(p.name) == wanted)
                return QStringLiteral("%1แจ้งว่า %2 เป็น%3 (แบบแจ้งเลขที่ %4 ลงวันที่ %5)")
                    .arg(declarantIsMember ? QStringLiteral("กรรมการ") : QStringLiteral("ผู้ถูกเสนอชื่อ"), p.name,
                         text::labelIn(conflicts::partyRelations(), p.relation).value_or(p.relation))
                    .arg(d.id)
                    .arg(calendar::formatThaiDate(d.date, calendar::DateStyle::Abbreviated));
    }
    return {};
}
} // namespace

int criterionNumber(const QList<SelectionCriterion>& criteria, const QString& key)
{
    bool isNumber = false;
    const int n = key.toInt(&isNumber);
    if (isNumber)
        return n >= 1 && n <= criteria.size() ? n : 0;
    for (qsizetype i = 0; i < criteria.size(); ++i)
        if (criteria[i].name.simplified() == key.simplified())
            return int(i) + 1;
    return 0;
}

bool SelectionStore::create(int fiscalYear, const QString& kind, const QList<SelectionCriterion>& given)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (!text::findCode(selectionKinds(), kind))
        return fail(SelectionText::tr("kind: “%1” is not one of %2").arg(kind, text::codesOf(selectionKinds())));
    const QList<SelectionCriterion> criteria = given.isEmpty() ? defaultSelectionCriteria() : given;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const SelectionCriterion& c = criteria[i];
        QString why;
        if (c.name.simplified().isEmpty())
            why = SelectionText::tr("name: missing");
        else if (!(c.weight > 0) || c.weight > 100)
            why = SelectionText::tr("weight: %1 is not more than 0 and at most 100").arg(c.weight);
        else if (c.max < 1 || c.max > 100)
            why = SelectionText::tr("max: %1 is not a whole number from 1 to 100").arg(c.max);
        if (!why.isEmpty())
            return fail(SelectionText::tr("criterion %1: %2; nothing was made").arg(i + 1).arg(why));
    }
    const auto existing = idOf(fiscalYear, kind);
    if (existing)
        return fail(SelectionText::tr("fiscal year %1 has its selection of %2 already")
                        .arg(fiscalYear)
                        .arg(text::labelIn(selectionKinds(), kind).value_or(kind)));
    storage::Database::Transaction tx(m_db);
    const bool ok = tx.isActive()
        && m_db.exec(QStringLiteral("INSERT INTO selections (fiscal_year, kind, criteria, created_at) VALUES (?, ?, ?, ?)"),
                     {fiscalYear, kind, criteriaJson(criteria), stamp()});
    return (ok && tx.commit()) || fail(m_db.errorString());
}

std::optional<qint64> SelectionStore::idOf(int fiscalYear, const QString& kind)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM selections WHERE fiscal_year = ? AND kind = ?"), {fiscalYear, kind})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(SelectionText::tr("fiscal year %1 has no selection of %2 yet (open it with “selection new”)")
                 .arg(fiscalYear)
                 .arg(text::labelIn(selectionKinds(), kind).value_or(kind)));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<QList<OpenedSelection>> SelectionStore::opened(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT s.kind, s.announced_on, COUNT(n.id) FROM selections s LEFT JOIN selection_nominees n"
                                  " ON n.selection_id = s.id WHERE s.fiscal_year = ? GROUP BY s.id, s.kind, s.announced_on"
                                  " ORDER BY s.kind DESC"),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<OpenedSelection> out;
    while (q.next()) {
        OpenedSelection o{q.value(0).toString(), q.value(2).toInt(), std::nullopt};
        if (!q.value(1).isNull())
            o.announcedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        out << o;
    }
    return out;
}

std::optional<Selection> SelectionStore::load(int fiscalYear, const QString& kind)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    const auto id = idOf(fiscalYear, kind);
    if (!id)
        return std::nullopt;
    Selection s;
    s.id = *id;
    s.fiscalYear = fiscalYear;
    s.kind = kind;
    QSqlQuery q = m_db.query();
    const auto failed = [&] {
        fail(m_db.errorString());
        return std::nullopt;
    };
    if (!m_db.exec(q, QStringLiteral("SELECT criteria, announced_on, announced_by FROM selections WHERE id = ?"), {s.id})
        || !q.next())
        return failed();
    s.criteria = criteriaFromJson(q.value(0).toString());
    if (!q.value(1).isNull())
        s.announcedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    s.announcedBy = q.value(2).toString();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT n.id, n.staff_id, s.name, s.position, s.division, n.division, n.reason"
                                  " FROM selection_nominees n LEFT JOIN staff s ON s.id = n.staff_id"
                                  " WHERE n.selection_id = ? ORDER BY n.id"),
                   {s.id}))
        return failed();
    while (q.next()) {
        const bool person = !q.value(1).isNull();
        s.nominees << Nominee{q.value(0).toLongLong(), q.value(1).toLongLong(),
                              person ? q.value(2).toString() : q.value(5).toString(), q.value(3).toString(),
                              person ? q.value(4).toString() : q.value(5).toString(), q.value(6).toString()};
    }
    if (!m_db.exec(q,
                   QStringLiteral("SELECT x.nominee_id, x.member_id, x.criterion, x.score FROM selection_scores x"
                                  " JOIN selection_nominees n ON n.id = x.nominee_id WHERE n.selection_id = ?"),
                   {s.id}))
        return failed();
    while (q.next())
        s.scores << Score{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt()};
    committee::CommitteeStore committees(m_db);
    if (committees.exists(fiscalYear)) {
        const auto c = committees.load(fiscalYear);
        if (!c) {
            fail(committees.errorString());
            return std::nullopt;
        }
        staff::StaffList staffList(m_db);
        const auto everyone = staffList.all();
        if (!everyone) {
            fail(staffList.errorString());
            return std::nullopt;
        }
        QHash<qint64, QString> divisionOf;
        for (const staff::StaffMember& x : *everyone)
            divisionOf.insert(x.id, x.division.simplified());
        // Every declaration, read once, by its declarant: ties to kin do not end with a fiscal year.
        conflicts::DeclarationRegister declarations(m_db);
        const auto all = declarations.list(std::nullopt);
        if (!all) {
            fail(declarations.errorString());
            return std::nullopt;
        }
        QHash<QString, QList<conflicts::Declaration>> byDeclarant;
        for (const conflicts::Declaration& d : *all)
            if (!d.parties.isEmpty())
                byDeclarant[complaints::comparableName(d.declarant)] << d;
        for (const committee::Member& m : c->members) {
            s.scorers << Scorer{m.staffId, m.name, m.position, m.role};
            const QList<conflicts::Declaration> own = byDeclarant.value(complaints::comparableName(m.name));
            for (const Nominee& n : s.nominees) {
                QString why;
                if (n.staffId != 0 && n.staffId == m.staffId)
                    why = QStringLiteral("กรรมการเป็นผู้ถูกเสนอชื่อเอง");
                else if (n.staffId == 0 && divisionOf.value(m.staffId) == n.division.simplified())
                    why = QStringLiteral("กรรมการสังกัด%1 ที่ถูกเสนอชื่อ").arg(n.division);
                else if (n.staffId != 0) {
                    why = tie(own, n.name, true);
                    if (why.isEmpty())
                        why = tie(byDeclarant.value(complaints::comparableName(n.name)), m.name, false);
                }
                if (!why.isEmpty())
                    s.recusals << Recusal{m.staffId, n.id, why};
            }
        }
    }
    DeedStore deedStore(m_db);
    if (const auto deeds = deedStore.list(fiscalYear)) {
        QHash<QString, int> byName;
        for (const GoodDeed& d : *deeds)
            ++byName[d.staff];
        for (const Nominee& n : s.nominees)
            if (n.staffId != 0)
                s.deeds.insert(n.id, byName.value(n.name));
    }
    return s;
}

bool SelectionStore::open(const Selection& s)
{
    if (s.announcedOn)
        return fail(SelectionText::tr("the result of %1 was announced on %2; it is not changed after")
                        .arg(s.title(), calendar::formatThaiDate(*s.announcedOn)));
    return true;
}

bool SelectionStore::nominate(int fiscalYear, const QString& kind, const QList<NewNominee>& nominees,
                              const QStringList& places)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto s = load(fiscalYear, kind);
    if (!s || !open(*s))
        return false;
    staff::StaffList staffList(m_db);
    const auto everyone = staffList.all();
    if (!everyone)
        return fail(staffList.errorString());
    QString error;
    const auto knownDivisions = divisions(m_db, &error);
    if (!knownDivisions)
        return fail(error);
    QStringList taken;
    for (const Nominee& n : s->nominees)
        taken << n.name.simplified();
    QList<std::pair<qint64, QString>> rows; // staff id (0 for a division), division
    for (qsizetype i = 0; i < nominees.size(); ++i) {
        const QString name = nominees[i].name.simplified();
        const QString where = places.value(i, SelectionText::tr("nominee %1").arg(i + 1));
        QString why;
        const staff::StaffMember* person = nullptr;
        for (const staff::StaffMember& x : *everyone)
            if (x.name.simplified() == name)
                person = &x;
        if (name.isEmpty())
            why = SelectionText::tr("name: missing");
        else if (kind == QLatin1String("official") && !person)
            why = SelectionText::tr("name: %1 is not on the staff list").arg(name);
        else if (kind == QLatin1String("official") && person->leftOn)
            why = SelectionText::tr("name: %1 left office on %2").arg(name, calendar::formatThaiDate(*person->leftOn));
        else if (kind == QLatin1String("division") && !knownDivisions->contains(name))
            why = SelectionText::tr("name: “%1” is not a division of the staff list (%2)")
                      .arg(name, knownDivisions->join(QStringLiteral(", ")));
        else if (taken.contains(name))
            why = SelectionText::tr("name: %1 is nominated already").arg(name);
        if (!why.isEmpty())
            return fail(SelectionText::tr("%1: %2; nobody was nominated").arg(where, why));
        taken << name;
        rows << std::pair{person && kind == QLatin1String("official") ? person->id : 0, name};
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (!m_db.exec(QStringLiteral("INSERT INTO selection_nominees (selection_id, staff_id, division, reason, created_at)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {s->id, rows[i].first ? QVariant(rows[i].first) : QVariant(),
                        rows[i].first ? QString() : rows[i].second, nominees[i].reason.trimmed(), stamp()}))
            return fail(m_db.errorString());
    return tx.commit() || fail(m_db.errorString());
}

bool SelectionStore::withdraw(int fiscalYear, const QString& kind, const QString& name)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto s = load(fiscalYear, kind);
    if (!s || !open(*s))
        return false;
    for (const Nominee& n : s->nominees)
        if (n.name.simplified() == name.simplified()) {
            storage::Database::Transaction tx(m_db);
            const bool ok = tx.isActive()
                && m_db.exec(QStringLiteral("DELETE FROM selection_scores WHERE nominee_id = ?"), {n.id})
                && m_db.exec(QStringLiteral("DELETE FROM selection_nominees WHERE id = ?"), {n.id});
            return (ok && tx.commit()) || fail(m_db.errorString());
        }
    return fail(SelectionText::tr("name: %1 is not a nominee of %2").arg(name, s->title()));
}

bool SelectionStore::score(int fiscalYear, const QString& kind, const QList<Sheet>& sheets, const QStringList& places)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto s = load(fiscalYear, kind);
    if (!s || !open(*s))
        return false;
    if (s->scorers.isEmpty())
        return fail(SelectionText::tr("member: fiscal year %1 has no ethics committee to score (add its members with "
                                      "“committee add”); nothing was scored")
                        .arg(fiscalYear));
    QList<std::pair<qint64, qint64>> who; // member, nominee
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const Sheet& sheet = sheets[i];
        const QString where = places.value(i, SelectionText::tr("sheet %1").arg(i + 1));
        const auto refuse = [&](const QString& why) {
            return fail(SelectionText::tr("%1: %2; nothing was scored").arg(where, why));
        };
        const Scorer* m = nullptr;
        for (const Scorer& x : s->scorers)
            if (x.name.simplified() == sheet.member.simplified())
                m = &x;
        const Nominee* n = nullptr;
        for (const Nominee& x : s->nominees)
            if (x.name.simplified() == sheet.nominee.simplified())
                n = &x;
        if (!m)
            return refuse(SelectionText::tr("member: %1 is not on the ethics committee of %2").arg(sheet.member).arg(fiscalYear));
        if (!n)
            return refuse(SelectionText::tr("nominee: %1 is not a nominee of %2").arg(sheet.nominee, s->title()));
        if (const Recusal* r = s->recusal(m->staffId, n->id))
            return refuse(SelectionText::tr("member: %1 may not score %2 (%3)").arg(m->name, n->name, r->reason));
        if (sheet.scores.isEmpty())
            return refuse(SelectionText::tr("scores: none given"));
        for (auto it = sheet.scores.constBegin(); it != sheet.scores.constEnd(); ++it) {
            if (it.key() < 1 || it.key() > s->criteria.size())
                return refuse(SelectionText::tr("scores: criterion %1 is not one of the %2 criteria")
                                  .arg(it.key())
                                  .arg(s->criteria.size()));
            const SelectionCriterion& c = s->criteria[it.key() - 1];
            if (it.value() < 0 || it.value() > c.max)
                return refuse(SelectionText::tr("scores: criterion %1: %2 is outside 0 to %3")
                                  .arg(it.key())
                                  .arg(it.value())
                                  .arg(c.max));
        }
        who << std::pair{m->staffId, n->id};
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (qsizetype i = 0; i < sheets.size(); ++i)
        for (auto it = sheets[i].scores.constBegin(); it != sheets[i].scores.constEnd(); ++it)
            if (!m_db.exec(QStringLiteral("DELETE FROM selection_scores WHERE nominee_id = ? AND member_id = ? AND criterion = ?"),
                           {who[i].second, who[i].first, it.key()})
                || !m_db.exec(QStringLiteral("INSERT INTO selection_scores (nominee_id, member_id, criterion, score,"
                                             " scored_at) VALUES (?, ?, ?, ?, ?)"),
                              {who[i].second, who[i].first, it.key(), it.value(), stamp()}))
                return fail(m_db.errorString());
    return tx.commit() || fail(m_db.errorString());
}

bool SelectionStore::announce(int fiscalYear, const QString& kind, const QString& by, QDate day)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto s = load(fiscalYear, kind);
    if (!s || !open(*s))
        return false;
    if (s->nominees.isEmpty())
        return fail(SelectionText::tr("%1 has no nominee yet; there is no result to announce").arg(s->title()));
    for (const Standing& st : standings(*s))
        if (!st.complete())
            return fail(SelectionText::tr("%1 is scored by %2 of the %3 members who may score it; the result is "
                                          "announced once every sheet is in")
                            .arg(st.nominee.name)
                            .arg(st.sheets)
                            .arg(st.scorers));
    QString why;
    if (!announcements::signerTitle(m_db, by, day, &why))
        return fail(why);
    storage::Database::Transaction tx(m_db);
    const bool ok = tx.isActive()
        && m_db.exec(QStringLiteral("UPDATE selections SET announced_on = ?, announced_by = ? WHERE id = ?"),
                     {day.toString(Qt::ISODate), by.simplified(), s->id});
    return (ok && tx.commit()) || fail(m_db.errorString());
}

} // namespace sujarit::moral
