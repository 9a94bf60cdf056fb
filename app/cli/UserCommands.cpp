// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli users add|list|disable|enable|set-role|set-division|password: the office's users (administrator only,
// but anyone may change her own password).
#include "CliArguments.h"
#include "CliContext.h"
#include "TextTable.h"

#include "users/UserStore.h"
#include "calendar/ThaiDate.h"

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

const char* Usage_ = QT_TRANSLATE_NOOP("CliText",
                                       "usage: users add NAME --role ROLE[,ROLE] [--division TEXT] [--full-name TEXT] "
                                       "--new-password-file FILE | users list [--format table|json] | "
                                       "users disable|enable NAME | users set-role NAME ROLE[,ROLE] | "
                                       "users set-division NAME TEXT | users password NAME "
                                       "--new-password-file FILE");

std::optional<QString> newPassword(CliContext& ctx, const CliArguments& a, const QString& name)
{
    if (a.has(QStringLiteral("new-password-file")))
        return ctx.readPasswordFile(a.value(QStringLiteral("new-password-file")));
    const auto first = ctx.promptPassword(CliText::tr("New password for %1: ").arg(name));
    const auto again = ctx.promptPassword(CliText::tr("The same again: "));
    if (!first || first != again) {
        ctx.fail(CliText::tr("the two passwords differ; nothing was changed"));
        return std::nullopt;
    }
    return first;
}

int list(CliContext& ctx, users::UserStore& users, const CliArguments& a)
{
    const auto all = users.list();
    if (!all)
        return ctx.fail(users.errorString());
    if (a.value(QStringLiteral("format"), QStringLiteral("table")) == QLatin1String("json")) {
        QJsonArray array;
        for (const users::User& u : *all)
            array.append(QJsonObject {
                { QStringLiteral("name"), u.name },
                { QStringLiteral("full_name"), u.fullName },
                { QStringLiteral("division"), u.division },
                { QStringLiteral("roles"), QJsonArray::fromStringList(access::rolesText(u.roles).split(u',')) },
                { QStringLiteral("disabled"), u.disabled } });
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    TextTable table({ CliText::tr("User"), CliText::tr("Name"), CliText::tr("Division"), CliText::tr("Roles"),
                      CliText::tr("State") });
    for (const users::User& u : *all)
        table.addRow({ u.name, u.fullName, u.division, access::rolesText(u.roles),
                       u.disabled ? CliText::tr("disabled") : CliText::tr("active") });
    ctx.out << table.toString();
    return Ok;
}
} // namespace

int runUsers(CliContext& ctx, const QStringList& args)
{
    QString error;
    const auto a
        = CliArguments::parse(args,
                              { QStringLiteral("role"), QStringLiteral("division"), QStringLiteral("full-name"),
                                QStringLiteral("new-password-file"), QStringLiteral("format") },
                              {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QStringList& p = a->positional();
    const QString verb = p.value(0);
    const QString name = p.value(1);
    const QStringList known = { QStringLiteral("add"),     QStringLiteral("list"),     QStringLiteral("disable"),
                                QStringLiteral("enable"),  QStringLiteral("set-role"), QStringLiteral("set-division"),
                                QStringLiteral("password") };
    const qsizetype wanted = verb == QLatin1String("list")                           ? 1
        : verb == QLatin1String("set-role") || verb == QLatin1String("set-division") ? 3
                                                                                     : 2;
    if (!known.contains(verb) || p.size() != wanted)
        return ctx.fail(CliText::tr(Usage_), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    users::UserStore users(*db);
    if (verb == QLatin1String("list"))
        return list(ctx, users, *a);
    if (verb == QLatin1String("add")) {
        users::User u;
        u.name = name;
        u.fullName = a->value(QStringLiteral("full-name"));
        u.division = a->value(QStringLiteral("division"));
        const auto roles = access::rolesFromText(a->value(QStringLiteral("role")), &error);
        if (!roles)
            return ctx.fail(error, Usage);
        u.roles = *roles;
        if (!db->require(access::Permission::ManageUsers))
            return ctx.fail(db->errorString());
        const auto password = newPassword(ctx, *a, name);
        if (!password)
            return Failed;
        if (!users.add(u, *password))
            return ctx.fail(users.errorString());
        ctx.out << CliText::tr("Added %1 (%2)").arg(u.name, access::rolesText(u.roles)) << Qt::endl;
        return Ok;
    }
    bool ok = false;
    if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
        ok = users.setDisabled(name, verb == QLatin1String("disable"));
    } else if (verb == QLatin1String("set-role")) {
        const auto roles = access::rolesFromText(p.value(2), &error);
        if (!roles)
            return ctx.fail(error, Usage);
        ok = users.setRoles(name, *roles);
    } else if (verb == QLatin1String("set-division")) {
        ok = users.setDivision(name, p.value(2));
    } else { // password
        const bool self = name.trimmed() == db->session().user;
        if (!self && !db->require(access::Permission::ManageUsers))
            return ctx.fail(db->errorString());
        std::optional<QString> current;
        if (self && !access::allows(db->session(), access::Permission::ManageUsers)) {
            // The password just used to sign in is the current one: asked again only at a terminal.
            const QString file
                = ctx.passwordFile.isEmpty() ? qEnvironmentVariable("SUJARIT_PASSWORD_FILE") : ctx.passwordFile;
            current
                = file.isEmpty() ? ctx.promptPassword(CliText::tr("Current password: ")) : ctx.readPasswordFile(file);
            if (!current)
                return Failed;
        }
        const auto password = newPassword(ctx, *a, name);
        if (!password)
            return Failed;
        ok = users.setPassword(name, *password, current.value_or(QString()));
    }
    if (!ok)
        return ctx.fail(users.errorString());
    ctx.out << CliText::tr("Done: %1 %2").arg(verb, name) << Qt::endl;
    return Ok;
}

} // namespace sujarit::cli
