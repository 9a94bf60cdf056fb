// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include <QScopeGuard>

#include "Audit.h"

#include "Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <atomic>
#include <mutex>

namespace sujarit::storage {

namespace {
struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(DatabaseText)
};

std::atomic<int> connectionCounter{0};
QString readOnlyText()
{
    return DatabaseText::tr("the register's file or its folder is read-only, and Sujarit saves every change at once. "
                            "Nothing was saved. Copy the register to a folder of yours, or ask whoever looks after "
                            "this computer to allow writing to it");
}

/** How long a save waits for another program's save: 30 s, or SUJARIT_BUSY_TIMEOUT seconds. */
int busyTimeoutMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("SUJARIT_BUSY_TIMEOUT", &ok);
    return ok && seconds > 0 ? seconds * 1000 : 30000;
}

/** The key of the advisory lock every write transaction on a server holds: one writer at a time, as in SQLite. */
constexpr qint64 WriteLockKey = 0x53554A52; // "SUJR"

/** True when \a text is how libpq or the server says the connection itself failed. */
bool isConnectionFailure(const QString& text)
{
    for (const char* sign : {"server closed the connection", "no connection to the server", "could not connect",
                             "terminating connection", "connection to server", "could not send data",
                             "could not receive data", "Connection refused", "the database system is"})
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    return false;
}

/** Statements that change nothing, safe to send again when the connection dropped under them. */
bool isRepeatable(const QString& sql)
{
    const QString head = sql.trimmed().left(6).toUpper();
    return head.startsWith(QLatin1String("SELECT")) || head.startsWith(QLatin1String("BEGIN"))
        || head.startsWith(QLatin1String("SET"));
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
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("sujarit-%1").arg(++connectionCounter))
{
}

Database::~Database() { close(); }

int Database::currentSchemaVersion()
{
    const QList<Migration>& steps = installedSchema().file;
    return steps.isEmpty() ? 0 : steps.constLast().version;
}

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
    if (installedSchema().file.isEmpty() || installedSchema().server.isEmpty())
        return fail(QStringLiteral("no register schema is installed: the program must call sujarit::schema::install() "
                                   "at start"));
    return location.engine == Engine::SQLite ? openFile(location.path, mode) : openServer(mode);
}

bool Database::closeWith(const QString& message)
{
    close();
    return fail(message);
}

