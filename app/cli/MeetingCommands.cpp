// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli meetings plan|list|add|move|cancel|agenda-days
#include "CliArguments.h"
#include "CliContext.h"
#include "JsonInput.h"
#include "Subcommands.h"
#include "TextTable.h"

#include "calendar/ThaiDate.h"
#include "committee/CommitteeStore.h"
#include "committee/MeetingAgenda.h"
#include "committee/MeetingMinutes.h"
#include "committee/MeetingRegister.h"
#include "committee/Meetings.h"
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

/** --NAME as a whole number, or nothing (failing with the reason) when it is there and not one. */
bool number(CliContext& ctx, const CliArguments& a, const char* name, std::optional<int>& into)
{
    const QString key = QString::fromLatin1(name);
    if (!a.has(key))
        return true;
    bool ok = false;
    into = a.value(key).toInt(&ok);
    if (!ok)
        ctx.fail(CliText::tr("--%1: “%2” is not a whole number").arg(key, a.value(key)), Usage);
    return ok;
}

int plan(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: meetings plan --fiscal-year BBBB --every 1|2 [--weekday 1-5 --week 1-4 | "
                                      "--day 1-28]");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    std::optional<int> every, weekday, week, day;
    if (!number(ctx, a, "every", every) || !number(ctx, a, "weekday", weekday) || !number(ctx, a, "week", week)
        || !number(ctx, a, "day", day))
        return Usage;
    if (!every)
        return ctx.fail(usage, Usage);
    const Schedule s{*every, weekday, week, day};
    if (const QString why = checkSchedule(s); !why.isEmpty())
        return ctx.fail(why + u'\n' + usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    MeetingStore store(*db);
    if (!store.plan(*year, s))
        return ctx.fail(store.errorString());
    const auto list = store.list(*year);
    if (!list)
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Planned %n meeting(s) for %1", nullptr, int(list->size())).arg(*year) << Qt::endl;
    for (const Meeting& m : *list)
        if (!m.note.isEmpty())
            ctx.out << CliText::tr("  meeting %1: %2").arg(m.numberText(), m.note) << Qt::endl;
    return Ok;
}

int list(CliContext& ctx, const CliArguments& a)
{
    const auto year = fiscalYearOf(ctx, a, CliText::tr("usage: meetings list --fiscal-year BBBB [--format table|json]"));
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    MeetingStore store(*db);
    const auto meetings = store.list(*year);
    if (!meetings)
        return ctx.fail(store.errorString());
    if (a.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray out;
        for (const Meeting& m : *meetings)
            out.append(QJsonObject{{QStringLiteral("id"), m.id},
                                   {QStringLiteral("number"), m.numberText()},
                                   {QStringLiteral("date"), m.date.toString(Qt::ISODate)},
                                   {QStringLiteral("status"), m.status},
                                   {QStringLiteral("agenda_due"), m.agendaDue.toString(Qt::ISODate)},
                                   {QStringLiteral("note"), m.note},
                                   {QStringLiteral("reason"), m.reason}});
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson());
        return Ok;
    }
    TextTable table({CliText::tr("ID"), CliText::tr("No."), CliText::tr("Date"), CliText::tr("Agenda due"),
                     CliText::tr("Status"), CliText::tr("Note")});
    for (const Meeting& m : *meetings)
        table.addRow({QString::number(m.id), m.numberText(), calendar::formatThaiDate(m.date),
                      calendar::formatThaiDate(m.agendaDue), m.status, m.reason.isEmpty() ? m.note : m.reason});
    ctx.out << table.toString();
    return Ok;
}

std::optional<QDate> dateArgument(CliContext& ctx, const CliArguments& a, const QString& usage)
{
    std::optional<QDate> day;
    QString why;
    if (!a.readDate(QStringLiteral("date"), day, &why)) {
        ctx.fail(why, Usage);
        return std::nullopt;
    }
    if (!day)
        ctx.fail(usage, Usage);
    return day;
}

int add(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: meetings add --fiscal-year BBBB --date DATE");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    const auto day = dateArgument(ctx, a, usage);
    if (!day)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    MeetingStore store(*db);
    const auto m = store.add(*year, *day);
    if (!m)
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Meeting %1 (id %2) on %3").arg(m->numberText()).arg(m->id).arg(calendar::formatThaiDate(m->date))
            << Qt::endl;
    return Ok;
}

/** The meeting ID of "meetings VERB ID …", or nothing after failing with \a usage. */
std::optional<qint64> meetingId(CliContext& ctx, const CliArguments& a, const QString& usage)
{
    bool ok = false;
    const qint64 id = a.positional().value(1).toLongLong(&ok);
    if (!ok || a.positional().size() != 2) {
        ctx.fail(usage, Usage);
        return std::nullopt;
    }
    return id;
}

