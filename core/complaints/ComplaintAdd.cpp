// SPDX-License-Identifier: GPL-3.0-or-later
// ComplaintRepository::add: new complaints into the register in one transaction — their receipt numbers, their rows,
// their first step and search index, the numbers' counters, and (for a batch) one audit entry for all of them.
#include "ComplaintRepository.h"

#include "HolidayTable.h"
#include "ReceiptCode.h"
#include "RepositorySql.h"
#include "SealedIdentity.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "storage/Audit.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <algorithm>

namespace sujarit::complaints {

namespace {

const QString InsertComplaint = QStringLiteral(
    "INSERT INTO complaints (receipt_year, receipt_running, received_at, received_by, received_by_position,"
    " fiscal_year, channel, category, anonymous,"
    " subject, accused_name, accused_position, accused_unit, status, status_at, not_accepted_reason, next_deadline,"
    " next_clock, created_at, updated_at, receipt_code, entered_by)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
const QString InsertTexts = QStringLiteral(
    "INSERT INTO complaint_texts (complaint_id, details, requested_action, incident_time, incident_place,"
    " complainant_sealed) VALUES (?,?,?,?,?,?)");
const QString InsertEvidence
    = QStringLiteral("INSERT INTO evidence_items (complaint_id, position, description, sets) VALUES (?,?,?,?)");

/** The BE year a receipt number of a complaint received on \a date runs in. */
int receiptYear(bool fiscalNumbering, QDate date)
{
    return fiscalNumbering ? calendar::fiscalYearOf(date) : calendar::toBuddhistYear(date.year());
}

/** The lowest and highest id of \a complaints (contiguous: the transaction holds the write lock). */
std::pair<qint64, qint64> idRange(const QList<Complaint>& complaints)
{
    qint64 first = complaints.first().id, last = first;
    for (const Complaint& c : complaints) {
        first = std::min(first, c.id);
        last = std::max(last, c.id);
    }
    return {first, last};
}

/**
 * Gives a receipt number to each complaint that has none, in the order received, after the numbers kept (an import
 * keeps a register's own). \a last holds each receipt year's last running number, read from the counters and raised
 * by the numbers kept and given.
 */
bool numberReceipts(storage::Database& db, QList<Complaint>& complaints, QHash<int, int>& last)
{
    const bool fiscal = db.setting(QStringLiteral("numbering"), QStringLiteral("calendar")) == QLatin1String("fiscal");
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT year, last FROM receipt_counters")))
        return false;
    while (q.next())
        last.insert(q.value(0).toInt(), q.value(1).toInt());
    QList<qsizetype> toNumber;
    for (qsizetype i = 0; i < complaints.size(); ++i) {
        const ReceiptNumber& r = complaints[i].receipt;
        if (r.isValid())
            last[r.year] = std::max(last.value(r.year), r.running);
        else
            toNumber.append(i);
    }
    std::stable_sort(toNumber.begin(), toNumber.end(),
                     [&](qsizetype a, qsizetype b) { return complaints[a].receivedAt < complaints[b].receivedAt; });
    for (qsizetype i : toNumber) {
        Complaint& c = complaints[i];
        c.receipt.year = receiptYear(fiscal, c.receivedAt.date());
        c.receipt.running = ++last[c.receipt.year];
    }
    return true;
}

/** The values of a new complaint's row, in InsertComplaint's order. */
QVariantList rowValues(const Complaint& c, const QString& stamp)
{
    return {c.receipt.year,
            c.receipt.running,
            iso(c.receivedAt),
            c.receivedBy,
            c.receivedByPosition,
            c.fiscalYear(),
            c.channel,
            c.category,
            c.anonymous ? 1 : 0,
            c.subject,
            c.accused.name,
            c.accused.position,
            c.accused.unit,
            c.status,
            iso(c.statusAt),
            c.notAcceptedReason,
            optionalDate(c.nextDeadline),
            c.nextClock,
            stamp,
            stamp,
            c.receiptCode,
            c.enteredBy};
}

/** The first step of each new case and its search index, each in one statement (see the schema's note on
 *  complaint_search). */
bool addFirstStepsAndIndex(storage::Database& db, const QList<Complaint>& complaints, const QString& stamp)
{
    const auto [first, last] = idRange(complaints);
    return db.exec(QStringLiteral("INSERT INTO complaint_steps (complaint_id, step, at, by, note, reason, "
                                  "recorded_at) SELECT id, status, received_at, received_by, '', '', ? "
                                  "FROM complaints WHERE id BETWEEN ? AND ?"),
                   {stamp, first, last})
        && (db.engine() != storage::Engine::SQLite // a server's trigram indexes keep themselves
            || db.exec(QStringLiteral("INSERT INTO complaint_search(rowid, subject, details, accused_name)"
                                      " SELECT id, subject, details, accused_name FROM complaint_search_source"
                                      " WHERE id BETWEEN ? AND ?"),
                       {first, last}));
}

/** Raises each receipt year's counter to \a last (never lowers it). */
bool saveCounters(storage::Database& db, const QHash<int, int>& last)
{
    QSqlQuery counter = db.query();
    if (!counter.prepare(QStringLiteral("INSERT INTO receipt_counters(year, last) VALUES (?, ?) "
                                        "ON CONFLICT(year) DO UPDATE SET last = CASE WHEN excluded.last > receipt_counters.last"
                                        " THEN excluded.last ELSE receipt_counters.last END")))
        return db.failSql(QString(), counter);
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        counter.bindValue(0, it.key());
        counter.bindValue(1, it.value());
        if (!counter.exec())
            return db.failSql(QString(), counter);
    }
    return true;
}

/** A batch's one audit entry: how many, which ids, and the SHA-256 of every value stored (identities as sealed). */
bool recordBatch(storage::Database& db, const QList<Complaint>& complaints, const QByteArray& sha256)
{
    const auto [first, last] = idRange(complaints);
    const QJsonObject entry{{QStringLiteral("count"), complaints.size()},
                            {QStringLiteral("first_id"), first},
                            {QStringLiteral("last_id"), last},
                            {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())}};
    // (A rollback undoes the quiet setting too: it was made inside the same transaction.)
    return storage::setAuditQuiet(db, false)
        && storage::appendAuditEntry(db, QStringLiteral("insert_batch"), QStringLiteral("complaints"),
                                     QStringLiteral("%1-%2").arg(first).arg(last),
                                     QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
}

} // namespace

bool ComplaintRepository::add(Complaint& complaint)
{
    QList<Complaint> one{complaint};
    if (!add(one))
        return false;
    complaint = one.first();
    return true;
}

bool ComplaintRepository::add(QList<Complaint>& complaints)
{
    m_failedIndex = -1;
    if (!m_db.require(access::Permission::EnterComplaints))
        return false;
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    QHash<int, int> last; // receipt year → last running number
    if (!numberReceipts(m_db, complaints, last))
        return false;

    HolidayTable table(m_db);
    const calendar::WorkingCalendar cal = table.workingCalendar();
    const QList<DeadlineRule> rules = table.deadlineRules();
    const QString stamp = iso(now());
    const QByteArray key = QByteArray::fromHex(m_db.setting(QStringLiteral("receipt_key")).toLatin1());
    const access::IdentitySealer sealer(m_db.identityPublicKey());
    if (!sealer.isValid())
        return m_db.fail(RepositoryText::tr("this register has no identity key to seal a complainant's name with"));
    const bool holdsKey = m_db.identityKeys() != nullptr; // else the names wait for a holder (markNamesPending)
    QList<std::pair<qint64, QString>> named; // the cases to index, when the key is held

    // A batch (an import, several complaints at once) is one audit entry instead of an entry for each row; a
    // complaint added alone gets its row-by-row entries.
    const bool batch = complaints.size() > 1;
    if (batch && !storage::setAuditQuiet(m_db, true))
        return false;
    QCryptographicHash digest(QCryptographicHash::Sha256);

    QSqlQuery ins = m_db.query(), texts = m_db.query(), evidence = m_db.query();
    if (!ins.prepare(InsertComplaint))
        return m_db.failSql(QString(), ins);
    if (!texts.prepare(InsertTexts))
        return m_db.failSql(QString(), texts);
    if (!evidence.prepare(InsertEvidence))
        return m_db.failSql(QString(), evidence);

    for (qsizetype i = 0; i < complaints.size(); ++i) {
        Complaint& c = complaints[i];
        c.status = QStringLiteral("received");
        c.statusAt = c.receivedAt;
        c.history = {StepEvent{c.status, c.receivedAt, c.receivedBy, QString(), QString(), QString(), {}}};
        const auto next = nextDeadline(c, rules, cal);
        c.nextDeadline = next ? std::optional<QDate>(next->due) : std::nullopt;
        c.nextClock = next ? next->clock : QString();
        c.receiptCode = receiptCode(key, c);
        c.enteredBy = m_db.session().user;

        const QString sealed = hasIdentity(c) ? sealPayload(identityPayload(c), sealer) : QString();
        if (hasIdentity(c) && sealed.isEmpty())
            return m_failedIndex = int(i), m_db.fail(RepositoryText::tr("sealing the complainant's identity failed"));
        const QVariantList values = rowValues(c, stamp);
        for (qsizetype v = 0; v < values.size(); ++v) {
            ins.bindValue(int(v), storage::Database::bindable(values[v]));
            if (batch)
                digest.addData(values[v].toString().toUtf8().append('\x1f'));
        }
        if (batch)
            digest.addData(QStringList{c.details, c.requestedAction, c.incidentTime, c.incidentPlace, sealed}
                               .join(QChar(0x1F))
                               .toUtf8());
        if (!ins.exec() || !ins.next()) {
            m_failedIndex = int(i);
            const QString text = ins.lastError().databaseText();
            if (text.contains(QLatin1String("UNIQUE")) || text.contains(QLatin1String("duplicate key")))
                return m_db.fail(
                    RepositoryText::tr("receipt number %1 is already in the register").arg(c.receipt.toString()));
            return m_db.failSql(RepositoryText::tr("saving complaint %1 failed").arg(c.receipt.toString()), ins);
        }
        c.id = ins.value(0).toLongLong();
        ins.finish();
        for (int v = 0; const QString& text :
             {QString::number(c.id), c.details, c.requestedAction, c.incidentTime, c.incidentPlace, sealed})
            texts.bindValue(v++, storage::Database::bindable(text));
        if (!texts.exec())
            return m_failedIndex = int(i), m_db.failSql(QString(), texts);
        if (holdsKey && hasIdentity(c))
            named.append({c.id, c.complainant.name});
        for (int pos = 0; pos < c.evidence.size(); ++pos) {
            evidence.bindValue(0, c.id);
            evidence.bindValue(1, pos + 1);
            evidence.bindValue(2, c.evidence[pos].description);
            evidence.bindValue(3, c.evidence[pos].sets);
            if (!evidence.exec())
                return m_failedIndex = int(i), m_db.failSql(QString(), evidence);
        }
    }

    if (!complaints.isEmpty() && !addFirstStepsAndIndex(m_db, complaints, stamp))
        return false;
    if (!complaints.isEmpty() && !holdsKey) {
        const auto [first, lastId] = idRange(complaints);
        if (!markNamesPending(m_db, first, lastId))
            return false;
    }
    if (!named.isEmpty() && !indexNames(m_db, named))
        return false;
    if (!saveCounters(m_db, last) || (batch && !recordBatch(m_db, complaints, digest.result())))
        return false;
    if (!tx.commit()) {
        for (Complaint& c : complaints)
            c.id = 0;
        return false;
    }
    return true;
}

} // namespace sujarit::complaints
