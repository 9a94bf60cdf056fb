// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPrinter.h"
#include "Ask.h"

#include "storage/Audit.h"

#include "complaints/Complaint.h"
#include "documents/ComplaintForm.h"
#include "documents/PageWriter.h"
#include "documents/ReceiptDocument.h"
#include "office/OfficeProfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace sujarit::gui {

namespace {
struct PrintText {
    Q_DECLARE_TR_FUNCTIONS(PrintText)
};
} // namespace

bool previewDocument(QWidget* parent, const QString& title, QPageLayout::Orientation orientation,
                     const documents::DocumentPainter& paint)
{
    // A trial run on a throwaway PDF finds what would stop the document, before any dialog opens.
    {
        QBuffer trial;
        trial.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&trial);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0)));
        documents::PageWriter page(&pdf);
        QString error;
        if (!paint(page, &error)) {
            Ask::warning(parent, title, PrintText::tr("This document cannot be printed: %1").arg(error));
            return false;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0)));
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        documents::PageWriter page(target);
        QString error;
        paint(page, &error);
    });
    return dialog.exec() == QDialog::Accepted;
}

void previewReceipt(QWidget* parent, storage::Database& db, const complaints::Complaint& complaint)
{
    const office::OfficeProfile office = office::OfficeProfile::load(db);
    const complaints::Complaint c = complaint;
    if (previewDocument(parent, PrintText::tr("Receipt %1").arg(c.receipt.toString()), QPageLayout::Portrait,
                        [=, &db](documents::PageWriter& p, QString* e) {
                            p.digits = office.documentDigits();
                            return documents::paintReceipt(p, db, c, office, e);
                        })
        && !c.anonymous)
        storage::recordDocumentPrinted(db, QStringLiteral("complaints"), QString::number(c.id), QStringLiteral("receipt"),
                                       QStringLiteral("print preview"));
}

void previewComplaintForm(QWidget* parent, storage::Database& db, const complaints::Complaint* complaint)
{
    const office::OfficeProfile office = office::OfficeProfile::load(db);
    const std::optional<complaints::Complaint> c = complaint ? std::optional(*complaint) : std::nullopt;
    const QString title = c ? PrintText::tr("Complaint form %1").arg(c->receipt.toString())
                            : PrintText::tr("Blank complaint form");
    if (previewDocument(parent, title, QPageLayout::Portrait,
                        [=](documents::PageWriter& p, QString* e) {
                            p.digits = office.documentDigits();
                            return documents::paintComplaintForm(p, c ? &*c : nullptr, office, e);
                        })
        && c && !c->anonymous)
        storage::recordDocumentPrinted(db, QStringLiteral("complaints"), QString::number(c->id),
                                       QStringLiteral("complaint_form"), QStringLiteral("print preview"));
}

} // namespace sujarit::gui