int move(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: meetings move ID --date DATE --reason TEXT");
    const auto id = meetingId(ctx, a, usage);
    if (!id)
        return Usage;
    const auto day = dateArgument(ctx, a, usage);
    if (!day)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    MeetingStore store(*db);
    if (!store.move(*id, *day, a.value(QStringLiteral("reason"))))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Meeting %1 moved to %2").arg(*id).arg(calendar::formatThaiDate(*day)) << Qt::endl;
    return Ok;
}

int cancel(CliContext& ctx, const CliArguments& a)
{
    const auto id = meetingId(ctx, a, CliText::tr("usage: meetings cancel ID --reason TEXT"));
    if (!id)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    MeetingStore store(*db);
    if (!store.cancel(*id, a.value(QStringLiteral("reason"))))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Meeting %1 cancelled").arg(*id) << Qt::endl;
    return Ok;
}

/** meetings agenda ID [--json FILE|-]: writes the agenda from the file, or shows it (with what Sujarit adds). */
int agenda(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: meetings agenda ID [--json FILE|-] (place, time, sent, items: section 1-6, "
                                      "title, details)");
    const auto id = meetingId(ctx, a, usage);
    if (!id)
        return Usage;
    if (a.has(QStringLiteral("json"))) {
        const QString path = a.value(QStringLiteral("json"));
        const auto objects = readObjects(ctx, path, CliText::tr("agenda"));
        if (!objects)
            return Failed;
        if (objects->size() != 1)
            return ctx.fail(CliText::tr("%1: one agenda, an object, is expected").arg(path));
        const QJsonObject& o = objects->first();
        if (const QString why = unknownKey(o, {QStringLiteral("place"), QStringLiteral("time"), QStringLiteral("sent"),
                                               QStringLiteral("items")},
                                           path, CliText::tr("written"));
            !why.isEmpty())
            return ctx.fail(why);
        QString why;
        const auto sent = dateOf(o.value(QStringLiteral("sent")), &why);
        if (!sent)
            return ctx.fail(CliText::tr("%1: sent: %2; nothing was written").arg(path, why));
        QList<AgendaItem> items;
        QStringList places;
        const QJsonArray list = o.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject item = list[i].toObject();
            items << AgendaItem{item.value(QStringLiteral("section")).toInt(), item.value(QStringLiteral("title")).toString(),
                                item.value(QStringLiteral("details")).toString(), false};
            places << CliText::tr("%1: item %2").arg(path).arg(i + 1);
        }
        storage::Database* db = ctx.openDatabase();
        if (!db)
            return Failed;
        AgendaBook book(*db);
        if (!book.setAgenda(*id, o.value(QStringLiteral("place")).toString(), o.value(QStringLiteral("time")).toString(),
                            items, *sent, places))
            return ctx.fail(book.errorString());
        ctx.out << CliText::tr("The agenda of meeting %1 is recorded as sent on %2").arg(*id).arg(calendar::formatThaiDate(*sent))
                << Qt::endl;
        return Ok;
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    AgendaBook book(*db);
    const auto agenda = book.agenda(*id);
    if (!agenda)
        return ctx.fail(book.errorString());
    QJsonArray items;
    for (const AgendaItem& i : agenda->items)
        items.append(QJsonObject{{QStringLiteral("section"), i.section},
                                 {QStringLiteral("title"), i.title},
                                 {QStringLiteral("details"), i.details},
                                 {QStringLiteral("known"), i.known}});
    ctx.out << QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("number"), agenda->meeting.numberText()},
                                  {QStringLiteral("date"), agenda->meeting.date.toString(Qt::ISODate)},
                                  {QStringLiteral("place"), agenda->place},
                                  {QStringLiteral("time"), agenda->starts},
                                  {QStringLiteral("sent"), agenda->sentOn ? QJsonValue(agenda->sentOn->toString(Qt::ISODate)) : QJsonValue()},
                                  {QStringLiteral("items"), items}})
            .toJson());
    return Ok;
}

