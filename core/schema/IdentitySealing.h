// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Tables.h"

#include <QList>

namespace sujarit::storage {
class Database;
}

namespace sujarit::schema {

/** The tables schema 9 adds: the register's identity key, its holders, and the complainants' name index. */
const QList<Table>& identityTables();

/**
 * Schema 9, on a file as on a server: the complainant's identity sealed (complaints/SealedIdentity.h). A new identity
 * key and recovery key are made; every case's complainant and witnesses are sealed into complaint_texts.complainant_sealed and their
 * clear columns dropped; the trail's entries that held them in clear hold them sealed, and the chain is computed
 * again after an entry that records its head before; a file's search index is made again without the name. Once the
 * upgrade has committed, the space the clear text held is rewritten (VACUUM), so that it is gone from the file too.
 */
bool sealIdentities(storage::Database& db);

} // namespace sujarit::schema
