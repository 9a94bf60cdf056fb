// SPDX-License-Identifier: GPL-3.0-or-later
// storage::Database on a PostgreSQL server: opening, the connection's settings, reconnecting after a drop.
#include "Database.h"

#include <QRegularExpression>

#include "DatabaseText.h"
#include "Audit.h"

#include <QSqlError>
#include <QTimeZone>
#include <mutex>

namespace sujarit::storage {

using namespace detail;

namespace {
QtMessageHandler previousHandler = nullptr;

/**
 * Qt's PostgreSQL driver warns "Unable to free statement" when a query is let go inside a transaction that a failed
 * statement has already doomed, and Qt "database not open" while a lost connection waits for the server; the failure
 * itself is reported in plain words and the transaction rolled back, so those warnings would only alarm a clerk.
 */
void quietFreeStatement(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg
        && (message.startsWith(QLatin1String("Unable to free statement"))
            || message == QLatin1String("QSqlQuery::exec: database not open")
            || message == QLatin1String("QSqlQuery::prepare: database not open")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

bool Database::openServer(OpenMode mode)
{
    static std::once_flag handlerInstalled;
    std::call_once(handlerInstalled, [] { previousHandler = qInstallMessageHandler(quietFreeStatement); });
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return fail(DatabaseText::tr("this Sujarit cannot reach a PostgreSQL server: Qt's PostgreSQL driver is missing "
                                     "(on Debian, install libqt6sql6-psql)"));
    }
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setUserName(m_location.user);
    db.setDatabaseName(m_location.database);
    if (!m_location.password.isEmpty())
        db.setPassword(m_location.password);
    // A server out of reach is told within 5 s, not left to hang the window; a connection whose network went away
    // (a cable pulled, a switch off) is given up within about 20 s rather than TCP's quarter of an hour: keepalives
    // find an idle one dead, tcp_user_timeout one whose statement goes unanswered at the network's level (libpq 12+;
    // where the system has no such option, libpq ignores it).
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=Sujarit;keepalives=1;keepalives_idle=10;"
                                        "keepalives_interval=5;keepalives_count=2;tcp_user_timeout=20000"));
    if (!db.open()) {
        const QString why = db.lastError().text().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_needsPassword = why.contains(QLatin1String("no password supplied"));
        if (m_needsPassword)
            return fail(DatabaseText::tr("the server %1 asks for %2's password: give it when asked, or put it in "
                                         "PGPASSWORD or the .pgpass file")
                            .arg(path(), m_location.user));
        if (why.contains(QLatin1String("password authentication failed")))
            return fail(DatabaseText::tr("the server %1 refused %2's password").arg(path(), m_location.user));
        if (why.contains(QLatin1String("does not exist")) && why.contains(QLatin1String("database")))
            return fail(DatabaseText::tr("the server has no database “%1”; ask whoever looks after the server to "
                                         "create it (createdb -O %2 %1), then run “sujarit-cli init”")
                            .arg(m_location.database, m_location.user));
        return fail(DatabaseText::tr("cannot connect to %1: %2").arg(path(), why));
    }
    db = QSqlDatabase();
    if (!prepareServerConnection())
        return closeWith(DatabaseText::tr("cannot prepare the connection to %1: %2").arg(path(), m_error));
    {
        // Thai text needs a UTF-8 database: another encoding would refuse (or garble) the first Thai name.
        QSqlQuery q = query();
        if (!exec(q, QStringLiteral("SHOW server_encoding")) || !q.next())
            return closeWith(m_error);
        if (const QString encoding = q.value(0).toString(); encoding != QLatin1String("UTF8")) {
            q = QSqlQuery();
            return closeWith(DatabaseText::tr("the database %1 stores text as %2, which cannot hold Thai; ask whoever "
                                              "looks after the server for a UTF-8 database (createdb -E UTF8 "
                                              "-T template0 …); nothing was changed")
                                 .arg(path(), encoding));
        }
    }
    const int version = schemaVersion();
    if (version < 0)
        return closeWith(m_error);
    if (version > currentSchemaVersion())
        return closeWith(newerSchemaText(version));
    if (version == 0) {
        QSqlQuery q = query();
        if (!exec(q, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                    "current_schema()"))
            || !q.next())
            return closeWith(m_error);
        if (q.value(0).toInt() > 0) {
            q = QSqlQuery();
            return closeWith(DatabaseText::tr("the database %1 holds another program's tables, not a Sujarit "
                                              "register; it has not been changed")
                                 .arg(path()));
        }
        if (mode == OpenMode::MustExist) {
            q = QSqlQuery();
            return closeWith(DatabaseText::tr("there is no Sujarit register in %1 yet; create it with "
                                              "“sujarit-cli --db %1 init”")
                                 .arg(path()));
        }
    }
    return finishOpen();
}

