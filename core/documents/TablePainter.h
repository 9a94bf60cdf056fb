// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "PageWriter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace sujarit::documents {

struct TableColumn {
    QString title;
    qreal width; ///< mm
    Align align = Align::Left;
    bool names = false; ///< people's names: break lines at spaces, not inside a surname
};

/**
 * A ruled table that runs over as many pages as it needs: cells wrap at Thai word boundaries, a row never splits
 * across pages, and the column headers repeat at the top of every page. Lay it out first (pageCount() is then
 * known, for "หน้า ๑/๑๒"), then paint.
 */
class TablePainter
{
public:
    TablePainter(PageWriter& page, QList<TableColumn> columns, qreal points);

    void addRow(const QStringList& cells);
    /** Splits the rows into pages; \a firstTop and \a otherTop are where the table starts on each page (mm). */
    void layout(qreal firstTop, qreal otherTop);
    int pageCount() const { return int(m_pages.size()); }
    /**
     * Paints every page; \a decorate draws what surrounds the table on each page (heading, page number), called
     * with the page's index from 0 before its rows.
     */
    void paint(const std::function<void(int pageIndex)>& decorate);

    qreal width() const;

private:
    qreal headerHeight() const;
    void paintHeader(qreal top);

    PageWriter& m_page;
    QList<TableColumn> m_columns;
    qreal m_points;
    QList<QList<QStringList>> m_rows; ///< row → cell → lines
    QList<qreal> m_heights;
    QList<QList<int>> m_pages; ///< page → row indexes
    qreal m_firstTop = 0, m_otherTop = 0;
};

} // namespace sujarit::documents
