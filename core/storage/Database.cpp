// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include <QScopeGuard>

#include "Audit.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <atomic>

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
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("sujarit-%1").arg(++connectionCounter))
{
}

Database::~Database() { close(); }

int Database::currentSchemaVersion() { return migrations().isEmpty() ? 0 : migrations().constLast().version; }

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
    if (detail.contains(QLatin1String("database is locked")) || detail.contains(QLatin1String("busy")))
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
    if (!q.prepare(sql))
        return failSql(QString(), q);
    for (const QVariant& v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return failSql(QString(), q);
    return true;
}

QVariant Database::bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

bool Database::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q = query();
    return exec(q, sql, values);
}

bool Database::checkHeader()
{
    QFile f(m_path);
    if (!f.exists() || f.size() == 0)
        return true;
    if (!f.open(QIODevice::ReadOnly))
        return fail(DatabaseText::tr("cannot read %1: %2").arg(m_path, f.errorString()));
    if (f.read(16) != QByteArray("SQLite format 3", 16))
        return fail(DatabaseText::tr("%1 is not a Sujarit database: it is not an SQLite file (another kind of file, "
                                     "or a damaged one)")
                        .arg(m_path));
    return true;
}

bool Database::open(const QString& path, OpenMode mode)
{
    close();
    m_path = path;
    m_error.clear();
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
    if (version > currentSchemaVersion()) {
        close();
        return fail(DatabaseText::tr("%1 was written by a newer version of Sujarit (schema %2; this version knows up "
                                     "to %3). It has not been changed; please update Sujarit.")
                        .arg(path)
                        .arg(version)
                        .arg(currentSchemaVersion()));
    }
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
        return fail(DatabaseText::tr("cannot prepare the audit trail of %1: %2").arg(path, why));
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
    const bool ok = exec(QStringLiteral("UPDATE temp.audit_context SET actor = ?"), {actor});
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
    if (!exec(q, QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (m_error.contains(QLatin1String("not a database")) || m_error.contains(QLatin1String("malformed")))
            m_error = DatabaseText::tr("%1 is damaged or is not a Sujarit database (%2). It has not been changed; "
                                       "restore the newest backup (File → Restore…, or sujarit-cli restore FILE)")
                          .arg(m_path, m_error);
        return -1;
    }
    return q.value(0).toInt();
}

bool Database::migrate()
{
    m_migrating = true;
    const auto done = qScopeGuard([this] { m_migrating = false; });
    const int from = schemaVersion();
    if (from < 0)
        return false;
    if (from == currentSchemaVersion())
        return true;
    for (const Migration& m : migrations()) {
        if (m.version <= from)
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
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)) || !tx.commit())
            return false;
    }
    return true;
}

Database::Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_active = !m_db.m_inTransaction && m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (m_active)
        m_db.m_inTransaction = true;
}

Database::Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q = m_db.query();
        q.exec(QStringLiteral("ROLLBACK"));
        m_db.m_inTransaction = false;
    }
}

bool Database::Transaction::commit()
{
    if (!m_active)
        return false;
    if ((m_db.m_auditing && !sealAudit(m_db)) || !m_db.exec(QStringLiteral("COMMIT")))
        return false; // still active: the destructor rolls back
    m_active = false;
    m_db.m_inTransaction = false;
    return true;
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
