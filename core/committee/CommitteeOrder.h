// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Committee.h"
#include "documents/PdfExport.h"

namespace sujarit::office {
struct OfficeProfile;
}
namespace sujarit::storage {
class Database;
}

namespace sujarit::committee {

/**
 * The order appointing the committee (คำสั่ง{office} ที่ …/BBBB เรื่อง แต่งตั้งคณะกรรมการจริยธรรม), in the layout of the
 * office's announcements: why, the members with their positions and roles, the duties of seed 001 §2, the year's
 * goals, "สั่ง ณ วันที่ …" and the executive's signature. Until the order is recorded as signed it is a draft (ร่าง)
 * with its number and date dotted for the pen. \a signerTitle is printed under the signer's name.
 */
documents::DocumentPainter committeeOrder(const Committee& committee, const office::OfficeProfile& office,
                                          const QString& signerTitle);

/** The title to print under the order's signer: the signer's as the office knows it, else the executive's. */
QString orderSignerTitle(storage::Database& db, const Committee& committee);

} // namespace sujarit::committee
