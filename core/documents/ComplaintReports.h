// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>

namespace sujarit::storage {
class Database;
}
namespace sujarit::office {
struct OfficeProfile;
}

namespace sujarit::documents {

class PageWriter;

/**
 * รายงานสรุปผลการจัดการเรื่องร้องเรียนประจำไตรมาส to the executive (seed 003 §12): counts by channel, category and
 * step, the cases overdue, and the quarter's cases with the complainant never named.
 */
bool paintQuarterlyReport(PageWriter& page, storage::Database& db, const office::OfficeProfile& office,
                          int fiscalYear, int quarter, QDate today, QString* error);

/**
 * รายงานเรื่องร้องเรียนประจำเดือน to the executive (seed 001 §3.3 asks that complaints be reported every month): the
 * complaints received in \a month (its first day) — how many, completed, in progress, by category and by channel —
 * and every case past a deadline on \a today, whenever it came in, by receipt number, step and the clock overdue.
 * Never a complainant, nor a case's subject.
 */
bool paintMonthlyReport(PageWriter& page, storage::Database& db, const office::OfficeProfile& office, QDate month,
                        QDate today, QString* error);

} // namespace sujarit::documents
