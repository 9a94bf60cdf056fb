// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace sujarit::text {

/** One record of a CSV file and the line it starts on (a quoted field may span lines). */
struct CsvRecord {
    QStringList fields;
    int line = 0;
};

/**
 * Reads CSV as Excel writes it (RFC 4180): fields separated by \a delimiter, quoted fields with "" for a quote and
 * line breaks inside, CRLF or LF line ends; blank lines are skipped. A quote that is never closed, or text right
 * after a closing quote, is an error naming the line.
 */
std::optional<QList<CsvRecord>> parseCsv(const QString& text, QChar delimiter, QString* error = nullptr);
/** Like parseCsv() but hands each record to \a take as soon as it is read, so a large file is never held twice. */
bool forEachCsvRecord(const QString& text, QChar delimiter, const std::function<void(CsvRecord&&)>& take,
                      QString* error = nullptr);

/** Guesses the delimiter from the header line: comma, semicolon or tab, whichever occurs most outside quotes. */
QChar detectCsvDelimiter(const QString& text);

/**
 * A cell's text made safe to open in a spreadsheet: one that begins with =, +, -, @, a tab or a carriage return is
 * begun with an apostrophe, so that Excel shows it instead of running it as a formula.
 */
QString neutralised(const QString& value);
/** The value a neutralised() cell stood for ("'=SUM(1)" → "=SUM(1)"); any other cell as it is. */
QString unneutralised(const QString& cell);
/** Quotes a field when it needs it, neutralised() first: every CSV Sujarit writes goes through here. */
QString csvField(const QString& value, QChar delimiter = u',');
/** One CSV line (with CRLF, as Excel writes) from \a fields. */
QString csvLine(const QStringList& fields, QChar delimiter = u',');

} // namespace sujarit::text
