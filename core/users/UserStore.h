// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "access/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::users {

/** A user of the office's Sujarit. */
struct User
{
    qint64 id = 0;
    QString name; ///< the sign-in name
    QString fullName;
    QString division;
    QList<access::Role> roles;
    bool disabled = false;
    QDateTime createdAt;
};

/**
 * The users of a register and their sign-in. Every change is audited (the password hash never is); managing users
 * needs an administrator's session, except creating the first administrator of a register that has no users.
 * Wrong passwords slow the next try: after three in a row, the name waits 5 s, then 10, 20 … up to 5 minutes.
 */
class UserStore
{
public:
    using Clock = std::function<QDateTime()>;
    explicit UserStore(storage::Database& db, Clock clock = {});

    /** True when the register has at least one user (else it accepts only createAdministrator()). */
    std::optional<bool> hasUsers();
    /** Creates the first administrator; refused when the register already has users. */
    bool createAdministrator(const User& user, const QString& password);
    bool add(const User& user, const QString& password);
    std::optional<QList<User>> list();
    std::optional<User> find(const QString& name);
    bool setRoles(const QString& name, const QList<access::Role>& roles);
    bool setDivision(const QString& name, const QString& division);
    bool setDisabled(const QString& name, bool disabled);
    /** An administrator sets anyone's password; a user changes her own with her current one. */
    bool setPassword(const QString& name, const QString& newPassword, const QString& currentPassword = {});

    /**
     * Checks \a password for \a name; on success the database's session is this user's (Database::setSession) and
     * the sign-in is audited. A wrong password, an unknown or disabled user is refused and audited; each refusal
     * names no more than "wrong name or password" so that names cannot be probed.
     */
    std::optional<access::Session> signIn(const QString& name, const QString& password);
    /** Checks \a password against the signed-in user's (unlocking an idle session); audited like a sign-in. */
    bool confirmPassword(const QString& password);
    /** Seconds \a name must wait before the next try (0 when none). */
    int secondsToWait(const QString& name);

    QString errorString() const { return m_error; }

private:
    bool insert(const User& user, const QString& password);
    /** Loads \a name, applies \a change, checks the result (and that an administrator remains) and stores it. */
    bool edit(const QString& name, const std::function<void(User&)>& change);
    bool checkUser(const User& user);
    bool keepsAnAdministrator(const QString& name, const QList<access::Role>& roles, bool disabled);
    bool recordFailure(const QString& name, const QString& why);
    QDateTime now() const;
    bool fail(const QString& message);
    /** True when the session may do \a permission; else the refusal is errorString(). */
    bool allowed(access::Permission permission);

    storage::Database& m_db;
    Clock m_clock;
    QString m_error;
};

} // namespace sujarit::users
