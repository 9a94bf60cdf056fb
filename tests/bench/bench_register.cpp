// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the complaint register: generates realistic complaints over ten fiscal years, imports them through
// the real CSV path into a real SQLite file, then times search, a fiscal-year list and the overdue query.
// Usage: bench_register [COUNT=100000] [DB_PATH]. Prints figures; asserts nothing (see README "Performance").
#include "BenchData.h"
#include "BenchSupport.h"
#include "complaints/ComplaintImport.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/SealedIdentity.h"
#include "complaints/HolidayTable.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "text/Csv.h"
#include "schema/RegisterSchema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>


using namespace sujarit;

int main(int argc, char* argv[])
{
    sujarit::schema::install(); // the register's schema, before any database is opened
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.db"));
    QFile::remove(path);
    QTextStream out(stdout);
    QRandomGenerator rng(2568);

    const QByteArray csv = bench::generate(count, rng);
    out << "data: " << count << " complaints over fiscal years 2560-2569, CSV " << csv.size() / (1024 * 1024)
        << " MiB (UTF-8, Thai headers and dates)\n";

    storage::Database db;
    if (!db.open(path)) {
        out << db.errorString() << '\n';
        return 1;
    }
    db.setSession(benchSession());
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0));
    complaints::ComplaintRepository repo(db, [now] { return now; });

    QElapsedTimer t;
    t.start();
    QString error;
    auto plan = complaints::readRegister(std::move(csv), now, &error);
    if (!plan || !plan->rejected.isEmpty()) {
        out << "read failed: " << error << (plan ? plan->rejected.first().describe() : QString()) << '\n';
        return 1;
    }
    const double readMs = t.nsecsElapsed() / 1e6;
    t.restart();
    if (!complaints::importPlan(repo, *plan, &error)) {
        out << "import failed: " << error << '\n';
        return 1;
    }
    const double writeMs = t.nsecsElapsed() / 1e6;
    out << QStringLiteral("import %1 rows: %2 s (read, check %3 s + write %4 s, one transaction)\n")
               .arg(count)
               .arg((readMs + writeMs) / 1000, 0, 'f', 2)
               .arg(readMs / 1000, 0, 'f', 2)
               .arg(writeMs / 1000, 0, 'f', 2);
    plan.reset();

    // As in a real office, cases older than a few months are closed, but for one in fifty that stalled; the
    // recent ones are open (and, on 21 Nov 2026, mostly overdue since nobody recorded a step in this benchmark).
    // (Data set-up, not an office's work: without the row-by-row trail, as an import.)
    {
        storage::Database::Transaction tx(db);
        storage::setAuditQuiet(db, true);
        db.exec(QStringLiteral("UPDATE complaints SET status = 'closed', next_deadline = NULL, next_clock = '' "
                               "WHERE received_at < '2026-08-01' AND id % 50 <> 0"));
        storage::setAuditQuiet(db, false);
        tx.commit();
    }
    db.exec(QStringLiteral("ANALYZE"));

    // A holiday added: every open case's deadline is recomputed in the same transaction; those that move are written
    // and audited.
    {
        complaints::HolidayTable holidays(db);
        QElapsedTimer h;
        h.start();
        const bool added = holidays.add({QDate(2026, 9, 17), QStringLiteral("วันหยุดพิเศษ (ทดสอบ)"),
                                         calendar::HolidayKind::Special});
        out << QStringLiteral("add a holiday, recomputing every open case's deadline: %1 ms%2\n")
                   .arg(h.nsecsElapsed() / 1e6, 0, 'f', 0)
                   .arg(added ? QString() : QStringLiteral(" (failed: ") + holidays.errorString() + u')');
    }

    const QStringList words = {QStringLiteral("ขยะ"), QStringLiteral("ไฟฟ้า"), QStringLiteral("ก่อสร้าง"),
                               QStringLiteral("ประปา"), QStringLiteral("แสงทอง"), QStringLiteral("เบี้ยยังชีพ"),
                               QStringLiteral("สุภาพ"), QStringLiteral("ญาติ"), QStringLiteral("เรื่องที่ 4242"),
                               QStringLiteral("ลูกรัง")};
    int hits = 0;
    const double searchMs = medianMs(50, [&](int i) {
        complaints::ComplaintFilter f;
        f.search = words[i % words.size()];
        f.limit = 200;
        hits = repo.list(f)->size();
    });
    const double searchCountMs = medianMs(50, [&](int i) {
        complaints::ComplaintFilter f;
        f.search = words[i % words.size()];
        hits = *repo.count(f);
    });
    const double shortMs = medianMs(20, [&](int) {
        complaints::ComplaintFilter f;
        f.search = QStringLiteral("ขย");
        f.limit = 200;
        repo.list(f);
    });
    int fyRows = 0;
    const double fyMs = medianMs(20, [&](int i) {
        complaints::ComplaintFilter f;
        f.fiscalYear = 2560 + i % 10;
        fyRows = repo.list(f)->size();
    });
    int overdueRows = 0;
    const double overdueMs = medianMs(20, [&](int) {
        complaints::ComplaintFilter f;
        f.overdueOnly = true;
        overdueRows = repo.list(f)->size();
    });
    out << QStringLiteral("search, first 200 matches of a Thai word (median of 50): %1 ms\n").arg(searchMs, 0, 'f', 2);
    out << QStringLiteral("search, count all matches of a Thai word (median of 50): %1 ms (last: %2 hits)\n")
               .arg(searchCountMs, 0, 'f', 2)
               .arg(hits);
    out << QStringLiteral("search, 2-character query, first 200 matches (median of 20): %1 ms\n").arg(shortMs, 0, 'f', 2);
    out << QStringLiteral("list one fiscal year (median of 20): %1 ms (%2 rows)\n").arg(fyMs, 0, 'f', 2).arg(fyRows);

    // The sealed identities: the import above was saved as a clerk saves (no key held, names left to index); now an
    // integrity officer holding the key indexes them, reveals a fiscal year's list, one case, and searches by name.
    if (const auto* keys = db.unclaimedKeys())
        db.holdIdentityKeys(*keys);
    t.restart();
    if (!complaints::indexPendingNames(db)) {
        out << "indexing the names failed: " << db.errorString() << '\n';
        return 1;
    }
    const double indexMs = t.nsecsElapsed() / 1e6;
    repo.setRevealReason(QStringLiteral("bench"));
    const double revealListMs = medianMs(5, [&](int i) {
        complaints::ComplaintFilter f;
        f.fiscalYear = 2560 + i % 10;
        fyRows = repo.list(f)->size();
    });
    QString name;
    const double revealOneMs = medianMs(50, [&](int i) {
        const auto c = repo.findById(1 + i * 97 % count);
        if (c && name.isEmpty() && !c->anonymous)
            name = c->complainant.name.split(u' ').value(1);
    });
    repo.setRevealReason({});
    int nameHits = 0;
    const double byNameMs = medianMs(50, [&](int) {
        complaints::ComplaintFilter f;
        f.search = name;
        nameHits = *repo.count(f);
    });
    out << QStringLiteral("sealed names: index %1 rows' names for the key holder's first search: %2 s\n")
               .arg(count)
               .arg(indexMs / 1000, 0, 'f', 2);
    out << QStringLiteral("reveal a fiscal year's list, every name opened (median of 5): %1 ms (%2 rows)\n")
               .arg(revealListMs, 0, 'f', 2)
               .arg(fyRows);
    out << QStringLiteral("reveal one whole case (median of 50): %1 ms\n").arg(revealOneMs, 0, 'f', 2);
    out << QStringLiteral("count by a complainant's name, keyed index (median of 50): %1 ms (%2 hits of “%3”)\n")
               .arg(byNameMs, 0, 'f', 2)
               .arg(nameHits)
               .arg(name);
    out << QStringLiteral("overdue query (median of 20): %1 ms (%2 rows)\n").arg(overdueMs, 0, 'f', 2).arg(overdueRows);
    out << QStringLiteral("peak memory: %1 MiB\n").arg(peakKiB() / 1024.0, 0, 'f', 1);
    out << QStringLiteral("database file: %1 MiB\n").arg(QFileInfo(path).size() / (1024.0 * 1024.0), 0, 'f', 1);
    return 0;
}
