// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "storage/Schema.h"

namespace sujarit::schema {

/**
 * The register's schema: a new register made at once from its tables described once (schema/RegisterTables.cpp),
 * an older file's released steps (schema/FileHistory.cpp), and the steps after schema 7 that a file and a server
 * share, each table's seed rows from the floor that owns it.
 */
storage::Schema registerSchema();

/** Installs registerSchema() into storage. Every program that opens a register calls it once, at start. */
void install();

} // namespace sujarit::schema
