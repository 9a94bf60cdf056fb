// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTable.h"

#include "TextDecoding.h"

#include <QCoreApplication>

namespace sujarit::text {

namespace {
struct CsvTableText
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableText)
};
} // namespace

QString CsvTable::field(const CsvRecord& row, const char* column) const
{
    const auto it = columns.constFind(QLatin1String(column));
    return it == columns.constEnd() ? QString() : row.fields.value(*it);
}

std::optional<CsvTable> readCsvTable(const QByteArray& bytes, const QString& fileName, const CsvColumns& spec,
                                     QString* error)
{
    const auto failed = [error](const QString& message) -> std::optional<CsvTable> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString why;
    const auto decoded = decodeText(bytes, &why);
    if (!decoded)
        return failed(QStringLiteral("%1: %2").arg(fileName, why));
    auto records = parseCsv(decoded->text, detectCsvDelimiter(decoded->text), &why);
    if (!records)
        return failed(QStringLiteral("%1: %2").arg(fileName, why));
    if (records->isEmpty())
        return failed(CsvTableText::tr("%1 is empty: a header line (%2) and a line for each entry are expected")
                          .arg(fileName, spec.hint));
    CsvTable table;
    const QStringList headers = records->takeFirst().fields;
    for (int i = 0; i < headers.size(); ++i) {
        const QString column = spec.names.value(headers[i].simplified().toLower());
        if (column.isEmpty())
            return failed(
                CsvTableText::tr("%1, line 1: column “%2” is not known; use %3").arg(fileName, headers[i], spec.hint));
        table.columns.insert(column, i);
    }
    for (const QString& required : spec.required)
        if (!table.columns.contains(required))
            return failed(
                CsvTableText::tr("%1, line 1: the column “%2” is missing; use %3").arg(fileName, required, spec.hint));
    table.rows = std::move(*records);
    return table;
}

} // namespace sujarit::text
