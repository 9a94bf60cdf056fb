// SPDX-License-Identifier: GPL-3.0-or-later
#include "Announcement.h"

namespace sujarit::announcements {

const QList<Term>& kinds()
{
    static const QList<Term> list = {
        {QStringLiteral("no_gift"), QStringLiteral("ประกาศเจตนารมณ์ No Gift Policy"), QStringLiteral("No Gift Policy")},
        {QStringLiteral("coi_measures"), QStringLiteral("มาตรการป้องกันผลประโยชน์ทับซ้อน"),
         QStringLiteral("Conflict-of-interest measures")},
        {QStringLiteral("channels"), QStringLiteral("ช่องทางการร้องเรียน/แจ้งเบาะแส"), QStringLiteral("Complaint channels")},
        {QStringLiteral("moral_intent"), QStringLiteral("เจตนารมณ์การเป็นองค์กรคุณธรรม"),
         QStringLiteral("Intent to be a moral organisation")},
    };
    return list;
}

} // namespace sujarit::announcements
