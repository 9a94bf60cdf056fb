// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintRepository.h"
#include "ComplaintAccess.h"
#include "RepositorySql.h"
#include "SealedIdentity.h"

#include "complaints/Recusal.h"
#include "storage/Audit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "Codes.h"
#include "Deadlines.h"
#include "HolidayTable.h"
#include "Milestones.h"
#include "ReceiptCode.h"
#include "Workflow.h"
#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <numeric>

namespace sujarit::complaints {

namespace {




const QString SelectComplaint = QStringLiteral(
    "SELECT id, receipt_year, receipt_running, received_at, received_by, received_by_position, channel, category,"
    " anonymous, t.complainant_sealed, subject, t.details, t.requested_action,"
    " accused_name, accused_position, accused_unit, t.incident_time, t.incident_place, status, status_at,"
    " not_accepted_reason, next_deadline, next_clock, assigned_unit, receipt_code, entered_by"
    " FROM complaints JOIN complaint_texts t ON t.complaint_id = id ");


const QString InsertStep = QStringLiteral(
    "INSERT INTO complaint_steps (complaint_id, step, at, by, note, reason, unit, officers, recorded_at)"
    " VALUES (?,?,?,?,?,?,?,?,?)");

} // namespace

ComplaintRepository::ComplaintRepository(storage::Database& db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{
}

QString ComplaintRepository::errorString() const
{
    return m_db.errorString();
}

QDateTime ComplaintRepository::now() const
{
    return m_clock ? m_clock() : calendar::now();
}

std::optional<qint64> ComplaintRepository::idOf(const ReceiptNumber& receipt)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM complaints WHERE receipt_year = ? AND receipt_running = ?"),
                   { receipt.year, receipt.running }))
        return std::nullopt;
    if (!q.next()) {
        m_db.fail(RepositoryText::tr("there is no complaint with receipt number %1").arg(receipt.toString()));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<Complaint> ComplaintRepository::find(const ReceiptNumber& receipt)
{
    const auto id = idOf(receipt);
    return id ? findById(*id) : std::nullopt;
}

std::optional<Complaint> ComplaintRepository::findById(qint64 id)
{
    if (!m_db.require(access::Permission::ViewRegister))
        return std::nullopt;
    auto c = load(id);
    if (!c || !disclose(*c))
        return std::nullopt;
    return c;
}

bool ComplaintRepository::mayReveal()
{
    if (m_revealReason.isEmpty() || !access::maySeeIdentity(m_db.session()))
        return false;
    if (!m_db.identityKeys())
        return m_db.fail(RepositoryText::tr("%1 may see complainants' identities but does not hold the register's "
                                            "identity key yet: it is given at the next sign-in of an integrity officer "
                                            "who holds it, or from the recovery sheet (sujarit-cli keys recover)")
                             .arg(m_db.session().describe()));
    return true;
}

bool ComplaintRepository::disclose(Complaint& c)
{
    if (c.sealedIdentity.isEmpty())
        return true;
    if (!mayReveal()) {
        maskIdentity(c);
        return m_revealReason.isEmpty() || !access::maySeeIdentity(m_db.session());
    }
    const auto payload = openPayload(m_db, c.sealedIdentity);
    if (!payload)
        return m_db.fail(RepositoryText::tr("%1: the complainant's sealed identity does not open with the register's "
                                            "key (damaged, or written with another key)")
                             .arg(c.receipt.toString()));
    applyIdentityPayload(*payload, c);
    const QJsonObject details{{QStringLiteral("receipt"), c.receipt.toString()},
                              {QStringLiteral("reason"), m_revealReason}};
    return storage::recordAuditEvent(m_db, QStringLiteral("reveal"), QStringLiteral("complaints"),
                                     QString::number(c.id),
                                     QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

bool ComplaintRepository::disclose(QList<ComplaintSummary>& list)
{
    QJsonArray revealed;
    const bool reveal = mayReveal();
    if (!reveal && !m_revealReason.isEmpty() && access::maySeeIdentity(m_db.session()))
        return false; // asked to show, and cannot: said why
    // The sealed values live beside the long texts: read only when they are to be opened, a thousand ids a query.
    QHash<qint64, QString> sealed;
    if (reveal) {
        QList<qint64> named;
        for (const ComplaintSummary& s : std::as_const(list))
            if (!s.anonymous)
                named << s.id;
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        for (qsizetype from = 0; from < named.size(); from += 1000) {
            QStringList marks;
            QVariantList ids;
            for (qsizetype i = from; i < std::min(named.size(), from + 1000); ++i) {
                marks << QStringLiteral("?");
                ids << named[i];
            }
            if (!m_db.exec(q,
                           QStringLiteral("SELECT complaint_id, complainant_sealed FROM complaint_texts"
                                          " WHERE complaint_id IN (%1)")
                               .arg(marks.join(u',')),
                           ids))
                return false;
            while (q.next())
                sealed.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
    }
    std::optional<access::IdentityOpener> opener;
    if (reveal)
        opener.emplace(*m_db.identityKeys());
    for (ComplaintSummary& s : list) {
        if (s.anonymous)
            continue;
        const auto payload = opener ? openPayload(*opener, sealed.value(s.id)) : std::nullopt;
        if (!payload) {
            maskIdentity(s);
            continue;
        }
        s.complainantName = payload->value(QStringLiteral("complainant_name")).toString();
        revealed.append(s.receipt.toString());
    }
    if (revealed.isEmpty())
        return true;
    const QJsonObject details{{QStringLiteral("receipts"), revealed},
                              {QStringLiteral("count"), revealed.size()},
                              {QStringLiteral("reason"), m_revealReason}};
    return storage::recordAuditEvent(m_db, QStringLiteral("reveal"), QStringLiteral("complaints"),
                                     QStringLiteral("list"),
                                     QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

std::optional<Complaint> ComplaintRepository::load(qint64 id)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, SelectComplaint + QStringLiteral("WHERE id = ?"), { id }))
        return std::nullopt;
    if (!q.next()) {
        m_db.fail(RepositoryText::tr("there is no complaint with id %1").arg(id));
        return std::nullopt;
    }
    Complaint c;
    int i = 0;
    auto next = [&] { return q.value(i++); };
    c.id = next().toLongLong();
    c.receipt.year = next().toInt();
    c.receipt.running = next().toInt();
    c.receivedAt = fromIso(next().toString());
    c.receivedBy = next().toString();
    c.receivedByPosition = next().toString();
    c.channel = next().toString();
    c.category = next().toString();
    c.anonymous = next().toInt() != 0;
    c.sealedIdentity = next().toString();
    for (QString* s : { &c.subject, &c.details, &c.requestedAction, &c.accused.name, &c.accused.position,
                        &c.accused.unit, &c.incidentTime, &c.incidentPlace, &c.status })
        *s = next().toString();
    c.statusAt = fromIso(next().toString());
    c.notAcceptedReason = next().toString();
    const QVariant deadline = next();
    if (!deadline.isNull())
        c.nextDeadline = QDate::fromString(deadline.toString(), Qt::ISODate);
    c.nextClock = next().toString();
    c.assignedUnit = next().toString();
    c.receiptCode = next().toString();
    c.enteredBy = next().toString();
    if (!loadDetails(c))
        return std::nullopt;
    return c;
}

std::optional<Complaint> ComplaintRepository::findByReceiptCode(const QString& code)
{
    const auto normal = normalizeReceiptCode(code);
    if (!normal) {
        m_db.fail(RepositoryText::tr("“%1” is not a receipt check code (ten letters and digits, like 7KQ2M-X9D4A)")
                      .arg(code));
        return std::nullopt;
    }
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM complaints WHERE receipt_code = ?"), { *normal }))
        return std::nullopt;
    if (!q.next()) {
        m_db.fail(RepositoryText::tr("no receipt with the check code %1 was issued from this register").arg(*normal));
        return std::nullopt;
    }
    return findById(q.value(0).toLongLong());
}

bool ComplaintRepository::receiptCodeMatches(const Complaint& shown)
{
    const QByteArray key = QByteArray::fromHex(m_db.setting(QStringLiteral("receipt_key")).toLatin1());
    const auto c = load(shown.id); // the code covers the complainant's name, which the reader may see masked
    return !key.isEmpty() && c && receiptCode(key, *c) == c->receiptCode;
}

bool ComplaintRepository::loadDetails(Complaint& c)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q, QStringLiteral("SELECT description, sets FROM evidence_items WHERE complaint_id = ? ORDER BY position"),
            { c.id }))
        return false;
    c.evidence.clear();
    while (q.next())
        c.evidence.append({ q.value(0).toString(), q.value(1).toInt() });
    if (!m_db.exec(q,
                   QStringLiteral("SELECT step, at, by, note, reason, unit, officers FROM complaint_steps "
                                  "WHERE complaint_id = ? ORDER BY at, id"),
                   { c.id }))
        return false;
    c.history.clear();
    while (q.next())
        c.history.append({ q.value(0).toString(), fromIso(q.value(1).toString()), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                           q.value(6).toString().split(u'\n', Qt::SkipEmptyParts) });
    return true;
}

