// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's progress rounds (6, 9, 12 months): due dates, locking, results recorded or imported from CSV, changes
// to locked rounds logged, and each activity's evidence files. The plan's structure is in PlanStore.cpp.
#include "PlanStore.h"

#include "PlanTemplates.h"
#include "calendar/ThaiDate.h"
#include "complaints/Attachments.h"
#include "storage/Database.h"
#include "text/CsvTable.h"
#include "text/ThaiBahtText.h"
#include "text/ThaiDigits.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sujarit::plan {

namespace {
struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)
};

QJsonObject progressJson(const Progress& p)
{
    return QJsonObject { { QStringLiteral("result"), p.result ? QJsonValue(*p.result) : QJsonValue() },
                         { QStringLiteral("budget_spent"),
                           p.spentSatang ? QJsonValue(double(*p.spentSatang) / 100) : QJsonValue() },
                         { QStringLiteral("status"), p.status },
                         { QStringLiteral("cancel_reason"), p.cancelReason },
                         { QStringLiteral("problems"), p.problems },
                         { QStringLiteral("suggestions"), p.suggestions } };
}

/** The columns of a round's results, in English or Thai. */
const text::CsvColumns& roundColumns()
{
    static const text::CsvColumns columns {
        {
            { QStringLiteral("activity"), QStringLiteral("activity") },
            { QStringLiteral("ที่"), QStringLiteral("activity") },
            { QStringLiteral("กิจกรรม"), QStringLiteral("activity") },
            { QStringLiteral("result"), QStringLiteral("result") },
            { QStringLiteral("ผลการดำเนินการ"), QStringLiteral("result") },
            { QStringLiteral("budget_spent"), QStringLiteral("budget_spent") },
            { QStringLiteral("งบประมาณที่ใช้"), QStringLiteral("budget_spent") },
            { QStringLiteral("status"), QStringLiteral("status") },
            { QStringLiteral("สถานะ"), QStringLiteral("status") },
            { QStringLiteral("problems"), QStringLiteral("problems") },
            { QStringLiteral("ปัญหาอุปสรรค"), QStringLiteral("problems") },
            { QStringLiteral("suggestions"), QStringLiteral("suggestions") },
            { QStringLiteral("ข้อเสนอแนะ"), QStringLiteral("suggestions") },
            { QStringLiteral("cancel_reason"), QStringLiteral("cancel_reason") },
            { QStringLiteral("เหตุที่ยกเลิก"), QStringLiteral("cancel_reason") },
            { QStringLiteral("title"), QStringLiteral("title") },
            { QStringLiteral("โครงการ/กิจกรรม"), QStringLiteral("title") },
        },
        { QStringLiteral("activity") },
        QStringLiteral("activity (its number, e.g. 1.2.3), result, budget_spent, status, problems, suggestions, "
                       "cancel_reason")
    };
    return columns;
}
} // namespace

bool PlanStore::setRoundDue(int fiscalYear, int round, QDate due)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (!rounds().contains(round))
        return fail(PlanText::tr("round: %1 is not 6, 9 or 12").arg(round));
    if (!due.isValid())
        return fail(PlanText::tr("due: the date is missing or impossible"));
    if (!load(fiscalYear))
        return false;
    return m_db.exec(QStringLiteral("UPDATE plan_rounds SET due = ? WHERE fiscal_year = ? AND round = ?"),
                     { due.toString(Qt::ISODate), fiscalYear, round })
        || fail(m_db.errorString());
}

bool PlanStore::lockRound(int fiscalYear, int round, const QString& by)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (!rounds().contains(round))
        return fail(PlanText::tr("round: %1 is not 6, 9 or 12").arg(round));
    const auto plan = load(fiscalYear);
    if (!plan)
        return false;
    if (plan->round(round).locked())
        return fail(PlanText::tr("round %1 of %2 is already locked").arg(round).arg(fiscalYear));
    if (by.simplified().isEmpty())
        return fail(PlanText::tr("by: who submits and locks the round is missing"));
    return m_db.exec(QStringLiteral(
                         "UPDATE plan_rounds SET locked_at = ?, locked_by = ? WHERE fiscal_year = ? AND round = ?"),
                     { stamp(), by.simplified(), fiscalYear, round })
        || fail(m_db.errorString());
}

