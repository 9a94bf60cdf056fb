// SPDX-License-Identifier: GPL-3.0-or-later
// Bad files through sujarit-cli: a truncated register, a read-only one (tried as another user than root,
// since root may write anything), and one another program keeps locked — each a clear message, the file unharmed.
#include "CliRunner.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace {
QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST_CASE("sujarit-cli on a truncated, a read-only and a locked register", "[cli][bad-files][sqlite]")
{
    Cli cli;
    cli.init();
    cli.ok(
        args({ "complaints", "add", "--json", "-" }),
        R"({"received_at": "2026-01-26", "channel": "post", "category": "service", "complainant_name": "นายหนึ่ง", "subject": "ถนนชำรุด"})");

    SECTION("truncated")
    {
        const QString copy = cli.dir.filePath(QStringLiteral("cut.db"));
        runProgram(QStringLiteral("sqlite3"), { cli.db, QStringLiteral(".backup '%1'").arg(copy) });
        QFile f(copy);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 3));
        f.close();
        const QByteArray before = bytesOf(copy);
        Cli other;
        other.db = copy;
        other.passwordFile = cli.passwordFile;
        const Result r = other.run(args({ "complaints", "list" }));
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("is damaged or is not a Sujarit database")));
        CHECK(r.err.contains(QStringLiteral("restore")));
        CHECK_FALSE(r.err.contains(QStringLiteral("QSql"))); // no Qt noise
        CHECK(bytesOf(copy) == before);
    }

    SECTION("locked by another program for longer than the wait")
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(cli.db);
        REQUIRE(other.open());
        {
            QSqlQuery lock(other);
            REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            qputenv("SUJARIT_BUSY_TIMEOUT", "1");
            const Result r = cli.run(
                args({ "complaints", "add", "--json", "-" }),
                R"({"received_at": "2026-01-27", "channel": "post", "category": "service", "anonymous": true, "subject": "x"})");
            qunsetenv("SUJARIT_BUSY_TIMEOUT");
            CHECK(r.code == 1);
            CHECK(r.err.contains(QStringLiteral("busy")));
            REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        CHECK(cli.list().size() == 1);
    }

#ifndef Q_OS_WIN
    SECTION("read-only: the file and its folder may not be written")
    {
        // A folder another user may enter, with a copy of the register and the password that user may only read.
        QTemporaryDir shared(QDir::tempPath() + QStringLiteral("/sujarit-ro-XXXXXX"));
        REQUIRE(shared.isValid());
        const QString db = shared.filePath(QStringLiteral("register.db"));
        const QString password = shared.filePath(QStringLiteral("head.password"));
        runProgram(QStringLiteral("sqlite3"), { cli.db, QStringLiteral(".backup '%1'").arg(db) });
        REQUIRE(QFile::copy(cli.passwordFile, password));
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        REQUIRE(QFile::setPermissions(db, readOnly));
        REQUIRE(QFile::setPermissions(password, readOnly));
        REQUIRE(QFile::setPermissions(
            shared.path(), readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        // The program itself where that user may run it (the build may sit in a folder only root may enter).
        const QString program = shared.filePath(QStringLiteral("sujarit-cli"));
        REQUIRE(QFile::copy(QStringLiteral(SUJARIT_CLI), program));
        REQUIRE(QFile::setPermissions(
            program, readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        const QByteArray before = bytesOf(db);
        QProcess p;
        QStringList command { program, QStringLiteral("--db"), db, QStringLiteral("complaints"),
                              QStringLiteral("list") };
        if (geteuid() == 0) // root writes anything: run it as nobody
            command = QStringList { QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("nobody"),
                                    QStringLiteral("--") }
                + command;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUJARIT_USER"), cli.user);
        env.insert(QStringLiteral("SUJARIT_PASSWORD_FILE"), password);
        env.insert(QStringLiteral("HOME"), shared.path());
        p.setProcessEnvironment(env);
        p.start(command.takeFirst(), command);
        REQUIRE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(err.toStdString());
        CHECK(p.exitCode() == 1);
        CHECK(err.contains(QStringLiteral("read-only")));
        CHECK(err.contains(db));
        CHECK(bytesOf(db) == before);
        QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
#endif
}
