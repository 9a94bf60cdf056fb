// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QStringList>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::moral {

/**
 * What the registers already hold for each of the nine criteria in \a fiscalYear, in Thai, one line a record
 * (criterion 1 at 0): 1 the signed announcement of intent; 2 the target virtues; 3 the plan and the ethics
 * committee; 4 the plan's rounds and the No Gift activities; 5 the locked rounds and the committee's meetings; 6 the
 * selections and the good deeds; 7 the virtues' results; 8 the religious and sufficiency virtues; 9 the best
 * practices. A criterion with nothing held has an empty list. Needs the view of the integrity records.
 */
std::optional<QList<QStringList>> heldEvidence(storage::Database& db, int fiscalYear, QString* error = nullptr);

} // namespace sujarit::moral
