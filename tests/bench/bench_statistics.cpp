// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the annual statistics: imports realistic complaints over ten fiscal years through the real CSV path,
// gives most of them a step history, then times one year's statistics, the .xlsx and the PDF report, and runs the
// same SQL in the sqlite3 shell on the same file for comparison.
// Usage: bench_statistics [COUNT=100000] [DB_PATH]. Prints figures; asserts nothing (see README "Performance").
#include "BenchData.h"
#include "BenchSupport.h"
#include "complaints/ComplaintImport.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/Milestones.h"
#include "documents/PageWriter.h"
#include "documents/PdfExport.h"
#include "office/OfficeProfile.h"
#include "reports/Statistics.h"
#include "reports/StatisticsExport.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "schema/RegisterSchema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sujarit;

int main(int argc, char* argv[])
{
    sujarit::schema::install(); // the register's schema, before any database is opened
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.db"));
    QFile::remove(path);
    QTextStream out(stdout);
    QRandomGenerator rng(2568);

    storage::Database db;
    if (!db.open(path)) {
        out << db.errorString() << '\n';
        return 1;
    }
    db.setSession(benchSession());
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0));
    complaints::ComplaintRepository repo(db, [now] { return now; });
    QString error;
    auto plan = complaints::readRegister(bench::generate(count, rng), now, &error);
    if (!plan || !plan->rejected.isEmpty() || !complaints::importPlan(repo, *plan, &error)) {
        out << "import failed: " << error << '\n';
        return 1;
    }
    plan.reset();
    // A step history like an office's: answered after 1–30 days, concluded after 20–80, notified 0–11 days later;
    // one in fifty stalled; the last months still open; one in ten not accepted.
    const QString ts = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%S', received_at, '+%1 days')");
    {
        storage::Database::Transaction tx(db);
        storage::setAuditQuiet(db, true); // data set-up, not an office's work: without the row-by-row trail
        const QString old = QStringLiteral(" FROM complaints WHERE received_at < '2026-08-01' AND id % 50 <> 0");
        const bool ok
            = db.exec(QStringLiteral("INSERT INTO complaint_steps (complaint_id, step, at, recorded_at) SELECT id, "
                                     "'progress_notified', %1, %1")
                          .arg(ts.arg(QStringLiteral("' || (1 + id % 30) || '")))
                      + old)
            && db.exec(QStringLiteral("INSERT INTO complaint_steps (complaint_id, step, at, recorded_at) SELECT id, "
                                      "'concluded', %1, %1")
                           .arg(ts.arg(QStringLiteral("' || (20 + id % 61) || '")))
                       + old + QStringLiteral(" AND id % 10 <> 0"))
            && db.exec(QStringLiteral("INSERT INTO complaint_steps (complaint_id, step, at, recorded_at) SELECT id, "
                                      "'complainant_notified', %1, %1")
                           .arg(ts.arg(QStringLiteral("' || (20 + id % 61 + id % 12) || '")))
                       + old + QStringLiteral(" AND id % 10 <> 0"))
            && db.exec(QStringLiteral("UPDATE complaints SET status = 'complainant_notified', status_at = %1, next_deadline = NULL, next_clock = '', "
                                      "assigned_unit = CASE id % 4 WHEN 0 THEN 'กองช่าง' WHEN 1 THEN 'กองคลัง' "
                                      "WHEN 2 THEN 'สำนักปลัด' ELSE 'กองการศึกษา' END "
                                      "WHERE received_at < '2026-08-01' AND id % 50 <> 0 AND id % 10 <> 0")
                           .arg(ts.arg(QStringLiteral("' || (20 + id % 61 + id % 12) || '"))))
            && db.exec(QStringLiteral("INSERT INTO complaint_steps (complaint_id, step, at, reason, recorded_at) SELECT "
                                      "id, 'not_accepted', received_at, 'other_agency_jurisdiction', received_at")
                       + old + QStringLiteral(" AND id % 10 = 0"))
            && db.exec(QStringLiteral("UPDATE complaints SET status = 'not_accepted', next_deadline = NULL, next_clock = '', not_accepted_reason = "
                                      "'other_agency_jurisdiction', status_at = received_at WHERE received_at < "
                                      "'2026-08-01' AND id % 50 <> 0 AND id % 10 = 0"))
            && db.exec(complaints::milestonesUpdateSql(db.engine()) + QStringLiteral(" WHERE received_at < '2026-08-01'"))
            && storage::setAuditQuiet(db, false) && tx.commit();
        if (!ok) {
            out << "step history failed: " << db.errorString() << '\n';
            return 1;
        }
    }
    db.exec(QStringLiteral("ANALYZE"));

    std::optional<reports::YearStatistics> stats;
    const double yearMs = medianMs(21, [&](int) { stats = reports::computeStatistics(db, 2568, false, now.date(), &error); });
    if (!stats) {
        out << "statistics failed: " << error << '\n';
        return 1;
    }
    const double halfMs = medianMs(21, [&](int) { reports::computeStatistics(db, 2568, true, now.date(), &error); });
    out << QStringLiteral("data: %1 complaints over fiscal years 2560-2569, %2 in fiscal year 2568 (%3 completed)\n")
               .arg(count)
               .arg(stats->total)
               .arg(stats->completed);
    out << QStringLiteral("statistics of one fiscal year: %1 ms (first half: %2 ms), median of 21\n")
               .arg(yearMs, 0, 'f', 1)
               .arg(halfMs, 0, 'f', 1);

    office::OfficeProfile office;
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    office.province = QStringLiteral("สระบุรี");
    const QString xlsx = dir.filePath(QStringLiteral("stats.xlsx"));
    const double xlsxMs = medianMs(9, [&](int) { reports::writeStatisticsXlsx(*stats, office, xlsx, &error); });
    const QString pdf = dir.filePath(QStringLiteral("stats.pdf"));
    const double pdfMs = medianMs(9, [&](int) {
        documents::writePdf(pdf, QPageLayout::Portrait,
                            [&](documents::PageWriter& p, QString* e) { return reports::paintStatisticsReport(p, *stats, office, e); },
                            &error);
    });
    out << QStringLiteral(".xlsx: %1 ms (%2 KiB); PDF report: %3 ms (%4 KiB), medians of 9\n")
               .arg(xlsxMs, 0, 'f', 1)
               .arg(QFile(xlsx).size() / 1024)
               .arg(pdfMs, 0, 'f', 1)
               .arg(QFile(pdf).size() / 1024);

    // The same SQL the statistics run, in the sqlite3 shell with its own timer, for comparison.
    const QString period = QStringLiteral(" FROM complaints c WHERE c.received_at >= '2024-10-01' AND c.received_at < '2025-10-01'");
    QStringList sql = {QStringLiteral("PRAGMA cache_size = -16384;"), QStringLiteral(".timer on"),
                       QStringLiteral("SELECT count(*), sum(c.anonymous), sum(c.status IN ('concluded','complainant_notified','reported','closed','not_accepted','referred'))") + period + u';'};
    for (const char* column : {"cast(substr(c.received_at, 6, 2) AS INTEGER)", "c.channel", "c.category", "c.status",
                               "c.not_accepted_reason", "c.assigned_unit"})
        sql << QStringLiteral("SELECT %1, count(*)").arg(QLatin1String(column)) + period + QStringLiteral(" GROUP BY 1;");
    sql << QStringLiteral("SELECT (SELECT count(*) FROM complaints WHERE status IN ('received','registered','accepted',"
                          "'assigned','fact_finding','committee') AND received_at < '2024-10-01') + (SELECT "
                          "count(*) FROM complaints WHERE completed_day >= %1 AND received_at < '2024-10-01');")
                  .arg(QDate(2024, 10, 1).toJulianDay())
        << QStringLiteral("SELECT c.received_day, c.anonymous, c.first_answer_day, c.concluded_day, c.result_notified_day")
               + period + u';';
    QList<double> shellRuns;
    for (int run = 0; run < 5; ++run) {
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {path});
        shell.write(sql.join(u'\n').toUtf8());
        shell.closeWriteChannel();
        if (!shell.waitForFinished(60000) || shell.exitCode() != 0) {
            out << "sqlite3 shell not available: " << shell.readAllStandardError() << '\n';
            return 0;
        }
        static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
        double seconds = 0;
        for (auto m = real.globalMatch(QString::fromUtf8(shell.readAllStandardOutput())); m.hasNext();)
            seconds += m.next().captured(1).toDouble();
        shellRuns << seconds * 1000;
    }
    std::sort(shellRuns.begin(), shellRuns.end());
    const double shellMs = shellRuns[shellRuns.size() / 2];
    out << QStringLiteral("same SQL in the sqlite3 shell: %1 ms; Sujarit/sqlite3 = %2\n")
               .arg(shellMs, 0, 'f', 1)
               .arg(yearMs / shellMs, 0, 'f', 2);
    out << QStringLiteral("peak memory: %1 MiB\n").arg(peakKiB() / 1024);
    return 0;
}
