// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolidayTable.h"

#include "ComplaintRepository.h"
#include "access/Session.h"
#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>

namespace sujarit::complaints {

namespace {
struct HolidayText {
    Q_DECLARE_TR_FUNCTIONS(HolidayText)
};

/** The first and last day of Gregorian \a year as stored, for "date >= ? AND date <= ?". */
QVariantList yearBounds(int year)
{
    const QString y = QStringLiteral("%1").arg(year, 4, 10, QChar(u'0'));
    return {y + QStringLiteral("-01-01"), y + QStringLiteral("-12-31")};
}
} // namespace

HolidayTable::HolidayTable(storage::Database& db)
    : m_db(db)
{
}

QString HolidayTable::errorString() const { return m_db.errorString(); }

std::optional<QList<calendar::Holiday>> HolidayTable::holidays(std::optional<int> year)
{
    QSqlQuery q = m_db.query();
    const bool ok = year ? m_db.exec(q, QStringLiteral("SELECT date, name, kind, computed FROM holidays WHERE date >= ?"
                                                       " AND date <= ? ORDER BY date"),
                                     yearBounds(*year))
                         : m_db.exec(q, QStringLiteral("SELECT date, name, kind, computed FROM holidays ORDER BY date"));
    if (!ok)
        return std::nullopt;
    QList<calendar::Holiday> out;
    while (q.next())
        out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                    calendar::holidayKindFromCode(q.value(2).toString()), q.value(3).toInt() != 0});
    return out;
}

calendar::WorkingCalendar HolidayTable::workingCalendar()
{
    QSet<QDate> days;
    QSqlQuery q = m_db.query();
    if (m_db.exec(q, QStringLiteral("SELECT date FROM holidays")))
        while (q.next())
            days.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return calendar::WorkingCalendar(std::move(days));
}

bool HolidayTable::add(const calendar::Holiday& h)
{
    if (!m_db.require(access::Permission::ManageSettings))
        return false;
    if (!h.date.isValid())
        return m_db.fail(HolidayText::tr("the holiday's date is not a valid date"));
    if (h.name.trimmed().isEmpty())
        return m_db.fail(HolidayText::tr("the holiday needs a name"));
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT name, computed FROM holidays WHERE date = ?"),
                   {h.date.toString(Qt::ISODate)}))
        return false;
    const bool replacesComputed = q.next() && q.value(1).toInt() != 0;
    if (q.isValid() && !replacesComputed)
        return m_db.fail(HolidayText::tr("%1 is already a holiday (%2)")
                             .arg(calendar::formatThaiDate(h.date), q.value(0).toString()));
    const QVariantList values = {h.name.trimmed(), calendar::holidayKindCode(h.kind), h.date.toString(Qt::ISODate)};
    if (!m_db.exec(replacesComputed
                       ? QStringLiteral("UPDATE holidays SET name = ?, kind = ?, computed = 0 WHERE date = ?")
                       : QStringLiteral("INSERT INTO holidays(name, kind, date) VALUES (?, ?, ?)"),
                   values))
        return false;
    ComplaintRepository repo(m_db);
    if (!repo.recomputeDeadlines())
        return false;
    return tx.commit();
}

bool HolidayTable::remove(QDate date)
{
    if (!m_db.require(access::Permission::ManageSettings))
        return false;
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("DELETE FROM holidays WHERE date = ?"), {date.toString(Qt::ISODate)}))
        return false;
    if (q.numRowsAffected() == 0)
        return m_db.fail(HolidayText::tr("%1 is not in the holiday table").arg(calendar::formatThaiDate(date)));
    ComplaintRepository repo(m_db);
    if (!repo.recomputeDeadlines())
        return false;
    return tx.commit();
}

bool HolidayTable::confirm(QDate date)
{
    if (!m_db.require(access::Permission::ManageSettings))
        return false;
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    QSqlQuery q = m_db.query();
    const QString iso = date.toString(Qt::ISODate);
    if (!m_db.exec(q, QStringLiteral("SELECT computed FROM holidays WHERE date = ?"), {iso}))
        return false;
    if (!q.next())
        return m_db.fail(HolidayText::tr("%1 is not in the holiday table").arg(calendar::formatThaiDate(date)));
    if (q.value(0).toInt() == 0)
        return m_db.fail(HolidayText::tr("%1 is not a computed day: there is nothing to confirm")
                             .arg(calendar::formatThaiDate(date)));
    return m_db.exec(QStringLiteral("UPDATE holidays SET computed = 0 WHERE date = ?"), {iso}) && tx.commit();
}

