// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfExport.h"

#include "PageWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace sujarit::documents {

namespace {
struct PdfText {
    Q_DECLARE_TR_FUNCTIONS(PdfText)
};
} // namespace

bool writePdf(const QString& path, QPageLayout::Orientation orientation, const DocumentPainter& paint, QString* error,
              const QString& title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = PdfText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
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
            file.cancelWriting();
            return false;
        }
        if (!paint(writer, error)) {
            writer.painter().end();
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = PdfText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sujarit::documents
