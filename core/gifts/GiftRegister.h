// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "access/Session.h"

#include "GiftRule.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::gifts {

/** The head of the agency's decision on a gift that had to be reported (keep, return, hand over). */
struct GiftDecision
{
    QString decision; ///< keep, return, hand_over; empty while undecided
    QDate date;
    QString by;
    QString reason;
    QString ruleVersion; ///< the rule the decision was made under, kept with it
    bool done() const { return !decision.isEmpty(); }
};
/** keep (ให้รับไว้), return (ให้ส่งคืนผู้ให้), hand_over (ให้ส่งมอบเป็นสิทธิของหน่วยงาน), with Thai labels. */
const QList<Relation>& giftDecisions();
std::optional<QString> giftDecisionLabel(const QString& code);

/** A gift as registered, with its judgement under the rule in force. */
struct RegisteredGift
{
    qint64 id = 0;
    GiftEntry entry;
    QString description;
    QString disposition; ///< what happened to it (used, shared in the office, returned, …)
    GiftDecision decision;
    GiftJudgement judgement;
    QString receiverPosition; ///< read from the staff list
};

/** The gift register in the database: every write one transaction, all or nothing. */
class GiftRegister
{
public:
    explicit GiftRegister(storage::Database& db);

    /**
     * Adds \a gifts: every receiver on the staff list and bound by the rule on the gift's day (in office, or left
     * less than two years before), every entry valid (see validate()); or nothing is added and the error names the
     * entry (by \a places when given) and the field. On success each carries its id.
     */
    bool addGifts(QList<RegisteredGift>& gifts, const QStringList& places = {});
    /**
     * Records the head's decision on gift \a id, which must be one the rule says must be reported; the decision
     * keeps the version of \a rules it was made under.
     */
    bool decide(qint64 id, GiftDecision decision, const GiftRuleSet& rules);
    /** The gifts received in fiscal year \a fiscalYear (BE), oldest first, each judged under \a rules. */
    std::optional<QList<RegisteredGift>> gifts(int fiscalYear, const GiftRuleSet& rules);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    /** True when the session may do \a permission; else the refusal is errorString(). */
    bool allowed(access::Permission permission);

    storage::Database& m_db;
    QString m_error;
};

} // namespace sujarit::gifts
