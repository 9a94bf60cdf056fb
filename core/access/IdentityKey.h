// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace sujarit::access {

/**
 * The cryptography under a sealed complainant's identity (libsodium): a register holds one identity key pair; anyone
 * may seal an identity to its public key (crypto_box_seal: a clerk saves without any secret), and only its secret
 * key opens one. The secret key is kept only wrapped: for each custodian with a key made from his password by
 * Argon2id, and once with a random recovery key that the administrator prints. Nothing here touches the database.
 */
struct IdentityKeys {
    QByteArray publicKey; ///< crypto_box_PUBLICKEYBYTES
    QByteArray secretKey; ///< crypto_box_SECRETKEYBYTES; wiped when the value goes
    IdentityKeys() = default;
    IdentityKeys(const IdentityKeys&) = default;
    IdentityKeys& operator=(const IdentityKeys&) = default;
    ~IdentityKeys();
};

/** A new key pair, or nullopt when libsodium cannot start. */
std::optional<IdentityKeys> newIdentityKeys();
/** The key pair of \a secretKey (its public key computed again), or nullopt when it is not one. */
std::optional<IdentityKeys> identityKeysOf(const QByteArray& secretKey);

/**
 * Seals many values to one public key for the cost of one key exchange: an ephemeral key pair of its own (crypto_box
 * with the public key, a new random nonce for each value), its secret wiped when the sealer goes.
 */
class IdentitySealer
{
public:
    explicit IdentitySealer(const QByteArray& publicKey);
    ~IdentitySealer();
    IdentitySealer(const IdentitySealer&) = delete;
    IdentitySealer& operator=(const IdentitySealer&) = delete;
    bool isValid() const { return !m_shared.isEmpty(); }
    /** \a plain sealed; empty when the public key was not one. */
    QByteArray seal(const QByteArray& plain) const;

private:
    QByteArray m_ephemeralPublic, m_shared;
};

/** Opens sealed values with a secret key, remembering the key exchange of each sealer met (a batch shares one). */
class IdentityOpener
{
public:
    explicit IdentityOpener(const IdentityKeys& keys);
    ~IdentityOpener();
    IdentityOpener(const IdentityOpener&) = delete;
    IdentityOpener& operator=(const IdentityOpener&) = delete;
    /** What \a sealed holds, or nullopt when these keys do not open it or it was changed. */
    std::optional<QByteArray> open(const QByteArray& sealed);

private:
    IdentityKeys m_keys;
    QHash<QByteArray, QByteArray> m_shared;
};

/** \a plain sealed to \a publicKey; every sealing of the same text differs. Empty when \a publicKey is not a key. */
QByteArray sealIdentity(const QByteArray& plain, const QByteArray& publicKey);
/** What \a sealed holds, or nullopt when \a keys do not open it or it was changed. */
std::optional<QByteArray> openIdentity(const QByteArray& sealed, const IdentityKeys& keys);

/**
 * The key of the complainants' name index, made from the register's secret key (keyed BLAKE2b): only a holder of the
 * identity key can make the index's tokens, so the index tells a thief of the file nothing. Empty for no key.
 */
QByteArray nameSearchKey(const IdentityKeys& keys);
/** The index token of \a normalised (a name or word already normalised): 16 bytes of keyed BLAKE2b, as hex. */
QString nameToken(const QByteArray& searchKey, const QString& normalised);

/** \a secretKey wrapped with a key made from \a password (Argon2id, a new salt each time; the cost travels along). */
QByteArray wrapWithPassword(const QByteArray& secretKey, const QString& password);
/**
 * The secret key in \a wrapped, or nullopt for a wrong password or a damaged or foreign value. A cost beyond what
 * Sujarit writes is refused before any work, so that an altered value cannot make a sign-in take minutes.
 */
std::optional<QByteArray> unwrapWithPassword(const QByteArray& wrapped, const QString& password);

/** A new recovery key: 32 random bytes. */
QByteArray newRecoveryKey();
/**
 * \a recoveryKey as printed on the recovery sheet: 56 letters and digits (Crockford's base32: no I, L, O or U) in 14
 * groups of four, the key and a check of it, so that a mistyped sheet is said to be mistyped.
 */
QString recoveryKeyText(const QByteArray& recoveryKey);
/** The recovery key typed back from the sheet (any case, spaces and dashes ignored); nullopt for a typing error. */
std::optional<QByteArray> recoveryKeyFromText(const QString& text);
/** \a secretKey wrapped with \a recoveryKey, and back (nullopt for another key or a damaged value). */
QByteArray wrapWithRecoveryKey(const QByteArray& secretKey, const QByteArray& recoveryKey);
std::optional<QByteArray> unwrapWithRecoveryKey(const QByteArray& wrapped, const QByteArray& recoveryKey);

} // namespace sujarit::access
