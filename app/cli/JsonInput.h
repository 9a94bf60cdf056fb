// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "CliArguments.h"
#include "CliContext.h"

#include "documents/ListDocument.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace sujarit::cli {

/** The objects of a JSON file (or "-"): one object or an array of them; nullopt (after saying why) otherwise. */
std::optional<QList<QJsonObject>> readObjects(CliContext& ctx, const QString& path, const QString& what);
/** The first key of \a o that is not one of \a known, as a refusal naming \a where and ending "; nothing was
 *  \a done"; empty when every key is known. */
QString unknownKey(const QJsonObject& o, const QStringList& known, const QString& where,
                   const QString& done = QStringLiteral("added"));
/** A JSON number that is a whole number a score or a count can hold (within ±1,000,000); nothing otherwise. */
std::optional<int> wholeNumberOf(const QJsonValue& v);
/** The positive record ID after the verb ("announcements show 12"), or nothing after failing with \a usage. */
std::optional<qint64> positionalId(CliContext& ctx, const CliArguments& a, const QString& usage);
/** "3, 4, 5": the ids of \a records just added, for the line that says so. */
template <typename Record> QString idsOf(const QList<Record>& records)
{
    QStringList ids;
    for (const Record& r : records)
        ids << QString::number(r.id);
    return ids.join(QStringLiteral(", "));
}
/** --fiscal-year as a Buddhist-era year; nullopt after failing with the reason, or with \a usage when it is missing. */
std::optional<int> fiscalYearOf(CliContext& ctx, const CliArguments& a, const QString& usage);
/** Baht as a JSON number or text ("3,500.50", Thai digits too) to satang; nullopt when not an amount. */
std::optional<qint64> satangOf(const QJsonValue& v);
/** A date given as text in any spelling parseThaiDate() reads; nullopt with \a why when missing or wrong. */
std::optional<QDate> dateOf(const QJsonValue& v, QString* why);
/**
 * Writes \a list as \a format: csv to \a out or to standard output, xlsx and pdf to \a out (required); prints
 * "Wrote FILE". The PDF uses the office's digits.
 */
int writeListOutput(CliContext& ctx, const documents::ListDocument& list, const QString& format, const QString& out);
/** Writes one document as a PDF to \a out (replacing it only once whole) and says what happened. */
int writeDocument(CliContext& ctx, const QString& out, QPageLayout::Orientation orientation, const QString& title,
                  const documents::DocumentPainter& paint);

} // namespace sujarit::cli
