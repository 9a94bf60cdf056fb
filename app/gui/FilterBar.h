// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/ComplaintRepository.h"

#include <QObject>
#include <QTimer>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * The register's filter bar: fiscal year, step, channel, category, overdue only, the officer's own division's cases,
 * and search as one types (a fifth of a second after the last key). It fills its lists from the register and says
 * when the filter changed; the widgets are the main window's (forms/MainWindow.ui).
 */
class FilterBar : public QObject
{
    Q_OBJECT
public:
    struct Widgets {
        QComboBox* year;
        QComboBox* step;
        QComboBox* channel;
        QComboBox* category;
        QCheckBox* overdue;
        QCheckBox* mine;
        QLineEdit* search;
    };
    FilterBar(storage::Database& db, const Widgets& widgets, QObject* parent);

    /** Fills the lists again (the years the register holds now), keeping what was chosen. */
    void fill();
    /** The filter chosen, sorted as \a sortedLike is. */
    complaints::ComplaintFilter filter(const complaints::ComplaintFilter& sortedLike) const;
    /** The fiscal year chosen, or none for all years. */
    std::optional<int> fiscalYear() const;

signals:
    void changed();

private:
    storage::Database& m_db;
    Widgets m_w;
    QTimer m_searchDelay;
};

} // namespace sujarit::gui
