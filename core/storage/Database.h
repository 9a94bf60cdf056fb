// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Dialect.h"
#include "access/IdentityKey.h"
#include "access/Session.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

namespace sujarit::storage {

/**
 * Owns one connection to the register — an SQLite file, or a PostgreSQL server (Location): opening, the schema's
 * migrations, transactions and the office's settings. Storage never shows a dialog; every failure comes back as a
 * plain-words errorString().
 */
class Database
{
public:
    enum class OpenMode {
        CreateIfMissing, ///< make the file (and its folder) when it does not exist
        MustExist, ///< refuse a missing file
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /**
     * Opens \a path — a file, or postgresql://USER@HOST:PORT/DBNAME — and brings its schema up to date (each
     * migration in its own transaction). A register made by a newer Sujarit, or a database that is not a Sujarit
     * register, is refused and left untouched. On a server, MustExist refuses an empty database.
     */
    bool open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);
    /** Opens a server register with the password given (when neither PGPASSWORD nor ~/.pgpass has it). */
    bool open(const Location& location, OpenMode mode = OpenMode::CreateIfMissing);
    /** Asks for the server's password (the Location says whose and where); nullopt when none is given. */
    using PasswordPrompt = std::function<std::optional<QString>(const Location&)>;
    /**
     * Opens \a path; a server that asks for a password neither PGPASSWORD nor ~/.pgpass gave gets it from \a prompt
     * (the terminal, a password box), and is tried once more with it. An empty prompt asks nobody.
     */
    bool open(const QString& path, OpenMode mode, const PasswordPrompt& prompt);
    void close();
    bool isOpen() const;
    /** The file, or the server's address without its password. */
    QString path() const { return m_location.display(); }
    Engine engine() const { return m_location.engine; }
    const Location& location() const { return m_location; }
    /** True when the last failure was the server asking for a password that was not given. */
    bool needsPassword() const { return m_needsPassword; }
    /** True when the last failure was the connection to the server (lost, refused, timed out). */
    bool connectionLost() const;
    QString errorString() const { return m_error; }

    /** The schema version this build writes (PRAGMA user_version; on a server, the sujarit_schema table). */
    static int currentSchemaVersion();
    int schemaVersion();
    /**
     * Before open(): bring a new file only up to schema \a version, not the current one — the reference a backup of
     * that schema is compared with (checkBackup).
     */
    void setSchemaLimit(int version) { m_schemaLimit = version; }
    /** The default database file: sujarit.db under QStandardPaths::AppDataLocation. */
    static QString defaultPath();

    QSqlDatabase connection() const;
    /** A prepared query on this connection. */
    QSqlQuery query() const;

    /** Runs \a sql with positional values; on failure sets errorString() and returns false. */
    bool exec(QSqlQuery& q, const QString& sql, const QVariantList& values = {});
    bool exec(const QString& sql, const QVariantList& values = {});
    /**
     * Runs the INSERT \a sql (one row, into a table with an id column) and returns the new row's id, read with
     * RETURNING — both databases' way, where a last-insert id would name the audit entry a trigger just wrote.
     */
    std::optional<qint64> insert(const QString& sql, const QVariantList& values);
    /** A value ready to bind: a null QString becomes an empty one, so NOT NULL text columns accept it. */
    static QVariant bindable(const QVariant& value);

    /**
     * A write transaction. SQLite's BEGIN IMMEDIATE takes the write lock at once, so two processes that save at
     * the same instant are put one after the other (waiting up to the busy timeout) instead of failing halfway;
     * on a server every write transaction takes the register's advisory lock the same way, which keeps receipt
     * numbers and the audit trail's numbering gap-free under many clerks. Rolls back on destruction unless
     * commit() succeeded.
     */
    class Transaction
    {
    public:
        explicit Transaction(Database& db);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        bool isActive() const { return m_active; }
        bool commit();

    private:
        /** Ends the transaction: rolled back first, or (\a rollBack false) already ended by COMMIT or by the server. */
        void end(bool rollBack);
        /** After a COMMIT whose answer was lost with the connection: whether the server kept it, once it says. */
        std::optional<bool> keptAfterAll();
        Database& m_db;
        bool m_active = false;
        qint64 m_serverXid = 0; ///< the server's transaction id, to ask after a lost COMMIT what became of it
    };

