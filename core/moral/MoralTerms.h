// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "text/Code.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * The moral organisation's year (seed 004, tests/data/seeds/004-plan-measures.txt): the levels and nine criteria of
 * แผนปฏิบัติการด้านการส่งเสริมคุณธรรมแห่งชาติ ระยะที่ ๒ (พ.ศ. ๒๕๖๖ – ๒๕๗๐), the target virtues, the good deeds, the best
 * practices and the selection of outstanding officials and divisions.
 */
namespace sujarit::moral {

/** The three levels: 1 องค์กรส่งเสริมคุณธรรม, 2 องค์กรคุณธรรม, 3 องค์กรคุณธรรมต้นแบบ. */
QString levelLabel(int level);
/** What a level means, as seed 004 defines it. */
QString levelDefinition(int level);
/** The nine criteria of seed 004 §5, in their order (criterion 1 is at 0). */
const QStringList& criteria();
/** met, partly, not: เป็นไปตามเกณฑ์, เป็นไปตามเกณฑ์บางส่วน, ยังไม่เป็นไปตามเกณฑ์. */
const QList<text::Code>& criterionStatuses();
/** The dimensions of a target virtue: core (the five of seed 004), religion, sufficiency (criterion 8), culture, other. */
const QList<text::Code>& virtueDimensions();
/** The virtue of \a text given as a code of plan::virtues() ("honesty") or its Thai name; else \a text as written
 *  (an office's own virtue), spaces collapsed. */
QString virtueName(const QString& text);
/** The code of plan::virtues() for a virtue named \a name ("สุจริต" → "honesty"), or empty for an office's own. */
QString virtueCode(const QString& name);

/** A criterion of a selection: its name, its weight and the highest score a member may give. */
struct SelectionCriterion
{
    QString name;
    double weight = 1;
    int max = 10;
};
/** official (ข้าราชการ/พนักงานผู้มีคุณธรรมและจริยธรรมดีเด่น) or division (ส่วนราชการที่มีผลงานดีเด่น). */
const QList<text::Code>& selectionKinds();
/** The seven ethical standards of พ.ร.บ.มาตรฐานทางจริยธรรม พ.ศ. ๒๕๖๒ ม.๕ (seed 004), weight 1, scored 0–10 each. */
QList<SelectionCriterion> defaultSelectionCriteria();

} // namespace sujarit::moral
