// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "storage/Schema.h"

namespace sujarit::schema {

/** The register's schema: every version's steps for an SQLite file (schema/Migrations.cpp) and a PostgreSQL server
 *  (schema/PostgresSchema.cpp), each table's seed rows from the floor that owns it. */
storage::Schema registerSchema();

/** Installs registerSchema() into storage. Every program that opens a register calls it once, at start. */
void install();

} // namespace sujarit::schema
