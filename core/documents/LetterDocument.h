// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/Complaint.h"

#include <QDate>
#include <QString>

namespace sujarit::office {
struct OfficeProfile;
}

namespace sujarit::documents {

class PageWriter;

enum class LetterKind { Acknowledgement, Result };

struct LetterOptions {
    LetterKind kind = LetterKind::Acknowledgement;
    QString letterNumber; ///< the running part after the prefix; dotted for the clerk to fill when empty
    QString result; ///< the result in words; from the case's conclusion when empty
    QString enclosure; ///< สิ่งที่ส่งมาด้วย, if any
    QDate date; ///< the letter's date
};

/**
 * A letter to the complainant in the official layout of ระเบียบงานสารบรรณ: 3 cm for the Garuda at the top, ที่ …,
 * the office's address, the date, เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, the body, the closing and the executive's
 * signature block, and the responsible unit with its phone at the foot. An acknowledgement says the complaint is
 * received and in hand; a result letter gives the outcome.
 */
bool paintLetter(PageWriter& page, const complaints::Complaint& complaint, const office::OfficeProfile& office,
                 const LetterOptions& options, QString* error);

/** The profile fields a letter needs. */
QStringList letterNeeds();

} // namespace sujarit::documents
