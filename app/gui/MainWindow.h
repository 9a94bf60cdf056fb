// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

class BackupMenu;
class CaseView;
class DailyBackup;
class FilterBar;
class HomePanel;
class IdleLock;
class PrintMenu;
class RegisterModel;

/**
 * The register: filters and search over a table of complaints (FilterBar), and the selected case below it
 * (CaseView); the Print menu (PrintMenu) and backup and restore (BackupMenu) are classes of their own. The window's
 * other parts live in files named for them: MainWindowAccess.cpp (roles, locking, passwords), MainWindowFiles.cpp
 * (import, the day's backup).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(storage::Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    RegisterModel* registerModel() const { return m_model; }
    HomePanel* homePanel() const { return m_home; }
    /** Shows one case in the case view below the register. */
    void showCase(qint64 id);
    /** Attaches the file at \a path to the case shown; false (after saying why) when it cannot. */
    bool attachFile(const QString& path);

    /** Writes a checked backup of the register to \a path (also while others save). */
    bool backUpTo(const QString& path, QString* error);
    /**
     * Restores the register from \a backup: checked first, the current register kept aside (its path in \a aside),
     * then reopened and shown. On failure the register stays as it was, open.
     */
    bool restoreFrom(const QString& backup, QString* aside, QString* error);

    /** Asks why, then shows the complainant of the case shown (for a user allowed to see him); the reveal is audited. */
    void revealComplainant(const QString& reason);
    /** Hides the register and asks for the password; quits when the user gives up. */
    void lock();
    IdleLock* idleLock() const { return m_idle; }
    /**
     * Starts the automatic backup of the day \a today in the background (DailyBackup) when one is due from this
     * user; the status bar says when it is written, and a red note stays there if it failed.
     */
    void startDailyBackup(QDate today);
    DailyBackup* dailyBackup() const { return m_dailyBackup; }

public slots:
    void refresh();
    /** Imports a register file, all or nothing, and says what happened. */
    bool importFile(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void applyFilter();
    void showSelectedCase();
    void updateStatus();
    void chooseImportFile();
    void updatePrintActions();
    void newComplaint();
    void recordStep();
    /** The fiscal year the register shows, or this one when it shows all. */
    int shownFiscalYear() const;
    void applyRoles();
    /** Replaces the register with a panel of the reports, for a role that may not open it. */
    void showReportsOnly(QDockWidget* home);
    void changeOwnPassword();

    std::unique_ptr<Ui::MainWindow> m_ui;
    storage::Database& m_db;
    RegisterModel* m_model = nullptr;
    HomePanel* m_home = nullptr;
    FilterBar* m_filters = nullptr;
    CaseView* m_case = nullptr; ///< the case shown, which the Case and Print actions act on
    PrintMenu* m_print = nullptr;
    BackupMenu* m_backup = nullptr;
    IdleLock* m_idle = nullptr;
    DailyBackup* m_dailyBackup = nullptr;
    QLabel* m_backupFailed = nullptr; ///< shown while the day's backup has failed
    bool m_reportsOnly = false; ///< a role that sees no register (the executive): a panel of reports instead
};

} // namespace sujarit::gui
