// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "documents/ListDocument.h"

#include <QByteArray>
#include <QString>
#include <functional>

struct lxw_workbook;

namespace sujarit::reports {

/** The list as CSV (UTF-8 with BOM, so Excel opens the Thai): the column titles, then one line a row. */
QByteArray listToCsv(const documents::ListDocument& list);
/** The list as an Excel workbook: the title and subtitles on top, the table under them, amounts as numbers. */
bool writeListXlsx(const documents::ListDocument& list, const QString& path, QString* error);
/**
 * Writes \a list to \a path as \a format ("pdf" with \a digits, "xlsx" or "csv"); the file appears only when
 * complete, and an error names the file and the cause.
 */
bool writeList(const documents::ListDocument& list, const QString& format, text::Digits digits, const QString& path,
               QString* error);

/**
 * Creates an Excel workbook at \a path through a temporary file in the same folder: \a fill adds its sheets, and
 * the file replaces \a path only when the workbook closed without error.
 */
bool writeWorkbook(const QString& path, const std::function<void(lxw_workbook*)>& fill, QString* error);

} // namespace sujarit::reports
