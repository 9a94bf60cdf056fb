// SPDX-License-Identifier: GPL-3.0-or-later
#include "Holiday.h"

namespace sujarit::calendar {

QString holidayKindCode(HolidayKind kind)
{
    switch (kind) {
    case HolidayKind::Public:
        return QStringLiteral("public");
    case HolidayKind::Substitution:
        return QStringLiteral("substitution");
    case HolidayKind::Special:
        return QStringLiteral("special");
    }
    return {};
}

HolidayKind holidayKindFromCode(const QString& code, bool* ok)
{
    if (ok)
        *ok = true;
    if (code == QLatin1String("substitution"))
        return HolidayKind::Substitution;
    if (code == QLatin1String("special"))
        return HolidayKind::Special;
    if (ok && code != QLatin1String("public") && !code.isEmpty())
        *ok = false;
    return HolidayKind::Public;
}

} // namespace sujarit::calendar
