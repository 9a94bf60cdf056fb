// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfExport.h"

#include "PageWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QBuffer>

#include "storage/SafeFile.h"

namespace sujarit::documents {

namespace {
struct PdfText {
    Q_DECLARE_TR_FUNCTIONS(PdfText)
};
} // namespace

bool writePdf(const QString& path, QPageLayout::Orientation orientation, const DocumentPainter& paint, QString* error,
              const QString& title)
{
    // Painted in memory, then written beside the target owner-only from its first byte and renamed over it: a PDF
    // may name a complainant, and a kill half-way leaves the old file or the new one.
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(600);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0)));
        pdf.setCreator(QStringLiteral("Sujarit"));
        pdf.setTitle(title.isEmpty() ? QFileInfo(path).completeBaseName() : title);
        PageWriter writer(&pdf);
        if (!writer.isActive()) {
            if (error)
                *error = PdfText::tr("cannot start a PDF at %1").arg(path);
            return false;
        }
        if (!paint(writer, error)) {
            writer.painter().end();
            return false;
        }
    }
    return storage::writeFileAtomically(path, file.data(), storage::OwnerOnly, error);
}

} // namespace sujarit::documents
