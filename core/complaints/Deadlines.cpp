// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deadlines.h"

#include "Codes.h"

#include "Workflow.h"

#include <algorithm>

namespace sujarit::complaints {

namespace {

const QString Register = QStringLiteral("register");
const QString FirstAnswer = QStringLiteral("first_answer");
const QString UnitReport = QStringLiteral("unit_report");
const QString NotifyResult = QStringLiteral("notify_result");

/** The latest event of \a step in the history, or nothing. */
const StepEvent* latest(const QList<StepEvent>& history, const QString& step)
{
    const StepEvent* found = nullptr;
    for (const StepEvent& e : history)
        if (e.step == step && (!found || e.at >= found->at))
            found = &e;
    return found;
}

bool toldComplainantSince(const QList<StepEvent>& history, const QDateTime& since)
{
    return std::any_of(history.begin(), history.end(), [&](const StepEvent& e) {
        return (e.step == workflow::ProgressNotified || e.step == QLatin1String("complainant_notified"))
            && e.at >= since;
    });
}

} // namespace

QList<DeadlineRule> defaultDeadlineRules()
{
    return {
        {Register, 1, DeadlineUnit::WorkingDays,
         QStringLiteral("คู่มือการจัดการเรื่องร้องเรียนฯ ข้อ ๖: ลงทะเบียนศูนย์ฯ และเสนอผู้บังคับบัญชา ภายใน ๑ วัน")},
        {FirstAnswer, 15, DeadlineUnit::WorkingDays,
         QStringLiteral("พ.ร.ฎ. ว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. ๒๕๔๖ มาตรา ๓๘; คู่มือฯ ข้อ ๙: "
                        "ภายใน ๑๕ วันทำการ")},
        {UnitReport, 7, DeadlineUnit::WorkingDays,
         QStringLiteral("คู่มือฯ ข้อ ๘: หน่วยงานรายงานผลให้คณะกรรมการร้องเรียนทราบภายใน ๗ วันทำการ")},
        {NotifyResult, 7, DeadlineUnit::CalendarDays,
         QStringLiteral("คู่มือฯ ข้อ ๘: แจ้งผลให้ผู้ร้องเรียนทราบภายใน ๗ วัน")},
    };
}

DeadlineRule ruleFor(const QList<DeadlineRule>& rules, const QString& clock)
{
    for (const DeadlineRule& r : rules)
        if (r.clock == clock)
            return r;
    for (const DeadlineRule& r : defaultDeadlineRules())
        if (r.clock == clock)
            return r;
    return {clock, 0, DeadlineUnit::WorkingDays, QString()};
}

QDate dueFrom(QDate start, const DeadlineRule& rule, const calendar::WorkingCalendar& cal)
{
    return rule.unit == DeadlineUnit::WorkingDays ? cal.addWorkingDays(start, rule.amount) : start.addDays(rule.amount);
}

namespace {
/** The clocks with their Thai and English names, in the Code shape of the other vocabularies. */
const QList<Code>& clocks()
{
    static const QList<Code> list = {
        {Register, QStringLiteral("ลงทะเบียนและเสนอผู้บังคับบัญชา"), QStringLiteral("register and put to the commander")},
        {FirstAnswer, QStringLiteral("แจ้งผู้ร้องครั้งแรก"), QStringLiteral("first answer to the complainant")},
        {UnitReport, QStringLiteral("หน่วยงานรายงานผล"), QStringLiteral("the division's report")},
        {NotifyResult, QStringLiteral("แจ้งผลให้ผู้ร้องทราบ"), QStringLiteral("notify the complainant of the result")},
    };
    return list;
}
} // namespace

QString clockLabel(const QString& clock) { return labelOf(clocks(), clock); }

QString clockEnglishLabel(const QString& clock) { return englishLabelOf(clocks(), clock); }

QString deadlineUnitCode(DeadlineUnit unit)
{
    return unit == DeadlineUnit::WorkingDays ? QStringLiteral("working_days") : QStringLiteral("days");
}

std::optional<DeadlineUnit> deadlineUnitFromCode(const QString& code)
{
    if (code == QLatin1String("working_days"))
        return DeadlineUnit::WorkingDays;
    if (code == QLatin1String("days"))
        return DeadlineUnit::CalendarDays;
    return std::nullopt;
}

QList<Deadline> runningDeadlines(const Complaint& c, const QList<DeadlineRule>& rules,
                                 const calendar::WorkingCalendar& cal)
{
    QList<Deadline> out;
    if (workflow::isTerminal(c.status))
        return out;
    const QDate received = c.receivedAt.date();
    for (const DeadlineRule& rule : rules) {
        if (rule.clock == Register) {
            if (c.status == QLatin1String("received"))
                out.append({rule.clock, dueFrom(received, rule, cal)});
        } else if (rule.clock == FirstAnswer) {
            if (!c.anonymous && !toldComplainantSince(c.history, c.receivedAt))
                out.append({rule.clock, dueFrom(received, rule, cal)});
        } else if (rule.clock == UnitReport) {
            if (c.status == QLatin1String("assigned") || c.status == QLatin1String("fact_finding"))
                if (const StepEvent* e = latest(c.history, QStringLiteral("assigned")))
                    out.append({rule.clock, dueFrom(e->at.date(), rule, cal)});
        } else if (rule.clock == NotifyResult) {
            if (c.anonymous)
                continue;
            if (c.status == QLatin1String("concluded") || c.status == QLatin1String("committee")) {
                const StepEvent* e = latest(c.history, c.status);
                if (e && !toldComplainantSince(c.history, e->at))
                    out.append({rule.clock, dueFrom(e->at.date(), rule, cal)});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return out;
}

std::optional<Deadline> nextDeadline(const Complaint& c, const QList<DeadlineRule>& rules,
                                     const calendar::WorkingCalendar& cal)
{
    const QList<Deadline> all = runningDeadlines(c, rules, cal);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

} // namespace sujarit::complaints
