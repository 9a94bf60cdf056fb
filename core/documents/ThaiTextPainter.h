// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFont>
#include <QPointF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace sujarit::documents {

/**
 * Lays out and draws Thai text for printing.
 *
 * Lines break where Qt's line-break finder allows, which puts Thai breaks between words (with libthai), never
 * inside a syllable; a word longer than the line is split between characters, never inside a cluster.
 * Each line is then drawn from the font's own glyphs for each character (its cmap), with the Thai marks placed by
 * rule: a tone mark with no upper vowel under it is lowered, marks over ป ฝ ฟ move left, a lower vowel under ฎ ฏ
 * moves down. Qt's OpenType shaping would pick the font's private-use variants for these marks instead, and a PDF
 * made that way reads back (pdftotext, copy and paste, search) with tone marks missing. Drawn this way the
 * printout looks the same and every character reads back as written.
 */
class ThaiTextPainter
{
public:
    /** Breaks \a text into lines of at most \a width device pixels for \a font on \a device. */
    static QStringList wrap(const QString& text, const QFont& font, qreal width, QPaintDevice* device);
    /** The width of one line as drawn. */
    static qreal width(const QString& text, const QFont& font, QPaintDevice* device);
    /** Draws one line with its baseline starting at \a baseline. */
    static void draw(QPainter& painter, QPointF baseline, const QString& line, const QFont& font);
};

} // namespace sujarit::documents
