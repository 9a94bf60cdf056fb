// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::users::custody {

/**
 * Who holds the register's identity key (access/IdentityKey.h), the key that opens a complainant's sealed identity.
 *
 * Every user has a key pair of his own, its secret wrapped with his password (Argon2id); the register's secret key is
 * given to a user by sealing it to his pair (a grant). The key's custodians are the integrity officers: each enabled
 * one is given it, and it is taken back when he is disabled or loses the role — in the same transaction as that
 * change. Until the register has an integrity officer who holds it, its administrators hold it, only to hand it over
 * (they may not read an identity: access::maySeeIdentity). Granting needs the key at hand: a session that holds it (or
 * the upgrade that made it) gives it to those who should have it and do not, at every change of the users and at every
 * sign-in; an integrity officer added by someone who does not hold it receives it at the next sign-in of one who does,
 * or from the recovery sheet (recover()).
 *
 * Everything here runs inside the caller's transaction (UserStore's).
 */

/** Gives user \a userId a new key pair wrapped with \a password, replacing any and dropping his grant. */
bool makeHolderKeys(storage::Database& db, qint64 userId, const QString& password);
/** Wraps user \a userId's key pair with \a newPassword, opened with \a oldPassword; a new pair when it does not open. */
bool rewrapHolderKeys(storage::Database& db, qint64 userId, const QString& oldPassword, const QString& newPassword);
/**
 * At a sign-in with \a password: makes the user's key pair if he has none; when he holds a grant, opens the register's
 * key into the session (storage::Database::holdIdentityKeys).
 */
bool openAtSignIn(storage::Database& db, qint64 userId, const QString& password);
/** Grants and takes back the key so that exactly the users who should hold it do (as far as the key is at hand). */
bool follow(storage::Database& db);

/** One user, as the key sees him. */
struct Holder {
    QString user, fullName;
    bool custodian = false; ///< an enabled integrity officer
    bool holds = false; ///< has been given the key
    bool hasKeys = false; ///< has a key pair of his own (made with his password at his first sign-in, or at adding)
    bool shouldHold = false; ///< a custodian, or an administrator while no custodian holds it
};
struct Status {
    QList<Holder> users;
    QDateTime keyMade, recoveryMade;
    bool anyHolds = false;
};
/** Who holds the key; for an administrator or an integrity officer. */
std::optional<Status> status(storage::Database& db, QString* error);

/**
 * Gives the key, opened with the recovery key of the recovery sheet (users/RecoverySheet.h reads it), to user
 * \a userName, who must be one who should hold it and have a key pair. For an administrator; one transaction, audited.
 */
bool recover(storage::Database& db, const QByteArray& recoveryKey, const QString& userName, QString* error);
/**
 * A new recovery key, replacing the register's (the old sheet stops working): for a session that holds the key. The
 * key is returned to be printed; nullopt with \a error set when it cannot be made.
 */
std::optional<QByteArray> renewRecoveryKey(storage::Database& db, QString* error);

} // namespace sujarit::users::custody
