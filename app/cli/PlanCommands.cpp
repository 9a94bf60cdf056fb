// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli plan new|list|add|round|lock|due|changes, print plan|plan-round|plan-ita
#include "CliArguments.h"
#include "CliContext.h"
#include "Subcommands.h"

#include "complaints/Attachments.h"
#include "JsonInput.h"
#include "TextTable.h"

#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "office/OfficeProfile.h"
#include "plan/PlanDocuments.h"
#include "plan/PlanJson.h"
#include "plan/PlanStore.h"
#include "plan/PlanTemplates.h"
#include "text/ThaiBahtText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace sujarit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

using namespace plan;

std::optional<int> roundArgument(CliContext& ctx, const CliArguments& a)
{
    const int round = a.value(QStringLiteral("round")).toInt();
    if (!rounds().contains(round)) {
        ctx.fail(CliText::tr("--round: “%1” is not 6, 9 or 12").arg(a.value(QStringLiteral("round"))), Usage);
        return std::nullopt;
    }
    return round;
}

std::optional<Override> overrideArgument(const CliArguments& a)
{
    if (!a.has(QStringLiteral("admin")))
        return std::nullopt;
    return Override { a.value(QStringLiteral("admin")), a.value(QStringLiteral("reason")) };
}

int newPlan(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(
        ctx, a, CliText::tr("usage: plan new --fiscal-year BBBB --template seed001|seed004|copy:BBBB|empty"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    PlanStore store(*db);
    if (!store.create(*year, a.value(QStringLiteral("template"), QStringLiteral("seed004"))))
        return ctx.fail(store.errorString() + CliText::tr("; no plan was made"));
    const auto p = store.load(*year);
    ctx.out << CliText::tr("Made the plan of fiscal year %1: %2 measure(s), %3 activit(y/ies)")
                   .arg(*year)
                   .arg(p->measures.size())
                   .arg(p->activities.size())
            << Qt::endl;
    return Ok;
}

int listPlan(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(
        ctx, a, CliText::tr("usage: plan list --fiscal-year BBBB [--format table|json|csv|xlsx] [--out FILE]"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    QString loadError;
    const auto loaded = loadWithStandings(*db, *year, &loadError);
    if (!loaded)
        return ctx.fail(loadError);
    const auto& [p, standings] = *loaded;
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
        ctx.out << QString::fromUtf8(QJsonDocument(planToJson(p, standings)).toJson());
        return Ok;
    }
    if (format != QLatin1String("table"))
        return writeListOutput(ctx, planList(p, office::OfficeProfile::load(*db)), format,
                               a.value(QStringLiteral("out")));
    TextTable table({ CliText::tr("No."), CliText::tr("Activity"), CliText::tr("Target"), CliText::tr("Budget"),
                      CliText::tr("6 months"), CliText::tr("9 months"), CliText::tr("12 months") });
    for (const Activity& act : p.activities) {
        QStringList row { act.code(), act.title.left(60),
                          QString::number(act.kpi.target, 'g', 10) + u' ' + act.kpi.unit,
                          budgetText(act.budgetSatang) };
        for (const PlanStanding& s : standings)
            for (const ActivityStanding& st : s.activities)
                if (st.activity->id == act.id)
                    row << (st.progress.result ? QString::number(*st.progress.result, 'g', 10) : st.progress.status);
        table.addRow(row);
    }
    ctx.out << table.toString();
    return Ok;
}

int addActivities(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: plan add --fiscal-year BBBB --json FILE|-"));
    if (!year)
        return Usage;
    const QString path = a.value(QStringLiteral("json"));
    const auto objects = readObjects(ctx, path, CliText::tr("activity"));
    if (!objects)
        return Failed;
    QList<Activity> list;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QString where = CliText::tr("%1: activity %2").arg(path, QString::number(i + 1));
        QString why;
        const auto act = activityFromJson((*objects)[i], &why);
        if (!act)
            return ctx.fail(CliText::tr("%1: %2; nothing was added").arg(where, why));
        list << *act;
        places << where;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    PlanStore store(*db);
    if (!store.addActivities(*year, list, places))
        return ctx.fail(store.errorString() + CliText::tr("; nothing was added"));
    QStringList codes;
    for (const Activity& act : list)
        codes << act.code();
    ctx.out
        << CliText::tr("Added %n activit(y/ies): %1", nullptr, int(list.size())).arg(codes.join(QStringLiteral(", ")))
        << Qt::endl;
    return Ok;
}

int round(CliContext& ctx, const CliArguments& a)
{
    const QString usage
        = CliText::tr("usage: plan round --fiscal-year BBBB --round 6|9|12 --import FILE.csv [--admin NAME "
                      "--reason TEXT]");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    const auto r = roundArgument(ctx, a);
    if (!r)
        return Usage;
    if (!a.has(QStringLiteral("import")))
        return ctx.fail(usage, Usage);
    const QString path = a.value(QStringLiteral("import"));
    const auto bytes = ctx.readInput(path);
    if (!bytes)
        return Failed;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    PlanStore store(*db);
    int count = 0;
    if (!store.importRound(*year, *r, *bytes, QFileInfo(path).fileName(), overrideArgument(a), &count))
        return ctx.fail(store.errorString() + CliText::tr("; nothing was recorded"));
    ctx.out << CliText::tr("Recorded round %1 of %2 for %n activit(y/ies)", nullptr, count).arg(*r).arg(*year)
            << Qt::endl;
    return Ok;
}

int lock(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: plan lock --fiscal-year BBBB --round 6|9|12 --by NAME"));
    if (!year)
        return Usage;
    const auto r = roundArgument(ctx, a);
    if (!r)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    PlanStore store(*db);
    if (!store.lockRound(*year, *r, a.value(QStringLiteral("by"))))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Locked round %1 of %2").arg(*r).arg(*year) << Qt::endl;
    return Ok;
}

/** plan evidence --fiscal-year BBBB --activity CODE [--add FILE --round R | --save ID --out FILE] */
int evidence(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: plan evidence --fiscal-year BBBB --activity CODE [--add FILE --round "
                                      "6|9|12 | --save ID --out FILE]");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    if (!a.has(QStringLiteral("activity")) || (a.has(QStringLiteral("save")) && !a.has(QStringLiteral("out"))))
        return ctx.fail(usage, Usage);
    std::optional<int> r;
    if (a.has(QStringLiteral("add")) && !(r = roundArgument(ctx, a)))
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    PlanStore store(*db);
    const auto p = store.load(*year);
    if (!p)
        return ctx.fail(store.errorString());
    const QString code = a.value(QStringLiteral("activity")).trimmed();
    const auto found = std::find_if(p->activities.cbegin(), p->activities.cend(),
                                    [&](const plan::Activity& x) { return x.code() == code; });
    if (found == p->activities.cend())
        return ctx.fail(CliText::tr("the plan of %1 has no activity %2").arg(*year).arg(code));
    if (a.has(QStringLiteral("add"))) {
        const auto bytes = ctx.readInput(a.value(QStringLiteral("add")), complaints::Attachments::MaxSize);
        if (!bytes)
            return Failed;
        const auto added = store.addEvidence(*year, found->id, *r, QFileInfo(a.value(QStringLiteral("add"))).fileName(),
                                             *bytes);
        if (!added)
            return ctx.fail(store.errorString());
        ctx.out << CliText::tr("Attached %1 to activity %2 (evidence %3)")
                       .arg(added->fileName, code, QString::number(added->id)) // one pass: a "%2" in a name stays
                << Qt::endl;
        return Ok;
    }
    const auto files = store.evidence(found->id);
    if (!files)
        return ctx.fail(store.errorString());
    if (a.has(QStringLiteral("save"))) {
        bool ok = false;
        const qint64 id = a.value(QStringLiteral("save")).toLongLong(&ok);
        const bool his = ok && std::any_of(files->cbegin(), files->cend(), [id](const PlanStore::Evidence& e) {
                             return e.id == id;
                         });
        if (!his)
            return ctx.fail(CliText::tr("activity %1 has no evidence file %2").arg(code, a.value(QStringLiteral("save"))));
        const auto data = store.evidenceData(id);
        if (!data)
            return ctx.fail(store.errorString());
        QSaveFile out(a.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size() || !out.commit())
            return ctx.fail(CliText::tr("cannot write %1: %2").arg(a.value(QStringLiteral("out")), out.errorString()));
        ctx.out << CliText::tr("Wrote %1").arg(a.value(QStringLiteral("out"))) << Qt::endl;
        return Ok;
    }
    TextTable table({ CliText::tr("Id"), CliText::tr("Round"), CliText::tr("File"), CliText::tr("Bytes") });
    for (const PlanStore::Evidence& e : *files)
        table.addRow({ QString::number(e.id), QString::number(e.round), e.fileName, QString::number(e.size) });
    ctx.out << table.toString();
    return Ok;
}

int due(CliContext& ctx, const CliArguments& a)
{
    const auto year
        = fiscalYearOf(ctx, a, CliText::tr("usage: plan due --fiscal-year BBBB --round 6|9|12 --date DATE"));
    if (!year)
        return Usage;
    const auto r = roundArgument(ctx, a);
    if (!r)
        return Usage;
    QString why;
    const auto day = calendar::parseThaiDate(a.value(QStringLiteral("date")), &why);
    if (!day)
        return ctx.fail(QStringLiteral("--date: ") + why, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    PlanStore store(*db);
    if (!store.setRoundDue(*year, *r, *day))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Round %1 of %2 is due on %3").arg(*r).arg(*year).arg(calendar::formatThaiDate(*day))
            << Qt::endl;
    return Ok;
}

int changes(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: plan changes --fiscal-year BBBB"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    PlanStore store(*db);
    const auto list = store.changes(*year);
    if (!list)
        return ctx.fail(store.errorString());
    QJsonArray out;
    for (const PlanStore::Change& c : *list)
        out.append(QJsonObject { { QStringLiteral("at"), c.at.toString(Qt::ISODate) },
                                 { QStringLiteral("round"), c.round },
                                 { QStringLiteral("activity"), c.activity },
                                 { QStringLiteral("by"), c.by },
                                 { QStringLiteral("reason"), c.reason },
                                 { QStringLiteral("before"), QJsonDocument::fromJson(c.before.toUtf8()).object() },
                                 { QStringLiteral("after"), QJsonDocument::fromJson(c.after.toUtf8()).object() } });
    ctx.out << QString::fromUtf8(QJsonDocument(out).toJson());
    return Ok;
}

} // namespace

int runPlan(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 { QStringLiteral("fiscal-year"), QStringLiteral("template"), QStringLiteral("format"),
                                   QStringLiteral("out"), QStringLiteral("json"), QStringLiteral("round"),
                                   QStringLiteral("import"), QStringLiteral("admin"), QStringLiteral("reason"),
                                   QStringLiteral("by"), QStringLiteral("date"), QStringLiteral("activity"),
                                   QStringLiteral("add"), QStringLiteral("save") },
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString verb = a->positional().size() == 1 ? a->positional().first() : QString();
    return runSubcommand<const CliArguments&>(ctx, QStringLiteral("plan"), verb,
                                              {{"new", newPlan},
                                               {"list", listPlan},
                                               {"add", addActivities},
                                               {"round", round},
                                               {"lock", lock},
                                               {"due", due},
                                               {"changes", changes},
                                               {"evidence", evidence}},
                                              *a);
}

int runPlanPrint(CliContext& ctx, const QString& what, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(
        args,
        { QStringLiteral("fiscal-year"), QStringLiteral("round"), QStringLiteral("out"), QStringLiteral("format") }, {},
        &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString usage = what == QLatin1String("plan-round")
        ? CliText::tr("usage: print plan-round --fiscal-year BBBB --round 6|9|12 --out FILE.pdf")
        : CliText::tr("usage: print %1 --fiscal-year BBBB --out FILE.pdf").arg(what);
    if (!a->has(QStringLiteral("out")))
        return ctx.fail(usage, Usage);
    const auto year = fiscalYearOf(ctx, *a, usage);
    if (!year)
        return Usage;
    std::optional<int> r;
    if (what == QLatin1String("plan-round") && !(r = roundArgument(ctx, *a)))
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    QString loadError;
    const auto loaded = loadWithStandings(*db, *year, &loadError);
    if (!loaded)
        return ctx.fail(loadError);
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    const auto& [p, standings] = *loaded;
    const documents::ListDocument document = what == QLatin1String("plan-round")
        ? roundReport(p, standings.at(rounds().indexOf(*r)), office)
        : what == QLatin1String("plan-ita") ? itaPlanList(p, office)
                                            : planList(p, office);
    return writeListOutput(ctx, document, a->value(QStringLiteral("format"), QStringLiteral("pdf")),
                           a->value(QStringLiteral("out")));
}

} // namespace sujarit::cli
