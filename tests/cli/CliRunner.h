// SPDX-License-Identifier: GPL-3.0-or-later
// Runs sujarit-cli as a process on a database file in a temporary folder, for the end-to-end tests.
#pragma once
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <memory>

namespace cli_test {

struct Result
{
    int code = -1;
    QString out, err;
};

/** A temporary folder with a database path, and a way to run the CLI on it. */
struct Cli
{
    QTemporaryDir dir;
    TestServerDatabase server; ///< the register on the PostgreSQL test server, when the suite runs there
    QString db;
    QString today = QStringLiteral("2026-01-31");

    QString user = QStringLiteral("head"); ///< who signs in (SUJARIT_USER); empty: nobody
    QString passwordFile; ///< SUJARIT_PASSWORD_FILE

    Cli()
        : db(server.url.isEmpty() ? dir.filePath(QStringLiteral("register.db")) : server.url)
        , passwordFile(dir.filePath(QStringLiteral("head.password")))
    {
        QFile f(passwordFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("head-of-office-2568\n");
    }

    /**
     * Creates the register with its first administrator, "head", who is also the integrity officer (sees every
     * case): what the tests that are not about roles sign in as.
     */
    Result init() const
    {
        Result r = ok({ QStringLiteral("init"), QStringLiteral("--admin"), user, QStringLiteral("--password-file"),
                        passwordFile });
        ok({ QStringLiteral("users"), QStringLiteral("set-role"), user,
             QStringLiteral("administrator,integrity_officer") });
        return r;
    }

    /** A user of \a roles with her own password file; returns that file. */
    QString addUser(const QString& name, const QString& roles, const QString& division = {}) const
    {
        const QString file = dir.filePath(name + QStringLiteral(".password"));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write((name + QStringLiteral("-secret-2568\n")).toUtf8());
        f.close();
        QStringList args { QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--role"), roles,
                           QStringLiteral("--new-password-file"), file };
        if (!division.isEmpty())
            args << QStringLiteral("--division") << division;
        ok(args);
        return file;
    }

    /** The same CLI signed in as \a name (added with addUser()). */
    const Cli& as(const QString& name) const
    {
        m_as = name;
        return *this;
    }

    QProcess* start(const QStringList& args, const QByteArray& input = {}) const
    {
        auto* p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUJARIT_TODAY"), today);
        env.remove(QStringLiteral("SUJARIT_DB"));
        const QString who = m_as.isEmpty() ? user : m_as;
        m_as.clear();
        if (who.isEmpty()) {
            env.remove(QStringLiteral("SUJARIT_USER"));
            env.remove(QStringLiteral("SUJARIT_PASSWORD_FILE"));
        } else {
            env.insert(QStringLiteral("SUJARIT_USER"), who);
            env.insert(QStringLiteral("SUJARIT_PASSWORD_FILE"),
                       who == user ? passwordFile : dir.filePath(who + QStringLiteral(".password")));
        }
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(SUJARIT_CLI), QStringList { QStringLiteral("--db"), db } + args);
        if (!input.isEmpty())
            p->write(input);
        p->closeWriteChannel();
        return p;
    }

    Result run(const QStringList& args, const QByteArray& input = {}) const
    {
        std::unique_ptr<QProcess> p(start(args, input));
        REQUIRE(p->waitForFinished(120000));
        return { p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()),
                 QString::fromUtf8(p->readAllStandardError()) };
    }

    Result ok(const QStringList& args, const QByteArray& input = {}) const
    {
        Result r = run(args, input);
        INFO(args.join(u' ').toStdString()
             << "\nstdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r;
    }

    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    QJsonArray list(const QStringList& extra = {}) const
    {
        const Result r = ok(QStringList { QStringLiteral("complaints"), QStringLiteral("list"),
                                          QStringLiteral("--format"), QStringLiteral("json") }
                            + extra);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        REQUIRE(doc.isArray());
        return doc.array();
    }

private:
    mutable QString m_as; ///< the next run signs in as this user
};

/** What \a expression (Python, over the first sheet `ws`) makes of the workbook, read back by openpyxl. */
inline QString readXlsx(const QString& path, const QString& expression)
{
    return runProgram(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-c"),
                       QStringLiteral("import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1]).active; print(%1)").arg(expression),
                       path});
}

inline QStringList args(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}

} // namespace cli_test
using namespace cli_test;
