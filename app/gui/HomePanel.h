// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
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
 * fiscal year's counts. Every case in it opens with a double-click (or Enter). From 1 August an administrator is
 * reminded, once, that the next year's holidays are computed and its Cabinet days not yet entered. Under the year's
 * counts, the ethics committee's next meeting, its late agenda, unwritten minutes and overdue actions.
 */
class HomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit HomePanel(storage::Database& db, QWidget* parent = nullptr);
    ~HomePanel() override;

    /** Items under each heading, for tests: overdue, today, this week, not registered. */
    QList<int> counts() const;
    /** The reminder shown above the agenda (empty when none). */
    QString reminder() const;
    /** For those who see the committee: its next meeting and whether its agenda is due or late, the meetings gone by
     *  without minutes, and the follow-up actions past their due day; a line each ("" when there is nothing). */
    QString nextMeeting(QDate today) const;
    /** The moral-organisation report when its due day is within 60 days or past and it is not complete: the day and
     *  what it still lacks; and the divisions' results when their selection is open and not announced, likewise.
     *  Empty otherwise, or for a role that does not see the integrity records. */
    QString moralReport(QDate today) const;

public slots:
    void refresh();

signals:
    void caseChosen(qint64 id);
    /** The administrator asked for the holiday table of \a buddhistYear from the reminder. */
    void holidaysWanted(int buddhistYear);

private:
    void showReminder();

    std::unique_ptr<Ui::HomePanel> m_ui;
    storage::Database& m_db;
    int m_reminderYear = 0; ///< Gregorian
};

} // namespace sujarit::gui
