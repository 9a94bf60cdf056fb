// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli ita items|set-item|remove-item, ita-pack, print manual
#include "CliArguments.h"
#include "CliContext.h"
#include "JsonInput.h"
#include "Subcommands.h"
#include "TextTable.h"

#include "complaints/HolidayTable.h"
#include "ita/ComplaintManual.h"
#include "ita/ItaPack.h"
#include "office/OfficeProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sujarit::cli {

namespace {
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

using namespace ita;

QJsonObject itemJson(const ItemState& s)
{
    QJsonArray files;
    for (const PackFile& f : s.files)
        files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("what"), f.what},
                                 {QStringLiteral("covers"), f.covers}});
    return QJsonObject{{QStringLiteral("code"), s.item.code},
                       {QStringLiteral("title"), s.item.title},
                       {QStringLiteral("answers"), QJsonArray::fromStringList(s.item.answers)},
                       {QStringLiteral("state"), s.state},
                       {QStringLiteral("missing"), s.missing.join(QStringLiteral("; "))},
                       {QStringLiteral("by_hand"), s.byHand.join(QStringLiteral("; "))},
                       {QStringLiteral("files"), files}};
}

/** Says when the year's list is borrowed from an earlier year, so the office checks it. */
void noteBasis(CliContext& ctx, const Pack& pack)
{
    if (pack.basisYear != pack.fiscalYear)
        ctx.err << CliText::tr("note: Sujarit knows no ITA item list for %1; the list of %2 is used. Check it against the "
                               "year's NACC manual and correct it with “sujarit-cli ita set-item”.")
                       .arg(pack.fiscalYear)
                       .arg(pack.basisYear)
                << Qt::endl;
}

int items(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: ita items --fiscal-year BBBB [--format table|json]");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    QString error;
    const auto pack = assessPack(*db, *year, ctx.now().date(), &error);
    if (!pack)
        return ctx.fail(error);
    noteBasis(ctx, *pack);
    if (format == QLatin1String("json")) {
        QJsonArray out;
        for (const ItemState& s : pack->items)
            out.append(itemJson(s));
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson());
        return Ok;
    }
    TextTable table({CliText::tr("Item"), CliText::tr("State"), CliText::tr("Files"), CliText::tr("Title")});
    for (const ItemState& s : pack->items)
        table.addRow({s.item.code, s.state, QString::number(s.files.size()), s.item.title.left(60)});
    ctx.out << table.toString();
    // What each item misses, or what the office adds, in full below the table.
    for (const ItemState& s : pack->items) {
        for (const QString& m : s.missing)
            ctx.out << CliText::tr("%1 missing: %2").arg(s.item.code, m) << '\n';
        for (const QString& h : s.byHand)
            ctx.out << CliText::tr("%1 by hand: %2").arg(s.item.code, h) << '\n';
    }
    ctx.out.flush();
    return Ok;
}

int setItem(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: ita set-item --fiscal-year BBBB --code O19 [--title TEXT] [--shows TEXT] "
                                      "[--answers KIND[,KIND…]|none]");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    if (!a.has(QStringLiteral("code")))
        return ctx.fail(usage, Usage);
    Item item{a.value(QStringLiteral("code")), a.value(QStringLiteral("title")), a.value(QStringLiteral("shows")), {}};
    const QString answers = a.value(QStringLiteral("answers"));
    if (answers != QLatin1String("none"))
        for (const QString& k : answers.split(u',', Qt::SkipEmptyParts))
            item.answers << k.trimmed();
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    ItemStore store(*db);
    if (!store.setItem(*year, item, !a.has(QStringLiteral("answers"))))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("ITA %1: item %2 saved.").arg(*year).arg(item.code.trimmed().toUpper()) << Qt::endl;
    return Ok;
}

int removeItem(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: ita remove-item --fiscal-year BBBB --code O20");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    if (!a.has(QStringLiteral("code")))
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    ItemStore store(*db);
    if (!store.removeItem(*year, a.value(QStringLiteral("code"))))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("ITA %1: item %2 removed.").arg(*year).arg(a.value(QStringLiteral("code")).toUpper()) << Qt::endl;
    return Ok;
}
} // namespace

int runIta(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 {QStringLiteral("fiscal-year"), QStringLiteral("format"), QStringLiteral("code"),
                                  QStringLiteral("title"), QStringLiteral("shows"), QStringLiteral("answers")},
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    return runSubcommand<const CliArguments&>(
        ctx, QStringLiteral("ita"), a->positional().value(0),
        {{"items", items}, {"set-item", setItem}, {"remove-item", removeItem}}, *a);
}

int runItaPack(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("fiscal-year"), QStringLiteral("out")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString usage = CliText::tr("usage: ita-pack --fiscal-year BBBB --out DIR");
    const auto year = fiscalYearOf(ctx, *a, usage);
    if (!year)
        return Usage;
    if (!a->has(QStringLiteral("out")) || !a->positional().isEmpty())
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    const auto pack = writePack(*db, *year, ctx.now().date(), a->value(QStringLiteral("out")), &error);
    if (!pack)
        return ctx.fail(error);
    noteBasis(ctx, *pack);
    int ready = 0, files = 0;
    for (const ItemState& s : pack->items) {
        ready += s.state == QLatin1String("ready");
        files += int(s.files.size());
        if (s.state == QLatin1String("incomplete"))
            ctx.err << CliText::tr("%1 is incomplete: %2").arg(s.item.code, s.missing.join(QStringLiteral("; "))) << Qt::endl;
    }
    ctx.out << CliText::tr("Wrote the ITA pack of %1 into %2: %3 files, %4 of %5 items ready; open %2/index.html")
                   .arg(*year)
                   .arg(a->value(QStringLiteral("out")))
                   .arg(files)
                   .arg(ready)
                   .arg(pack->items.size())
            << Qt::endl;
    return Ok;
}

int runManualPrint(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("out")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (!a->has(QStringLiteral("out")) || !a->positional().isEmpty())
        return ctx.fail(CliText::tr("usage: print manual --out FILE.pdf"), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    return writeDocument(ctx, a->value(QStringLiteral("out")), QPageLayout::Portrait,
                         QStringLiteral("คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
                         complaintManual(office::OfficeProfile::load(*db), complaints::HolidayTable(*db).deadlineRules(),
                                         ctx.now().date()));
}

} // namespace sujarit::cli
