// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of a register on a PostgreSQL server next to the same register in an SQLite file (README "Performance"):
// eight clerks saving at once (complaints a second), and on a large register the move onto the server
// (migrate-to), the fiscal year's statistics, search and the year's list, and a backup of each (what the app's daily
// backup takes, in the background).
//   bench_statistics 100000 /tmp/bench.db         (an SQLite register with ten years and their step histories)
//   bash tests/postgres/cluster.sh start /tmp/pg   (a server; or any server the user may create databases on)
//   bench_server "$(cat /tmp/pg/url)" /tmp/bench.db
#include "BenchSupport.h"

#include "complaints/ComplaintRepository.h"
#include "reports/Statistics.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/RegisterCopy.h"
#include "schema/RegisterSchema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <thread>

using namespace sujarit;

namespace {
QTextStream out(stdout);

/** A new empty database on the server (dropped first if a run before left it). */
QString freshDatabase(const QString& server, const QString& name)
{
    const auto location = storage::Location::parse(server + QStringLiteral("/postgres"));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(location->host);
        admin.setPort(location->port);
        admin.setUserName(location->user);
        admin.setDatabaseName(location->database);
        if (!admin.open()) {
            out << "cannot reach " << server << ": " << admin.lastError().text() << Qt::endl;
            std::exit(1);
        }
        QSqlQuery q(admin);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            out << q.lastError().text() << Qt::endl;
            std::exit(1);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return server + u'/' + name;
}

/** Eight clerks, each on a connection of her own, saving 500 complaints one by one at the same time. */
double concurrentWriters(const QString& location)
{
    constexpr int Writers = 8, Each = 500;
    {
        storage::Database db;
        if (!db.open(location)) {
            out << db.errorString() << Qt::endl;
            std::exit(1);
        }
    }
    std::atomic<int> failures { 0 };
    QElapsedTimer t;
    t.start();
    std::vector<std::thread> threads;
    for (int w = 0; w < Writers; ++w)
        threads.emplace_back([&, w] {
            storage::Database db;
            if (!db.open(location, storage::Database::OpenMode::MustExist)) {
                ++failures;
                return;
            }
            db.setSession(benchSession());
            complaints::ComplaintRepository repo(db);
            for (int i = 0; i < Each; ++i) {
                complaints::Complaint c;
                c.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0)).addSecs(60 * (w * Each + i));
                c.channel = QStringLiteral("walk_in");
                c.category = QStringLiteral("misconduct");
                c.complainant.name = QStringLiteral("นายผู้ร้อง ที่%1").arg(w * Each + i);
                c.subject = QStringLiteral("ถนนลูกรังชำรุดหลังก่อสร้างไม่นาน %1").arg(i);
                c.details = QStringLiteral("ผู้ร้องพบเห็นเหตุการณ์ดังกล่าว และมีหลักฐานภาพถ่าย");
                if (!repo.add(c))
                    ++failures;
            }
        });
    for (std::thread& th : threads)
        th.join();
    const double seconds = t.nsecsElapsed() / 1e9;
    if (failures)
        out << "  (" << failures << " saves failed)" << Qt::endl;
    return Writers * Each / seconds;
}

