// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/Complaint.h"

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
 * ใบรับเรื่องร้องเรียน, handed to the complainant: receipt number, date and time, channel, subject, who received it,
 * the date by which the office will answer (the 15-working-day clock), how to follow up, and a check code an
 * officer verifies in Sujarit so that a forged receipt is caught. Two copies on the page: the complainant's and the
 * office's, with a cutting line between.
 */
bool paintReceipt(PageWriter& page, storage::Database& db, const complaints::Complaint& complaint,
                  const office::OfficeProfile& office, QString* error);

} // namespace sujarit::documents
