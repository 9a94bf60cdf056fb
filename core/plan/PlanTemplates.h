// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "text/Code.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/**
 * The vocabulary and the templates of the ethics and anti-corruption action plan (seeds 001 and 004):
 * seed 001's four areas and 44 example activities, seed 004's three measures with their lines of action, the five
 * core virtues, the progress rounds and their default due dates, the activity statuses, the kinds of KPI and the
 * KPIs Sujarit computes from the office's own data.
 */
namespace sujarit::plan {

using Term = text::Code;

/** strategy, campaign, monitoring, network: seed 001's four areas (ด้าน). */
const QList<Term>& areas();
/** The five core virtues of seed 004: sufficiency, discipline, honesty, volunteer, gratitude. */
const QList<Term>& virtues();
/** not_started, in_progress, done, cancelled. */
const QList<Term>& statuses();
/** count (จำนวน), percent (ร้อยละ), done (ดำเนินการแล้วเสร็จ/ไม่แล้วเสร็จ). */
const QList<Term>& kpiKinds();
/** KPIs computed from the register and the declarations, each with its kind and unit. */
struct KpiSource
{
    QString code;
    QString label; ///< what is counted, as the plan prints it
    QString kind; ///< count or percent
    QString unit;
};
const QList<KpiSource>& kpiSources();
std::optional<KpiSource> kpiSource(const QString& code);
inline std::optional<QString> termLabel(const QList<Term>& list, const QString& code) { return text::labelIn(list, code); }
inline QString termCodes(const QList<Term>& list) { return text::codesOf(list); }

/** The rounds: 6, 9 and 12 months. */
const QList<int>& rounds();
/** Seed 004's due dates of round \a round of fiscal year \a fiscalYear: 20 March, 20 June, 10 September. */
QDate defaultRoundDue(int fiscalYear, int round);
/** The last day a round reports on: 31 March, 30 June, 30 September. */
QDate roundEnd(int fiscalYear, int round);

/** One of seed 001's example activities: its area, its group within the area (2.1, 2.2 or none), number and text. */
struct CatalogueActivity
{
    QString area;
    QString group;
    int number = 0;
    QString text;
};
const QList<CatalogueActivity>& seed001Catalogue();

/** One of seed 004's measures (มาตรการ) with its lines of action (แนวทาง). */
struct TemplateMeasure
{
    QString title;
    QStringList lines;
};
const QList<TemplateMeasure>& seed004Measures();

} // namespace sujarit::plan
