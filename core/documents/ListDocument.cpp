// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListDocument.h"

#include "PageWriter.h"

namespace sujarit::documents {

bool paintList(PageWriter& page, const ListDocument& list, QString*)
{
    const bool landscape = list.orientation == QPageLayout::Landscape;
    page.left = landscape ? 12 : 25;
    page.right = landscape ? 12 : 15;
    page.top = 14;
    page.bottom = 14;
    constexpr qreal Size = 13;
    // Columns given a width of 0 share what the others leave.
    QList<TableColumn> columns = list.columns;
    qreal fixed = 0;
    int flexible = 0;
    for (const TableColumn& c : columns)
        c.width > 0 ? fixed += c.width : ++flexible;
    for (TableColumn& c : columns)
        if (c.width <= 0)
            c.width = (page.contentWidth() - fixed) / std::max(1, flexible);
    TablePainter t(page, columns, Size);
    for (const QStringList& row : list.rows)
        t.addRow(row);
    const qreal center = page.left + t.width() / 2;
    const QStringList titleLines = page.wrap(list.title, t.width(), 16, 0, true);
    const qreal headingEnd = page.top + 3 + (titleLines.size() + list.subtitles.size()) * page.lineHeight(16);
    t.layout(headingEnd, page.top + page.lineHeight(13) + 2);
    const int pages = t.pageCount();
    t.paint([&](int index) {
        page.text(page.left + t.width(), page.pageHeight() - page.bottom + 6,
                  QStringLiteral("หน้า %1/%2").arg(index + 1).arg(pages), 12, false, Align::Right);
        if (index == 0) {
            qreal y = page.top + 5 - page.lineHeight(16);
            for (const QString& line : titleLines)
                page.text(center, y += page.lineHeight(16), line, 16, true, Align::Center);
            for (const QString& line : list.subtitles)
                page.text(center, y += page.lineHeight(16), line, 14, false, Align::Center);
        } else {
            page.text(page.left, page.top + 4, list.title, 11);
        }
    });
    if (list.rows.isEmpty()) {
        page.text(center, page.y + page.lineHeight(14), list.emptyText, 14, false, Align::Center);
        page.advance(page.lineHeight(14) * 1.5);
    }
    page.advance(page.lineHeight(14) * 0.5);
    for (const QString& paragraph : list.closing) {
        const QStringList lines = page.wrap(paragraph, t.width(), 14, 15);
        if (!page.fits(lines.size() * page.lineHeight(14)) && !page.newPage())
            return false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            page.text(page.left + (i == 0 ? 15 : 0), page.y + page.lineHeight(14) * 0.8, lines[i], 14);
            page.advance(page.lineHeight(14));
        }
    }
    const qreal block = 3 * page.lineHeight(14);
    for (qsizetype i = 0; i < list.signatures.size(); ++i) {
        // Two blocks side by side: the first on the left half, the second on the right.
        const bool right = i % 2 == 1 || list.signatures.size() == 1;
        if (!right || list.signatures.size() == 1) {
            page.advance(page.lineHeight(14));
            if (!page.fits(block) && !page.newPage())
                return false;
        }
        const qreal x = right ? page.left + t.width() * 0.55 : page.left + t.width() * 0.05;
        const qreal w = t.width() * 0.4;
        const qreal top = page.y + page.lineHeight(14);
        page.formLine(x, top, { words(QStringLiteral("ลงชื่อ")), field(QString(), -1) }, 14, x + w);
        page.text(x + w / 2, top + page.lineHeight(14), QStringLiteral("(.......................................)"), 14,
                  false, Align::Center);
        page.text(x + w / 2, top + 2 * page.lineHeight(14), list.signatures[i], 14, false, Align::Center);
        if (right)
            page.advance(block);
    }
    return true;
}

DocumentPainter listPainter(const ListDocument& list, text::Digits digits)
{
    return [list, digits](PageWriter& page, QString* why) {
        page.digits = digits;
        return paintList(page, list, why);
    };
}

} // namespace sujarit::documents
