// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli print …, verify-receipt, office show|set
#include "CliArguments.h"
#include "CliContext.h"
#include "JsonInput.h"
#include "TextTable.h"

#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "complaints/ComplaintRepository.h"
#include "documents/ComplaintForm.h"
#include "documents/LetterDocument.h"
#include "documents/PageWriter.h"
#include "documents/PdfExport.h"
#include "documents/ComplaintReports.h"
#include "documents/ReceiptDocument.h"
#include "documents/RegisterDocument.h"
#include "reports/CaseTrail.h"
#include "office/OfficeProfile.h"
#include "storage/Audit.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sujarit::cli {

using namespace complaints;

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

/** The case to print with its complainant, for a reader who may see him (the reveal is audited); else nothing. */
std::optional<Complaint> caseFor(CliContext& ctx, storage::Database& db, const QString& receiptText,
                                 const QString& document)
{
    const auto receipt = ReceiptNumber::parse(receiptText);
    if (!receipt) {
        ctx.fail(CliText::tr("“%1” is not a receipt number; write it as running number/BE year, e.g. 12/2568")
                     .arg(receiptText),
                 Usage);
        return std::nullopt;
    }
    ComplaintRepository repo(db, [&ctx] { return ctx.now(); });
    repo.setRevealReason(QStringLiteral("พิมพ์%1").arg(document));
    auto c = repo.find(*receipt);
    if (!c) {
        ctx.fail(repo.errorString());
    } else if (c->identityHidden) {
        ctx.fail(CliText::tr("%1 may not see the complainant of %2, whom the %3 names; nothing was printed")
                     .arg(db.session().describe(), receipt->toString(), document));
        return std::nullopt;
    }
    return c;
}

/** \a result, after recording in the audit trail that a document naming people was written to \a out. */
int auditedPrint(CliContext& ctx, storage::Database& db, int result, const QString& entity, const QString& id,
                 const QString& document, const QString& out)
{
    if (result == Ok && !storage::recordDocumentPrinted(db, entity, id, document, out))
        return ctx.fail(db.errorString());
    return result;
}