bool ComplaintRepository::storeDeadline(Complaint& c)
{
    HolidayTable table(m_db);
    const auto next = nextDeadline(c, table.deadlineRules(), table.workingCalendar());
    c.nextDeadline = next ? std::optional<QDate>(next->due) : std::nullopt;
    c.nextClock = next ? next->clock : QString();
    return m_db.exec(QStringLiteral("UPDATE complaints SET next_deadline = ?, next_clock = ? WHERE id = ?"),
                     { optionalDate(c.nextDeadline), c.nextClock, c.id });
}

bool ComplaintRepository::recordStep(const ReceiptNumber& receipt, const StepRequest& request)
{
    if (!m_db.require(access::Permission::RecordSteps))
        return false;
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    const auto id = idOf(receipt);
    auto found = id ? load(*id) : std::nullopt; // unmasked: the step's checks read the case, nobody is shown it
    if (!found)
        return false;
    Complaint& c = *found;
    const QString step = request.step.trimmed();
    if (!access::mayRecordStep(m_db.session(), caseAccess(c), step))
        return m_db.fail(RepositoryText::tr("%1: %2 may not record this step on this case (it is not assigned to "
                                            "their division)")
                             .arg(receipt.toString(), m_db.session().describe()));
    const QString reason = request.reason.trimmed();
    if (const QString why = workflow::checkStep(c.status, step, reason, c.anonymous); !why.isEmpty())
        return m_db.fail(RepositoryText::tr("%1: %2").arg(receipt.toString(), why));
    const QString unit = request.unit.trimmed();
    if (step == QLatin1String("assigned") && unit.isEmpty())
        return m_db.fail(
            RepositoryText::tr("%1: assigning a case needs the division it goes to").arg(receipt.toString()));
    if (step != QLatin1String("assigned") && step != QLatin1String("referred") && !unit.isEmpty())
        return m_db.fail(
            RepositoryText::tr("%1: a division or agency is named only when a case is assigned or referred")
                .arg(receipt.toString()));

    QStringList officers;
    for (const QString& o : request.officers)
        if (!o.simplified().isEmpty() && !officers.contains(o.simplified()))
            officers << o.simplified();
    if (!officers.isEmpty()) {
        if (step != QLatin1String("assigned") && step != QLatin1String("fact_finding")
            && step != QLatin1String("committee"))
            return m_db.fail(RepositoryText::tr("%1: officers are named only when a case is assigned, fact-finding "
                                                "begins or a committee is appointed")
                                 .arg(receipt.toString()));
        QString why;
        const auto flags = complaints::recusalFlags(m_db, c, officers, &why);
        if (!flags)
            return m_db.fail(RepositoryText::tr("%1: officers: %2").arg(receipt.toString(), why));
        if (!flags->isEmpty()) {
            QStringList lines;
            for (const complaints::RecusalFlag& f : *flags)
                lines << QStringLiteral("%1 — %2").arg(f.officer, f.reason);
            return m_db.fail(RepositoryText::tr("%1: flagged for recusal: %2. Choose another officer, or have the "
                                                "supervisor review the declaration first")
                                 .arg(receipt.toString(), lines.join(QStringLiteral("; "))));
        }
    }

    const QDateTime current = now();
    const QDateTime at = request.at.isValid() ? request.at : current;
    if (at < c.receivedAt)
        return m_db.fail(
            RepositoryText::tr("%1: the step's time (%2) is before the complaint was received (%3)")
                .arg(receipt.toString(), calendar::formatThaiDateTime(at), calendar::formatThaiDateTime(c.receivedAt)));
    if (!c.history.isEmpty() && at < c.history.constLast().at)
        return m_db.fail(RepositoryText::tr("%1: the step's time (%2) is before the last recorded step (%3)")
                             .arg(receipt.toString(), calendar::formatThaiDateTime(at),
                                  calendar::formatThaiDateTime(c.history.constLast().at)));
    if (at > current.addSecs(300))
        return m_db.fail(RepositoryText::tr("%1: the step's time (%2) is in the future")
                             .arg(receipt.toString(), calendar::formatThaiDateTime(at)));

    if (!m_db.exec(InsertStep,
                   { c.id, step, iso(at), request.by.trimmed(), request.note.trimmed(), reason, unit,
                     officers.join(u'\n'), iso(current) }))
        return false;
    c.history.append({ step, at, request.by.trimmed(), request.note.trimmed(), reason, unit, officers });
    if (workflow::changesStatus(step)) {
        c.status = step;
        c.statusAt = at;
        if (step == QLatin1String("not_accepted"))
            c.notAcceptedReason = reason;
        if (!unit.isEmpty())
            c.assignedUnit = unit;
        if (!m_db.exec(QStringLiteral("UPDATE complaints SET status = ?, status_at = ?, not_accepted_reason = ?, "
                                      "assigned_unit = ?, updated_at = ? WHERE id = ?"),
                       { c.status, iso(at), c.notAcceptedReason, c.assignedUnit, iso(current), c.id }))
            return false;
    }
    return m_db.exec(milestonesUpdateSql(m_db.engine()) + QStringLiteral(" WHERE id = ?"), { c.id }) && storeDeadline(c)
        && tx.commit();
}

