// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Announcement.h"

#include <QString>

namespace sujarit::office {
struct OfficeProfile;
}
namespace sujarit::risks {
struct RiskRegister;
struct LevelBands;
}

namespace sujarit::announcements {

/** A template's title and text, written for one office and year. */
struct Draft
{
    QString title;
    QString body;
};

/**
 * The shipped text of \a kind for \a office and \a fiscalYear: the No Gift Policy citing the NACC gift rule 2563 and
 * its threshold; the conflict-of-interest measures in seed 002's shape (ความเป็นมา, the law, the risk analysis and
 * the measures taken from \a risks, which that kind needs); the complaint channels from the office profile; the
 * intent to be a moral organisation with seed 004's five virtues.
 */
Draft draftOf(const QString& kind, int fiscalYear, const office::OfficeProfile& office,
              const risks::RiskRegister* risks, const risks::LevelBands& bands);

} // namespace sujarit::announcements
