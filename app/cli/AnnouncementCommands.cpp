// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli announcements new|list|show|edit|sign, no-gift add|list|evidence, print announcement|no-gift-culture
#include "CliArguments.h"
#include "CliContext.h"
#include "EvidenceCommand.h"
#include "JsonInput.h"
#include "Subcommands.h"
#include "TextTable.h"

#include "announcements/AnnouncementDocument.h"
#include "announcements/AnnouncementStore.h"
#include "announcements/NoGiftCulture.h"
#include "calendar/ThaiDate.h"
#include "documents/PageWriter.h"
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

using namespace announcements;

QJsonObject toJson(const Announcement& a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("fiscal_year"), a.fiscalYear},
            {QStringLiteral("kind"), a.kind},
            {QStringLiteral("version"), a.version},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("body"), a.body},
            {QStringLiteral("signed"), a.isSigned()},
            {QStringLiteral("signed_on"), a.signedOn ? QJsonValue(a.signedOn->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("signed_by"), a.signedBy},
            {QStringLiteral("signer_title"), a.signerTitle},
            {QStringLiteral("replaces"), a.replaces > 0 ? QJsonValue(a.replaces) : QJsonValue()},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("created_by"), a.createdBy}};
}

int newAnnouncement(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: announcements new --fiscal-year BBBB --kind %1").arg(text::codesOf(kinds()).replace(QStringLiteral(", "), QStringLiteral("|")));
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    if (!a.has(QStringLiteral("kind")))
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    AnnouncementStore store(*db);
    const auto made = store.create(*year, a.value(QStringLiteral("kind")));
    if (!made)
        return ctx.fail(store.errorString() + CliText::tr("; nothing was made"));
    ctx.out << CliText::tr("Drafted announcement %1: %2 (sign it once the executive has: announcements sign %1 --by "
                           "NAME --date DATE)")
                   .arg(made->id)
                   .arg(made->title)
            << Qt::endl;
    return Ok;
}

int listAnnouncements(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: announcements list --fiscal-year BBBB [--format table|json]"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    AnnouncementStore store(*db);
    const auto list = store.list(*year);
    if (!list)
        return ctx.fail(store.errorString());
    if (a.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray out;
        for (const Announcement& x : *list)
            out.append(toJson(x));
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson());
        return Ok;
    }
    TextTable table({CliText::tr("Id"), CliText::tr("Kind"), CliText::tr("Version"), CliText::tr("Signed"),
                     CliText::tr("Title")});
    for (const Announcement& x : *list)
        table.addRow({QString::number(x.id), x.kind, QString::number(x.version),
                      x.signedOn ? x.signedOn->toString(Qt::ISODate) + u' ' + x.signedBy : CliText::tr("draft"),
                      x.title.left(70)});
    ctx.out << table.toString();
    return Ok;
}

int showAnnouncement(CliContext& ctx, const CliArguments& a)
{
    const auto id = positionalId(ctx, a, CliText::tr("usage: announcements show ID [--format text|json]"));
    if (!id)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    AnnouncementStore store(*db);
    const auto x = store.find(*id);
    if (!x)
        return ctx.fail(store.errorString());
    if (a.value(QStringLiteral("format")) == QLatin1String("json")) {
        ctx.out << QString::fromUtf8(QJsonDocument(toJson(*x)).toJson());
        return Ok;
    }
    ctx.out << QStringLiteral("เรื่อง ") << x->title << "\n\n" << x->body << Qt::endl;
    return Ok;
}

/** announcements edit ID [--title TEXT] [--body-file FILE|-] [--from-template] [--reason TEXT] */
int editAnnouncement(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: announcements edit ID [--title TEXT] [--body-file FILE|-] | --from-template "
                                      "[--reason TEXT]");
    const auto id = positionalId(ctx, a, usage);
    if (!id)
        return Usage;
    const bool fromTemplate = a.has(QStringLiteral("from-template"));
    if (fromTemplate == (a.has(QStringLiteral("title")) || a.has(QStringLiteral("body-file"))))
        return ctx.fail(usage, Usage);
    std::optional<QByteArray> body;
    if (a.has(QStringLiteral("body-file"))) {
        body = ctx.readInput(a.value(QStringLiteral("body-file")), 1024 * 1024);
        if (!body)
            return Failed;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    AnnouncementStore store(*db);
    const auto x = store.find(*id);
    if (!x)
        return ctx.fail(store.errorString());
    const auto changed = fromTemplate
        ? store.redraft(*id, a.value(QStringLiteral("reason")))
        : store.revise(*id, a.value(QStringLiteral("title"), x->title), body ? QString::fromUtf8(*body) : x->body,
                       a.value(QStringLiteral("reason")));
    if (!changed)
        return ctx.fail(store.errorString() + CliText::tr("; nothing was changed"));
    if (changed->id == *id)
        ctx.out << CliText::tr("Changed the draft %1").arg(*id) << Qt::endl;
    else
        ctx.out << CliText::tr("Announcement %1 is version %2, replacing %3 (kept as signed)")
                       .arg(changed->id)
                       .arg(changed->version)
                       .arg(*id)
                << Qt::endl;
    return Ok;
}

