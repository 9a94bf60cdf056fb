// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "complaints/ComplaintRepository.h"
#include "ita/ItaItems.h"
#include "schema/RegisterSchema.h"
#include "schema/Tables.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace sujarit;

namespace {
QByteArray hashOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/** Every object of the file at \a path as "type name on table: SQL", the SQL folded as a backup's is checked. */
QStringList objectsOf(const QString& path, int schemaLimit = 0)
{
    storage::Database db;
    db.setSchemaLimit(schemaLimit);
    INFO(path.toStdString());
    REQUIRE(db.open(path));
    QSqlQuery q = db.query();
    REQUIRE(q.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master")));
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1 %2 on %3: %4")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        storage::foldedSql(q.value(3).toString()));
    out.sort();
    return out;
}

/** What one of two lists of objects has that the other has not, each marked with the side it is on. */
QStringList unlike(const QStringList& a, const QStringList& b)
{
    QStringList out;
    for (const QString& x : a)
        if (!b.contains(x))
            out << QStringLiteral("only upgraded: ") + x;
    for (const QString& x : b)
        if (!a.contains(x))
            out << QStringLiteral("only new: ") + x;
    return out;
}
} // namespace

TEST_CASE("A new register has the current schema, WAL and foreign keys", "[database][sqlite]")
{
    TempRegister r;
    CHECK(r.db.schemaVersion() == storage::Database::currentSchemaVersion());
    QSqlQuery q = r.db.query();
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(QFile::permissions(r.path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    // Reopening does nothing to a current database.
    r.db.close();
    REQUIRE(r.db.open(r.path, storage::Database::OpenMode::MustExist));
}

TEST_CASE("A database from a newer Sujarit is refused and left untouched", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        storage::Database db;
        REQUIRE(db.open(path));
        REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = 999")));
        REQUIRE(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = hashOf(path);
    storage::Database db;
    CHECK_FALSE(db.open(path));
    CHECK(db.errorString().contains(QStringLiteral("newer version")));
    CHECK_FALSE(db.isOpen());
    CHECK(hashOf(path) == before);
}

TEST_CASE("Files that are not Sujarit registers are refused with a clear message", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all, just some text that someone saved here\n");
    }
    storage::Database db;
    CHECK_FALSE(db.open(text));
    CHECK(db.errorString().contains(QStringLiteral("not an SQLite file")));

    const QString other = dir.filePath(QStringLiteral("other.db"));
    {
        storage::Database raw;
        REQUIRE(raw.open(dir.filePath(QStringLiteral("scratch.db"))));
    }
    {
        // An SQLite file made by another program.
        QSqlDatabase s = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        s.setDatabaseName(other);
        REQUIRE(s.open());
        QSqlQuery q(s);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t(x)")));
        s.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    CHECK_FALSE(db.open(other));
    CHECK(db.errorString().contains(QStringLiteral("another program")));

    CHECK_FALSE(db.open(dir.filePath(QStringLiteral("missing.db")), storage::Database::OpenMode::MustExist));
    CHECK(db.errorString().contains(QStringLiteral("init")));
}

TEST_CASE("A failed migration leaves the database as it was", "[database][sqlite]")
{
    // Schema 1 is the only migration so far: prove that a failing statement inside a migration's transaction
    // leaves nothing behind by running the same machinery by hand.
    TempRegister r;
    {
        storage::Database::Transaction tx(r.db);
        REQUIRE(tx.isActive());
        REQUIRE(r.db.exec(QStringLiteral("CREATE TABLE half_done(x)")));
        CHECK_FALSE(r.db.exec(QStringLiteral("CREATE TABLE complaints(x)"))); // already exists: fails
    } // rolled back here
    QSqlQuery q = r.db.query();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("Storage runs the schema it is given - a failing step leaves the register as it was", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.db"));
    const int current = storage::Database::currentSchemaVersion();
    {
        storage::Database db;
        REQUIRE(db.open(path));
    }
    const auto reinstall = qScopeGuard([] { schema::install(); });
    storage::Schema broken = schema::registerSchema();
    broken.steps.append({current + 1, [](storage::Database& db) {
                            return db.exec(QStringLiteral("CREATE TABLE half_done(x)"))
                                && db.exec(QStringLiteral("CREATE TABLE complaints(x)")); // exists: fails
                        }});
    storage::installSchema(broken);
    {
        storage::Database db;
        CHECK_FALSE(db.open(path));
        CHECK(db.errorString().contains(QString::number(current + 1)));
    }
    storage::installSchema({});
    {
        storage::Database db;
        CHECK_FALSE(db.open(path));
        CHECK(db.errorString().contains(QStringLiteral("schema::install")));
    }
    schema::install();
    storage::Database db;
    REQUIRE(db.open(path));
    CHECK(db.schemaVersion() == current);
    QSqlQuery q = db.query();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("The released schema 1 fixture opens, upgrades and reads back", "[database][fixture][sqlite]")
{
    // tests/data/register-schema1.db was written by the first release's sujarit-cli. Every later release must open
    // it, migrate it in place and read the same cases.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    REQUIRE(QFile::copy(QStringLiteral(TEST_DATA_DIR "/register-schema1.db"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    storage::Database db;
    INFO(db.errorString().toStdString());
    REQUIRE(db.open(path, storage::Database::OpenMode::MustExist));
    CHECK(db.schemaVersion() == storage::Database::currentSchemaVersion());
    db.setSession(officeHead());
    complaints::ComplaintRepository repo(db);
    CHECK(repo.count({}) == 5);
    const auto c = repo.find({1, 2567});
    REQUIRE(c);
    CHECK(c->status == QStringLiteral("assigned"));
    CHECK(c->assignedUnit == QStringLiteral("กองช่าง"));
    CHECK(c->evidence.size() == 1);
    CHECK(repo.receiptCodeMatches(*c));
    CHECK(c->history.size() == 4);
    CHECK(c->history[1].by == QStringLiteral("นางสาวสมใจ ใจดี"));
    complaints::ComplaintFilter f;
    f.search = QStringLiteral("ขยะ");
    CHECK(repo.count(f) >= 1);

    // Schema 2 added the milestone days and the ITA item numbers to the old file.
    QSqlQuery q = db.query();
    REQUIRE(db.exec(q, QStringLiteral("SELECT received_day, first_answer_day FROM complaints WHERE id = ?"), {c->id}));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == c->receivedAt.date().toJulianDay());
    CHECK(q.value(1).isNull()); // assigned, not yet answered
    CHECK(ita::ItemStore(db).statisticsItem(2569) == QStringLiteral("O18"));
    complaints::StepRequest answer;
    answer.step = QStringLiteral("progress_notified");
    answer.at = c->history.last().at.addDays(1);
    const bool recorded = repo.recordStep(c->receipt, answer);
    INFO(repo.errorString().toStdString());
    REQUIRE(recorded);
    REQUIRE(db.exec(q, QStringLiteral("SELECT first_answer_day FROM complaints WHERE id = ?"), {c->id}));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == answer.at.date().toJulianDay());
}

TEST_CASE("A table described once is made alike on a file and a server, numbered and audited", "[database]")
{
    const auto reinstall = qScopeGuard([] { schema::install(); });
    storage::Schema extended = schema::registerSchema();
    const int next = storage::Database::currentSchemaVersion() + 1;
    const schema::Table sample{QStringLiteral("sample_meetings"),
                               QStringLiteral("id"),
                               {QStringLiteral("{id}"), QStringLiteral("held_on TEXT NOT NULL {isodate:held_on}"),
                                QStringLiteral("score {real}"), QStringLiteral("minutes {blob}"),
                                QStringLiteral("title TEXT NOT NULL CHECK (title <> '')")},
                               {QStringLiteral("UNIQUE (held_on, title)")}};
    extended.steps.append({next, [&](storage::Database& db) { return schema::createTable(db, sample); }});
    storage::installSchema(extended);
    TempRegister r;
    REQUIRE(r.db.schemaVersion() == next);
    const QString insert = QStringLiteral("INSERT INTO sample_meetings (held_on, score, minutes, title) VALUES (?, ?, ?, ?)");
    REQUIRE(r.db.exec(insert, {QStringLiteral("2027-01-15"), 2.5, QByteArray("\x00\x01", 2), QStringLiteral("ครั้งที่ 1")}));
    REQUIRE(r.db.exec(insert, {QStringLiteral("2027-02-15"), 0.1, QByteArray(), QStringLiteral("ครั้งที่ 2")}));
    CHECK_FALSE(r.db.exec(insert, {QStringLiteral("15/2/2570"), 1, QByteArray(), QStringLiteral("ครั้งที่ 3")}));
    CHECK_FALSE(r.db.exec(insert, {QStringLiteral("2027-02-15"), 1, QByteArray(), QStringLiteral("ครั้งที่ 2")}));
    QSqlQuery q = r.db.query();
    REQUIRE(r.db.exec(q, QStringLiteral("SELECT id, score, minutes FROM sample_meetings ORDER BY id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1);
    CHECK(q.value(1).toDouble() == 2.5);
    CHECK(q.value(2).toByteArray() == QByteArray("\x00\x01", 2));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 2);
    CHECK(q.value(1).toDouble() == 0.1); // double precision on both
    REQUIRE(r.db.exec(q, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'sample_meetings'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
}

TEST_CASE("A file upgraded from schema 1 holds what a new one holds, object by object", "[database][fixture][sqlite]")
{
    // A new register is made at once from the tables described in schema/RegisterTables.cpp; one made by an older
    // Sujarit goes through the released steps of schema/FileHistory.cpp. Both must end the same, to the text of each
    // statement, or a backup of the one would not pass the check made from the other.
    QTemporaryDir dir;
    const QStringList fresh = objectsOf(dir.filePath(QStringLiteral("new.db")));
    REQUIRE(fresh.size() > 50);
    const QString old = dir.filePath(QStringLiteral("old.db"));
    REQUIRE(QFile::copy(QStringLiteral(TEST_DATA_DIR "/register-schema1.db"), old));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK(unlike(objectsOf(old), fresh) == QStringList());
    // And a file left at each released schema by an older version, brought up from there.
    for (int version = 1; version < 7; ++version) {
        const QString path = dir.filePath(QStringLiteral("at%1.db").arg(version));
        INFO("made at schema " << version);
        const QStringList then = objectsOf(path, version);
        CHECK(then != fresh);
        CHECK(unlike(objectsOf(path), fresh) == QStringList());
    }

    // The upgraded register's backup passes this version's check, which compares it with a new register's schema.
    storage::Database db;
    REQUIRE(db.open(old, storage::Database::OpenMode::MustExist));
    db.setSession(officeHead());
    const QString backup = dir.filePath(QStringLiteral("old-backup.db"));
    QString error;
    REQUIRE(storage::backupTo(db, backup, &error));
    const auto check = storage::checkBackup(backup, &error);
    INFO(error.toStdString());
    CHECK(check.has_value());
}
