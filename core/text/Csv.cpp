// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include <QCoreApplication>
#include <QStringView>

namespace sujarit::text {

namespace {
struct CsvText {
    Q_DECLARE_TR_FUNCTIONS(CsvText)
};
} // namespace

bool forEachCsvRecord(const QString& text, QChar delimiter, const std::function<void(CsvRecord&&)>& take,
                      QString* error)
{
    CsvRecord record;
    record.line = 1;
    QString field;
    int line = 1;
    bool recordHasContent = false;
    const qsizetype n = text.size();
    const QChar* data = text.constData();
    qsizetype i = 0;

    auto endRecord = [&] {
        record.fields.append(std::move(field));
        field = QString();
        const bool blank = !recordHasContent && record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            take(std::move(record));
        record = CsvRecord{};
        record.line = line;
        recordHasContent = false;
    };
    auto isSpecial = [&](QChar c) { return c == delimiter || c == u'\n' || c == u'\r' || c == u'"'; };

    while (i < n) {
        const QChar c = data[i];
        if (c == u'"' && field.isEmpty()) {
            // A quoted field: copy runs of ordinary characters at once.
            const int startLine = line;
            recordHasContent = true;
            ++i;
            bool closed = false;
            while (i < n) {
                qsizetype run = i;
                while (run < n && data[run] != u'"') {
                    if (data[run] == u'\n')
                        ++line;
                    ++run;
                }
                field.append(QStringView(data + i, run - i));
                i = run;
                if (i >= n)
                    break;
                if (i + 1 < n && data[i + 1] == u'"') {
                    field.append(u'"');
                    i += 2;
                    continue;
                }
                closed = true;
                ++i;
                break;
            }
            if (!closed) {
                if (error)
                    *error = CsvText::tr("line %1: a quoted field opens here and is never closed (a \" is missing)")
                                 .arg(startLine);
                return false;
            }
            if (i < n && data[i] != delimiter && data[i] != u'\n' && data[i] != u'\r') {
                if (error)
                    *error = CsvText::tr("line %1: text follows the closing quote of a field; a quote inside a quoted "
                                         "field must be written twice (\"\")")
                                 .arg(line);
                return false;
            }
            continue;
        }
        if (c == delimiter) {
            recordHasContent = true;
            record.fields.append(std::move(field));
            field = QString();
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            ++i;
            if (c == u'\r' && i < n && data[i] == u'\n')
                ++i;
            ++line;
            endRecord();
            continue;
        }
        // Unquoted text up to the next delimiter, line end or quote (a quote inside unquoted text is kept as is).
        recordHasContent = true;
        qsizetype run = i + 1;
        while (run < n && !isSpecial(data[run]))
            ++run;
        if (run < n && data[run] == u'"' && run > i) {
            field.append(QStringView(data + i, run - i + 1));
            i = run + 1;
            continue;
        }
        field.append(QStringView(data + i, run - i));
        i = run;
    }
    if (recordHasContent || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return true;
}

std::optional<QList<CsvRecord>> parseCsv(const QString& text, QChar delimiter, QString* error)
{
    QList<CsvRecord> records;
    if (!forEachCsvRecord(text, delimiter, [&](CsvRecord&& r) { records.append(std::move(r)); }, error))
        return std::nullopt;
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

namespace {
/** A spreadsheet runs a cell that begins with one of these as a formula (=HYPERLINK(…), =cmd|…). */
bool startsFormula(QStringView value)
{
    return !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front());
}
} // namespace

QString neutralised(const QString& value)
{
    // The OWASP rule: begin such a cell with an apostrophe, which makes it plain text.
    return startsFormula(value) ? u'\'' + value : value;
}

QString unneutralised(const QString& cell)
{
    return cell.startsWith(u'\'') && startsFormula(QStringView(cell).mid(1)) ? cell.mid(1) : cell;
}

QString csvField(const QString& raw, QChar delimiter)
{
    const QString value = neutralised(raw);
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
