// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfAssessment.h"

#include "MoralTerms.h"
#include "calendar/FiscalYear.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sujarit::moral {

namespace {
struct MoralText
{
    Q_DECLARE_TR_FUNCTIONS(MoralText)
};
const QString Owner = QStringLiteral("moral_criterion");
} // namespace

QList<int> SelfAssessment::unanswered() const
{
    QList<int> out;
    for (const CriterionAnswer& c : criteria)
        if (c.status.isEmpty())
            out << c.number;
    return out;
}

std::optional<SelfAssessment> SelfAssessmentStore::load(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    SelfAssessment a;
    a.fiscalYear = fiscalYear;
    for (int i = 1; i <= int(criteria().size()); ++i)
        a.criteria << CriterionAnswer{i, {}, {}};
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT level, criteria, updated_at, updated_by FROM moral_reports WHERE fiscal_year = ?"),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (!q.next())
        return a;
    a.level = q.value(0).toInt();
    for (const QJsonValue v : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array()) {
        const int n = v[QStringLiteral("number")].toInt();
        if (n >= 1 && n <= a.criteria.size())
            a.criteria[n - 1] = {n, v[QStringLiteral("status")].toString(), v[QStringLiteral("text")].toString()};
    }
    a.updatedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    a.updatedBy = q.value(3).toString();
    return a;
}

bool SelfAssessmentStore::save(int fiscalYear, std::optional<int> level, const QList<CriterionAnswer>& answers,
                               const QStringList& places)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (level && (*level < 1 || *level > 3))
        return fail(MoralText::tr("level: %1 is not 1 (%2), 2 (%3) or 3 (%4); nothing was saved")
                        .arg(*level)
                        .arg(levelLabel(1), levelLabel(2), levelLabel(3)));
    auto current = load(fiscalYear);
    if (!current)
        return false;
    QSet<int> seen;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const CriterionAnswer& c = answers[i];
        const QString where = places.value(i, MoralText::tr("criterion %1").arg(i + 1));
        QString why;
        if (c.number < 1 || c.number > int(criteria().size()))
            why = MoralText::tr("number: %1 is not a criterion (they are 1 to %2)").arg(c.number).arg(criteria().size());
        else if (seen.contains(c.number))
            why = MoralText::tr("number: criterion %1 is given twice").arg(c.number);
        else if (!c.status.isEmpty() && !text::findCode(criterionStatuses(), c.status))
            why = MoralText::tr("status: “%1” is not one of %2").arg(c.status, text::codesOf(criterionStatuses()));
        if (!why.isEmpty())
            return fail(MoralText::tr("%1: %2; nothing was saved").arg(where, why));
        seen.insert(c.number);
        current->criteria[c.number - 1] = {c.number, c.status, c.text.trimmed()};
    }
    if (level)
        current->level = *level;
    QJsonArray list;
    for (const CriterionAnswer& c : current->criteria)
        list.append(QJsonObject{{QStringLiteral("number"), c.number},
                                {QStringLiteral("status"), c.status},
                                {QStringLiteral("text"), c.text}});
    const QString body = QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    const QVariant levelValue = current->level ? QVariant(current->level) : QVariant();
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    const bool kept = current->updatedAt.has_value();
    const bool ok = kept ? m_db.exec(QStringLiteral("UPDATE moral_reports SET level = ?, criteria = ?, updated_at = ?, "
                                                    "updated_by = ? WHERE fiscal_year = ?"),
                                     {levelValue, body, stamp(), m_db.session().user, fiscalYear})
                         : m_db.exec(QStringLiteral("INSERT INTO moral_reports (fiscal_year, level, criteria, updated_at,"
                                                    " updated_by) VALUES (?, ?, ?, ?, ?)"),
                                     {fiscalYear, levelValue, body, stamp(), m_db.session().user});
    return (ok && tx.commit()) || fail(m_db.errorString());
}

std::optional<risks::EvidenceFiles::File> SelfAssessmentStore::addEvidence(int fiscalYear, int criterion,
                                                                           const QString& fileName, const QByteArray& data)
{
    if (criterion < 1 || criterion > int(criteria().size())) {
        fail(MoralText::tr("criterion: %1 is not a criterion (they are 1 to %2)").arg(criterion).arg(criteria().size()));
        return std::nullopt;
    }
    return keepEvidence(Owner, fiscalYear, criterion, fileName, data);
}

std::optional<QList<risks::EvidenceFiles::File>> SelfAssessmentStore::evidence(int fiscalYear)
{
    return listEvidence(Owner, fiscalYear);
}

std::optional<QByteArray> SelfAssessmentStore::evidenceData(int fiscalYear, qint64 file)
{
    return evidenceBytes(Owner, fiscalYear, file);
}

std::optional<QDate> dayOfFiscalYear(const QString& monthDay, int fiscalYear)
{
    const auto m = QRegularExpression(QStringLiteral("^(\\d{2})-(\\d{2})$")).match(monthDay);
    if (!m.hasMatch())
        return std::nullopt;
    const int month = m.captured(1).toInt(), day = m.captured(2).toInt();
    if (month == 2 && day == 29)
        return std::nullopt; // not a day of every year
    const QDate due(calendar::fiscalYearStart(fiscalYear).year() + (month >= 10 ? 0 : 1), month, day);
    return due.isValid() ? std::optional(due) : std::nullopt;
}

QDate reportDue(storage::Database& db, int fiscalYear)
{
    return dayOfFiscalYear(db.setting(QStringLiteral("moral.report_due")), fiscalYear)
        .value_or(*dayOfFiscalYear(QStringLiteral("06-30"), fiscalYear));
}

QDate divisionResultsDue(storage::Database& db, int fiscalYear)
{
    return dayOfFiscalYear(db.setting(QStringLiteral("moral.division_due")), fiscalYear)
        .value_or(*dayOfFiscalYear(QStringLiteral("07-30"), fiscalYear));
}

} // namespace sujarit::moral
