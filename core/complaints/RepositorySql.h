// SPDX-License-Identifier: GPL-3.0-or-later
// What the complaint repository's files share (internal to core/complaints): how times are stored and read back.
#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <cstdio>
#include <optional>

namespace sujarit::complaints {

/** The translation context of the repository's messages, whichever of its files says them. */
struct RepositoryText {
    Q_DECLARE_TR_FUNCTIONS(RepositoryText)
};

/** A date as stored ("2025-01-15"), or NULL for none. */
inline QVariant optionalDate(const std::optional<QDate>& d)
{
    return d ? QVariant(d->toString(Qt::ISODate)) : QVariant();
}

/** "2025-01-15T09:30:00": how times are stored (local office time, sortable as text). */
inline QString iso(const QDateTime& dt)
{
    const QDate d = dt.date();
    const QTime t = dt.time();
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year(), d.month(), d.day(),
                                t.hour(), t.minute(), t.second());
    return QString::fromLatin1(buf, n);
}

/** Reads the digits at s[from, from + len). */
inline int digitsAt(const QString& s, qsizetype from, qsizetype len)
{
    int v = 0;
    for (qsizetype i = from; i < from + len; ++i)
        v = v * 10 + (s[i].unicode() - u'0');
    return v;
}

/** Reads "2025-01-15" as iso() and the schema write it, without the general parser's cost. */
inline QDate dateFromIso(const QString& s)
{
    if (s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return QDate::fromString(s.left(10), Qt::ISODate);
    return QDate(digitsAt(s, 0, 4), digitsAt(s, 5, 2), digitsAt(s, 8, 2));
}

inline QTime timeFromIso(const QString& s)
{
    if (s.size() < 19 || s[10] != u'T')
        return QDateTime::fromString(s, Qt::ISODate).time();
    return QTime(digitsAt(s, 11, 2), digitsAt(s, 14, 2), digitsAt(s, 17, 2));
}

inline QDateTime fromIso(const QString& s)
{
    return QDateTime(dateFromIso(s), timeFromIso(s));
}

} // namespace sujarit::complaints
