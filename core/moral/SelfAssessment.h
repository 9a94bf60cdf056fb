// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Store.h"
#include "risks/EvidenceFiles.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace sujarit::moral {

/** One of the nine criteria as the office assesses itself against it. */
struct CriterionAnswer
{
    int number = 0; ///< 1–9
    QString status; ///< a code of criterionStatuses(); empty while not assessed
    QString text; ///< the narrative: what the office did
};

/** รายงานองค์กรคุณธรรม of a fiscal year: the level claimed and the nine criteria. */
struct SelfAssessment
{
    int fiscalYear = 0;
    int level = 0; ///< 1–3; 0 while none is claimed
    QList<CriterionAnswer> criteria; ///< always nine, in order
    std::optional<QDateTime> updatedAt; ///< nothing while the year has none kept
    QString updatedBy;

    /** The numbers of the criteria not yet assessed. */
    QList<int> unanswered() const;
};

/**
 * The self-assessments in the register, one a year, and the evidence files of each criterion (kept in
 * evidence_files under "moral_criterion", the year as owner and the criterion as round). Writes need the integrity
 * permission; a bad entry names its field and nothing is written.
 */
class SelfAssessmentStore : public Store
{
public:
    using Store::Store;

    /** The year's assessment; an empty one (nine unanswered criteria) when none is kept. */
    std::optional<SelfAssessment> load(int fiscalYear);
    /** Sets the level (when \a level is given) and the criteria in \a answers (the others stay as they were). */
    bool save(int fiscalYear, std::optional<int> level, const QList<CriterionAnswer>& answers,
              const QStringList& places = {});
    std::optional<risks::EvidenceFiles::File> addEvidence(int fiscalYear, int criterion, const QString& fileName,
                                                          const QByteArray& data);
    /** Every evidence file of the year's criteria (the criterion in round). */
    std::optional<QList<risks::EvidenceFiles::File>> evidence(int fiscalYear);
    std::optional<QByteArray> evidenceData(int fiscalYear, qint64 file);
};

/** The due date of the moral-organisation report of \a fiscalYear: setting "moral.report_due" (MM-DD, default 06-30). */
QDate reportDue(storage::Database& db, int fiscalYear);
/** The due date of the divisions' results (the selection of outstanding divisions) of \a fiscalYear: setting
 *  "moral.division_due" (MM-DD, default 07-30, seed 004). */
QDate divisionResultsDue(storage::Database& db, int fiscalYear);
/** The day of fiscal year \a fiscalYear that \a monthDay ("06-30") names: October to December in its first calendar
 *  year, the rest in its second; nothing when \a monthDay is not a day of every year. */
std::optional<QDate> dayOfFiscalYear(const QString& monthDay, int fiscalYear);

} // namespace sujarit::moral
