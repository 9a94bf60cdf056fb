// SPDX-License-Identifier: GPL-3.0-or-later
#include "Meetings.h"

#include "CommitteeStore.h"
#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "complaints/HolidayTable.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sujarit::committee {

namespace {
struct MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(MeetingText)
};

QString now() { return calendar::now().toString(Qt::ISODate); }

/** The schedule's day in the month of \a first (its first day). */
QDate dayIn(QDate first, const Schedule& s)
{
    if (s.day)
        return first.addDays(*s.day - 1);
    QDate d = first;
    while (d.dayOfWeek() != *s.weekday)
        d = d.addDays(1);
    return d.addDays(7 * (*s.week - 1));
}

constexpr auto Columns = "id, fiscal_year, meets_on, status, note, reason";

Meeting fromRow(const QSqlQuery& q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.fiscalYear = q.value(1).toInt();
    m.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    m.status = q.value(3).toString();
    m.note = q.value(4).toString();
    m.reason = q.value(5).toString();
    return m;
}
} // namespace

QString checkSchedule(const Schedule& s)
{
    if (s.everyMonths != 1 && s.everyMonths != 2)
        return MeetingText::tr("every: %1 is not 1 or 2 (months)").arg(s.everyMonths);
    if (s.day && (s.weekday || s.week))
        return MeetingText::tr("day: give a day of the month, or a weekday and a week, not both");
    if (s.day)
        return *s.day >= 1 && *s.day <= 28 ? QString() : MeetingText::tr("day: %1 is not 1 to 28").arg(*s.day);
    if (!s.weekday || !s.week)
        return MeetingText::tr("weekday and week: say when in the month (the 2nd Tuesday: weekday 2, week 2), or give a day");
    if (*s.weekday < 1 || *s.weekday > 5)
        return MeetingText::tr("weekday: %1 is not 1 (Monday) to 5 (Friday)").arg(*s.weekday);
    if (*s.week < 1 || *s.week > 4)
        return MeetingText::tr("week: %1 is not 1 to 4").arg(*s.week);
    return {};
}

QList<PlannedDay> scheduleDays(int fiscalYear, const Schedule& schedule, const calendar::WorkingCalendar& cal)
{
    QList<PlannedDay> out;
    const QDate start = calendar::fiscalYearStart(fiscalYear);
    for (int m = 0; m < 12; m += schedule.everyMonths) {
        const QDate planned = dayIn(start.addMonths(m), schedule);
        QDate day = planned;
        while (!cal.isWorkingDay(day))
            day = day.addDays(1);
        out << PlannedDay{day, day == planned ? QString()
                                              : QStringLiteral("วันที่ %1 เป็นวันหยุด เลื่อนเป็นวันที่ %2")
                                                    .arg(calendar::formatThaiDate(planned), calendar::formatThaiDate(day))};
    }
    return out;
}

const QList<Term>& meetingStatuses()
{
    static const QList<Term> list = {
        {QStringLiteral("planned"), QStringLiteral("กำหนดไว้"), QStringLiteral("Planned")},
        {QStringLiteral("agenda_sent"), QStringLiteral("ส่งระเบียบวาระแล้ว"), QStringLiteral("Agenda sent")},
        {QStringLiteral("held"), QStringLiteral("ประชุมแล้ว"), QStringLiteral("Held")},
        {QStringLiteral("minutes_approved"), QStringLiteral("รับรองรายงานการประชุมแล้ว"), QStringLiteral("Minutes approved")},
        {QStringLiteral("cancelled"), QStringLiteral("ยกเลิก"), QStringLiteral("Cancelled")},
    };
    return list;
}

QString Meeting::numberText() const { return number > 0 ? QStringLiteral("%1/%2").arg(number).arg(fiscalYear) : QString(); }

MeetingStore::MeetingStore(storage::Database& db) : m_db(db) {}

bool MeetingStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool MeetingStore::allowed(access::Permission permission)
{
    return m_db.require(permission) || fail(m_db.errorString());
}