/** meetings minutes ID [--json FILE|- [--reason TEXT]]: writes the minutes, or shows the latest version. */
int minutes(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: meetings minutes ID [--json FILE|- [--reason TEXT]]");
    const auto id = meetingId(ctx, a, usage);
    if (!id)
        return Usage;
    if (!a.has(QStringLiteral("json"))) {
        storage::Database* db = ctx.openDatabase();
        if (!db)
            return Failed;
        MinutesBook book(*db);
        const auto m = book.minutes(*id);
        if (!m)
            return ctx.fail(book.errorString());
        QJsonArray actions;
        for (const Action& x : m->actions)
            actions.append(QJsonObject{{QStringLiteral("id"), x.id},
                                       {QStringLiteral("title"), x.title},
                                       {QStringLiteral("owner"), x.owner},
                                       {QStringLiteral("due"), x.due.toString(Qt::ISODate)},
                                       {QStringLiteral("done"), x.doneOn ? QJsonValue(x.doneOn->toString(Qt::ISODate)) : QJsonValue()}});
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("number"), m->meeting.numberText()},
                                                               {QStringLiteral("version"), m->version},
                                                               {QStringLiteral("status"), m->meeting.status},
                                                               {QStringLiteral("approved_at"), m->approvedAtNumber},
                                                               {QStringLiteral("attendees"), QJsonArray::fromStringList(m->attendees)},
                                                               {QStringLiteral("items"), int(m->items.size())},
                                                               {QStringLiteral("actions"), actions}})
                                         .toJson());
        return Ok;
    }
    const QString path = a.value(QStringLiteral("json"));
    const auto objects = readObjects(ctx, path, CliText::tr("minutes"));
    if (!objects)
        return Failed;
    if (objects->size() != 1)
        return ctx.fail(CliText::tr("%1: one set of minutes, an object, is expected").arg(path));
    const QJsonObject& o = objects->first();
    const QStringList known = {QStringLiteral("place"),  QStringLiteral("start"), QStringLiteral("end"),
                               QStringLiteral("attendees"), QStringLiteral("absent"), QStringLiteral("others"),
                               QStringLiteral("items"),  QStringLiteral("actions"), QStringLiteral("taker"),
                               QStringLiteral("checker")};
    if (const QString why = unknownKey(o, known, path, CliText::tr("written")); !why.isEmpty())
        return ctx.fail(why);
    Minutes m;
    m.meeting.id = *id;
    minutesFromJson(o, m);
    const QJsonArray actions = o.value(QStringLiteral("actions")).toArray();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        QString why;
        const auto due = dateOf(actions[i][QStringLiteral("due")], &why);
        if (!due)
            return ctx.fail(CliText::tr("%1: action %2: due: %3; nothing was written").arg(path).arg(i + 1).arg(why));
        m.actions << Action{0, *id, actions[i][QStringLiteral("title")].toString(), actions[i][QStringLiteral("owner")].toString(),
                            *due, std::nullopt, {}};
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    MinutesBook book(*db);
    if (!book.write(m, a.value(QStringLiteral("reason"))))
        return ctx.fail(book.errorString());
    ctx.out << CliText::tr("The minutes of meeting %1 are written").arg(*id) << Qt::endl;
    return Ok;
}

int approve(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: meetings approve ID --at MEETING_ID");
    const auto id = meetingId(ctx, a, usage);
    if (!id)
        return Usage;
    bool ok = false;
    const qint64 at = a.value(QStringLiteral("at")).toLongLong(&ok);
    if (!ok)
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    MinutesBook book(*db);
    if (!book.approve(*id, at))
        return ctx.fail(book.errorString());
    ctx.out << CliText::tr("The minutes of meeting %1 are approved at meeting %2 and locked").arg(*id).arg(at) << Qt::endl;
    return Ok;
}

int actions(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: meetings actions --fiscal-year BBBB | meetings actions --done ACTION_ID "
                                      "--date DATE");
    if (a.has(QStringLiteral("done"))) {
        bool ok = false;
        const qint64 action = a.value(QStringLiteral("done")).toLongLong(&ok);
        const auto day = dateArgument(ctx, a, usage);
        if (!ok || !day)
            return ctx.fail(usage, Usage);
        storage::Database* db = ctx.openDatabase();
        if (!db)
            return Failed;
        MinutesBook book(*db);
        if (!book.markDone(action, *day))
            return ctx.fail(book.errorString());
        ctx.out << CliText::tr("Action %1 is done").arg(action) << Qt::endl;
        return Ok;
    }
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    MinutesBook book(*db);
    const auto open = book.openActions(*year);
    if (!open)
        return ctx.fail(book.errorString());
    QJsonArray out;
    for (const Action& x : *open)
        out.append(QJsonObject{{QStringLiteral("id"), x.id},
                               {QStringLiteral("meeting"), x.meetingNumber},
                               {QStringLiteral("title"), x.title},
                               {QStringLiteral("owner"), x.owner},
                               {QStringLiteral("due"), x.due.toString(Qt::ISODate)}});
    ctx.out << QString::fromUtf8(QJsonDocument(out).toJson());
    return Ok;
}

