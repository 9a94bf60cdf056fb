// SPDX-License-Identifier: GPL-3.0-or-later
#include "Complaint.h"

#include "calendar/FiscalYear.h"
#include "text/ThaiDigits.h"

#include <QRegularExpression>

namespace sujarit::complaints {

std::optional<ReceiptNumber> ReceiptNumber::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,7})\s*/\s*(\d{4})\s*$)"));
    const auto m = re.match(text::toArabicDigits(text));
    if (!m.hasMatch())
        return std::nullopt;
    ReceiptNumber r{m.captured(1).toInt(), m.captured(2).toInt()};
    if (!r.isValid())
        return std::nullopt;
    return r;
}

bool Complainant::isEmpty() const
{
    return title.isEmpty() && name.isEmpty() && !age && address.isEmpty() && phone.isEmpty() && email.isEmpty()
        && nationalId.isEmpty() && houseNo.isEmpty() && moo.isEmpty() && subdistrict.isEmpty() && district.isEmpty()
        && province.isEmpty() && postcode.isEmpty();
}

int Complaint::fiscalYear() const { return calendar::fiscalYearOf(receivedAt.date()); }

} // namespace sujarit::complaints
