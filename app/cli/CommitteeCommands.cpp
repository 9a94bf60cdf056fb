// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli committee add|list|show|role|remove|goals|order|rename, print committee-order
#include "CliArguments.h"
#include "CliContext.h"
#include "JsonInput.h"
#include "Subcommands.h"
#include "TextTable.h"

#include "calendar/ThaiDate.h"
#include "committee/CommitteeOrder.h"
#include "committee/CommitteeStore.h"
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

using namespace committee;

QJsonObject memberJson(const Member& m)
{
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("position"), m.position},
            {QStringLiteral("role"), m.role},
            {QStringLiteral("role_label"), text::labelIn(roles(), m.role).value_or(m.role)}};
}

int add(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: committee add --fiscal-year BBBB --json FILE|- [--name TEXT]");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    const QString path = a.value(QStringLiteral("json"));
    if (path.isEmpty())
        return ctx.fail(usage, Usage);
    const auto objects = readObjects(ctx, path, CliText::tr("member"));
    if (!objects)
        return Failed;
    QList<NewMember> members;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QString where = CliText::tr("%1: member %2").arg(path).arg(i + 1);
        const QJsonObject& o = (*objects)[i];
        if (const QString why = unknownKey(o, {QStringLiteral("name"), QStringLiteral("role")}, where); !why.isEmpty())
            return ctx.fail(why);
        members << NewMember{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("role")).toString()};
        places << where;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    CommitteeStore store(*db);
    if (!store.addMembers(*year, members, places, a.value(QStringLiteral("name"))))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Added %n member(s) to the ethics committee of %1", nullptr, int(members.size())).arg(*year)
            << Qt::endl;
    return Ok;
}

std::optional<Committee> loaded(CliContext& ctx, const CliArguments& a, const QString& usage)
{
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return std::nullopt;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return std::nullopt;
    CommitteeStore store(*db);
    auto c = store.load(*year);
    if (!c)
        ctx.fail(store.errorString());
    return c;
}

int list(CliContext& ctx, const CliArguments& a)
{
    const auto c = loaded(ctx, a, CliText::tr("usage: committee list --fiscal-year BBBB [--format table|json]"));
    if (!c)
        return Failed;
    if (a.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray out;
        for (const Member& m : c->members)
            out.append(memberJson(m));
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson());
        return Ok;
    }
    TextTable table({CliText::tr("No."), CliText::tr("Name"), CliText::tr("Position"), CliText::tr("Role")});
    for (qsizetype i = 0; i < c->members.size(); ++i)
        table.addRow({QString::number(i + 1), c->members[i].name, c->members[i].position,
                      text::labelIn(roles(), c->members[i].role).value_or(c->members[i].role)});
    ctx.out << c->name << Qt::endl << table.toString();
    return Ok;
}

int show(CliContext& ctx, const CliArguments& a)
{
    const auto c = loaded(ctx, a, CliText::tr("usage: committee show --fiscal-year BBBB"));
    if (!c)
        return Failed;
    QJsonArray members, goals;
    for (const Member& m : c->members)
        members.append(memberJson(m));
    for (const Goal& g : c->goals)
        goals.append(QJsonObject{{QStringLiteral("id"), g.id},
                                 {QStringLiteral("goal"), g.goal},
                                 {QStringLiteral("plan_activity"), g.planActivityCode}});
    ctx.out << QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("fiscal_year"), c->fiscalYear},
                                  {QStringLiteral("name"), c->name},
                                  {QStringLiteral("order_number"), c->orderNumber},
                                  {QStringLiteral("order_signed_on"),
                                   c->orderSignedOn ? QJsonValue(c->orderSignedOn->toString(Qt::ISODate)) : QJsonValue()},
                                  {QStringLiteral("order_signed_by"), c->orderSignedBy},
                                  {QStringLiteral("members"), members},
                                  {QStringLiteral("goals"), goals}})
            .toJson());
    return Ok;
}

/** A write with --fiscal-year and the store, said done with \a done. */
template <typename F>
int write(CliContext& ctx, const CliArguments& a, const QString& usage, bool ok, F&& f, const QString& done)
{
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    if (!ok)
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    CommitteeStore store(*db);
    if (!f(store, *year))
        return ctx.fail(store.errorString());
    ctx.out << done << Qt::endl;
    return Ok;
}

