// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::complaints {

/** เลขที่รับ "running/BE-year", e.g. 12/2568. */
struct ReceiptNumber {
    int running = 0;
    int year = 0; ///< BE
    bool isValid() const { return running > 0 && year > 2400; }
    QString toString() const { return isValid() ? QStringLiteral("%1/%2").arg(running).arg(year) : QString(); }
    /** Reads "12/2568" (Thai digits and spaces allowed); nothing when it is not of that shape. */
    static std::optional<ReceiptNumber> parse(const QString& text);
    friend bool operator==(const ReceiptNumber&, const ReceiptNumber&) = default;
};

/** One item of evidence the complainant enclosed: "๑) ภาพถ่าย จำนวน ๒ ชุด". */
struct EvidenceItem {
    QString description;
    int sets = 1;
    friend bool operator==(const EvidenceItem&, const EvidenceItem&) = default;
};

/** The complainant (ผู้ร้อง); empty for an anonymous complaint. */
struct Complainant {
    QString title; ///< คำนำหน้า (นาย, นาง, นางสาว, …), when given apart from the name
    QString name;
    std::optional<int> age;
    QString address; ///< the address as written, in one line
    QString houseNo, moo, subdistrict, district, province, postcode; ///< read from the address when possible
    QString phone, email, nationalId;
    bool isEmpty() const;
};

/** The official or unit complained about (ผู้ถูกร้อง). */
struct Accused {
    QString name, position, unit;
};

/** One recorded step of a case: what, when, who, and why. */
struct StepEvent {
    QString step;
    QDateTime at;
    QString by;
    QString note;
    QString reason; ///< reason code, for not_accepted
    QString unit; ///< the division a case is assigned to, for assigned
    QStringList officers = {}; ///< the officers assigned or the committee appointed (staff names)
};

/** A complaint about corruption or misconduct, with everything the seed's form and register hold. */
struct Complaint {
    qint64 id = 0;
    ReceiptNumber receipt;
    QDateTime receivedAt;
    QString receivedBy, receivedByPosition;
    QString channel; ///< code, see channels()
    QString category; ///< code, see categories()
    bool anonymous = false;
    Complainant complainant;
    QString subject;
    QString details; ///< ข้อกล่าวหา/ข้อร้องเรียน in the complainant's words
    QString requestedAction;
    Accused accused;
    QString incidentTime, incidentPlace, witnesses;
    QList<EvidenceItem> evidence;

    // State, kept by the repository.
    QString status = QStringLiteral("received");
    QDateTime statusAt;
    QString notAcceptedReason;
    QString assignedUnit; ///< ส่งหน่วยงาน: the division the case was last assigned to
    QString receiptCode; ///< the check code printed on the complainant's receipt
    QString enteredBy; ///< the user who entered the case (set by the repository)
    /** True when the complainant's fields were masked for the reader (ComplaintRepository reads). */
    bool identityHidden = false;
    /** The identity as stored, sealed (complaints/SealedIdentity.h); empty when the case names nobody. */
    QString sealedIdentity;
    std::optional<QDate> nextDeadline;
    QString nextClock;
    QList<StepEvent> history;

    /** Fiscal year (BE) of the receipt date. */
    int fiscalYear() const;
    /** True when the next deadline has passed on \a today. */
    bool isOverdue(QDate today) const { return nextDeadline && *nextDeadline < today; }
};

} // namespace sujarit::complaints