int signAnnouncement(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: announcements sign ID --by NAME --date DATE");
    const auto id = positionalId(ctx, a, usage);
    if (!id)
        return Usage;
    if (!a.has(QStringLiteral("by")) || !a.has(QStringLiteral("date")))
        return ctx.fail(usage, Usage);
    QString why;
    const auto day = calendar::parseThaiDate(a.value(QStringLiteral("date")), &why);
    if (!day)
        return ctx.fail(QStringLiteral("--date: ") + why, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    AnnouncementStore store(*db);
    const auto x = store.sign(*id, a.value(QStringLiteral("by")), *day);
    if (!x)
        return ctx.fail(store.errorString() + CliText::tr("; nothing was recorded"));
    ctx.out << CliText::tr("Announcement %1 signed by %2 on %3").arg(*id).arg(x->signedBy, calendar::formatThaiDate(*day))
            << Qt::endl;
    return Ok;
}

int addActivities(CliContext& ctx, const CliArguments& a)
{
    const QString path = a.value(QStringLiteral("json"));
    if (path.isEmpty())
        return ctx.fail(CliText::tr("usage: no-gift add --json FILE|-"), Usage);
    const auto objects = readObjects(ctx, path, CliText::tr("activity"));
    if (!objects)
        return Failed;
    QList<NoGiftActivity> list;
    QStringList places;
    for (qsizetype i = 0; i < objects->size(); ++i) {
        const QJsonObject& o = (*objects)[i];
        const QString where = CliText::tr("%1: activity %2").arg(path).arg(i + 1);
        if (const QString why = unknownKey(o, {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("title"),
                                               QStringLiteral("participants"), QStringLiteral("headcount")},
                                           where);
            !why.isEmpty())
            return ctx.fail(why);
        QString why;
        const auto day = dateOf(o.value(QStringLiteral("date")), &why);
        if (!day)
            return ctx.fail(CliText::tr("%1: date: %2; nothing was added").arg(where, why));
        NoGiftActivity act;
        act.heldOn = *day;
        act.kind = o.value(QStringLiteral("kind")).toString();
        act.title = o.value(QStringLiteral("title")).toString();
        for (const QJsonValue& v : o.value(QStringLiteral("participants")).toArray())
            act.participants << v.toString();
        const QJsonValue headcount = o.value(QStringLiteral("headcount"));
        if (!headcount.isUndefined() && !headcount.isNull() && (!headcount.isDouble() || headcount.toDouble() != int(headcount.toDouble())))
            return ctx.fail(CliText::tr("%1: headcount: expected a whole number; nothing was added").arg(where));
        act.headcount = headcount.toInt();
        list << act;
        places << where;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    NoGiftCulture culture(*db);
    if (!culture.add(list, places))
        return ctx.fail(culture.errorString() + CliText::tr("; nothing was added"));
    ctx.out << CliText::tr("Added %n activit(y/ies): %1", nullptr, int(list.size())).arg(idsOf(list))
            << Qt::endl;
    return Ok;
}

int listActivities(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: no-gift list --fiscal-year BBBB [--format table|json|csv|xlsx] [--out FILE]"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    NoGiftCulture culture(*db);
    const auto list = culture.activities(*year);
    if (!list)
        return ctx.fail(culture.errorString());
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
        QJsonArray out;
        for (const NoGiftActivity& x : *list)
            out.append(QJsonObject{{QStringLiteral("id"), x.id},
                                   {QStringLiteral("date"), x.heldOn.toString(Qt::ISODate)},
                                   {QStringLiteral("kind"), x.kind},
                                   {QStringLiteral("title"), x.title},
                                   {QStringLiteral("participants"), QJsonArray::fromStringList(x.participants)},
                                   {QStringLiteral("headcount"), x.headcount}});
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson());
        return Ok;
    }
    if (format != QLatin1String("table")) {
        QHash<qint64, int> counts;
        for (const NoGiftActivity& x : *list)
            counts.insert(x.id, int(culture.evidence(x.id).value_or(QList<risks::EvidenceFiles::File>{}).size()));
        return writeListOutput(ctx, noGiftCultureReport(*year, *list, counts, office::OfficeProfile::load(*db)), format,
                               a.value(QStringLiteral("out")));
    }
    TextTable table({CliText::tr("Id"), CliText::tr("Date"), CliText::tr("Kind"), CliText::tr("People"), CliText::tr("Title")});
    for (const NoGiftActivity& x : *list)
        table.addRow({QString::number(x.id), x.heldOn.toString(Qt::ISODate), x.kind, QString::number(x.headcount),
                      x.title.left(60)});
    ctx.out << table.toString();
    return Ok;
}

