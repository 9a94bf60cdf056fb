// SPDX-License-Identifier: GPL-3.0-or-later
// How sujarit-cli signs in: --user and --password-file, else SUJARIT_USER and SUJARIT_PASSWORD_FILE, else a prompt
// on the terminal (the password not echoed).
#include "CliContext.h"

#include "users/UserStore.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace sujarit::cli {

namespace {
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

bool interactive()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(fileno(stdin));
#endif
}

/** Turns the terminal's echo off (or back on). */
void setEcho(bool on)
{
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~DWORD(ENABLE_ECHO_INPUT)));
#else
    termios t {};
    if (tcgetattr(fileno(stdin), &t) != 0)
        return;
    if (on)
        t.c_lflag |= ECHO;
    else
        t.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fileno(stdin), TCSANOW, &t);
#endif
}

QString readLine()
{
    char buffer[1024];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return {};
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}
} // namespace

std::optional<QString> CliContext::readPasswordFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(CliText::tr("cannot read the password file %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    QString password = QString::fromUtf8(f.readLine());
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty()) {
        fail(CliText::tr("the password file %1 is empty: its first line is the password").arg(path));
        return std::nullopt;
    }
    return password;
}

std::optional<QString> CliContext::promptPassword(const QString& question)
{
    err << question << Qt::flush;
    setEcho(false);
    const QString password = readLine();
    setEcho(true);
    err << Qt::endl;
    return password;
}

storage::Database::PasswordPrompt CliContext::serverPassword()
{
    if (!interactive())
        return {};
    return [this](const storage::Location& server) {
        return promptPassword(CliText::tr("Password of %1 on the server %2: ").arg(server.user, server.host));
    };
}

bool CliContext::signIn(storage::Database& db)
{
    users::UserStore users(db);
    const auto any = users.hasUsers();
    if (!any)
        return fail(users.errorString()), false;
    if (!*any)
        return fail(CliText::tr("%1 has no users yet: create its administrator first with "
                                "sujarit-cli init --admin NAME --password-file FILE")
                        .arg(db.path())),
               false;
    QString name = userName.isEmpty() ? qEnvironmentVariable("SUJARIT_USER") : userName;
    QString file = passwordFile.isEmpty() ? qEnvironmentVariable("SUJARIT_PASSWORD_FILE") : passwordFile;
    std::optional<QString> password;
    if (!file.isEmpty()) {
        password = readPasswordFile(file);
        if (!password)
            return false;
    }
    if (name.isEmpty() || !password) {
        if (!interactive())
            return fail(CliText::tr("sign in with --user NAME --password-file FILE (or SUJARIT_USER and "
                                    "SUJARIT_PASSWORD_FILE)")),
                   false;
        if (name.isEmpty()) {
            err << CliText::tr("User name: ") << Qt::flush;
            name = readLine();
        }
        password = promptPassword(CliText::tr("Password for %1: ").arg(name));
    }
    if (!users.signIn(name, password.value_or(QString())))
        return fail(users.errorString()), false;
    return true;
}

} // namespace sujarit::cli
