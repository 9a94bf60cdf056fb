// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterSchema.h"

#include "Migrations.h"
#include "PostgresSchema.h"

namespace sujarit::schema {

storage::Schema registerSchema() { return {fileMigrations(), serverMigrations()}; }

void install() { storage::installSchema(registerSchema()); }

} // namespace sujarit::schema
