// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "documents/ListDocument.h"

#include <optional>

namespace sujarit::office {
struct OfficeProfile;
}
namespace sujarit::storage {
class Database;
}

namespace sujarit::committee {

/**
 * ทะเบียนการประชุม of a fiscal year: each meeting planned, with its day, what became of it (held, its minutes
 * approved, cancelled and why), when its agenda went out and how many members came; under it, each member's
 * attendance over the meetings held. Nothing when the year has no committee (the reason in \a error).
 */
std::optional<documents::ListDocument> meetingRegister(storage::Database& db, int fiscalYear,
                                                       const office::OfficeProfile& office, QString* error);

} // namespace sujarit::committee
