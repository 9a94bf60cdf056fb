// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Tables.h"

#include <QList>

namespace sujarit::storage {
class Database;
}

namespace sujarit::schema {

/** The tables schema 11 adds: the ethics committee of each fiscal year, its members, its goals and its meetings. */
const QList<Table>& ethicsCommitteeTables();

/** Schema 11, on a file as on a server. */
bool addEthicsCommittee(storage::Database& db);

} // namespace sujarit::schema
