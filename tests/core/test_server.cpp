// SPDX-License-Identifier: GPL-3.0-or-later
// What only a register on a PostgreSQL server does (tag [server], run against the test server): its creation and
// refusals, an SQLite register moved onto it, a connection lost and found again, and ([restart]) the server
// restarted in the middle of a stream of saves.
#include "TestSupport.h"

#include "complaints/ComplaintRepository.h"
#include "reports/Statistics.h"
#include "storage/Audit.h"
#include "storage/RegisterCopy.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <atomic>
#include <thread>

using namespace sujarit;

namespace {
/** Runs \a sql on database \a url through a connection of its own, as psql would; the first value it gives. */
QString onDatabase(const QString& url, const QString& sql)
{
    QString first;
    const auto location = storage::Location::parse(url);
    REQUIRE(location);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("psql"));
        raw.setHostName(location->host);
        raw.setPort(location->port);
        raw.setUserName(location->user);
        raw.setDatabaseName(location->database);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
        if (q.next())
            first = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("psql"));
    return first;
}

QList<complaints::Complaint> batch(int n, int from)
{
    QList<complaints::Complaint> out;
    for (int i = 0; i < n; ++i)
        out << sampleComplaint(dt("2026-03-02T09:00:00").addSecs(60 * (from + i)),
                               QStringLiteral("เรื่องร้องเรียนที่ %1 เรื่องถนนชำรุด").arg(from + i));
    return out;
}

QStringList receipts(storage::Database& db)
{
    QSqlQuery q = db.query();
    REQUIRE(db.exec(q, QStringLiteral("SELECT receipt_running FROM complaints ORDER BY receipt_running")));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

TEST_CASE("A fresh file and a fresh server hold the same tables and columns", "[server]")
{
    TempRegister server;
    REQUIRE(server.db.engine() == storage::Engine::PostgreSQL);
    QTemporaryDir dir;
    storage::Database file;
    REQUIRE(file.open(dir.filePath(QStringLiteral("register.db"))));
    CHECK(file.schemaVersion() == server.db.schemaVersion());
    auto tablesOf = [](storage::Database& db, const QString& sql) {
        QMap<QString, QStringList> out;
        QSqlQuery q = db.query();
        REQUIRE(db.exec(q, sql));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        for (const QString& name : std::as_const(names)) {
            QSqlQuery columns = db.query();
            REQUIRE(db.exec(columns, QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(name)));
            QStringList list;
            for (int i = 0; i < columns.record().count(); ++i)
                list << columns.record().fieldName(i);
            list.removeAll(QStringLiteral("received_day")); // the day of receipt, derived differently on each side
            list.sort();
            out.insert(name, list);
        }
        return out;
    };
    // Full-text search is the file's own (FTS5 and its shadow tables); the server searches with pg_trgm indexes,
    // and keeps its schema version in a table where the file has PRAGMA user_version.
    const auto onFile = tablesOf(file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                                      "LIKE 'sqlite%' AND name NOT LIKE 'complaint_search%'"));
    const auto onServer =
        tablesOf(server.db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                           "current_schema() AND table_type = 'BASE TABLE' AND table_name <> "
                                           "'sujarit_schema'"));
    CHECK(onFile.keys() == onServer.keys());
    for (auto it = onFile.cbegin(); it != onFile.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == onServer.value(it.key()));
    }
}

