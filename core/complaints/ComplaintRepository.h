// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Complaint.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QSqlQuery;

namespace sujarit::storage {
class Database;
}

namespace sujarit::complaints {

/** The order of a list. */
enum class SortKey { Received, Receipt, Channel, Category, Complainant, Subject, Accused, Status, Deadline };

/** What to list. Empty fields do not filter. */
struct ComplaintFilter {
    std::optional<int> fiscalYear; ///< BE
    std::optional<QDate> from, to; ///< receipt date range, inclusive
    QString status, channel, category;
    QString assignedUnit; ///< the division the case was last assigned to (an officer's own cases)
    bool overdueOnly = false;
    std::optional<QDate> dueFrom, dueTo; ///< next deadline range, inclusive
    QString search; ///< Thai substring search over subject, allegation and accused; complainant by name (key holders)
    SortKey sort = SortKey::Received; ///< overdue lists default to the most overdue first
    bool descending = false;
    int limit = -1;
    int offset = 0;
};

/** One line of the register: what a list or table shows without loading the whole case. */
struct ComplaintSummary {
    qint64 id = 0;
    ReceiptNumber receipt;
    QDate receivedDate;
    QTime receivedTime;
    QString channel, category;
    bool anonymous = false;
    QString complainantName;
    QString subject;
    QString accusedName, accusedUnit;
    QString status;
    QString notAcceptedReason;
    QString assignedUnit;
    std::optional<QDate> nextDeadline;
    QString nextClock;
    QString enteredBy;
    bool identityHidden = false; ///< the complainant's name was masked for the reader
    bool isOverdue(QDate today) const { return nextDeadline && *nextDeadline < today; }
    /** Date and time of receipt (built on demand: a list of thousands of rows rarely needs it). */
    QDateTime receivedAt() const { return QDateTime(receivedDate, receivedTime); }
};

/** What an officer records on a case. */
struct StepRequest {
    QString step;
    QString reason; ///< required for not_accepted
    QString note;
    QDateTime at; ///< defaults to now
    QString by;
    QString unit; ///< the division, required for assigned
    /** The officers assigned or the committee's members (staff names), for assigned, fact_finding and committee;
     *  each is checked for recusal (complaints::recusalFlags) and a flagged one stops the step. */
    QStringList officers = {};
};

/**
 * The complaint register in the database: adding complaints with their receipt numbers, recording steps,
 * finding and listing. Every write is one transaction: it happens whole or not at all.
 *
 * What the database's session may do is checked here, for every path (access::Session): entering needs
 * EnterComplaints, reading ViewRegister, a step RecordSteps and access::mayRecordStep on the case. Reads mask the
 * complainant (ไม่เปิดเผยชื่อ) unless setRevealReason() was given a reason and the session may see identities
 * (access::maySeeIdentity) and holds the register's identity key; each such reveal is an audit entry with the
 * reason. The identity is stored sealed (complaints/SealedIdentity.h): a search matches a complainant's name only
 * for a session holding the key, through the keyed hashes of the name index, and never for anyone else.
 */
class ComplaintRepository
{
public:
    using Clock = std::function<QDateTime()>;
    explicit ComplaintRepository(storage::Database& db, Clock clock = {});

    /**
     * Adds \a complaints (already validated) in one transaction. Receipt numbers already set are kept (and must be
     * unused); the others are given the next numbers of their year in the order of their receipt time.
     * On success the complaints carry their ids and numbers. On failure nothing is written, failedIndex() names the
     * complaint at fault and errorString() says why.
     */
    bool add(QList<Complaint>& complaints);
    bool add(Complaint& complaint);

    /** The whole case: fields, evidence and step history; nothing (with errorString() set) when unknown. */
    std::optional<Complaint> find(const ReceiptNumber& receipt);
    std::optional<Complaint> findById(qint64 id);
    /** The case whose receipt carries \a code (any spelling normalizeReceiptCode() reads), or nothing. */
    std::optional<Complaint> findByReceiptCode(const QString& code);
    /** True when \a c's stored receipt code is the one its current data and the register's key give. */
    bool receiptCodeMatches(const Complaint& c);

    /**
     * From now on, reads show the complainant to a session allowed to see it, and each read that does is audited
     * with \a reason ("พิมพ์หนังสือแจ้งผล", "ตรวจสอบที่อยู่" …). An empty reason masks again.
     */
    void setRevealReason(const QString& reason) { m_revealReason = reason.trimmed(); }
    QString revealReason() const { return m_revealReason; }

    /** Records a step on a case after checking it is legal now; an illegal step changes nothing. */
    bool recordStep(const ReceiptNumber& receipt, const StepRequest& request);

    std::optional<QList<ComplaintSummary>> list(const ComplaintFilter& filter);
    std::optional<int> count(const ComplaintFilter& filter);
    /** The ids of the complaints a filter lists, in its order (what a table needs to page through any register). */
    std::optional<QList<qint64>> listIds(const ComplaintFilter& filter);
    /** The register lines of \a ids, in the order given. */
    std::optional<QList<ComplaintSummary>> summaries(const QList<qint64>& ids);
    /** The fiscal years (BE) that have complaints, latest first. */
    QList<int> fiscalYears();
    /** How many complaints of fiscal year \a fiscalYear stand at each step. */
    std::optional<QHash<QString, int>> countByStatus(int fiscalYear);

    /** Recomputes the next deadline of every open case; call inside a transaction. */
    bool recomputeDeadlines();

    QString errorString() const;
    int failedIndex() const { return m_failedIndex; }
    QDate today() const { return now().date(); }

private:
    QDateTime now() const;
    bool insertOne(Complaint& c);
    bool storeDeadline(Complaint& c);
    bool loadDetails(Complaint& c);
    std::optional<Complaint> load(qint64 id);
    /** The id of the case with \a receipt; nothing (errorString() set) when there is none. */
    std::optional<qint64> idOf(const ReceiptNumber& receipt);
    /** True when a reveal was asked and the session may make it; false, with a reason set when it holds no key. */
    bool mayReveal();
    /** Masks or reveals \a c for the session; a reveal is audited. */
    bool disclose(Complaint& c);
    bool disclose(QList<ComplaintSummary>& list);
    static QList<ComplaintSummary> readSummaries(QSqlQuery& q);
    /** The name index's key for \a filter's search: empty unless it searches and the session holds the key. */
    QByteArray nameSearchKey(const ComplaintFilter& filter);

    storage::Database& m_db;
    Clock m_clock;
    int m_failedIndex = -1;
    QString m_revealReason;
};

} // namespace sujarit::complaints
