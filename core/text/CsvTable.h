// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Csv.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::text {

/** What a small CSV list (a staff list, a round's results) may have in its header. */
struct CsvColumns
{
    QHash<QString, QString> names; ///< a header (lower case, spaces collapsed) → the column it names
    QStringList required; ///< columns that must be there
    QString hint; ///< how to write the header, quoted in the messages
};

/** A CSV list read with its header: the lines after it, and where each named column is. */
struct CsvTable
{
    QList<CsvRecord> rows;
    QHash<QString, int> columns;
    /** The value of \a column on \a row, or an empty string when the file has no such column. */
    QString field(const CsvRecord& row, const char* column) const;
};

/**
 * Reads a list saved as CSV by Excel (UTF-8, UTF-16 or Windows-874, see decodeText()): its header mapped through
 * \a columns, Thai or English. An empty file, a header naming an unknown column or lacking a required one is an
 * error naming \a fileName, the line and the column, with the hint.
 */
std::optional<CsvTable> readCsvTable(const QByteArray& bytes, const QString& fileName, const CsvColumns& columns,
                                     QString* error);

} // namespace sujarit::text
