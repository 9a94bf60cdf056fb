// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's files: importing a register, and the day's automatic backup (the others are in BackupMenu).
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Ask.h"
#include "DailyBackup.h"

#include "calendar/Clock.h"
#include "complaints/ComplaintImport.h"
#include "complaints/ComplaintRepository.h"
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

void MainWindow::startDailyBackup(QDate today)
{
    if (m_dailyBackup->start(m_db, today))
        statusBar()->showMessage(tr("Making today's backup in the background…"));
}

} // namespace sujarit::gui
