// SPDX-License-Identifier: GPL-3.0-or-later
// Bad files: a truncated register, a full disk and a register another program keeps locked each give a
// clear message, and nothing already stored is harmed. (Not SQLite at all, foreign and newer files: test_database;
// read-only files need another user than root, so the CLI tests try them as nobody.)
#include "TestSupport.h"

#include "complaints/ComplaintRepository.h"
#include "storage/Audit.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace sujarit;

namespace {
QString integrity(storage::Database& db)
{
    QSqlQuery q = db.query();
    REQUIRE(db.exec(q, QStringLiteral("PRAGMA integrity_check")));
    q.next();
    return q.value(0).toString();
}

QList<complaints::Complaint> batch(int n, int day)
{
    QList<complaints::Complaint> list;
    for (int i = 0; i < n; ++i)
        list << sampleComplaint(dt("2025-01-01T09:00:00").addDays(day).addSecs(i),
                                QStringLiteral("เรื่องทดสอบพื้นที่ดิสก์เต็ม %1 ").arg(i).repeated(8));
    return list;
}
} // namespace

TEST_CASE("A full disk saves nothing, harms nothing, and says so", "[database][bad-files][sqlite]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db, [] { return dt("2025-03-01T12:00:00"); });
    auto first = batch(20, 0);
    REQUIRE(repo.add(first));
    // SQLite reports "database or disk is full" when the file may not grow: the same as a disk with no room left.
    QSqlQuery q = r.db.query();
    REQUIRE(r.db.exec(q, QStringLiteral("PRAGMA page_count")));
    q.next();
    const int pages = q.value(0).toInt();
    REQUIRE(r.db.exec(q, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    auto big = batch(3000, 10);
    CHECK_FALSE(repo.add(big));
    CHECK(repo.errorString().contains(QStringLiteral("disk is full")));
    CHECK(repo.errorString().contains(QStringLiteral("Nothing was saved")));
    CHECK(complaintsIn(r.db) == 20);
    CHECK(integrity(r.db) == QStringLiteral("ok"));
    CHECK(storage::verifyAudit(r.db).ok);
    // Room again: saving works, numbers go on without a gap.
    REQUIRE(r.db.exec(q, QStringLiteral("PRAGMA max_page_count = 1073741823")));
    auto later = batch(5, 20);
    REQUIRE(repo.add(later));
    CHECK(later.first().receipt.running == 21);
}

TEST_CASE("A register another program keeps locked gives up with a clear message", "[database][bad-files]")
{
    qputenv("SUJARIT_BUSY_TIMEOUT", "1");
    TempRegister r;
    r.db.close();
    REQUIRE(r.db.open(r.path)); // with the short wait
    r.setSession(officeHead());
    complaints::ComplaintRepository repo(r.db, [] { return dt("2025-03-01T12:00:00"); });
    auto first = batch(3, 0);
    REQUIRE(repo.add(first));
    {
        // Another Sujarit in the middle of a long save (SQLite's write lock; a server's advisory lock).
        storage::Database other;
        REQUIRE(other.open(r.path, storage::Database::OpenMode::MustExist));
        storage::Database::Transaction lock(other);
        REQUIRE(lock.isActive());
        auto more = batch(3, 5);
        CHECK_FALSE(repo.add(more));
        CHECK(repo.errorString().contains(QStringLiteral("busy")));
        CHECK(repo.errorString().contains(QStringLiteral("try again")));
    }
    qunsetenv("SUJARIT_BUSY_TIMEOUT");
    auto more = batch(3, 5);
    CHECK(repo.add(more));
    CHECK(complaintsIn(r.db) == 6);
}

TEST_CASE("A truncated register is refused with a clear message and left as it was", "[database][bad-files][sqlite]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db, [] { return dt("2025-03-01T12:00:00"); });
    auto list = batch(200, 0);
    REQUIRE(repo.add(list));
    r.db.close();
    QFile f(r.path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.resize(f.size() / 3));
    f.close();
    const QByteArray before = [&] {
        QFile g(r.path);
        REQUIRE(g.open(QIODevice::ReadOnly));
        return g.readAll();
    }();
    storage::Database again;
    CHECK_FALSE(again.open(r.path, storage::Database::OpenMode::MustExist));
    CHECK(again.errorString().contains(QStringLiteral("damaged")));
    CHECK(again.errorString().contains(QStringLiteral("restore")));
    QFile g(r.path);
    REQUIRE(g.open(QIODevice::ReadOnly));
    CHECK(g.readAll() == before);
}
