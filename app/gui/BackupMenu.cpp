// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupMenu.h"

#include "RecoverySheetDialog.h"
#include "users/RecoverySheet.h"

#include "Ask.h"
#include "DailyBackup.h"

#include "calendar/Clock.h"
#include "storage/Audit.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace sujarit::gui {

BackupMenu::BackupMenu(storage::Database& db, DailyBackup* daily, QWidget* parent)
    : QObject(parent)
    , m_db(db)
    , m_daily(daily)
    , m_parent(parent)
{
}

bool BackupMenu::backUpTo(const QString& path, QString* error) { return storage::backupTo(m_db, path, error); }

bool BackupMenu::restoreFrom(const QString& backup, QString* aside, QString* error)
{
    if (!m_db.require(access::Permission::Backup)) {
        if (error)
            *error = m_db.errorString();
        return false;
    }
    if (m_db.engine() == storage::Engine::PostgreSQL) // refused, saying how (migrate-to); nothing is closed
        return storage::restoreFrom(m_db.path(), backup, aside, error);
    m_daily->wait(); // its copy of the register is finished before the register is replaced
    const QString path = m_db.path();
    // The identity key this session holds opens the restored register too when it is the same register's.
    const std::optional<access::IdentityKeys> held
        = m_db.identityKeys() ? std::optional<access::IdentityKeys>(*m_db.identityKeys()) : std::nullopt;
    m_db.close();
    storage::BackupCheck check;
    const bool restored = storage::restoreFrom(path, backup, aside, error, &check);
    // Open again what is there now: the restored register, or the untouched one.
    if (!m_db.open(path, storage::Database::OpenMode::MustExist)) {
        if (error)
            *error = m_db.errorString();
        return false;
    }
    if (held && held->publicKey == m_db.identityPublicKey())
        m_db.holdIdentityKeys(held);
    // A backup from before identities were sealed was sealed as it opened, with a new key: its sheet, now or never.
    if (const QByteArray key = m_db.newRecoveryKey(); !key.isEmpty()) {
        RecoverySheetDialog sheet(users::recoverySheet(path, key, calendar::now()), users::recoveryQrCode(key), m_parent);
        m_db.forgetNewRecoveryKey();
        sheet.exec();
    }
    if (restored) // the restored register's own trail says who brought it back, and from what
        storage::recordAuditEvent(m_db, QStringLiteral("restore"), QStringLiteral("register"),
                                  QFileInfo(backup).fileName(), storage::restoreDetails(check, aside ? *aside : QString()));
    if (restored)
        m_restoreStanding = storage::standingText(check, true);
    emit reopened();
    return restored;
}

void BackupMenu::chooseBackupFile()
{
    const QString suggested = QDir(storage::backupFolder(m_db))
                                  .filePath(QStringLiteral("sujarit-backup-%1.db")
                                                .arg(calendar::now().toString(QStringLiteral("yyyy-MM-dd-HHmm"))));
    QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString path = Ask::saveFileName(m_parent, tr("Back up the register"), suggested, tr("Sujarit backups (*.db)"));
    if (path.isEmpty())
        return;
    QString error;
    if (backUpTo(path, &error))
        Ask::information(m_parent, tr("Back up the register"), tr("Saved and checked: %1").arg(path));
    else
        Ask::warning(m_parent, tr("Back up the register"), tr("No backup was made: %1").arg(error));
}

void BackupMenu::chooseRestoreFile()
{
    const QString path = Ask::openFileName(m_parent, tr("Restore from a backup"), storage::backupFolder(m_db),
                                           tr("Sujarit backups (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto check = storage::checkBackup(path, &error);
    if (!check) {
        Ask::warning(m_parent, tr("Restore from a backup"), tr("This file cannot be restored: %1").arg(error));
        return;
    }
    if (Ask::question(m_parent, tr("Restore from a backup"),
                      tr("Replace the register with %1 (%n complaint(s))? The register as it is now is kept "
                         "aside, not deleted.",
                         nullptr, check->complaints)
                          .arg(QFileInfo(path).fileName()))
        != QMessageBox::Yes)
        return;
    QString aside;
    if (restoreFrom(path, &aside, &error))
        Ask::information(m_parent, tr("Restore from a backup"),
                         tr("Restored from %1. The register as it was is kept in %2.").arg(path, aside)
                             + QStringLiteral("\n\n") + m_restoreStanding);
    else
        Ask::warning(m_parent, tr("Restore from a backup"), tr("Nothing was restored: %1").arg(error));
}

} // namespace sujarit::gui
