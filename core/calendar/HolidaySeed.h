// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Holiday.h"

#include <QList>

namespace sujarit::calendar {

/**
 * The holiday table a new register was given up to schema 7: the government holidays (วันหยุดราชการ) of 2567–2569
 * BE in full as the Cabinet announced them, with substitution days (วันหยุดชดเชย) and the Cabinet's extra days, and
 * the fixed-date holidays of 2570. Kept as it was: schema 8 (schema/HolidayMigration.cpp) completes a register's
 * table from calendar/HolidayRules.h, leaving alone what the office changed of this one, and the tests hold the
 * rules to the Cabinet's days here.
 */
QList<Holiday> shippedHolidays();

} // namespace sujarit::calendar
