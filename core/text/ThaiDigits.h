// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace sujarit::text {

/** Replaces the Arabic digits 0-9 in \a s with Thai digits ๐-๙; everything else is kept. */
QString toThaiDigits(const QString& s);
/** Replaces the Thai digits ๐-๙ in \a s with Arabic digits 0-9; everything else is kept. */
QString toArabicDigits(const QString& s);

enum class Digits { Arabic, Thai };
/** Applies the chosen digit style to already formatted text. */
inline QString withDigits(const QString& s, Digits d) { return d == Digits::Thai ? toThaiDigits(s) : s; }

} // namespace sujarit::text
