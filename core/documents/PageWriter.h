// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "text/ThaiDigits.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace sujarit::documents {

/** Left, centre or right. */
enum class Align { Left, Center, Right };

/** A piece of a form line: printed words, or a dotted blank with what is written on it. */
struct FormPart {
    QString text;
    bool blank = false;
    qreal width = 0; ///< of a blank: mm when > 0; otherwise a share (weight −width, or 1 for 0) of what is left
                     ///< of the line up to the right margin
    bool center = true; ///< the written value centred on its blank
};
inline FormPart words(const QString& s) { return {s, false, 0, false}; }
inline FormPart field(const QString& value, qreal width = 0, bool center = true) { return {value, true, width, center}; }

/**
 * Writes an official Thai document onto a paged device (a QPdfWriter or a QPrinter) in millimetres from the page's
 * top-left corner: text on baselines, dotted lines to fill in, wrapped paragraphs, and page breaks. Official
 * margins by default (left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm). Every string can be put in Thai digits.
 */
class PageWriter
{
public:
    explicit PageWriter(QPagedPaintDevice* device);
    ~PageWriter();

    bool isActive() const { return m_painter.isActive(); }
    QPainter& painter() { return m_painter; }
    QPaintDevice* device() const;

    /** The Thai font: TH Sarabun New, TH SarabunPSK or Laksaman, whichever is installed first. */
    static QString fontFamily();
    QFont font(qreal points, bool bold = false) const;

    qreal pageWidth() const { return m_pageWidth; }
    qreal pageHeight() const { return m_pageHeight; }
    qreal left = 30, right = 20, top = 25, bottom = 20; ///< margins, mm
    qreal contentWidth() const { return m_pageWidth - left - right; }
    qreal contentRight() const { return m_pageWidth - right; }

    /** Digits drawn as Thai digits (๑๒๓) or Arabic. */
    text::Digits digits = text::Digits::Arabic;
    QString shown(const QString& s) const { return text::withDigits(s, digits); }

    qreal lineHeight(qreal points) const;
    qreal textWidth(const QString& s, qreal points, bool bold = false) const;
    /** Draws \a s with its baseline at \a y; \a x is the left edge, centre or right edge by \a align. */
    void text(qreal x, qreal y, const QString& s, qreal points, bool bold = false, Align align = Align::Left);
    /** A dotted line along a baseline, for writing on. */
    void dots(qreal x1, qreal x2, qreal y);
    /** A dotted blank from x to x + width with \a value written on it (left, or centred when \a center). */
    void blank(qreal x, qreal width, qreal y, const QString& value, qreal points, bool center = false);
    /** One line of a form: words and blanks side by side from \a x to \a until (default: the right margin). */
    qreal formLine(qreal x, qreal y, const QList<FormPart>& parts, qreal points, qreal until = -1);
    /**
     * Text written on dotted lines across the page, at least \a minLines of them, the first starting at \a x;
     * continues on the next page when it reaches the bottom. Leaves y on the last line.
     */
    void dottedText(qreal x, const QString& value, int minLines, qreal pitch, qreal points);
    /** Like wrap(), but breaks only at spaces where it can (for names); a word too long is still broken. */
    QStringList wrapAtSpaces(const QString& s, qreal width, qreal points) const;
    /** Lines of \a s wrapped to \a width mm (Thai word breaks), the first shortened by \a firstIndent. */
    QStringList wrap(const QString& s, qreal width, qreal points, qreal firstIndent = 0, bool bold = false) const;
    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal widthMm = 0.2);
    void rect(qreal x, qreal y, qreal w, qreal h, qreal widthMm = 0.2);
    void image(const QImage& image, const QRectF& mm);

    /** Starts the next page. */
    bool newPage();
    /**
     * A small line printed in the top margin of this page and every later one, above whatever the document draws
     * (e.g. "ITA 2568 · O19 ข้อมูลเชิงสถิติ…": the item a published document answers); cut short to one line.
     */
    void setRunningHead(const QString& head);
    int pageNumber() const { return m_page; }

    /** The vertical cursor for flowing documents: the baseline of the next line, in mm. */
    qreal y = 0;
    /** Moves the cursor down by \a mm, starting a new page first when that would cross the bottom margin. */
    void advance(qreal mm);
    /** True when \a mm more fits above the bottom margin. */
    bool fits(qreal mm) const { return y + mm <= m_pageHeight - bottom; }

    qreal toDevice(qreal mm) const { return mm * m_dotsPerMm; }

private:
    QPainter m_painter;
    QPagedPaintDevice* m_device;
    qreal m_dotsPerMm = 1;
    qreal m_pageWidth = 210, m_pageHeight = 297;
    int m_page = 1;
    QString m_runningHead;
    void paintRunningHead();
    mutable QHash<int, QFont> m_fonts;
};

} // namespace sujarit::documents
