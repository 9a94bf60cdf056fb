// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace sujarit::access {

/**
 * Passwords are kept only as Argon2id hashes (libsodium's crypto_pwhash_str: the salt and the cost travel inside
 * the hash string). A password is never stored, logged or compared in clear.
 */
QString hashPassword(const QString& password);
bool verifyPassword(const QString& password, const QString& hash);
/**
 * A hash of a random password at the cost hashPassword() uses (the same memory and passes), fixed: what a sign-in
 * under a name nobody has is checked against, so that it costs what a wrong password costs.
 */
QString decoyHash();
/** Why \a password is too weak to be accepted, or an empty string. */
QString passwordProblem(const QString& password);

} // namespace sujarit::access
