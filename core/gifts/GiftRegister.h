// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "GiftRule.h"

#include <QList>
#include <QString>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::gifts {

/** A member of staff: who declares, receives gifts, is assigned cases. */
struct StaffMember {
    qint64 id = 0;
    QString name;
    QString position;
    QString division;
    QString kind; ///< executive, council_member, official, contract_employee
    bool active = true;
};

/** The staff kinds with their Thai names (ผู้บริหาร, สมาชิกสภา, พนักงานส่วนตำบล, พนักงานจ้าง). */
struct StaffKind {
    QString code;
    QString label;
};
const QList<StaffKind>& staffKinds();
/** The code of \a text, given as a code or as its Thai name; nullopt when it is neither. */
std::optional<QString> staffKindCode(const QString& text);

/** A gift as registered, with its judgement under the rule in force. */
struct RegisteredGift {
    qint64 id = 0;
    GiftEntry entry;
    QString description;
    GiftJudgement judgement;
};

/** The staff list and the gift register in the database: every write one transaction, all or nothing. */
class GiftRegister
{
public:
    explicit GiftRegister(storage::Database& db);

    /** Adds \a members; one that lacks a name or kind, or whose name is taken, fails them all and says which. */
    bool addStaff(QList<StaffMember>& members);
    std::optional<QList<StaffMember>> staff();

    /**
     * Adds \a gifts (each with its description in \a descriptions, same order): every receiver must be on the staff
     * list and every entry valid (see validate()), or nothing is added and the error names the entry and the field.
     */
    bool addGifts(const QList<GiftEntry>& gifts, const QStringList& descriptions);
    /** The gifts received in fiscal year \a fiscalYear (BE), oldest first, each judged under \a rules. */
    std::optional<QList<RegisteredGift>> gifts(int fiscalYear, const GiftRuleSet& rules);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);

    storage::Database& m_db;
    QString m_error;
};

} // namespace sujarit::gifts
