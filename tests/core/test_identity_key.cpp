// SPDX-License-Identifier: GPL-3.0-or-later
// The sealing under a complainant's identity (access/IdentityKey.h): sealed without a secret, opened only with the
// register's secret key, which travels only wrapped for a password or for the recovery sheet; a changed or foreign
// value opens nothing and costs nothing to refuse.
#include <catch2/catch.hpp>

#include "access/IdentityKey.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QtEndian>

using namespace sujarit;

TEST_CASE("An identity sealed to the register's key opens only with its secret key, and not once changed",
          "[identity]")
{
    const auto keys = access::newIdentityKeys();
    REQUIRE(keys);
    const QByteArray name = QStringLiteral("นางสาวสมศรี ใจงาม 0812345678").toUtf8();
    const QByteArray sealed = access::sealIdentity(name, keys->publicKey);
    REQUIRE_FALSE(sealed.isEmpty());
    CHECK_FALSE(sealed.contains(name));
    CHECK_FALSE(sealed.contains(QByteArray("0812345678")));
    CHECK(access::sealIdentity(name, keys->publicKey) != sealed); // nothing to compare two sealings by
    CHECK(access::openIdentity(sealed, *keys) == name);

    const auto other = access::newIdentityKeys();
    REQUIRE(other);
    CHECK_FALSE(access::openIdentity(sealed, *other));
    QByteArray changed = sealed;
    changed[changed.size() - 1] = char(changed.at(changed.size() - 1) ^ 1);
    CHECK_FALSE(access::openIdentity(changed, *keys));
    CHECK_FALSE(access::openIdentity(sealed.left(20), *keys));
    CHECK(access::sealIdentity(name, QByteArray("not a key")).isEmpty());

    // The secret key alone gives the pair back.
    const auto again = access::identityKeysOf(keys->secretKey);
    REQUIRE(again);
    CHECK(again->publicKey == keys->publicKey);
    CHECK_FALSE(access::identityKeysOf(QByteArray(5, 'x')));
}

TEST_CASE("The secret key wrapped for a password opens with that password only, and a forged cost is refused at once",
          "[identity]")
{
    const auto keys = access::newIdentityKeys();
    REQUIRE(keys);
    const QByteArray wrapped = access::wrapWithPassword(keys->secretKey, QStringLiteral("รหัสผ่าน-ยาวพอ-2570"));
    REQUIRE_FALSE(wrapped.isEmpty());
    CHECK_FALSE(wrapped.contains(keys->secretKey));
    CHECK(access::wrapWithPassword(keys->secretKey, QStringLiteral("รหัสผ่าน-ยาวพอ-2570")) != wrapped); // new salt
    CHECK(access::unwrapWithPassword(wrapped, QStringLiteral("รหัสผ่าน-ยาวพอ-2570")) == keys->secretKey);
    CHECK_FALSE(access::unwrapWithPassword(wrapped, QStringLiteral("รหัสผ่าน-ยาวพอ-2571")));
    CHECK_FALSE(access::unwrapWithPassword(wrapped.left(wrapped.size() - 1), QStringLiteral("รหัสผ่าน-ยาวพอ-2570")));
    CHECK_FALSE(access::unwrapWithPassword(QByteArray(), QStringLiteral("x")));

    // A value altered to ask for 4 TiB of memory and a million passes is refused without trying.
    QByteArray forged = wrapped;
    char cost[16];
    qToLittleEndian(quint64(1000000), cost);
    qToLittleEndian(quint64(4) << 40, cost + 8);
    forged.replace(1 + 16, 16, QByteArray(cost, 16));
    QElapsedTimer t;
    t.start();
    CHECK_FALSE(access::unwrapWithPassword(forged, QStringLiteral("รหัสผ่าน-ยาวพอ-2570")));
    CHECK(t.elapsed() < 50);
    // A recovery-wrapped value is not a password-wrapped one.
    CHECK_FALSE(access::unwrapWithPassword(access::wrapWithRecoveryKey(keys->secretKey, access::newRecoveryKey()),
                                           QStringLiteral("x")));
}

TEST_CASE("The recovery sheet's key reads back as typed, says when it is mistyped, and opens the wrapped key",
          "[identity]")
{
    const auto keys = access::newIdentityKeys();
    REQUIRE(keys);
    const QByteArray recovery = access::newRecoveryKey();
    const QString text = access::recoveryKeyText(recovery);
    CHECK(text.size() == 56 + 13);
    CHECK(text.split(u' ').size() == 14);
    for (const QString& group : text.split(u' ')) {
        CHECK(group.size() == 4);
        for (QChar c : group)
            CHECK(QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ").contains(c));
    }
    CHECK(access::recoveryKeyFromText(text) == recovery);
    // Typed in lower case, in one run or with dashes, with O for 0 and l for 1: the same key.
    QString typed = text.toLower();
    typed.replace(u' ', u'-');
    typed.replace(u'0', u'o');
    typed.replace(u'1', u'l');
    CHECK(access::recoveryKeyFromText(typed) == recovery);
    CHECK(access::recoveryKeyFromText(QString(text).remove(u' ')) == recovery);
    // One character wrong, one missing, one too many, a letter that is not in the alphabet: not a key.
    QString wrong = text;
    wrong[0] = wrong[0] == u'A' ? u'B' : u'A';
    CHECK_FALSE(access::recoveryKeyFromText(wrong));
    CHECK_FALSE(access::recoveryKeyFromText(text.left(text.size() - 1)));
    CHECK_FALSE(access::recoveryKeyFromText(text + u'A'));
    CHECK_FALSE(access::recoveryKeyFromText(QString(text).replace(0, 1, u'U')));

    const QByteArray wrapped = access::wrapWithRecoveryKey(keys->secretKey, recovery);
    REQUIRE_FALSE(wrapped.isEmpty());
    CHECK(access::unwrapWithRecoveryKey(wrapped, *access::recoveryKeyFromText(text)) == keys->secretKey);
    CHECK_FALSE(access::unwrapWithRecoveryKey(wrapped, access::newRecoveryKey()));
    CHECK_FALSE(access::unwrapWithRecoveryKey(access::wrapWithPassword(keys->secretKey, QStringLiteral("x")), recovery));
}
