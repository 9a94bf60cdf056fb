// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli declarations add|list|review, print declaration|declarations|missing-declarations
#include "CliArguments.h"
#include "CliContext.h"
#include "JsonInput.h"
#include "TextTable.h"

#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "documents/ConflictLists.h"
#include "conflicts/Declarations.h"
#include "documents/DeclarationForm.h"
#include "documents/PdfExport.h"
#include "office/OfficeProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sujarit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

using conflicts::Declaration;

/** A declaration from its JSON object; nullopt with \a why naming the key when a value cannot be read. */
std::optional<Declaration> fromJson(const QJsonObject& o, QString* why)
{
    Declaration d;
    d.kind = o[QStringLiteral("kind")].toString();
    d.declarant = o[QStringLiteral("declarant")].toString();
    QString dateWhy;
    const auto date = dateOf(o[QStringLiteral("date")], &dateWhy);
    if (!date) {
        *why = QStringLiteral("date: ") + dateWhy;
        return std::nullopt;
    }
    d.date = *date;
    d.noInterest = o[QStringLiteral("no_interest")].toBool(false);
    d.form = o[QStringLiteral("form")].toString();
    d.details = o[QStringLiteral("details")].toString();
    d.procurementName = o[QStringLiteral("procurement")].toString();
    d.procurementNumber = o[QStringLiteral("procurement_number")].toString();
    const QString partiesKey
        = o.contains(QStringLiteral("bidders")) ? QStringLiteral("bidders") : QStringLiteral("parties");
    const QJsonArray parties = o[partiesKey].toArray();
    for (qsizetype i = 0; i < parties.size(); ++i) {
        if (parties[i].isString()) {
            d.parties.append({ parties[i].toString(), QStringLiteral("none") });
            continue;
        }
        if (!parties[i].isObject()) {
            *why = CliText::tr("%1: entry %2 is neither a name nor an object with name and relation")
                       .arg(partiesKey)
                       .arg(i + 1);
            return std::nullopt;
        }
        const QJsonObject p = parties[i].toObject();
        d.parties.append(
            { p[QStringLiteral("name")].toString(), p[QStringLiteral("relation")].toString(QStringLiteral("none")) });
    }
    if (o.contains(QStringLiteral("review"))) {
        const QJsonObject r = o[QStringLiteral("review")].toObject();
        d.review.reviewer = r[QStringLiteral("reviewer")].toString();
        d.review.decision = r[QStringLiteral("decision")].toString();
        d.review.reason = r[QStringLiteral("reason")].toString();
        const auto day = dateOf(r[QStringLiteral("date")], &dateWhy);
        if (!day) {
            *why = QStringLiteral("review: date: ") + dateWhy;
            return std::nullopt;
        }
        d.review.date = *day;
        if (d.review.decision.isEmpty()) {
            *why = CliText::tr("review: decision: missing (one of %1)")
                       .arg(conflicts::codesOf(conflicts::reviewDecisions()));
            return std::nullopt;
        }
    }
    return d;
}

QJsonObject toJson(const Declaration& d)
{
    QJsonArray parties;
    for (const conflicts::Party& p : d.parties)
        parties.append(QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("relation"), p.relation } });
    QJsonObject o { { QStringLiteral("id"), d.id },
                    { QStringLiteral("kind"), d.kind },
                    { QStringLiteral("declarant"), d.declarant },
                    { QStringLiteral("position"), d.position },
                    { QStringLiteral("division"), d.division },
                    { QStringLiteral("date"), d.date.toString(Qt::ISODate) },
                    { QStringLiteral("fiscal_year"), d.fiscalYear() },
                    { QStringLiteral("no_interest"), d.noInterest },
                    { QStringLiteral("form"), d.form },
                    { QStringLiteral("details"), d.details },
                    { QStringLiteral("parties"), parties },
                    { QStringLiteral("has_tie"), d.hasTie() } };
    if (d.kind == QLatin1String("procurement")) {
        o.insert(QStringLiteral("procurement"), d.procurementName);
        o.insert(QStringLiteral("procurement_number"), d.procurementNumber);
    }
    o.insert(QStringLiteral("review"),
             d.review.done() ? QJsonValue(QJsonObject { { QStringLiteral("reviewer"), d.review.reviewer },
                                                        { QStringLiteral("decision"), d.review.decision },
                                                        { QStringLiteral("date"), d.review.date.toString(Qt::ISODate) },
                                                        { QStringLiteral("reason"), d.review.reason } })
                             : QJsonValue());
    return o;
}

