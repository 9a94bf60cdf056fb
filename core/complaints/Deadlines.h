// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Complaint.h"
#include "calendar/WorkingCalendar.h"

#include <QList>
#include <QString>
#include <optional>

/**
 * The legal clocks of a complaint (domain.md "Deadlines"), counted on working days from the office's holiday
 * table. Each office may change the amounts; each rule says what it rests on.
 *
 * | clock          | default            | runs from                  | stops when                                   |
 * |----------------|--------------------|----------------------------|----------------------------------------------|
 * | register       | 1 working day      | receipt                    | the case is registered                       |
 * | first_answer   | 15 working days    | receipt                    | the complainant is told (progress or result) |
 * | unit_report    | 7 working days     | assignment                 | the case is concluded or goes to a committee |
 * | notify_result  | 7 days             | conclusion or committee    | the complainant is told                      |
 *
 * Anonymous cases have no complainant to answer, so only register and unit_report run for them.
 * A due date is the last day on which the thing may be done; the case is overdue from the day after.
 */
namespace sujarit::complaints {

enum class DeadlineUnit { WorkingDays, CalendarDays };

struct DeadlineRule {
    QString clock;
    int amount = 0;
    DeadlineUnit unit = DeadlineUnit::WorkingDays;
    QString basis; ///< the legal basis, shown next to the deadline
};

/** The defaults of seed 003. */
QList<DeadlineRule> defaultDeadlineRules();
/** Thai label of a clock, e.g. "แจ้งผู้ร้องครั้งแรก". */
QString clockLabel(const QString& clock);
/** English label of a clock, e.g. "first answer to the complainant". */
QString clockEnglishLabel(const QString& clock);
QString deadlineUnitCode(DeadlineUnit unit);
std::optional<DeadlineUnit> deadlineUnitFromCode(const QString& code);

struct Deadline {
    QString clock;
    QDate due;
};

/** The rule of \a clock in \a rules, or the default one when the table lacks it. */
DeadlineRule ruleFor(const QList<DeadlineRule>& rules, const QString& clock);
/** The due date of \a rule for a clock that starts on \a start. */
QDate dueFrom(QDate start, const DeadlineRule& rule, const calendar::WorkingCalendar& cal);

/** The clocks running on a case, given its status and step history, soonest first. */
QList<Deadline> runningDeadlines(const Complaint& c, const QList<DeadlineRule>& rules,
                                 const calendar::WorkingCalendar& cal);
/** The soonest running deadline, if any. */
std::optional<Deadline> nextDeadline(const Complaint& c, const QList<DeadlineRule>& rules,
                                     const calendar::WorkingCalendar& cal);

} // namespace sujarit::complaints
