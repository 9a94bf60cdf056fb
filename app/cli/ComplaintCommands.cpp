// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli complaints import|list|show|add|step
#include "CliArguments.h"
#include "CliContext.h"
#include "Subcommands.h"
#include "TextTable.h"

#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "complaints/ComplaintFields.h"
#include "complaints/ComplaintImport.h"
#include "complaints/ComplaintJson.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/Deadlines.h"
#include "complaints/HolidayTable.h"
#include "complaints/Workflow.h"
#include "text/Csv.h"
#include "text/StrictJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace sujarit::cli {

using namespace complaints;

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

constexpr int MaxErrorsShown = 20;

std::optional<ReceiptNumber> receiptArgument(CliContext& ctx, const QString& text)
{
    auto r = ReceiptNumber::parse(text);
    if (!r)
        ctx.fail(CliText::tr("“%1” is not a receipt number; write it as running number/BE year, e.g. 12/2568").arg(text),
                 Usage);
    return r;
}

int import(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("skip-invalid")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (a->positional().size() != 1)
        return ctx.fail(CliText::tr("usage: complaints import FILE.csv [--skip-invalid REJECTS.csv]"), Usage);
    const QString path = a->positional().first();
    const auto bytes = ctx.readInput(path);
    if (!bytes)
        return Failed;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;

    auto plan = readRegister(std::move(*bytes), ctx.now(), &error);
    if (!plan)
        return ctx.fail(CliText::tr("%1: %2; nothing was imported").arg(path, error));
    if (plan->ignoredColumns.size() == 1)
        ctx.err << CliText::tr("note: column “%1” is not a field Sujarit knows; it was left out")
                       .arg(shortList(plan->ignoredColumns))
                << Qt::endl;
    else if (!plan->ignoredColumns.isEmpty())
        ctx.err << CliText::tr("note: %1 columns are not fields Sujarit knows; they were left out: %2")
                       .arg(QString::number(plan->ignoredColumns.size()), shortList(plan->ignoredColumns))
                << Qt::endl;

    const bool skipInvalid = a->has(QStringLiteral("skip-invalid"));
    if (!plan->rejected.isEmpty() && !skipInvalid) {
        int shown = 0;
        for (const RejectedRow& r : plan->rejected) {
            if (shown++ == MaxErrorsShown) {
                ctx.err << CliText::tr("… and %1 more rows with problems").arg(plan->rejected.size() - MaxErrorsShown)
                        << Qt::endl;
                break;
            }
            ctx.err << path << ": " << r.describe() << Qt::endl;
        }
        return ctx.fail(CliText::tr("%n row(s) cannot be imported; nothing was imported. Correct the file, or use "
                                    "--skip-invalid REJECTS.csv to import the good rows and set the others aside.",
                                    nullptr, int(plan->rejected.size())));
    }

    std::unique_ptr<QSaveFile> rejects;
    if (skipInvalid) {
        rejects = std::make_unique<QSaveFile>(a->value(QStringLiteral("skip-invalid")));
        if (!rejects->open(QIODevice::WriteOnly) || rejects->write(rejectsCsv(*plan)) < 0)
            return ctx.fail(CliText::tr("cannot write the rejects file %1: %2; nothing was imported")
                                .arg(rejects->fileName(), rejects->errorString()));
    }
    ComplaintRepository repo(*db, [&ctx] { return ctx.now(); });
    if (!importPlan(repo, *plan, &error)) {
        if (rejects)
            rejects->cancelWriting();
        return ctx.fail(CliText::tr("%1: %2; nothing was imported").arg(path, error));
    }
    if (rejects && !rejects->commit())
        ctx.err << CliText::tr("warning: the rejects file %1 could not be saved: %2")
                       .arg(rejects->fileName(), rejects->errorString())
                << Qt::endl;

    ctx.out << CliText::tr("Imported %n complaint(s) from %1 (%2).", nullptr, int(plan->complaints.size()))
                   .arg(path, plan->encoding)
            << Qt::endl;
    if (skipInvalid && !plan->rejected.isEmpty())
        ctx.out << CliText::tr("%n row(s) set aside in %1 with the reason for each.", nullptr,
                               int(plan->rejected.size()))
                       .arg(a->value(QStringLiteral("skip-invalid")))
                << Qt::endl;
    return Ok;
}

