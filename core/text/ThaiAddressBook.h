// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::text {

/** One subdistrict with its district, province and postcode. */
struct ThaiArea {
    QString subdistrict, district, province, postcode;
    bool isBangkok() const;
    /** "ต.โคกแย้ » อ.หนองแค » จ.สระบุรี » 18230": what the completer shows and the clerk picks. */
    QString label() const;
    /** "ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230" (แขวง/เขต in Bangkok), as an address is written. */
    QString addressText() const;
};

/**
 * Thailand's subdistricts for address completion, read from the TSV the project converts from the npm package
 * thai-address-database (resources/address; ISC licence): "subdistrict, district, province, postcode" a line.
 */
class ThaiAddressBook
{
public:
    static ThaiAddressBook fromTsv(const QString& tsv);
    const QList<ThaiArea>& areas() const { return m_areas; }
    QStringList labels() const;
    /** The area a completer label stands for. */
    std::optional<ThaiArea> fromLabel(const QString& label) const;

private:
    QList<ThaiArea> m_areas;
};

} // namespace sujarit::text