bool Database::grantRegisterTo(const QString& role)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (engine() != Engine::PostgreSQL)
        return fail(DatabaseText::tr("a register in a file has no server roles to grant to"));
    if (!name.match(role).hasMatch())
        return fail(DatabaseText::tr("“%1” is not a PostgreSQL role name Sujarit grants to: lower-case letters, digits "
                                     "and _, starting with a letter")
                        .arg(role));
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT quote_ident(current_schema()), EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?),"
                                " pg_has_role((SELECT relowner FROM pg_class WHERE oid = 'complaints'::regclass), 'MEMBER')"),
              {role})
        || !q.next())
        return false;
    const QString schema = q.value(0).toString();
    if (!q.value(2).toBool())
        return fail(DatabaseText::tr("only the owner of the register's tables grants its rows to the PCs' role: run "
                                     "this as the role that ran init"));
    if (!q.value(1).toBool())
        return fail(DatabaseText::tr("the server has no role “%1”: create it first (CREATE ROLE %1 NOLOGIN; then "
                                     "GRANT %1 TO each PC's login role)")
                        .arg(role));
    q.finish();
    Transaction tx(*this);
    if (!tx.isActive())
        return false;
    const QStringList grants = {
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2"),
        // The trail: appended to, its new entries' hashes sealed, nothing else (the guard refuses a sealed entry's
        // change to everyone; without the table's ownership its triggers cannot be dropped or disabled).
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON %1.audit FROM %2"),
        QStringLiteral("GRANT UPDATE (prev_hash, hash) ON %1.audit TO %2"),
        QStringLiteral("REVOKE DELETE, TRUNCATE ON %1.complaints, %1.sujarit_schema, %1.identity_key FROM %2"),
        QStringLiteral("REVOKE INSERT, UPDATE ON %1.sujarit_schema FROM %2"),
        // The identity key's public part is what every save seals to: a PC may renew the recovery wrap (a holder's
        // new sheet) but never put a key of its own there, which would seal every later complainant to it.
        QStringLiteral("REVOKE INSERT, UPDATE ON %1.identity_key FROM %2"),
        QStringLiteral("GRANT UPDATE (recovery_wrap, recovery_made_at) ON %1.identity_key TO %2"),
    };
    for (const QString& g : grants)
        if (!exec(g.arg(schema, role)))
            return false;
    return tx.isActive()
        && exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('server_pcs_role', ?)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {role})
        && tx.commit();
}

bool Database::prepareServerConnection()
{
    // Times are written as the PC's local time (Thai offices: Asia/Bangkok), whatever the server's own zone; a
    // save waits for another clerk's save as long as it would on a file.
    // (A zone name the server does not know falls back to the PC's offset from UTC.)
    const QString zone = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    const double offsetHours = QDateTime::currentDateTime().offsetFromUtc() / 3600.0;
    return exec(QStringLiteral("SET client_min_messages = warning"))
        && ((!zone.isEmpty() && exec(QStringLiteral("SELECT set_config('TimeZone', ?, false)"), {zone}))
            || exec(QStringLiteral("SET TIME ZONE %1").arg(offsetHours)))
        && exec(QStringLiteral("SELECT set_config('lock_timeout', ?, false)"), {QString::number(busyTimeoutMs())});
}

bool Database::reconnect()
{
    if (engine() != Engine::PostgreSQL || !QSqlDatabase::contains(m_connectionName))
        return false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
        if (!db.open())
            return false;
    }
    const bool auditing = m_auditing;
    m_auditing = false;
    const bool ok = prepareServerConnection() && installAuditTriggers(*this);
    m_auditing = auditing;
    return ok;
}

bool Database::connectionLost() const
{
    return engine() == Engine::PostgreSQL
        && (isConnectionFailure(m_error) || m_error == connectionLostText(path()) || !connection().isOpen());
}

} // namespace sujarit::storage
