// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli gifts add|list|decide, print gift-register|no-gift-report
#include "CliArguments.h"
#include "CliContext.h"
#include "JsonInput.h"
#include "TextTable.h"

#include "calendar/ThaiDate.h"
#include "documents/ConflictLists.h"
#include "gifts/GiftRegister.h"
#include "office/OfficeProfile.h"
#include "text/ThaiBahtText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sujarit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

int addGifts(CliContext& ctx, const CliArguments& a)
{
    if (!a.has(QStringLiteral("json")))
        return ctx.fail(CliText::tr("usage: gifts add --json FILE|-"), Usage);
    const QString path = a.value(QStringLiteral("json"));
    const auto objects = readObjects(ctx, path, CliText::tr("gift"));
    if (!objects)
        return Failed;
    QList<gifts::RegisteredGift> list;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QJsonObject& o = (*objects)[i];
        const QString where = CliText::tr("%1: gift %2").arg(path, QString::number(i + 1));
        gifts::RegisteredGift g;
        g.entry.receiver = o[QStringLiteral("receiver")].toString();
        g.entry.giver = o[QStringLiteral("giver")].toString();
        g.entry.occasion = o[QStringLiteral("occasion")].toString();
        g.entry.relation = o[QStringLiteral("relation")].toString(QStringLiteral("none"));
        g.entry.publicOffer = o[QStringLiteral("public_offer")].toBool(false);
        g.entry.accepted = o[QStringLiteral("accepted")].toBool(true);
        g.description = o[QStringLiteral("description")].toString();
        g.disposition = o[QStringLiteral("disposition")].toString();
        QString why;
        const auto date = dateOf(o[QStringLiteral("date")], &why);
        if (!date)
            return ctx.fail(CliText::tr("%1: date: %2; nothing was added").arg(where, why));
        g.entry.date = *date;
        const auto value = satangOf(o[QStringLiteral("value")]);
        if (!value)
            return ctx.fail(CliText::tr("%1: value: “%2” is not an amount in baht (e.g. 3500 or 3,500.50); nothing "
                                        "was added")
                                .arg(where, o[QStringLiteral("value")].toVariant().toString()));
        g.entry.valueSatang = *value;
        list << g;
        places << where;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    gifts::GiftRegister reg(*db);
    if (!reg.addGifts(list, places))
        return ctx.fail(reg.errorString() + CliText::tr("; nothing was added"));
    ctx.out << CliText::tr("Added %n gift(s)", nullptr, int(list.size())) << Qt::endl;
    return Ok;
}

QJsonObject toJson(const gifts::RegisteredGift& g)
{
    const auto day = [](QDate d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    return QJsonObject {
        { QStringLiteral("id"), g.id },
        { QStringLiteral("receiver"), g.entry.receiver },
        { QStringLiteral("date"), g.entry.date.toString(Qt::ISODate) },
        { QStringLiteral("giver"), g.entry.giver },
        { QStringLiteral("relation"), g.entry.relation },
        { QStringLiteral("occasion"), g.entry.occasion },
        { QStringLiteral("description"), g.description },
        { QStringLiteral("value"), double(g.entry.valueSatang) / 100 },
        { QStringLiteral("value_words"), text::thaiBahtText(g.entry.valueSatang) },
        { QStringLiteral("public_offer"), g.entry.publicOffer },
        { QStringLiteral("accepted"), g.entry.accepted },
        { QStringLiteral("disposition"), g.disposition },
        { QStringLiteral("verdict"), gifts::verdictCode(g.judgement.verdict) },
        { QStringLiteral("rule"), g.judgement.rule },
        { QStringLiteral("reason"), g.judgement.reason },
        { QStringLiteral("rule_version"), g.judgement.ruleVersion },
        { QStringLiteral("report_due"), g.judgement.reportDue ? day(*g.judgement.reportDue) : QJsonValue() },
        { QStringLiteral("decision"), g.decision.done() ? QJsonValue(g.decision.decision) : QJsonValue() },
        { QStringLiteral("decided_on"), day(g.decision.date) },
        { QStringLiteral("decided_by"), g.decision.by },
        { QStringLiteral("decision_reason"), g.decision.reason },
        { QStringLiteral("decision_rule_version"), g.decision.ruleVersion }
    };
}

std::optional<QList<gifts::RegisteredGift>> yearOfGifts(CliContext& ctx, const CliArguments& a, const QString& usage,
                                                        int* fiscalYear, int* exit)
{
    QString error;
    std::optional<int> year;
    *exit = Usage;
    if (!a.readBuddhistYear(QStringLiteral("fiscal-year"), year, &error)) {
        ctx.fail(error, Usage);
        return std::nullopt;
    }
    if (!year) {
        ctx.fail(usage, Usage);
        return std::nullopt;
    }
    *fiscalYear = *year;
    *exit = Failed;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return std::nullopt;
    gifts::GiftRegister reg(*db);
    auto list = reg.gifts(*year, gifts::GiftRuleSet::nacc2563());
    if (!list)
        ctx.fail(reg.errorString());
    return list;
}

int listGifts(CliContext& ctx, const CliArguments& a)
{
    int year = 0;
    int exit = Failed;
    const auto list = yearOfGifts(
        ctx, a, CliText::tr("usage: gifts list --fiscal-year BBBB [--format table|json|csv|xlsx|pdf] [--out FILE]"),
        &year, &exit);
    if (!list)
        return exit;
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const gifts::RegisteredGift& g : *list)
            array.append(toJson(g));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson());
        return Ok;
    }
    if (format != QLatin1String("table"))
        return writeListOutput(
            ctx, documents::giftRegisterList(*list, year, office::OfficeProfile::load(*ctx.openDatabase())), format,
            a.value(QStringLiteral("out")));
    TextTable table({ CliText::tr("Id"), CliText::tr("Date"), CliText::tr("Receiver"), CliText::tr("Giver"),
                      CliText::tr("Value (baht)"), CliText::tr("Verdict"), CliText::tr("Report by"),
                      CliText::tr("Decision") });
    for (const gifts::RegisteredGift& g : *list)
        table.addRow({ QString::number(g.id), calendar::formatThaiDate(g.entry.date, calendar::DateStyle::Abbreviated),
                       g.entry.receiver, g.entry.giver, text::formatBaht(g.entry.valueSatang),
                       gifts::verdictCode(g.judgement.verdict),
                       g.judgement.reportDue
                           ? calendar::formatThaiDate(*g.judgement.reportDue, calendar::DateStyle::Abbreviated)
                           : QString(),
                       g.decision.decision });
    ctx.out << table.toString();
    return Ok;
}

