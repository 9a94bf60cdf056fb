// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Statistics.h"
#include "documents/PdfExport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sujarit::office {
struct OfficeProfile;
}
namespace sujarit::documents {
class PageWriter;
}

namespace sujarit::reports {

/** The statistics for other systems: fiscal_year, total, completed, in_progress, anonymous, by_month … */
QJsonObject statisticsToJson(const YearStatistics& s);
/** Every table in one CSV (UTF-8 with BOM, so Excel opens the Thai): table, key, label, count. */
QByteArray statisticsToCsv(const YearStatistics& s);
/**
 * An Excel workbook (libxlsxwriter): a summary sheet and one sheet per table, the office and the fiscal year in the
 * title rows, numbers as numbers. Written to a temporary file that replaces \a path only when complete.
 */
bool writeStatisticsXlsx(const YearStatistics& s, const office::OfficeProfile& office, const QString& path,
                         QString* error);
/**
 * Writes the statistics to \a path as \a format: "xlsx", "pdf" (the report below, with the office's digits),
 * "csv" or "json". The file appears only when complete; false with \a error naming the file and the cause.
 */
bool writeStatistics(const YearStatistics& s, const office::OfficeProfile& office, const QString& format,
                     const QString& path, QString* error);
/** The report in the office's format: a summary, then a table and a bar chart for each breakdown. */
bool paintStatisticsReport(documents::PageWriter& page, const YearStatistics& s, const office::OfficeProfile& office,
                           QString* error);
/** paintStatisticsReport() for \a s with the office's document digits, ready for a PDF or the print preview. */
documents::DocumentPainter statisticsReport(const YearStatistics& s, const office::OfficeProfile& office);

} // namespace sujarit::reports
