// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <optional>

namespace sujarit::users {

/**
 * The recovery sheet of a register's identity key (users/IdentityCustody.h), in Thai: the recovery key in 14 groups of
 * four (access::recoveryKeyText), when it was made, what it is for, how it is used, and what is lost without it. Made
 * at `init` and when a register's identities are first sealed; a holder of the key can make a new one.
 */
QString recoverySheet(const QString& registerName, const QByteArray& recoveryKey, const QDateTime& made);
/**
 * The recovery key as a QR code (libqrencode, error correction M), each module \a scale pixels with a quiet zone of
 * four: what a phone or scanner reads back as the 14 groups the sheet prints. A null image when it cannot be made.
 */
QImage recoveryQrCode(const QByteArray& recoveryKey, int scale = 8);
/** The recovery key in \a text: a sheet as written, or the key alone as typed; nullopt when none reads right. */
std::optional<QByteArray> recoveryKeyIn(const QString& text);

} // namespace sujarit::users
