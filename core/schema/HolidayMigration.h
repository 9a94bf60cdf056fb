// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sujarit::storage {
class Database;
}

namespace sujarit::schema {

/**
 * Schema 8, on a file as on a server: every holiday of the years 2557–2700 BE that the rules give
 * (calendar/HolidayRules.h), each marked whether Sujarit computed it; and the open cases' deadlines counted again.
 * What the office changed is kept: a day it typed stays as typed, and a shipped day it removed stays removed.
 */
bool completeHolidayTable(storage::Database& db);

} // namespace sujarit::schema
