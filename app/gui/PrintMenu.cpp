// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintMenu.h"

#include "Ask.h"
#include "DocumentPrinter.h"

#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "complaints/ComplaintRepository.h"
#include "documents/ComplaintForm.h"
#include "documents/LetterDocument.h"
#include "documents/PageWriter.h"
#include "documents/ComplaintReports.h"
#include "documents/ReceiptDocument.h"
#include "documents/RegisterDocument.h"
#include "office/OfficeProfile.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "text/ThaiDigits.h"

#include <QRegularExpression>

namespace sujarit::gui {

using namespace complaints;

PrintMenu::PrintMenu(storage::Database& db, QWidget* parent)
    : QObject(parent)
    , m_db(db)
    , m_parent(parent)
{
}

void PrintMenu::printCase(qint64 id, CaseDocument document)
{
    if (document == CaseDocument::BlankForm) {
        previewComplaintForm(m_parent, m_db, nullptr);
        return;
    }
    if (id <= 0)
        return;
    ComplaintRepository repo(m_db);
    // Why the complainant's name is read, for the trail: the paper that names him.
    const char* why = document == CaseDocument::Form          ? "พิมพ์แบบคำร้องเรียน"
        : document == CaseDocument::Receipt                   ? "พิมพ์ใบรับเรื่อง"
        : document == CaseDocument::Acknowledgement           ? "พิมพ์หนังสือแจ้งรับเรื่อง"
                                                              : "พิมพ์หนังสือแจ้งผล";
    repo.setRevealReason(QString::fromUtf8(why));
    const auto c = repo.findById(id);
    if (!c) {
        Ask::warning(m_parent, tr("Print"), repo.errorString());
        return;
    }
    if (c->identityHidden) {
        Ask::warning(m_parent, tr("Print"),
                     tr("%1 may not see the complainant of this case, whom the document names; nothing is "
                        "printed.")
                         .arg(m_db.session().describe()));
        return;
    }
    if (document == CaseDocument::Form) {
        previewComplaintForm(m_parent, m_db, &*c);
        return;
    }
    if (document == CaseDocument::Receipt) {
        previewReceipt(m_parent, m_db, *c);
        return;
    }
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    const complaints::Complaint theCase = *c;
    documents::LetterOptions options;
    options.kind = document == CaseDocument::Result ? documents::LetterKind::Result : documents::LetterKind::Acknowledgement;
    options.date = calendar::now().date();
    if (previewDocument(m_parent, tr("Letter to the complainant %1").arg(theCase.receipt.toString()), QPageLayout::Portrait,
                        [=](documents::PageWriter& p, QString* e) {
                            p.digits = office.letterDigits();
                            return documents::paintLetter(p, theCase, office, options, e);
                        }))
        storage::recordDocumentPrinted(m_db, QStringLiteral("complaints"), QString::number(theCase.id),
                                       QStringLiteral("letter"), QStringLiteral("printer"));
}

void PrintMenu::printRegister(int fiscalYear, bool circulation)
{
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    documents::RegisterOptions options;
    options.fiscalYear = fiscalYear;
    options.circulation = circulation;
    options.today = calendar::now().date();
    if (!circulation) {
        // Complainants' names go on paper only with a reason given, as on the screen; none, and they read
        // ไม่เปิดเผยชื่อ.
        bool ok = false;
        const QString reason = Ask::text(
            m_parent, tr("Print the register"),
            tr("The register can name the complainants you may see. Why are their names needed on paper? (This goes "
               "into the trail.) Leave it empty to print them hidden."),
            QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        options.revealReason = reason.trimmed();
    }
    storage::Database& db = m_db;
    if (previewDocument(m_parent, tr("Register of fiscal year %1").arg(*options.fiscalYear), QPageLayout::Landscape,
                        [=, &db](documents::PageWriter& p, QString* e) {
                            p.digits = office.documentDigits();
                            return documents::paintRegister(p, db, office, options, e);
                        })
        && !circulation)
        storage::recordDocumentPrinted(m_db, QStringLiteral("register"), QString::number(*options.fiscalYear),
                                       QStringLiteral("register"), QStringLiteral("print preview"));
}

void PrintMenu::printQuarterly(int year)
{
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    const QDate today = calendar::now().date();
    const int quarter = year == calendar::fiscalYearOf(today) ? calendar::fiscalQuarterOf(today) : 4;
    storage::Database& db = m_db;
    previewDocument(m_parent, tr("Quarterly summary %1/%2").arg(quarter).arg(year), QPageLayout::Portrait,
                    [=, &db](documents::PageWriter& p, QString* e) {
                        p.digits = office.documentDigits();
                        return documents::paintQuarterlyReport(p, db, office, year, quarter, today, e);
                    });
}

void PrintMenu::printMonthly()
{
    const QDate today = calendar::now().date();
    const QDate last = today.addMonths(-1);
    bool ok = false;
    const QString answer = Ask::text(m_parent, tr("Monthly complaint report"),
                                     tr("The month (month/Buddhist year, for example 1/2569):"), QLineEdit::Normal,
                                     QStringLiteral("%1/%2").arg(last.month()).arg(last.year() + 543), &ok)
                               .trimmed();
    if (!ok || answer.isEmpty())
        return;
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,2})\\s*/\\s*(\\d{4})$"));
    const auto m = shape.match(text::toArabicDigits(answer));
    const int month = m.captured(1).toInt();
    const int year = m.captured(2).toInt() - (m.captured(2).toInt() > 2400 ? 543 : 0);
    if (!m.hasMatch() || month < 1 || month > 12 || year < 1900) {
        Ask::warning(m_parent, tr("Monthly complaint report"),
                     tr("“%1” is not a month: write the month and the Buddhist year, like 1/2569.").arg(answer));
        return;
    }
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    storage::Database& db = m_db;
    const QDate first(year, month, 1);
    previewDocument(m_parent, tr("Monthly complaint report %1/%2").arg(month).arg(year + 543), QPageLayout::Portrait,
                    [=, &db](documents::PageWriter& p, QString* e) {
                        p.digits = office.documentDigits();
                        return documents::paintMonthlyReport(p, db, office, first, today, e);
                    });
}

} // namespace sujarit::gui
