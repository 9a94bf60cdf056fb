// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmark programs share: the median of repeated timings and the process's peak memory.
#pragma once
#include "access/Session.h"

#include <QElapsedTimer>
#include <QList>
#include <algorithm>

#ifdef __linux__
#include <sys/resource.h>
#endif

/** Peak resident memory of this process in KiB, or -1 where the platform does not tell. */
inline long peakKiB()
{
#ifdef __linux__
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
#else
    return -1;
#endif
}

/** The median wall time in milliseconds of \a runs calls of \a f (given the run's index). */
template <typename F>
double medianMs(int runs, F&& f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/** The session the benchmarks work as: the office's head, integrity officer and administrator (sees everything). */
inline sujarit::access::Session benchSession()
{
    sujarit::access::Session s;
    s.user = QStringLiteral("bench");
    s.roles = {sujarit::access::Role::IntegrityOfficer, sujarit::access::Role::Administrator};
    return s;
}
