// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>
#include <optional>

namespace sujarit::complaints {

struct Complaint;

/**
 * The check code printed on a complainant's receipt: an HMAC-SHA256 of the receipt's number, time, channel and
 * subject under the register's own secret key, as ten characters (Crockford base 32: no I, L, O or U) written
 * "7KQ2M-X9D4A". An officer types it into "verify receipt"; a forged or altered receipt does not match.
 */
QString receiptCode(const QByteArray& key, const Complaint& c);
/** Upper case, without spaces and dashes, with O read as 0 and I, L as 1; nothing when it cannot be a code. */
std::optional<QString> normalizeReceiptCode(const QString& typed);

} // namespace sujarit::complaints
