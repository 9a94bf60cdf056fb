// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Tables.h"

#include <QList>

namespace sujarit::storage {
class Database;
}

namespace sujarit::schema {

/** The tables schema 10 adds: the corruption-risk register, the evidence files, the announcements and the No Gift
 *  culture's activities. */
const QList<Table>& integrityYearTables();

/** Schema 10, on a file as on a server: makes those tables, with the risk types Sujarit ships
 *  (risks/Risk.h, shippedRiskTypes()). */
bool addIntegrityYear(storage::Database& db);

} // namespace sujarit::schema
