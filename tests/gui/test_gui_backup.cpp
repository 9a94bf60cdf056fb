// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore from the app's File menu: the window backs up while open, restores (keeping the register aside)
// and shows the restored register at once; a bad file leaves the window on the register as it was. The day's
// automatic backup is made in the background.
#include "GuiTestSupport.h"

#include "DailyBackup.h"
#include "MainWindow.h"

#include "complaints/ComplaintRepository.h"
#include "storage/Backup.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QFile>
#include <QTableView>

using namespace sujarit;

TEST_CASE("The app backs up while open and restores a backup in place", "[gui][backup][sqlite]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db, [] { return dt("2026-11-20T12:00:00"); });
    QList<complaints::Complaint> first
        = { sampleComplaint(dt("2026-11-02T09:00:00")), sampleComplaint(dt("2026-11-03T09:00:00")) };
    REQUIRE(repo.add(first));
    gui::MainWindow window(r.db);
    window.show();
    auto* view = child<QTableView>(&window, "registerView");
    CHECK(view->model()->rowCount() == 2);

    const QString backup = r.dir.filePath(QStringLiteral("backup.db"));
    QString error;
    REQUIRE(window.backUpTo(backup, &error));
    QList<complaints::Complaint> later = { sampleComplaint(dt("2026-11-10T09:00:00")) };
    REQUIRE(repo.add(later));
    window.refresh();
    CHECK(view->model()->rowCount() == 3);

    QFile junk(r.dir.filePath(QStringLiteral("junk.db")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a database at all");
    junk.close();
    QString aside;
    CHECK_FALSE(window.restoreFrom(junk.fileName(), &aside, &error));
    CHECK(error.contains(QStringLiteral("not an SQLite file")));
    CHECK(r.db.isOpen());
    CHECK(view->model()->rowCount() == 3);

    REQUIRE(r.db.identityKeys());
    REQUIRE(window.restoreFrom(backup, &aside, &error));
    CHECK(r.db.isOpen());
    CHECK(view->model()->rowCount() == 2);
    CHECK(storage::checkBackup(aside, &error)->complaints == 3);
    // The same register's key, still held: the integrity officer reads its complainants without signing in again.
    CHECK(r.db.identityKeys());
    repo.setRevealReason(QStringLiteral("ตรวจสอบหลังกู้คืน"));
    CHECK(repo.find(first.first().receipt)->complainant.name == first.first().complainant.name);
}

TEST_CASE("The day's backup is made in the background while the window is in use, once a day", "[gui][backup]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db, [] { return dt("2026-11-20T12:00:00"); });
    QList<complaints::Complaint> two
        = { sampleComplaint(dt("2026-11-02T09:00:00")), sampleComplaint(dt("2026-11-03T09:00:00")) };
    REQUIRE(repo.add(two));
    const QString folder = r.dir.filePath(QStringLiteral("daily"));
    REQUIRE(r.db.setSetting(QStringLiteral("backup.dir"), folder));
    gui::MainWindow window(r.db);
    window.show();
    auto* failed = child<QLabel>(&window, "backupFailedLabel");

    QSignalSpy written(window.dailyBackup(), &gui::DailyBackup::written);
    window.startDailyBackup(d("2026-11-22"));
    // The window answers while the copy is made: the register is there to be worked on.
    CHECK(child<QTableView>(&window, "registerView")->model()->rowCount() == 2);
    REQUIRE(written.wait(30000));
    const QString path = written.first().first().toString();
    CHECK(path == QDir(folder).filePath(QStringLiteral("sujarit-2026-11-22.db")));
    QString error;
    CHECK(storage::checkBackup(path, &error)->complaints == 2);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("sujarit-2026-11-22.db")));
    CHECK(failed->isHidden());

    // The second start of the same day writes nothing new.
    window.startDailyBackup(d("2026-11-22"));
    REQUIRE(written.wait(30000));
    CHECK(written.last().first().toString().isEmpty());
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList { QStringLiteral("sujarit-2026-11-22.db") });

    // A backup folder that cannot be made: a red note stays in the status bar, saying why on hover.
    QFile blocker(r.dir.filePath(QStringLiteral("a-file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    REQUIRE(r.db.setSetting(QStringLiteral("backup.dir"), blocker.fileName() + QStringLiteral("/backups")));
    QSignalSpy failure(window.dailyBackup(), &gui::DailyBackup::failed);
    window.startDailyBackup(d("2026-11-23"));
    REQUIRE(failure.wait(30000));
    CHECK(failed->isVisible());
    CHECK(failed->toolTip().contains(QStringLiteral("backups")));
}

TEST_CASE("A register on a server is backed up daily by an administrator's app, not by every clerk's",
          "[gui][backup][server]")
{
    TempRegister r;
    const QString folder = r.dir.filePath(QStringLiteral("daily"));
    REQUIRE(r.db.setSetting(QStringLiteral("backup.dir"), folder));
    access::Session clerk;
    clerk.user = QStringLiteral("clerk");
    clerk.roles = { access::Role::Clerk };
    REQUIRE(r.setSession(clerk));
    {
        gui::MainWindow window(r.db);
        window.startDailyBackup(d("2026-11-22"));
        CHECK_FALSE(window.dailyBackup()->isRunning());
    }
    CHECK_FALSE(QDir(folder).exists());
    REQUIRE(r.setSession(officeHead()));
    gui::MainWindow window(r.db);
    QSignalSpy written(window.dailyBackup(), &gui::DailyBackup::written);
    window.startDailyBackup(d("2026-11-22"));
    REQUIRE(written.wait(60000));
    QString error;
    CHECK(storage::checkBackup(written.first().first().toString(), &error).has_value());

    // The app closed while the next day's backup is under way: a whole, checked backup or none, never a part.
    {
        gui::MainWindow closing(r.db);
        closing.startDailyBackup(d("2026-11-23"));
    } // ~DailyBackup asks the copy to stop, and waits for it
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    INFO(left.join(u' ').toStdString());
    for (const QString& name : left)
        CHECK((name == QStringLiteral("sujarit-2026-11-22.db") || name == QStringLiteral("sujarit-2026-11-23.db")));
    if (left.contains(QStringLiteral("sujarit-2026-11-23.db")))
        CHECK(storage::checkBackup(QDir(folder).filePath(QStringLiteral("sujarit-2026-11-23.db")), &error));
}
