// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintImport.h"

#include "ComplaintFields.h"
#include "ComplaintRepository.h"
#include "text/Csv.h"
#include "text/TextDecoding.h"

#include <QCoreApplication>
#include <QHash>

namespace sujarit::complaints {

namespace {
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};
} // namespace

QString RejectedRow::describe() const
{
    if (column.isEmpty())
        return ImportText::tr("row %1: %2").arg(row).arg(message);
    return ImportText::tr("row %1, column %2: %3").arg(row).arg(column, message);
}

QString shortList(const QStringList& items, int most)
{
    // A message repeats a file only so far: a header of a megabyte, or of 100,000 columns, is not echoed whole.
    QStringList shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(items.size(), most); ++i) {
        const QString item = items[i].trimmed();
        shown << (item.size() > 60 ? item.left(60) + QStringLiteral("…") : item);
    }
    QString out = shown.join(QStringLiteral(", "));
    if (items.size() > most)
        out += ImportText::tr(" … and %1 more").arg(items.size() - most);
    return out;
}

std::optional<ImportPlan> readRegister(QByteArray bytes, const QDateTime& now, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<ImportPlan> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString why;
    auto decoded = text::decodeText(bytes, &why);
    bytes = QByteArray(); // the text holds it now
    if (!decoded)
        return fail(why);
    const QChar delimiter = text::detectCsvDelimiter(decoded->text);

    ImportPlan plan;
    plan.encoding = decoded->encoding;
    QHash<int, QString> keyOfColumn;
    QHash<QString, int> columnOfKey;
    QString headerError;
    int recordIndex = 0;
    QHash<QString, int> receiptRow; ///< the row each receipt number of the file is first on
    auto headerOf = [&](const QString& key) {
        const int col = columnOfKey.value(key, -1);
        return col >= 0 ? plan.header[col].trimmed() : key;
    };

    auto readHeader = [&](const QStringList& header) {
        plan.header = header;
        for (int i = 0; i < header.size(); ++i) {
            const QString name = header[i].trimmed();
            if (name.isEmpty())
                continue;
            const auto key = fieldKeyForHeader(name);
            if (!key) {
                plan.ignoredColumns << name;
                continue;
            }
            if (columnOfKey.contains(*key)) {
                headerError = ImportText::tr("the header names the same column twice: “%1” and “%2” (columns %3 and %4)")
                                  .arg(header[columnOfKey[*key]].trimmed(), name)
                                  .arg(columnOfKey[*key] + 1)
                                  .arg(i + 1);
                return;
            }
            keyOfColumn.insert(i, *key);
            columnOfKey.insert(*key, i);
        }
        QStringList missing;
        for (const FieldSpec& f : complaintFields())
            if (f.required && !columnOfKey.contains(f.key))
                missing << QStringLiteral("%1 (%2)").arg(f.key, f.thaiHeader);
        if (!missing.isEmpty())
            headerError = ImportText::tr("the header row lacks the required column(s) %1; the header is: %2")
                              .arg(missing.join(QStringLiteral(", ")), shortList(header));
    };

    auto readRow = [&](text::CsvRecord&& rec) {
        const int row = recordIndex; // already counts this record; the header is row 1
        if (rec.fields.size() > plan.header.size()) {
            bool extraEmpty = true;
            for (qsizetype i = plan.header.size(); i < rec.fields.size(); ++i)
                extraEmpty = extraEmpty && rec.fields[i].trimmed().isEmpty();
            if (!extraEmpty) {
                plan.rejected.append({row, rec.line, QString(),
                                      ImportText::tr("the row has %1 values but the header has %2 columns (a comma "
                                                     "inside a value that is not in quotes?)")
                                          .arg(rec.fields.size())
                                          .arg(plan.header.size()),
                                      std::move(rec.fields)});
                return;
            }
        }
        QHash<QString, QString> values;
        values.reserve(keyOfColumn.size());
        for (auto it = keyOfColumn.cbegin(); it != keyOfColumn.cend(); ++it)
            if (it.key() < rec.fields.size()) {
                // A cell Sujarit wrote neutralised (text::neutralised: "'=…") comes back as it was, so that a
                // rejects file corrected and imported again keeps its values.
                values.insert(it.value(), text::unneutralised(rec.fields[it.key()]));
            }
        QList<FieldError> errors;
        Complaint c = complaintFromFields(values, now, errors);
        if (!errors.isEmpty()) {
            plan.rejected.append({row, rec.line, headerOf(errors.first().field), errors.first().message,
                                  std::move(rec.fields)});
            return;
        }
        // The same receipt number twice in the file is the file's mistake, said as such.
        if (c.receipt.running > 0) {
            const QString key = c.receipt.toString();
            if (const auto first = receiptRow.constFind(key); first != receiptRow.constEnd()) {
                plan.rejected.append({ row, rec.line, headerOf(QStringLiteral("receipt_no")),
                                       ImportText::tr("receipt number %1 is in the file twice (rows %2 and %3)")
                                           .arg(key)
                                           .arg(*first)
                                           .arg(row),
                                       std::move(rec.fields) });
                return;
            }
            receiptRow.insert(key, row);
        }
        plan.complaints.append(std::move(c));
        plan.rows.append(row);
    };

    const bool parsed = text::forEachCsvRecord(
        decoded->text, delimiter,
        [&](text::CsvRecord&& rec) {
            if (!headerError.isEmpty())
                return;
            if (recordIndex++ == 0)
                readHeader(rec.fields);
            else
                readRow(std::move(rec));
        },
        &why);
    if (!parsed)
        return fail(why);
    if (recordIndex == 0)
        return fail(ImportText::tr("the file is empty: it has no header row"));
    if (!headerError.isEmpty())
        return fail(headerError);
    return plan;
}

QByteArray rejectsCsv(const ImportPlan& plan)
{
    QString out;
    out += text::csvLine(QStringList{QStringLiteral("row"), QStringLiteral("error")} + plan.header);
    for (const RejectedRow& r : plan.rejected) {
        const QString reason = r.column.isEmpty() ? r.message : r.column + QStringLiteral(": ") + r.message;
        out += text::csvLine(QStringList{QString::number(r.row), reason} + r.fields);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool importPlan(ComplaintRepository& repo, ImportPlan& plan, QString* error)
{
    if (plan.complaints.isEmpty())
        return true;
    if (repo.add(plan.complaints))
        return true;
    if (error) {
        const int i = repo.failedIndex();
        *error = i >= 0 && i < plan.rows.size() ? ImportText::tr("row %1: %2").arg(plan.rows[i]).arg(repo.errorString())
                                                : repo.errorString();
    }
    return false;
}

} // namespace sujarit::complaints
