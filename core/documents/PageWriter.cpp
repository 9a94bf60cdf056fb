// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageWriter.h"

#include "ThaiTextPainter.h"

#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPen>

namespace sujarit::documents {

PageWriter::PageWriter(QPagedPaintDevice* device)
    : m_device(device)
{
    const QPageLayout layout = device->pageLayout();
    const QRectF full = layout.fullRectPoints();
    m_pageWidth = full.width() * 25.4 / 72.0;
    m_pageHeight = full.height() * 25.4 / 72.0;
    m_dotsPerMm = device->logicalDpiX() / 25.4;
    m_painter.begin(device);
    // The device paints inside its own margins; we place everything from the paper's corner ourselves.
    const QMarginsF margins = layout.marginsPoints();
    m_painter.translate(-margins.left() * device->logicalDpiX() / 72.0, -margins.top() * device->logicalDpiY() / 72.0);
    m_painter.setRenderHint(QPainter::Antialiasing);
    y = top;
}

PageWriter::~PageWriter()
{
    if (m_painter.isActive())
        m_painter.end();
}

QPaintDevice* PageWriter::device() const { return m_device; }

QString PageWriter::fontFamily()
{
    static const QString family = [] {
        for (const char* name : {"TH Sarabun New", "TH SarabunPSK", "Sarabun", "Laksaman"})
            if (QFontDatabase::hasFamily(QString::fromLatin1(name)))
                return QString::fromLatin1(name);
        return QStringLiteral("Laksaman");
    }();
    return family;
}

QFont PageWriter::font(qreal points, bool bold) const
{
    const int key = qRound(points * 10) * 2 + (bold ? 1 : 0);
    if (const auto it = m_fonts.constFind(key); it != m_fonts.constEnd())
        return it.value();
    QFont f(fontFamily());
    f.setPixelSize(qMax(1, qRound(points / 72.0 * 25.4 * m_dotsPerMm)));
    f.setBold(bold);
    f.setKerning(false);
    m_fonts.insert(key, f);
    return f;
}

qreal PageWriter::lineHeight(qreal points) const
{
    // TH Sarabun-style fonts: single spacing is about 1.15 of the point size.
    return points * 25.4 / 72.0 * 1.15;
}

qreal PageWriter::textWidth(const QString& s, qreal points, bool bold) const
{
    return ThaiTextPainter::width(shown(s), font(points, bold), m_device) / m_dotsPerMm;
}

void PageWriter::text(qreal x, qreal yMm, const QString& s, qreal points, bool bold, Align align)
{
    const QString t = shown(s);
    const QFont f = font(points, bold);
    qreal left = x;
    if (align != Align::Left) {
        const qreal w = ThaiTextPainter::width(t, f, m_device) / m_dotsPerMm;
        left = align == Align::Center ? x - w / 2 : x - w;
    }
    m_painter.setPen(Qt::black);
    ThaiTextPainter::draw(m_painter, QPointF(toDevice(left), toDevice(yMm)), t, f);
}

void PageWriter::dots(qreal x1, qreal x2, qreal yMm)
{
    if (x2 <= x1)
        return;
    QPen pen(Qt::black);
    pen.setWidthF(toDevice(0.25));
    pen.setStyle(Qt::CustomDashLine);
    pen.setDashPattern({0.6, 2.2});
    pen.setCapStyle(Qt::RoundCap);
    m_painter.setPen(pen);
    const qreal base = toDevice(yMm + 0.8);
    m_painter.drawLine(QPointF(toDevice(x1), base), QPointF(toDevice(x2), base));
}

void PageWriter::blank(qreal x, qreal width, qreal yMm, const QString& value, qreal points, bool center)
{
    dots(x, x + width, yMm);
    if (value.isEmpty())
        return;
    if (center)
        text(x + width / 2, yMm, value, points, false, Align::Center);
    else
        text(x + 1.5, yMm, value, points);
}

qreal PageWriter::formLine(qreal x, qreal yMm, const QList<FormPart>& parts, qreal points, qreal until)
{
    // Flexible blanks share what the words and fixed blanks leave, but each is at least as wide as its value.
    const qreal right = until > 0 ? until : contentRight();
    QList<qreal> widths(parts.size(), 0);
    qreal used = 0, weights = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const FormPart& part = parts[i];
        if (!part.blank)
            widths[i] = textWidth(part.text, points);
        else if (part.width > 0)
            widths[i] = std::max(part.width, part.text.isEmpty() ? 0 : textWidth(part.text, points) + 3);
        else {
            widths[i] = part.text.isEmpty() ? 6 : textWidth(part.text, points) + 4;
            weights += part.width < 0 ? -part.width : 1;
        }
        used += widths[i];
    }
    // What is left of the line goes to the flexible blanks by weight, on top of what their values need.
    const qreal spare = std::max<qreal>(0, right - x - used);
    if (weights > 0)
        for (qsizetype i = 0; i < parts.size(); ++i)
            if (parts[i].blank && parts[i].width <= 0)
                widths[i] += spare * (parts[i].width < 0 ? -parts[i].width : 1) / weights;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const FormPart& part = parts[i];
        if (part.blank)
            blank(x, widths[i], yMm, part.text, points, part.center);
        else
            text(x, yMm, part.text, points);
        x += widths[i];
    }
    return x;
}

