// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Committee.h"
#include "access/Session.h"
#include "calendar/WorkingCalendar.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::committee {

/**
 * When the committee meets (seed 001 §2: every month or every two months): on the Nth weekday of the month (the 2nd
 * Tuesday: weekday 2, week 2) or on a day of the month (the 5th), from October, the first month of the fiscal year.
 */
struct Schedule
{
    int everyMonths = 1; ///< 1 or 2
    std::optional<int> weekday; ///< 1 Monday … 5 Friday, with week
    std::optional<int> week; ///< 1 … 4
    std::optional<int> day; ///< 1 … 28, instead of weekday and week
};

/** "" when \a s is whole; otherwise what is wrong with it, naming the field. */
QString checkSchedule(const Schedule& s);

/** A planned day of the schedule, on a working day: moved forward past a holiday or a weekend, and saying so. */
struct PlannedDay
{
    QDate date;
    QString note; ///< "วันที่ 5 ธันวาคม 2568 เป็นวันหยุด เลื่อนเป็นวันที่ 8 ธันวาคม 2568", or empty
};

/** The meeting days of \a fiscalYear by \a schedule on the office's \a calendar. */
QList<PlannedDay> scheduleDays(int fiscalYear, const Schedule& schedule, const calendar::WorkingCalendar& calendar);

/** planned, agenda_sent, held, minutes_approved, cancelled. */
const QList<Term>& meetingStatuses();

struct Meeting
{
    qint64 id = 0;
    int fiscalYear = 0;
    int number = 0; ///< ครั้งที่: its place in date order among the year's meetings not cancelled; 0 when cancelled
    QDate date;
    QString status = QStringLiteral("planned");
    QString note; ///< why it is on this day (a holiday moved it, it was moved by hand and why)
    QString reason; ///< why it was cancelled
    QDate agendaDue; ///< the day its agenda is due: agenda days before it, or the working day before that

    /** "3/2569". */
    QString numberText() const;
};

/** The committee's meetings: planned by the schedule, added, moved and cancelled, each with its reason. */
class MeetingStore
{
public:
    explicit MeetingStore(storage::Database& db);

    /**
     * Plans the meetings of \a fiscalYear by \a schedule (kept with the committee), replacing those still only
     * planned; refused once a meeting of the year has gone past planning (its agenda sent, held).
     */
    bool plan(int fiscalYear, const Schedule& schedule);
    std::optional<Schedule> schedule(int fiscalYear);
    /** The meetings of \a fiscalYear in date order. */
    std::optional<QList<Meeting>> list(int fiscalYear);
    std::optional<Meeting> find(qint64 id);
    /** A meeting added on \a day (a working day of the fiscal year). */
    std::optional<Meeting> add(int fiscalYear, QDate day, const QString& note = {});
    /** Moves meeting \a id to \a day, saying why. */
    bool move(qint64 id, QDate day, const QString& reason);
    bool cancel(qint64 id, const QString& reason);
    /** How many days before a meeting its agenda is due (0 to 60; 7 unless the office sets it). */
    bool setAgendaDays(int fiscalYear, int days);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool allowed(access::Permission permission);
    QString checkDay(int fiscalYear, QDate day);

    storage::Database& m_db;
    QString m_error;
};

} // namespace sujarit::committee
