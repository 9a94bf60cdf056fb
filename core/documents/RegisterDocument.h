// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>
#include <optional>

namespace sujarit::storage {
class Database;
}
namespace sujarit::office {
struct OfficeProfile;
}

namespace sujarit::documents {

class PageWriter;

struct RegisterOptions {
    std::optional<int> fiscalYear; ///< BE
    std::optional<QDate> from, to;
    /** The copy that circulates: every complainant's name reads "ไม่เปิดเผยชื่อ". */
    bool circulation = false;
    /** Why the full copy names the complainants (audited, one entry for the whole register); without a reason, or
     *  for a reader who may not see a case's complainant, the name reads "ไม่เปิดเผยชื่อ" as in the circulation copy. */
    QString revealReason;
    QDate today;
};

/**
 * ทะเบียนรับเรื่องร้องเรียน for a fiscal year or a date range, on landscape A4: one row a complaint, the column
 * headers on every page, the office and the period in the heading and "หน้า ๑/๑๒" at the foot.
 */
bool paintRegister(PageWriter& page, storage::Database& db, const office::OfficeProfile& office,
                   const RegisterOptions& options, QString* error);

} // namespace sujarit::documents