int add(CliContext& ctx, const CliArguments& a)
{
    if (!a.has(QStringLiteral("json")))
        return ctx.fail(CliText::tr("usage: declarations add --json FILE|-"), Usage);
    const QString path = a.value(QStringLiteral("json"));
    const auto objects = readObjects(ctx, path, CliText::tr("declaration"));
    if (!objects)
        return Failed;
    QList<Declaration> list;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QString where = CliText::tr("%1: declaration %2").arg(path, QString::number(i + 1));
        QString why;
        const auto d = fromJson((*objects)[i], &why);
        if (!d)
            return ctx.fail(CliText::tr("%1: %2; nothing was added").arg(where, why));
        list << *d;
        places << where;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    conflicts::DeclarationRegister reg(*db);
    if (!reg.add(list, places))
        return ctx.fail(reg.errorString() + CliText::tr("; nothing was added"));
    ctx.out << CliText::tr("Added %n declaration(s): %1", nullptr, int(list.size())).arg(idsOf(list))
            << Qt::endl;
    return Ok;
}

int list(CliContext& ctx, const CliArguments& a)
{
    QString error;
    std::optional<int> year;
    std::optional<QDate> due;
    if (!a.readBuddhistYear(QStringLiteral("fiscal-year"), year, &error)
        || !a.readDate(QStringLiteral("due"), due, &error))
        return ctx.fail(error, Usage);
    const bool missing = a.has(QStringLiteral("missing"));
    if (missing && !year)
        year = calendar::fiscalYearOf(ctx.now().date());
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    conflicts::DeclarationRegister reg(*db);
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("table"));
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    if (missing) {
        const auto people = reg.missingAnnual(*year);
        if (!people)
            return ctx.fail(reg.errorString());
        if (format == QLatin1String("json")) {
            QJsonArray array;
            for (const staff::StaffMember& m : *people)
                array.append(QJsonObject { { QStringLiteral("name"), m.name },
                                           { QStringLiteral("position"), m.position },
                                           { QStringLiteral("division"), m.division },
                                           { QStringLiteral("kind"), m.kind } });
            ctx.out << QString::fromUtf8(QJsonDocument(array).toJson());
            return Ok;
        }
        const auto document
            = documents::missingDeclarationsList(*people, *year, due.value_or(ctx.now().date().addDays(15)), office);
        if (format != QLatin1String("table"))
            return writeListOutput(ctx, document, format, a.value(QStringLiteral("out")));
        TextTable table({ CliText::tr("Name"), CliText::tr("Position"), CliText::tr("Division") });
        for (const staff::StaffMember& m : *people)
            table.addRow({ m.name, m.position, m.division });
        ctx.out << table.toString();
        ctx.out << CliText::tr("%n staff member(s) have not made the annual declaration of fiscal year %1", nullptr,
                               int(people->size()))
                       .arg(*year)
                << Qt::endl;
        return Ok;
    }
    const auto declarations = reg.list(year);
    if (!declarations)
        return ctx.fail(reg.errorString());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Declaration& d : *declarations)
            array.append(toJson(d));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson());
        return Ok;
    }
    if (format != QLatin1String("table"))
        return writeListOutput(ctx, documents::declarationsList(*declarations, year, office), format,
                               a.value(QStringLiteral("out")));
    TextTable table({ CliText::tr("Id"), CliText::tr("Date"), CliText::tr("Declarant"), CliText::tr("Kind"),
                      CliText::tr("Tie"), CliText::tr("Review") });
    for (const Declaration& d : *declarations)
        table.addRow({ QString::number(d.id), calendar::formatThaiDate(d.date, calendar::DateStyle::Abbreviated),
                       d.declarant, d.kind, d.noInterest ? CliText::tr("none") : documents::partiesText(d.parties),
                       d.review.done() ? d.review.decision : CliText::tr("pending") });
    ctx.out << table.toString();
    return Ok;
}

