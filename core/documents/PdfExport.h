// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QPageLayout>
#include <QString>
#include <functional>

namespace sujarit::documents {

class PageWriter;

/** Paints a document; returns false with a reason in \a error when it cannot. */
using DocumentPainter = std::function<bool(PageWriter&, QString* error)>;

/**
 * Writes a PDF (A4, fonts embedded) to \a path through a temporary file that replaces \a path only when the whole
 * document was written: a failure never leaves a half-written PDF behind.
 */
bool writePdf(const QString& path, QPageLayout::Orientation orientation, const DocumentPainter& paint,
              QString* error, const QString& title = QString());

} // namespace sujarit::documents
