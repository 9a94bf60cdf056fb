// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Announcement.h"

#include <QList>
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

/** A way to make a complaint, as the office's channels announcement and its manual list it (seed 003 §5). */
struct Channel
{
    QString name; ///< ทางไปรษณีย์
    QString detail; ///< the office's address, number or page
    bool officeHoursOnly = false; ///< answered on working days only (เว้นวันหยุดราชการ), as seed 003 §9 notes
};
/** The channels of \a office: in person, post, telephone, the box, website, Facebook and the hotline, where it has them. */
QList<Channel> complaintChannels(const office::OfficeProfile& office);

/**
 * The shipped text of \a kind for \a office and \a fiscalYear: the No Gift Policy citing the NACC gift rule 2563 and
 * its threshold; the conflict-of-interest measures in seed 002's shape (ความเป็นมา, the law, the risk analysis and
 * the measures taken from \a risks, which that kind needs); the complaint channels from the office profile; the
 * intent to be a moral organisation with seed 004's five virtues.
 */
Draft draftOf(const QString& kind, int fiscalYear, const office::OfficeProfile& office,
              const risks::RiskRegister* risks, const risks::LevelBands& bands);

} // namespace sujarit::announcements
