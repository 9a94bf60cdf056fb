// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli selection new|nominate|withdraw|score|result|announce, print selection
#include "CliArguments.h"
#include "CliContext.h"
#include "JsonInput.h"
#include "Subcommands.h"
#include "TextTable.h"

#include "announcements/AnnouncementStore.h"
#include "calendar/FiscalYear.h"
#include "moral/SelectionPapers.h"
#include "moral/SelectionStore.h"
#include "office/OfficeProfile.h"
#include "storage/Database.h"

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

using namespace moral;

/** --fiscal-year, or this fiscal year when it is not given. */
std::optional<int> yearOf(CliContext& ctx, const CliArguments& a)
{
    QString error;
    std::optional<int> year;
    if (!a.readBuddhistYear(QStringLiteral("fiscal-year"), year, &error)) {
        ctx.fail(error, Usage);
        return std::nullopt;
    }
    return year ? *year : calendar::fiscalYearOf(ctx.now().date());
}

/** --kind: official (the default) or division, given as a code or its Thai name. */
std::optional<QString> kindOf(CliContext& ctx, const CliArguments& a)
{
    const QString given = a.value(QStringLiteral("kind"), QStringLiteral("official"));
    for (const text::Code& k : selectionKinds())
        if (given == k.code || given == k.label)
            return k.code;
    ctx.fail(CliText::tr("--kind: “%1” is not one of %2").arg(given, text::codesOf(selectionKinds())), Usage);
    return std::nullopt;
}

struct Target
{
    int year = 0;
    QString kind;
};

std::optional<Target> targetOf(CliContext& ctx, const CliArguments& a)
{
    const auto year = yearOf(ctx, a);
    const auto kind = year ? kindOf(ctx, a) : std::nullopt;
    if (!kind)
        return std::nullopt;
    return Target{*year, *kind};
}

int newSelection(CliContext& ctx, const CliArguments& a)
{
    const auto t = targetOf(ctx, a);
    if (!t)
        return Usage;
    QList<SelectionCriterion> criteria;
    if (a.has(QStringLiteral("criteria"))) {
        const QString path = a.value(QStringLiteral("criteria"));
        const auto objects = readObjects(ctx, path, CliText::tr("criterion"));
        if (!objects)
            return Failed;
        for (qsizetype i = 0; i < objects->size(); ++i) {
            const QString where = CliText::tr("%1: criterion %2").arg(path).arg(i + 1);
            const QJsonObject& o = (*objects)[i];
            if (const QString why = unknownKey(o, {QStringLiteral("name"), QStringLiteral("weight"), QStringLiteral("max")},
                                               where, CliText::tr("made"));
                !why.isEmpty())
                return ctx.fail(why);
            const QJsonValue weight = o.value(QStringLiteral("weight")), max = o.value(QStringLiteral("max"));
            const auto highest = max.isUndefined() ? std::optional<int>(10) : wholeNumberOf(max);
            if ((!weight.isUndefined() && !weight.isDouble()) || !highest)
                return ctx.fail(CliText::tr("%1: weight and max are numbers (max a whole one); nothing was made").arg(where));
            criteria << SelectionCriterion{o.value(QStringLiteral("name")).toString(), weight.toDouble(1), *highest};
        }
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    SelectionStore store(*db);
    if (!store.create(t->year, t->kind, criteria))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Opened the selection of %1 for %2").arg(t->kind).arg(t->year) << Qt::endl;
    return Ok;
}

int nominate(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: selection nominate [--fiscal-year BBBB] [--kind official|division] "
                                      "(--json FILE|- | --name NAME)");
    const auto t = targetOf(ctx, a);
    if (!t)
        return Usage;
    QList<NewNominee> nominees;
    QStringList places;
    if (a.has(QStringLiteral("name"))) {
        nominees << NewNominee{a.value(QStringLiteral("name")), a.value(QStringLiteral("reason"))};
    } else if (a.has(QStringLiteral("json"))) {
        const QString path = a.value(QStringLiteral("json"));
        const auto objects = readObjects(ctx, path, CliText::tr("nominee"));
        if (!objects)
            return Failed;
        for (qsizetype i = 0; i < objects->size(); ++i) {
            const QString where = CliText::tr("%1: nominee %2").arg(path).arg(i + 1);
            const QJsonObject& o = (*objects)[i];
            if (const QString why = unknownKey(o, {QStringLiteral("name"), QStringLiteral("reason")}, where); !why.isEmpty())
                return ctx.fail(why);
            nominees << NewNominee{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("reason")).toString()};
            places << where;
        }
    } else {
        return ctx.fail(usage, Usage);
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    SelectionStore store(*db);
    if (!store.nominate(t->year, t->kind, nominees, places))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Nominated %n", nullptr, int(nominees.size())) << Qt::endl;
    return Ok;
}

