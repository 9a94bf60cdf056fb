// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThaiTextPainter.h"

#include <QGlyphRun>
#include <QHash>
#include <QPainter>
#include <QRawFont>
#include <QTextBoundaryFinder>

namespace sujarit::documents {

namespace {

bool isUpperVowel(char16_t c) { return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E37) || c == 0x0E47 || c == 0x0E4D; }
bool isToneMark(char16_t c) { return c >= 0x0E48 && c <= 0x0E4C; }
bool isLowerVowel(char16_t c) { return c >= 0x0E38 && c <= 0x0E3A; }
bool isThaiMark(char16_t c) { return isUpperVowel(c) || isToneMark(c) || isLowerVowel(c); }
bool hasTallAscender(char16_t c) { return c == 0x0E1B || c == 0x0E1D || c == 0x0E1F; } // ป ฝ ฟ
bool hasLongDescender(char16_t c) { return c == 0x0E0E || c == 0x0E0F; } // ฎ ฏ

/** How far marks move, from the font's own glyph boxes. */
struct MarkShifts {
    qreal lowerTone = 0; ///< down, for a tone mark with no upper vowel
    qreal leftOfAscender = 0; ///< left, over ป ฝ ฟ
    qreal belowDescender = 0; ///< down, under ฎ ฏ
};

MarkShifts shiftsFor(const QRawFont& raw)
{
    auto box = [&](const char16_t c) {
        const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(c)));
        return g.isEmpty() ? QRectF() : raw.boundingRect(g.first());
    };
    MarkShifts s;
    const QRectF consonant = box(0x0E01); // ก
    const QRectF upper = box(0x0E35); // ี
    if (consonant.isValid() && upper.isValid() && upper.top() < consonant.top())
        s.lowerTone = consonant.top() - upper.top();
    const QRectF tall = box(0x0E1B); // ป
    if (tall.isValid() && consonant.isValid())
        s.leftOfAscender = raw.pixelSize() * 0.08; // about the width of the ascender stroke
    const QRectF deep = box(0x0E0E); // ฎ
    if (deep.isValid() && consonant.isValid())
        s.belowDescender = std::max<qreal>(0, deep.bottom() - consonant.bottom());
    return s;
}

} // namespace

namespace {

qreal advanceOf(const QRawFont& raw, const QString& s)
{
    if (s.isEmpty())
        return 0;
    const QList<QPointF> advances = raw.advancesForGlyphIndexes(raw.glyphIndexesForString(s));
    qreal w = 0;
    for (const QPointF& a : advances)
        w += a.x();
    return w;
}

/** Pieces of \a s between which a line may break: Thai words (libthai, through Qt), spaces, and so on. */
QStringList breakPieces(const QString& s, QTextBoundaryFinder::BoundaryType type)
{
    QStringList pieces;
    QTextBoundaryFinder finder(type, s);
    qsizetype from = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype at = finder.position();
        if (at > from)
            pieces << s.mid(from, at - from);
        from = at;
    }
    if (from < s.size())
        pieces << s.mid(from);
    // Keep "12/2568" and "๑/๒๕๖๘" whole: no break after a slash that a digit follows.
    for (qsizetype i = pieces.size() - 1; i > 0; --i)
        if (pieces[i - 1].endsWith(u'/') && pieces[i].at(0).isDigit())
            pieces[i - 1] += pieces.takeAt(i);
    return pieces;
}

/** The raw font and its mark shifts for \a font, made once per font (documents draw thousands of cells). */
struct PreparedFont {
    QRawFont raw;
    MarkShifts shifts;
};

const PreparedFont& prepared(const QFont& font)
{
    static QHash<quint64, PreparedFont> cache;
    const quint64 key = (quint64(qHash(font.family())) << 32) ^ (quint64(font.pixelSize()) << 12)
        ^ (quint64(font.weight()) << 1) ^ quint64(font.italic());
    auto it = cache.find(key);
    if (it == cache.end()) {
        PreparedFont p;
        p.raw = QRawFont::fromFont(font, QFontDatabase::Thai);
        if (p.raw.isValid())
            p.shifts = shiftsFor(p.raw);
        it = cache.insert(key, p);
    }
    return it.value();
}

} // namespace

QStringList ThaiTextPainter::wrap(const QString& text, const QFont& font, qreal width, QPaintDevice*)
{
    const QRawFont& raw = prepared(font).raw;
    QStringList lines;
    for (const QString& paragraph : text.split(u'\n')) {
        QString line;
        qreal used = 0;
        auto flush = [&] {
            lines << line.trimmed();
            line.clear();
            used = 0;
        };
        QStringList pieces = breakPieces(paragraph, QTextBoundaryFinder::Line);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const QString& piece = pieces[i];
            const qreal w = advanceOf(raw, piece);
            const qreal visible = advanceOf(raw, piece.trimmed());
            if (used + visible <= width || line.trimmed().isEmpty()) {
                if (visible > width && line.trimmed().isEmpty()) {
                    // One word longer than the line: break it between characters, never inside a cluster.
                    const QStringList clusters = breakPieces(piece, QTextBoundaryFinder::Grapheme);
                    for (const QString& c : clusters) {
                        const qreal cw = advanceOf(raw, c);
                        if (used + cw > width && !line.isEmpty())
                            flush();
                        line += c;
                        used += cw;
                    }
                    continue;
                }
                line += piece;
                used += w;
            } else {
                flush();
                line = piece;
                used = w;
            }
        }
        flush();
    }
    return lines;
}

qreal ThaiTextPainter::width(const QString& text, const QFont& font, QPaintDevice*)
{
    return advanceOf(prepared(font).raw, text);
}

void ThaiTextPainter::draw(QPainter& painter, QPointF baseline, const QString& line, const QFont& font)
{
    if (line.isEmpty())
        return;
    const PreparedFont& p = prepared(font);
    const QRawFont& raw = p.raw;
    if (!raw.isValid()) {
        painter.setFont(font);
        painter.drawText(baseline, line);
        return;
    }
    const QList<quint32> glyphs = raw.glyphIndexesForString(line);
    if (glyphs.size() != line.size()) { // characters outside the BMP: let Qt shape it
        painter.setFont(font);
        painter.drawText(baseline, line);
        return;
    }
    const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs);
    const MarkShifts& shift = p.shifts;
    QList<QPointF> positions;
    positions.reserve(glyphs.size());
    qreal x = 0;
    char16_t base = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line[i].unicode();
        QPointF at(x, 0);
        if (!isThaiMark(c)) {
            base = c;
        } else {
            const char16_t prev = i > 0 ? line[i - 1].unicode() : 0;
            const char16_t next = i + 1 < line.size() ? line[i + 1].unicode() : 0;
            if (isToneMark(c) && !isUpperVowel(prev) && next != 0x0E33 /* ำ */)
                at.ry() += shift.lowerTone;
            if ((isUpperVowel(c) || isToneMark(c)) && hasTallAscender(base))
                at.rx() -= shift.leftOfAscender;
            if (isLowerVowel(c) && hasLongDescender(base))
                at.ry() += shift.belowDescender;
        }
        positions << at;
        x += advances[i].x();
    }
    QGlyphRun run;
    run.setRawFont(raw);
    run.setGlyphIndexes(glyphs);
    run.setPositions(positions);
    painter.drawGlyphRun(baseline, run);
}

} // namespace sujarit::documents