/** no-gift evidence ID [--add FILE | --save FILE_ID --out FILE] */
int activityEvidence(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: no-gift evidence ID [--add FILE | --save FILE_ID --out FILE]");
    const auto id = positionalId(ctx, a, usage);
    if (!id)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    NoGiftCulture culture(*db);
    return runEvidence(ctx, a, CliText::tr("activity %1").arg(*id),
                       {[&](const QString& name, const QByteArray& data) { return culture.addEvidence(*id, name, data); },
                        [&] { return culture.evidence(*id); },
                        [&](qint64 file) { return culture.evidenceData(*id, file); },
                        [&] { return culture.errorString(); }});
}

} // namespace

int runAnnouncements(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 {QStringLiteral("fiscal-year"), QStringLiteral("kind"), QStringLiteral("format"),
                                  QStringLiteral("title"), QStringLiteral("body-file"), QStringLiteral("reason"),
                                  QStringLiteral("by"), QStringLiteral("date")},
                                 {QStringLiteral("from-template")}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    return runSubcommand<const CliArguments&>(ctx, QStringLiteral("announcements"), a->positional().value(0),
                                              {{"new", newAnnouncement},
                                               {"list", listAnnouncements},
                                               {"show", showAnnouncement},
                                               {"edit", editAnnouncement},
                                               {"sign", signAnnouncement}},
                                              *a);
}

int runNoGift(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 {QStringLiteral("fiscal-year"), QStringLiteral("json"), QStringLiteral("format"),
                                  QStringLiteral("out"), QStringLiteral("add"), QStringLiteral("save")},
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    return runSubcommand<const CliArguments&>(ctx, QStringLiteral("no-gift"), a->positional().value(0),
                                              {{"add", addActivities}, {"list", listActivities}, {"evidence", activityEvidence}},
                                              *a);
}

int runAnnouncementPrint(CliContext& ctx, const QString& what, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("fiscal-year"), QStringLiteral("out")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (what == QLatin1String("no-gift-culture")) {
        const QString usage = CliText::tr("usage: print no-gift-culture --fiscal-year BBBB --out FILE.pdf");
        const auto year = fiscalYearOf(ctx, *a, usage);
        if (!year)
            return Usage;
        if (!a->has(QStringLiteral("out")))
            return ctx.fail(usage, Usage);
        QStringList list{QStringLiteral("list"), QStringLiteral("--fiscal-year"), QString::number(*year),
                         QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                         a->value(QStringLiteral("out"))};
        return runNoGift(ctx, list);
    }
    const QString usage = CliText::tr("usage: print announcement ID --out FILE.pdf");
    bool ok = false;
    const qint64 id = a->positional().value(0).toLongLong(&ok);
    if (!ok || !a->has(QStringLiteral("out")))
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    AnnouncementStore store(*db);
    const auto x = store.find(id);
    if (!x)
        return ctx.fail(store.errorString());
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    return writeDocument(ctx, a->value(QStringLiteral("out")), QPageLayout::Portrait, QStringLiteral("ประกาศ ") + x->title,
                         [x = *x, office](documents::PageWriter& page, QString* why) {
                             page.digits = office.letterDigits();
                             return paintAnnouncement(page, x, office, why);
                         });
}

} // namespace sujarit::cli