    /** Who the audit trail names for this connection's changes (a user, or "os:NAME" before anyone signs in). */
    QString actor() const { return m_actor; }
    bool setActor(const QString& actor);
    /** Who is signed in on this connection (users::UserStore::signIn); what core lets through depends on it. */
    const access::Session& session() const { return m_session; }
    /**
     * On a server, gives the PostgreSQL role \a role (the role the office's PCs connect as, or a group they belong to)
     * what the register's work needs and no more: its rows to read and write, the trail to append to and seal (its
     * entries' hashes only), and not the schema, the triggers, or deleting complaints or the trail's entries. Run
     * by the schema's owner (init, after an upgrade); the role is kept in the settings (server_pcs_role).
     */
    bool grantRegisterTo(const QString& role);
    /** Sets the session and names its user in the audit trail, keeping the actor's "app:"/"cli:" prefix. */
    bool setSession(const access::Session& session);
    /**
     * The register's identity key (access/IdentityKey.h): its public part, which seals a complainant's identity, read
     * from the register; empty before the register has one.
     */
    QByteArray identityPublicKey();
    /** The key pair this connection holds, opened for a custodian at sign-in (users/IdentityCustody.h); or null. */
    const access::IdentityKeys* identityKeys() const { return m_identityKeys ? &*m_identityKeys : nullptr; }
    void holdIdentityKeys(std::optional<access::IdentityKeys> keys) { m_identityKeys = std::move(keys); }
    /**
     * A key pair and recovery key this opening made (a new register, or one whose identities were just sealed): the
     * recovery key is to be printed (newRecoveryKey, then forgetNewRecoveryKey), the key pair given to the first who
     * should hold it and signs in (users/IdentityCustody.h).
     */
    void setNewIdentity(const access::IdentityKeys& keys, const QByteArray& recoveryKey);
    /** Forgets every identity key this connection holds or made (a copy is bringing another register's). */
    void forgetIdentity();
    /** The key pair made by this opening and not yet given to anyone (null when none). */
    const access::IdentityKeys* unclaimedKeys() const { return m_unclaimedKeys ? &*m_unclaimedKeys : nullptr; }
    /** The key pair made by this opening and not yet given to anyone; taken once. */
    std::optional<access::IdentityKeys> takeUnclaimedKeys();
    /** The recovery key made by this opening, until taken (empty when none). */
    QByteArray newRecoveryKey() const { return m_newRecoveryKey; }
    void forgetNewRecoveryKey() { m_newRecoveryKey.fill('\0'); m_newRecoveryKey.clear(); }
    /**
     * Asks that, once the upgrade has committed, the space that held what it removed be rewritten (a file's VACUUM and
     * checkpoint; a server's VACUUM FULL of \a tables), so that no old row is left behind in it.
     */
    void compactAfterUpgrade(const QStringList& tables) { m_compactTables << tables; }
    /** True when the session allows \a permission; else sets errorString() to the refusal and returns false. */
    bool require(access::Permission permission);
    /** The operating system's name for the person at this computer. */
    static QString osUserName();

    QString setting(const QString& key, const QString& fallback = {});
    /** Writes a setting; call inside a Transaction or on its own (then it is its own transaction). */
    bool setSetting(const QString& key, const QString& value);

    /** Sets the error text; returns false for convenient `return db.fail(...)`. */
    bool fail(const QString& message);
    /** Prefixes the last SQL error with \a what. */
    bool failSql(const QString& what, const QSqlQuery& q);

private:
    bool migrate();
    bool checkHeader();
    bool openFile(const QString& path, OpenMode mode);
    bool openServer(OpenMode mode);
    bool finishOpen();
    bool prepareServerConnection();
    /** Opens the server connection again after it was lost, with this connection's audit context. */
    bool reconnect();
    bool closeWith(const QString& message);
    QString newerSchemaText(int version) const;

    QString m_connectionName;
    Location m_location;
    bool m_needsPassword = false;
    QString m_error;
    QString m_actor;
    access::Session m_session;
    bool m_inTransaction = false;
    int m_schemaLimit = 0; ///< migrate no further than this (0: the current schema)
    bool m_migrating = false; ///< migrations write settings before anyone can sign in
    std::optional<access::IdentityKeys> m_identityKeys;
    std::optional<access::IdentityKeys> m_unclaimedKeys;
    QByteArray m_newRecoveryKey;
    QByteArray m_publicKey; ///< read once per opening
    QStringList m_compactTables;
    /** Rewrites the space of what an upgrade removed (compactAfterUpgrade). */
    bool compact();
    bool m_auditing = false; ///< the audit triggers are in place: writes outside a Transaction are wrapped in one
};

} // namespace sujarit::storage
