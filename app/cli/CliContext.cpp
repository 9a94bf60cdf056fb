// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "CliArguments.h"
#include "users/RecoverySheet.h"
#include "users/UserStore.h"
#include "calendar/Clock.h"

#include <QCoreApplication>
#include <QFile>

#include "storage/SafeFile.h"
#include <cstdio>

namespace sujarit::cli {

namespace {
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
} // namespace

CliContext::CliContext()
    : out(stdout)
    , err(stderr)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}

storage::Database* CliContext::openDatabase(bool create, bool signIn)
{
    if (m_db && m_db->isOpen())
        return m_db.get();
    m_db = std::make_unique<storage::Database>();
    m_db->setActor(QStringLiteral("cli:") + storage::Database::osUserName());
    if (!m_db->open(databasePath,
                    create ? storage::Database::OpenMode::CreateIfMissing : storage::Database::OpenMode::MustExist,
                    serverPassword())) {
        fail(m_db->errorString());
        return nullptr;
    }
    if (const QByteArray key = m_db->newRecoveryKey(); !key.isEmpty() && signIn) {
        // An older register's identities were sealed by this opening: its one chance to print the recovery sheet.
        err << CliText::tr("The complainants' identities in this register are now sealed with a new identity key. "
                           "Print this recovery sheet now and keep it in the office's safe: it is not shown again "
                           "(a holder of the key can make a new one: sujarit-cli keys new-recovery).")
            << Qt::endl
            << users::recoverySheet(m_db->path(), key, QDateTime::currentDateTime()) << Qt::endl;
        m_db->forgetNewRecoveryKey();
    }
    if (signIn && !this->signIn(*m_db)) {
        m_db.reset();
        return nullptr;
    }
    return m_db.get();
}

QDateTime CliContext::now() const { return calendar::now(); }

std::optional<QByteArray> CliContext::readInput(const QString& path, qint64 limit)
{
    QString error;
    std::optional<QByteArray> bytes;
    if (path == QLatin1String("-")) {
        QFile f;
        if (f.open(stdin, QIODevice::ReadOnly))
            bytes = storage::readBounded(f, QCoreApplication::translate("CliText", "the standard input"), limit, &error);
        else
            error = QCoreApplication::translate("CliText", "cannot read the standard input: %1").arg(f.errorString());
    } else {
        bytes = storage::readBounded(path, limit, &error);
    }
    if (!bytes)
        fail(error);
    return bytes;
}

int CliContext::fail(const QString& message, int code)
{
    err << "sujarit-cli: " << message << Qt::endl;
    return code;
}

int runInit(CliContext& ctx, const QStringList& args)
{
    QString error;
    const auto a = CliArguments::parse(args, {QStringLiteral("admin"), QStringLiteral("password-file"),
                                              QStringLiteral("full-name"), QStringLiteral("recovery-out"),
                                              QStringLiteral("pcs-role")},
                                       {}, &error);
    if (!a || !a->positional().isEmpty())
        return ctx.fail(a ? CliText::tr("usage: init [--admin NAME --password-file FILE [--full-name TEXT]] "
                                        "[--recovery-out FILE] [--pcs-role ROLE]")
                          : error,
                        Usage);
    storage::Database* db = ctx.openDatabase(true, false);
    if (!db)
        return Failed;
    users::UserStore users(*db);
    if (a->has(QStringLiteral("admin"))) {
        std::optional<QString> password;
        if (a->has(QStringLiteral("password-file")))
            password = ctx.readPasswordFile(a->value(QStringLiteral("password-file")));
        else
            password = ctx.promptPassword(CliText::tr("Password for the administrator: "));
        if (!password)
            return Failed;
        users::User admin;
        admin.name = a->value(QStringLiteral("admin"));
        admin.fullName = a->value(QStringLiteral("full-name"));
        if (!users.createAdministrator(admin, *password))
            return ctx.fail(users.errorString());
        ctx.out << CliText::tr("The administrator “%1” can now sign in and add the office's users (sujarit-cli users add).")
                       .arg(admin.name)
                << Qt::endl;
    }
    ctx.out << CliText::tr("The register is ready: %1 (schema %2)").arg(db->path()).arg(db->schemaVersion()) << Qt::endl;
    // On a server, the role the PCs connect as gets the rows and never the schema; again after every upgrade.
    QString pcsRole = a->value(QStringLiteral("pcs-role"));
    if (pcsRole.isEmpty() && db->engine() == storage::Engine::PostgreSQL)
        pcsRole = db->setting(QStringLiteral("server_pcs_role"));
    if (!pcsRole.isEmpty()) {
        if (!db->grantRegisterTo(pcsRole))
            return ctx.fail(db->errorString());
        ctx.out << CliText::tr("The PCs' role %1 may read and write the register's rows, and may not change its "
                               "schema, its triggers or its trail.")
                       .arg(pcsRole)
                << Qt::endl;
    }
    if (const QByteArray key = db->newRecoveryKey(); !key.isEmpty()) {
        ctx.out << CliText::tr("Its complainants' identities are sealed with a new identity key. Without its recovery "
                               "sheet, if every holder of the key loses his password, they cannot be read again.")
                << Qt::endl;
        const int written = writeRecoverySheet(ctx, *db, a->value(QStringLiteral("recovery-out")), key);
        db->forgetNewRecoveryKey();
        if (written != Ok)
            return written;
    }
    if (users.hasUsers() == false)
        ctx.out << CliText::tr("It has no users yet: create its administrator with sujarit-cli init --admin NAME "
                               "--password-file FILE")
                << Qt::endl;
    // An upgrade that sealed the identities made a key nobody holds yet: signed in (--user before init, or
    // SUJARIT_USER), an integrity officer or administrator takes it now; else only the sheet can give it.
    if (db->unclaimedKeys() && users.hasUsers() == true
        && (!ctx.userName.isEmpty() || qEnvironmentVariableIsSet("SUJARIT_USER")) && !ctx.signIn(*db))
        return Failed;
    if (db->unclaimedKeys() && users.hasUsers() == true)
        ctx.out << CliText::tr("Nobody holds the new identity key: give it to an integrity officer from the sheet "
                               "(sujarit-cli keys recover --recovery-file FILE --for NAME). An upgrade made signed in "
                               "as an integrity officer or administrator (sujarit-cli --user NAME init, or the app) "
                               "gives it at once.")
                << Qt::endl;
    return Ok;
}

} // namespace sujarit::cli
