// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli deeds add|list|counts|evidence|remove, best-practice add|list|update|evidence
#include "CliArguments.h"
#include "CliContext.h"
#include "EvidenceCommand.h"
#include "JsonInput.h"
#include "MoralCommandSupport.h"
#include "Subcommands.h"
#include "TextTable.h"

#include "moral/BestPractice.h"
#include "moral/GoodDeeds.h"
#include "moral/MoralPapers.h"
#include "office/OfficeProfile.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sujarit::cli {

namespace {
using CliText = MoralCliText;
using namespace moral;

// deeds ----------------------------------------------------------------------------------------------------------

int addDeeds(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: deeds add --json FILE|- [--fiscal-year BBBB]");
    if (!a.has(QStringLiteral("json")))
        return ctx.fail(usage, Usage);
    std::optional<int> year;
    QString error;
    if (!a.readBuddhistYear(QStringLiteral("fiscal-year"), year, &error))
        return ctx.fail(error, Usage);
    const QString path = a.value(QStringLiteral("json"));
    const auto objects = readObjects(ctx, path, CliText::tr("deed"));
    if (!objects)
        return Failed;
    QList<GoodDeed> deeds;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QString where = CliText::tr("%1: deed %2").arg(path).arg(i + 1);
        const QJsonObject& o = (*objects)[i];
        if (const QString why = unknownKey(o, {QStringLiteral("staff"), QStringLiteral("date"), QStringLiteral("deed"),
                                               QStringLiteral("virtue"), QStringLiteral("place"),
                                               QStringLiteral("certified_by")},
                                           where);
            !why.isEmpty())
            return ctx.fail(why);
        GoodDeed d;
        QString why;
        if (!readTexts(o, {{"staff", &d.staff}, {"deed", &d.deed}, {"virtue", &d.virtue}, {"place", &d.place},
                           {"certified_by", &d.certifiedBy}},
                       why))
            return ctx.fail(CliText::tr("%1: %2; nothing was added").arg(where, why));
        if (const auto day = dateOf(o.value(QStringLiteral("date")), &why))
            d.date = *day;
        else
            return ctx.fail(CliText::tr("%1: date: %2; nothing was added").arg(where, why));
        deeds << d;
        places << where;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    DeedStore store(*db);
    if (!store.add(deeds, places, year))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Added %n good deed(s): %1", nullptr, int(deeds.size())).arg(idsOf(deeds))
            << Qt::endl;
    return Ok;
}

int listDeeds(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: deeds list --fiscal-year BBBB [--staff NAME] [--format table|json|csv|xlsx|pdf] [--out FILE]"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    DeedStore store(*db);
    const QString staff = a.value(QStringLiteral("staff"));
    const auto list = store.list(*year, staff);
    if (!list)
        return ctx.fail(store.errorString());
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
        QJsonArray out;
        for (const GoodDeed& d : *list)
            out.append(QJsonObject{{QStringLiteral("id"), d.id},
                                   {QStringLiteral("staff"), d.staff},
                                   {QStringLiteral("division"), d.division},
                                   {QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                   {QStringLiteral("deed"), d.deed},
                                   {QStringLiteral("virtue"), d.virtue},
                                   {QStringLiteral("place"), d.place},
                                   {QStringLiteral("certified_by"), d.certifiedBy}});
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson());
        return Ok;
    }
    if (format != QLatin1String("table")) {
        QString name, position;
        if (!staff.isEmpty())
            if (const auto s = staff::StaffList(*db).find(staff)) {
                name = s->name;
                position = s->position;
            }
        return writeListOutput(ctx, deedsPaper(*year, *list, name, position, office::OfficeProfile::load(*db)), format,
                               a.value(QStringLiteral("out")));
    }
    TextTable table({CliText::tr("Id"), CliText::tr("Date"), CliText::tr("Staff"), CliText::tr("Virtue"), CliText::tr("Deed")});
    for (const GoodDeed& d : *list)
        table.addRow({QString::number(d.id), d.date.toString(Qt::ISODate), d.staff, d.virtue, d.deed.left(40)});
    ctx.out << table.toString();
    return Ok;
}

int countDeedsCommand(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: deeds counts --fiscal-year BBBB [--format table|json]"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    DeedStore store(*db);
    const auto list = store.list(*year);
    if (!list)
        return ctx.fail(store.errorString());
    const DeedCounts counts = countDeeds(*list);
    const auto json = [](const QList<std::pair<QString, int>>& l) {
        QJsonArray out; // most first
        for (const auto& [name, n] : l)
            out.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("deeds"), n}});
        return out;
    };
    if (a.value(QStringLiteral("format")) == QLatin1String("json")) {
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("fiscal_year"), *year},
                                                               {QStringLiteral("total"), int(list->size())},
                                                               {QStringLiteral("by_person"), json(counts.byPerson)},
                                                               {QStringLiteral("by_division"), json(counts.byDivision)},
                                                               {QStringLiteral("by_virtue"), json(counts.byVirtue)}})
                                         .toJson());
        return Ok;
    }
    for (const auto& [title, l] : {std::pair{CliText::tr("By person"), counts.byPerson},
                                   std::pair{CliText::tr("By division"), counts.byDivision},
                                   std::pair{CliText::tr("By virtue"), counts.byVirtue}}) {
        TextTable table({title, CliText::tr("Deeds")});
        for (const auto& [name, n] : l)
            table.addRow({name, QString::number(n)});
        ctx.out << table.toString();
    }
    return Ok;
}

