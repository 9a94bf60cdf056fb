// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include <algorithm>

namespace sujarit::cli {

namespace {
bool isZeroWidth(char16_t c)
{
    return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E) || c == 0x200B;
}

QString cut(const QString& s, int width)
{
    if (TextTable::displayWidth(s) <= width)
        return s;
    QString out;
    int w = 0;
    for (QChar c : s) {
        const int cw = isZeroWidth(c.unicode()) ? 0 : 1;
        if (w + cw > width - 1)
            break;
        out.append(c);
        w += cw;
    }
    return out + QStringLiteral("…");
}
} // namespace

int TextTable::displayWidth(const QString& s)
{
    int w = 0;
    for (QChar c : s)
        if (!isZeroWidth(c.unicode()))
            ++w;
    return w;
}

void TextTable::setMaxWidth(int column, int width) { m_limits.append({column, width}); }

QString TextTable::toString() const
{
    QList<QStringList> rows = m_rows;
    for (QStringList& row : rows)
        for (const auto& [column, width] : m_limits)
            if (column < row.size())
                row[column] = cut(row[column].simplified(), width);
    QList<int> widths;
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], displayWidth(row[i]));
        }
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += QString(widths[i] - displayWidth(row[i]) + 2, u' ');
        }
        out += line.trimmed() + u'\n';
    }
    return out;
}

} // namespace sujarit::cli