int printComplaintForm(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, { QStringLiteral("out") }, { QStringLiteral("blank") }, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const bool blank = a->has(QStringLiteral("blank"));
    if (!a->has(QStringLiteral("out")) || blank == (a->positional().size() == 1) || a->positional().size() > 1)
        return ctx.fail(CliText::tr("usage: print complaint-form RECEIPT_NO|--blank --out FILE.pdf"), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    std::optional<Complaint> c;
    if (!blank && !(c = caseFor(ctx, *db, a->positional().first(), QStringLiteral("แบบคำร้องเรียน"))))
        return Failed;
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    const int result = writeDocument(ctx, a->value(QStringLiteral("out")), QPageLayout::Portrait,
                                     QStringLiteral("แบบคำร้องเรียนการทุจริตและประพฤติมิชอบ"),
                                     [&](documents::PageWriter& page, QString* why) {
                                         page.digits = office.documentDigits();
                                         return documents::paintComplaintForm(page, c ? &*c : nullptr, office, why);
                                     });
    if (!c || c->anonymous)
        return result;
    return auditedPrint(ctx, *db, result, QStringLiteral("complaints"), QString::number(c->id),
                        QStringLiteral("complaint_form"), a->value(QStringLiteral("out")));
}

int printReceipt(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, { QStringLiteral("out") }, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (!a->has(QStringLiteral("out")) || a->positional().size() != 1)
        return ctx.fail(CliText::tr("usage: print receipt RECEIPT_NO --out FILE.pdf"), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    const auto c = caseFor(ctx, *db, a->positional().first(), QStringLiteral("ใบรับเรื่อง"));
    if (!c)
        return Failed;
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    const int result = writeDocument(ctx, a->value(QStringLiteral("out")), QPageLayout::Portrait,
                                     QStringLiteral("ใบรับเรื่องร้องเรียน %1").arg(c->receipt.toString()),
                                     [&](documents::PageWriter& page, QString* why) {
                                         page.digits = office.documentDigits();
                                         return documents::paintReceipt(page, *db, *c, office, why);
                                     });
    if (c->anonymous)
        return result;
    return auditedPrint(ctx, *db, result, QStringLiteral("complaints"), QString::number(c->id), QStringLiteral("receipt"),
                        a->value(QStringLiteral("out")));
}

int printRegister(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(
        args,
        { QStringLiteral("out"), QStringLiteral("fiscal-year"), QStringLiteral("from"), QStringLiteral("to"),
          QStringLiteral("reveal") },
        { QStringLiteral("circulation") }, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (!a->has(QStringLiteral("out")) || !a->positional().isEmpty()
        || (!a->has(QStringLiteral("fiscal-year")) && !a->has(QStringLiteral("from")) && !a->has(QStringLiteral("to"))))
        return ctx.fail(CliText::tr("usage: print register --fiscal-year BBBB [--from DATE --to DATE] [--circulation] "
                                    "[--reveal REASON] --out FILE.pdf"),
                        Usage);
    documents::RegisterOptions options;
    options.circulation = a->has(QStringLiteral("circulation"));
    // The register names complainants only with a reason given (as complaints show --reveal), kept in the trail.
    if (!a->readRevealReason(options.revealReason, &error))
        return ctx.fail(error, Usage);
    options.today = ctx.now().date();
    if (!a->readBuddhistYear(QStringLiteral("fiscal-year"), options.fiscalYear, &error)
        || !a->readDate(QStringLiteral("from"), options.from, &error)
        || !a->readDate(QStringLiteral("to"), options.to, &error))
        return ctx.fail(error, Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    const int result = writeDocument(ctx, a->value(QStringLiteral("out")), QPageLayout::Landscape,
                                     QStringLiteral("ทะเบียนรับเรื่องร้องเรียน"),
                                     [&](documents::PageWriter& page, QString* why) {
                                         page.digits = office.documentDigits();
                                         return documents::paintRegister(page, *db, office, options, why);
                                     });
    if (options.circulation) // the circulation copy names no complainant
        return result;
    return auditedPrint(ctx, *db, result, QStringLiteral("register"),
                        options.fiscalYear ? QString::number(*options.fiscalYear) : QStringLiteral("period"),
                        QStringLiteral("register"), a->value(QStringLiteral("out")));
}

int printLetter(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args,
                                 { QStringLiteral("out"), QStringLiteral("kind"), QStringLiteral("letter-no"),
                                   QStringLiteral("result"), QStringLiteral("enclosure"), QStringLiteral("date") },
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString kind = a->value(QStringLiteral("kind"));
    if (!a->has(QStringLiteral("out")) || a->positional().size() != 1
        || (kind != QLatin1String("acknowledgement") && kind != QLatin1String("result")))
        return ctx.fail(CliText::tr("usage: print letter RECEIPT_NO --kind acknowledgement|result [--letter-no TEXT] "
                                    "[--result TEXT] [--enclosure TEXT] [--date DATE] --out FILE.pdf"),
                        Usage);
    documents::LetterOptions options;
    options.kind
        = kind == QLatin1String("result") ? documents::LetterKind::Result : documents::LetterKind::Acknowledgement;
    options.letterNumber = a->value(QStringLiteral("letter-no"));
    options.result = a->value(QStringLiteral("result"));
    options.enclosure = a->value(QStringLiteral("enclosure"));
    std::optional<QDate> date;
    if (!a->readDate(QStringLiteral("date"), date, &error))
        return ctx.fail(error, Usage);
    options.date = date.value_or(ctx.now().date());
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    const auto c = caseFor(ctx, *db, a->positional().first(), QStringLiteral("หนังสือถึงผู้ร้อง"));
    if (!c)
        return Failed;
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    const int result = writeDocument(ctx, a->value(QStringLiteral("out")), QPageLayout::Portrait,
                                     QStringLiteral("หนังสือแจ้งผู้ร้อง %1").arg(c->receipt.toString()),
                                     [&](documents::PageWriter& page, QString* why) {
                                         page.digits = office.letterDigits();
                                         return documents::paintLetter(page, *c, office, options, why);
                                     });
    return auditedPrint(ctx, *db, result, QStringLiteral("complaints"), QString::number(c->id),
                        QStringLiteral("letter"), a->value(QStringLiteral("out")));
}

int printQuarterly(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(
        args, { QStringLiteral("out"), QStringLiteral("fiscal-year"), QStringLiteral("quarter") }, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    bool okYear = false, okQuarter = false;
    const int fy = text::toArabicDigits(a->value(QStringLiteral("fiscal-year"))).toInt(&okYear);
    const int quarter = a->value(QStringLiteral("quarter")).toInt(&okQuarter);
    if (!a->has(QStringLiteral("out")) || !a->positional().isEmpty() || !okYear || fy < 2400 || fy > 2700 || !okQuarter
        || quarter < 1 || quarter > 4)
        return ctx.fail(CliText::tr("usage: print quarterly --fiscal-year BBBB --quarter 1..4 --out FILE.pdf"), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    return writeDocument(ctx, a->value(QStringLiteral("out")), QPageLayout::Portrait,
                         QStringLiteral("รายงานสรุปผลการจัดการเรื่องร้องเรียน ไตรมาสที่ %1/%2").arg(quarter).arg(fy),
                         [&](documents::PageWriter& page, QString* why) {
                             page.digits = office.documentDigits();
                             return documents::paintQuarterlyReport(page, *db, office, fy, quarter, ctx.now().date(),
                                                                    why);
                         });
}

/** print monthly-report --month YYYY-MM: the month as 2026-01 or in the Buddhist era, 2569-01. */
int printMonthly(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("out"), QStringLiteral("month")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString usage = CliText::tr("usage: print monthly-report --month YYYY-MM --out FILE.pdf (2026-01, or 2569-01 "
                                      "in the Buddhist era)");
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    const auto m = shape.match(text::toArabicDigits(a->value(QStringLiteral("month")).trimmed()));
    if (!a->has(QStringLiteral("out")) || !a->positional().isEmpty() || !m.hasMatch())
        return ctx.fail(usage, Usage);
    int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (year > 2400)
        year -= 543;
    if (month < 1 || month > 12 || year < 1900 || year > 2200)
        return ctx.fail(CliText::tr("--month: “%1” is not a month; %2").arg(a->value(QStringLiteral("month")), usage), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    if (!db->require(access::Permission::Statistics))
        return ctx.fail(db->errorString());
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    const QDate first(year, month, 1);
    return writeDocument(ctx, a->value(QStringLiteral("out")), QPageLayout::Portrait,
                         QStringLiteral("รายงานเรื่องร้องเรียนประจำเดือน %1").arg(calendar::formatThaiDate(first).section(u' ', 1)),
                         [&](documents::PageWriter& page, QString* why) {
                             page.digits = office.documentDigits();
                             return documents::paintMonthlyReport(page, *db, office, first, ctx.now().date(), why);
                         });
}

int printTrail(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, {QStringLiteral("out"), QStringLiteral("reveal")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    if (a->positional().size() != 1 || !a->has(QStringLiteral("out")))
        return ctx.fail(CliText::tr("usage: print trail RECEIPT_NO [--reveal REASON] --out FILE.pdf"), Usage);
    QString reveal;
    if (!a->readRevealReason(reveal, &error))
        return ctx.fail(error, Usage);
    const auto receipt = ReceiptNumber::parse(a->positional().first());
    if (!receipt)
        return ctx.fail(CliText::tr("“%1” is not a receipt number; write it as running number/BE year, e.g. 12/2568")
                            .arg(a->positional().first()),
                        Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    ComplaintRepository repo(*db, [&ctx] { return ctx.now(); });
    const auto c = repo.find(*receipt);
    if (!c)
        return ctx.fail(repo.errorString());
    const auto entries = storage::complaintTrail(*db, c->id, &error, reveal);
    if (!entries)
        return ctx.fail(error);
    const office::OfficeProfile office = office::OfficeProfile::load(*db);
    const documents::ListDocument doc
        = reports::caseTrailDocument(c->receipt.toString(), c->subject, office.fullName(), *entries);
    const int result = writeDocument(ctx, a->value(QStringLiteral("out")), doc.orientation, doc.title,
                                     documents::listPainter(doc, office.documentDigits()));
    // A trail on paper is a print like any other of the case's papers.
    return auditedPrint(ctx, *db, result, QStringLiteral("complaints"), QString::number(c->id), QStringLiteral("trail"),
                        a->value(QStringLiteral("out")));
}

} // namespace

int runPrint(CliContext& ctx, const QStringList& args)
{
    const QString what = args.value(0);
    if (what == QLatin1String("complaint-form"))
        return printComplaintForm(ctx, args.mid(1));
    if (what == QLatin1String("receipt"))
        return printReceipt(ctx, args.mid(1));
    if (what == QLatin1String("register"))
        return printRegister(ctx, args.mid(1));
    if (what == QLatin1String("letter"))
        return printLetter(ctx, args.mid(1));
    if (what == QLatin1String("quarterly"))
        return printQuarterly(ctx, args.mid(1));
    if (what == QLatin1String("monthly-report"))
        return printMonthly(ctx, args.mid(1));
    if (what == QLatin1String("trail"))
        return printTrail(ctx, args.mid(1));
    if (what == QLatin1String("manual"))
        return runManualPrint(ctx, args.mid(1));
    if (what == QLatin1String("committee-order"))
        return runCommitteePrint(ctx, args.mid(1));
    if (what == QLatin1String("agenda"))
        return runAgendaPrint(ctx, args.mid(1));
    if (what == QLatin1String("minutes"))
        return runMinutesPrint(ctx, args.mid(1));
    if (what == QLatin1String("meeting-register"))
        return runMeetingRegisterPrint(ctx, args.mid(1));
    if (what == QLatin1String("gift-register") || what == QLatin1String("no-gift-report"))
        return runGiftPrint(ctx, what, args.mid(1));
    if (what == QLatin1String("declaration") || what == QLatin1String("declarations")
        || what == QLatin1String("missing-declarations"))
        return runDeclarationPrint(ctx, what, args.mid(1));
    if (what == QLatin1String("plan") || what == QLatin1String("plan-round") || what == QLatin1String("plan-ita"))
        return runPlanPrint(ctx, what, args.mid(1));
    if (what == QLatin1String("risk-assessment") || what == QLatin1String("risk-report"))
        return runRiskPrint(ctx, what, args.mid(1));
    if (what == QLatin1String("announcement") || what == QLatin1String("no-gift-culture"))
        return runAnnouncementPrint(ctx, what, args.mid(1));
    if (what == QLatin1String("moral-org-report") || what == QLatin1String("virtues") || what == QLatin1String("deeds")
        || what == QLatin1String("best-practice"))
        return runMoralPrint(ctx, what, args.mid(1));
    if (what == QLatin1String("selection"))
        return runSelectionPrint(ctx, args.mid(1));
    return ctx.fail(CliText::tr("print needs one of: complaint-form, receipt, register, letter, quarterly, monthly-report, "
                                "gift-register, no-gift-report, declaration, declarations, missing-declarations, plan, "
                                "plan-round, plan-ita, risk-assessment, risk-report, announcement, no-gift-culture, manual, committee-order, agenda, minutes, meeting-register, "
                                "moral-org-report, virtues, deeds, best-practice, selection, trail"),
                    Usage);
}

int runVerifyReceipt(CliContext& ctx, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.fail(CliText::tr("usage: verify-receipt CODE"), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    ComplaintRepository repo(*db, [&ctx] { return ctx.now(); });
    const auto c = repo.findByReceiptCode(args.first());
    if (!c)
        return ctx.fail(repo.errorString() + CliText::tr(": the receipt is not genuine, or was mistyped"));
    if (!repo.receiptCodeMatches(*c))
        return ctx.fail(CliText::tr("the code belongs to receipt %1, but the register's record of it no longer matches "
                                    "what was printed (receipt time, channel or subject changed): check the case")
                            .arg(c->receipt.toString()));
    ctx.out << CliText::tr("Genuine receipt %1, issued %2: %3")
                   .arg(c->receipt.toString(), calendar::formatThaiDateTime(c->receivedAt), c->subject)
            << Qt::endl;
    return Ok;
}

int runOffice(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    office::OfficeProfile profile = office::OfficeProfile::load(*db);
    if (sub == QLatin1String("show") && args.size() <= 2) {
        if (args.value(1) == QLatin1String("--json")) {
            QJsonObject o;
            for (const auto& [key, label] : office::OfficeProfile::fields())
                o.insert(key, profile.get(key));
            ctx.out << QString::fromUtf8(QJsonDocument(o).toJson());
            return Ok;
        }
        TextTable t({ CliText::tr("Field"), CliText::tr("Label"), CliText::tr("Value") });
        for (const auto& [key, label] : office::OfficeProfile::fields())
            t.addRow({ key, label, profile.get(key) });
        ctx.out << t.toString();
        return Ok;
    }
    if (sub == QLatin1String("set") && args.size() == 3 && args[1] == QLatin1String("--json")) {
        QFile f(args[2]);
        if (args[2] == QLatin1String("-") ? !f.open(stdin, QIODevice::ReadOnly) : !f.open(QIODevice::ReadOnly))
            return ctx.fail(CliText::tr("cannot read %1: %2").arg(args[2], f.errorString()));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!doc.isObject())
            return ctx.fail(CliText::tr("%1 is not a JSON object: %2").arg(args[2], pe.errorString()));
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QString error;
            const QString value = it.value().isBool()
                ? (it.value().toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                : it.value().toVariant().toString();
            if (!profile.set(it.key(), value, &error))
                return ctx.fail(error + CliText::tr("; nothing was changed"));
        }
    } else if (sub == QLatin1String("set") && args.size() == 3) {
        QString error;
        if (!profile.set(args[1], args[2], &error))
            return ctx.fail(error + CliText::tr("; nothing was changed"));
    } else {
        return ctx.fail(CliText::tr("usage: office show [--json] | office set FIELD VALUE | office set --json FILE"),
                        Usage);
    }
    if (!profile.save(*db))
        return ctx.fail(db->errorString());
    ctx.out << CliText::tr("The office profile is saved.") << Qt::endl;
    return Ok;
}

} // namespace sujarit::cli
