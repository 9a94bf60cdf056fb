// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "conflicts/Declarations.h"
#include "ListDocument.h"
#include "gifts/GiftRegister.h"

#include <QDate>

namespace sujarit::office {
struct OfficeProfile;
}

/**
 * The conflict-of-interest registers as lists, each printed (documents::paintList) and exported to CSV and Excel
 * (reports::writeList) from the same rows.
 */
namespace sujarit::documents {

/** ทะเบียนการรับทรัพย์สินหรือประโยชน์อื่นใด of fiscal year \a fiscalYear: every gift with the rule's verdict and the head's
 * decision. */
ListDocument giftRegisterList(const QList<gifts::RegisteredGift>& gifts, int fiscalYear,
                                         const office::OfficeProfile& office);
/**
 * The report the ITA asks for (รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา, No Gift Policy): name, position, date,
 * item, value, giver and action of every gift of the year — or "ไม่มี" — signed by the reporter and the head.
 */
ListDocument noGiftReportList(const QList<gifts::RegisteredGift>& gifts, int fiscalYear,
                                         const office::OfficeProfile& office);
/** The declarations of a fiscal year (all years when nullopt) with their parties and reviews. */
ListDocument declarationsList(const QList<conflicts::Declaration>& declarations, std::optional<int> fiscalYear,
                                         const office::OfficeProfile& office);
/** The annual campaign: who has not yet made the year's return, with the day it is due. */
ListDocument missingDeclarationsList(const QList<staff::StaffMember>& missing, int fiscalYear, QDate due,
                                                const office::OfficeProfile& office);

/** What became of a gift, in a few words: the head's decision, else what happened to it, else the rule's verdict. */
QString giftAction(const gifts::RegisteredGift& gift);
/** "name (relation); name (relation)" */
QString partiesText(const QList<conflicts::Party>& parties);

} // namespace sujarit::documents
