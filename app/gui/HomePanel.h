// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>
#include <memory>

namespace Ui {
class HomePanel;
}
namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * What needs doing today: overdue cases (red), cases due today and this week, new cases not yet registered, and the
 * fiscal year's counts. Every case in it opens with a double-click (or Enter).
 */
class HomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit HomePanel(storage::Database& db, QWidget* parent = nullptr);
    ~HomePanel() override;

    /** Items under each heading, for tests: overdue, today, this week, not registered. */
    QList<int> counts() const;

public slots:
    void refresh();

signals:
    void caseChosen(qint64 id);

private:
    std::unique_ptr<Ui::HomePanel> m_ui;
    storage::Database& m_db;
};

} // namespace sujarit::gui
