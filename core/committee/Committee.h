// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "text/Code.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/**
 * The ethics committee of a fiscal year (คณะกรรมการจริยธรรม; in a local office often คณะทำงานส่งเสริมคุณธรรม
 * จริยธรรม): its members from the staff list with their roles, its goals, and the executive's order appointing it
 * with the duties seed 001 §2 gives it (tests/data/seeds/001-ethics-code-activities.txt).
 */
namespace sujarit::committee {

using Term = text::Code;

/** chair, vice_chair, member, secretary, assistant_secretary — ประธาน … ผู้ช่วยเลขานุการ, in the order an order lists them. */
const QList<Term>& roles();
/** Reads a role from its code or its Thai label. */
std::optional<QString> roleFromText(const QString& text);

/** The duties of seed 001 §2 as the appointment order charges the committee with them: the seed's words, without
 *  what belongs to central government (reporting to ก.พ., its 4 dimensions and 13 indicators). */
QStringList duties();

/** "คณะกรรมการจริยธรรม": the name a new committee takes. */
QString defaultName();

struct Member
{
    qint64 id = 0;
    qint64 staffId = 0;
    QString name; ///< from the staff list
    QString position; ///< from the staff list
    QString role; ///< a code of roles()
};

struct Goal
{
    qint64 id = 0;
    QString goal;
    qint64 planActivity = 0; ///< the plan activity whose KPI measures it, or 0
    QString planActivityCode; ///< its "1.2.3", when tied
};

struct Committee
{
    int fiscalYear = 0;
    QString name;
    QList<Member> members; ///< in the order of roles(), then as added
    QList<Goal> goals;
    QString orderNumber; ///< "12/2569": the order's number, once given
    std::optional<QDate> orderSignedOn;
    QString orderSignedBy;

    const Member* member(const QString& name) const;
};

} // namespace sujarit::committee
