// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli holidays list|add|remove|confirm, settings get|set
#include "CliArguments.h"
#include "CliContext.h"
#include "Subcommands.h"

#include "storage/Backup.h"
#include "TextTable.h"

#include "calendar/ThaiDate.h"
#include "complaints/Deadlines.h"
#include "complaints/HolidayTable.h"
#include "ita/ItaItems.h"
#include "text/Csv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sujarit::cli {

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

int listHolidays(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("year"), QStringLiteral("format")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    std::optional<int> year;
    if (a->has(QStringLiteral("year"))) {
        bool ok = false;
        int y = text::toArabicDigits(a->value(QStringLiteral("year"))).toInt(&ok);
        if (!ok || y < 1900 || y > 2700)
            return ctx.fail(CliText::tr("--year takes a year such as 2568 (BE) or 2025, not “%1”")
                                .arg(a->value(QStringLiteral("year"))),
                            Usage);
        year = y > 2400 ? calendar::toGregorianYear(y) : y;
    }
    const QString format = a->value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return ctx.fail(CliText::tr("--format is table, csv or json, not “%1”").arg(format), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    complaints::HolidayTable table(*db);
    const auto holidays = table.holidays(year);
    if (!holidays)
        return ctx.fail(table.errorString());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto& h : *holidays)
            array.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                     {QStringLiteral("name"), h.name},
                                     {QStringLiteral("kind"), calendar::holidayKindCode(h.kind)},
                                     {QStringLiteral("computed"), h.computed}});
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson());
    } else if (format == QLatin1String("csv")) {
        ctx.out << text::csvLine(
            {QStringLiteral("date"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("computed")});
        for (const auto& h : *holidays)
            ctx.out << text::csvLine({h.date.toString(Qt::ISODate), h.name, calendar::holidayKindCode(h.kind),
                                      h.computed ? QStringLiteral("yes") : QStringLiteral("no")});
    } else {
        TextTable t({CliText::tr("Date"), CliText::tr("Day"), CliText::tr("Holiday"), CliText::tr("Kind"),
                     CliText::tr("Status")});
        int computed = 0;
        for (const auto& h : *holidays) {
            computed += h.computed ? 1 : 0;
            t.addRow({calendar::formatThaiDate(h.date, calendar::DateStyle::Abbreviated),
                      QLocale(QLocale::Thai).dayName(h.date.dayOfWeek(), QLocale::ShortFormat), h.name,
                      calendar::holidayKindCode(h.kind), h.computed ? complaints::HolidayTable::computedText() : QString()});
        }
        ctx.out << t.toString() << CliText::tr("%n holiday(s)", nullptr, int(holidays->size())) << Qt::endl;
        if (computed > 0)
            ctx.out << CliText::tr("%n day(s) computed by Sujarit, to be confirmed against the Cabinet's announcement: "
                                   "sujarit-cli holidays confirm DATE, or --year YYYY for the whole year",
                                   nullptr, computed)
                    << Qt::endl;
    }
    return Ok;
}