QString MeetingStore::checkDay(int fiscalYear, QDate day)
{
    if (!day.isValid())
        return MeetingText::tr("date: missing or impossible");
    if (calendar::fiscalYearOf(day) != fiscalYear)
        return MeetingText::tr("date: %1 is not in fiscal year %2").arg(calendar::formatThaiDate(day)).arg(fiscalYear);
    if (!complaints::HolidayTable(m_db).workingCalendar().isWorkingDay(day))
        return MeetingText::tr("date: %1 is not a working day").arg(calendar::formatThaiDate(day));
    return {};
}

std::optional<Schedule> MeetingStore::schedule(int fiscalYear)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT every_months, weekday, week, day FROM committees WHERE fiscal_year = ?"),
                   {fiscalYear})
        || !q.next()) {
        fail(m_db.errorString().isEmpty()
                 ? MeetingText::tr("fiscal year %1 has no ethics committee yet (add its members with “committee add”)")
                       .arg(fiscalYear)
                 : m_db.errorString());
        return std::nullopt;
    }
    Schedule s;
    s.everyMonths = q.value(0).toInt();
    if (!q.value(1).isNull())
        s.weekday = q.value(1).toInt();
    if (!q.value(2).isNull())
        s.week = q.value(2).toInt();
    if (!q.value(3).isNull())
        s.day = q.value(3).toInt();
    return s;
}

bool MeetingStore::plan(int fiscalYear, const Schedule& s)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (const QString why = checkSchedule(s); !why.isEmpty())
        return fail(why);
    if (!CommitteeStore(m_db).exists(fiscalYear))
        return fail(MeetingText::tr("fiscal year %1 has no ethics committee yet (add its members with “committee add”)")
                        .arg(fiscalYear));
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT count(*) FROM committee_meetings WHERE fiscal_year = ?"
                                     " AND status NOT IN ('planned', 'cancelled')"),
                   {fiscalYear}))
        return fail(m_db.errorString());
    if (q.next() && q.value(0).toInt() > 0)
        return fail(MeetingText::tr("%1 of the meetings of %2 have gone past planning (an agenda sent, a meeting held); "
                                    "move, add or cancel meetings one by one instead")
                        .arg(q.value(0).toInt())
                        .arg(fiscalYear));
    const QList<PlannedDay> days = scheduleDays(fiscalYear, s, complaints::HolidayTable(m_db).workingCalendar());
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    // A meeting cancelled after its agenda went out takes its agenda with it.
    if (!m_db.exec(QStringLiteral("DELETE FROM committee_agenda_items WHERE meeting_id IN"
                                  " (SELECT id FROM committee_meetings WHERE fiscal_year = ?)"),
                   {fiscalYear})
        || !m_db.exec(QStringLiteral("DELETE FROM committee_meetings WHERE fiscal_year = ?"), {fiscalYear})
        || !m_db.exec(QStringLiteral("UPDATE committees SET every_months = ?, weekday = ?, week = ?, day = ? WHERE fiscal_year = ?"),
                      {s.everyMonths, s.weekday ? QVariant(*s.weekday) : QVariant(), s.week ? QVariant(*s.week) : QVariant(),
                       s.day ? QVariant(*s.day) : QVariant(), fiscalYear}))
        return fail(m_db.errorString());
    for (const PlannedDay& d : days)
        if (!m_db.exec(QStringLiteral("INSERT INTO committee_meetings (fiscal_year, meets_on, note, created_at)"
                                      " VALUES (?, ?, ?, ?)"),
                       {fiscalYear, d.date.toString(Qt::ISODate), d.note, now()}))
            return fail(m_db.errorString());
    return tx.commit() || fail(m_db.errorString());
}

