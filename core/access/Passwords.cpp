// SPDX-License-Identifier: GPL-3.0-or-later
#include "Passwords.h"

#include "Sodium.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sujarit::access {

namespace {
struct AccessText
{
    Q_DECLARE_TR_FUNCTIONS(AccessText)
};
} // namespace

QString hashPassword(const QString& password)
{
    if (!detail::sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // The interactive limits (64 MiB, 2 passes): about a tenth of a second on an office PC, so a sign-in stays quick
    // while guessing stays expensive.
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& password, const QString& hash)
{
    if (!detail::sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

QString passwordProblem(const QString& password)
{
    if (password.size() < 8)
        return AccessText::tr("a password needs at least 8 characters");
    if (password.trimmed() != password)
        return AccessText::tr("a password may not begin or end with a space");
    return {};
}

QString decoyHash()
{
    return QStringLiteral(
        "$argon2id$v=19$m=65536,t=2,p=1$/O9N3fgQcyoie1HlKKo4VA$qzs+9ggDzvDwyyGOSv28763534iOKLHEpUEMr8i/K1s");
}

} // namespace sujarit::access