std::optional<ComplaintFilter> filterFrom(CliContext& ctx, const CliArguments& a)
{
    ComplaintFilter f;
    QString error;
    if (!a.readBuddhistYear(QStringLiteral("fiscal-year"), f.fiscalYear, &error)
        || !a.readDate(QStringLiteral("from"), f.from, &error) || !a.readDate(QStringLiteral("to"), f.to, &error)) {
        ctx.fail(error, Usage);
        return std::nullopt;
    }
    f.status = a.value(QStringLiteral("status"));
    if (!f.status.isEmpty() && !isKnownCode(steps(), f.status)) {
        ctx.fail(CliText::tr("“%1” is not a step; the steps are: %2").arg(f.status, codeListForMessage(steps())), Usage);
        return std::nullopt;
    }
    if (const QString ch = a.value(QStringLiteral("channel")); !ch.isEmpty()) {
        const auto code = channelFromText(ch);
        if (!code) {
            ctx.fail(CliText::tr("“%1” is not a channel; the channels are: %2").arg(ch, codeListForMessage(channels())),
                     Usage);
            return std::nullopt;
        }
        f.channel = *code;
    }
    if (const QString cat = a.value(QStringLiteral("category")); !cat.isEmpty()) {
        const auto code = categoryFromText(cat);
        if (!code) {
            ctx.fail(CliText::tr("“%1” is not a category; the categories are: %2")
                         .arg(cat, codeListForMessage(categories())),
                     Usage);
            return std::nullopt;
        }
        f.category = *code;
    }
    f.overdueOnly = a.has(QStringLiteral("overdue"));
    f.search = a.value(QStringLiteral("search"));
    if (a.has(QStringLiteral("limit")))
        f.limit = a.value(QStringLiteral("limit")).toInt();
    return f;
}

int list(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 {QStringLiteral("fiscal-year"), QStringLiteral("status"), QStringLiteral("search"),
                                  QStringLiteral("format"), QStringLiteral("channel"), QStringLiteral("category"),
                                  QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit"),
                                  QStringLiteral("reveal")},
                                 {QStringLiteral("overdue")}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (!a->positional().isEmpty())
        return ctx.fail(CliText::tr("complaints list takes no arguments besides its options"), Usage);
    const QString format = a->value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return ctx.fail(CliText::tr("--format is table, csv or json, not “%1”").arg(format), Usage);
    const auto filter = filterFrom(ctx, *a);
    if (!filter)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    QString reveal;
    if (!a->readRevealReason(reveal, &error))
        return ctx.fail(error, Usage);
    ComplaintRepository repo(*db, [&ctx] { return ctx.now(); });
    repo.setRevealReason(reveal);
    const auto rows = repo.list(*filter);
    if (!rows)
        return ctx.fail(repo.errorString());
    const QDate today = ctx.now().date();

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const ComplaintSummary& s : *rows)
            array.append(json::summaryToJson(s, today));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (format == QLatin1String("csv")) {
        ctx.out << text::csvLine({QStringLiteral("receipt_no"), QStringLiteral("received_at"), QStringLiteral("channel"),
                                  QStringLiteral("category"), QStringLiteral("anonymous"), QStringLiteral("status"),
                                  QStringLiteral("subject"), QStringLiteral("accused_name"),
                                  QStringLiteral("accused_unit"), QStringLiteral("next_deadline"),
                                  QStringLiteral("overdue")});
        for (const ComplaintSummary& s : *rows)
            ctx.out << text::csvLine({s.receipt.toString(), s.receivedAt().toString(Qt::ISODate), s.channel, s.category,
                                      s.anonymous ? QStringLiteral("yes") : QStringLiteral("no"), s.status, s.subject,
                                      s.accusedName, s.accusedUnit,
                                      s.nextDeadline ? s.nextDeadline->toString(Qt::ISODate) : QString(),
                                      s.isOverdue(today) ? QStringLiteral("yes") : QStringLiteral("no")});
        return Ok;
    }
    TextTable table({CliText::tr("Receipt"), CliText::tr("Received"), CliText::tr("Channel"), CliText::tr("Step"),
                     CliText::tr("Due"), QString(), CliText::tr("Subject")});
    table.setMaxWidth(6, 50);
    for (const ComplaintSummary& s : *rows)
        table.addRow({s.receipt.toString(),
                      calendar::formatThaiDate(s.receivedDate, calendar::DateStyle::AbbreviatedShortYear),
                      s.channel, s.status,
                      s.nextDeadline ? calendar::formatThaiDate(*s.nextDeadline, calendar::DateStyle::AbbreviatedShortYear)
                                     : QStringLiteral("-"),
                      s.isOverdue(today) ? CliText::tr("OVERDUE") : QString(), s.subject});
    ctx.out << table.toString();
    ctx.out << CliText::tr("%n complaint(s)", nullptr, int(rows->size())) << Qt::endl;
    return Ok;
}

