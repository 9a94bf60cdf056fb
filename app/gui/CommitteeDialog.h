// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "committee/Committee.h"

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
 * its goals (each optionally measured by a plan activity), and the order appointing it, previewed as a draft and
 * recorded once the executive has signed it.
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

private:
    void fill();
    void showMessage(const QString& text, bool error);
    void previewOrder();

    storage::Database& m_db;
    std::optional<committee::Committee> m_committee;
    QComboBox* m_year = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_order = nullptr;
    QTableWidget* m_members = nullptr;
    QListWidget* m_goals = nullptr;
};

} // namespace sujarit::gui
