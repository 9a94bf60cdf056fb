// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ComplaintRepository.h"

#include <QDate>
#include <QList>
#include <optional>

namespace sujarit::complaints {

/** What needs doing today: the home screen of a clerk or an officer. */
struct Agenda {
    QList<ComplaintSummary> overdue; ///< most overdue first
    QList<ComplaintSummary> dueToday;
    QList<ComplaintSummary> dueThisWeek; ///< after today, to Sunday
    QList<ComplaintSummary> notRegistered; ///< received, not yet registered
    int fiscalYear = 0;
    int received = 0, completed = 0, inProgress = 0; ///< this fiscal year

    /** Reads the agenda of \a today from the register; nothing (see repo.errorString()) on failure. */
    static std::optional<Agenda> read(ComplaintRepository& repo, QDate today);
};

} // namespace sujarit::complaints
