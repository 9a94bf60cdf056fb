// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli staff add|list, gifts add|list
#include "CliArguments.h"
#include "CliContext.h"
#include "TextTable.h"

#include "calendar/ThaiDate.h"
#include "gifts/GiftRegister.h"
#include "text/ThaiDigits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sujarit::cli {

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

/** The objects of a JSON file: one object or an array of them; nullopt (after saying why) otherwise. */
std::optional<QList<QJsonObject>> readObjects(CliContext& ctx, const QString& path, const QString& what)
{
    const auto bytes = ctx.readInput(path);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ctx.fail(CliText::tr("%1 is not valid JSON: %2 at character %3; nothing was added")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset));
        return std::nullopt;
    }
    const QJsonArray items = doc.isObject() ? QJsonArray{doc.object()} : doc.array();
    QList<QJsonObject> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject()) {
            ctx.fail(CliText::tr("%1: %2 %3 is not a JSON object; nothing was added").arg(path, what).arg(i + 1));
            return std::nullopt;
        }
        out << items[i].toObject();
    }
    if (out.isEmpty())
        ctx.fail(CliText::tr("%1 holds no %2 (an object or an array of objects is expected)").arg(path, what));
    return out.isEmpty() ? std::nullopt : std::optional(out);
}

/** Baht as a JSON number or text ("3,500.50", Thai digits too) to satang; nullopt when not an amount. */
std::optional<qint64> satangOf(const QJsonValue& v)
{
    QString text = v.isDouble() ? QString::number(v.toDouble(), 'f', 6) : text::toArabicDigits(v.toString());
    text.remove(u',').remove(u' ');
    static const QRegularExpression amount(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]*?)0*)?$"));
    const auto m = amount.match(text);
    if (!m.hasMatch() || m.captured(3).size() > 2 || m.captured(2).size() > 15)
        return std::nullopt;
    const qint64 satang = m.captured(2).toLongLong() * 100 + m.captured(3).leftJustified(2, u'0').toLongLong();
    return m.captured(1).isEmpty() ? satang : -satang;
}

QString bahtText(qint64 satang) { return QString::number(satang / 100.0, 'f', 2); }

int addStaff(CliContext& ctx, const CliArguments& a)
{
    if (!a.has(QStringLiteral("json")))
        return ctx.fail(CliText::tr("usage: staff add --json FILE|-"), Usage);
    const auto objects = readObjects(ctx, a.value(QStringLiteral("json")), CliText::tr("staff member"));
    if (!objects)
        return Failed;
    QList<gifts::StaffMember> members;
    for (const QJsonObject& o : *objects)
        members.append({0, o[QStringLiteral("name")].toString(), o[QStringLiteral("position")].toString(),
                        o[QStringLiteral("division")].toString(), o[QStringLiteral("kind")].toString(),
                        o[QStringLiteral("active")].toBool(true)});
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    gifts::GiftRegister reg(*db);
    if (!reg.addStaff(members))
        return ctx.fail(reg.errorString() + CliText::tr("; nothing was added"));
    ctx.out << CliText::tr("Added %n staff member(s)", nullptr, int(members.size())) << Qt::endl;
    return Ok;
}

int listStaff(CliContext& ctx, const CliArguments& a)
{
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    gifts::GiftRegister reg(*db);
    const auto members = reg.staff();
    if (!members)
        return ctx.fail(reg.errorString());
    if (a.value(QStringLiteral("format"), QStringLiteral("table")) == QLatin1String("json")) {
        QJsonArray array;
        for (const gifts::StaffMember& m : *members)
            array.append(QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("position"), m.position},
                                     {QStringLiteral("division"), m.division}, {QStringLiteral("kind"), m.kind},
                                     {QStringLiteral("active"), m.active}});
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson());
        return Ok;
    }
    TextTable table({CliText::tr("Name"), CliText::tr("Position"), CliText::tr("Division"), CliText::tr("Kind")});
    for (const gifts::StaffMember& m : *members)
        table.addRow({m.name, m.position, m.division, m.kind});
    ctx.out << table.toString();
    return Ok;
}

