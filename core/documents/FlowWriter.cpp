// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowWriter.h"

namespace sujarit::documents {

void FlowWriter::pageNumber()
{
    m_page.text(m_page.left + m_page.contentWidth() / 2, m_page.top, QStringLiteral("- %1 -").arg(m_page.pageNumber()), Body,
                false, Align::Center);
}

void FlowWriter::nextPage()
{
    m_page.newPage();
    pageNumber();
    m_page.y = m_page.top + Line * 1.5;
}

void FlowWriter::room(qreal mm)
{
    if (!m_page.fits(mm))
        nextPage();
}

void FlowWriter::heading(const QString& s)
{
    room(Line * 3);
    m_page.y += Line * 0.4;
    m_page.text(m_page.left, m_page.y, s, Body, true);
    m_page.y += Line * 1.05;
}

void FlowWriter::paragraph(const QString& s, qreal first, qreal rest, bool bold)
{
    const QStringList lines = m_page.wrap(s, m_page.contentWidth() - rest, Body, first - rest, bold);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        room(Line);
        m_page.text(m_page.left + (i == 0 ? first : rest), m_page.y, lines[i], Body, bold);
        m_page.y += Line;
    }
}

void FlowWriter::table(const QList<TableColumn>& columns, const QList<QStringList>& rows)
{
    TablePainter t(m_page, columns, 14);
    for (const QStringList& r : rows)
        t.addRow(r);
    room(Line * 4);
    t.layout(m_page.y - Line * 0.6, m_page.top + Line);
    t.paint([&](int index) {
        if (index > 0)
            pageNumber();
    });
    m_page.y += Line * 1.2;
}

void FlowWriter::title(const QStringList& lines, int boldLines)
{
    const qreal mid = m_page.left + m_page.contentWidth() / 2;
    m_page.y = m_page.top;
    for (qsizetype i = 0; i < lines.size(); ++i)
        for (const QString& line : m_page.wrap(lines[i], m_page.contentWidth(), Body, 0, i < boldLines)) {
            m_page.text(mid, m_page.y, line, Body, i < boldLines, Align::Center);
            m_page.y += Line;
        }
    m_page.y += Line * 0.5;
}

void FlowWriter::signature(const QString& role, const QString& name)
{
    room(Line * 4.5);
    m_page.y += Line;
    const qreal x = m_page.left + m_page.contentWidth() * 0.45, w = m_page.contentWidth() * 0.55;
    m_page.formLine(x, m_page.y, {words(QStringLiteral("ลงชื่อ")), field(QString(), -1)}, Body, x + w);
    m_page.y += Line;
    m_page.text(x + w / 2, m_page.y, name.isEmpty() ? QStringLiteral("(.......................................)")
                                                     : QStringLiteral("(%1)").arg(name),
                Body, false, Align::Center);
    m_page.y += Line;
    if (!role.isEmpty()) {
        m_page.text(x + w / 2, m_page.y, role, Body, false, Align::Center);
        m_page.y += Line;
    }
}

} // namespace sujarit::documents
