// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "PageWriter.h"
#include "TablePainter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sujarit::documents {

/**
 * Flowing official text in 16 pt: headings, paragraphs, indented items and ruled tables, carried over pages with the
 * page number at the top of every page after the first ("- ๒ -"), as official papers are (the manual, an agenda).
 */
class FlowWriter
{
public:
    static constexpr qreal Body = 16;
    static constexpr qreal Line = 7.6; ///< single spacing of 16 pt with room for the marks above and below a line
    static constexpr qreal Indent = 15;

    explicit FlowWriter(PageWriter& page) : m_page(page) {}

    void nextPage();
    /** A new page first when \a mm do not fit. */
    void room(qreal mm);
    void heading(const QString& s);
    /** A paragraph whose first line starts at \a first mm and whose others at \a rest mm from the margin. */
    void paragraph(const QString& s, qreal first = Indent, qreal rest = 0, bool bold = false);
    /** A numbered item: its first line at the indent, the others under its text. */
    void item(const QString& s) { paragraph(s, Indent, Indent + 6); }
    void table(const QList<TableColumn>& columns, const QList<QStringList>& rows);
    /** Centred lines at the top of the first page, the first \a boldLines of them bold. */
    void title(const QStringList& lines, int boldLines = 1);
    /** A signature on the right half: "ลงชื่อ ……", the name in brackets (dotted when empty) and \a role under it. */
    void signature(const QString& role, const QString& name = {});
    PageWriter& page() { return m_page; }

private:
    void pageNumber();

    PageWriter& m_page;
};

} // namespace sujarit::documents