std::optional<int> HolidayTable::confirmYear(int year)
{
    if (!m_db.require(access::Permission::ManageSettings))
        return std::nullopt;
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("UPDATE holidays SET computed = 0 WHERE computed = 1 AND date >= ? AND date <= ?"),
                   yearBounds(year)))
        return std::nullopt;
    const int n = q.numRowsAffected();
    if (!tx.commit())
        return std::nullopt;
    return n;
}

std::optional<int> HolidayTable::announcedThrough()
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT (SELECT min(date) FROM holidays WHERE computed = 1),"
                                     " (SELECT max(date) FROM holidays)")) || !q.next())
        return std::nullopt;
    const QDate firstComputed = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    if (firstComputed.isValid())
        return firstComputed.year() - 1;
    const QDate last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    return last.isValid() ? last.year() : calendar::now().date().year() - 1;
}

namespace {
QString reminderKey(const access::Session& s) { return QStringLiteral("holiday_reminder.") + s.user; }
} // namespace

std::optional<int> HolidayTable::yearToRemind(QDate today)
{
    if (!access::allows(m_db.session(), access::Permission::ManageSettings) || today.month() < 8)
        return std::nullopt;
    const int next = today.year() + 1;
    if (m_db.setting(reminderKey(m_db.session())).toInt() >= next)
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT count(*) FILTER (WHERE computed = 1), count(*) FILTER (WHERE kind = "
                                     "'special') FROM holidays WHERE date >= ? AND date <= ?"),
                   yearBounds(next))
        || !q.next())
        return std::nullopt;
    if (q.value(0).toInt() == 0 || q.value(1).toInt() > 0)
        return std::nullopt;
    return next;
}

bool HolidayTable::markReminded(int year)
{
    return m_db.setSetting(reminderKey(m_db.session()), QString::number(year));
}

QString HolidayTable::computedText() { return HolidayText::tr("computed — awaiting the Cabinet's announcement"); }

QString HolidayTable::provisionalNote(QDate due)
{
    const auto known = announcedThrough();
    if (!due.isValid() || !known || due.year() <= *known)
        return {};
    return HolidayText::tr("counts the holidays of %1 as Sujarit computed them; the Cabinet has not announced that "
                           "year's days yet, and an extra day it adds will move this deadline")
        .arg(calendar::toBuddhistYear(due.year()));
}

QList<DeadlineRule> HolidayTable::deadlineRules()
{
    QList<DeadlineRule> out;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT clock, amount, unit, basis FROM deadline_rules")))
        return defaultDeadlineRules();
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(),
                    deadlineUnitFromCode(q.value(2).toString()).value_or(DeadlineUnit::WorkingDays),
                    q.value(3).toString()});
    // In the order of the office's manual (the order the rules were first written in).
    const QList<DeadlineRule> defaults = defaultDeadlineRules();
    const auto rank = [&](const DeadlineRule& r) {
        const auto it = std::find_if(defaults.cbegin(), defaults.cend(),
                                     [&](const DeadlineRule& d) { return d.clock == r.clock; });
        return it - defaults.cbegin();
    };
    std::stable_sort(out.begin(), out.end(), [&](const DeadlineRule& a, const DeadlineRule& b) { return rank(a) < rank(b); });
    return out;
}

bool HolidayTable::setDeadlineRule(const DeadlineRule& rule)
{
    if (!m_db.require(access::Permission::ManageSettings))
        return false;
    if (rule.amount < 0 || rule.amount > 365)
        return m_db.fail(HolidayText::tr("a deadline must be between 0 and 365 days"));
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("UPDATE deadline_rules SET amount = ?, unit = ?, basis = ? WHERE clock = ?"),
                   {rule.amount, deadlineUnitCode(rule.unit), rule.basis, rule.clock}))
        return false;
    if (q.numRowsAffected() == 0)
        return m_db.fail(HolidayText::tr("“%1” is not a deadline clock").arg(rule.clock));
    ComplaintRepository repo(m_db);
    return repo.recomputeDeadlines() && tx.commit();
}

} // namespace sujarit::complaints
