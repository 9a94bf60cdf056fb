// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>

namespace sujarit::calendar {

/**
 * The time Sujarit works at: the computer's clock, or noon of SUJARIT_TODAY (YYYY-MM-DD) when that is set, so that
 * tests and demonstrations can pin the date deadlines are measured against.
 */
QDateTime now();
/** Pins now() for tests; an invalid time unpins it. */
void setNowForTesting(const QDateTime& pinned);

} // namespace sujarit::calendar
