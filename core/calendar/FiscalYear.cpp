// SPDX-License-Identifier: GPL-3.0-or-later
#include "FiscalYear.h"

#include "ThaiDate.h"

namespace sujarit::calendar {

int fiscalYearOf(QDate date) { return toBuddhistYear(date.month() >= 10 ? date.year() + 1 : date.year()); }

QDate fiscalYearStart(int buddhistFiscalYear) { return QDate(toGregorianYear(buddhistFiscalYear) - 1, 10, 1); }

QDate fiscalYearEnd(int buddhistFiscalYear) { return QDate(toGregorianYear(buddhistFiscalYear), 9, 30); }

int fiscalQuarterOf(QDate date) { return date.month() >= 10 ? 1 : (date.month() - 1) / 3 + 2; }

QDate fiscalQuarterStart(int buddhistFiscalYear, int quarter)
{
    return fiscalYearStart(buddhistFiscalYear).addMonths(3 * (quarter - 1));
}

QDate fiscalQuarterEnd(int buddhistFiscalYear, int quarter)
{
    return fiscalQuarterStart(buddhistFiscalYear, quarter).addMonths(3).addDays(-1);
}

} // namespace sujarit::calendar
