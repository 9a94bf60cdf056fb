// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThaiAddressBook.h"

namespace sujarit::text {

bool ThaiArea::isBangkok() const { return province == QStringLiteral("กรุงเทพมหานคร"); }

QString ThaiArea::label() const
{
    return isBangkok() ? QStringLiteral("แขวง%1 » เขต%2 » %3 » %4").arg(subdistrict, district, province, postcode)
                       : QStringLiteral("ต.%1 » อ.%2 » จ.%3 » %4").arg(subdistrict, district, province, postcode);
}

QString ThaiArea::addressText() const
{
    return isBangkok() ? QStringLiteral("แขวง%1 เขต%2 %3 %4").arg(subdistrict, district, province, postcode)
                       : QStringLiteral("ตำบล%1 อำเภอ%2 จังหวัด%3 %4").arg(subdistrict, district, province, postcode);
}

ThaiAddressBook ThaiAddressBook::fromTsv(const QString& tsv)
{
    ThaiAddressBook book;
    for (const QString& line : tsv.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u'\t');
        if (f.size() == 4)
            book.m_areas.append({f[0].trimmed(), f[1].trimmed(), f[2].trimmed(), f[3].trimmed()});
    }
    return book;
}

QStringList ThaiAddressBook::labels() const
{
    QStringList out;
    out.reserve(m_areas.size());
    for (const ThaiArea& a : m_areas)
        out << a.label();
    return out;
}

std::optional<ThaiArea> ThaiAddressBook::fromLabel(const QString& label) const
{
    for (const ThaiArea& a : m_areas)
        if (a.label() == label)
            return a;
    return std::nullopt;
}

} // namespace sujarit::text
