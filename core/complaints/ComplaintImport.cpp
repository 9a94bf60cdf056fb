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

std::optional<ImportPlan> readRegister(const QByteArray& bytes, const QDateTime& now, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<ImportPlan> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString why;
    const auto decoded = text::decodeText(bytes, &why);
    if (!decoded)
        return fail(why);
    const QChar delimiter = text::detectCsvDelimiter(decoded->text);
    auto records = text::parseCsv(decoded->text, delimiter, &why);
    if (!records)
        return fail(why);
    if (records->isEmpty())
        return fail(ImportText::tr("the file is empty: it has no header row"));

    ImportPlan plan;
    plan.encoding = decoded->encoding;
    plan.header = records->first().fields;
    QHash<int, QString> keyOfColumn;
    QHash<QString, int> columnOfKey;
    for (int i = 0; i < plan.header.size(); ++i) {
        const QString name = plan.header[i].trimmed();
        if (name.isEmpty())
            continue;
        const auto key = fieldKeyForHeader(name);
        if (!key) {
            plan.ignoredColumns << name;
            continue;
        }
        if (columnOfKey.contains(*key))
            return fail(ImportText::tr("the header names the same column twice: “%1” and “%2” (columns %3 and %4)")
                            .arg(plan.header[columnOfKey[*key]].trimmed(), name)
                            .arg(columnOfKey[*key] + 1)
                            .arg(i + 1));
        keyOfColumn.insert(i, *key);
        columnOfKey.insert(*key, i);
    }
    QStringList missing;
    for (const FieldSpec& f : complaintFields())
        if (f.required && !columnOfKey.contains(f.key))
            missing << QStringLiteral("%1 (%2)").arg(f.key, f.thaiHeader);
    if (!missing.isEmpty())
        return fail(ImportText::tr("the header row lacks the required column(s) %1; the header is: %2")
                        .arg(missing.join(QStringLiteral(", ")), plan.header.join(QStringLiteral(", "))));

    auto headerOf = [&](const QString& key) {
        const int col = columnOfKey.value(key, -1);
        return col >= 0 ? plan.header[col].trimmed() : key;
    };
    for (qsizetype r = 1; r < records->size(); ++r) {
        const text::CsvRecord& rec = records->at(r);
        const int row = int(r) + 1;
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
                                      rec.fields});
                continue;
            }
        }
        QHash<QString, QString> values;
        for (auto it = keyOfColumn.cbegin(); it != keyOfColumn.cend(); ++it)
            if (it.key() < rec.fields.size())
                values.insert(it.value(), rec.fields[it.key()]);
        QList<FieldError> errors;
        Complaint c = complaintFromFields(values, now, errors);
        if (!errors.isEmpty()) {
            plan.rejected.append({row, rec.line, headerOf(errors.first().field), errors.first().message, rec.fields});
            continue;
        }
        plan.complaints.append(std::move(c));
        plan.rows.append(row);
    }
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