int addGifts(CliContext& ctx, const CliArguments& a)
{
    if (!a.has(QStringLiteral("json")))
        return ctx.fail(CliText::tr("usage: gifts add --json FILE|-"), Usage);
    const QString path = a.value(QStringLiteral("json"));
    const auto objects = readObjects(ctx, path, CliText::tr("gift"));
    if (!objects)
        return Failed;
    QList<gifts::GiftEntry> entries;
    QStringList descriptions;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QJsonObject& o = (*objects)[i];
        const QString where = CliText::tr("%1: gift %2").arg(path).arg(i + 1);
        gifts::GiftEntry e;
        e.receiver = o[QStringLiteral("receiver")].toString();
        e.giver = o[QStringLiteral("giver")].toString();
        e.occasion = o[QStringLiteral("occasion")].toString();
        e.relation = o[QStringLiteral("relation")].toString(QStringLiteral("none"));
        e.publicOffer = o[QStringLiteral("public_offer")].toBool(false);
        QString why;
        const auto date = calendar::parseThaiDate(o[QStringLiteral("date")].toString(), &why);
        if (!date)
            return ctx.fail(CliText::tr("%1: date: %2; nothing was added").arg(where, why));
        e.date = *date;
        const auto value = satangOf(o[QStringLiteral("value")]);
        if (!value)
            return ctx.fail(CliText::tr("%1: value: “%2” is not an amount in baht (e.g. 3500 or 3,500.50); nothing "
                                        "was added")
                                .arg(where, o[QStringLiteral("value")].toVariant().toString()));
        e.valueSatang = *value;
        entries << e;
        descriptions << o[QStringLiteral("description")].toString();
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    gifts::GiftRegister reg(*db);
    if (!reg.addGifts(entries, descriptions))
        return ctx.fail(reg.errorString() + CliText::tr("; nothing was added"));
    ctx.out << CliText::tr("Added %n gift(s)", nullptr, int(entries.size())) << Qt::endl;
    return Ok;
}

int listGifts(CliContext& ctx, const CliArguments& a)
{
    QString error;
    std::optional<int> year;
    if (!a.readBuddhistYear(QStringLiteral("fiscal-year"), year, &error))
        return ctx.fail(error, Usage);
    if (!year)
        return ctx.fail(CliText::tr("usage: gifts list --fiscal-year BBBB [--format table|json]"), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    gifts::GiftRegister reg(*db);
    const auto list = reg.gifts(*year, gifts::GiftRuleSet::nacc2563());
    if (!list)
        return ctx.fail(reg.errorString());
    const auto verdict = [](const gifts::GiftJudgement& j) {
        return j.verdict == gifts::Verdict::MayKeep ? QStringLiteral("may_keep") : QStringLiteral("must_report");
    };
    if (a.value(QStringLiteral("format"), QStringLiteral("table")) == QLatin1String("json")) {
        QJsonArray array;
        for (const gifts::RegisteredGift& g : *list)
            array.append(QJsonObject{
                {QStringLiteral("receiver"), g.entry.receiver},
                {QStringLiteral("date"), g.entry.date.toString(Qt::ISODate)},
                {QStringLiteral("giver"), g.entry.giver},
                {QStringLiteral("relation"), g.entry.relation},
                {QStringLiteral("occasion"), g.entry.occasion},
                {QStringLiteral("description"), g.description},
                {QStringLiteral("value"), double(g.entry.valueSatang) / 100},
                {QStringLiteral("public_offer"), g.entry.publicOffer},
                {QStringLiteral("verdict"), verdict(g.judgement)},
                {QStringLiteral("rule"), g.judgement.rule},
                {QStringLiteral("reason"), g.judgement.reason},
                {QStringLiteral("rule_version"), g.judgement.ruleVersion},
                {QStringLiteral("report_due"), g.judgement.reportDue
                                                   ? QJsonValue(g.judgement.reportDue->toString(Qt::ISODate))
                                                   : QJsonValue()}});
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson());
        return Ok;
    }
    TextTable table({CliText::tr("Date"), CliText::tr("Receiver"), CliText::tr("Giver"), CliText::tr("Value (baht)"),
                     CliText::tr("Verdict"), CliText::tr("Report by")});
    for (const gifts::RegisteredGift& g : *list)
        table.addRow({calendar::formatThaiDate(g.entry.date, calendar::DateStyle::Abbreviated), g.entry.receiver,
                      g.entry.giver, bahtText(g.entry.valueSatang), verdict(g.judgement),
                      g.judgement.reportDue ? calendar::formatThaiDate(*g.judgement.reportDue, calendar::DateStyle::Abbreviated)
                                            : QString()});
    ctx.out << table.toString();
    return Ok;
}

} // namespace

int runStaff(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("json"), QStringLiteral("format")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString verb = a->positional().value(0);
    if (verb == QLatin1String("add") && a->positional().size() == 1)
        return addStaff(ctx, *a);
    if (verb == QLatin1String("list") && a->positional().size() == 1)
        return listStaff(ctx, *a);
    return ctx.fail(CliText::tr("usage: staff add --json FILE|- | staff list [--format table|json]"), Usage);
}

int runGifts(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("json"), QStringLiteral("format"), QStringLiteral("fiscal-year")},
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString verb = a->positional().value(0);
    if (verb == QLatin1String("add") && a->positional().size() == 1)
        return addGifts(ctx, *a);
    if (verb == QLatin1String("list") && a->positional().size() == 1)
        return listGifts(ctx, *a);
    return ctx.fail(CliText::tr("usage: gifts add --json FILE|- | gifts list --fiscal-year BBBB [--format table|json]"),
                    Usage);
}

} // namespace sujarit::cli
