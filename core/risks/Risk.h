// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "text/Code.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

/**
 * The corruption-risk register of a fiscal year (ทะเบียนความเสี่ยงการทุจริต): seed 001's steps 2–5 (analyse the
 * risks, survey what stakeholders expect, define the issues, rank them) and seed 002's risk analysis and measures.
 * A risk's score is likelihood × impact (each 1–5); its level comes from the score by bands the office sets.
 */
namespace sujarit::risks {

using Term = text::Code;

/** The lowest score of each level above ต่ำ; the defaults are 1–4 low, 5–9 medium, 10–16 high, 17–25 very high. */
struct LevelBands
{
    int medium = 5;
    int high = 10;
    int veryHigh = 17;
    /** What is wrong with the bands (they must rise, within 2–25), or empty. */
    QString check() const;
};
/** low, medium, high or very_high for \a score (1–25). */
QString levelOf(int score, const LevelBands& bands);
/** low ต่ำ, medium ปานกลาง, high สูง, very_high สูงมาก. */
const QList<Term>& levels();
/** "1–4", "5–9" … : the scores of level \a level under \a bands. */
QString levelRange(const QString& level, const LevelBands& bands);

/** Likelihood (โอกาส) 1–5: each level's name and what it means. */
const QList<Term>& likelihoodLevels();
/** Impact (ผลกระทบ) 1–5: each level's name and what it means. */
const QList<Term>& impactLevels();
/** The risk types Sujarit ships (a new register's risk_types): permits, authority, budget, conflict_of_interest,
 *  bribery, other. */
const QList<Term>& shippedRiskTypes();
/** Where a stakeholder finding came from: survey, meeting, complaints, ita, other. */
const QList<Term>& findingSources();
/** not_started, in_progress, done, cancelled: a measure's status in a follow-up round, as an activity's in the plan. */
const QList<Term>& measureStatuses();
/** The follow-up rounds: 6 and 12 months. */
const QList<int>& rounds();
/** The default due date of round \a round: the plan's of the same round (seed 004), 20 March and 10 September. */
QDate defaultRoundDue(int fiscalYear, int round);

/** A risk of the register: a risk event in a work process. */
struct Risk
{
    qint64 id = 0;
    int number = 0; ///< ๑, ๒ … within the year, in the order entered
    QString process; ///< the work process: การจัดซื้อจัดจ้าง, การอนุญาตก่อสร้างอาคาร …
    QString event; ///< the risk event (เหตุการณ์ความเสี่ยง)
    QString type; ///< a code of the register's risk types
    QString causes;
    QString controls; ///< controls already in place
    QString division; ///< the division where the process runs (one of the office profile's divisions), or empty
    std::optional<int> likelihood, impact; ///< nullopt: not yet assessed (a template's risk)
    bool assessed() const { return likelihood && impact; }
    std::optional<int> score() const;
};

/** A preventive measure (มาตรการป้องกัน): against one risk, or the whole register's (risk 0, as seed 002 lists them). */
struct Measure
{
    qint64 id = 0;
    qint64 risk = 0; ///< the risk's id; 0 for a measure against all of them
    int number = 0; ///< within the year
    QString title;
    QString division, person; ///< who
    QString period; ///< when, in words (ตลอดปีงบประมาณ, ก่อนวันที่ ๑๐ ของทุกเดือน …)
    std::optional<QDate> due; ///< when it must be done, if a date
    QString indicator; ///< the indicator of success
    qint64 planActivity = 0; ///< the action plan's activity it is reported through, or 0
};

/** What stakeholders expect (seed 001 step 3), tied to the risks it raises. */
struct Finding
{
    qint64 id = 0;
    QString source; ///< a code of findingSources()
    QString text;
    QList<int> risks; ///< numbers of the risks it raises
};

/** A measure's follow-up in a round. */
struct FollowUp
{
    QString status = QStringLiteral("not_started");
    QString done; ///< what was done
    QString cancelReason;
};

/** A risk's likelihood and impact after the measures, as found in a round. */
struct Residual
{
    int likelihood = 0;
    int impact = 0;
    int score() const { return likelihood * impact; }
};

struct RoundInfo
{
    int round = 0;
    QDate due;
    std::optional<QDateTime> lockedAt;
    QString lockedBy;
    bool locked() const { return lockedAt.has_value(); }
};

/** A risk with its score, level and rank (1 highest; risks that tie on score, impact and likelihood share one). */
struct Ranked
{
    const Risk* risk = nullptr;
    int score = 0;
    QString level;
    int rank = 0; ///< 0: not yet assessed
};

struct RiskRegister
{
    int fiscalYear = 0;
    QString templateName;
    QList<Term> types; ///< the register's risk types
    QList<Risk> risks; ///< by number
    QList<Measure> measures; ///< by number
    QList<Finding> findings;
    QList<RoundInfo> rounds;
    QHash<qint64, QMap<int, FollowUp>> followUps; ///< by measure id, then round: as recorded on the register
    /** For a measure tied to an activity of the year's plan: its follow-up as the plan reports it (by round). */
    QHash<qint64, QMap<int, FollowUp>> planFollowUps;
    QHash<qint64, QMap<int, Residual>> residuals; ///< by risk id, then round

    const Risk* risk(qint64 id) const;
    const Risk* riskNumbered(int number) const;
    const Measure* measure(qint64 id) const;
    /** The measures against risk \a id, then (when \a general) those against all risks. */
    QList<const Measure*> measuresOf(qint64 id, bool general = false) const;
    RoundInfo round(int round) const;
    /** The follow-up of measure \a id in \a round: through the plan for a measure tied to one of its activities,
     *  else as recorded; nullopt when nothing is reported yet. */
    std::optional<FollowUp> followUp(qint64 id, int round) const;
    /** The assessed risks, highest first: score, then impact, then likelihood (seed 001 step 5), then number; the
     *  risks not yet assessed after them, unranked. */
    QList<Ranked> ranked(const LevelBands& bands) const;
};

} // namespace sujarit::risks
