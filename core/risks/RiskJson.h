// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "RiskStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <optional>

/** The risk register as JSON, out and in (what `sujarit-cli risks` reads and writes). */
namespace sujarit::risks {

/** The plan activity a code such as "1.2.3" names, its id; nullopt (with \a why) when the plan has none. */
using ActivityLookup = std::function<std::optional<qint64>(const QString& code, QString* why)>;

/**
 * A risk from its object: process, event, type, likelihood, impact (whole numbers 1–5), causes, controls, division,
 * and measures [{title, owner (a division), person, period, due (a date), indicator, plan_activity (a code of the
 * year's plan)}]. A key it does not know is refused rather than lost; nullopt with \a why naming the key.
 */
std::optional<NewRisk> newRiskFromJson(const QJsonObject& o, const ActivityLookup& activity, QString* why);
/** A measure from its object (as in a risk's measures, with risk: the risk's number, or none for all risks). */
std::optional<Measure> measureFromJson(const QJsonObject& o, const ActivityLookup& activity, QString* why);

/** A follow-up entry: {measure: ID, status, done, cancel_reason} or {risk: ID, likelihood, impact}. */
struct FollowUpJson
{
    std::optional<FollowUpEntry> followUp;
    std::optional<ResidualEntry> residual;
};
std::optional<FollowUpJson> followUpFromJson(const QJsonObject& o, QString* why);

/**
 * Each risk of \a reg, ranked: id, number, rank, process, event, type, causes, controls, division, likelihood,
 * impact, score, level (low, medium, high, very_high), the office's figures beside it, its measures (with those
 * against all risks) and, per round, its likelihood and impact after the measures and each measure's follow-up.
 */
QJsonArray risksToJson(const RiskRegister& reg, const LevelBands& bands, const QHash<qint64, RiskFigures>& figures);

} // namespace sujarit::risks