int role(CliContext& ctx, const CliArguments& a)
{
    const QString name = a.value(QStringLiteral("name")), role = a.value(QStringLiteral("role"));
    return write(
        ctx, a, CliText::tr("usage: committee role --fiscal-year BBBB --name NAME --role ROLE"),
        !name.isEmpty() && !role.isEmpty(),
        [&](CommitteeStore& s, int y) { return s.setRole(y, name, role); }, CliText::tr("Done: %1 is %2").arg(name, role));
}

int remove(CliContext& ctx, const CliArguments& a)
{
    const QString name = a.value(QStringLiteral("name"));
    return write(
        ctx, a, CliText::tr("usage: committee remove --fiscal-year BBBB --name NAME"), !name.isEmpty(),
        [&](CommitteeStore& s, int y) { return s.removeMember(y, name); },
        CliText::tr("Done: %1 is off the committee").arg(name));
}

int rename(CliContext& ctx, const CliArguments& a)
{
    const QString name = a.value(QStringLiteral("name"));
    return write(
        ctx, a, CliText::tr("usage: committee rename --fiscal-year BBBB --name TEXT"), !name.isEmpty(),
        [&](CommitteeStore& s, int y) { return s.rename(y, name); }, CliText::tr("Done: the committee is %1").arg(name));
}

int goals(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: committee goals --fiscal-year BBBB --json FILE|- | committee goals "
                                      "--fiscal-year BBBB --remove ID");
    if (a.has(QStringLiteral("remove"))) {
        bool ok = false;
        const qint64 id = a.value(QStringLiteral("remove")).toLongLong(&ok);
        return write(
            ctx, a, usage, ok, [&](CommitteeStore& s, int y) { return s.removeGoal(y, id); },
            CliText::tr("Done: goal %1 removed").arg(id));
    }
    const QString path = a.value(QStringLiteral("json"));
    if (path.isEmpty())
        return ctx.fail(usage, Usage);
    const auto objects = readObjects(ctx, path, CliText::tr("goal"));
    if (!objects)
        return Failed;
    QList<NewGoal> list;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QString where = CliText::tr("%1: goal %2").arg(path).arg(i + 1);
        const QJsonObject& o = (*objects)[i];
        if (const QString why = unknownKey(o, {QStringLiteral("goal"), QStringLiteral("plan_activity")}, where);
            !why.isEmpty())
            return ctx.fail(why);
        const QJsonValue activity = o.value(QStringLiteral("plan_activity"));
        list << NewGoal{o.value(QStringLiteral("goal")).toString(),
                        activity.isDouble() ? QString::number(activity.toInteger()) : activity.toString()};
        places << where;
    }
    return write(
        ctx, a, usage, true, [&](CommitteeStore& s, int y) { return s.addGoals(y, list, places); },
        CliText::tr("Added %n goal(s)", nullptr, int(list.size())));
}

int order(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: committee order --fiscal-year BBBB --number N/BBBB --date DATE --by NAME");
    std::optional<QDate> day;
    QString why;
    if (!a.readDate(QStringLiteral("date"), day, &why))
        return ctx.fail(why, Usage);
    const QString number = a.value(QStringLiteral("number")), by = a.value(QStringLiteral("by"));
    return write(
        ctx, a, usage, day && !number.isEmpty() && !by.isEmpty(),
        [&](CommitteeStore& s, int y) { return s.recordOrder(y, number, *day, by); },
        CliText::tr("The order %1 is recorded as signed by %2").arg(number, by));
}
} // namespace

int runCommittee(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 {QStringLiteral("fiscal-year"), QStringLiteral("json"), QStringLiteral("format"),
                                  QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("remove"),
                                  QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("by")},
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    return runSubcommand<const CliArguments&>(ctx, QStringLiteral("committee"), a->positional().value(0),
                                              {{"add", add},
                                               {"list", list},
                                               {"show", show},
                                               {"role", role},
                                               {"remove", remove},
                                               {"rename", rename},
                                               {"goals", goals},
                                               {"order", order}},
                                              *a);
}

int runCommitteePrint(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("fiscal-year"), QStringLiteral("out")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString usage = CliText::tr("usage: print committee-order --fiscal-year BBBB --out FILE.pdf");
    if (!a->has(QStringLiteral("out")))
        return ctx.fail(usage, Usage);
    const auto c = loaded(ctx, *a, usage);
    if (!c)
        return Failed;
    storage::Database* db = ctx.openDatabase();
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    return writeDocument(ctx, a->value(QStringLiteral("out")), QPageLayout::Portrait,
                         QStringLiteral("คำสั่งแต่งตั้ง%1 %2").arg(c->name).arg(c->fiscalYear),
                         committeeOrder(*c, office, orderSignerTitle(*db, *c)));
}

} // namespace sujarit::cli
