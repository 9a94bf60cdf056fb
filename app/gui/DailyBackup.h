// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * The app's automatic backup of the day (storage::dailyBackup: `sujarit-YYYY-MM-DD.db` in the backup folder, the
 * newest kept), taken on a thread of its own with a connection of its own, so that the window is never held up,
 * however large the register or slow the server. A file register is backed up by whoever signs in first that day;
 * a register on a server by an administrator's app (a clerk's PC does not copy the whole office's register).
 */
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    explicit DailyBackup(QObject* parent = nullptr);
    /**
     * Asks a backup under way to stop and waits for it: a copy from a server stops at once, its unfinished file
     * removed; a file's own backup (VACUUM INTO, seconds) is let finish. Never a half-written backup either way.
     */
    ~DailyBackup() override;

    /** Starts the backup of the day \a today of \a db's register; false when none is due from this user or running. */
    bool start(storage::Database& db, QDate today);
    /** True from start() until written() or failed() has been told. */
    bool isRunning() const;
    /** Waits until a backup under way has ended (before the register is replaced by a restore). */
    void wait();

signals:
    /** Today's backup was written to \a path (empty: today's was there already). */
    void written(const QString& path);
    void failed(const QString& error);

private:
    std::unique_ptr<QThread> m_thread;
    bool m_busy = false; ///< read and written on the window's thread only
};

} // namespace sujarit::gui
