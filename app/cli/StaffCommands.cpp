// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli staff add|import|list|leave
#include "CliArguments.h"
#include "CliContext.h"
#include "JsonInput.h"
#include "TextTable.h"

#include "calendar/ThaiDate.h"
#include "staff/StaffList.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace sujarit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

int addStaff(CliContext& ctx, const CliArguments& a)
{
    if (!a.has(QStringLiteral("json")))
        return ctx.fail(CliText::tr("usage: staff add --json FILE|-"), Usage);
    const QString path = a.value(QStringLiteral("json"));
    const auto objects = readObjects(ctx, path, CliText::tr("staff member"));
    if (!objects)
        return Failed;
    QList<staff::StaffMember> members;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QJsonObject& o = (*objects)[i];
        staff::StaffMember m { 0,
                                   o[QStringLiteral("name")].toString(),
                                   o[QStringLiteral("position")].toString(),
                                   o[QStringLiteral("division")].toString(),
                                   o[QStringLiteral("kind")].toString(),
                                   o[QStringLiteral("active")].toBool(true),
                                   std::nullopt };
        if (o.contains(QStringLiteral("left_on")) && !o[QStringLiteral("left_on")].isNull()) {
            QString why;
            const auto day = dateOf(o[QStringLiteral("left_on")], &why);
            if (!day)
                return ctx.fail(
                    CliText::tr("%1: staff member %2: left_on: %3; nothing was added").arg(path, QString::number(i + 1), why));
            m.leftOn = *day;
        }
        members << m;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    staff::StaffList list(*db);
    if (!list.add(members))
        return ctx.fail(list.errorString() + CliText::tr("; nothing was added"));
    ctx.out << CliText::tr("Added %n staff member(s)", nullptr, int(members.size())) << Qt::endl;
    return Ok;
}

int importStaff(CliContext& ctx, const QString& path)
{
    const auto bytes = ctx.readInput(path);
    if (!bytes)
        return Failed;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    staff::StaffList list(*db);
    int added = 0;
    if (!list.importCsv(*bytes, QFileInfo(path).fileName(), &added))
        return ctx.fail(list.errorString() + CliText::tr("; nothing was added"));
    ctx.out << CliText::tr("Added %n staff member(s)", nullptr, added) << Qt::endl;
    return Ok;
}

int listStaff(CliContext& ctx, const CliArguments& a)
{
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    staff::StaffList list(*db);
    const auto members = list.all();
    if (!members)
        return ctx.fail(list.errorString());
    if (a.value(QStringLiteral("format"), QStringLiteral("table")) == QLatin1String("json")) {
        QJsonArray array;
        for (const staff::StaffMember& m : *members)
            array.append(QJsonObject {
                { QStringLiteral("name"), m.name },
                { QStringLiteral("position"), m.position },
                { QStringLiteral("division"), m.division },
                { QStringLiteral("kind"), m.kind },
                { QStringLiteral("active"), m.active },
                { QStringLiteral("left_on"), m.leftOn ? QJsonValue(m.leftOn->toString(Qt::ISODate)) : QJsonValue() } });
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson());
        return Ok;
    }
    TextTable table({ CliText::tr("Name"), CliText::tr("Position"), CliText::tr("Division"), CliText::tr("Kind"),
                      CliText::tr("Left office") });
    for (const staff::StaffMember& m : *members)
        table.addRow({ m.name, m.position, m.division, staff::staffKindLabel(m.kind),
                       m.leftOn ? calendar::formatThaiDate(*m.leftOn, calendar::DateStyle::Abbreviated) : QString() });
    ctx.out << table.toString();
    return Ok;
}

int leave(CliContext& ctx, const CliArguments& a)
{
    QString why;
    const auto day = calendar::parseThaiDate(a.value(QStringLiteral("on")), &why);
    if (!day)
        return ctx.fail(QStringLiteral("--on: ") + why, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    staff::StaffList list(*db);
    if (!list.markLeft(a.positional().value(1), *day))
        return ctx.fail(list.errorString());
    ctx.out
        << CliText::tr("%1 left office on %2").arg(a.positional().value(1).simplified(), calendar::formatThaiDate(*day))
        << Qt::endl;
    return Ok;
}

} // namespace

int runStaff(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, { QStringLiteral("json"), QStringLiteral("format"), QStringLiteral("on") }, {},
                                 &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString verb = a->positional().value(0);
    const auto n = a->positional().size();
    if (verb == QLatin1String("add") && n == 1)
        return addStaff(ctx, *a);
    if (verb == QLatin1String("import") && n == 2)
        return importStaff(ctx, a->positional().at(1));
    if (verb == QLatin1String("list") && n == 1)
        return listStaff(ctx, *a);
    if (verb == QLatin1String("leave") && n == 2 && a->has(QStringLiteral("on")))
        return leave(ctx, *a);
    return ctx.fail(CliText::tr("usage: staff add --json FILE|- | staff import FILE.csv | staff list [--format "
                                "table|json] | staff leave NAME --on DATE"),
                    Usage);
}

} // namespace sujarit::cli
