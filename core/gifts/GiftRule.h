// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "text/Code.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/**
 * The gift rule as data and an engine (the NACC announcement on gifts of 2563): whether a gift an official
 * received may be kept or must be reported to the head of the agency, and why. The threshold, the relations that
 * count as relatives and the legal references are data, so a later rule replaces them without new code, and each
 * judgement carries the rule version it was made under.
 */
namespace sujarit::gifts {

struct GiftRuleSet
{
    QString version; ///< the rule's title and year, quoted on every judgement
    QString section; ///< the section of the act the rule rests on
    qint64 thresholdSatang = 0; ///< a non-relative's gifts per occasion may be kept up to this, inclusive
    int reportWithinDays = 0; ///< calendar days from receipt to report what may not be kept
    QStringList relativeRelations; ///< relation codes that count as ญาติ

    /** ประกาศ ป.ป.ช. 2563 under พ.ร.ป. 2561 ม.128: relatives, up to 3,000 baht per giver per occasion, public offers.
     */
    static GiftRuleSet nacc2563();
};

/** The relation codes Sujarit knows, "none" and "relative" first, each with its Thai label. */
using Relation = text::Code;
const QList<Relation>& relations();
std::optional<QString> relationLabel(const QString& code);

struct GiftEntry
{
    QString receiver; ///< the official (a staff name)
    QString giver; ///< person or organisation
    QString occasion;
    QDate date;
    QString relation = QStringLiteral("none"); ///< the giver's relation to the receiver: a code of relations()
    qint64 valueSatang = 0;
    bool publicOffer = false; ///< offered to the public at large on the same terms
    bool accepted = true; ///< false when the official refused it
    std::optional<QDate> receiverLeftOn; ///< when the receiver had left office (bound for two years after, ม.128)
};

/** What is wrong with \a entry, in plain words naming the field, or empty when it can be judged. */
QString validate(const GiftEntry& entry);

enum class Verdict { MayKeep, MustReport, Refused };
/** may_keep, must_report, refused. */
QString verdictCode(Verdict verdict);
QString verdictLabel(Verdict verdict);

struct GiftJudgement
{
    Verdict verdict = Verdict::MayKeep;
    QString rule; ///< "relative", "public_offer", "within_threshold", "over_threshold" or "refused"
    QString reason; ///< in Thai, citing the rule and the section
    std::optional<QDate> reportDue; ///< when it must be reported (MustReport only)
    qint64 occasionTotalSatang = 0; ///< the giver's gifts to the receiver on the occasion that count toward the limit
    QString ruleVersion;
};

/**
 * Judges every entry, in the order given. Gifts from one giver to one receiver on one occasion add up (names are
 * compared with spaces collapsed): when together they pass the threshold, each of them must be reported. A refused
 * gift is not received, so it neither counts nor needs a report. A receiver who left office less than two years
 * before is judged as an official (ม.128 วรรคสอง). Entries must be valid (see validate()).
 */
QList<GiftJudgement> judge(const QList<GiftEntry>& entries, const GiftRuleSet& rules);

} // namespace sujarit::gifts
