// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Migrations.h"

#include <QStringList>

namespace sujarit::storage {

/** The schema steps of a register on a PostgreSQL server, by the same version numbers as the SQLite file's. */
const QList<Migration>& postgresMigrations();

} // namespace sujarit::storage
