// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "access/Session.h"

#include "Plan.h"

#include <QByteArray>
#include <QStringList>

namespace sujarit::storage {
class Database;
}

namespace sujarit::plan {

/** Who changes a locked round, and why: the change is then made and logged. */
struct Override
{
    QString by;
    QString reason;
};

/** An activity's progress as entered for a round. */
struct ProgressEntry
{
    qint64 activity = 0;
    Progress progress;
};

/**
 * The plans in the database: every write is one transaction, all or nothing, and an error names the activity (or
 * the CSV line) and the field.
 */
class PlanStore
{
public:
    explicit PlanStore(storage::Database& db);

    /** The fiscal years (BE) that have a plan, latest first. */
    QList<int> years();
    /**
     * Creates the plan of \a fiscalYear from \a templateName: "seed001" (seed 001's four areas with its 44 example
     * activities), "seed004" (seed 004's three measures and eight lines of action, no activities yet), "copy:BBBB"
     * (that year's measures, lines and activities, without their progress) or "empty".
     */
    bool create(int fiscalYear, const QString& templateName);
    std::optional<Plan> load(int fiscalYear);

    /** Adds a measure (and returns its number) or a line of action to one. */
    std::optional<int> addMeasure(int fiscalYear, const QString& title);
    std::optional<int> addLine(int fiscalYear, int measure, const QString& title);
    /** Adds \a activities (each given its id and position); one invalid adds none. */
    bool addActivities(int fiscalYear, QList<Activity>& activities, const QStringList& places = {});
    bool updateActivity(int fiscalYear, const Activity& activity);
    bool removeActivity(int fiscalYear, qint64 id);

    /** Changes the due date of a round. */
    bool setRoundDue(int fiscalYear, int round, QDate due);
    /** Locks a round once its report is submitted; later changes need an Override and are logged. */
    bool lockRound(int fiscalYear, int round, const QString& by);
    /**
     * Records the progress of round \a round: results are cumulative, so none may be lower than an earlier
     * round's; a percentage is at most 100; a cancelled activity says why. A locked round takes the entries only
     * with \a override, and logs each change.
     */
    bool recordProgress(int fiscalYear, int round, const QList<ProgressEntry>& entries, const QStringList& places = {},
                        const std::optional<Override>& override = std::nullopt);
    /**
     * Reads a round's results from CSV (Excel's, UTF-8/UTF-16/Windows-874): columns activity (its id or code, e.g.
     * 1.2.3), result, budget_spent, status, problems, suggestions, cancel_reason — Thai headers too — and records
     * them with recordProgress(); any bad line writes nothing.
     */
    bool importRound(int fiscalYear, int round, const QByteArray& bytes, const QString& fileName,
                     const std::optional<Override>& override = std::nullopt, int* count = nullptr);

    /** An evidence file (PDF, JPEG or PNG) of an activity's progress in a round. */
    struct Evidence
    {
        qint64 id = 0;
        int round = 0;
        QString fileName, mimeType;
        qint64 size = 0;
    };
    /** Keeps \a data as evidence of activity \a activity in round \a round; refused when not a PDF, JPEG or PNG. */
    std::optional<Evidence> addEvidence(int fiscalYear, qint64 activity, int round, const QString& fileName,
                                        const QByteArray& data);
    std::optional<QList<Evidence>> evidence(qint64 activity);
    /** The bytes of evidence file \a evidenceId, to open or save. */
    std::optional<QByteArray> evidenceData(qint64 evidenceId);

    /** The changes made to locked rounds: when, who, why, what. */
    struct Change
    {
        QDateTime at;
        int round = 0;
        QString activity, by, reason, before, after;
    };
    std::optional<QList<Change>> changes(int fiscalYear);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    /** True when the session may do \a permission; else the refusal is errorString(). */
    bool allowed(access::Permission permission);
    /** Now, as the plan's tables store it. */
    static QString stamp();
    QString check(const Activity& a, const Plan& plan) const;
    bool insertActivity(int fiscalYear, Activity& a);

    storage::Database& m_db;
    QString m_error;
};

} // namespace sujarit::plan