void PageWriter::dottedText(qreal x, const QString& value, int minLines, qreal pitch, qreal points)
{
    const QStringList lines = value.trimmed().isEmpty()
        ? QStringList()
        : wrap(value.trimmed(), contentRight() - left - 3, points, x - left);
    const int count = std::max<int>(minLines, int(lines.size()));
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            advance(pitch);
        const qreal from = i == 0 ? x : left;
        blank(from, contentRight() - from, y, lines.value(i), points, false);
    }
}

QStringList PageWriter::wrapAtSpaces(const QString& s, qreal width, qreal points) const
{
    QStringList lines;
    QString current;
    for (const QString& word : s.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + u' ' + word;
        if (textWidth(candidate, points) <= width || current.isEmpty()) {
            current = candidate;
            continue;
        }
        lines << current;
        current = word;
    }
    lines << current;
    QStringList out;
    for (const QString& l : lines)
        out << (textWidth(l, points) > width ? wrap(l, width, points) : QStringList{l});
    return out;
}

QStringList PageWriter::wrap(const QString& s, qreal width, qreal points, qreal firstIndent, bool bold) const
{
    const QFont f = font(points, bold);
    if (firstIndent <= 0)
        return ThaiTextPainter::wrap(shown(s), f, toDevice(width), m_device);
    // The first line is shorter: lay it out alone, then the rest at full width.
    const QStringList first = ThaiTextPainter::wrap(shown(s), f, toDevice(width - firstIndent), m_device);
    if (first.size() <= 1)
        return first;
    QString rest = shown(s);
    rest = rest.mid(rest.indexOf(first.first()) + first.first().size()).trimmed();
    return QStringList{first.first()} + ThaiTextPainter::wrap(rest, f, toDevice(width), m_device);
}

void PageWriter::line(qreal x1, qreal y1, qreal x2, qreal y2, qreal widthMm)
{
    QPen pen(Qt::black);
    pen.setWidthF(toDevice(widthMm));
    m_painter.setPen(pen);
    m_painter.drawLine(QPointF(toDevice(x1), toDevice(y1)), QPointF(toDevice(x2), toDevice(y2)));
}

void PageWriter::rect(qreal x, qreal yMm, qreal w, qreal h, qreal widthMm)
{
    QPen pen(Qt::black);
    pen.setWidthF(toDevice(widthMm));
    m_painter.setPen(pen);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(QRectF(toDevice(x), toDevice(yMm), toDevice(w), toDevice(h)));
}

void PageWriter::image(const QImage& img, const QRectF& mm)
{
    const QRectF target(toDevice(mm.x()), toDevice(mm.y()), toDevice(mm.width()), toDevice(mm.height()));
    const QSizeF fitted = QSizeF(img.size()).scaled(target.size(), Qt::KeepAspectRatio);
    const QRectF centred(target.center().x() - fitted.width() / 2, target.top(), fitted.width(), fitted.height());
    m_painter.drawImage(centred, img);
}

bool PageWriter::newPage()
{
    if (!m_device->newPage())
        return false;
    ++m_page;
    y = top;
    paintRunningHead();
    return true;
}

void PageWriter::setRunningHead(const QString& head)
{
    m_runningHead = head;
    paintRunningHead();
}

void PageWriter::paintRunningHead()
{
    if (m_runningHead.isEmpty())
        return;
    // In the top margin, clear of every document's own first line (lists start at 14 mm, letters at 25 mm).
    constexpr qreal Margin = 12, Points = 11;
    const QStringList lines = wrap(m_runningHead, m_pageWidth - 2 * Margin, Points);
    QString shownHead = lines.value(0);
    if (lines.size() > 1)
        shownHead = wrap(m_runningHead, m_pageWidth - 2 * Margin - textWidth(QStringLiteral("…"), Points), Points)
                        .value(0)
            + QStringLiteral("…");
    const QPen pen = m_painter.pen();
    m_painter.setPen(QColor(80, 80, 80));
    text(Margin, 8.5, shownHead, Points);
    m_painter.setPen(pen);
}

void PageWriter::advance(qreal mm)
{
    if (!fits(mm))
        newPage();
    y += mm;
}

} // namespace sujarit::documents