int deedEvidence(CliContext& ctx, const CliArguments& a)
{
    const auto id = positionalId(ctx, a, CliText::tr("usage: deeds evidence ID [--add FILE | --save FILE_ID --out FILE]"));
    if (!id)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    DeedStore store(*db);
    return runEvidence(ctx, a, CliText::tr("deed %1").arg(*id),
                       {[&](const QString& name, const QByteArray& data) { return store.addEvidence(*id, name, data); },
                        [&] { return store.evidence(*id); },
                        [&](qint64 file) { return store.evidenceData(*id, file); },
                        [&] { return store.errorString(); }});
}

int removeDeed(CliContext& ctx, const CliArguments& a)
{
    const auto id = positionalId(ctx, a, CliText::tr("usage: deeds remove ID"));
    if (!id)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    DeedStore store(*db);
    if (!store.remove(*id))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Removed good deed %1").arg(*id) << Qt::endl;
    return Ok;
}

// best-practice --------------------------------------------------------------------------------------------------

const QStringList PracticeKeys = {QStringLiteral("division"), QStringLiteral("title"),   QStringLiteral("background"),
                                  QStringLiteral("steps"),    QStringLiteral("results"), QStringLiteral("factors"),
                                  QStringLiteral("lessons")};

bool readPractice(const QJsonObject& o, BestPractice& p, QString& why)
{
    return readTexts(o, {{"division", &p.division}, {"title", &p.title}, {"background", &p.background},
                         {"steps", &p.steps}, {"results", &p.results}, {"factors", &p.factors}, {"lessons", &p.lessons}},
                     why);
}

int addPractice(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: best-practice add --fiscal-year BBBB --json FILE|-");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    int code = Failed;
    const auto object = oneObject(ctx, a, usage, CliText::tr("best practice"), PracticeKeys, CliText::tr("added"), code);
    if (!object)
        return code;
    const QString path = a.value(QStringLiteral("json"));
    BestPractice p;
    p.fiscalYear = *year;
    QString why;
    if (!readPractice(*object, p, why))
        return ctx.fail(CliText::tr("%1: %2; nothing was added").arg(path, why));
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    BestPracticeStore store(*db);
    if (!store.add(p))
        return ctx.fail(CliText::tr("%1: %2").arg(path, store.errorString()));
    ctx.out << CliText::tr("Added best practice %1: %2").arg(p.id).arg(p.title) << Qt::endl;
    return Ok;
}

int listPractices(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: best-practice list --fiscal-year BBBB [--format table|json]"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    BestPracticeStore store(*db);
    const auto list = store.list(*year);
    if (!list)
        return ctx.fail(store.errorString());
    if (a.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray out;
        for (const BestPractice& p : *list)
            out.append(QJsonObject{{QStringLiteral("id"), p.id},           {QStringLiteral("division"), p.division},
                                   {QStringLiteral("title"), p.title},     {QStringLiteral("background"), p.background},
                                   {QStringLiteral("steps"), p.steps},     {QStringLiteral("results"), p.results},
                                   {QStringLiteral("factors"), p.factors}, {QStringLiteral("lessons"), p.lessons},
                                   {QStringLiteral("files"), filesJson(store.evidence(p.id).value_or(QList<risks::EvidenceFiles::File>{}))}});
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson());
        return Ok;
    }
    TextTable table({CliText::tr("Id"), CliText::tr("Division"), CliText::tr("Title")});
    for (const BestPractice& p : *list)
        table.addRow({QString::number(p.id), p.division, p.title.left(50)});
    ctx.out << table.toString();
    return Ok;
}

int updatePractice(CliContext& ctx, const CliArguments& a)
{
    return updateOne<BestPracticeStore>(ctx, a, CliText::tr("usage: best-practice update ID --json FILE|-"),
                                        CliText::tr("best practice"), PracticeKeys, readPractice,
                                        CliText::tr("Changed best practice %1"));
}

int practiceEvidence(CliContext& ctx, const CliArguments& a)
{
    const auto id = positionalId(ctx, a, CliText::tr("usage: best-practice evidence ID [--add FILE | --save FILE_ID --out FILE]"));
    if (!id)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    BestPracticeStore store(*db);
    return runEvidence(ctx, a, CliText::tr("best practice %1").arg(*id),
                       {[&](const QString& name, const QByteArray& data) { return store.addEvidence(*id, name, data); },
                        [&] { return store.evidence(*id); },
                        [&](qint64 file) { return store.evidenceData(*id, file); },
                        [&] { return store.errorString(); }});
}
} // namespace

int runDeeds(CliContext& ctx, const QStringList& args)
{
    return dispatchMoral(ctx, args, "deeds",
                    {{"add", addDeeds},
                     {"list", listDeeds},
                     {"counts", countDeedsCommand},
                     {"evidence", deedEvidence},
                     {"remove", removeDeed}});
}

int runBestPractice(CliContext& ctx, const QStringList& args)
{
    return dispatchMoral(ctx, args, "best-practice",
                    {{"add", addPractice}, {"list", listPractices}, {"update", updatePractice}, {"evidence", practiceEvidence}});
}

} // namespace sujarit::cli
