// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>

namespace sujarit::calendar {

/**
 * The time Sujarit works at: the computer's clock, or noon of SUJARIT_TODAY (YYYY-MM-DD) when that is set, so that
 * tests and demonstrations can pin the date deadlines are measured against.
 */
QDateTime now();
/** Pins now() for tests; an invalid time unpins it. Prefer PinnedNow, which cannot outlive its test. */
void setNowForTesting(const QDateTime& pinned);

/** Pins now() at \a at for as long as it lives: a test that ends early on a failed check still unpins the clock,
 *  and the pin that was there before comes back. */
class PinnedNow
{
public:
    explicit PinnedNow(const QDateTime& at);
    ~PinnedNow();
    PinnedNow(const PinnedNow&) = delete;
    PinnedNow& operator=(const PinnedNow&) = delete;

private:
    QDateTime m_before;
};

} // namespace sujarit::calendar
