// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoralCommandSupport.h"

namespace sujarit::cli {

namespace {
using CliText = MoralCliText;
} // namespace

bool readText(const QJsonObject& o, const QString& key, QString& into, QString& why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isArray()) {
        QStringList lines;
        for (const QJsonValue line : v.toArray()) {
            if (!line.isString()) {
                why = CliText::tr("%1: expected text or an array of text").arg(key);
                return false;
            }
            lines << line.toString();
        }
        into = lines.join(u'\n');
        return true;
    }
    if (!v.isString()) {
        why = CliText::tr("%1: expected text").arg(key);
        return false;
    }
    into = v.toString();
    return true;
}

bool readTexts(const QJsonObject& o, const QList<std::pair<const char*, QString*>>& fields, QString& why)
{
    for (const auto& [key, into] : fields)
        if (!readText(o, QString::fromLatin1(key), *into, why))
            return false;
    return true;
}

std::optional<QJsonObject> oneObject(CliContext& ctx, const CliArguments& a, const QString& usage, const QString& what,
                                     const QStringList& keys, const QString& done, int& code)
{
    code = Failed;
    if (!a.has(QStringLiteral("json"))) {
        code = ctx.fail(usage, Usage);
        return std::nullopt;
    }
    const QString path = a.value(QStringLiteral("json"));
    const auto objects = readObjects(ctx, path, what);
    if (!objects)
        return std::nullopt;
    if (objects->size() != 1) {
        ctx.fail(CliText::tr("%1: one %2 is expected; nothing was %3").arg(path, what, done));
        return std::nullopt;
    }
    if (const QString why = unknownKey(objects->first(), keys, path, done); !why.isEmpty()) {
        ctx.fail(why);
        return std::nullopt;
    }
    return objects->first();
}

QJsonArray filesJson(const QList<risks::EvidenceFiles::File>& files, int round)
{
    QJsonArray out;
    for (const risks::EvidenceFiles::File& f : files)
        if (round < 0 || f.round == round)
            out.append(QJsonObject{{QStringLiteral("id"), f.id},
                                   {QStringLiteral("name"), f.fileName},
                                   {QStringLiteral("size"), f.size}});
    return out;
}

std::optional<CliArguments> parseMoral(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 {QStringLiteral("fiscal-year"), QStringLiteral("json"), QStringLiteral("format"),
                                  QStringLiteral("out"), QStringLiteral("add"), QStringLiteral("save"),
                                  QStringLiteral("criterion"), QStringLiteral("staff")},
                                 {QStringLiteral("divisions")}, &error);
    if (!a)
        ctx.fail(error, Usage);
    return a;
}

int dispatchMoral(CliContext& ctx, const QStringList& args, const char* command,
                  std::initializer_list<Subcommand<const CliArguments&>> table)
{
    const auto a = parseMoral(ctx, args);
    if (!a)
        return Usage;
    return runSubcommand<const CliArguments&>(ctx, QString::fromLatin1(command), a->positional().value(0), table, *a);
}

} // namespace sujarit::cli
