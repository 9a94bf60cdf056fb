// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThaiBahtText.h"

#include "ThaiDigits.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace sujarit::text {

namespace {

const std::array<const char16_t*, 10> Digit = {u"ศูนย์", u"หนึ่ง", u"สอง", u"สาม", u"สี่", u"ห้า", u"หก", u"เจ็ด", u"แปด", u"เก้า"};
const std::array<const char16_t*, 6> Place = {u"", u"สิบ", u"ร้อย", u"พัน", u"หมื่น", u"แสน"};

/**
 * Reads \a group (0 … 999,999) without its zero; \a lastOfLonger: the group ends a number of more than one digit
 * (a millions count or a whole amount above the group), where a final 1 reads เอ็ด even when the group is 1.
 */
QString readGroup(qint64 group, bool lastOfLonger)
{
    QString out;
    for (int place = 5; place >= 0; --place) {
        qint64 power = 1;
        for (int i = 0; i < place; ++i)
            power *= 10;
        const int digit = int(group / power % 10);
        if (digit == 0)
            continue;
        if (place == 1 && digit == 1)
            out += QStringLiteral("สิบ");
        else if (place == 1 && digit == 2)
            out += QStringLiteral("ยี่สิบ");
        else if (place == 0 && digit == 1 && (group > 1 || lastOfLonger))
            out += QStringLiteral("เอ็ด");
        else
            out += QString::fromUtf16(Digit[digit]) + QString::fromUtf16(Place[place]);
    }
    return out;
}

QString readPositive(qint64 n)
{
    constexpr qint64 Million = 1000000;
    if (n < Million)
        return readGroup(n, false);
    const qint64 low = n % Million;
    return readPositive(n / Million) + QStringLiteral("ล้าน") + (low == 0 ? QString() : readGroup(low, true));
}

} // namespace

QString thaiNumberWords(qint64 number)
{
    if (number == 0)
        return QString::fromUtf16(Digit[0]);
    if (number < 0) // (the most negative qint64 has no positive twin; no amount comes near it)
        return QStringLiteral("ลบ") + readPositive(-number);
    return readPositive(number);
}

QString thaiBahtText(qint64 satang)
{
    if (satang < 0)
        return QStringLiteral("ลบ") + thaiBahtText(-satang);
    const qint64 baht = satang / 100;
    const qint64 rest = satang % 100;
    if (rest == 0)
        return thaiNumberWords(baht) + QStringLiteral("บาทถ้วน");
    const QString satangWords = thaiNumberWords(rest) + QStringLiteral("สตางค์");
    return baht == 0 ? satangWords : thaiNumberWords(baht) + QStringLiteral("บาท") + satangWords;
}

std::optional<qint64> parseBaht(const QString& input)
{
    QString text = toArabicDigits(input);
    text.remove(u',').remove(u' ');
    static const QRegularExpression amount(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]*?)0*)?$"));
    const auto m = amount.match(text);
    if (!m.hasMatch() || m.captured(3).size() > 2 || m.captured(2).size() > 15)
        return std::nullopt;
    const qint64 satang = m.captured(2).toLongLong() * 100 + m.captured(3).leftJustified(2, u'0').toLongLong();
    return m.captured(1).isEmpty() ? satang : -satang;
}

QString formatBaht(qint64 satang, bool cents)
{
    const qint64 magnitude = satang < 0 ? -satang : satang;
    const QString whole = QLocale(QLocale::English).toString(magnitude / 100);
    const QString sign = satang < 0 ? QStringLiteral("-") : QString();
    if (!cents && magnitude % 100 == 0)
        return sign + whole;
    return sign + QStringLiteral("%1.%2").arg(whole).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace sujarit::text
