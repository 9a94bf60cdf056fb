// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "BestPractice.h"
#include "GoodDeeds.h"
#include "SelfAssessment.h"
#include "Virtues.h"
#include "documents/ListDocument.h"
#include "documents/PdfExport.h"

namespace sujarit::office {
struct OfficeProfile;
}

namespace sujarit::moral {

/**
 * รายงานองค์กรคุณธรรม: the level claimed with its definition, then each of the nine criteria with the office's
 * assessment and narrative, what Sujarit holds for it (\a held, heldEvidence()) and the files attached, a summary
 * table, and the reporter's and the head's signatures. \a due is printed under the title.
 */
documents::DocumentPainter moralReport(const SelfAssessment& assessment, const QList<QStringList>& held,
                                       const QList<risks::EvidenceFiles::File>& files, QDate due,
                                       const office::OfficeProfile& office);

/** รายงานปัญหาที่อยากแก้ ความดีที่อยากทำ: each virtue with its problem, good, indicator and target, activities (the
 *  office's and the plan's) and its results per round. */
documents::ListDocument virtuesPaper(int fiscalYear, const QList<VirtueTarget>& virtues, const office::OfficeProfile& office);

/** บันทึกสะสมความดี of the year: one person's (\a staff given, with \a position) or everyone's, with the counts per
 *  virtue (and per person and division when everyone's). */
documents::ListDocument deedsPaper(int fiscalYear, const QList<GoodDeed>& deeds, const QString& staff,
                                   const QString& position, const office::OfficeProfile& office);

/** แบบรายงานการถอดบทเรียน (Best Practice) of one division: its parts in order, the evidence kept, and signatures. */
documents::DocumentPainter bestPracticePaper(const BestPractice& practice, int evidenceFiles,
                                             const office::OfficeProfile& office);

} // namespace sujarit::moral
