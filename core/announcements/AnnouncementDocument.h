// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Announcement.h"

#include <QStringList>

namespace sujarit::office {
struct OfficeProfile;
}
namespace sujarit::documents {
class PageWriter;
}

namespace sujarit::announcements {

/**
 * An announcement in the layout of ระเบียบงานสารบรรณ: the Garuda 3 cm high centred at the top, "ประกาศ" and the
 * office's name, "เรื่อง …", a short rule, the text (paragraphs and numbered items with their first line indented,
 * headings), "ประกาศ ณ วันที่ …" and the executive's signature block. An unsigned version leaves the date dotted for the
 * pen and is marked ร่าง; a later version says which it is.
 */
/** The words that make the same layout another official paper: an order (คำสั่ง) with its number. */
struct PaperWords
{
    QString heading = QStringLiteral("ประกาศ"); ///< before the office's name: "คำสั่ง"
    QString number; ///< the line under it, "ที่ 12/2569"; empty: none
    QString dated = QStringLiteral("ประกาศ ณ วันที่"); ///< "สั่ง ณ วันที่"
};

bool paintAnnouncement(documents::PageWriter& page, const Announcement& a, const office::OfficeProfile& office,
                       QString* error, const PaperWords& words = {});
/** The profile fields an announcement needs. */
QStringList announcementNeeds();

} // namespace sujarit::announcements
