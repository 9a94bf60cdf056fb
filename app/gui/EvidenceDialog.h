// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <QTemporaryDir>
#include <memory>

class QLabel;
class QTableWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/** The evidence files of one activity of the plan, by round: listed, attached, opened and saved. */
class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceDialog(storage::Database& db, int fiscalYear, qint64 activity, int round, const QString& title,
                   QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    /** Attaches the file at \a path to the round chosen when the dialog opened; false (after saying why) if not. */
    bool attach(const QString& path);
    /** Writes the evidence file of \a row to \a path; false (after saying why) if it cannot. */
    bool saveRow(int row, const QString& path);
    void reload();

private:
    void openRow(int row);

    storage::Database& m_db;
    int m_fiscalYear;
    qint64 m_activity;
    int m_round;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QList<qint64> m_ids;
    std::unique_ptr<QTemporaryDir> m_openDir;
};

} // namespace sujarit::gui
