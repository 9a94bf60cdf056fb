// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli moral-org show|set|evidence|due, virtues add|list|update|remove,
// print moral-org-report|virtues|deeds|best-practice
#include "CliArguments.h"
#include "CliContext.h"
#include "EvidenceCommand.h"
#include "JsonInput.h"
#include "MoralCommandSupport.h"
#include "Subcommands.h"
#include "TextTable.h"

#include "calendar/ThaiDate.h"
#include "moral/HeldEvidence.h"
#include "moral/MoralPapers.h"
#include "moral/MoralTerms.h"
#include "office/OfficeProfile.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sujarit::cli {

namespace {
using CliText = MoralCliText;
using namespace moral;

// moral-org ------------------------------------------------------------------------------------------------------

int showReport(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: moral-org show --fiscal-year BBBB [--format text|json]"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    SelfAssessmentStore store(*db);
    const auto report = store.load(*year);
    const auto files = report ? store.evidence(*year) : std::nullopt;
    if (!files)
        return ctx.fail(store.errorString());
    QString error;
    const auto held = heldEvidence(*db, *year, &error);
    if (!held)
        return ctx.fail(error);
    const QDate due = reportDue(*db, *year);
    if (a.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray list;
        for (const CriterionAnswer& c : report->criteria)
            list.append(QJsonObject{{QStringLiteral("number"), c.number},
                                    {QStringLiteral("criterion"), criteria().value(c.number - 1)},
                                    {QStringLiteral("status"), c.status},
                                    {QStringLiteral("status_label"), text::labelIn(criterionStatuses(), c.status).value_or(QString())},
                                    {QStringLiteral("text"), c.text},
                                    {QStringLiteral("held"), QJsonArray::fromStringList(held->value(c.number - 1))},
                                    {QStringLiteral("files"), filesJson(*files, c.number)}});
        QJsonObject o{{QStringLiteral("fiscal_year"), *year},
                      {QStringLiteral("level"), report->level},
                      {QStringLiteral("level_label"), levelLabel(report->level)},
                      {QStringLiteral("due"), due.toString(Qt::ISODate)},
                      {QStringLiteral("kept"), report->updatedAt.has_value()},
                      {QStringLiteral("criteria"), list}};
        if (report->updatedAt) {
            o.insert(QStringLiteral("updated_at"), report->updatedAt->toString(Qt::ISODate));
            o.insert(QStringLiteral("updated_by"), report->updatedBy);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson());
        return Ok;
    }
    ctx.out << CliText::tr("Moral organisation %1: level %2 %3; due %4")
                   .arg(*year)
                   .arg(report->level)
                   .arg(levelLabel(report->level), calendar::formatThaiDate(due))
            << Qt::endl;
    TextTable table({CliText::tr("No."), CliText::tr("Status"), CliText::tr("Held in Sujarit"), CliText::tr("Text")});
    for (const CriterionAnswer& c : report->criteria)
        table.addRow({QString::number(c.number), c.status.isEmpty() ? QStringLiteral("-") : c.status,
                      QString::number(held->value(c.number - 1).size()), c.text.left(50)});
    ctx.out << table.toString();
    return Ok;
}

int setReport(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: moral-org set --fiscal-year BBBB --json FILE|-");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    int code = Failed;
    const auto report = oneObject(ctx, a, usage, CliText::tr("report"), {QStringLiteral("level"), QStringLiteral("criteria")},
                                  CliText::tr("saved"), code);
    if (!report)
        return code;
    const QString path = a.value(QStringLiteral("json"));
    const QJsonObject& o = *report;
    std::optional<int> level;
    if (o.contains(QStringLiteral("level"))) {
        level = wholeNumberOf(o.value(QStringLiteral("level")));
        if (!level)
            return ctx.fail(CliText::tr("%1: level: expected 1, 2 or 3; nothing was saved").arg(path));
    }
    QList<CriterionAnswer> answers;
    QStringList places;
    const QJsonValue list = o.value(QStringLiteral("criteria"));
    if (!list.isUndefined() && !list.isArray())
        return ctx.fail(CliText::tr("%1: criteria: expected an array; nothing was saved").arg(path));
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = CliText::tr("%1: criterion %2").arg(path).arg(i + 1);
        const QJsonObject c = items[i].toObject();
        if (!items[i].isObject())
            return ctx.fail(CliText::tr("%1: expected an object; nothing was saved").arg(where));
        if (const QString why = unknownKey(c, {QStringLiteral("number"), QStringLiteral("status"), QStringLiteral("text")},
                                           where, CliText::tr("saved"));
            !why.isEmpty())
            return ctx.fail(why);
        const auto number = wholeNumberOf(c.value(QStringLiteral("number")));
        if (!number)
            return ctx.fail(CliText::tr("%1: number: expected a whole number from 1 to 9; nothing was saved").arg(where));
        CriterionAnswer answer{*number, {}, {}};
        QString why;
        if (!readTexts(c, {{"status", &answer.status}, {"text", &answer.text}}, why))
            return ctx.fail(CliText::tr("%1: %2; nothing was saved").arg(where, why));
        for (const text::Code& s : criterionStatuses())
            if (answer.status == s.label)
                answer.status = s.code;
        answers << answer;
        places << where;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    SelfAssessmentStore store(*db);
    if (!store.save(*year, level, answers, places))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Saved the moral-organisation report of %1").arg(*year) << Qt::endl;
    return Ok;
}

int reportEvidence(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: moral-org evidence --fiscal-year BBBB [--criterion N --add FILE | --save "
                                      "FILE_ID --out FILE]");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    const int criterion = a.value(QStringLiteral("criterion")).toInt();
    if (a.has(QStringLiteral("add")) && criterion == 0)
        return ctx.fail(CliText::tr("--add needs --criterion N (1 to 9)"), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    SelfAssessmentStore store(*db);
    return runEvidence(ctx, a, CliText::tr("criterion %1 of %2").arg(criterion).arg(*year),
                       {[&](const QString& name, const QByteArray& data) { return store.addEvidence(*year, criterion, name, data); },
                        [&] { return store.evidence(*year); },
                        [&](qint64 file) { return store.evidenceData(*year, file); },
                        [&] { return store.errorString(); }});
}

int reportDueSetting(CliContext& ctx, const CliArguments& a)
{
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    const bool divisions = a.has(QStringLiteral("divisions"));
    const QString key = divisions ? QStringLiteral("moral.division_due") : QStringLiteral("moral.report_due");
    const QString fallback = divisions ? QStringLiteral("07-30") : QStringLiteral("06-30");
    const QString given = a.positional().value(1);
    if (given.isEmpty()) {
        ctx.out << db->setting(key, fallback) << Qt::endl;
        return Ok;
    }
    if (!dayOfFiscalYear(given, 2569))
        return ctx.fail(CliText::tr("moral-org due: “%1” is not a day of every year as MM-DD (%2)").arg(given, fallback), Usage);
    if (!db->require(access::Permission::ManageIntegrity))
        return ctx.fail(db->errorString());
    if (!db->setSetting(key, given))
        return ctx.fail(db->errorString());
    ctx.out << (divisions ? CliText::tr("The divisions' results are due on %1 each year").arg(given)
                          : CliText::tr("The moral-organisation report is due on %1 each year").arg(given))
            << Qt::endl;
    return Ok;
}

// virtues --------------------------------------------------------------------------------------------------------

const QStringList VirtueKeys = {QStringLiteral("virtue"),    QStringLiteral("dimension"), QStringLiteral("problem"),
                                QStringLiteral("good"),      QStringLiteral("indicator"), QStringLiteral("target"),
                                QStringLiteral("activities"), QStringLiteral("results")};

/** Fills \a t from \a o (only the keys given); false with \a why. */
bool readVirtue(const QJsonObject& o, VirtueTarget& t, QString& why)
{
    if (!readTexts(o, {{"virtue", &t.virtue}, {"dimension", &t.dimension}, {"problem", &t.problem}, {"good", &t.good},
                       {"indicator", &t.indicator}, {"target", &t.target}, {"activities", &t.activities}},
                   why))
        return false;
    const QJsonValue results = o.value(QStringLiteral("results"));
    if (results.isUndefined() || results.isNull())
        return true;
    if (!results.isObject()) {
        why = CliText::tr("results: expected an object by round ({\"6\": \"…\", \"12\": \"…\"})");
        return false;
    }
    const QJsonObject r = results.toObject();
    for (auto it = r.constBegin(); it != r.constEnd(); ++it) {
        bool ok = false;
        const int round = it.key().toInt(&ok);
        if (!ok || !it.value().isString()) {
            why = CliText::tr("results: %1: expected a round (6, 9 or 12) with its text").arg(it.key());
            return false;
        }
        t.results.insert(round, it.value().toString());
    }
    return true;
}

QJsonObject virtueJson(const VirtueTarget& t)
{
    QJsonObject results;
    for (auto it = t.results.constBegin(); it != t.results.constEnd(); ++it)
        results.insert(QString::number(it.key()), it.value());
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("fiscal_year"), t.fiscalYear},
            {QStringLiteral("virtue"), t.virtue},
            {QStringLiteral("dimension"), t.dimension},
            {QStringLiteral("problem"), t.problem},
            {QStringLiteral("good"), t.good},
            {QStringLiteral("indicator"), t.indicator},
            {QStringLiteral("target"), t.target},
            {QStringLiteral("activities"), t.activities},
            {QStringLiteral("plan_activities"), QJsonArray::fromStringList(t.planActivities)},
            {QStringLiteral("results"), results}};
}

