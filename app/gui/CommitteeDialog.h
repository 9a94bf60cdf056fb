// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "committee/Committee.h"
#include "committee/Meetings.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * งานคุณธรรม → คณะกรรมการจริยธรรม: the committee of a fiscal year — its members from the staff list with their roles,
 * its goals (each optionally measured by a plan activity), its meetings planned on working days, moved, added or
 * cancelled with a reason, and the order appointing it, previewed as a draft and recorded once the executive has
 * signed it.
 */
class CommitteeDialog : public QDialog
{
    Q_OBJECT
public:
    CommitteeDialog(storage::Database& db, QWidget* parent = nullptr, std::optional<int> year = std::nullopt);
    ~CommitteeDialog() override;

    int fiscalYear() const;
    void reload();
    QString messageText() const;
    QTableWidget* memberTable() const { return m_members; }
    QListWidget* goalList() const { return m_goals; }
    QTableWidget* meetingTable() const { return m_meetings; }
    const QList<committee::Meeting>& meetings() const { return m_meetingList; }
    const std::optional<committee::Committee>& shown() const { return m_committee; }

    /** The form that adds a member (a person of the staff list and a role). */
    QDialog* memberForm();
    /** The form that changes the role of the member in row \a row. */
    QDialog* roleForm(int row);
    /** Takes the member in row \a row off the committee, after asking. */
    bool removeMember(int row);
    /** The form for a new goal. */
    QDialog* goalForm();
    /** The form that records the order as signed. */
    QDialog* orderForm();
    /** The form that plans the year's meetings (every one or two months, on a weekday of the month or a day). */
    QDialog* scheduleForm();
    /** The form that adds a meeting (\a row < 0), or moves or cancels (\a cancel) the meeting in row \a row. */
    QDialog* meetingForm(int row, bool cancel = false);
    /** The form that writes the agenda of the meeting in row \a row and records it sent. */
    QDialog* agendaForm(int row);
    /** The form that writes the minutes of the meeting in row \a row (a new version, with its reason, once approved). */
    QDialog* minutesForm(int row);
    /** The form that approves the minutes of the meeting in row \a row at a later meeting. */
    QDialog* approveForm(int row);

private:
    void fill();
    void showMessage(const QString& text, bool error);
    void previewOrder();
    void previewMeetingPaper(int row, const QString& which);

    storage::Database& m_db;
    std::optional<committee::Committee> m_committee;
    QComboBox* m_year = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_order = nullptr;
    QTableWidget* m_members = nullptr;
    QListWidget* m_goals = nullptr;
    QTableWidget* m_meetings = nullptr;
    QList<committee::Meeting> m_meetingList;
};

} // namespace sujarit::gui
