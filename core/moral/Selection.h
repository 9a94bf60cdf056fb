// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "MoralTerms.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace sujarit::moral {

/** A nominee: a member of staff, or a division (then staffId is 0 and name is the division). */
struct Nominee
{
    qint64 id = 0;
    qint64 staffId = 0;
    QString name, position, division;
    QString reason; ///< why nominated (ผลงาน/พฤติกรรมที่เสนอ)
};

/** A member of the scoring committee (the year's ethics committee). */
struct Scorer
{
    qint64 staffId = 0;
    QString name, position, role;
};

/** One member's score of one nominee on one criterion (its place in the criteria, from 1). */
struct Score
{
    qint64 nominee = 0, member = 0;
    int criterion = 0;
    int score = 0;
};

/** A member who may not score a nominee, and why: being the nominee, a tie declared, or working in the division. */
struct Recusal
{
    qint64 member = 0, nominee = 0;
    QString reason; ///< in Thai
};

/** The selection of a year and kind, as read back with everything its result needs. */
struct Selection
{
    qint64 id = 0;
    int fiscalYear = 0;
    QString kind = QStringLiteral("official");
    QList<SelectionCriterion> criteria;
    QList<Nominee> nominees;
    QList<Scorer> scorers;
    QList<Score> scores;
    QList<Recusal> recusals;
    std::optional<QDate> announcedOn;
    QString announcedBy;
    QHash<qint64, int> deeds; ///< the good deeds of the year by nominee id (staff nominees)

    const Recusal* recusal(qint64 member, qint64 nominee) const;
    /** "title": บุคลากรผู้มีคุณธรรมและจริยธรรมดีเด่น ประจำปีงบประมาณ พ.ศ. BBBB. */
    QString title() const;
};

/** "การคัดเลือกบุคลากรผู้มีคุณธรรมและจริยธรรมดีเด่น ประจำปีงบประมาณ พ.ศ. BBBB": the title of a selection of \a kind. */
QString selectionTitle(int fiscalYear, const QString& kind);

/** A nominee's place in the result. */
struct Standing
{
    Nominee nominee;
    QList<std::optional<double>> means; ///< per criterion: the mean of the scores given, nothing when none yet
    double total = 0; ///< Σ weight × mean over the criteria scored
    int rank = 0; ///< 1 for the highest total; equal totals share a rank (1, 1, 3); 0 while nobody has scored
    bool tie = false; ///< shares its rank with another nominee
    int scorers = 0; ///< the members who may score this nominee (not recused)
    int sheets = 0; ///< of those, how many have scored every criterion
    bool complete() const { return scorers > 0 && sheets == scorers; }
};

/**
 * The weighted totals and the ranking: for each nominee and criterion the mean of the scores of the members who
 * score it (a recused member's scores never count), times the criterion's weight, summed. Totals equal to a
 * millionth share a rank, and are named as ties; none is broken. Ordered by rank, then by name.
 */
QList<Standing> standings(const Selection& selection);
/** The highest total a nominee can get: Σ weight × max. */
double highestTotal(const QList<SelectionCriterion>& criteria);
/** "12.50" */
QString totalText(double total);

} // namespace sujarit::moral
