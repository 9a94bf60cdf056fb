// SPDX-License-Identifier: GPL-3.0-or-later
#include "NationalId.h"

#include "ThaiDigits.h"

namespace sujarit::text {

QString normalizeNationalId(const QString& id)
{
    QString out;
    for (QChar c : toArabicDigits(id))
        if (c != u' ' && c != u'-')
            out.append(c);
    return out;
}

bool isValidNationalId(const QString& raw)
{
    const QString id = normalizeNationalId(raw);
    if (id.size() != 13)
        return false;
    int sum = 0;
    for (int i = 0; i < 13; ++i) {
        if (!id[i].isDigit() || id[i].unicode() > u'9')
            return false;
        if (i < 12)
            sum += (id[i].unicode() - u'0') * (13 - i);
    }
    const int check = (11 - sum % 11) % 10;
    return check == id[12].unicode() - u'0';
}

} // namespace sujarit::text