void printCase(CliContext& ctx, storage::Database& db, const Complaint& c, QDate today)
{
    using calendar::formatThaiDate;
    using calendar::formatThaiDateTime;
    auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            ctx.out << label << ": " << value << '\n';
    };
    line(QStringLiteral("เลขที่รับ"), c.receipt.toString());
    line(QStringLiteral("วันที่รับ"), formatThaiDateTime(c.receivedAt));
    line(QStringLiteral("ผู้รับคำร้อง"), c.receivedBy);
    line(QStringLiteral("ช่องทาง"), labelOf(channels(), c.channel));
    line(QStringLiteral("ประเภท"), labelOf(categories(), c.category));
    if (c.anonymous) {
        line(QStringLiteral("ผู้ร้อง"), QStringLiteral("ไม่ประสงค์ออกนาม"));
    } else {
        const Complainant& p = c.complainant;
        line(QStringLiteral("ผู้ร้อง"), (p.title + u' ' + p.name).trimmed());
        line(QStringLiteral("อายุ"), p.age ? QString::number(*p.age) : QString());
        line(QStringLiteral("ที่อยู่"), p.address);
        line(QStringLiteral("โทรศัพท์"), p.phone);
        line(QStringLiteral("อีเมล"), p.email);
    }
    line(QStringLiteral("เรื่อง"), c.subject);
    line(QStringLiteral("ข้อกล่าวหา/ข้อร้องเรียน"), c.details);
    line(QStringLiteral("ขอให้ดำเนินการ"), c.requestedAction);
    line(QStringLiteral("ผู้ถูกร้อง"), QStringList{c.accused.name, c.accused.position, c.accused.unit}
                                          .filter(QRegularExpression(QStringLiteral("\\S")))
                                          .join(QStringLiteral(", ")));
    line(QStringLiteral("วันเวลาที่เกิดเหตุ"), c.incidentTime);
    line(QStringLiteral("สถานที่เกิดเหตุ"), c.incidentPlace);
    line(QStringLiteral("พยาน"), c.witnesses);
    for (int i = 0; i < c.evidence.size(); ++i)
        ctx.out << QStringLiteral("หลักฐาน %1) %2 จำนวน %3 ชุด\n").arg(i + 1).arg(c.evidence[i].description).arg(c.evidence[i].sets);
    line(QStringLiteral("ขั้นตอน"), QStringLiteral("%1 (%2)").arg(labelOf(steps(), c.status), c.status));
    line(QStringLiteral("ส่งหน่วยงาน"), c.assignedUnit);
    line(QStringLiteral("รหัสตรวจสอบใบรับ"), c.receiptCode);
    if (!c.notAcceptedReason.isEmpty())
        line(QStringLiteral("เหตุที่ไม่รับ"), labelOf(notAcceptedReasons(), c.notAcceptedReason));

    HolidayTable table(db);
    const auto cal = table.workingCalendar();
    QString provisional; // said once, for the first deadline in a year the Cabinet has not announced
    for (const Deadline& d : runningDeadlines(c, table.deadlineRules(), cal)) {
        const int left = cal.workingDaysBetween(today, d.due);
        const QString state = d.due < today ? CliText::tr("OVERDUE by %n working day(s)", nullptr, -left)
                                            : CliText::tr("%n working day(s) left", nullptr, left);
        ctx.out << QStringLiteral("กำหนด: %1 ภายใน %2 (%3)\n").arg(clockLabel(d.clock), formatThaiDate(d.due), state);
        if (provisional.isEmpty())
            provisional = table.provisionalNote(d.due);
    }
    if (!provisional.isEmpty())
        ctx.out << QStringLiteral("หมายเหตุ: ") << provisional << '\n';
    ctx.out << QStringLiteral("ประวัติ:\n");
    for (const StepEvent& e : c.history) {
        ctx.out << QStringLiteral("  %1  %2").arg(formatThaiDateTime(e.at, calendar::DateStyle::AbbreviatedShortYear),
                                                  e.step);
        if (!e.by.isEmpty())
            ctx.out << QStringLiteral("  โดย ") << e.by;
        if (!e.reason.isEmpty())
            ctx.out << QStringLiteral("  เหตุ: ") << labelOf(notAcceptedReasons(), e.reason);
        if (!e.unit.isEmpty())
            ctx.out << QStringLiteral("  หน่วยงาน: ") << e.unit;
        if (!e.officers.isEmpty())
            ctx.out << QStringLiteral("  ผู้รับผิดชอบ: ") << e.officers.join(QStringLiteral(", "));
        if (!e.note.isEmpty())
            ctx.out << QStringLiteral("  — ") << e.note;
        ctx.out << '\n';
    }
    const QStringList next = workflow::allowedNextSteps(c.status, c.anonymous);
    if (!next.isEmpty())
        ctx.out << CliText::tr("Next steps allowed: %1").arg(next.join(QStringLiteral(", "))) << '\n';
    ctx.out.flush();
}

