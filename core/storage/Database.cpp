// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Audit.h"
#include "DatabaseText.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <atomic>

namespace sujarit::storage {

using namespace detail;

namespace detail {

int busyTimeoutMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("SUJARIT_BUSY_TIMEOUT", &ok);
    return ok && seconds > 0 ? seconds * 1000 : 30000;
}

bool isConnectionFailure(const QString& text)
{
    for (const char* sign : {"server closed the connection", "no connection to the server", "could not connect",
                             "terminating connection", "connection to server", "could not send data",
                             "could not receive data", "Connection refused", "the database system is"})
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    return false;
}

QString unknownSchemaText(const QString& path, int version)
{
    return DatabaseText::tr("%1 says it is of schema %2, which no version of Sujarit writes: it is not a Sujarit "
                            "register, or it was altered outside Sujarit. It has not been changed")
        .arg(path)
        .arg(version);
}

QString connectionLostText(const QString& server)
{
    return DatabaseText::tr("the connection to the database server %1 was lost or refused (restarted, switched off, "
                            "or the network is down). What was being saved was not kept; Sujarit reconnects by "
                            "itself: try again in a moment, and call whoever looks after the server if it goes on")
        .arg(server);
}

} // namespace detail

namespace {
std::atomic<int> connectionCounter{0};
QString readOnlyText()
{
    return DatabaseText::tr("the register's file or its folder is read-only, and Sujarit saves every change at once. "
                            "Nothing was saved. Copy the register to a folder of yours, or ask whoever looks after "
                            "this computer to allow writing to it");
}

/** Statements that change nothing, safe to send again when the connection dropped under them. */
bool isRepeatable(const QString& sql)
{
    const QString head = sql.trimmed().left(6).toUpper();
    return head.startsWith(QLatin1String("SELECT")) || head.startsWith(QLatin1String("BEGIN"))
        || head.startsWith(QLatin1String("SET"));
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("sujarit-%1").arg(++connectionCounter))
{
}

Database::~Database() { close(); }

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sujarit.db");
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

QSqlQuery Database::query() const { return QSqlQuery(connection()); }

bool Database::isOpen() const { return QSqlDatabase::contains(m_connectionName) && connection().isOpen(); }

bool Database::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool Database::failSql(const QString& what, const QSqlQuery& q)
{
    const QSqlError e = q.lastError();
    QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    // (A statement prepared after the server went away fails with no error at all: Qt only warns "database not open".)
    if (engine() == Engine::PostgreSQL && (isConnectionFailure(e.text()) || !connection().isOpen()))
        detail = connectionLostText(path());
    else if (detail.contains(QLatin1String("database is locked")) || detail.contains(QLatin1String("busy"))
             || detail.contains(QLatin1String("lock timeout")))
        detail = DatabaseText::tr("the register is busy: another program (another Sujarit?) has kept it locked for "
                                  "more than %n second(s). Nothing was saved; try again in a moment",
                                  nullptr, busyTimeoutMs() / 1000);
    else if (detail.contains(QLatin1String("readonly")) || detail.contains(QLatin1String("read-only")))
        detail = readOnlyText();
    else if (detail.contains(QLatin1String("disk is full")) || detail.contains(QLatin1String("database or disk is full")))
        detail = DatabaseText::tr("the disk is full. Nothing was saved and nothing already saved was harmed; free "
                                  "some space on the disk and try again");
    return fail(what.isEmpty() ? detail : what + QStringLiteral(": ") + detail);
}

bool Database::exec(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    // A write on its own is its own transaction, so that its audit entry is sealed with it.
    if (m_auditing && !m_inTransaction) {
        const QString head = sql.trimmed().left(7).toUpper();
        if (head.startsWith(QLatin1String("INSERT")) || head.startsWith(QLatin1String("UPDATE"))
            || head.startsWith(QLatin1String("DELETE")) || head.startsWith(QLatin1String("REPLACE"))) {
            Transaction tx(*this);
            if (!tx.isActive())
                return false;
            m_auditing = false; // run the statement itself once, inside
            const bool ok = exec(q, sql, values);
            m_auditing = true;
            return ok && tx.commit();
        }
    }
    // A server connection found closed (lost earlier, and the server was not back yet): open it again first.
    if (engine() == Engine::PostgreSQL && !connection().isOpen() && (m_inTransaction || !reconnect()))
        return fail(connectionLostText(path()));
    for (int attempt = 0;; ++attempt) {
        bool ok;
        if (values.isEmpty() && engine() == Engine::PostgreSQL) {
            ok = q.exec(sql); // a server cannot PREPARE BEGIN, CREATE … and needs no plan for a one-off
        } else {
            ok = q.prepare(sql);
            for (const QVariant& v : values)
                q.addBindValue(bindable(v));
            ok = ok && q.exec();
        }
        if (ok)
            return true;
        // A read outside a transaction is safe to repeat once on a fresh connection (the server restarted).
        if (attempt == 0 && !m_inTransaction && isRepeatable(sql) && connectionLost() && reconnect()) {
            q = query();
            continue;
        }
        return failSql(QString(), q);
    }
}

std::optional<qint64> Database::insert(const QString& sql, const QVariantList& values)
{
    Transaction tx(*this); // inactive when a transaction is already open: then the row is part of that one
    if (!tx.isActive() && !m_inTransaction)
        return std::nullopt;
    QSqlQuery q = query();
    if (!exec(q, sql + QStringLiteral(" RETURNING id"), values))
        return std::nullopt;
    if (!q.next()) {
        failSql(QString(), q);
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite: the statement is done before the transaction commits
    if (tx.isActive() && !tx.commit())
        return std::nullopt;
    return id;
}

QVariant Database::bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    if (value.typeId() == QMetaType::Bool) // the register keeps yes/no as 1/0 in both databases
        return QVariant(value.toBool() ? 1 : 0);
    return value;
}

bool Database::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q = query();
    return exec(q, sql, values);
}