bool PlanStore::recordProgress(int fiscalYear, int round, const QList<ProgressEntry>& entries,
                               const QStringList& places, const std::optional<Override>& override)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    using T = PlanText;
    if (!rounds().contains(round))
        return fail(T::tr("round: %1 is not 6, 9 or 12").arg(round));
    const auto plan = load(fiscalYear);
    if (!plan)
        return false;
    const bool locked = plan->round(round).locked();
    if (locked && (!override || override->reason.simplified().isEmpty()))
        return fail(T::tr("round %1 of %2 was locked on %3 by %4; a change needs an administrator's name and a reason, "
                          "and is logged")
                        .arg(round)
                        .arg(fiscalYear)
                        .arg(calendar::formatThaiDateTime(*plan->round(round).lockedAt), plan->round(round).lockedBy));
    if (locked && !m_db.session().has(access::Role::Administrator))
        return fail(T::tr("round %1 of %2 is locked: only an administrator may change it (%3 is signed in)")
                        .arg(round)
                        .arg(fiscalYear)
                        .arg(m_db.session().describe()));
    // Who changed it is the administrator signed in; a name typed beside it (say, the head who asked) is kept too.
    const QString by
        = !override || override->by.simplified().isEmpty() || override->by.simplified() == m_db.session().user
        ? m_db.session().user
        : QStringLiteral("%1 (%2)").arg(override->by.simplified(), m_db.session().user);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ProgressEntry& e = entries[i];
        const Progress& p = e.progress;
        const Activity* a = plan->activity(e.activity);
        const QString where = places.value(i, a ? T::tr("activity %1").arg(a->code()) : T::tr("entry %1").arg(i + 1));
        if (!a)
            return fail(T::tr("%1: activity: the plan of %2 has no such activity").arg(where).arg(fiscalYear));
        if (!termLabel(statuses(), p.status))
            return fail(T::tr("%1: status: “%2” is not one of %3").arg(where, p.status, termCodes(statuses())));
        if (p.status == QLatin1String("cancelled") && p.cancelReason.simplified().isEmpty())
            return fail(T::tr("%1: cancel_reason: say why the activity was cancelled").arg(where));
        if (p.result && *p.result < 0)
            return fail(T::tr("%1: result: %2 is negative").arg(where).arg(*p.result));
        if (p.result && a->kpi.kind == QLatin1String("percent") && *p.result > 100)
            return fail(T::tr("%1: result: %2 is over 100 per cent").arg(where).arg(*p.result));
        if (p.spentSatang && *p.spentSatang < 0)
            return fail(T::tr("%1: budget_spent: %2 baht is negative").arg(where, text::formatBaht(*p.spentSatang)));
        if (p.spentSatang && *p.spentSatang > 0 && !a->budgetSatang)
            return fail(T::tr("%1: budget_spent: the activity uses no budget (ไม่ใช้งบประมาณ)").arg(where));
        // Results are cumulative: a later round never reports less than an earlier one.
        for (int earlier : rounds()) {
            if (earlier >= round)
                break;
            const auto before = plan->progress.value(a->id).value(earlier);
            if (!plan->progress.value(a->id).contains(earlier))
                continue;
            if (p.result && before.result && a->kpi.kind == QLatin1String("count") && *p.result < *before.result)
                return fail(T::tr("%1: result: %2 is less than the %3 reported at %4 months; results are cumulative")
                                .arg(where, QString::number(*p.result), QString::number(*before.result),
                                     QString::number(earlier)));
            if (p.spentSatang && before.spentSatang && *p.spentSatang < *before.spentSatang)
                return fail(T::tr("%1: budget_spent: %2 baht is less than the %3 baht spent by %4 months; spending is "
                                  "cumulative")
                                .arg(where, text::formatBaht(*p.spentSatang), text::formatBaht(*before.spentSatang))
                                .arg(earlier));
        }
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (const ProgressEntry& e : entries) {
        const Progress& p = e.progress;
        if (locked) {
            const auto before = plan->progress.value(e.activity).value(round);
            const QString was = plan->progress.value(e.activity).contains(round)
                ? QString::fromUtf8(QJsonDocument(progressJson(before)).toJson(QJsonDocument::Compact))
                : QString();
            if (!m_db.exec(
                    QStringLiteral("INSERT INTO plan_changes (fiscal_year, round, activity_id, at, by, reason, before,"
                                   " after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    { fiscalYear, round, e.activity, stamp(), by, override->reason.simplified(), was,
                      QString::fromUtf8(QJsonDocument(progressJson(p)).toJson(QJsonDocument::Compact)) }))
                return fail(m_db.errorString());
        }
        if (!m_db.exec(
                QStringLiteral("INSERT INTO plan_progress (activity_id, round, result, spent_satang, status,"
                               " cancel_reason, problems, suggestions, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (activity_id, round) DO UPDATE SET result = excluded.result,"
                               " spent_satang = excluded.spent_satang, status = excluded.status,"
                               " cancel_reason = excluded.cancel_reason, problems = excluded.problems,"
                               " suggestions = excluded.suggestions, updated_at = excluded.updated_at"),
                { e.activity, round, p.result ? QVariant(*p.result) : QVariant(),
                  p.spentSatang ? QVariant(*p.spentSatang) : QVariant(), p.status,
                  m_db.bindable(p.cancelReason.simplified()), m_db.bindable(p.problems.trimmed()),
                  m_db.bindable(p.suggestions.trimmed()), stamp() }))
            return fail(m_db.errorString());
    }
    return tx.commit() || fail(m_db.errorString());
}