int addHoliday(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("kind")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (a->positional().size() < 2)
        return ctx.fail(CliText::tr("usage: holidays add DATE NAME [--kind public|substitution|special]"), Usage);
    const auto date = calendar::parseThaiDate(a->positional().first(), &error);
    if (!date)
        return ctx.fail(error, Usage);
    bool ok = true;
    const auto kind = calendar::holidayKindFromCode(a->value(QStringLiteral("kind"), QStringLiteral("special")), &ok);
    if (!ok)
        return ctx.fail(CliText::tr("--kind is public, substitution or special"), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    complaints::HolidayTable table(*db);
    const QString name = a->positional().mid(1).join(u' ');
    if (!table.add({*date, name, kind}))
        return ctx.fail(table.errorString() + CliText::tr("; nothing was changed"));
    ctx.out << CliText::tr("Added %1: %2. Deadlines of open cases were recomputed.")
                   .arg(calendar::formatThaiDate(*date), name.trimmed())
            << Qt::endl;
    return Ok;
}

int removeHoliday(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (a->positional().size() != 1)
        return ctx.fail(CliText::tr("usage: holidays remove DATE"), Usage);
    const auto date = calendar::parseThaiDate(a->positional().first(), &error);
    if (!date)
        return ctx.fail(error, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    complaints::HolidayTable table(*db);
    if (!table.remove(*date))
        return ctx.fail(table.errorString() + CliText::tr("; nothing was changed"));
    ctx.out << CliText::tr("Removed the holiday of %1. Deadlines of open cases were recomputed.")
                   .arg(calendar::formatThaiDate(*date))
            << Qt::endl;
    return Ok;
}

int confirmHolidays(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("year")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const bool wholeYear = a->has(QStringLiteral("year"));
    if (wholeYear == (a->positional().size() == 1) || a->positional().size() > 1)
        return ctx.fail(CliText::tr("usage: holidays confirm DATE, or holidays confirm --year YYYY"), Usage);
    std::optional<QDate> date;
    int year = 0;
    if (wholeYear) {
        bool ok = false;
        year = text::toArabicDigits(a->value(QStringLiteral("year"))).toInt(&ok);
        if (!ok || year < 1900 || year > 2700)
            return ctx.fail(CliText::tr("--year takes a year such as 2570 (BE) or 2027, not “%1”")
                                .arg(a->value(QStringLiteral("year"))),
                            Usage);
        year = year > 2400 ? calendar::toGregorianYear(year) : year;
    } else if (!(date = calendar::parseThaiDate(a->positional().first(), &error))) {
        return ctx.fail(error, Usage);
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    complaints::HolidayTable table(*db);
    if (date) {
        if (!table.confirm(*date))
            return ctx.fail(table.errorString() + CliText::tr("; nothing was changed"));
        ctx.out << CliText::tr("Confirmed %1 as the Cabinet announced it.").arg(calendar::formatThaiDate(*date))
                << Qt::endl;
        return Ok;
    }
    const auto n = table.confirmYear(year);
    if (!n)
        return ctx.fail(table.errorString() + CliText::tr("; nothing was changed"));
    ctx.out << CliText::tr("Confirmed %n computed day(s) of %1.", nullptr, *n).arg(calendar::toBuddhistYear(year))
            << Qt::endl;
    return Ok;
}

} // namespace

int runHolidays(CliContext& ctx, const QStringList& args)
{
    return runSubcommand<const QStringList&>(ctx, QStringLiteral("holidays"), args.value(0),
                                             {{"list", listHolidays},
                                              {"add", addHoliday},
                                              {"remove", removeHoliday},
                                              {"confirm", confirmHolidays}},
                                             args.mid(1));
}

int runSettings(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    storage::Database* db = nullptr;
    if (sub == QLatin1String("numbering") && args.size() <= 2) {
        if (!(db = ctx.openDatabase()))
            return Failed;
        if (args.size() == 1) {
            ctx.out << db->setting(QStringLiteral("numbering"), QStringLiteral("calendar")) << Qt::endl;
            return Ok;
        }
        const QString value = args[1];
        if (value != QLatin1String("calendar") && value != QLatin1String("fiscal"))
            return ctx.fail(CliText::tr("receipt numbers run by “calendar” year or by “fiscal” year, not “%1”").arg(value),
                            Usage);
        if (!db->setSetting(QStringLiteral("numbering"), value))
            return ctx.fail(db->errorString());
        ctx.out << CliText::tr("Receipt numbers now run by %1 year.").arg(value) << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("idle-lock") && args.size() <= 2) {
        if (!(db = ctx.openDatabase()))
            return Failed;
        if (args.size() == 1) {
            ctx.out << db->setting(QStringLiteral("idle_lock_minutes"), QStringLiteral("10")) << Qt::endl;
            return Ok;
        }
        bool ok = false;
        const int minutes = args[1].toInt(&ok);
        if (!ok || minutes < 0 || minutes > 240)
            return ctx.fail(CliText::tr("settings idle-lock: “%1” is not a number of minutes from 0 (never) to 240")
                                .arg(args[1]),
                            Usage);
        if (!db->setSetting(QStringLiteral("idle_lock_minutes"), QString::number(minutes)))
            return ctx.fail(db->errorString());
        ctx.out << CliText::tr("The app locks after %1 minutes without use (0: never).").arg(minutes) << Qt::endl;
        return Ok;
    }
    if ((sub == QLatin1String("backup-dir") || sub == QLatin1String("backup-keep")) && args.size() <= 2) {
        if (!(db = ctx.openDatabase()))
            return Failed;
        const bool folder = sub == QLatin1String("backup-dir");
        if (args.size() == 1) {
            ctx.out << (folder ? storage::backupFolder(*db) : QString::number(storage::backupsKept(*db))) << Qt::endl;
            return Ok;
        }
        bool ok = true;
        if (!folder && args[1].toInt(&ok) < 1)
            ok = false;
        if (!ok)
            return ctx.fail(CliText::tr("settings backup-keep: “%1” is not a number of backups (1 or more)").arg(args[1]), Usage);
        if (!db->setSetting(folder ? QStringLiteral("backup.dir") : QStringLiteral("backup.keep"), args[1]))
            return ctx.fail(db->errorString());
        ctx.out << (folder ? CliText::tr("Daily backups go to %1.").arg(args[1])
                           : CliText::tr("The newest %1 daily backups are kept.").arg(args[1]))
                << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("deadline") && (args.size() == 1 || args.size() == 3 || args.size() == 4)) {
        if (!(db = ctx.openDatabase()))
            return Failed;
        complaints::HolidayTable table(*db);
        if (args.size() == 1) {
            TextTable t({CliText::tr("Clock"), CliText::tr("Amount"), CliText::tr("Unit"), CliText::tr("Basis")});
            for (const auto& r : table.deadlineRules())
                t.addRow({r.clock, QString::number(r.amount), complaints::deadlineUnitCode(r.unit), r.basis});
            ctx.out << t.toString();
            return Ok;
        }
        bool ok = false;
        const int amount = args[2].toInt(&ok);
        const auto unit = complaints::deadlineUnitFromCode(args.value(3, QStringLiteral("working_days")));
        if (!ok || !unit)
            return ctx.fail(CliText::tr("usage: settings deadline CLOCK AMOUNT [working_days|days]"), Usage);
        complaints::DeadlineRule rule;
        for (const auto& r : table.deadlineRules())
            if (r.clock == args[1])
                rule = r;
        rule.clock = args[1];
        rule.amount = amount;
        rule.unit = *unit;
        if (!table.setDeadlineRule(rule))
            return ctx.fail(table.errorString() + CliText::tr("; nothing was changed"));
        ctx.out << CliText::tr("Deadline “%1” is now %2 %3; open cases were recomputed.")
                       .arg(rule.clock)
                       .arg(amount)
                       .arg(complaints::deadlineUnitCode(rule.unit))
                << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("ita-item") && (args.size() == 2 || args.size() == 3)) {
        if (!(db = ctx.openDatabase()))
            return Failed;
        bool ok = false;
        const int year = text::toArabicDigits(args[1]).toInt(&ok);
        if (!ok || year < 2500 || year > 2700)
            return ctx.fail(CliText::tr("settings ita-item takes a Buddhist-era year such as 2569"), Usage);
        ita::ItemStore items(*db);
        if (args.size() == 2) {
            ctx.out << items.statisticsItem(year) << Qt::endl;
            return Ok;
        }
        if (!items.setStatisticsItem(year, args[2]))
            return ctx.fail(items.errorString());
        ctx.out << CliText::tr("The complaint statistics of %1 go under ITA item %2.").arg(year).arg(args[2].toUpper())
                << Qt::endl;
        return Ok;
    }
    return ctx.fail(CliText::tr("usage: settings numbering [calendar|fiscal] | settings deadline [CLOCK AMOUNT "
                                "[working_days|days]] | settings ita-item BBBB [CODE] | settings backup-dir [FOLDER] | "
                                "settings backup-keep [N] | settings idle-lock [MINUTES]"),
                    Usage);
}

} // namespace sujarit::cli
