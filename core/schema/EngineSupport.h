// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Tables.h"

#include <QList>
#include <QStringList>

namespace sujarit::schema {

// What each engine adds to the tables of schema/RegisterTables.cpp in a new register: the same guards and search,
// written in each one's own way.

/** A file's (schema/FileSupport.cpp): the complaint's delete guard, FTS5 trigram search kept in step by triggers, and
 *  the audit trail's append-only guards. Its audit triggers are made by each connection (storage/Audit.cpp). */
QStringList fileAfterTables();
/** Of those, what the released schema 1 made: the delete guard and search (schema/FileHistory.cpp makes them there). */
QStringList fileComplaintGuards();
/** Of those, what the released schema 6 made: the trail's guards. */
QStringList fileAuditGuards();

/** From schema 9, a file's search without the complainant's name (sealed since): made again and filled. */
QStringList fileSealedSearch();

/** A server's (schema/ServerSupport.cpp): the pg_trgm extension, before the tables. */
QStringList serverBeforeTables();
/** A server's: the trigram indexes for search, the guards, and the functions its numbering and trail triggers call. */
QStringList serverAfterTables();
/** A server's triggers that number and audit each of \a tables, made after the first rows are in. */
QStringList serverTriggers(const QList<Table>& tables);

} // namespace sujarit::schema
