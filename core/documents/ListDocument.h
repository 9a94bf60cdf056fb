// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "PdfExport.h"
#include "TablePainter.h"
#include "text/ThaiDigits.h"

#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

namespace sujarit::documents {

/**
 * A register or list as an office prints it: a title, lines under it (office, period), a ruled table that runs
 * over pages with its headers repeated, a line when there is nothing to list, closing lines (a note, a deadline)
 * and signature lines. The same rows feed the CSV and Excel exports (reports/TableExport.h), so paper and files
 * never disagree.
 */
struct ListDocument
{
    QString title;
    QStringList subtitles;
    QList<TableColumn> columns;
    QList<QStringList> rows;
    QList<int> numericColumns; ///< columns whose cells are amounts or counts (numbers in Excel)
    QString emptyText; ///< printed, and exported as a row, when there are no rows
    QStringList closing; ///< paragraphs under the table
    QStringList signatures; ///< "ผู้รายงาน", "หัวหน้าหน่วยงาน": a signature block each
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QString sheetName; ///< the Excel sheet's name
};

/** Paints \a list (the digits as \a page says). */
bool paintList(PageWriter& page, const ListDocument& list, QString* error);
/** paintList() with the office's digits, ready for a PDF or the print preview. */
DocumentPainter listPainter(const ListDocument& list, text::Digits digits);

} // namespace sujarit::documents
