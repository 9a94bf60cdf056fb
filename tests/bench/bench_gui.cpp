// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the desktop app on a large register: start-up to a painted main window, a filter, a search, and
// scrolling the register to its end. Usage: bench_gui DB_PATH (make one with: bench_register 100000 DB_PATH).
// Prints figures; asserts nothing (see README "Performance").
#include "BenchSupport.h"
#include "MainWindow.h"
#include "RegisterModel.h"

#include "complaints/ComplaintRepository.h"
#include "storage/Database.h"
#include "schema/RegisterSchema.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTextStream>

using namespace sujarit;

int main(int argc, char* argv[])
{
    sujarit::schema::install(); // the register's schema, before any database is opened
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_gui DB_PATH (make one with: bench_register 100000 DB_PATH)\n";
        return 2;
    }
    storage::Database db;
    if (!db.open(QString::fromLocal8Bit(argv[1]), storage::Database::OpenMode::MustExist)) {
        out << db.errorString() << '\n';
        return 1;
    }
    db.setSession(benchSession());
    gui::MainWindow window(db);
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    const double startMs = sinceStart.nsecsElapsed() / 1e6;
    gui::RegisterModel* model = window.registerModel();
    out << QStringLiteral("register of %1 complaints: main window shown and painted %2 ms after the program started\n")
               .arg(model->totalCount())
               .arg(startMs, 0, 'f', 0);

    auto* year = window.findChild<QComboBox*>(QStringLiteral("yearCombo"));
    const double filterMs = medianMs(9, [&](int i) {
        year->setCurrentIndex(1 + i % std::max(1, year->count() - 1));
        QApplication::processEvents();
    });
    out << QStringLiteral("filter by fiscal year, table refreshed (median of 9): %1 ms (%2 rows)\n")
               .arg(filterMs, 0, 'f', 1)
               .arg(model->totalCount());
    year->setCurrentIndex(0);

    const QStringList words = {QStringLiteral("ขยะ"), QStringLiteral("ประปา"), QStringLiteral("แสงทอง"),
                               QStringLiteral("ญาติ"), QStringLiteral("ลูกรัง")};
    complaints::ComplaintFilter f;
    const double searchMs = medianMs(15, [&](int i) {
        f.search = words[i % words.size()];
        model->setFilter(f);
        QApplication::processEvents();
    });
    out << QStringLiteral("search as you type, table refreshed (median of 15): %1 ms\n").arg(searchMs, 0, 'f', 1);

    model->setFilter({});
    auto* view = window.findChild<QTableView*>(QStringLiteral("registerView"));
    QElapsedTimer scroll;
    scroll.start();
    double worstPage = 0;
    while (model->canFetchMore()) {
        QElapsedTimer page;
        page.start();
        model->fetchMore();
        worstPage = std::max(worstPage, page.nsecsElapsed() / 1e6);
    }
    view->scrollToBottom();
    QApplication::processEvents();
    out << QStringLiteral("scroll to the end (%1 rows read 200 at a time): %2 ms in all, slowest page %3 ms\n")
               .arg(model->rowCount())
               .arg(scroll.nsecsElapsed() / 1e6, 0, 'f', 0)
               .arg(worstPage, 0, 'f', 1);
    out << QStringLiteral("peak memory: %1 MiB\n").arg(peakKiB() / 1024.0, 0, 'f', 1);
    return 0;
}
