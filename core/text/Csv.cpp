// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include <QCoreApplication>

namespace sujarit::text {

namespace {
struct CsvText {
    Q_DECLARE_TR_FUNCTIONS(CsvText)
};
} // namespace

std::optional<QList<CsvRecord>> parseCsv(const QString& text, QChar delimiter, QString* error)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool recordHasContent = false;
    const qsizetype n = text.size();
    qsizetype i = 0;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    auto endRecord = [&] {
        endField();
        const bool blank = !recordHasContent && record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records.append(record);
        record = CsvRecord{};
        record.line = line;
        recordHasContent = false;
    };

    while (i < n) {
        const QChar c = text[i];
        if (c == u'"' && field.isEmpty()) {
            // A quoted field.
            const int startLine = line;
            recordHasContent = true;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text[i];
                if (q == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                if (q == u'\n')
                    ++line;
                field.append(q);
                ++i;
            }
            if (!closed) {
                if (error)
                    *error = CsvText::tr("line %1: a quoted field opens here and is never closed (a \" is missing)")
                                 .arg(startLine);
                return std::nullopt;
            }
            if (i < n && text[i] != delimiter && text[i] != u'\n' && text[i] != u'\r') {
                if (error)
                    *error = CsvText::tr("line %1: text follows the closing quote of a field; a quote inside a quoted "
                                         "field must be written twice (\"\")")
                                 .arg(line);
                return std::nullopt;
            }
            continue;
        }
        if (c == delimiter) {
            recordHasContent = true;
            endField();
            ++i;
            continue;
        }
        if (c == u'\r') {
            ++i;
            if (i < n && text[i] == u'\n')
                ++i;
            ++line;
            endRecord();
            continue;
        }
        if (c == u'\n') {
            ++i;
            ++line;
            endRecord();
            continue;
        }
        recordHasContent = true;
        field.append(c);
        ++i;
    }
    if (recordHasContent || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

QChar detectCsvDelimiter(const QString& text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

QString csvField(const QString& value, QChar delimiter)
{
    if (!value.contains(delimiter) && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r')
        && !value.startsWith(u' ') && !value.endsWith(u' '))
        return value;
    QString q = value;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString csvLine(const QStringList& fields, QChar delimiter)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << csvField(f, delimiter);
    return quoted.join(delimiter) + QStringLiteral("\r\n");
}

} // namespace sujarit::text
