// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "access/Session.h"

#include "staff/StaffList.h"
#include "text/Code.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::storage {
class Database;
}

/**
 * Declarations of interest (seed 002): the annual return of every staff member (a nil
 * return counts), the procurement committee member's declaration for each procurement, the declaration when a
 * situation arises and the gift report — each with the persons or companies involved, the declarant's relation
 * to them, and the supervisor's review.
 */
namespace sujarit::conflicts {

/** A coded list entry with its Thai label, as the forms print it. */
using Choice = text::Code;
using text::codesOf;
using text::labelIn;
/** annual, procurement, situational, gift_report. */
const QList<Choice>& declarationKinds();
/** The forms of conflict of seed 002's list (property, gifts, inside_information, … , other). */
const QList<Choice>& conflictForms();
/** The declarant's relation to a party: none, self, spouse and the relatives of the gift rule. */
const QList<Choice>& partyRelations();
/** The supervisor's decisions: no_conflict, recuse, reassign, stop, other. */
const QList<Choice>& reviewDecisions();

struct Party
{
    QString name; ///< a person or a company
    QString relation = QStringLiteral("none"); ///< a code of partyRelations()
    friend bool operator==(const Party&, const Party&) = default;
};

struct Review
{
    QString reviewer;
    QString decision; ///< a code of reviewDecisions(); empty while not yet reviewed
    QDate date;
    QString reason;
    bool done() const { return !decision.isEmpty(); }
};

struct Declaration
{
    qint64 id = 0;
    QString kind; ///< a code of declarationKinds()
    QString declarant; ///< a staff name
    QDate date;
    bool noInterest = false; ///< the nil return: "no interest to declare"
    QString form; ///< a code of conflictForms(), empty for a nil return
    QString details;
    QString procurementName, procurementNumber; ///< procurement declarations only
    QList<Party> parties; ///< those involved; for a procurement, its bidders
    Review review;
    // Read from the staff list when the declaration is read back.
    QString position, division;

    int fiscalYear() const;
    /** True when the declarant has a tie (any relation but "none") to one of the parties. */
    bool hasTie() const;
};

/** What is wrong with \a d (not counting the staff list), naming the field; empty when it may be stored. */
QString validate(const Declaration& d);
/** What is wrong with \a review of a declaration made on \a declaredOn; empty when it may be stored. */
QString validate(const Review& review, QDate declaredOn);

/** The declarations in the database: every write one transaction, all or nothing. */
class DeclarationRegister
{
public:
    explicit DeclarationRegister(storage::Database& db);

    /**
     * Adds \a declarations: each valid, its declarant on the staff list and in office on its date, no second
     * annual return for a person and year, no second declaration of a member for one procurement; or nothing is
     * added and the error names the entry (by \a places when given) and the field.
     */
    bool add(QList<Declaration>& declarations, const QStringList& places = {});
    /** Records the supervisor's review of declaration \a id (a later review replaces an earlier one). */
    bool review(qint64 id, const Review& review);
    std::optional<Declaration> find(qint64 id);
    /** The declarations of fiscal year \a fiscalYear (BE; all years when nullopt), by date. */
    std::optional<QList<Declaration>> list(std::optional<int> fiscalYear);
    /** The declarations of \a declarant, any year. */
    std::optional<QList<Declaration>> byDeclarant(const QString& declarant);
    /** The staff in office during fiscal year \a fiscalYear who have not yet made its annual return. */
    std::optional<QList<staff::StaffMember>> missingAnnual(int fiscalYear);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    /** True when the session may do \a permission; else the refusal is errorString(). */
    bool allowed(access::Permission permission);
    std::optional<QList<Declaration>> select(const QString& where, const QVariantList& values);

    storage::Database& m_db;
    QString m_error;
};

} // namespace sujarit::conflicts