int addVirtues(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: virtues add --fiscal-year BBBB --json FILE|-");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    if (!a.has(QStringLiteral("json")))
        return ctx.fail(usage, Usage);
    const QString path = a.value(QStringLiteral("json"));
    const auto objects = readObjects(ctx, path, CliText::tr("virtue"));
    if (!objects)
        return Failed;
    QList<VirtueTarget> targets;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QString where = CliText::tr("%1: virtue %2").arg(path).arg(i + 1);
        if (const QString why = unknownKey((*objects)[i], VirtueKeys, where); !why.isEmpty())
            return ctx.fail(why);
        VirtueTarget t;
        t.fiscalYear = *year;
        t.dimension.clear();
        QString why;
        if (!readVirtue((*objects)[i], t, why))
            return ctx.fail(CliText::tr("%1: %2; nothing was added").arg(where, why));
        targets << t;
        places << where;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    VirtueStore store(*db);
    if (!store.add(targets, places))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Added %n target virtue(s): %1", nullptr, int(targets.size())).arg(idsOf(targets))
            << Qt::endl;
    return Ok;
}

int listVirtues(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: virtues list --fiscal-year BBBB [--format table|json|csv|xlsx|pdf] [--out FILE]"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    VirtueStore store(*db);
    const auto list = store.list(*year);
    if (!list)
        return ctx.fail(store.errorString());
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
        QJsonArray out;
        for (const VirtueTarget& t : *list)
            out.append(virtueJson(t));
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson());
        return Ok;
    }
    if (format != QLatin1String("table"))
        return writeListOutput(ctx, virtuesPaper(*year, *list, office::OfficeProfile::load(*db)), format,
                               a.value(QStringLiteral("out")));
    TextTable table({CliText::tr("Id"), CliText::tr("Virtue"), CliText::tr("Problem"), CliText::tr("Good"), CliText::tr("Rounds")});
    for (const VirtueTarget& t : *list) {
        QStringList rounds;
        for (int r : t.results.keys())
            rounds << QString::number(r);
        table.addRow({QString::number(t.id), t.virtue, t.problem.left(30), t.good.left(30), rounds.join(u',')});
    }
    ctx.out << table.toString();
    return Ok;
}

