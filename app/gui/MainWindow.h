// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QMainWindow>

class QDockWidget;
class QLabel;
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

class DailyBackup;
class HomePanel;
class IdleLock;
class RegisterModel;

/** The papers of one case the Print menu makes (and the blank form, of no case). */
enum class CaseDocument { BlankForm, Form, Receipt, Acknowledgement, Result };

/**
 * The register: filters and search over a table of complaints, and the selected case below it. Its parts live in
 * files named for them: MainWindowAccess.cpp (roles, locking, passwords), MainWindowPrint.cpp (the Print menu),
 * MainWindowFiles.cpp (import, backup, restore).
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
    void fillFilters();
    void applyFilter();
    void showSelectedCase();
    void updateStatus();
    void chooseImportFile();
    void chooseBackupFile();
    void chooseRestoreFile();
    void updatePrintActions();
    void newComplaint();
    void showAttachments();
    void openAttachment();
    void recordStep();
    void printCaseDocument(CaseDocument document);
    void printRegister(bool circulation);
    void printQuarterly();
    void applyRoles();
    /** Replaces the register with a panel of the reports, for a role that may not open it. */
    void showReportsOnly(QDockWidget* home);
    void changeOwnPassword();

    std::unique_ptr<Ui::MainWindow> m_ui;
    storage::Database& m_db;
    RegisterModel* m_model = nullptr;
    HomePanel* m_home = nullptr;
    qint64 m_currentId = 0; ///< the case in the case view, which the Case and Print actions act on
    bool m_currentAnonymous = false;
    bool m_currentHidden = false; ///< the case shown has a complainant the view masks
    bool m_currentRevealable = false; ///< … whom this user may see, giving a reason
    qint64 m_revealedId = 0; ///< the case whose complainant is shown, with m_revealReason
    QString m_revealReason;
    QString m_restoreStanding; ///< what the last restore could prove of its backup, in plain words
    IdleLock* m_idle = nullptr;
    DailyBackup* m_dailyBackup = nullptr;
    QLabel* m_backupFailed = nullptr; ///< shown while the day's backup has failed
    bool m_reportsOnly = false; ///< a role that sees no register (the executive): a panel of reports instead
    QTimer m_searchDelay;
    std::unique_ptr<QTemporaryDir> m_attachmentDir;
};

} // namespace sujarit::gui
