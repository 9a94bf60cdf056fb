// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli risks new|add|edit|measure|finding|list|follow-up|lock|due|bands|evidence, print risk-assessment|risk-report
#include "CliArguments.h"
#include "CliContext.h"
#include "JsonInput.h"
#include "Subcommands.h"
#include "TextTable.h"

#include "calendar/ThaiDate.h"
#include "complaints/Attachments.h"
#include "office/OfficeProfile.h"
#include "plan/PlanStore.h"
#include "risks/RiskDocuments.h"
#include "risks/RiskJson.h"
#include "text/StrictJson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sujarit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

using namespace risks;

std::optional<int> roundOf(CliContext& ctx, const CliArguments& a)
{
    const int round = a.value(QStringLiteral("round")).toInt();
    if (!risks::rounds().contains(round)) {
        ctx.fail(CliText::tr("--round: “%1” is not 6 or 12").arg(a.value(QStringLiteral("round"))), Usage);
        return std::nullopt;
    }
    return round;
}

/** Finds an activity of the year's plan by its code (1.2.3) for a measure's plan_activity. */
ActivityLookup planLookup(storage::Database& db, int year)
{
    auto plan = std::make_shared<std::optional<plan::Plan>>();
    auto loaded = std::make_shared<bool>(false);
    auto error = std::make_shared<QString>();
    return [&db, year, plan, loaded, error](const QString& code, QString* why) -> std::optional<qint64> {
        if (!*loaded) {
            plan::PlanStore store(db);
            *plan = store.load(year);
            *error = store.errorString();
            *loaded = true;
        }
        if (!*plan) {
            *why = *error;
            return std::nullopt;
        }
        if (const plan::Activity* a = (*plan)->findActivity(code))
            return a->id;
        *why = CliText::tr("the action plan of %1 has no activity %2").arg(year).arg(code);
        return std::nullopt;
    };
}

