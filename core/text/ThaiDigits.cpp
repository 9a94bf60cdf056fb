// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThaiDigits.h"

namespace sujarit::text {

namespace {
constexpr char16_t ThaiZero = u'\u0E50';
}

QString toThaiDigits(const QString& s)
{
    QString out = s;
    for (QChar& c : out)
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(ThaiZero + (c.unicode() - u'0')));
    return out;
}

QString toArabicDigits(const QString& s)
{
    QString out = s;
    for (QChar& c : out)
        if (c.unicode() >= ThaiZero && c.unicode() <= ThaiZero + 9)
            c = QChar(char16_t(u'0' + (c.unicode() - ThaiZero)));
    return out;
}

} // namespace sujarit::text
