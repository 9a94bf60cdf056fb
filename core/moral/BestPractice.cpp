// SPDX-License-Identifier: GPL-3.0-or-later
#include "BestPractice.h"

#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sujarit::moral {

namespace {
struct PracticeText
{
    Q_DECLARE_TR_FUNCTIONS(PracticeText)
};
const QString Owner = QStringLiteral("best_practice");
} // namespace

std::optional<QStringList> divisions(storage::Database& db, QString* error)
{
    staff::StaffList staffList(db);
    const auto everyone = staffList.all();
    if (!everyone) {
        if (error)
            *error = staffList.errorString();
        return std::nullopt;
    }
    QStringList out;
    for (const staff::StaffMember& s : *everyone)
        if (!s.division.simplified().isEmpty() && !out.contains(s.division.simplified()))
            out << s.division.simplified();
    out.sort();
    return out;
}

QString BestPracticeStore::check(const BestPractice& p)
{
    QString error;
    const auto known = divisions(m_db, &error);
    if (!known)
        return error;
    if (p.division.simplified().isEmpty())
        return PracticeText::tr("division: missing");
    if (!known->contains(p.division.simplified()))
        return PracticeText::tr("division: “%1” is not a division of the staff list (%2)")
            .arg(p.division, known->isEmpty() ? PracticeText::tr("it names none") : known->join(QStringLiteral(", ")));
    if (p.title.simplified().isEmpty())
        return PracticeText::tr("title: missing");
    if (p.steps.trimmed().isEmpty())
        return PracticeText::tr("steps: missing (what was done, step by step)");
    if (p.results.trimmed().isEmpty())
        return PracticeText::tr("results: missing");
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM best_practices WHERE fiscal_year = ? AND division = ? AND title = ?"),
                   {p.fiscalYear, p.division.simplified(), p.title.simplified()}))
        return m_db.errorString();
    if (q.next() && q.value(0).toLongLong() != p.id)
        return PracticeText::tr("title: %1 has “%2” for %3 already").arg(p.division, p.title).arg(p.fiscalYear);
    return {};
}

bool BestPracticeStore::add(BestPractice& p)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (const QString why = check(p); !why.isEmpty())
        return fail(why + PracticeText::tr("; nothing was added"));
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    const auto id = m_db.insert(
        QStringLiteral("INSERT INTO best_practices (fiscal_year, division, title, background, steps, results, factors,"
                       " lessons, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.fiscalYear, p.division.simplified(), p.title.simplified(), p.background.trimmed(), p.steps.trimmed(),
         p.results.trimmed(), p.factors.trimmed(), p.lessons.trimmed(), stamp()});
    if (!id)
        return fail(m_db.errorString());
    p.id = *id;
    return tx.commit() || fail(m_db.errorString());
}

bool BestPracticeStore::update(const BestPractice& given)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto old = find(given.id);
    if (!old)
        return false;
    BestPractice p = given;
    p.fiscalYear = old->fiscalYear;
    if (const QString why = check(p); !why.isEmpty())
        return fail(why + PracticeText::tr("; nothing was changed"));
    storage::Database::Transaction tx(m_db);
    const bool ok = tx.isActive()
        && m_db.exec(QStringLiteral("UPDATE best_practices SET division = ?, title = ?, background = ?, steps = ?,"
                                    " results = ?, factors = ?, lessons = ? WHERE id = ?"),
                     {p.division.simplified(), p.title.simplified(), p.background.trimmed(), p.steps.trimmed(),
                      p.results.trimmed(), p.factors.trimmed(), p.lessons.trimmed(), p.id});
    return (ok && tx.commit()) || fail(m_db.errorString());
}

std::optional<QList<BestPractice>> BestPracticeStore::select(const QString& where, const QVariant& value)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, fiscal_year, division, title, background, steps, results, factors, lessons"
                                  " FROM best_practices WHERE %1 ORDER BY division, id")
                       .arg(where),
                   {value})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<BestPractice> out;
    while (q.next())
        out << BestPractice{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                            q.value(8).toString()};
    return out;
}

std::optional<QList<BestPractice>> BestPracticeStore::list(int fiscalYear)
{
    return select(QStringLiteral("fiscal_year = ?"), fiscalYear);
}

std::optional<BestPractice> BestPracticeStore::find(qint64 id)
{
    const auto found = select(QStringLiteral("id = ?"), id);
    if (!found)
        return std::nullopt;
    if (found->isEmpty()) {
        fail(PracticeText::tr("there is no best practice %1").arg(id));
        return std::nullopt;
    }
    return found->first();
}

std::optional<risks::EvidenceFiles::File> BestPracticeStore::addEvidence(qint64 practice, const QString& fileName,
                                                                         const QByteArray& data)
{
    if (!find(practice))
        return std::nullopt;
    return keepEvidence(Owner, practice, 0, fileName, data);
}

std::optional<QList<risks::EvidenceFiles::File>> BestPracticeStore::evidence(qint64 practice)
{
    return listEvidence(Owner, practice);
}

std::optional<QByteArray> BestPracticeStore::evidenceData(qint64 practice, qint64 file)
{
    return evidenceBytes(Owner, practice, file);
}

} // namespace sujarit::moral