bool PlanStore::importRound(int fiscalYear, int round, const QByteArray& bytes, const QString& fileName,
                            const std::optional<Override>& override, int* count)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    using T = PlanText;
    const auto plan = load(fiscalYear);
    if (!plan)
        return false;
    QString why;
    const auto table = text::readCsvTable(bytes, fileName, roundColumns(), &why);
    if (!table)
        return fail(why);
    if (table->rows.isEmpty())
        return fail(
            T::tr("%1 has no results: a header line (activity, result, budget_spent, status, …) and one line per "
                  "activity are expected")
                .arg(fileName));
    QList<ProgressEntry> entries;
    QStringList places;
    for (const text::CsvRecord& rec : table->rows) {
        const auto field = [&](const char* c) { return table->field(rec, c).trimmed(); };
        const QString where = T::tr("%1, line %2").arg(fileName, QString::number(rec.line));
        const Activity* a = plan->findActivity(text::toArabicDigits(field("activity")));
        if (!a)
            return fail(T::tr("%1, column activity: “%2” is not an activity of the plan of %3")
                            .arg(where, field("activity"))
                            .arg(fiscalYear));
        Progress p;
        p.round = round;
        if (const QString result = text::toArabicDigits(field("result")).remove(u',').remove(u'%'); !result.isEmpty()) {
            bool ok = false;
            p.result = result.toDouble(&ok);
            if (!ok)
                return fail(T::tr("%1, column result: “%2” is not a number").arg(where, field("result")));
        }
        if (const QString spent = field("budget_spent"); !spent.isEmpty() && spent != QLatin1String("-")) {
            p.spentSatang = text::parseBaht(spent);
            if (!p.spentSatang)
                return fail(T::tr("%1, column budget_spent: “%2” is not an amount in baht").arg(where, spent));
        }
        const QString status = field("status");
        if (!status.isEmpty()) {
            p.status = status;
            for (const Term& t : statuses())
                if (t.label == status)
                    p.status = t.code;
        } else {
            p.status = p.result ? QStringLiteral("in_progress") : QStringLiteral("not_started");
        }
        p.problems = field("problems");
        p.suggestions = field("suggestions");
        p.cancelReason = field("cancel_reason");
        entries.append({ a->id, p });
        places << T::tr("%1 (activity %2)").arg(where, a->code());
    }
    if (!recordProgress(fiscalYear, round, entries, places, override))
        return false;
    if (count)
        *count = int(entries.size());
    return true;
}

std::optional<PlanStore::Evidence> PlanStore::addEvidence(int fiscalYear, qint64 activity, int round,
                                                          const QString& fileName, const QByteArray& data)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    const auto plan = load(fiscalYear);
    if (!plan)
        return std::nullopt;
    const QString mime = complaints::Attachments::sniff(data);
    if (!plan->activity(activity))
        fail(PlanText::tr("the plan of %1 has no activity %2").arg(fiscalYear).arg(activity));
    else if (!rounds().contains(round))
        fail(PlanText::tr("round: %1 is not 6, 9 or 12").arg(round));
    else if (mime.isEmpty())
        fail(PlanText::tr("%1 is not a PDF, JPEG or PNG file").arg(fileName));
    else if (data.size() > complaints::Attachments::MaxSize)
        fail(PlanText::tr("%1 is larger than 50 MB").arg(fileName));
    else {
        if (const auto id = m_db.insert(
                QStringLiteral(
                    "INSERT INTO plan_evidence (activity_id, round, file_name, mime_type, size, data, added_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { activity, round, fileName, mime, data.size(), data, stamp() }))
            return Evidence { *id, round, fileName, mime, data.size() };
        fail(m_db.errorString());
    }
    return std::nullopt;
}

std::optional<QList<PlanStore::Evidence>> PlanStore::evidence(qint64 activity)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT id, round, file_name, mime_type, size FROM plan_evidence WHERE activity_id = ?"
                           " ORDER BY round, id"),
            { activity })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<Evidence> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong() });
    return out;
}

std::optional<QByteArray> PlanStore::evidenceData(qint64 evidenceId)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT data FROM plan_evidence WHERE id = ?"), { evidenceId })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(PlanText::tr("there is no evidence file %1").arg(evidenceId));
        return std::nullopt;
    }
    return q.value(0).toByteArray();
}

std::optional<QList<PlanStore::Change>> PlanStore::changes(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT c.at, c.round, a.measure, a.line, a.position, c.by, c.reason, c.before, c.after"
                           " FROM plan_changes c JOIN plan_activities a ON a.id = c.activity_id"
                           " WHERE c.fiscal_year = ? ORDER BY c.id"),
            { fiscalYear })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<Change> out;
    while (q.next()) {
        Activity a;
        a.measure = q.value(2).toInt();
        a.line = q.value(3).toInt();
        a.position = q.value(4).toInt();
        out.append({ QDateTime::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(), a.code(),
                     q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString() });
    }
    return out;
}

} // namespace sujarit::plan
