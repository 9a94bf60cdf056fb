// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonInput.h"

#include "text/StrictJson.h"

#include "calendar/ThaiDate.h"
#include "office/OfficeProfile.h"
#include "reports/TableExport.h"
#include "text/ThaiBahtText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sujarit::cli {

namespace {
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
} // namespace

std::optional<QList<QJsonObject>> readObjects(CliContext& ctx, const QString& path, const QString& what)
{
    const auto bytes = ctx.readInput(path);
    if (!bytes)
        return std::nullopt;
    QString error;
    const auto parsed = text::parseStrictJson(*bytes, &error);
    if (!parsed) {
        ctx.fail(CliText::tr("%1: %2; nothing was added").arg(path, error));
        return std::nullopt;
    }
    const QJsonDocument& doc = *parsed;
    const QJsonArray items = doc.isObject() ? QJsonArray { doc.object() } : doc.array();
    QList<QJsonObject> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject()) {
            ctx.fail(CliText::tr("%1: %2 %3 is not a JSON object; nothing was added").arg(path, what).arg(i + 1));
            return std::nullopt;
        }
        out << items[i].toObject();
    }
    if (out.isEmpty())
        ctx.fail(CliText::tr("%1 holds no %2 (an object or an array of objects is expected)").arg(path, what));
    return out.isEmpty() ? std::nullopt : std::optional(out);
}

QString unknownKey(const QJsonObject& o, const QStringList& known, const QString& where, const QString& done)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!known.contains(it.key()))
            return CliText::tr("%1: %2: not a key Sujarit reads here (it reads %3); nothing was %4")
                .arg(where, it.key(), known.join(QStringLiteral(", ")), done);
    return {};
}

std::optional<qint64> positionalId(CliContext& ctx, const CliArguments& a, const QString& usage)
{
    bool ok = false;
    const qint64 id = a.positional().value(1).toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.fail(usage, Usage);
        return std::nullopt;
    }
    return id;
}

std::optional<int> wholeNumberOf(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= -1e6 && d <= 1e6) || d != double(qint64(d)))
        return std::nullopt;
    return int(d);
}

std::optional<int> fiscalYearOf(CliContext& ctx, const CliArguments& a, const QString& usage)
{
    QString error;
    std::optional<int> year;
    if (!a.readBuddhistYear(QStringLiteral("fiscal-year"), year, &error)) {
        ctx.fail(error, Usage);
        return std::nullopt;
    }
    if (!year)
        ctx.fail(usage, Usage);
    return year;
}

std::optional<qint64> satangOf(const QJsonValue& v)
{
    return text::parseBaht(v.isDouble() ? QString::number(v.toDouble(), 'f', 6) : v.toString());
}

std::optional<QDate> dateOf(const QJsonValue& v, QString* why)
{
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        *why = CliText::tr("missing (write it as 2025-01-15, 15/1/2568 or 15 ม.ค. 2568)");
        return std::nullopt;
    }
    return calendar::parseThaiDate(v.toString(), why);
}

int writeListOutput(CliContext& ctx, const documents::ListDocument& list, const QString& format, const QString& out)
{
    if (format == QLatin1String("csv") && out.isEmpty()) {
        ctx.out << QString::fromUtf8(reports::listToCsv(list).mid(3)); // without the BOM on a terminal
        return Ok;
    }
    if (out.isEmpty())
        return ctx.fail(CliText::tr("--format %1 needs --out FILE").arg(format), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    if (format == QLatin1String("pdf") && office.name.isEmpty())
        return ctx.fail(
            CliText::tr("the office profile lacks its name (name); set it with “sujarit-cli office set”; no "
                        "PDF was written"));
    QString error;
    if (!reports::writeList(list, format, office.documentDigits(), out, &error))
        return ctx.fail(error);
    ctx.out << CliText::tr("Wrote %1").arg(out) << Qt::endl;
    return Ok;
}

int writeDocument(CliContext& ctx, const QString& out, QPageLayout::Orientation orientation, const QString& title,
                  const documents::DocumentPainter& paint)
{
    QString error;
    if (!documents::writePdf(out, orientation, paint, &error, title))
        return ctx.fail(error + CliText::tr("; no PDF was written"));
    ctx.out << CliText::tr("Wrote %1").arg(out) << Qt::endl;
    return Ok;
}

} // namespace sujarit::cli