int show(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("format"), QStringLiteral("reveal")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (a->positional().size() != 1)
        return ctx.fail(CliText::tr("usage: complaints show RECEIPT_NO [--format text|json] [--reveal REASON]"), Usage);
    const QString format = a->value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.fail(CliText::tr("--format is text or json, not “%1”").arg(format), Usage);
    const auto receipt = receiptArgument(ctx, a->positional().first());
    if (!receipt)
        return Usage;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    QString reveal;
    if (!a->readRevealReason(reveal, &error))
        return ctx.fail(error, Usage);
    ComplaintRepository repo(*db, [&ctx] { return ctx.now(); });
    repo.setRevealReason(reveal);
    const auto c = repo.find(*receipt);
    if (!c)
        return ctx.fail(repo.errorString());
    if (c->identityHidden && a->has(QStringLiteral("reveal")))
        ctx.err << CliText::tr("note: %1 may not see this complainant; the name stays hidden")
                       .arg(db->session().describe())
                << Qt::endl;
    if (format == QLatin1String("json"))
        ctx.out << QString::fromUtf8(QJsonDocument(json::complaintToJson(*c, ctx.now().date())).toJson());
    else
        printCase(ctx, *db, *c, ctx.now().date());
    return Ok;
}

int add(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("json")}, {QStringLiteral("each")}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (!a->has(QStringLiteral("json")) || !a->positional().isEmpty())
        return ctx.fail(CliText::tr("usage: complaints add --json FILE|- [--each]"), Usage);
    const QString path = a->value(QStringLiteral("json"));
    const auto bytes = ctx.readInput(path);
    if (!bytes)
        return Failed;
    // The same rules as the CSV import: no NUL, no lone surrogate, no key twice.
    const auto parsed = text::parseStrictJson(*bytes, &error);
    if (!parsed)
        return ctx.fail(CliText::tr("%1: %2; nothing was added").arg(path, error));
    const QJsonDocument& doc = *parsed;
    QJsonArray items;
    if (doc.isObject())
        items.append(doc.object());
    else
        items = doc.array();
    if (items.isEmpty())
        return ctx.fail(CliText::tr("%1 holds no complaint (an object or an array of objects is expected)").arg(path));

    const QDateTime now = ctx.now();
    QList<Complaint> complaints;
    QStringList problems;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = items.size() == 1 ? QString() : CliText::tr("complaint %1, ").arg(i + 1);
        if (!items[i].isObject()) {
            problems << CliText::tr("complaint %1 is not a JSON object").arg(i + 1);
            continue;
        }
        QList<FieldError> errors;
        const auto values = json::fieldsFromJson(items[i].toObject(), errors);
        Complaint c = complaintFromFields(values, now, errors);
        for (const FieldError& e : errors)
            problems << where + CliText::tr("field %1: %2").arg(e.field, e.message);
        complaints.append(std::move(c));
    }
    if (!problems.isEmpty()) {
        for (const QString& p : problems)
            ctx.err << path << ": " << p << Qt::endl;
        return ctx.fail(CliText::tr("nothing was added"));
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    ComplaintRepository repo(*db, [&ctx] { return ctx.now(); });
    if (a->has(QStringLiteral("each"))) {
        // One save per complaint, as clerks at their own PCs save: each number printed as soon as it is saved.
        for (qsizetype i = 0; i < complaints.size(); ++i) {
            if (!repo.add(complaints[i]))
                // (Whether this one was kept is in the message: not, or — a COMMIT cut off — to be looked for.)
                return ctx.fail(CliText::tr("complaint %1: %2; the %n before it were added, those after it were not",
                                            nullptr, int(i))
                                    .arg(i + 1)
                                    .arg(repo.errorString()));
            ctx.out << complaints[i].receipt.toString() << Qt::endl;
        }
        return Ok;
    }
    if (!repo.add(complaints)) {
        const int i = repo.failedIndex();
        const QString where = i >= 0 && complaints.size() > 1 ? CliText::tr("complaint %1: ").arg(i + 1) : QString();
        return ctx.fail(where + repo.errorString() + CliText::tr("; nothing was added"));
    }
    for (const Complaint& c : complaints)
        ctx.out << c.receipt.toString() << '\n';
    ctx.out.flush();
    return Ok;
}

