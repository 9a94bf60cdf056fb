// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace sujarit::calendar {

namespace {
QDateTime& pinnedNow()
{
    static QDateTime pinned;
    return pinned;
}
} // namespace

QDateTime now()
{
    if (pinnedNow().isValid())
        return pinnedNow();
    const QString today = qEnvironmentVariable("SUJARIT_TODAY");
    if (!today.isEmpty()) {
        const QDate d = QDate::fromString(today, Qt::ISODate);
        if (d.isValid())
            return QDateTime(d, QTime(12, 0));
    }
    return QDateTime::currentDateTime();
}

void setNowForTesting(const QDateTime& pinned) { pinnedNow() = pinned; }

PinnedNow::PinnedNow(const QDateTime& at)
    : m_before(pinnedNow())
{
    pinnedNow() = at;
}

PinnedNow::~PinnedNow() { pinnedNow() = m_before; }

} // namespace sujarit::calendar
