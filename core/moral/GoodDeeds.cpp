// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoodDeeds.h"

#include "MoralTerms.h"
#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace sujarit::moral {

namespace {
struct DeedText
{
    Q_DECLARE_TR_FUNCTIONS(DeedText)
};
const QString Owner = QStringLiteral("good_deed");

QList<std::pair<QString, int>> ranked(const QHash<QString, int>& counts)
{
    QList<std::pair<QString, int>> out(counts.keyValueBegin(), counts.keyValueEnd());
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}
} // namespace

DeedCounts countDeeds(const QList<GoodDeed>& deeds)
{
    QHash<QString, int> person, division, virtue;
    for (const GoodDeed& d : deeds) {
        ++person[d.staff];
        ++division[d.division.isEmpty() ? QStringLiteral("(ไม่ระบุสังกัด)") : d.division];
        ++virtue[d.virtue];
    }
    return {ranked(person), ranked(division), ranked(virtue)};
}

bool DeedStore::add(QList<GoodDeed>& deeds, const QStringList& places, std::optional<int> fiscalYear)
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
    QList<qint64> ids;
    for (qsizetype i = 0; i < deeds.size(); ++i) {
        GoodDeed& d = deeds[i];
        const QString where = places.value(i, DeedText::tr("deed %1").arg(i + 1));
        const staff::StaffMember* s = byName.value(d.staff.simplified());
        QString why;
        if (d.staff.simplified().isEmpty())
            why = DeedText::tr("staff: missing");
        else if (!s)
            why = DeedText::tr("staff: %1 is not on the staff list (add them with “staff add”)").arg(d.staff);
        else if (!d.date.isValid())
            why = DeedText::tr("date: missing");
        else if (d.date > calendar::now().date())
            why = DeedText::tr("date: %1 is after today; record a deed once it is done").arg(calendar::formatThaiDate(d.date));
        else if (fiscalYear && calendar::fiscalYearOf(d.date) != *fiscalYear)
            why = DeedText::tr("date: %1 is not in fiscal year %2 (%3 – %4)")
                      .arg(calendar::formatThaiDate(d.date))
                      .arg(*fiscalYear)
                      .arg(calendar::formatThaiDate(calendar::fiscalYearStart(*fiscalYear)),
                           calendar::formatThaiDate(calendar::fiscalYearEnd(*fiscalYear)));
        else if (s->leftOn && d.date > *s->leftOn)
            why = DeedText::tr("date: %1 left office on %2").arg(s->name, calendar::formatThaiDate(*s->leftOn));
        else if (d.deed.trimmed().isEmpty())
            why = DeedText::tr("deed: missing (what was done)");
        else if (d.virtue.simplified().isEmpty())
            why = DeedText::tr("virtue: missing");
        else if (d.certifiedBy.simplified().isEmpty())
            why = DeedText::tr("certified_by: missing (who certifies it)");
        if (!why.isEmpty())
            return fail(DeedText::tr("%1: %2; nothing was added").arg(where, why));
        d.staff = s->name;
        d.division = s->division;
        d.virtue = virtueName(d.virtue);
        d.fiscalYear = calendar::fiscalYearOf(d.date);
        ids << s->id;
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (qsizetype i = 0; i < deeds.size(); ++i) {
        GoodDeed& d = deeds[i];
        const auto id = m_db.insert(
            QStringLiteral("INSERT INTO good_deeds (fiscal_year, staff_id, done_on, deed, virtue, place, certified_by,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {d.fiscalYear, ids[i], d.date.toString(Qt::ISODate), d.deed.trimmed(), d.virtue, d.place.simplified(),
             d.certifiedBy.simplified(), stamp()});
        if (!id)
            return fail(m_db.errorString());
        d.id = *id;
    }
    return tx.commit() || fail(m_db.errorString());
}

std::optional<QList<GoodDeed>> DeedStore::list(int fiscalYear, const QString& staff)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT d.id, d.fiscal_year, s.name, s.division, d.done_on, d.deed, d.virtue, d.place,"
                                  " d.certified_by FROM good_deeds d JOIN staff s ON s.id = d.staff_id"
                                  " WHERE d.fiscal_year = ? ORDER BY d.done_on, d.id"),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<GoodDeed> out;
    while (q.next()) {
        GoodDeed d{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                   QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString(), q.value(6).toString(),
                   q.value(7).toString(), q.value(8).toString()};
        if (staff.isEmpty() || d.staff.simplified() == staff.simplified())
            out << d;
    }
    if (!staff.isEmpty() && out.isEmpty()) {
        staff::StaffList staffList(m_db);
        if (!staffList.find(staff)) {
            fail(DeedText::tr("staff: %1 is not on the staff list").arg(staff));
            return std::nullopt;
        }
    }
    return out;
}

bool DeedStore::exists(qint64 deed)
{
    QSqlQuery q = m_db.query();
    if (m_db.exec(q, QStringLiteral("SELECT 1 FROM good_deeds WHERE id = ?"), {deed}) && q.next())
        return true;
    return fail(DeedText::tr("there is no good deed %1").arg(deed));
}

bool DeedStore::remove(qint64 id)
{
    if (!allowed(access::Permission::ManageIntegrity) || !exists(id))
        return false;
    storage::Database::Transaction tx(m_db);
    const bool ok = tx.isActive() && m_db.exec(QStringLiteral("DELETE FROM good_deeds WHERE id = ?"), {id});
    return (ok && tx.commit()) || fail(m_db.errorString());
}

std::optional<risks::EvidenceFiles::File> DeedStore::addEvidence(qint64 deed, const QString& fileName,
                                                                 const QByteArray& data)
{
    if (!exists(deed))
        return std::nullopt;
    return keepEvidence(Owner, deed, 0, fileName, data);
}

std::optional<QList<risks::EvidenceFiles::File>> DeedStore::evidence(qint64 deed) { return listEvidence(Owner, deed); }

std::optional<QByteArray> DeedStore::evidenceData(qint64 deed, qint64 file) { return evidenceBytes(Owner, deed, file); }

} // namespace sujarit::moral