int newRegister(CliContext& ctx, const CliArguments& a)
{
    const auto year
        = fiscalYearOf(ctx, a, CliText::tr("usage: risks new --fiscal-year BBBB --template seed002|copy:BBBB|empty"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    if (!store.create(*year, a.value(QStringLiteral("template"), QStringLiteral("empty"))))
        return ctx.fail(store.errorString() + CliText::tr("; no risk register was made"));
    const auto reg = store.load(*year);
    if (!reg)
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Made the risk register of fiscal year %1: %2 risk(s), %3 measure(s)")
                   .arg(*year)
                   .arg(reg->risks.size())
                   .arg(reg->measures.size())
            << Qt::endl;
    return Ok;
}

int addRisks(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: risks add --fiscal-year BBBB --json FILE|-"));
    if (!year)
        return Usage;
    const QString path = a.value(QStringLiteral("json"));
    if (path.isEmpty())
        return ctx.fail(CliText::tr("usage: risks add --fiscal-year BBBB --json FILE|-"), Usage);
    const auto objects = readObjects(ctx, path, CliText::tr("risk"));
    if (!objects)
        return Failed;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    const ActivityLookup lookup = planLookup(*db, *year);
    QList<NewRisk> list;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QString where = CliText::tr("%1: risk %2").arg(path).arg(i + 1);
        QString why;
        const auto n = newRiskFromJson((*objects)[i], lookup, &why);
        if (!n)
            return ctx.fail(CliText::tr("%1: %2; nothing was added").arg(where, why));
        list << *n;
        places << where;
    }
    RiskStore store(*db);
    if (!store.addRisks(*year, list, places))
        return ctx.fail(store.errorString() + CliText::tr("; nothing was added"));
    QStringList added;
    for (const NewRisk& n : list)
        added << QStringLiteral("R%1 (id %2)").arg(n.risk.number).arg(n.risk.id);
    ctx.out << CliText::tr("Added %n risk(s): %1", nullptr, int(list.size())).arg(added.join(QStringLiteral(", ")))
            << Qt::endl;
    return Ok;
}

/** risks edit ID --fiscal-year BBBB --json FILE|-: the keys given replace the risk's. */
int editRisk(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: risks edit ID --fiscal-year BBBB --json FILE|-");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    bool ok = false;
    const qint64 id = a.positional().value(1).toLongLong(&ok);
    if (!ok || a.value(QStringLiteral("json")).isEmpty())
        return ctx.fail(usage, Usage);
    const auto objects = readObjects(ctx, a.value(QStringLiteral("json")), CliText::tr("risk"));
    if (!objects)
        return Failed;
    if (objects->size() != 1)
        return ctx.fail(CliText::tr("%1: one object is expected; nothing was changed").arg(a.value(QStringLiteral("json"))));
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    const auto reg = store.load(*year);
    if (!reg)
        return ctx.fail(store.errorString());
    const Risk* old = reg->risk(id);
    if (!old)
        return ctx.fail(CliText::tr("the risk register of %1 has no risk %2").arg(*year).arg(id));
    QJsonObject merged{{QStringLiteral("process"), old->process}, {QStringLiteral("event"), old->event},
                       {QStringLiteral("type"), old->type},       {QStringLiteral("causes"), old->causes},
                       {QStringLiteral("controls"), old->controls}, {QStringLiteral("division"), old->division}};
    if (old->assessed()) {
        merged.insert(QStringLiteral("likelihood"), *old->likelihood);
        merged.insert(QStringLiteral("impact"), *old->impact);
    }
    const QJsonObject given = objects->first();
    if (given.contains(QStringLiteral("measures")))
        return ctx.fail(CliText::tr("measures: add a risk's measures with “risks measure”; nothing was changed"));
    for (auto it = given.constBegin(); it != given.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    QString why;
    const auto parsed = newRiskFromJson(merged, {}, &why);
    if (!parsed)
        return ctx.fail(CliText::tr("R%1: %2; nothing was changed").arg(old->number).arg(why));
    Risk r = parsed->risk;
    r.id = id;
    if (!store.updateRisk(*year, r))
        return ctx.fail(store.errorString() + CliText::tr("; nothing was changed"));
    ctx.out << CliText::tr("Changed R%1").arg(old->number) << Qt::endl;
    return Ok;
}

/** risks measure --fiscal-year BBBB --json FILE|-: measures, each against risk N (its number) or all risks. */
int addMeasures(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: risks measure --fiscal-year BBBB --json FILE|-");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    const QString path = a.value(QStringLiteral("json"));
    if (path.isEmpty())
        return ctx.fail(usage, Usage);
    const auto objects = readObjects(ctx, path, CliText::tr("measure"));
    if (!objects)
        return Failed;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    const auto reg = store.load(*year);
    if (!reg)
        return ctx.fail(store.errorString());
    const ActivityLookup lookup = planLookup(*db, *year);
    QList<Measure> list;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QString where = CliText::tr("%1: measure %2").arg(path).arg(i + 1);
        QString why;
        auto m = measureFromJson((*objects)[i], lookup, &why);
        if (m && m->risk != 0) {
            const Risk* r = reg->riskNumbered(int(m->risk));
            if (!r)
                why = CliText::tr("risk: the register of %1 has no risk R%2").arg(*year).arg(m->risk);
            m->risk = r ? r->id : 0;
        }
        if (!why.isEmpty())
            return ctx.fail(CliText::tr("%1: %2; nothing was added").arg(where, why));
        list << *m;
        places << where;
    }
    if (!store.addMeasures(*year, list, places))
        return ctx.fail(store.errorString() + CliText::tr("; nothing was added"));
    QStringList added;
    for (const Measure& m : list)
        added << QStringLiteral("%1 (id %2)").arg(m.number).arg(m.id);
    ctx.out << CliText::tr("Added %n measure(s): %1", nullptr, int(list.size())).arg(added.join(QStringLiteral(", ")))
            << Qt::endl;
    return Ok;
}

/** risks finding --fiscal-year BBBB --json FILE|-: {source, finding, risks: [numbers]}. */
int addFindings(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: risks finding --fiscal-year BBBB --json FILE|-");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    const QString path = a.value(QStringLiteral("json"));
    if (path.isEmpty())
        return ctx.fail(usage, Usage);
    const auto objects = readObjects(ctx, path, CliText::tr("finding"));
    if (!objects)
        return Failed;
    QList<Finding> list;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QJsonObject& o = (*objects)[i];
        const QString where = CliText::tr("%1: finding %2").arg(path).arg(i + 1);
        if (const QString why = unknownKey(o, {QStringLiteral("source"), QStringLiteral("finding"), QStringLiteral("risks")},
                                           where);
            !why.isEmpty())
            return ctx.fail(why);
        Finding f{0, o.value(QStringLiteral("source")).toString(), o.value(QStringLiteral("finding")).toString(), {}};
        for (const QJsonValue& v : o.value(QStringLiteral("risks")).toArray()) {
            if (!v.isDouble())
                return ctx.fail(CliText::tr("%1: risks: each is a risk's number (1 for R1); nothing was added").arg(where));
            f.risks << v.toInt();
        }
        list << f;
        places << where;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    if (!store.addFindings(*year, list, places))
        return ctx.fail(store.errorString() + CliText::tr("; nothing was added"));
    ctx.out << CliText::tr("Added %n finding(s)", nullptr, int(list.size())) << Qt::endl;
    return Ok;
}

int listRisks(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(
        ctx, a, CliText::tr("usage: risks list --fiscal-year BBBB [--format table|json|csv|xlsx] [--out FILE]"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    const auto reg = store.load(*year);
    if (!reg)
        return ctx.fail(store.errorString());
    const auto figures = store.figures(*reg);
    if (!figures)
        return ctx.fail(store.errorString());
    const LevelBands bands = store.bands();
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
        ctx.out << QString::fromUtf8(QJsonDocument(risksToJson(*reg, bands, *figures)).toJson());
        return Ok;
    }
    if (format == QLatin1String("csv") || format == QLatin1String("xlsx") || format == QLatin1String("pdf"))
        return writeListOutput(ctx, registerList(*reg, bands, *figures, office::OfficeProfile::load(*db), format == QLatin1String("pdf")), format,
                               a.value(QStringLiteral("out")));
    if (format != QLatin1String("table"))
        return ctx.fail(CliText::tr("--format: “%1” is not table, json, csv, xlsx or pdf").arg(format), Usage);
    TextTable table({CliText::tr("Rank"), CliText::tr("No."), CliText::tr("Id"), CliText::tr("Process"),
                     CliText::tr("Event"), CliText::tr("L"), CliText::tr("I"), CliText::tr("Score"),
                     CliText::tr("Level"), CliText::tr("Measures")});
    for (const Ranked& x : reg->ranked(bands)) {
        const Risk& r = *x.risk;
        table.addRow({x.rank > 0 ? QString::number(x.rank) : QStringLiteral("-"), QStringLiteral("R%1").arg(r.number),
                      QString::number(r.id), r.process.left(30), r.event.left(50),
                      r.likelihood ? QString::number(*r.likelihood) : QStringLiteral("-"),
                      r.impact ? QString::number(*r.impact) : QStringLiteral("-"),
                      r.score() ? QString::number(*r.score()) : QStringLiteral("-"),
                      x.level.isEmpty() ? CliText::tr("not assessed") : x.level,
                      QString::number(reg->measuresOf(r.id).size())});
    }
    ctx.out << table.toString();
    if (const auto general = reg->measuresOf(0); !general.isEmpty())
        ctx.out << CliText::tr("%n measure(s) against all risks", nullptr, int(general.size())) << Qt::endl;
    return Ok;
}

int followUp(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: risks follow-up --fiscal-year BBBB --round 6|12 --json FILE|- [--admin NAME "
                                      "--reason TEXT]");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    const auto round = roundOf(ctx, a);
    if (!round)
        return Usage;
    const QString path = a.value(QStringLiteral("json"));
    if (path.isEmpty())
        return ctx.fail(usage, Usage);
    const auto objects = readObjects(ctx, path, CliText::tr("entry"));
    if (!objects)
        return Failed;
    QList<FollowUpEntry> followUps;
    QList<ResidualEntry> residuals;
    QStringList measurePlaces, riskPlaces;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QString where = CliText::tr("%1: entry %2").arg(path).arg(i + 1);
        QString why;
        const auto e = followUpFromJson((*objects)[i], &why);
        if (!e)
            return ctx.fail(CliText::tr("%1: %2; nothing was recorded").arg(where, why));
        if (e->followUp) {
            followUps << *e->followUp;
            measurePlaces << where;
        } else {
            residuals << *e->residual;
            riskPlaces << where;
        }
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    std::optional<plan::Override> override;
    if (a.has(QStringLiteral("admin")) || a.has(QStringLiteral("reason")))
        override = plan::Override{a.value(QStringLiteral("admin")), a.value(QStringLiteral("reason"))};
    if (!store.recordFollowUp(*year, *round, followUps, residuals, measurePlaces + riskPlaces, override))
        return ctx.fail(store.errorString() + CliText::tr("; nothing was recorded"));
    ctx.out << CliText::tr("Recorded round %1 of %2: %3 measure(s), %4 risk(s)")
                   .arg(*round)
                   .arg(*year)
                   .arg(followUps.size())
                   .arg(residuals.size())
            << Qt::endl;
    return Ok;
}

int lock(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: risks lock --fiscal-year BBBB --round 6|12 --by NAME"));
    if (!year)
        return Usage;
    const auto round = roundOf(ctx, a);
    if (!round)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    if (!store.lockRound(*year, *round, a.value(QStringLiteral("by"))))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Locked round %1 of the risk register of %2").arg(*round).arg(*year) << Qt::endl;
    return Ok;
}

int due(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: risks due --fiscal-year BBBB --round 6|12 --date DATE"));
    if (!year)
        return Usage;
    const auto round = roundOf(ctx, a);
    if (!round)
        return Usage;
    QString why;
    const auto day = calendar::parseThaiDate(a.value(QStringLiteral("date")), &why);
    if (!day)
        return ctx.fail(QStringLiteral("--date: ") + why, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    if (!store.setRoundDue(*year, *round, *day))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Round %1 of the risk register of %2 is due on %3")
                   .arg(*round)
                   .arg(*year)
                   .arg(calendar::formatThaiDate(*day))
            << Qt::endl;
    return Ok;
}

/** risks bands [MEDIUM HIGH VERY_HIGH]: the lowest score of each level above low. */
int bands(CliContext& ctx, const CliArguments& a)
{
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    const QStringList values = a.positional().mid(1);
    if (!values.isEmpty()) {
        if (values.size() != 3)
            return ctx.fail(CliText::tr("usage: risks bands [MEDIUM HIGH VERY_HIGH] (the lowest score of each; "
                                        "the defaults are 5 10 17)"),
                            Usage);
        bool ok1 = false, ok2 = false, ok3 = false;
        const LevelBands b{values[0].toInt(&ok1), values[1].toInt(&ok2), values[2].toInt(&ok3)};
        if (!ok1 || !ok2 || !ok3)
            return ctx.fail(CliText::tr("bands: %1 are not three whole numbers").arg(values.join(u' ')), Usage);
        if (!store.setBands(b))
            return ctx.fail(store.errorString());
    }
    const LevelBands b = store.bands();
    for (auto it = levels().crbegin(); it != levels().crend(); ++it)
        ctx.out << it->code << '\t' << levelRange(it->code, b) << '\t' << it->label << Qt::endl;
    return Ok;
}

/** risks changes --fiscal-year BBBB: what was changed in locked rounds, by whom and why */
int changes(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: risks changes --fiscal-year BBBB"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    const auto list = store.changes(*year);
    if (!list)
        return ctx.fail(store.errorString());
    QJsonArray out;
    for (const RiskStore::Change& c : *list)
        out.append(QJsonObject{{QStringLiteral("at"), c.at.toString(Qt::ISODate)},
                               {QStringLiteral("round"), c.round},
                               {QStringLiteral("entry"), c.entry},
                               {QStringLiteral("by"), c.by},
                               {QStringLiteral("reason"), c.reason},
                               {QStringLiteral("before"), QJsonDocument::fromJson(c.before.toUtf8()).object()},
                               {QStringLiteral("after"), QJsonDocument::fromJson(c.after.toUtf8()).object()}});
    ctx.out << QString::fromUtf8(QJsonDocument(out).toJson());
    return Ok;
}

/** risks remove --fiscal-year BBBB --risk ID | --measure ID */
int remove(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: risks remove --fiscal-year BBBB --risk ID | --measure ID");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    const bool risk = a.has(QStringLiteral("risk"));
    bool ok = false;
    const qint64 id = a.value(risk ? QStringLiteral("risk") : QStringLiteral("measure")).toLongLong(&ok);
    if (!ok || risk == a.has(QStringLiteral("measure")))
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    if (!(risk ? store.removeRisk(*year, id) : store.removeMeasure(*year, id)))
        return ctx.fail(store.errorString());
    ctx.out << (risk ? CliText::tr("Removed risk %1 and its measures").arg(id) : CliText::tr("Removed measure %1").arg(id))
            << Qt::endl;
    return Ok;
}

/** risks types [add CODE LABEL] */
int types(CliContext& ctx, const CliArguments& a)
{
    const QStringList words = a.positional().mid(1);
    if (!words.isEmpty() && (words.first() != u"add" || words.size() != 3))
        return ctx.fail(CliText::tr("usage: risks types [add CODE LABEL]"), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    if (!words.isEmpty() && !store.addType(words[1], words[2]))
        return ctx.fail(store.errorString());
    const auto list = store.types();
    if (!list)
        return ctx.fail(store.errorString());
    for (const Term& t : *list)
        ctx.out << t.code << '\t' << t.label << Qt::endl;
    return Ok;
}

/** risks evidence --fiscal-year BBBB --measure ID [--add FILE --round R | --save FILE_ID --out FILE] */
int evidence(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: risks evidence --fiscal-year BBBB --measure ID [--add FILE --round 6|12 "
                                      "| --save FILE_ID --out FILE]");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    bool ok = false;
    const qint64 measure = a.value(QStringLiteral("measure")).toLongLong(&ok);
    if (!ok || (a.has(QStringLiteral("save")) && !a.has(QStringLiteral("out"))))
        return ctx.fail(usage, Usage);
    std::optional<int> round;
    if (a.has(QStringLiteral("add")) && !(round = roundOf(ctx, a)))
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    if (a.has(QStringLiteral("add"))) {
        const auto bytes = ctx.readInput(a.value(QStringLiteral("add")), complaints::Attachments::MaxSize);
        if (!bytes)
            return Failed;
        const auto added
            = store.addEvidence(*year, measure, *round, QFileInfo(a.value(QStringLiteral("add"))).fileName(), *bytes);
        if (!added)
            return ctx.fail(store.errorString());
        ctx.out << CliText::tr("Attached %1 to measure %2 (evidence %3)")
                       .arg(added->fileName, QString::number(measure), QString::number(added->id))
                << Qt::endl;
        return Ok;
    }
    if (a.has(QStringLiteral("save"))) {
        const auto data = store.evidenceData(measure, a.value(QStringLiteral("save")).toLongLong());
        if (!data)
            return ctx.fail(store.errorString());
        QSaveFile out(a.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size() || !out.commit())
            return ctx.fail(CliText::tr("cannot write %1: %2").arg(a.value(QStringLiteral("out")), out.errorString()));
        ctx.out << CliText::tr("Wrote %1").arg(a.value(QStringLiteral("out"))) << Qt::endl;
        return Ok;
    }
    const auto files = store.evidence(measure);
    if (!files)
        return ctx.fail(store.errorString());
    TextTable table({CliText::tr("Id"), CliText::tr("Round"), CliText::tr("File"), CliText::tr("Bytes")});
    for (const EvidenceFiles::File& f : *files)
        table.addRow({QString::number(f.id), QString::number(f.round), f.fileName, QString::number(f.size)});
    ctx.out << table.toString();
    return Ok;
}

} // namespace

int runRisks(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 {QStringLiteral("fiscal-year"), QStringLiteral("template"), QStringLiteral("format"),
                                  QStringLiteral("out"), QStringLiteral("json"), QStringLiteral("round"),
                                  QStringLiteral("by"), QStringLiteral("date"), QStringLiteral("measure"),
                                  QStringLiteral("add"), QStringLiteral("save"), QStringLiteral("risk"),
                                  QStringLiteral("admin"), QStringLiteral("reason")},
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString verb = a->positional().value(0);
    return runSubcommand<const CliArguments&>(ctx, QStringLiteral("risks"), verb,
                                              {{"new", newRegister},
                                               {"add", addRisks},
                                               {"edit", editRisk},
                                               {"measure", addMeasures},
                                               {"finding", addFindings},
                                               {"list", listRisks},
                                               {"follow-up", followUp},
                                               {"lock", lock},
                                               {"due", due},
                                               {"bands", bands},
                                               {"types", types},
                                               {"remove", remove},
                                               {"changes", changes},
                                               {"evidence", evidence}},
                                              *a);
}

int runRiskPrint(CliContext& ctx, const QString& what, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("fiscal-year"), QStringLiteral("round"), QStringLiteral("out")},
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const bool report = what == QLatin1String("risk-report");
    const QString usage = report ? CliText::tr("usage: print risk-report --fiscal-year BBBB --round 6|12 --out FILE.pdf")
                                 : CliText::tr("usage: print risk-assessment --fiscal-year BBBB --out FILE.pdf");
    if (!a->has(QStringLiteral("out")))
        return ctx.fail(usage, Usage);
    const auto year = fiscalYearOf(ctx, *a, usage);
    if (!year)
        return Usage;
    std::optional<int> round;
    if (report && !(round = roundOf(ctx, *a)))
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    RiskStore store(*db);
    const auto reg = store.load(*year);
    if (!reg)
        return ctx.fail(store.errorString());
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    if (office.name.isEmpty())
        return ctx.fail(CliText::tr("the office profile lacks its name (name); set it with “sujarit-cli office set”; no "
                                    "PDF was written"));
    const LevelBands bands = store.bands();
    if (report)
        return writeListOutput(ctx, roundReport(*reg, *round, bands, office), QStringLiteral("pdf"),
                               a->value(QStringLiteral("out")));
    const auto figures = store.figures(*reg);
    if (!figures)
        return ctx.fail(store.errorString());
    const documents::DocumentPainter paint = assessmentReport(*reg, bands, *figures, office);
    const text::Digits digits = office.documentDigits();
    return writeDocument(ctx, a->value(QStringLiteral("out")), QPageLayout::Landscape,
                         QStringLiteral("รายงานผลการประเมินความเสี่ยงการทุจริต %1").arg(*year),
                         [paint, digits](documents::PageWriter& page, QString* why) {
                             page.digits = digits;
                             return paint(page, why);
                         });
}

} // namespace sujarit::cli
