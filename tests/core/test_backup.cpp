// SPDX-License-Identifier: GPL-3.0-or-later
// Backups that restore: a copy taken while another connection is writing, checked, restored over a register that
// is kept aside; damaged, foreign and newer files refused with the register untouched; daily backups pruned.
#include "TestSupport.h"

#include "calendar/Clock.h"
#include "complaints/ComplaintRepository.h"
#include "storage/Backup.h"
#include "storage/RegisterCopy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <atomic>
#include <memory>

using namespace sujarit;

namespace {
/** Every complaint's receipt and subject, in order: what "the same register" means here. */
QStringList contents(storage::Database& db)
{
    QSqlQuery q = db.query();
    REQUIRE(db.exec(
        q, QStringLiteral("SELECT receipt_running, receipt_year, subject, status FROM complaints ORDER BY id")));
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1/%2 %3 %4")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    return out;
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void addComplaints(storage::Database& db, int n, const char* subject)
{
    complaints::ComplaintRepository repo(db, [] { return dt("2026-11-20T12:00:00"); });
    QList<complaints::Complaint> batch;
    for (int i = 0; i < n; ++i)
        batch << sampleComplaint(dt("2026-11-02T09:00:00").addSecs(60 * i), QString::fromUtf8(subject));
    REQUIRE(repo.add(batch));
}
} // namespace

TEST_CASE("A backup taken while another connection writes restores to exactly what it held", "[backup]")
{
    TempRegister r;
    addComplaints(r.db, 20, "เรื่องก่อนสำรอง");
    // Another clerk is in the middle of a save: the copy neither waits for it nor catches half of it (only the
    // backup's own entry in the trail waits for that save to end, as any save would).
    std::atomic<bool> saving { false };
    QString otherError;
    std::unique_ptr<QThread> clerk(QThread::create([&] {
        storage::Database other;
        other.setSession(officeHead());
        if (!other.open(r.path, storage::Database::OpenMode::MustExist)) {
            otherError = other.errorString();
            saving = true;
            return;
        }
        storage::Database::Transaction tx(other);
        if (!tx.isActive() || !other.setSetting(QStringLiteral("pending"), QStringLiteral("not yet committed")))
            otherError = other.errorString();
        saving = true;
        QThread::msleep(1500); // then rolled back
    }));
    clerk->start();
    while (!saving)
        QThread::msleep(10);
    REQUIRE(otherError.isEmpty());
    {
        const QString backup = r.dir.filePath(QStringLiteral("backup.db"));
        QString error;
        REQUIRE(storage::backupTo(r.db, backup, &error));
        const auto check = storage::checkBackup(backup, &error);
        REQUIRE(check);
        CHECK(check->complaints == 20);
        CHECK(check->schemaVersion == storage::Database::currentSchemaVersion());
        REQUIRE(check->manifest);
        CHECK(check->manifest->complaints == 20);
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            copy.setDatabaseName(backup);
            REQUIRE(copy.open());
            QSqlQuery q(copy);
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'pending'")));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        CHECK(QFile::permissions(backup)
              == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    }
    clerk->wait();
    const QStringList before = contents(r.db);
    addComplaints(r.db, 5, "เรื่องหลังสำรอง");
    REQUIRE(contents(r.db).size() == 25);

    const QString backup = r.dir.filePath(QStringLiteral("backup.db"));
    if (testingOnServer()) {
        // A register on a server is not overwritten in place: its backup goes into a new database (migrate-to).
        QString error;
        CHECK_FALSE(storage::restoreFrom(r.path, backup, nullptr, &error));
        CHECK(error.contains(QStringLiteral("migrate-to")));
        CHECK(contents(r.db).size() == 25);
        TestServerDatabase fresh;
        storage::Database from, to;
        from.setSession(officeHead());
        to.setSession(officeHead());
        REQUIRE(from.open(backup, storage::Database::OpenMode::MustExist));
        REQUIRE(to.open(fresh.url));
        const auto report = storage::copyRegister(from, to, &error);
        INFO(error.toStdString());
        REQUIRE(report);
        CHECK(contents(to) == before);
        to.close();
        return;
    }
    r.db.close();
    QString aside, error;
    REQUIRE(storage::restoreFrom(r.path, backup, &aside, &error));
    CHECK(aside.startsWith(r.path + QStringLiteral(".before-restore-")));
    REQUIRE(r.db.open(r.path, storage::Database::OpenMode::MustExist));
    CHECK(contents(r.db) == before);
    // The register as it was, with the five later complaints, is kept aside and opens.
    storage::Database kept;
    REQUIRE(kept.open(aside, storage::Database::OpenMode::MustExist));
    CHECK(contents(kept).size() == 25);
}

TEST_CASE("Damaged, foreign and newer files are refused and the register is left as it was", "[backup][sqlite]")
{
    TempRegister r;
    addComplaints(r.db, 3, "เรื่องเดิม");
    const QString good = r.dir.filePath(QStringLiteral("good.db"));
    QString error;
    REQUIRE(storage::backupTo(r.db, good, &error));
    r.db.close();
    const QByteArray original = digest(r.path);

    const auto refuses = [&](const QString& file, const char* message) {
        QString aside, why;
        CHECK_FALSE(storage::restoreFrom(r.path, file, &aside, &why));
        CHECK(why.contains(QString::fromUtf8(message)));
        CHECK(why.contains(QStringLiteral("the register was not changed")));
        CHECK(digest(r.path) == original);
        CHECK(QDir(r.dir.path()).entryList({ QStringLiteral("*.before-restore-*") }).isEmpty());
    };
    QFile junk(r.dir.filePath(QStringLiteral("junk.db")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(5000, 'x'));
    junk.close();
    refuses(junk.fileName(), "not an SQLite file");

    QFile::copy(good, r.dir.filePath(QStringLiteral("cut.db")));
    QFile cut(r.dir.filePath(QStringLiteral("cut.db")));
    cut.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    REQUIRE(cut.resize(cut.size() / 2));
    refuses(cut.fileName(), "damaged");

    {
        QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        foreign.setDatabaseName(r.dir.filePath(QStringLiteral("foreign.db")));
        REQUIRE(foreign.open());
        QSqlQuery(foreign).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
        QSqlQuery(foreign).exec(QStringLiteral("PRAGMA user_version = 3"));
        foreign.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    refuses(r.dir.filePath(QStringLiteral("foreign.db")), "not a Sujarit register");

    QFile::copy(good, r.dir.filePath(QStringLiteral("newer.db")));
    QFile::setPermissions(r.dir.filePath(QStringLiteral("newer.db")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QSqlDatabase newer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        newer.setDatabaseName(r.dir.filePath(QStringLiteral("newer.db")));
        REQUIRE(newer.open());
        QSqlQuery(newer).exec(QStringLiteral("PRAGMA user_version = 99"));
        newer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    refuses(r.dir.filePath(QStringLiteral("newer.db")), "written by a newer version of Sujarit (schema 99");
    refuses(r.dir.filePath(QStringLiteral("missing.db")), "there is no such file");

    // A backup whose audit trail was tampered with is not trusted either.
    QFile::copy(good, r.dir.filePath(QStringLiteral("tampered.db")));
    QFile::setPermissions(r.dir.filePath(QStringLiteral("tampered.db")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QSqlDatabase tampered = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tampered"));
        tampered.setDatabaseName(r.dir.filePath(QStringLiteral("tampered.db")));
        REQUIRE(tampered.open());
        // The guard dropped, the entry edited, the guard put back as it was: only the chain can tell.
        QSqlQuery q(tampered);
        REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_append_only_update'")));
        REQUIRE(q.next());
        const QString guard = q.value(0).toString();
        q.finish();
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_append_only_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE audit SET actor = 'someone else' WHERE id = 1")));
        REQUIRE(q.exec(guard));
        q = QSqlQuery();
        tampered.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tampered"));
    refuses(r.dir.filePath(QStringLiteral("tampered.db")), "its audit trail does not verify: audit entry 1");
}

TEST_CASE("Daily backups: one a day, the oldest beyond the number kept removed", "[backup]")
{
    TempRegister r;
    addComplaints(r.db, 2, "เรื่อง");
    const QString folder = r.dir.filePath(QStringLiteral("daily"));
    QString error;
    for (const char* day : { "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20" }) {
        const auto written = storage::dailyBackup(r.db, folder, d(day), 3, &error);
        REQUIRE(written);
        CHECK(written->endsWith(QStringLiteral("sujarit-%1.db").arg(QString::fromLatin1(day))));
    }
    const auto again = storage::dailyBackup(r.db, folder, d("2026-11-20"), 3, &error);
    REQUIRE(again);
    CHECK(again->isEmpty());
    CHECK(QDir(folder).entryList(QDir::Files)
          == QStringList { QStringLiteral("sujarit-2026-11-18.db"), QStringLiteral("sujarit-2026-11-19.db"),
                           QStringLiteral("sujarit-2026-11-20.db") });
    CHECK(storage::checkBackup(QDir(folder).filePath(QStringLiteral("sujarit-2026-11-20.db")), &error)->complaints
          == 2);
    CHECK(storage::backupsKept(r.db) == 14);
    REQUIRE(r.db.setSetting(QStringLiteral("backup.keep"), QStringLiteral("30")));
    CHECK(storage::backupsKept(r.db) == 30);
    CHECK_FALSE(storage::backupTo(r.db, r.path, &error));
    CHECK(error.contains(QStringLiteral("the register itself")));
}

TEST_CASE("A backup is a file: a server address as its target is refused and nothing is made", "[backup]")
{
    TempRegister r;
    addComplaints(r.db, 1, "เรื่อง");
    QString error;
    const QString server = QStringLiteral("postgresql://clerk:secret@office-server:5432/backups");
    CHECK_FALSE(storage::backupTo(r.db, server, &error));
    CHECK(error.contains(QStringLiteral("a backup is a file")));
    CHECK(error.contains(QStringLiteral("office-server")));
    CHECK_FALSE(error.contains(QStringLiteral("secret")));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("postgresql:")));
}

TEST_CASE("A copy asked to stop (the app closing during its daily backup) stops and keeps nothing", "[backup]")
{
    TempRegister r;
    addComplaints(r.db, 3, "เรื่อง");
    const QString copyPath = r.dir.filePath(QStringLiteral("copy.db"));
    const QString backupPath = r.dir.filePath(QStringLiteral("stopped/backup.db"));
    QString copyError, backupError, openError;
    bool copiedAnything = true, backedUp = false;
    // On a thread of its own, as the app's daily backup runs; the thread is asked to stop as ~DailyBackup asks it.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        storage::Database from, to;
        if (!from.open(r.path, storage::Database::OpenMode::MustExist) || !from.setSession(officeHead())
            || !to.open(copyPath)) {
            openError = from.errorString() + to.errorString();
            return;
        }
        QThread::currentThread()->requestInterruption();
        copiedAnything = storage::copyRegister(from, to, &copyError).has_value();
        QSqlQuery q = to.query();
        copiedAnything = copiedAnything
            || (to.exec(q, QStringLiteral("SELECT count(*) FROM complaints")) && q.next() && q.value(0).toInt() > 0);
        backedUp = storage::backupTo(from, backupPath, &backupError);
    }));
    worker->start();
    worker->wait();
    REQUIRE(openError.isEmpty());
    CHECK_FALSE(copiedAnything);
    CHECK(copyError.contains(QStringLiteral("stopped")));
    if (testingOnServer()) { // the server's backup is such a copy: given up, its unfinished file removed
        CHECK_FALSE(backedUp);
        CHECK(backupError.contains(QStringLiteral("stopped")));
        CHECK(QDir(r.dir.filePath(QStringLiteral("stopped"))).entryList(QDir::Files | QDir::Hidden).isEmpty());
    } else { // a file's backup is VACUUM INTO: seconds, let finish
        CHECK(backedUp);
        CHECK(storage::checkBackup(backupPath, &backupError)->complaints == 3);
    }
}