std::optional<QList<Meeting>> MeetingStore::list(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT agenda_days FROM committees WHERE fiscal_year = ?"), {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    const int agendaDays = q.next() ? q.value(0).toInt() : 7;
    if (!m_db.exec(q, QStringLiteral("SELECT %1 FROM committee_meetings WHERE fiscal_year = ? ORDER BY meets_on, id")
                          .arg(QLatin1String(Columns)),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<Meeting> out;
    int number = 0;
    const calendar::WorkingCalendar cal = complaints::HolidayTable(m_db).workingCalendar();
    while (q.next()) {
        Meeting m = fromRow(q);
        m.number = m.status == u"cancelled" ? 0 : ++number;
        // Due the working day on or before: an agenda is not sent on a Sunday.
        m.agendaDue = m.date.addDays(-agendaDays);
        while (agendaDays > 0 && !cal.isWorkingDay(m.agendaDue))
            m.agendaDue = m.agendaDue.addDays(-1);
        out << m;
    }
    return out;
}

std::optional<Meeting> MeetingStore::find(qint64 id)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT fiscal_year FROM committee_meetings WHERE id = ?"), {id})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(MeetingText::tr("there is no meeting %1").arg(id));
        return std::nullopt;
    }
    const auto all = list(q.value(0).toInt());
    if (all)
        for (const Meeting& m : *all)
            if (m.id == id)
                return m;
    return std::nullopt;
}

std::optional<Meeting> MeetingStore::add(int fiscalYear, QDate day, const QString& note)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    if (!CommitteeStore(m_db).exists(fiscalYear)) {
        fail(MeetingText::tr("fiscal year %1 has no ethics committee yet (add its members with “committee add”)").arg(fiscalYear));
        return std::nullopt;
    }
    if (const QString why = checkDay(fiscalYear, day); !why.isEmpty()) {
        fail(why);
        return std::nullopt;
    }
    const auto id = m_db.insert(QStringLiteral("INSERT INTO committee_meetings (fiscal_year, meets_on, note, created_at)"
                                               " VALUES (?, ?, ?, ?)"),
                                {fiscalYear, day.toString(Qt::ISODate), note.simplified(), now()});
    if (!id) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    return find(*id);
}

bool MeetingStore::move(qint64 id, QDate day, const QString& reason)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto m = find(id);
    if (!m)
        return false;
    if (m->status != u"planned" && m->status != u"agenda_sent")
        return fail(MeetingText::tr("meeting %1 is %2: only a meeting still to come is moved")
                        .arg(id)
                        .arg(text::labelIn(meetingStatuses(), m->status).value_or(m->status)));
    if (reason.simplified().isEmpty())
        return fail(MeetingText::tr("reason: say why the meeting is moved"));
    if (const QString why = checkDay(m->fiscalYear, day); !why.isEmpty())
        return fail(why);
    return m_db.exec(QStringLiteral("UPDATE committee_meetings SET meets_on = ?, note = ? WHERE id = ?"),
                     {day.toString(Qt::ISODate),
                      QStringLiteral("เลื่อนจากวันที่ %1: %2").arg(calendar::formatThaiDate(m->date), reason.simplified()), id})
        || fail(m_db.errorString());
}

bool MeetingStore::cancel(qint64 id, const QString& reason)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto m = find(id);
    if (!m)
        return false;
    if (m->status != u"planned" && m->status != u"agenda_sent")
        return fail(MeetingText::tr("meeting %1 is %2: only a meeting still to come is cancelled")
                        .arg(id)
                        .arg(text::labelIn(meetingStatuses(), m->status).value_or(m->status)));
    if (reason.simplified().isEmpty())
        return fail(MeetingText::tr("reason: say why the meeting is cancelled"));
    return m_db.exec(QStringLiteral("UPDATE committee_meetings SET status = 'cancelled', reason = ? WHERE id = ?"),
                     {reason.simplified(), id})
        || fail(m_db.errorString());
}

bool MeetingStore::setAgendaDays(int fiscalYear, int days)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (days < 0 || days > 60)
        return fail(MeetingText::tr("agenda days: %1 is not 0 to 60").arg(days));
    if (!CommitteeStore(m_db).exists(fiscalYear))
        return fail(MeetingText::tr("fiscal year %1 has no ethics committee yet (add its members with “committee add”)").arg(fiscalYear));
    return m_db.exec(QStringLiteral("UPDATE committees SET agenda_days = ? WHERE fiscal_year = ?"), {days, fiscalYear})
        || fail(m_db.errorString());
}

} // namespace sujarit::committee
