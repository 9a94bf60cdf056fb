// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <QHash>
#include <memory>

namespace Ui {
class SettingsDialog;
}
class QWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * The administrator's settings: the office profile that every document prints, the holiday table of a year, the
 * deadline rules, how receipt numbers run, and the interface language. Holidays are saved as they are added,
 * removed or confirmed (each recomputes the open cases' deadlines); the rest is saved with Save. Days Sujarit
 * computed for a year the Cabinet has not announced are marked, until confirmed or replaced by the office's own.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(storage::Database& db, QWidget* parent = nullptr);
    ~SettingsDialog() override;

public slots:
    void accept() override;
    void showYear(int buddhistYear);
    bool addHoliday();
    bool removeHoliday();
    bool confirmHoliday();
    bool confirmYear();
    /** Opens on the holiday table of \a buddhistYear. */
    void showHolidaysOf(int buddhistYear);

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    storage::Database& m_db;
    QHash<QString, QWidget*> m_officeFields;
};

} // namespace sujarit::gui
