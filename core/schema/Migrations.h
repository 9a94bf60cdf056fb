// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "storage/Schema.h"

namespace sujarit::schema {

/** Every step of an SQLite register's schema, oldest first. Never edit a released one: append a new one. */
const QList<storage::Migration>& fileMigrations();

} // namespace sujarit::schema
