// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace sujarit::text {

/** Strips spaces and dashes from a Thai national ID as people write it (1-2345-67890-12-1). */
QString normalizeNationalId(const QString& id);
/** True when \a id is 13 digits whose last digit is the checksum of the first 12 (weights 13..2, mod 11). */
bool isValidNationalId(const QString& id);

} // namespace sujarit::text