QString Database::newerSchemaText(int version) const
{
    return DatabaseText::tr("%1 was written by a newer version of Sujarit (schema %2; this version knows up to %3). It "
                            "has not been changed; please update Sujarit.")
        .arg(path())
        .arg(version)
        .arg(currentSchemaVersion());
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

bool Database::finishOpen()
{
    if (!migrate()) {
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

int Database::schemaVersion()
{
    QSqlQuery q = query();
    if (engine() == Engine::PostgreSQL) {
        if (!exec(q, QStringLiteral("SELECT to_regclass('sujarit_schema') IS NOT NULL")) || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (!exec(q, QStringLiteral("SELECT max(version) FROM sujarit_schema")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    if (!exec(q, QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (m_error.contains(QLatin1String("not a database")) || m_error.contains(QLatin1String("malformed")))
            m_error = DatabaseText::tr("%1 is damaged or is not a Sujarit database (%2). It has not been changed; "
                                       "restore the newest backup (File → Restore…, or sujarit-cli restore FILE)")
                          .arg(path(), m_error);
        return -1;
    }
    const int version = q.value(0).toInt();
    if (version < 0) {
        // No Sujarit writes a negative number there: a file altered, or another program's.
        m_error = unknownSchemaText(path(), version);
        return -1;
    }
    return version;
}

bool Database::migrate()
{
    m_migrating = true;
    const auto done = qScopeGuard([this] { m_migrating = false; });
    const int from = schemaVersion();
    if (from < 0)
        return false;
    const int target = m_schemaLimit > 0 ? std::min(m_schemaLimit, currentSchemaVersion()) : currentSchemaVersion();
    if (from >= target)
        return true;
    const bool server = engine() == Engine::PostgreSQL;
    for (const Migration& m : server ? installedSchema().server : installedSchema().file) {
        if (m.version <= from || m.version > target)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return false;
        if (!m.apply(*this)) {
            m_error = DatabaseText::tr("upgrading the database to schema %1 failed; nothing was changed: %2")
                          .arg(m.version)
                          .arg(m_error);
            return false;
        }
        const bool recorded = server
            ? exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sujarit_schema (version INTEGER NOT NULL)"))
                && exec(QStringLiteral("DELETE FROM sujarit_schema"))
                && exec(QStringLiteral("INSERT INTO sujarit_schema (version) VALUES (%1)").arg(m.version))
            : exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (!recorded || !tx.commit())
            return false;
    }
    return true;
}

Database::Transaction::Transaction(Database& db)
    : m_db(db)
{
    // (On a server, BEGIN on a connection the server dropped reconnects first: exec() repeats it once.)
    const bool server = m_db.engine() == Engine::PostgreSQL;
    if (m_db.m_inTransaction || !m_db.exec(server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return;
    m_db.m_inTransaction = true;
    m_active = true;
    if (!server)
        return;
    // The lock, and the transaction's id: if the answer to its COMMIT is lost, the server can still say what became
    // of it (txid_status).
    QSqlQuery q = m_db.query();
    const QString lockAndId = QStringLiteral("SELECT pg_advisory_xact_lock(%1), txid_current()").arg(WriteLockKey);
    if (m_db.exec(q, lockAndId) && q.next()) {
        m_serverXid = q.value(1).toLongLong();
        return;
    }
    end(true);
}

Database::Transaction::~Transaction()
{
    if (m_active)
        end(true);
}

void Database::Transaction::end(bool rollBack)
{
    if (rollBack) {
        QSqlQuery q = m_db.query();
        q.exec(QStringLiteral("ROLLBACK"));
    }
    m_db.m_inTransaction = false;
    m_active = false;
}

bool Database::Transaction::commit()
{
    if (!m_active)
        return false;
    if (m_db.m_auditing && !sealAudit(m_db))
        return false; // still active: the destructor rolls back
    if (!m_db.exec(QStringLiteral("COMMIT"))) {
        if (!m_serverXid || !m_db.connectionLost())
            return false; // still active: the destructor rolls back
        // The connection went with the COMMIT: the server may have kept the save before the answer was lost. The
        // transaction is over either way; ask the server (on a new connection) which way it went.
        end(false);
        const std::optional<bool> kept = keptAfterAll();
        if (!kept)
            return m_db.fail(DatabaseText::tr("the connection to the database server %1 was lost just as the save "
                                              "was being confirmed, and the server could not be asked whether it "
                                              "kept it. Look for it in the register before entering it again")
                                 .arg(m_db.path()));
        if (!*kept)
            return m_db.fail(connectionLostText(m_db.path()));
        m_db.m_error.clear();
        return true;
    }
    end(false);
    return true;
}

std::optional<bool> Database::Transaction::keptAfterAll()
{
    // A server that restarts takes a few seconds; a transaction still committing is "in progress" for a moment.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (attempt > 0)
            QThread::msleep(250);
        QSqlQuery q = m_db.query();
        if (!m_db.exec(q, QStringLiteral("SELECT txid_status(?)"), {m_serverXid}) || !q.next())
            continue;
        const QString status = q.value(0).toString();
        if (status == QLatin1String("committed"))
            return true;
        if (status == QLatin1String("aborted"))
            return false;
    }
    return std::nullopt;
}

QString Database::setting(const QString& key, const QString& fallback)
{
    QSqlQuery q = query();
    if (exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Database::setSetting(const QString& key, const QString& value)
{
    if (!m_migrating && !require(access::Permission::ManageSettings))
        return false;
    return exec(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

} // namespace sujarit::storage
