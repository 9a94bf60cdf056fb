// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ItaPack.h"

#include <QByteArray>

namespace sujarit::office {
struct OfficeProfile;
}

namespace sujarit::ita {

/**
 * The index of a pack as a plain page in Thai that an office can put on its website as it is: the office and the
 * year, the day the pack was made, and for each item its code and title, links to its files with what each covers,
 * and its state with what is missing or what the office adds itself. Self-contained (UTF-8, no script, no outside
 * style), every text escaped.
 */
QByteArray indexHtml(const Pack& pack, const office::OfficeProfile& office);

/** Writes index.html and index.pdf (the same table on landscape A4) into \a dir. */
bool writeIndex(const Pack& pack, const office::OfficeProfile& office, const QString& dir, QString* error);

} // namespace sujarit::ita
