// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace sujarit::storage {
class Database;
}

/** Annual statistics of the complaint register (seed 003 §12, domain.md "Reporting"): never any identity. */
namespace sujarit::reports {

/** One breakdown: rows of a code (or key), its Thai label and a count, in a fixed order with zeros present. */
struct Breakdown {
    QString name; ///< "by_month", "by_channel", …
    QString title; ///< Thai title of the table
    QString keyTitle; ///< Thai title of the first column
    struct Row {
        QString key;
        QString label;
        int count = 0;
    };
    QList<Row> rows;
    int total() const;
};

struct YearStatistics {
    int fiscalYear = 0; ///< BE
    bool firstHalf = false; ///< ต.ค.–มี.ค. only
    QString itaItem; ///< the ITA item this is published under that year (O18 …), when known
    QDate from, to;
    int total = 0, completed = 0, inProgress = 0, anonymous = 0;
    int carriedOver = 0; ///< received in earlier years and still not completed when this period began
    QList<Breakdown> breakdowns; ///< month, quarter, channel, category, step, not-accepted reason, division
    // Timeliness
    int answerDue = 0, answeredInTime = 0; ///< named cases whose first answer was due in the period
    int notifyDue = 0, notifiedInTime = 0; ///< cases concluded in the period with a complainant to notify
    std::optional<double> medianWorkingDaysToConclusion;

    const Breakdown* breakdown(const QString& name) const;
    /** Period in Thai, e.g. "1 ตุลาคม 2567 – 30 กันยายน 2568". */
    QString periodText() const;
};

/**
 * Computes the statistics of fiscal year \a fiscalYear (BE), or of its first half when \a firstHalf, as of \a today.
 * "Completed" (ดำเนินการแล้วเสร็จ) is concluded or later, not accepted, or referred.
 */
std::optional<YearStatistics> computeStatistics(storage::Database& db, int fiscalYear, bool firstHalf, QDate today,
                                                QString* error);
/** The same for the first \a quarters quarters of the year (2: the first half, 3: to the end of June, 4: the year). */
std::optional<YearStatistics> computeStatistics(storage::Database& db, int fiscalYear, int quarters, QDate today,
                                                QString* error);

} // namespace sujarit::reports
