// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityKey.h"

#include "Sodium.h"

#include <QtEndian>
#include <cstring>

namespace sujarit::access {

namespace {

const auto* bytes(const QByteArray& a) { return reinterpret_cast<const unsigned char*>(a.constData()); }
auto* bytes(QByteArray& a) { return reinterpret_cast<unsigned char*>(a.data()); }

// The first byte of a wrapped key says how it was wrapped; a value with another is not one Sujarit wrote.
constexpr char PasswordWrap = 1;
constexpr char RecoveryWrap = 2;
constexpr int SaltBytes = crypto_pwhash_SALTBYTES;
constexpr int PasswordHeader = 1 + SaltBytes + 8 + 8 + crypto_secretbox_NONCEBYTES;

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(n));
    return out;
}

/** \a plain in a secret box under \a key, after \a header and a new nonce. */
QByteArray boxed(QByteArray header, const QByteArray& plain, const QByteArray& key)
{
    const QByteArray nonce = randomBytes(crypto_secretbox_NONCEBYTES);
    QByteArray box(plain.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(bytes(box), bytes(plain), quint64(plain.size()), bytes(nonce), bytes(key));
    return header + nonce + box;
}

std::optional<QByteArray> unboxedSecretKey(const QByteArray& wrapped, int nonceAt, const QByteArray& key)
{
    const int boxAt = nonceAt + crypto_secretbox_NONCEBYTES;
    if (wrapped.size() != boxAt + crypto_secretbox_MACBYTES + crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    QByteArray plain(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(bytes(plain), bytes(wrapped) + boxAt, quint64(wrapped.size() - boxAt),
                                   bytes(wrapped) + nonceAt, bytes(key))
        != 0)
        return std::nullopt;
    return plain;
}

/** The key Argon2id makes of \a password with \a salt at the cost given; empty when it cannot (memory). */
QByteArray passwordKey(const QString& password, const QByteArray& salt, quint64 ops, quint64 mem)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(bytes(key), quint64(key.size()), utf8.constData(), quint64(utf8.size()), bytes(salt), ops,
                      size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return key;
}

const char Base32[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford's
constexpr int CheckBytes = 3;

QByteArray check(const QByteArray& key)
{
    QByteArray out(CheckBytes, Qt::Uninitialized);
    crypto_generichash(bytes(out), size_t(out.size()), bytes(key), quint64(key.size()), nullptr, 0);
    return out;
}
} // namespace

IdentityKeys::~IdentityKeys()
{
    if (!secretKey.isEmpty() && !secretKey.isDetached())
        return; // shared with a copy still alive: that copy wipes it
    if (!secretKey.isEmpty())
        sodium_memzero(secretKey.data(), size_t(secretKey.size()));
}

std::optional<IdentityKeys> newIdentityKeys()
{
    if (!detail::sodiumReady())
        return std::nullopt;
    IdentityKeys k;
    k.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

std::optional<IdentityKeys> identityKeysOf(const QByteArray& secretKey)
{
    if (!detail::sodiumReady() || secretKey.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    IdentityKeys k;
    k.secretKey = secretKey;
    k.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_scalarmult_base(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

QByteArray sealIdentity(const QByteArray& plain, const QByteArray& publicKey)
{
    if (!detail::sodiumReady() || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(bytes(sealed), bytes(plain), quint64(plain.size()), bytes(publicKey));
    return sealed;
}

std::optional<QByteArray> openIdentity(const QByteArray& sealed, const IdentityKeys& keys)
{
    if (!detail::sodiumReady() || sealed.size() < crypto_box_SEALBYTES || keys.publicKey.size() != crypto_box_PUBLICKEYBYTES
        || keys.secretKey.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    QByteArray plain(sealed.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(plain), bytes(sealed), quint64(sealed.size()), bytes(keys.publicKey),
                             bytes(keys.secretKey))
        != 0)
        return std::nullopt;
    return plain;
}

QByteArray wrapWithPassword(const QByteArray& secretKey, const QString& password)
{
    if (!detail::sodiumReady() || secretKey.size() != crypto_box_SECRETKEYBYTES)
        return {};
    // The interactive cost, as the sign-in's own hash: unwrapping is part of signing in.
    const quint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE, mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    const QByteArray salt = randomBytes(SaltBytes);
    const QByteArray key = passwordKey(password, salt, ops, mem);
    if (key.isEmpty())
        return {};
    QByteArray header(1, PasswordWrap);
    header += salt;
    char cost[16];
    qToLittleEndian(ops, cost);
    qToLittleEndian(mem, cost + 8);
    header += QByteArray(cost, 16);
    return boxed(header, secretKey, key);
}

std::optional<QByteArray> unwrapWithPassword(const QByteArray& wrapped, const QString& password)
{
    if (!detail::sodiumReady() || wrapped.size() < PasswordHeader || wrapped.at(0) != PasswordWrap)
        return std::nullopt;
    const quint64 ops = qFromLittleEndian<quint64>(wrapped.constData() + 1 + SaltBytes);
    const quint64 mem = qFromLittleEndian<quint64>(wrapped.constData() + 1 + SaltBytes + 8);
    // Up to libsodium's "moderate" cost (3 passes, 256 MiB), above what Sujarit writes, and no more.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_MODERATE || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > crypto_pwhash_MEMLIMIT_MODERATE)
        return std::nullopt;
    const QByteArray key = passwordKey(password, wrapped.mid(1, SaltBytes), ops, mem);
    if (key.isEmpty())
        return std::nullopt;
    return unboxedSecretKey(wrapped, 1 + SaltBytes + 16, key);
}

QByteArray newRecoveryKey()
{
    if (!detail::sodiumReady())
        return {};
    return randomBytes(crypto_secretbox_KEYBYTES);
}

QString recoveryKeyText(const QByteArray& recoveryKey)
{
    if (!detail::sodiumReady() || recoveryKey.size() != crypto_secretbox_KEYBYTES)
        return {};
    const QByteArray all = recoveryKey + check(recoveryKey); // 35 bytes: 280 bits, 56 characters
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : all) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            if (!out.isEmpty() && (out.size() + 1) % 5 == 0)
                out += u' ';
            out += QLatin1Char(Base32[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    return out;
}

std::optional<QByteArray> recoveryKeyFromText(const QString& text)
{
    if (!detail::sodiumReady())
        return std::nullopt;
    QByteArray all;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar ch : text) {
        if (ch.isSpace() || ch == u'-')
            continue;
        char c = char(ch.toUpper().toLatin1());
        if (c == 'O')
            c = '0';
        else if (c == 'I' || c == 'L')
            c = '1';
        const char* at = c ? std::strchr(Base32, c) : nullptr;
        if (!at)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(at - Base32);
        bits += 5;
        if (bits >= 8) {
            all += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
        if (all.size() > crypto_secretbox_KEYBYTES + CheckBytes)
            return std::nullopt;
    }
    if (all.size() != crypto_secretbox_KEYBYTES + CheckBytes || bits != 0)
        return std::nullopt;
    const QByteArray key = all.left(crypto_secretbox_KEYBYTES);
    if (check(key) != all.right(CheckBytes))
        return std::nullopt;
    return key;
}

QByteArray wrapWithRecoveryKey(const QByteArray& secretKey, const QByteArray& recoveryKey)
{
    if (!detail::sodiumReady() || secretKey.size() != crypto_box_SECRETKEYBYTES || recoveryKey.size() != crypto_secretbox_KEYBYTES)
        return {};
    return boxed(QByteArray(1, RecoveryWrap), secretKey, recoveryKey);
}

std::optional<QByteArray> unwrapWithRecoveryKey(const QByteArray& wrapped, const QByteArray& recoveryKey)
{
    if (!detail::sodiumReady() || wrapped.isEmpty() || wrapped.at(0) != RecoveryWrap
        || recoveryKey.size() != crypto_secretbox_KEYBYTES)
        return std::nullopt;
    return unboxedSecretKey(wrapped, 1, recoveryKey);
}

} // namespace sujarit::access
