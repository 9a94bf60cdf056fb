// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace sujarit::cli {

/** Columns of text aligned for a terminal; Thai vowel signs and tone marks take no width. */
class TextTable
{
public:
    explicit TextTable(QStringList header)
        : m_rows{std::move(header)}
    {
    }
    void addRow(QStringList row) { m_rows.append(std::move(row)); }
    /** Cuts cells of column \a column to \a width display cells. */
    void setMaxWidth(int column, int width);
    QString toString() const;

    static int displayWidth(const QString& s);

private:
    QList<QStringList> m_rows;
    QList<std::pair<int, int>> m_limits;
};

} // namespace sujarit::cli
