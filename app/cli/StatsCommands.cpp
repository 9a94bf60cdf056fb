// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli stats
#include "CliArguments.h"
#include "CliContext.h"

#include "office/OfficeProfile.h"
#include "reports/Statistics.h"
#include "reports/StatisticsExport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sujarit::cli {

namespace {
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
} // namespace

int runStats(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("fiscal-year"), QStringLiteral("half"), QStringLiteral("format"),
                                        QStringLiteral("out")},
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    std::optional<int> year;
    if (!a->readBuddhistYear(QStringLiteral("fiscal-year"), year, &error))
        return ctx.fail(error, Usage);
    const QString format = a->value(QStringLiteral("format"), QStringLiteral("json"));
    const QString half = a->value(QStringLiteral("half"));
    if (!year || !a->positional().isEmpty() || (!half.isEmpty() && half != QLatin1String("first"))
        || !QStringList{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")}.contains(format)
        || ((format == QLatin1String("xlsx") || format == QLatin1String("pdf")) && !a->has(QStringLiteral("out"))))
        return ctx.fail(CliText::tr("usage: stats --fiscal-year BBBB [--half first] --format json|csv|xlsx|pdf [--out FILE] "
                                    "(xlsx and pdf need --out)"),
                        Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    auto stats = reports::computeStatistics(*db, *year, half == QLatin1String("first"), ctx.now().date(), &error);
    if (!stats)
        return ctx.fail(error);
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    const QString out = a->value(QStringLiteral("out"));
    if (out.isEmpty()) { // json or csv to the terminal
        const QByteArray bytes = format == QLatin1String("json")
            ? QJsonDocument(reports::statisticsToJson(*stats)).toJson(QJsonDocument::Indented)
            : reports::statisticsToCsv(*stats).mid(3); // no BOM on a terminal
        ctx.out << QString::fromUtf8(bytes);
        ctx.out.flush();
        return Ok;
    }
    if (!reports::writeStatistics(*stats, office, format, out, &error))
        return ctx.fail(error + (format == QLatin1String("pdf") ? CliText::tr("; no PDF was written") : QString()));
    ctx.out << CliText::tr("Wrote %1").arg(out) << Qt::endl;
    return Ok;
}

} // namespace sujarit::cli
