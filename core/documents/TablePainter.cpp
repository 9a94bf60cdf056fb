// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePainter.h"

namespace sujarit::documents {

namespace {
constexpr qreal Pad = 1.4; // mm inside each cell: Thai leading vowels need air from the rule
constexpr qreal HeaderSmaller = 1.5; // pt
}

TablePainter::TablePainter(PageWriter& page, QList<TableColumn> columns, qreal points)
    : m_page(page)
    , m_columns(std::move(columns))
    , m_points(points)
{
}

qreal TablePainter::width() const
{
    qreal w = 0;
    for (const TableColumn& c : m_columns)
        w += c.width;
    return w;
}

void TablePainter::addRow(const QStringList& cells)
{
    QList<QStringList> wrapped;
    int lines = 1;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        // A line break in a cell starts a new line in it (a list of files, a note under a state).
        QStringList l;
        for (const QString& part : cells.value(i).split(u'\n', Qt::SkipEmptyParts)) {
            const QString text = part.simplified();
            if (!text.isEmpty())
                l << (m_columns[i].names ? m_page.wrapAtSpaces(text, m_columns[i].width - 2 * Pad, m_points)
                                         : m_page.wrap(text, m_columns[i].width - 2 * Pad, m_points));
        }
        if (l.isEmpty())
            l << QString();
        lines = std::max(lines, int(l.size()));
        wrapped << l;
    }
    m_rows << wrapped;
    m_heights << lines * m_page.lineHeight(m_points) + 2 * Pad;
}

qreal TablePainter::headerHeight() const
{
    int lines = 1;
    for (const TableColumn& c : m_columns)
        lines = std::max(lines, int(m_page.wrap(c.title, c.width - 2 * Pad, m_points - HeaderSmaller, 0, true).size()));
    return lines * m_page.lineHeight(m_points - HeaderSmaller) + 2 * Pad;
}

void TablePainter::layout(qreal firstTop, qreal otherTop)
{
    m_firstTop = firstTop;
    m_otherTop = otherTop;
    m_pages.clear();
    const qreal bottom = m_page.pageHeight() - m_page.bottom;
    QList<int> current;
    qreal y = firstTop + headerHeight();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (y + m_heights[r] > bottom && !current.isEmpty()) {
            m_pages << current;
            current.clear();
            y = otherTop + headerHeight();
        }
        current << r;
        y += m_heights[r];
    }
    m_pages << current; // an empty table still has one page, with its header
}

void TablePainter::paintHeader(qreal top)
{
    const qreal h = headerHeight();
    const qreal size = m_points - HeaderSmaller;
    const qreal lh = m_page.lineHeight(size);
    qreal x = m_page.left;
    for (const TableColumn& c : m_columns) {
        m_page.rect(x, top, c.width, h, 0.3);
        const QStringList lines = m_page.wrap(c.title, c.width - 2 * Pad, size, 0, true);
        qreal y = top + Pad + lh * 0.8 + (h - 2 * Pad - lines.size() * lh) / 2;
        for (const QString& l : lines) {
            m_page.text(x + c.width / 2, y, l, size, true, Align::Center);
            y += lh;
        }
        x += c.width;
    }
}

void TablePainter::paint(const std::function<void(int)>& decorate)
{
    const qreal lh = m_page.lineHeight(m_points);
    for (int p = 0; p < m_pages.size(); ++p) {
        if (p > 0)
            m_page.newPage();
        decorate(p);
        qreal top = p == 0 ? m_firstTop : m_otherTop;
        paintHeader(top);
        top += headerHeight();
        for (int r : m_pages[p]) {
            qreal x = m_page.left;
            for (qsizetype c = 0; c < m_columns.size(); ++c) {
                const TableColumn& col = m_columns[c];
                m_page.rect(x, top, col.width, m_heights[r]);
                qreal y = top + Pad + lh * 0.8;
                for (const QString& l : m_rows[r][c]) {
                    const qreal at = col.align == Align::Left ? x + Pad
                        : col.align == Align::Center          ? x + col.width / 2
                                                              : x + col.width - Pad;
                    m_page.text(at, y, l, m_points, false, col.align);
                    y += lh;
                }
                x += col.width;
            }
            top += m_heights[r];
        }
        m_page.y = top;
    }
}

} // namespace sujarit::documents
