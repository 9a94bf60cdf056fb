// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QString>

class QWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

class DailyBackup;

/**
 * The main window's backup and restore: a checked backup to a file chosen, and a restore from one, checked first,
 * with the register as it was kept aside and the restore written into the restored register's own trail.
 */
class BackupMenu : public QObject
{
    Q_OBJECT
public:
    /** \a daily is the day's background backup, waited for before a register is replaced. */
    BackupMenu(storage::Database& db, DailyBackup* daily, QWidget* parent);

    /** Writes a checked backup of the register to \a path (also while others save). */
    bool backUpTo(const QString& path, QString* error);
    /**
     * Restores the register from \a backup: checked first, the current register kept aside (its path in \a aside),
     * then reopened. On failure the register stays as it was, open.
     */
    bool restoreFrom(const QString& backup, QString* aside, QString* error);

    /** Asks where, then backs up and says how it went. */
    void chooseBackupFile();
    /** Asks which backup, shows what it holds and asks again, then restores and says how it went. */
    void chooseRestoreFile();

signals:
    /** The register was opened again after a restore (restored or as it was): what shows it is read again. */
    void reopened();

private:
    storage::Database& m_db;
    DailyBackup* m_daily;
    QWidget* m_parent;
    QString m_restoreStanding; ///< what the last restore could prove of its backup, in plain words
};

} // namespace sujarit::gui