bool Database::checkHeader()
{
    QFile f(path());
    if (!f.exists() || f.size() == 0)
        return true;
    if (!f.open(QIODevice::ReadOnly))
        return fail(DatabaseText::tr("cannot read %1: %2").arg(path(), f.errorString()));
    if (f.read(16) != QByteArray("SQLite format 3", 16))
        return fail(DatabaseText::tr("%1 is not a Sujarit database: it is not an SQLite file (another kind of file, "
                                     "or a damaged one)")
                        .arg(path()));
    return true;
}

bool Database::open(const QString& path, OpenMode mode)
{
    QString error;
    const std::optional<Location> location = Location::parse(path, &error);
    if (!location) {
        close();
        m_location = Location {};
        m_location.path = path; // what path() names in messages
        return fail(error);
    }
    return open(*location, mode);
}

bool Database::open(const QString& path, OpenMode mode, const PasswordPrompt& prompt)
{
    if (open(path, mode) || !m_needsPassword || !prompt)
        return isOpen();
    Location withPassword = m_location;
    const std::optional<QString> password = prompt(withPassword);
    if (!password)
        return false;
    withPassword.password = *password;
    return open(withPassword, mode);
}

bool Database::open(const Location& location, OpenMode mode)
{
    close();
    m_error.clear();
    m_needsPassword = false;
    m_location = location;
    // A program that forgot sujarit::schema::install() would otherwise take every register for a newer one.
    if (installedSchema().isEmpty())
        return fail(QStringLiteral("no register schema is installed: the program must call sujarit::schema::install() "
                                   "at start"));
    return location.engine == Engine::SQLite ? openFile(location.path, mode) : openServer(mode);
}

bool Database::closeWith(const QString& message)
{
    close();
    return fail(message);
}