int withdraw(CliContext& ctx, const CliArguments& a)
{
    const auto t = targetOf(ctx, a);
    if (!t)
        return Usage;
    if (!a.has(QStringLiteral("name")))
        return ctx.fail(CliText::tr("usage: selection withdraw [--fiscal-year BBBB] [--kind official|division] --name NAME"), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    SelectionStore store(*db);
    if (!store.withdraw(t->year, t->kind, a.value(QStringLiteral("name"))))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Withdrew %1").arg(a.value(QStringLiteral("name"))) << Qt::endl;
    return Ok;
}

int score(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: selection score [--fiscal-year BBBB] [--kind official|division] --json FILE|-");
    const auto t = targetOf(ctx, a);
    if (!t)
        return Usage;
    if (!a.has(QStringLiteral("json")))
        return ctx.fail(usage, Usage);
    const QString path = a.value(QStringLiteral("json"));
    const auto objects = readObjects(ctx, path, CliText::tr("sheet"));
    if (!objects)
        return Failed;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    SelectionStore store(*db);
    const auto s = store.load(t->year, t->kind);
    if (!s)
        return ctx.fail(store.errorString());
    QList<Sheet> sheets;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QString where = CliText::tr("%1: sheet %2").arg(path).arg(i + 1);
        const QJsonObject& o = (*objects)[i];
        if (const QString why = unknownKey(o, {QStringLiteral("member"), QStringLiteral("nominee"), QStringLiteral("scores")},
                                           where, CliText::tr("scored"));
            !why.isEmpty())
            return ctx.fail(why);
        if (!o.value(QStringLiteral("member")).isString() || !o.value(QStringLiteral("nominee")).isString())
            return ctx.fail(CliText::tr("%1: member and nominee are names (text); nothing was scored").arg(where));
        if (!o.value(QStringLiteral("scores")).isObject())
            return ctx.fail(CliText::tr("%1: scores: expected an object {criterion: score}; nothing was scored").arg(where));
        Sheet sheet{o.value(QStringLiteral("member")).toString(), o.value(QStringLiteral("nominee")).toString(), {}};
        const QJsonObject given = o.value(QStringLiteral("scores")).toObject();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            const int number = criterionNumber(s->criteria, it.key());
            if (number == 0)
                return ctx.fail(CliText::tr("%1: scores: “%2” is not a criterion (give its number, 1 to %3); nothing was scored")
                                    .arg(where, it.key())
                                    .arg(s->criteria.size()));
            const auto value = wholeNumberOf(it.value());
            if (!value)
                return ctx.fail(CliText::tr("%1: scores: %2: expected a whole number; nothing was scored").arg(where, it.key()));
            sheet.scores.insert(number, *value);
        }
        sheets << sheet;
        places << where;
    }
    if (!store.score(t->year, t->kind, sheets, places))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Recorded %n sheet(s)", nullptr, int(sheets.size())) << Qt::endl;
    return Ok;
}

QJsonObject resultJson(const Selection& s)
{
    QJsonArray criteria;
    for (const SelectionCriterion& c : s.criteria)
        criteria.append(QJsonObject{{QStringLiteral("name"), c.name},
                                    {QStringLiteral("weight"), c.weight},
                                    {QStringLiteral("max"), c.max}});
    QJsonArray nominees;
    for (const Standing& st : standings(s)) {
        QJsonArray means, recused;
        for (const std::optional<double>& m : st.means)
            means.append(m ? QJsonValue(*m) : QJsonValue());
        for (const Recusal& r : s.recusals)
            if (r.nominee == st.nominee.id)
                for (const Scorer& m : s.scorers)
                    if (m.staffId == r.member)
                        recused.append(QJsonObject{{QStringLiteral("member"), m.name}, {QStringLiteral("reason"), r.reason}});
        QJsonObject o{{QStringLiteral("name"), st.nominee.name},
                      {QStringLiteral("position"), st.nominee.position},
                      {QStringLiteral("division"), st.nominee.division},
                      {QStringLiteral("total"), st.rank > 0 ? QJsonValue(st.total) : QJsonValue()},
                      {QStringLiteral("rank"), st.rank > 0 ? QJsonValue(st.rank) : QJsonValue()},
                      {QStringLiteral("tie"), st.tie},
                      {QStringLiteral("means"), means},
                      {QStringLiteral("may_score"), st.scorers},
                      {QStringLiteral("sheets"), st.sheets},
                      {QStringLiteral("complete"), st.complete()},
                      {QStringLiteral("recused"), recused}};
        if (s.kind == QLatin1String("official"))
            o.insert(QStringLiteral("deeds"), s.deeds.value(st.nominee.id));
        nominees.append(o);
    }
    QJsonObject out{{QStringLiteral("fiscal_year"), s.fiscalYear},
                    {QStringLiteral("kind"), s.kind},
                    {QStringLiteral("title"), s.title()},
                    {QStringLiteral("criteria"), criteria},
                    {QStringLiteral("highest"), highestTotal(s.criteria)},
                    {QStringLiteral("nominees"), nominees}};
    if (s.announcedOn) {
        out.insert(QStringLiteral("announced_on"), s.announcedOn->toString(Qt::ISODate));
        out.insert(QStringLiteral("announced_by"), s.announcedBy);
    }
    return out;
}

