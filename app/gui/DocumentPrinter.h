// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "documents/PdfExport.h"

#include <QPageLayout>
#include <QString>

class QWidget;

namespace sujarit::storage {
class Database;
}
namespace sujarit::complaints {
struct Complaint;
}

namespace sujarit::gui {

/**
 * Shows a document in Qt's print preview, from where it goes to a printer or to a PDF file. The same painting code
 * that sujarit-cli sends to a QPdfWriter paints on the QPrinter here. A document that cannot be made (say, the office
 * profile lacks a field) is reported before the preview opens.
 */
bool previewDocument(QWidget* parent, const QString& title, QPageLayout::Orientation orientation,
                     const documents::DocumentPainter& paint);

/** The complainant's receipt for \a complaint, in the print preview. */
void previewReceipt(QWidget* parent, storage::Database& db, const complaints::Complaint& complaint);
/** The complaint form filled from \a complaint, or blank when it is null, in the print preview. */
void previewComplaintForm(QWidget* parent, storage::Database& db, const complaints::Complaint* complaint);

} // namespace sujarit::gui
