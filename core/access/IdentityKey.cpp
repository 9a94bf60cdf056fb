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

// A sealed value: a mark, the sender's ephemeral public key, a nonce, and the crypto_box of the text. A sealer's
// ephemeral key serves every value it seals (each with a new random nonce), so that a batch of thousands costs one
// key exchange; its secret part is wiped when the sealer goes, and nobody can open what it sealed but the holder of
// the register's secret key.
constexpr char SealedMark = 1;
constexpr int SealedHeader = 1 + crypto_box_PUBLICKEYBYTES + crypto_box_NONCEBYTES;

IdentitySealer::IdentitySealer(const QByteArray& publicKey)
{
    if (!detail::sodiumReady() || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return;
    QByteArray secret(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    m_ephemeralPublic.resize(crypto_box_PUBLICKEYBYTES);
    crypto_box_keypair(bytes(m_ephemeralPublic), bytes(secret));
    m_shared.resize(crypto_box_BEFORENMBYTES);
    if (crypto_box_beforenm(bytes(m_shared), bytes(publicKey), bytes(secret)) != 0) {
        m_shared.clear();
        m_ephemeralPublic.clear();
    }
    sodium_memzero(secret.data(), size_t(secret.size()));
}

IdentitySealer::~IdentitySealer()
{
    if (!m_shared.isEmpty())
        sodium_memzero(m_shared.data(), size_t(m_shared.size()));
}

QByteArray IdentitySealer::seal(const QByteArray& plain) const
{
    if (!isValid())
        return {};
    QByteArray out(SealedHeader + plain.size() + crypto_box_MACBYTES, Qt::Uninitialized);
    out[0] = SealedMark;
    std::memcpy(out.data() + 1, m_ephemeralPublic.constData(), crypto_box_PUBLICKEYBYTES);
    unsigned char* nonce = bytes(out) + 1 + crypto_box_PUBLICKEYBYTES;
    randombytes_buf(nonce, crypto_box_NONCEBYTES);
    crypto_box_easy_afternm(bytes(out) + SealedHeader, bytes(plain), quint64(plain.size()), nonce, bytes(m_shared));
    return out;
}

IdentityOpener::IdentityOpener(const IdentityKeys& keys)
    : m_keys(keys)
{
}

IdentityOpener::~IdentityOpener()
{
    for (QByteArray& k : m_shared)
        sodium_memzero(k.data(), size_t(k.size()));
}

std::optional<QByteArray> IdentityOpener::open(const QByteArray& sealed)
{
    if (!detail::sodiumReady() || sealed.size() < SealedHeader + int(crypto_box_MACBYTES) || sealed[0] != SealedMark
        || m_keys.secretKey.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    const QByteArray sender = sealed.mid(1, crypto_box_PUBLICKEYBYTES);
    auto it = m_shared.find(sender);
    if (it == m_shared.end()) {
        if (m_shared.size() > 10000) // bounded: a list of a register's every batch
            m_shared.clear();
        QByteArray shared(crypto_box_BEFORENMBYTES, Qt::Uninitialized);
        if (crypto_box_beforenm(bytes(shared), bytes(sender), bytes(m_keys.secretKey)) != 0)
            return std::nullopt;
        it = m_shared.insert(sender, shared);
    }
    QByteArray plain(sealed.size() - SealedHeader - int(crypto_box_MACBYTES), Qt::Uninitialized);
    if (crypto_box_open_easy_afternm(bytes(plain), bytes(sealed) + SealedHeader, quint64(sealed.size() - SealedHeader),
                                     bytes(sealed) + 1 + crypto_box_PUBLICKEYBYTES, bytes(*it))
        != 0)
        return std::nullopt;
    return plain;
}

QByteArray sealIdentity(const QByteArray& plain, const QByteArray& publicKey)
{
    return IdentitySealer(publicKey).seal(plain);
}

std::optional<QByteArray> openIdentity(const QByteArray& sealed, const IdentityKeys& keys)
{
    return IdentityOpener(keys).open(sealed);
}

QByteArray nameSearchKey(const IdentityKeys& keys)
{
    if (!detail::sodiumReady() || keys.secretKey.size() != crypto_box_SECRETKEYBYTES)
        return {};
    static const QByteArray purpose("sujarit: the complainants' name index");
    QByteArray out(crypto_generichash_KEYBYTES, Qt::Uninitialized);
    crypto_generichash(bytes(out), size_t(out.size()), bytes(purpose), quint64(purpose.size()), bytes(keys.secretKey),
                       size_t(keys.secretKey.size()));
    return out;
}

QString nameToken(const QByteArray& searchKey, const QString& normalised)
{
    if (searchKey.isEmpty())
        return {};
    const QByteArray text = normalised.toUtf8();
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(bytes(out), size_t(out.size()), bytes(text), quint64(text.size()), bytes(searchKey),
                       size_t(searchKey.size()));
    return QString::fromLatin1(out.toHex());
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