void readings(storage::Database& db, const QString& name)
{
    complaints::ComplaintRepository repo(db, [] { return QDateTime(QDate(2026, 11, 21), QTime(12, 0)); });
    QString error;
    const double yearMs
        = medianMs(11, [&](int) { reports::computeStatistics(db, 2568, false, QDate(2026, 11, 21), &error); });
    const QStringList words
        = { QStringLiteral("ขยะ"),        QStringLiteral("ไฟฟ้า"),    QStringLiteral("ก่อสร้าง"), QStringLiteral("ประปา"),
            QStringLiteral("แสงทอง"),     QStringLiteral("เบี้ยยังชีพ"), QStringLiteral("สุภาพ"),   QStringLiteral("ญาติ"),
            QStringLiteral("เรื่องที่ 4242"), QStringLiteral("ลูกรัง") };
    const double searchMs = medianMs(30, [&](int i) {
        complaints::ComplaintFilter f;
        f.search = words[i % words.size()];
        f.limit = 200;
        repo.list(f);
    });
    int hits = 0;
    const double countMs = medianMs(30, [&](int i) {
        complaints::ComplaintFilter f;
        f.search = words[i % words.size()];
        hits = repo.count(f).value_or(-1);
    });
    int rows = 0;
    const double fyMs = medianMs(20, [&](int i) {
        complaints::ComplaintFilter f;
        f.fiscalYear = 2560 + i % 10;
        rows = int(repo.list(f)->size());
    });
    out << QStringLiteral("%1: FY statistics %2 ms · search, first 200 %3 ms · search, count %4 ms (last: %5) · "
                          "FY list %6 ms (%7 rows)")
               .arg(name)
               .arg(yearMs, 0, 'f', 1)
               .arg(searchMs, 0, 'f', 1)
               .arg(countMs, 0, 'f', 1)
               .arg(hits)
               .arg(fyMs, 0, 'f', 1)
               .arg(rows)
        << Qt::endl;
}
} // namespace

int main(int argc, char* argv[])
{
    sujarit::schema::install(); // the register's schema, before any database is opened
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        out << "usage: bench_server postgresql://USER@HOST:PORT [REGISTER.db]" << Qt::endl;
        return 2;
    }
    const QString server = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;

    out << "eight clerks saving 500 complaints each, one save at a time, all at once:" << Qt::endl;
    out << QStringLiteral("  SQLite file: %1 complaints/s")
               .arg(concurrentWriters(dir.filePath(QStringLiteral("writers.db"))), 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("  PostgreSQL:  %1 complaints/s")
               .arg(concurrentWriters(freshDatabase(server, QStringLiteral("sujarit_bench_writers"))), 0, 'f', 0)
        << Qt::endl;

    if (argc < 3)
        return 0;
    storage::Database file, onServer;
    if (!file.open(QString::fromLocal8Bit(argv[2]), storage::Database::OpenMode::MustExist)
        || !onServer.open(freshDatabase(server, QStringLiteral("sujarit_bench_register")))) {
        out << file.errorString() << onServer.errorString() << Qt::endl;
        return 1;
    }
    file.setSession(benchSession());
    onServer.setSession(benchSession());
    QElapsedTimer t;
    t.start();
    QString error;
    const auto report = storage::copyRegister(file, onServer, &error);
    if (!report) {
        out << "copy failed: " << error << Qt::endl;
        return 1;
    }
    qint64 complaints = 0, rows = 0;
    for (const storage::CopiedTable& c : report->tables) {
        rows += c.copy;
        if (c.name == QLatin1String("complaints"))
            complaints = c.copy;
    }
    out << QStringLiteral("migrate-to (copy and proof) of %1 complaints, %2 rows in all: %3 s")
               .arg(complaints)
               .arg(rows)
               .arg(t.nsecsElapsed() / 1e9, 0, 'f', 1)
        << Qt::endl;
    onServer.exec(QStringLiteral("VACUUM ANALYZE")); // as autovacuum leaves a settled server
    readings(file, QStringLiteral("SQLite"));
    readings(onServer, QStringLiteral("PostgreSQL"));
    for (storage::Database* db : { &file, &onServer }) {
        t.restart();
        const QString to
            = dir.filePath(db == &file ? QStringLiteral("file-backup.db") : QStringLiteral("server-backup.db"));
        if (!storage::backupTo(*db, to, &error)) {
            out << "backup failed: " << error << Qt::endl;
            return 1;
        }
        out << QStringLiteral("backup of the %1 register (copied, checked, named): %2 s, %3 MiB")
                   .arg(db == &file ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))
                   .arg(t.nsecsElapsed() / 1e9, 0, 'f', 1)
                   .arg(QFileInfo(to).size() / 1048576.0, 0, 'f', 1)
            << Qt::endl;
    }
    out << QStringLiteral("peak memory: %1 MiB").arg(peakKiB() / 1024.0, 0, 'f', 1) << Qt::endl;
    return 0;
}