int decide(CliContext& ctx, const CliArguments& a)
{
    bool ok = false;
    const qint64 id = a.positional().value(1).toLongLong(&ok);
    if (!ok)
        return ctx.fail(CliText::tr("“%1” is not a gift number (see “gifts list”)").arg(a.positional().value(1)),
                        Usage);
    gifts::GiftDecision d;
    d.decision = a.value(QStringLiteral("decision"));
    d.by = a.value(QStringLiteral("by"));
    d.reason = a.value(QStringLiteral("reason"));
    QString why;
    const auto day
        = calendar::parseThaiDate(a.value(QStringLiteral("date"), ctx.now().date().toString(Qt::ISODate)), &why);
    if (!day)
        return ctx.fail(QStringLiteral("--date: ") + why, Usage);
    d.date = *day;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    gifts::GiftRegister reg(*db);
    if (!reg.decide(id, d, gifts::GiftRuleSet::nacc2563()))
        return ctx.fail(reg.errorString() + CliText::tr("; nothing was changed"));
    ctx.out << CliText::tr("Gift %1: recorded the decision “%2”")
                   .arg(id)
                   .arg(gifts::giftDecisionLabel(d.decision).value_or(d.decision))
            << Qt::endl;
    return Ok;
}

} // namespace

int runGifts(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 { QStringLiteral("json"), QStringLiteral("format"), QStringLiteral("fiscal-year"),
                                   QStringLiteral("out"), QStringLiteral("decision"), QStringLiteral("by"),
                                   QStringLiteral("date"), QStringLiteral("reason") },
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString verb = a->positional().value(0);
    if (verb == QLatin1String("add") && a->positional().size() == 1)
        return addGifts(ctx, *a);
    if (verb == QLatin1String("list") && a->positional().size() == 1)
        return listGifts(ctx, *a);
    if (verb == QLatin1String("decide") && a->positional().size() == 2)
        return decide(ctx, *a);
    return ctx.fail(
        CliText::tr("usage: gifts add --json FILE|- | gifts list --fiscal-year BBBB [--format "
                    "table|json|csv|xlsx|pdf] [--out FILE] | gifts decide ID --decision keep|return|hand_over "
                    "--by NAME [--date DATE] [--reason TEXT]"),
        Usage);
}

int runGiftPrint(CliContext& ctx, const QString& what, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, { QStringLiteral("fiscal-year"), QStringLiteral("out") }, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString usage = CliText::tr("usage: print %1 --fiscal-year BBBB --out FILE.pdf").arg(what);
    if (!a->has(QStringLiteral("out")))
        return ctx.fail(usage, Usage);
    int year = 0;
    int exit = Failed;
    const auto list = yearOfGifts(ctx, *a, usage, &year, &exit);
    if (!list)
        return exit;
    const office::OfficeProfile office = office::OfficeProfile::load(*ctx.openDatabase());
    return writeListOutput(ctx,
                           what == QLatin1String("gift-register") ? documents::giftRegisterList(*list, year, office)
                                                                  : documents::noGiftReportList(*list, year, office),
                           QStringLiteral("pdf"), a->value(QStringLiteral("out")));
}

} // namespace sujarit::cli
