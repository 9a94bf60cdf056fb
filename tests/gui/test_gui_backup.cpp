// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore from the app's File menu: the window backs up while open, restores (keeping the register aside)
// and shows the restored register at once; a bad file leaves the window on the register as it was.
#include "GuiTestSupport.h"

#include "MainWindow.h"

#include "complaints/ComplaintRepository.h"
#include "storage/Backup.h"

#include <QAbstractItemModel>
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

    REQUIRE(window.restoreFrom(backup, &aside, &error));
    CHECK(r.db.isOpen());
    CHECK(view->model()->rowCount() == 2);
    CHECK(storage::checkBackup(aside, &error)->complaints == 3);
}