TEST_CASE("A register on a server: made in an empty database, other databases refused and left alone", "[server]")
{
    TestServerDatabase fresh;
    storage::Database db;
    CHECK_FALSE(db.open(fresh.url, storage::Database::OpenMode::MustExist));
    CHECK(db.errorString().contains(QStringLiteral("no Sujarit register")));
    CHECK(db.errorString().contains(QStringLiteral("init")));
    REQUIRE(db.open(fresh.url));
    CHECK(db.engine() == storage::Engine::PostgreSQL);
    CHECK(db.schemaVersion() == storage::Database::currentSchemaVersion());
    CHECK(db.path() == fresh.url); // the address, never a password
    db.close();
    REQUIRE(db.open(fresh.url, storage::Database::OpenMode::MustExist));
    db.close();

    TestServerDatabase other;
    onDatabase(other.url, QStringLiteral("CREATE TABLE invoices (id int)"));
    CHECK_FALSE(db.open(other.url));
    CHECK(db.errorString().contains(QStringLiteral("another program's tables")));
    onDatabase(other.url, QStringLiteral("SELECT count(*) FROM invoices")); // still there, untouched

    // A database that cannot hold Thai text is refused before anything is written.
    const QString latin = QStringLiteral("sujarit_latin_%1").arg(QCoreApplication::applicationPid());
    onDatabase(testServerUrl() + QStringLiteral("/postgres"),
               QStringLiteral("CREATE DATABASE %1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
                   .arg(latin));
    CHECK_FALSE(db.open(testServerUrl() + u'/' + latin));
    CHECK(db.errorString().contains(QStringLiteral("LATIN1, which cannot hold Thai")));
    CHECK(onDatabase(testServerUrl() + u'/' + latin,
                     QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
          == QStringLiteral("0"));
    onDatabase(testServerUrl() + QStringLiteral("/postgres"),
               QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(latin));

    CHECK_FALSE(db.open(QStringLiteral("postgresql://head:secret-2568@127.0.0.1:5432/")));
    CHECK_FALSE(db.errorString().contains(QStringLiteral("secret-2568")));
    CHECK(db.errorString().contains(QStringLiteral("postgresql://USER@HOST:PORT/DATABASE")));
    CHECK_FALSE(db.open(testServerUrl() + QStringLiteral("/no_such_database")));
    CHECK(db.errorString().contains(QStringLiteral("no database “no_such_database”")));
    CHECK_FALSE(db.open(QStringLiteral("postgresql://postgres@127.0.0.1:1/sujarit")));
    CHECK(db.errorString().contains(QStringLiteral("cannot connect to postgresql://postgres@127.0.0.1:1/sujarit")));
}

TEST_CASE("An SQLite register moved onto the server is the same register, and work goes on there", "[server]")
{
    QTemporaryDir dir;
    storage::Database file;
    REQUIRE(file.open(dir.filePath(QStringLiteral("office.db"))));
    file.setSession(officeHead());
    complaints::ComplaintRepository onFile(file, [] { return dt("2026-03-20T12:00:00"); });
    auto first = batch(40, 0);
    first[3].anonymous = true;
    first[3].complainant = {};
    REQUIRE(onFile.add(first));
    complaints::StepRequest registered;
    registered.step = QStringLiteral("registered");
    registered.at = dt("2026-03-03T10:00:00");
    REQUIRE(onFile.recordStep(first[0].receipt, registered));
    REQUIRE(file.setSetting(QStringLiteral("numbering"), QStringLiteral("fiscal")));

    TestServerDatabase fresh;
    storage::Database server;
    server.setSession(officeHead());
    REQUIRE(server.open(fresh.url));
    QString error;
    const auto report = storage::copyRegister(file, server, &error);
    INFO(error.toStdString());
    REQUIRE(report);
    CHECK(report->tables.size() == storage::registerTables().size());
    for (const storage::CopiedTable& t : report->tables) {
        INFO(t.name.toStdString());
        CHECK(t.sameContents);
        CHECK(t.source == t.copy);
    }
    CHECK(report->auditEntries >= 3); // the batch, the step, the setting

    // The same answers on both: cases, search, statistics, settings, the trail.
    complaints::ComplaintRepository onServer(server, [] { return dt("2026-03-20T12:00:00"); });
    CHECK(receipts(server) == receipts(file));
    complaints::ComplaintFilter search;
    search.search = QStringLiteral("ที่ 1");
    CHECK(onServer.count(search) == onFile.count(search));
    search.search = QStringLiteral("ถนนชำรุด");
    CHECK(onServer.count(search) == 40);
    const auto onFileStats = reports::computeStatistics(file, 2569, false, d("2026-03-20"), nullptr);
    const auto onServerStats = reports::computeStatistics(server, 2569, false, d("2026-03-20"), nullptr);
    REQUIRE(onFileStats);
    REQUIRE(onServerStats);
    CHECK(onServerStats->total == onFileStats->total);
    CHECK(onServerStats->anonymous == 1);
    CHECK(onServerStats->carriedOver == onFileStats->carriedOver);
    CHECK(server.setting(QStringLiteral("numbering")) == QStringLiteral("fiscal"));
    CHECK(storage::verifyAudit(server).ok);

    // Numbers, ids and the trail go on from where the file stopped.
    auto more = batch(2, 40);
    REQUIRE(onServer.add(more));
    CHECK(more[0].receipt.running == 41);
    CHECK(more[0].id == 41);
    CHECK(storage::verifyAudit(server).ok);

    // Into a database that already holds a register: refused, nothing written.
    TestServerDatabase second;
    storage::Database busy;
    REQUIRE(busy.open(second.url));
    busy.setSession(officeHead());
    complaints::ComplaintRepository onBusy(busy);
    auto one = batch(1, 0);
    REQUIRE(onBusy.add(one));
    CHECK_FALSE(storage::copyRegister(file, busy, &error));
    CHECK(error.contains(QStringLiteral("already holds a register")));
    CHECK(receipts(busy) == QStringList { QStringLiteral("1") });
}

TEST_CASE("A connection the server dropped: the save says so plainly, the next one reconnects", "[server]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db, [] { return dt("2026-03-20T12:00:00"); });
    auto first = batch(3, 0);
    REQUIRE(repo.add(first));
    // As a server restart or a network cut does: every connection to the register is ended by the server.
    endServerConnections(r.path);
    auto second = batch(1, 3);
    const bool saved = repo.add(second);
    if (!saved) {
        CHECK(repo.errorString().contains(QStringLiteral("connection")));
        CHECK(repo.errorString().contains(QStringLiteral("try again")));
        REQUIRE(repo.add(second)); // the clerk presses Save again
    }
    CHECK(second[0].receipt.running == 4);
    CHECK(receipts(r.db).size() == 4);
    CHECK(storage::verifyAudit(r.db).ok);
}

TEST_CASE("A connection lost in the middle of a save: the reason given is the lost connection, never an empty one",
          "[server]")
{
    TempRegister r;
    storage::Database::Transaction tx(r.db);
    REQUIRE(tx.isActive());
    endServerConnections(r.path);
    // A read whose failure its caller does not look at (a setting falls back to its default), then a statement
    // prepared on the dead connection: Qt gives it no error at all, only a warning.
    CHECK(r.db.setting(QStringLiteral("receipt_key"), QStringLiteral("none")) == QStringLiteral("none"));
    QSqlQuery q = r.db.query();
    CHECK_FALSE(q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)")));
    CHECK_FALSE(r.db.failSql(QString(), q));
    CHECK(r.db.errorString().contains(QStringLiteral("connection")));
    CHECK(r.db.errorString().contains(QStringLiteral("try again")));
}

TEST_CASE("The server restarts in the middle of a stream of saves: every save reported done is there", "[restart]")
{
    REQUIRE(testingOnServer());
    TempRegister r;
    complaints::ComplaintRepository repo(r.db, [] { return dt("2026-03-20T12:00:00"); });
    const QString state = QFileInfo(qEnvironmentVariable("SUJARIT_TEST_POSTGRES")).absolutePath();
    const QString script = QStringLiteral(SOURCE_DIR "/tests/postgres/cluster.sh");
    std::atomic<bool> restarted { false };
    std::atomic<int> restartExit { -1 };
    QStringList saved, failed;
    QStringList messages;
    std::thread restarter;
    for (int i = 0; i < 400 && !(restarted && saved.size() > 0 && i > 250); ++i) {
        if (i == 60) // in the middle of the stream, from another thread: the saves do not wait for it
            restarter = std::thread([&] {
                restartExit = std::system(
                    QStringLiteral("bash '%1' restart '%2' fast").arg(script, state).toLocal8Bit().constData());
                restarted = true;
            });
        auto one = batch(1, i);
        if (repo.add(one))
            saved << QString::number(one[0].receipt.running);
        else {
            failed << QString::number(i);
            messages << repo.errorString();
            std::this_thread::sleep_for(std::chrono::milliseconds(100)); // the clerk reads the message, tries again
        }
    }
    if (restarter.joinable())
        restarter.join();
    REQUIRE(restartExit == 0);
    // After the restart the same connection object saves again (it reconnects by itself).
    auto after = batch(1, 1000);
    REQUIRE(repo.add(after));
    saved << QString::number(after[0].receipt.running);
    INFO(messages.join(u'\n').toStdString());
    CHECK_FALSE(failed.isEmpty()); // the restart did fall in the stream
    for (const QString& m : std::as_const(messages))
        CHECK(m.contains(QStringLiteral("connection")));
    // Every save that said it was done is there; receipt numbers have no gap.
    const QStringList stored = receipts(r.db);
    for (const QString& n : std::as_const(saved))
        CHECK(stored.contains(n));
    CHECK(stored.size() >= saved.size());
    CHECK(stored.last().toInt() == stored.size());
    CHECK(storage::verifyAudit(r.db).ok);
}

TEST_CASE("A register whose copy cannot be proved is not moved: the server database stays empty", "[server]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.db"));
    {
        storage::Database file;
        REQUIRE(file.open(path));
        file.setSession(officeHead());
        complaints::ComplaintRepository repo(file);
        auto some = batch(5, 0);
        REQUIRE(repo.add(some));
    }
    // Someone edited the file's trail with the sqlite3 shell: the original itself no longer checks out.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_append_only_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE audit SET actor = 'someone else' WHERE id = 1")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shell"));
    storage::Database file, server;
    REQUIRE(file.open(path));
    file.setSession(officeHead());
    TestServerDatabase fresh;
    REQUIRE(server.open(fresh.url));
    server.setSession(officeHead());
    QString error;
    CHECK_FALSE(storage::copyRegister(file, server, &error));
    CHECK(error.contains(QStringLiteral("audit trail does not check out")));
    CHECK(receipts(server).isEmpty());
    CHECK(server.setting(QStringLiteral("numbering")) == QStringLiteral("calendar")); // the new register's own
}
