// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>

/** The Thai government fiscal year (ปีงบประมาณ): 1 October – 30 September, named by the BE year it ends in. */
namespace sujarit::calendar {

/** The BE fiscal year of \a date: 1 Oct 2567 – 30 Sep 2568 is fiscal year 2568. */
int fiscalYearOf(QDate date);
/** 1 October of the year before; e.g. 2568 → 2024-10-01. */
QDate fiscalYearStart(int buddhistFiscalYear);
/** 30 September; e.g. 2568 → 2025-09-30. */
QDate fiscalYearEnd(int buddhistFiscalYear);
/** Quarter 1 (Oct–Dec) … 4 (Jul–Sep) of the fiscal year. */
int fiscalQuarterOf(QDate date);
/** First day of \a quarter (1..4) of \a buddhistFiscalYear. */
QDate fiscalQuarterStart(int buddhistFiscalYear, int quarter);
/** Last day of \a quarter (1..4) of \a buddhistFiscalYear. */
QDate fiscalQuarterEnd(int buddhistFiscalYear, int quarter);

} // namespace sujarit::calendar
