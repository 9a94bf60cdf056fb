// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

/** The ethics and anti-corruption action plan of a fiscal year (domain.md, seeds 001 and 004). */
namespace sujarit::plan {

/** What an activity's success is measured by. */
struct Kpi
{
    QString name; ///< what is counted
    QString unit; ///< ครั้ง, คน, ร้อยละ …
    QString kind = QStringLiteral("done"); ///< count, percent or done (see kpiKinds())
    double target = 1;
    QString source; ///< a code of kpiSources() when Sujarit computes it from its own data; empty when typed
};

struct Activity
{
    qint64 id = 0;
    int measure = 0; ///< the measure's number (1, 2, 3 …)
    int line = 0; ///< the line of action's number within the measure; 0 when the measure has none
    int position = 0; ///< the activity's number within its line (or measure)
    QString title;
    QString area; ///< one of areas(), or empty
    Kpi kpi;
    std::optional<qint64> budgetSatang; ///< nullopt: ไม่ใช้งบประมาณ
    QString division, person; ///< who is responsible
    QList<int> months; ///< calendar months (10, 11, 12, 1 … 9) of the fiscal year in which it runs
    QStringList virtues; ///< codes of virtues()
    QString catalogueRef; ///< "seed001:campaign:15" when taken from a catalogue

    /** "1.2.3": measure, line (when there is one) and position. */
    QString code() const;
};

/** An activity's progress reported in a round: cumulative to the round's end. */
struct Progress
{
    int round = 0;
    std::optional<double> result;
    std::optional<qint64> spentSatang;
    QString status = QStringLiteral("not_started");
    QString cancelReason, problems, suggestions;
    bool carried = false; ///< not reported in this round: the figures of an earlier round, carried forward
};

struct Line
{
    int number = 0;
    QString title;
};

struct Measure
{
    int number = 0;
    QString title;
    QList<Line> lines;
};

struct RoundInfo
{
    int round = 0;
    QDate due;
    std::optional<QDateTime> lockedAt;
    QString lockedBy;
    bool locked() const { return lockedAt.has_value(); }
};

struct Plan
{
    int fiscalYear = 0;
    QString title;
    QString templateName;
    QList<Measure> measures;
    QList<Activity> activities; ///< in plan order: measure, line, position
    QHash<qint64, QMap<int, Progress>> progress; ///< by activity id, then round
    QList<RoundInfo> rounds;

    const Measure* measure(int number) const;
    const Activity* activity(qint64 id) const;
    /** The activity whose id or code ("1.2.3") is \a key; nullptr when none is. */
    const Activity* findActivity(const QString& key) const;
    /** What \a activity reported by round \a round: its own entry, else the latest earlier one (carried). */
    Progress progressAt(qint64 activity, int round) const;
    RoundInfo round(int round) const;
};

/** Months as a plan prints them: "ต.ค. 69 – มี.ค. 70", or "ต.ค. 69, ม.ค. 70" when they are not in one run. */
QString monthsText(const QList<int>& months, int fiscalYear);
/** "3,500.00", or "ไม่ใช้งบประมาณ". */
QString budgetText(const std::optional<qint64>& satang);

} // namespace sujarit::plan