int review(CliContext& ctx, const CliArguments& a)
{
    bool ok = false;
    const qint64 id = a.positional().value(1).toLongLong(&ok);
    if (!ok)
        return ctx.fail(
            CliText::tr("“%1” is not a declaration number (see “declarations list”)").arg(a.positional().value(1)),
            Usage);
    conflicts::Review r;
    r.decision = a.value(QStringLiteral("decision"));
    r.reviewer = a.value(QStringLiteral("by"));
    r.reason = a.value(QStringLiteral("reason"));
    QString why;
    const auto day
        = calendar::parseThaiDate(a.value(QStringLiteral("date"), ctx.now().date().toString(Qt::ISODate)), &why);
    if (!day)
        return ctx.fail(QStringLiteral("--date: ") + why, Usage);
    r.date = *day;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    conflicts::DeclarationRegister reg(*db);
    if (!reg.review(id, r))
        return ctx.fail(reg.errorString() + CliText::tr("; nothing was changed"));
    ctx.out << CliText::tr("Declaration %1: recorded the review “%2”")
                   .arg(id)
                   .arg(conflicts::labelIn(conflicts::reviewDecisions(), r.decision).value_or(r.decision))
            << Qt::endl;
    return Ok;
}

} // namespace

int runDeclarations(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 { QStringLiteral("json"), QStringLiteral("format"), QStringLiteral("fiscal-year"),
                                   QStringLiteral("out"), QStringLiteral("decision"), QStringLiteral("by"),
                                   QStringLiteral("date"), QStringLiteral("reason"), QStringLiteral("due") },
                                 { QStringLiteral("missing") }, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString verb = a->positional().value(0);
    if (verb == QLatin1String("add") && a->positional().size() == 1)
        return add(ctx, *a);
    if (verb == QLatin1String("list") && a->positional().size() == 1)
        return list(ctx, *a);
    if (verb == QLatin1String("review") && a->positional().size() == 2)
        return review(ctx, *a);
    return ctx.fail(CliText::tr("usage: declarations add --json FILE|- | declarations list [--fiscal-year BBBB] "
                                "[--missing [--due DATE]] [--format table|json|csv|xlsx|pdf] [--out FILE] | "
                                "declarations review ID --decision no_conflict|recuse|reassign|stop|other --by NAME "
                                "[--date DATE] [--reason TEXT]"),
                    Usage);
}

int runDeclarationPrint(CliContext& ctx, const QString& what, const QStringList& args)
{
    if (what == QLatin1String("declarations") || what == QLatin1String("missing-declarations")) {
        QStringList listArgs = { QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("pdf") };
        if (what == QLatin1String("missing-declarations"))
            listArgs << QStringLiteral("--missing");
        if (!args.contains(QStringLiteral("--out")))
            return ctx.fail(
                CliText::tr("usage: print %1 --fiscal-year BBBB%2 --out FILE.pdf")
                    .arg(what,
                         what == QLatin1String("missing-declarations") ? QStringLiteral(" [--due DATE]") : QString()),
                Usage);
        return runDeclarations(ctx, listArgs + args);
    }
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    if (!ok || args.size() != 3 || args[1] != QLatin1String("--out"))
        return ctx.fail(CliText::tr("usage: print declaration ID --out FILE.pdf"), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    conflicts::DeclarationRegister reg(*db);
    const auto d = reg.find(id);
    if (!d)
        return ctx.fail(reg.errorString());
    QString error;
    if (!documents::writePdf(args[2], QPageLayout::Portrait,
                             documents::declarationForm(*d, office::OfficeProfile::load(*db)), &error,
                             conflicts::labelIn(conflicts::declarationKinds(), d->kind).value_or(d->kind)))
        return ctx.fail(error + CliText::tr("; no PDF was written"));
    ctx.out << CliText::tr("Wrote %1").arg(args[2]) << Qt::endl;
    return Ok;
}

} // namespace sujarit::cli