int step(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 {QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("at"),
                                  QStringLiteral("by"), QStringLiteral("to"), QStringLiteral("officers")},
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (a->positional().size() != 2)
        return ctx.fail(CliText::tr("usage: complaints step RECEIPT_NO STEP [--reason CODE] [--to DIVISION] "
                                    "[--officers \"NAME,NAME\"] [--note TEXT] [--at DATETIME] [--by NAME]"),
                        Usage);
    const auto receipt = receiptArgument(ctx, a->positional().first());
    if (!receipt)
        return Usage;
    StepRequest request;
    request.step = a->positional().at(1);
    request.note = a->value(QStringLiteral("note"));
    request.by = a->value(QStringLiteral("by"));
    request.unit = a->value(QStringLiteral("to"));
    request.officers = a->value(QStringLiteral("officers")).split(u',', Qt::SkipEmptyParts);
    if (const QString reason = a->value(QStringLiteral("reason")); !reason.isEmpty())
        request.reason = notAcceptedReasonFromText(reason).value_or(reason);
    if (a->has(QStringLiteral("at"))) {
        QString why;
        const auto at = calendar::parseThaiDateTime(a->value(QStringLiteral("at")), &why);
        if (!at)
            return ctx.fail(QStringLiteral("--at: ") + why, Usage);
        request.at = at->toDateTime();
    }
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    ComplaintRepository repo(*db, [&ctx] { return ctx.now(); });
    if (!repo.recordStep(*receipt, request))
        return ctx.fail(repo.errorString() + CliText::tr("; nothing was changed"));
    const auto c = repo.find(*receipt);
    if (!c)
        return ctx.fail(repo.errorString());
    ctx.out << CliText::tr("%1: recorded “%2”; the case is at “%3”").arg(c->receipt.toString(), request.step, c->status);
    if (c->nextDeadline)
        ctx.out << CliText::tr("; next deadline %1 (%2)")
                       .arg(calendar::formatThaiDate(*c->nextDeadline), clockLabel(c->nextClock));
    ctx.out << Qt::endl;
    return Ok;
}

} // namespace

int runComplaints(CliContext& ctx, const QStringList& args)
{
    return runSubcommand<const QStringList&>(
        ctx, QStringLiteral("complaints"), args.value(0),
        {{"import", import}, {"list", list}, {"show", show}, {"add", add}, {"step", step}}, args.mid(1));
}

} // namespace sujarit::cli
