// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's files: importing a register, backing it up, restoring it, and the day's automatic backup.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Ask.h"
#include "DailyBackup.h"

#include "calendar/Clock.h"
#include "complaints/ComplaintImport.h"
#include "complaints/ComplaintRepository.h"
#include "storage/Audit.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"

#include <QLabel>
#include <QStatusBar>

namespace sujarit::gui {

using namespace complaints;

void MainWindow::chooseImportFile()
{
    const QString path = Ask::openFileName(this, tr("Import a complaint register"), QString(),
                                           tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool MainWindow::importFile(const QString& path)
{
    QString error;
    const auto bytes = storage::readBounded(path, 256LL * 1024 * 1024, &error);
    if (!bytes) {
        Ask::warning(this, tr("Import"), tr("%1\n\nNothing was imported.").arg(error));
        return false;
    }
    auto plan = readRegister(*bytes, calendar::now(), &error);
    if (!plan) {
        Ask::warning(this, tr("Import"), tr("%1\n\nNothing was imported.").arg(error));
        return false;
    }
    if (!plan->rejected.isEmpty()) {
        QStringList lines;
        for (const RejectedRow& r : plan->rejected.mid(0, 15))
            lines << r.describe();
        if (plan->rejected.size() > 15)
            lines << tr("… and %n more", nullptr, int(plan->rejected.size() - 15));
        Ask::warning(this, tr("Import"),
                     tr("%n row(s) cannot be imported, so nothing was imported:", nullptr,
                        int(plan->rejected.size()))
                         + QStringLiteral("\n\n") + lines.join(u'\n'));
        return false;
    }
    ComplaintRepository repo(m_db);
    if (!importPlan(repo, *plan, &error)) {
        Ask::warning(this, tr("Import"), tr("%1\n\nNothing was imported.").arg(error));
        return false;
    }
    refresh();
    Ask::information(this, tr("Import"),
                     tr("Imported %n complaint(s).", nullptr, int(plan->complaints.size())));
    return true;
}

bool MainWindow::backUpTo(const QString& path, QString* error) { return storage::backupTo(m_db, path, error); }

void MainWindow::startDailyBackup(QDate today)
{
    if (m_dailyBackup->start(m_db, today))
        statusBar()->showMessage(tr("Making today's backup in the background…"));
}

bool MainWindow::restoreFrom(const QString& backup, QString* aside, QString* error)
{
    if (!m_db.require(access::Permission::Backup)) {
        if (error)
            *error = m_db.errorString();
        return false;
    }
    if (m_db.engine() == storage::Engine::PostgreSQL) // refused, saying how (migrate-to); nothing is closed
        return storage::restoreFrom(m_db.path(), backup, aside, error);
    m_dailyBackup->wait(); // its copy of the register is finished before the register is replaced
    const QString path = m_db.path();
    m_db.close();
    storage::BackupCheck check;
    const bool restored = storage::restoreFrom(path, backup, aside, error, &check);
    // Open again what is there now: the restored register, or the untouched one.
    if (!m_db.open(path, storage::Database::OpenMode::MustExist)) {
        if (error)
            *error = m_db.errorString();
        return false;
    }
    if (restored) // the restored register's own trail says who brought it back, and from what
        storage::recordAuditEvent(m_db, QStringLiteral("restore"), QStringLiteral("register"),
                                  QFileInfo(backup).fileName(), storage::restoreDetails(check, aside ? *aside : QString()));
    if (restored)
        m_restoreStanding = storage::standingText(check, true);
    refresh();
    return restored;
}

void MainWindow::chooseBackupFile()
{
    const QString suggested = QDir(storage::backupFolder(m_db))
                                  .filePath(QStringLiteral("sujarit-backup-%1.db")
                                                .arg(calendar::now().toString(QStringLiteral("yyyy-MM-dd-HHmm"))));
    QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString path = Ask::saveFileName(this, tr("Back up the register"), suggested, tr("Sujarit backups (*.db)"));
    if (path.isEmpty())
        return;
    QString error;
    if (backUpTo(path, &error))
        Ask::information(this, tr("Back up the register"), tr("Saved and checked: %1").arg(path));
    else
        Ask::warning(this, tr("Back up the register"), tr("No backup was made: %1").arg(error));
}

void MainWindow::chooseRestoreFile()
{
    const QString path = Ask::openFileName(this, tr("Restore from a backup"), storage::backupFolder(m_db),
                                           tr("Sujarit backups (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto check = storage::checkBackup(path, &error);
    if (!check) {
        Ask::warning(this, tr("Restore from a backup"), tr("This file cannot be restored: %1").arg(error));
        return;
    }
    if (Ask::question(this, tr("Restore from a backup"),
                      tr("Replace the register with %1 (%n complaint(s))? The register as it is now is kept "
                         "aside, not deleted.",
                         nullptr, check->complaints)
                          .arg(QFileInfo(path).fileName()))
        != QMessageBox::Yes)
        return;
    QString aside;
    if (restoreFrom(path, &aside, &error))
        Ask::information(this, tr("Restore from a backup"),
                         tr("Restored from %1. The register as it was is kept in %2.").arg(path, aside)
                             + QStringLiteral("\n\n") + m_restoreStanding);
    else
        Ask::warning(this, tr("Restore from a backup"), tr("Nothing was restored: %1").arg(error));
}

} // namespace sujarit::gui