bool ComplaintRepository::recomputeDeadlines()
{
    HolidayTable table(m_db);
    const calendar::WorkingCalendar cal = table.workingCalendar();
    const QList<DeadlineRule> rules = table.deadlineRules();

    QHash<qint64, Complaint> open;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!m_db.exec(
            q, QStringLiteral("SELECT id, received_at, anonymous, status FROM complaints WHERE status <> 'closed'")))
        return false;
    while (q.next()) {
        Complaint c;
        c.id = q.value(0).toLongLong();
        c.receivedAt = fromIso(q.value(1).toString());
        c.anonymous = q.value(2).toInt() != 0;
        c.status = q.value(3).toString();
        open.insert(c.id, std::move(c));
    }
    if (!m_db.exec(q,
                   QStringLiteral("SELECT s.complaint_id, s.step, s.at FROM complaint_steps s JOIN complaints c ON "
                                  "c.id = s.complaint_id WHERE c.status <> 'closed' ORDER BY s.at, s.id")))
        return false;
    while (q.next())
        if (auto it = open.find(q.value(0).toLongLong()); it != open.end())
            it->history.append({ q.value(1).toString(), fromIso(q.value(2).toString()), {}, {}, {}, {}, {} });

    QSqlQuery update = m_db.query();
    // Only the cases whose deadline moves are written (and audited): a holiday far from today changes few.
    if (!update.prepare(QStringLiteral("UPDATE complaints SET next_deadline = ?, next_clock = ? WHERE id = ?"
                                       " AND (next_deadline IS DISTINCT FROM ? OR next_clock IS DISTINCT FROM ?)")))
        return m_db.failSql(QString(), update);
    for (const Complaint& c : std::as_const(open)) {
        const auto next = nextDeadline(c, rules, cal);
        update.bindValue(0, next ? QVariant(next->due.toString(Qt::ISODate)) : QVariant());
        update.bindValue(1, next ? next->clock : QString());
        update.bindValue(2, c.id);
        update.bindValue(3, update.boundValue(0));
        update.bindValue(4, update.boundValue(1));
        if (!update.exec())
            return m_db.failSql(QString(), update);
    }
    return true;
}

} // namespace sujarit::complaints
