// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Tables.h"

#include <QList>

namespace sujarit::storage {
class Database;
}

namespace sujarit::schema {

/** The tables schema 12 adds: the moral organisation's year (seed 004 §5) — the self-assessment, the target virtues,
 *  the good deeds, the best practices and the selection of outstanding officials and divisions. */
const QList<Table>& moralOrganisationTables();

/** Schema 12, on a file as on a server. */
bool addMoralOrganisation(storage::Database& db);

} // namespace sujarit::schema
