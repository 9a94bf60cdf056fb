// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "RiskStore.h"
#include "documents/ListDocument.h"

#include <QColor>

namespace sujarit::office {
struct OfficeProfile;
}

/** The risk register on paper and in Excel/CSV. */
namespace sujarit::risks {

/** The heat map's colour of \a level: green, yellow, orange, red (the usual 5 × 5 matrix). */
QColor levelColour(const QString& level);

/**
 * The register ranked, one row per risk: rank, number (R1 …), process, event, type, causes and controls,
 * likelihood, impact, score, level, the office's figures beside it, and its measures with who does them. On \a paper
 * the rating is one column and the figures one cell, so the texts have room on landscape A4; for CSV and Excel each
 * number has its column.
 */
documents::ListDocument registerList(const RiskRegister& reg, const LevelBands& bands,
                                     const QHash<qint64, RiskFigures>& figures, const office::OfficeProfile& office,
                                     bool paper = false);
/**
 * รายงานผลการประเมินความเสี่ยงการทุจริต: a first page with the 5 × 5 matrix as a coloured heat map (each risk's R-number in
 * its cell), the level bands with how many risks each holds, and what each likelihood and impact level means; then
 * the ranked register, what stakeholders expect, and the signatures.
 */
documents::DocumentPainter assessmentReport(const RiskRegister& reg, const LevelBands& bands,
                                            const QHash<qint64, RiskFigures>& figures,
                                            const office::OfficeProfile& office);
/**
 * รายงานผลการดำเนินการตามมาตรการ รอบ ๖/๑๒ เดือน: each risk with its level before and after the measures, its measures'
 * status and what was done; the measures against all risks; the summary; signed by the reporter and the head.
 */
documents::ListDocument roundReport(const RiskRegister& reg, int round, const LevelBands& bands,
                                    const office::OfficeProfile& office);

} // namespace sujarit::risks