bool Database::openFile(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!existed && mode == OpenMode::MustExist)
        return fail(DatabaseText::tr("there is no database at %1; create it with “sujarit-cli init”").arg(path));
    if (existed && info.isDir())
        return fail(DatabaseText::tr("%1 is a folder, not a database file").arg(path));
    if (!checkHeader())
        return false;
    // SQLite writes the register and, beside it, its -wal and -shm files: both the file and its folder must be writable.
    if (existed && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return fail(DatabaseText::tr("cannot open %1: %2")
                        .arg(path, readOnlyText()));
    if (!existed && !QDir().mkpath(info.absolutePath()))
        return fail(DatabaseText::tr("cannot create the folder %1").arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return fail(DatabaseText::tr("cannot open %1: %2").arg(path, why));
    }
    db = QSqlDatabase(); // the connection is reached by its name from here; a copy kept would hold close() up
    if (!existed)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Read the version before anything writes to the file, so a newer database is left exactly as it was.
    const int version = schemaVersion();
    if (version < 0) {
        close();
        return false;
    }
    if (version > currentSchemaVersion())
        return closeWith(newerSchemaText(version));
    if (version == 0) {
        QSqlQuery q = query();
        if (!exec(q, QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            close();
            return false;
        }
        if (q.value(0).toInt() > 0) {
            q = QSqlQuery();
            close();
            return fail(DatabaseText::tr("%1 is an SQLite database of another program, not a Sujarit register; it has "
                                         "not been changed")
                            .arg(path));
        }
    }
    QSqlQuery pragmas = query();
    // Thai text takes 2 bytes a character in UTF-16 against 3 in UTF-8, and Qt reads UTF-16: a new register
    // is UTF-16, so it is smaller and lists faster. (Only possible before the first table exists.)
    if (version == 0 && !exec(pragmas, QStringLiteral("PRAGMA encoding = 'UTF-16le'"))) {
        const QString why = m_error;
        pragmas = QSqlQuery();
        close();
        return fail(DatabaseText::tr("cannot prepare %1: %2").arg(path, why));
    }
    if (!exec(pragmas, QStringLiteral("PRAGMA foreign_keys = ON")) || !exec(pragmas, QStringLiteral("PRAGMA journal_mode = WAL"))
        || !exec(pragmas, QStringLiteral("PRAGMA synchronous = FULL"))
        || !exec(pragmas, QStringLiteral("PRAGMA cache_size = -16384"))) {
        const QString why = m_error;
        pragmas = QSqlQuery();
        close();
        return fail(DatabaseText::tr("cannot prepare %1: %2").arg(path, why));
    }
    return finishOpen();
}

bool Database::finishOpen()
{
    m_publicKey.clear();
    m_identityKeys.reset();
    m_unclaimedKeys.reset();
    forgetNewRecoveryKey();
    if (!migrate() || !compact()) {
        const QString why = m_error;
        close();
        return fail(why);
    }
    if (m_actor.isEmpty())
        m_actor = QStringLiteral("os:") + osUserName();
    if (!installAuditTriggers(*this)) {
        const QString why = m_error;
        close();
        return fail(DatabaseText::tr("cannot prepare the audit trail of %1: %2").arg(path(), why));
    }
    m_auditing = true;
    return true;
}

bool Database::compact()
{
    const QStringList tables = std::exchange(m_compactTables, {});
    if (tables.isEmpty())
        return true;
    if (engine() == Engine::PostgreSQL) {
        for (const QString& table : tables)
            if (!exec(QStringLiteral("VACUUM FULL %1").arg(table)))
                return false;
        return true;
    }
    QSqlQuery q = query();
    return exec(q, QStringLiteral("VACUUM")) && exec(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QByteArray Database::identityPublicKey()
{
    if (!m_publicKey.isEmpty())
        return m_publicKey;
    QSqlQuery q = query();
    const bool auditing = std::exchange(m_auditing, false); // a read, before the table may exist
    if (q.exec(QStringLiteral("SELECT public_key FROM identity_key WHERE id = 1")) && q.next())
        m_publicKey = QByteArray::fromBase64(q.value(0).toString().toLatin1());
    m_auditing = auditing;
    return m_publicKey;
}

void Database::setNewIdentity(const access::IdentityKeys& keys, const QByteArray& recoveryKey)
{
    m_unclaimedKeys = keys;
    m_newRecoveryKey = recoveryKey;
    m_publicKey = keys.publicKey;
}

void Database::forgetIdentity()
{
    m_identityKeys.reset();
    m_unclaimedKeys.reset();
    m_publicKey.clear();
    forgetNewRecoveryKey();
}

std::optional<access::IdentityKeys> Database::takeUnclaimedKeys()
{
    return std::exchange(m_unclaimedKeys, std::nullopt);
}

QString Database::osUserName()
{
    for (const char* name : {"USER", "USERNAME", "LOGNAME"})
        if (const QString value = qEnvironmentVariable(name); !value.isEmpty())
            return value;
    return QStringLiteral("unknown");
}

bool Database::setActor(const QString& actor)
{
    m_actor = actor;
    if (!isOpen())
        return true;
    const bool auditing = m_auditing;
    m_auditing = false; // the context is not audited
    const bool ok = exec(QStringLiteral("UPDATE audit_context SET actor = ?"), {actor});
    m_auditing = auditing;
    return ok;
}

bool Database::setSession(const access::Session& session)
{
    // Another user, nobody, or other roles never inherit the identity key (users/IdentityCustody.h opens it again).
    if (session.userId != m_session.userId || session.userId == 0 || session.roles != m_session.roles)
        m_identityKeys.reset();
    m_session = session;
    const qsizetype colon = m_actor.indexOf(u':');
    const QString prefix = colon > 0 ? m_actor.left(colon + 1) : QString();
    return setActor(session.signedIn() ? prefix + session.user : prefix + osUserName());
}

bool Database::require(access::Permission permission)
{
    return access::allows(m_session, permission) || fail(access::refusal(m_session, permission));
}

void Database::close()
{
    m_identityKeys.reset(); // a key never outlives the connection it was opened for
    m_unclaimedKeys.reset();
    m_publicKey.clear();
    m_auditing = false;
    m_inTransaction = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace sujarit::storage
