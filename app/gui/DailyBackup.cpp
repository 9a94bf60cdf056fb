// SPDX-License-Identifier: GPL-3.0-or-later
#include "DailyBackup.h"

#include "access/Session.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QThread>

namespace sujarit::gui {

DailyBackup::DailyBackup(QObject* parent)
    : QObject(parent)
{
}

DailyBackup::~DailyBackup()
{
    // The app is closing: a copy from a server is given up (and its unfinished file removed) rather than waited for.
    if (m_thread)
        m_thread->requestInterruption();
    wait();
}

bool DailyBackup::isRunning() const
{
    return m_busy;
}

void DailyBackup::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool DailyBackup::start(storage::Database& db, QDate today)
{
    if (isRunning() || !db.isOpen())
        return false;
    if (db.engine() == storage::Engine::PostgreSQL && !access::allows(db.session(), access::Permission::Backup))
        return false;
    // What the worker needs is read here, on the window's connection; the worker opens its own.
    const storage::Location location = db.location();
    const access::Session session = db.session();
    const QString actor = db.actor(), folder = storage::backupFolder(db);
    const int keep = storage::backupsKept(db);
    wait(); // the last one has reported: its thread is ending, if not ended
    m_busy = true;
    m_thread.reset(QThread::create([this, location, session, actor, folder, keep, today] {
        QString error;
        std::optional<QString> path;
        {
            storage::Database copyFrom;
            copyFrom.setActor(actor);
            if (copyFrom.open(location, storage::Database::OpenMode::MustExist) && copyFrom.setSession(session))
                path = storage::dailyBackup(copyFrom, folder, today, keep, &error);
            else
                error = copyFrom.errorString();
        }
        // Told on the window's thread; dropped if this object is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, path, error] {
                m_busy = false;
                if (path)
                    emit written(*path);
                else
                    emit failed(error);
            },
            Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace sujarit::gui
