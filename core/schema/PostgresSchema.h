// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "storage/Schema.h"

namespace sujarit::schema {

/** The schema steps of a register on a PostgreSQL server, by the same version numbers as the SQLite file's. */
const QList<storage::Migration>& serverMigrations();

} // namespace sujarit::schema