int agendaDays(CliContext& ctx, const CliArguments& a)
{
    const QString usage = CliText::tr("usage: meetings agenda-days --fiscal-year BBBB --days N");
    const auto year = fiscalYearOf(ctx, a, usage);
    if (!year)
        return Usage;
    std::optional<int> days;
    if (!number(ctx, a, "days", days))
        return Usage;
    if (!days)
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    MeetingStore store(*db);
    if (!store.setAgendaDays(*year, *days))
        return ctx.fail(store.errorString());
    ctx.out << CliText::tr("Agendas of %1 are due %2 days before each meeting").arg(*year).arg(*days) << Qt::endl;
    return Ok;
}
} // namespace

int runMeetings(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 {QStringLiteral("fiscal-year"), QStringLiteral("format"), QStringLiteral("every"),
                                  QStringLiteral("weekday"), QStringLiteral("week"), QStringLiteral("day"),
                                  QStringLiteral("date"), QStringLiteral("reason"), QStringLiteral("days"),
                                  QStringLiteral("json"), QStringLiteral("at"), QStringLiteral("done")},
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    return runSubcommand<const CliArguments&>(ctx, QStringLiteral("meetings"), a->positional().value(0),
                                              {{"plan", plan},
                                               {"list", list},
                                               {"add", add},
                                               {"move", move},
                                               {"cancel", cancel},
                                               {"agenda", agenda},
                                               {"minutes", minutes},
                                               {"approve", approve},
                                               {"actions", actions},
                                               {"agenda-days", agendaDays}},
                                              *a);
}

namespace {
/** "print WHAT MEETING_ID --out FILE.pdf": the meeting's id, the file and the open register, or nothing after failing. */
struct PaperRequest
{
    qint64 id = 0;
    QString out;
    storage::Database* db = nullptr;
};
std::optional<PaperRequest> paperRequest(CliContext& ctx, const QStringList& args, const char* what, int* exit)
{
    QString error;
    *exit = Usage;
    auto a = CliArguments::parse(args, {QStringLiteral("out")}, {}, &error);
    if (!a) {
        ctx.fail(error, Usage);
        return std::nullopt;
    }
    bool ok = false;
    PaperRequest r;
    r.id = a->positional().value(0).toLongLong(&ok);
    r.out = a->value(QStringLiteral("out"));
    if (!ok || r.out.isEmpty()) {
        ctx.fail(CliText::tr("usage: print %1 MEETING_ID --out FILE.pdf").arg(QLatin1String(what)), Usage);
        return std::nullopt;
    }
    *exit = Failed;
    if (!(r.db = ctx.openDatabase()))
        return std::nullopt;
    return r;
}
} // namespace

int runMinutesPrint(CliContext& ctx, const QStringList& args)
{
    int exit = Failed;
    const auto r = paperRequest(ctx, args, "minutes", &exit);
    if (!r)
        return exit;
    storage::Database* db = r->db;
    const qint64 id = r->id;
    MinutesBook book(*db);
    const auto m = book.minutes(id);
    if (!m)
        return ctx.fail(book.errorString());
    const auto c = CommitteeStore(*db).load(m->meeting.fiscalYear);
    return writeDocument(ctx, r->out, QPageLayout::Portrait,
                         QStringLiteral("รายงานการประชุม ครั้งที่ %1").arg(m->meeting.numberText()),
                         minutesPaper(*m, c ? c->name : defaultName(), office::OfficeProfile::load(*db)));
}

int runMeetingRegisterPrint(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("fiscal-year"), QStringLiteral("out"), QStringLiteral("format")}, {},
                                 &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString usage = CliText::tr("usage: print meeting-register --fiscal-year BBBB [--format pdf|csv|xlsx] --out FILE");
    const auto year = fiscalYearOf(ctx, *a, usage);
    if (!year)
        return Usage;
    if (!a->has(QStringLiteral("out")))
        return ctx.fail(usage, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    if (!db->require(access::Permission::ViewIntegrity))
        return ctx.fail(db->errorString());
    const auto doc = meetingRegister(*db, *year, office::OfficeProfile::load(*db), &error);
    if (!doc)
        return ctx.fail(error);
    return writeListOutput(ctx, *doc, a->value(QStringLiteral("format"), QStringLiteral("pdf")), a->value(QStringLiteral("out")));
}

int runAgendaPrint(CliContext& ctx, const QStringList& args)
{
    int exit = Failed;
    const auto r = paperRequest(ctx, args, "agenda", &exit);
    if (!r)
        return exit;
    storage::Database* db = r->db;
    AgendaBook book(*db);
    const auto agenda = book.agenda(r->id);
    if (!agenda)
        return ctx.fail(book.errorString());
    return writeDocument(ctx, r->out, QPageLayout::Portrait,
                         QStringLiteral("ระเบียบวาระการประชุม ครั้งที่ %1").arg(agenda->meeting.numberText()),
                         agendaPaper(*agenda, office::OfficeProfile::load(*db), *db, ctx.now().date()));
}

} // namespace sujarit::cli
