// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Selection.h"
#include "documents/ListDocument.h"
#include "documents/PdfExport.h"

namespace sujarit::office {
struct OfficeProfile;
}

namespace sujarit::moral {

/** แบบให้คะแนน of one member: a row a nominee, a column a criterion (its weight and highest score in the legend),
 *  the member's scores where given and room for the pen where not; a nominee she may not score is marked and why. */
documents::ListDocument scoringSheet(const Selection& selection, const Scorer& member, const office::OfficeProfile& office);
/** สรุปผลการคัดเลือก: the nominees by rank, each criterion's mean, the weighted total, ties named, how many members
 *  scored, and the good deeds of the year beside each official. */
documents::ListDocument selectionSummary(const Selection& selection, const office::OfficeProfile& office);
/** ประกาศผลการคัดเลือก in the layout of the office's announcements, signed by \a signerTitle's holder; a draft
 *  (ร่าง) until the selection is recorded as announced. */
documents::DocumentPainter selectionAnnouncement(const Selection& selection, const office::OfficeProfile& office,
                                                 const QString& signerTitle);

/** The parts of the selection's paper: "sheets", "summary", "announcement"; all in this order when \a parts is empty. */
documents::DocumentPainter selectionPaper(const Selection& selection, const office::OfficeProfile& office,
                                          const QString& signerTitle, const QStringList& parts = {});

} // namespace sujarit::moral
