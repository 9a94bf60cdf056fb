// SPDX-License-Identifier: GPL-3.0-or-later
#include "Agenda.h"

#include "Codes.h"
#include "calendar/FiscalYear.h"

namespace sujarit::complaints {

std::optional<Agenda> Agenda::read(ComplaintRepository& repo, QDate today)
{
    Agenda a;
    ComplaintFilter overdue;
    overdue.overdueOnly = true;
    ComplaintFilter dueToday;
    dueToday.dueFrom = dueToday.dueTo = today;
    dueToday.sort = SortKey::Deadline;
    ComplaintFilter week;
    week.dueFrom = today.addDays(1);
    week.dueTo = today.addDays(7 - today.dayOfWeek());
    week.sort = SortKey::Deadline;
    ComplaintFilter fresh;
    fresh.status = QStringLiteral("received");
    const auto o = repo.list(overdue);
    const auto t = repo.list(dueToday);
    const auto w = week.dueTo >= week.dueFrom ? repo.list(week) : std::optional<QList<ComplaintSummary>>(QList<ComplaintSummary>());
    const auto n = repo.list(fresh);
    a.fiscalYear = calendar::fiscalYearOf(today);
    const auto counts = repo.countByStatus(a.fiscalYear);
    if (!o || !t || !w || !n || !counts)
        return std::nullopt;
    a.overdue = *o;
    a.dueToday = *t;
    a.dueThisWeek = *w;
    a.notRegistered = *n;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        a.received += it.value();
        (isCompleted(it.key()) ? a.completed : a.inProgress) += it.value();
    }
    return a;
}

} // namespace sujarit::complaints
