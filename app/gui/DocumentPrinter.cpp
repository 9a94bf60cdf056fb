// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPrinter.h"

#include "documents/PageWriter.h"

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
            QMessageBox::warning(parent, title, PrintText::tr("This document cannot be printed: %1").arg(error));
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

} // namespace sujarit::gui