int result(CliContext& ctx, const CliArguments& a)
{
    const auto t = targetOf(ctx, a);
    if (!t)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    SelectionStore store(*db);
    const auto s = store.load(t->year, t->kind);
    if (!s)
        return ctx.fail(store.errorString());
    if (a.value(QStringLiteral("format")) == QLatin1String("json")) {
        ctx.out << QString::fromUtf8(QJsonDocument(resultJson(*s)).toJson());
        return Ok;
    }
    ctx.out << s->title() << Qt::endl;
    TextTable table({CliText::tr("Rank"), CliText::tr("Nominee"), CliText::tr("Total"), CliText::tr("Sheets"), CliText::tr("Note")});
    for (const Standing& st : standings(*s))
        table.addRow({st.rank > 0 ? QString::number(st.rank) : QStringLiteral("-"), st.nominee.name,
                      st.rank > 0 ? totalText(st.total) : QStringLiteral("-"),
                      QStringLiteral("%1/%2").arg(st.sheets).arg(st.scorers), st.tie ? CliText::tr("tie") : QString()});
    ctx.out << table.toString();
    return Ok;
}

int announce(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: selection announce [--fiscal-year BBBB] [--kind official|division] --by NAME --date DATE");
    const auto t = targetOf(ctx, a);
    if (!t)
        return Usage;
    std::optional<QDate> day;
    QString why;
    if (!a.readDate(QStringLiteral("date"), day, &why))
        return ctx.fail(why, Usage);
    if (!day || !a.has(QStringLiteral("by")))
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    SelectionStore store(*db);
    if (!store.announce(t->year, t->kind, a.value(QStringLiteral("by")), *day))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("The result is recorded as announced by %1").arg(a.value(QStringLiteral("by"))) << Qt::endl;
    return Ok;
}

std::optional<CliArguments> parse(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 {QStringLiteral("fiscal-year"), QStringLiteral("kind"), QStringLiteral("json"),
                                  QStringLiteral("criteria"), QStringLiteral("name"), QStringLiteral("reason"),
                                  QStringLiteral("format"), QStringLiteral("by"), QStringLiteral("date"),
                                  QStringLiteral("out"), QStringLiteral("part")},
                                 {}, &error);
    if (!a)
        ctx.fail(error, Usage);
    return a;
}
} // namespace

int runSelection(CliContext& ctx, const QStringList& args)
{
    const auto a = parse(ctx, args);
    if (!a)
        return Usage;
    return runSubcommand<const CliArguments&>(ctx, QStringLiteral("selection"), a->positional().value(0),
                                              {{"new", newSelection},
                                               {"nominate", nominate},
                                               {"withdraw", withdraw},
                                               {"score", score},
                                               {"result", result},
                                               {"announce", announce}},
                                              *a);
}

int runSelectionPrint(CliContext& ctx, const QStringList& args)
{
    const auto a = parse(ctx, args);
    if (!a)
        return Usage;
    const QString usage = CliText::tr("usage: print selection [--fiscal-year BBBB] [--kind official|division] "
                                      "[--part sheets|summary|announcement] --out FILE.pdf");
    const auto t = targetOf(ctx, *a);
    if (!t)
        return Usage;
    const QString out = a->value(QStringLiteral("out"));
    QStringList parts;
    if (a->has(QStringLiteral("part"))) {
        parts = a->value(QStringLiteral("part")).split(u',', Qt::SkipEmptyParts);
        for (const QString& p : parts)
            if (p != QLatin1String("sheets") && p != QLatin1String("summary") && p != QLatin1String("announcement"))
                return ctx.fail(CliText::tr("--part: “%1” is not one of sheets, summary, announcement").arg(p), Usage);
    }
    if (out.isEmpty())
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    SelectionStore store(*db);
    const auto s = store.load(t->year, t->kind);
    if (!s)
        return ctx.fail(store.errorString());
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    const QString signer = s->announcedOn
        ? announcements::signerTitle(*db, s->announcedBy, *s->announcedOn, nullptr).value_or(office.executiveTitle)
        : office.executiveTitle;
    return writeDocument(ctx, out, QPageLayout::Portrait, s->title(), selectionPaper(*s, office, signer, parts));
}

} // namespace sujarit::cli
