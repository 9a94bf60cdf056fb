// SPDX-License-Identifier: GPL-3.0-or-later
#include "Virtues.h"

#include "MoralTerms.h"
#include "plan/PlanStore.h"
#include "plan/PlanTemplates.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sujarit::moral {

namespace {
struct VirtueText
{
    Q_DECLARE_TR_FUNCTIONS(VirtueText)
};

QString resultsJson(const QMap<int, QString>& results)
{
    QJsonObject o;
    for (auto it = results.constBegin(); it != results.constEnd(); ++it)
        if (!it.value().trimmed().isEmpty())
            o.insert(QString::number(it.key()), it.value().trimmed());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QString VirtueStore::check(const VirtueTarget& t) const
{
    if (t.virtue.simplified().isEmpty())
        return VirtueText::tr("virtue: missing");
    if (!text::findCode(virtueDimensions(), t.dimension))
        return VirtueText::tr("dimension: “%1” is not one of %2").arg(t.dimension, text::codesOf(virtueDimensions()));
    if (t.problem.trimmed().isEmpty())
        return VirtueText::tr("problem: missing (ปัญหาที่อยากแก้)");
    if (t.good.trimmed().isEmpty())
        return VirtueText::tr("good: missing (ความดีที่อยากทำ)");
    for (auto it = t.results.constBegin(); it != t.results.constEnd(); ++it)
        if (!plan::rounds().contains(it.key()))
            return VirtueText::tr("results: %1 is not a round (they are 6, 9 and 12 months)").arg(it.key());
    return {};
}

bool VirtueStore::add(QList<VirtueTarget>& targets, const QStringList& places)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    QHash<int, QStringList> taken;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        VirtueTarget& t = targets[i];
        t.virtue = virtueName(t.virtue);
        if (t.dimension.isEmpty())
            t.dimension = virtueCode(t.virtue).isEmpty() ? QStringLiteral("other") : QStringLiteral("core");
        const QString where = places.value(i, VirtueText::tr("virtue %1").arg(i + 1));
        QString why = check(t);
        if (why.isEmpty()) {
            if (!taken.contains(t.fiscalYear)) {
                const auto existing = list(t.fiscalYear);
                if (!existing)
                    return false;
                for (const VirtueTarget& e : *existing)
                    taken[t.fiscalYear] << e.virtue;
            }
            if (taken[t.fiscalYear].contains(t.virtue))
                why = VirtueText::tr("virtue: %1 has its targets for %2 already (change them with “virtues update”)")
                          .arg(t.virtue)
                          .arg(t.fiscalYear);
            taken[t.fiscalYear] << t.virtue;
        }
        if (!why.isEmpty())
            return fail(VirtueText::tr("%1: %2; nothing was added").arg(where, why));
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (VirtueTarget& t : targets) {
        const auto id = m_db.insert(
            QStringLiteral("INSERT INTO moral_virtues (fiscal_year, virtue, dimension, problem, good, indicator, target,"
                           " activities, results, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                           " (SELECT COUNT(*) + 1 FROM moral_virtues WHERE fiscal_year = ?), ?)"),
            {t.fiscalYear, t.virtue, t.dimension, t.problem.trimmed(), t.good.trimmed(), t.indicator.trimmed(),
             t.target.trimmed(), t.activities.trimmed(), resultsJson(t.results), t.fiscalYear, stamp()});
        if (!id)
            return fail(m_db.errorString());
        t.id = *id;
    }
    return tx.commit() || fail(m_db.errorString());
}

bool VirtueStore::update(const VirtueTarget& given)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto old = find(given.id);
    if (!old)
        return false;
    VirtueTarget t = given;
    t.virtue = virtueName(t.virtue);
    if (const QString why = check(t); !why.isEmpty())
        return fail(VirtueText::tr("virtue %1: %2; nothing was changed").arg(given.id).arg(why));
    if (t.virtue != old->virtue) {
        const auto existing = list(old->fiscalYear);
        if (!existing)
            return false;
        for (const VirtueTarget& e : *existing)
            if (e.virtue == t.virtue)
                return fail(VirtueText::tr("virtue: %1 has its targets for %2 already; nothing was changed")
                                .arg(t.virtue)
                                .arg(old->fiscalYear));
    }
    storage::Database::Transaction tx(m_db);
    const bool ok = tx.isActive()
        && m_db.exec(QStringLiteral("UPDATE moral_virtues SET virtue = ?, dimension = ?, problem = ?, good = ?,"
                                    " indicator = ?, target = ?, activities = ?, results = ? WHERE id = ?"),
                     {t.virtue, t.dimension, t.problem.trimmed(), t.good.trimmed(), t.indicator.trimmed(),
                      t.target.trimmed(), t.activities.trimmed(), resultsJson(t.results), t.id});
    return (ok && tx.commit()) || fail(m_db.errorString());
}

bool VirtueStore::remove(qint64 id)
{
    if (!allowed(access::Permission::ManageIntegrity) || !find(id))
        return false;
    storage::Database::Transaction tx(m_db);
    const bool ok = tx.isActive() && m_db.exec(QStringLiteral("DELETE FROM moral_virtues WHERE id = ?"), {id});
    return (ok && tx.commit()) || fail(m_db.errorString());
}

std::optional<QList<VirtueTarget>> VirtueStore::select(const QString& where, const QVariant& value)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, fiscal_year, virtue, dimension, problem, good, indicator, target, activities,"
                                  " results FROM moral_virtues WHERE %1 ORDER BY position, id")
                       .arg(where),
                   {value})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<VirtueTarget> out;
    while (q.next()) {
        VirtueTarget t{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                       q.value(8).toString(), {}, {}};
        const QJsonObject results = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        for (auto it = results.constBegin(); it != results.constEnd(); ++it)
            t.results.insert(it.key().toInt(), it.value().toString());
        out << t;
    }
    if (out.isEmpty())
        return out;
    plan::PlanStore plans(m_db);
    if (const auto p = plans.load(out.first().fiscalYear))
        for (VirtueTarget& t : out) {
            const QString code = virtueCode(t.virtue);
            for (const plan::Activity& a : p->activities)
                if (!code.isEmpty() && a.virtues.contains(code))
                    t.planActivities << QStringLiteral("%1 %2").arg(a.code(), a.title);
        }
    return out;
}

std::optional<QList<VirtueTarget>> VirtueStore::list(int fiscalYear)
{
    return select(QStringLiteral("fiscal_year = ?"), fiscalYear);
}

std::optional<VirtueTarget> VirtueStore::find(qint64 id)
{
    const auto found = select(QStringLiteral("id = ?"), id);
    if (!found)
        return std::nullopt;
    if (found->isEmpty()) {
        fail(VirtueText::tr("there is no target virtue %1").arg(id));
        return std::nullopt;
    }
    return found->first();
}

} // namespace sujarit::moral
