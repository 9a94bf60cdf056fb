// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <optional>

namespace sujarit::text {

/**
 * A whole number in Thai words, as the Royal Institute reads it: 11 สิบเอ็ด, 21 ยี่สิบเอ็ด, 101 หนึ่งร้อยเอ็ด,
 * 1,000,001 หนึ่งล้านเอ็ด, 501,000,000 ห้าร้อยเอ็ดล้าน; a lone 1 is หนึ่ง. Negative numbers start with ลบ.
 */
QString thaiNumberWords(qint64 number);

/**
 * An amount of money, given in satang (1 baht = 100 satang, so no rounding ever happens), in Thai words as
 * printed on official paper: 3,500.00 → "สามพันห้าร้อยบาทถ้วน", 0.50 → "ห้าสิบสตางค์",
 * 21.01 → "ยี่สิบเอ็ดบาทหนึ่งสตางค์", 0 → "ศูนย์บาทถ้วน".
 */
QString thaiBahtText(qint64 satang);

/** An amount in figures with thousands separators: 350000 satang → "3,500.00", or "3,500" without \a cents when whole. */
QString formatBaht(qint64 satang, bool cents = true);

/** An amount typed as "3500", "3,500.50", "๓,๕๐๐" or "-20" in satang; nullopt when it is not an amount (or has more than two decimals). */
std::optional<qint64> parseBaht(const QString& text);

} // namespace sujarit::text
