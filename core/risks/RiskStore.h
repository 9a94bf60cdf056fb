// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "access/Session.h"

#include "EvidenceFiles.h"
#include "plan/PlanStore.h"
#include "Risk.h"

#include <QStringList>

namespace sujarit::storage {
class Database;
}

namespace sujarit::risks {

/** A risk as entered, with the measures against it. */
struct NewRisk
{
    Risk risk;
    QList<Measure> measures;
};

/** A measure's follow-up as entered for a round. */
struct FollowUpEntry
{
    qint64 measure = 0;
    FollowUp followUp;
};
/** A risk's likelihood and impact after the measures, as entered for a round. */
struct ResidualEntry
{
    qint64 risk = 0;
    Residual residual;
};

/** The figures an assessor asks for beside a risk, computed from the registers of its fiscal year. */
struct RiskFigures
{
    int complaintsOfDivision = 0; ///< complaints whose accused or assigned division is the risk's division
    int complaintsOfProcess = 0; ///< complaints whose subject names the risk's work process
    int giftsToReport = 0; ///< gifts that had to be reported, received by the division's staff
};

/**
 * The risk registers in the database: every write one transaction, all or nothing, refused unless the session may
 * manage the integrity work; an error names the risk (or measure) and the field.
 */
class RiskStore
{
public:
    explicit RiskStore(storage::Database& db);

    /** The fiscal years (BE) that have a risk register, latest first. */
    QList<int> years();
    /**
     * Makes the register of \a fiscalYear from \a templateName: "seed002" (seed 002's six risks and seven measures
     * in the seed's words, to be assessed), "copy:BBBB" (that year's risks, measures and findings, without their
     * follow-up) or "empty".
     */
    bool create(int fiscalYear, const QString& templateName);
    std::optional<RiskRegister> load(int fiscalYear);

    /** The risk types risks are coded by (shipped, and those the office added). */
    std::optional<QList<Term>> types();
    /** Adds a risk type, for a guide whose types differ from the shipped ones: \a code (a–z, 0–9 and _) and its
     *  Thai \a label. */
    bool addType(const QString& code, const QString& label);

    /** The level bands, from the register's settings. */
    LevelBands bands();
    bool setBands(const LevelBands& bands);

    /** Adds \a risks with their measures (each given its id and number); one invalid adds none. \a places name
     *  each entry in an error ("file.json: risk 2"). */
    bool addRisks(int fiscalYear, QList<NewRisk>& risks, const QStringList& places = {});
    /** Changes risk \a risk.id (its number stays). */
    bool updateRisk(int fiscalYear, const Risk& risk);
    /** Adds \a measures (each given its id and number). */
    bool addMeasures(int fiscalYear, QList<Measure>& measures, const QStringList& places = {});
    bool updateMeasure(int fiscalYear, const Measure& measure);
    /** Removes a risk (with its own measures) or a measure that has no follow-up yet. */
    bool removeRisk(int fiscalYear, qint64 id);
    bool removeMeasure(int fiscalYear, qint64 id);
    bool addFindings(int fiscalYear, QList<Finding>& findings, const QStringList& places = {});
    bool removeFinding(int fiscalYear, qint64 id);

    bool setRoundDue(int fiscalYear, int round, QDate due);
    /** Locks a round once its report is submitted: its follow-up is then kept as reported. */
    bool lockRound(int fiscalYear, int round, const QString& by);
    /**
     * Records round \a round: each measure's status (a cancelled one says why; a done one what was done) and each
     * risk's likelihood and impact after the measures. Refused, whole, when an entry names a measure or risk the
     * register does not have, or when the round is locked — unless an administrator gives \a override with a
     * reason, and then each change is logged with what it was (changes()), as a locked plan round is.
     */
    bool recordFollowUp(int fiscalYear, int round, const QList<FollowUpEntry>& followUps,
                        const QList<ResidualEntry>& residuals, const QStringList& places = {},
                        const std::optional<plan::Override>& override = std::nullopt);
    /** A change made to a locked round. */
    struct Change
    {
        QDateTime at;
        int round = 0;
        QString entry, by, reason, before, after; ///< entry: "measure 3" or "R2"
    };
    std::optional<QList<Change>> changes(int fiscalYear);

    /** The figures beside each risk of \a reg, by risk id. */
    std::optional<QHash<qint64, RiskFigures>> figures(const RiskRegister& reg);

    /** Evidence files of a measure's follow-up. */
    std::optional<EvidenceFiles::File> addEvidence(int fiscalYear, qint64 measure, int round, const QString& fileName,
                                                   const QByteArray& data);
    std::optional<QList<EvidenceFiles::File>> evidence(qint64 measure);
    std::optional<QByteArray> evidenceData(qint64 measure, qint64 file);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool allowed(access::Permission permission);
    QString check(const Risk& risk, const RiskRegister& reg) const;
    QString check(const Measure& measure, const RiskRegister& reg) const;
    bool insertRisk(int fiscalYear, Risk& risk);
    bool insertMeasure(int fiscalYear, Measure& measure);
    bool insertFinding(int fiscalYear, Finding& finding);
    /** The register of \a fiscalYear, for a write: nullopt (with the reason) when there is none. */
    std::optional<RiskRegister> forWrite(int fiscalYear);

    storage::Database& m_db;
    QString m_error;
};

} // namespace sujarit::risks