int updateVirtue(CliContext& ctx, const CliArguments& a)
{
    return updateOne<VirtueStore>(ctx, a, CliText::tr("usage: virtues update ID --json FILE|-"), CliText::tr("virtue"),
                                  VirtueKeys, readVirtue, CliText::tr("Changed target virtue %1"));
}

int removeVirtue(CliContext& ctx, const CliArguments& a)
{
    const auto id = positionalId(ctx, a, CliText::tr("usage: virtues remove ID"));
    if (!id)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    VirtueStore store(*db);
    if (!store.remove(*id))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Removed target virtue %1").arg(*id) << Qt::endl;
    return Ok;
}
} // namespace

int runMoralOrg(CliContext& ctx, const QStringList& args)
{
    return dispatchMoral(ctx, args, "moral-org",
                    {{"show", showReport}, {"set", setReport}, {"evidence", reportEvidence}, {"due", reportDueSetting}});
}

int runVirtues(CliContext& ctx, const QStringList& args)
{
    return dispatchMoral(ctx, args, "virtues",
                    {{"add", addVirtues}, {"list", listVirtues}, {"update", updateVirtue}, {"remove", removeVirtue}});
}

int runMoralPrint(CliContext& ctx, const QString& what, const QStringList& args)
{
    const auto a = parseMoral(ctx, args);
    if (!a)
        return Usage;
    const QString out = a->value(QStringLiteral("out"));
    if (what == QLatin1String("virtues") || what == QLatin1String("deeds")) {
        if (out.isEmpty())
            return ctx.fail(CliText::tr("usage: print %1 --fiscal-year BBBB%2 --out FILE.pdf")
                                .arg(what, what == QLatin1String("deeds") ? QStringLiteral(" [--staff NAME]") : QString()),
                            Usage);
        QStringList list{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("pdf"),
                         QStringLiteral("--out"), out};
        for (const char* key : {"fiscal-year", "staff"})
            if (a->has(QString::fromLatin1(key)))
                list << QStringLiteral("--%1").arg(QString::fromLatin1(key)) << a->value(QString::fromLatin1(key));
        return what == QLatin1String("virtues") ? runVirtues(ctx, list) : runDeeds(ctx, list);
    }
    if (what == QLatin1String("best-practice")) {
        const QString usage = CliText::tr("usage: print best-practice ID --out FILE.pdf");
        bool ok = false;
        const qint64 id = a->positional().value(0).toLongLong(&ok);
        if (!ok || out.isEmpty())
            return ctx.fail(usage, Usage);
        storage::Database* db = ctx.openDatabase();
        if (!db)
            return Failed;
        BestPracticeStore store(*db);
        const auto p = store.find(id);
        const auto files = p ? store.evidence(id) : std::nullopt;
        if (!files)
            return ctx.fail(store.errorString());
        return writeDocument(ctx, out, QPageLayout::Portrait, QStringLiteral("ถอดบทเรียน ") + p->title,
                             bestPracticePaper(*p, int(files->size()), office::OfficeProfile::load(*db)));
    }
    const QString usage = CliText::tr("usage: print moral-org-report --fiscal-year BBBB --out FILE.pdf");
    const auto year = fiscalYearOf(ctx, *a, usage);
    if (!year)
        return Usage;
    if (out.isEmpty())
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    SelfAssessmentStore store(*db);
    const auto report = store.load(*year);
    const auto files = report ? store.evidence(*year) : std::nullopt;
    if (!files)
        return ctx.fail(store.errorString());
    QString error;
    const auto held = heldEvidence(*db, *year, &error);
    if (!held)
        return ctx.fail(error);
    return writeDocument(ctx, out, QPageLayout::Portrait, QStringLiteral("รายงานองค์กรคุณธรรม %1").arg(*year),
                         moralReport(*report, *held, *files, reportDue(*db, *year), office::OfficeProfile::load(*db)));
}

} // namespace sujarit::cli
