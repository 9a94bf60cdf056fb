// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskJson.h"

#include <cmath>

#include "calendar/ThaiDate.h"
#include "text/ThaiDigits.h"

#include <QCoreApplication>
#include <QSet>

namespace sujarit::risks {

namespace {
struct RiskJsonText
{
    Q_DECLARE_TR_FUNCTIONS(RiskJsonText)
};

/** The first key of \a o not in \a known, or empty. */
QString unknownKey(const QJsonObject& o, const QSet<QString>& known)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!known.contains(it.key()))
            return it.key();
    return {};
}

bool refuseUnknown(const QJsonObject& o, const QSet<QString>& known, QString* why)
{
    const QString key = unknownKey(o, known);
    if (key.isEmpty())
        return true;
    QStringList names(known.cbegin(), known.cend());
    names.sort();
    *why = RiskJsonText::tr("%1: not a key Sujarit reads here (it reads %2)").arg(key, names.join(QStringLiteral(", ")));
    return false;
}

/** A text value: absent or null is empty; anything else but a string is refused. */
bool textOf(const QJsonObject& o, const QString& key, QString& into, QString* why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *why = RiskJsonText::tr("%1: expected text").arg(key);
        return false;
    }
    into = v.toString();
    return true;
}

/** A whole number: a JSON number or its digits as text (Thai digits too); absent or null is nullopt. */
bool wholeOf(const QJsonObject& o, const QString& key, std::optional<qint64>& into, QString* why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    bool ok = false;
    qint64 n = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        ok = d == std::floor(d) && std::abs(d) < 1e15;
        n = qint64(d);
    } else if (v.isString()) {
        n = text::withDigits(v.toString().trimmed(), text::Digits::Arabic).toLongLong(&ok);
    }
    if (!ok) {
        *why = RiskJsonText::tr("%1: “%2” is not a whole number").arg(key, v.toVariant().toString());
        return false;
    }
    into = n;
    return true;
}

bool scaleOf(const QJsonObject& o, const QString& key, std::optional<int>& into, QString* why)
{
    std::optional<qint64> n;
    if (!wholeOf(o, key, n, why))
        return false;
    if (n && (*n < 1 || *n > 5)) {
        *why = RiskJsonText::tr("%1: %2 is not 1 to 5").arg(key).arg(*n);
        return false;
    }
    if (n)
        into = int(*n);
    return true;
}

QJsonValue orNull(const std::optional<int>& v) { return v ? QJsonValue(*v) : QJsonValue(); }

QJsonObject measureJson(const Measure& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("number"), m.number},
            {QStringLiteral("applies_to"), m.risk == 0 ? QStringLiteral("all") : QStringLiteral("this")},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("owner"), m.division},
            {QStringLiteral("person"), m.person},
            {QStringLiteral("period"), m.period},
            {QStringLiteral("due"), m.due ? QJsonValue(m.due->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("indicator"), m.indicator},
            {QStringLiteral("plan_activity_id"), m.planActivity > 0 ? QJsonValue(m.planActivity) : QJsonValue()}};
}
} // namespace

std::optional<Measure> measureFromJson(const QJsonObject& o, const ActivityLookup& activity, QString* why)
{
    static const QSet<QString> known = {QStringLiteral("title"),     QStringLiteral("owner"),
                                        QStringLiteral("division"),  QStringLiteral("person"),
                                        QStringLiteral("period"),    QStringLiteral("due"),
                                        QStringLiteral("indicator"), QStringLiteral("plan_activity"),
                                        QStringLiteral("risk")};
    if (!refuseUnknown(o, known, why))
        return std::nullopt;
    Measure m;
    QString due, code;
    if (!textOf(o, QStringLiteral("title"), m.title, why) || !textOf(o, QStringLiteral("owner"), m.division, why)
        || (m.division.isEmpty() && !textOf(o, QStringLiteral("division"), m.division, why))
        || !textOf(o, QStringLiteral("person"), m.person, why) || !textOf(o, QStringLiteral("period"), m.period, why)
        || !textOf(o, QStringLiteral("due"), due, why) || !textOf(o, QStringLiteral("indicator"), m.indicator, why)
        || !textOf(o, QStringLiteral("plan_activity"), code, why))
        return std::nullopt;
    if (m.title.simplified().isEmpty()) {
        *why = RiskJsonText::tr("title: what the measure does is missing");
        return std::nullopt;
    }
    if (!due.trimmed().isEmpty()) {
        QString error;
        m.due = calendar::parseThaiDate(due, &error);
        if (!m.due) {
            *why = QStringLiteral("due: ") + error;
            return std::nullopt;
        }
    }
    if (!code.trimmed().isEmpty()) {
        QString error;
        const auto id = activity ? activity(code.trimmed(), &error) : std::nullopt;
        if (!id) {
            *why = QStringLiteral("plan_activity: ") + error;
            return std::nullopt;
        }
        m.planActivity = *id;
    }
    std::optional<qint64> risk;
    if (!wholeOf(o, QStringLiteral("risk"), risk, why))
        return std::nullopt;
    m.risk = risk.value_or(0); // a number for now; the caller turns it into the risk's id
    return m;
}

std::optional<NewRisk> newRiskFromJson(const QJsonObject& o, const ActivityLookup& activity, QString* why)
{
    static const QSet<QString> known
        = {QStringLiteral("process"),    QStringLiteral("event"),  QStringLiteral("type"),
           QStringLiteral("likelihood"), QStringLiteral("impact"), QStringLiteral("causes"),
           QStringLiteral("controls"),   QStringLiteral("division"), QStringLiteral("measures")};
    if (!refuseUnknown(o, known, why))
        return std::nullopt;
    NewRisk n;
    Risk& r = n.risk;
    if (!textOf(o, QStringLiteral("process"), r.process, why) || !textOf(o, QStringLiteral("event"), r.event, why)
        || !textOf(o, QStringLiteral("type"), r.type, why) || !textOf(o, QStringLiteral("causes"), r.causes, why)
        || !textOf(o, QStringLiteral("controls"), r.controls, why)
        || !textOf(o, QStringLiteral("division"), r.division, why)
        || !scaleOf(o, QStringLiteral("likelihood"), r.likelihood, why)
        || !scaleOf(o, QStringLiteral("impact"), r.impact, why))
        return std::nullopt;
    if (r.process.simplified().isEmpty()) {
        *why = RiskJsonText::tr("process: the work process (e.g. การจัดซื้อจัดจ้าง) is missing");
        return std::nullopt;
    }
    if (r.event.simplified().isEmpty()) {
        *why = RiskJsonText::tr("event: the risk event (เหตุการณ์ความเสี่ยง) is missing");
        return std::nullopt;
    }
    if (r.type.isEmpty()) {
        *why = RiskJsonText::tr("type: missing");
        return std::nullopt;
    }
    if (!r.likelihood || !r.impact) {
        *why = r.likelihood ? RiskJsonText::tr("impact: missing (1 to 5)") : RiskJsonText::tr("likelihood: missing (1 to 5)");
        return std::nullopt;
    }
    const QJsonValue measures = o.value(QStringLiteral("measures"));
    if (!measures.isUndefined() && !measures.isNull() && !measures.isArray()) {
        *why = RiskJsonText::tr("measures: expected an array of objects");
        return std::nullopt;
    }
    const QJsonArray list = measures.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString inner;
        if (!list[i].isObject()) {
            *why = RiskJsonText::tr("measures, %1: expected an object").arg(i + 1);
            return std::nullopt;
        }
        if (list[i].toObject().contains(QStringLiteral("risk"))) {
            *why = RiskJsonText::tr("measures, %1: risk: a risk's own measure is against that risk").arg(i + 1);
            return std::nullopt;
        }
        const auto m = measureFromJson(list[i].toObject(), activity, &inner);
        if (!m) {
            *why = RiskJsonText::tr("measures, %1: %2").arg(i + 1).arg(inner);
            return std::nullopt;
        }
        n.measures << *m;
    }
    return n;
}

std::optional<FollowUpJson> followUpFromJson(const QJsonObject& o, QString* why)
{
    FollowUpJson out;
    if (o.contains(QStringLiteral("measure"))) {
        static const QSet<QString> known = {QStringLiteral("measure"), QStringLiteral("status"),
                                            QStringLiteral("done"), QStringLiteral("cancel_reason")};
        if (!refuseUnknown(o, known, why))
            return std::nullopt;
        std::optional<qint64> id;
        FollowUpEntry e;
        if (!wholeOf(o, QStringLiteral("measure"), id, why) || !textOf(o, QStringLiteral("status"), e.followUp.status, why)
            || !textOf(o, QStringLiteral("done"), e.followUp.done, why)
            || !textOf(o, QStringLiteral("cancel_reason"), e.followUp.cancelReason, why))
            return std::nullopt;
        if (!id || e.followUp.status.isEmpty()) {
            *why = id ? RiskJsonText::tr("status: missing (not_started, in_progress, done, cancelled)") : RiskJsonText::tr("measure: missing");
            return std::nullopt;
        }
        e.measure = *id;
        out.followUp = e;
        return out;
    }
    if (o.contains(QStringLiteral("risk"))) {
        static const QSet<QString> known
            = {QStringLiteral("risk"), QStringLiteral("likelihood"), QStringLiteral("impact")};
        if (!refuseUnknown(o, known, why))
            return std::nullopt;
        std::optional<qint64> id;
        std::optional<int> likelihood, impact;
        if (!wholeOf(o, QStringLiteral("risk"), id, why) || !scaleOf(o, QStringLiteral("likelihood"), likelihood, why)
            || !scaleOf(o, QStringLiteral("impact"), impact, why))
            return std::nullopt;
        if (!likelihood || !impact) {
            *why = likelihood ? RiskJsonText::tr("impact: missing (1 to 5)") : RiskJsonText::tr("likelihood: missing (1 to 5)");
            return std::nullopt;
        }
        out.residual = ResidualEntry{*id, {*likelihood, *impact}};
        return out;
    }
    *why = RiskJsonText::tr("each entry names a measure (its status) or a risk (its likelihood and impact after the measures)");
    return std::nullopt;
}

QJsonArray risksToJson(const RiskRegister& reg, const LevelBands& bands, const QHash<qint64, RiskFigures>& figures)
{
    QJsonArray out;
    for (const Ranked& x : reg.ranked(bands)) {
        const Risk& r = *x.risk;
        QJsonArray measures;
        for (const Measure* m : reg.measuresOf(r.id, true))
            measures.append(measureJson(*m));
        QJsonObject rounds;
        for (int round : risks::rounds()) {
            QJsonObject entry;
            const auto residual = reg.residuals.value(r.id).value(round, Residual{});
            if (residual.likelihood > 0)
                entry = {{QStringLiteral("likelihood"), residual.likelihood},
                         {QStringLiteral("impact"), residual.impact},
                         {QStringLiteral("score"), residual.score()},
                         {QStringLiteral("level"), levelOf(residual.score(), bands)}};
            QJsonObject follow;
            for (const Measure* m : reg.measuresOf(r.id, true))
                if (const auto reported = reg.followUp(m->id, round)) {
                    const FollowUp& f = *reported;
                    follow.insert(QString::number(m->id),
                                  QJsonObject{{QStringLiteral("status"), f.status},
                                              {QStringLiteral("done"), f.done},
                                              {QStringLiteral("cancel_reason"), f.cancelReason}});
                }
            entry.insert(QStringLiteral("measures"), follow);
            rounds.insert(QString::number(round), entry);
        }
        const RiskFigures f = figures.value(r.id);
        out.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("number"), r.number},
            {QStringLiteral("rank"), x.rank > 0 ? QJsonValue(x.rank) : QJsonValue()},
            {QStringLiteral("process"), r.process},
            {QStringLiteral("event"), r.event},
            {QStringLiteral("type"), r.type},
            {QStringLiteral("causes"), r.causes},
            {QStringLiteral("controls"), r.controls},
            {QStringLiteral("division"), r.division},
            {QStringLiteral("likelihood"), orNull(r.likelihood)},
            {QStringLiteral("impact"), orNull(r.impact)},
            {QStringLiteral("score"), orNull(r.score())},
            {QStringLiteral("level"), x.level.isEmpty() ? QJsonValue() : QJsonValue(x.level)},
            {QStringLiteral("figures"),
             QJsonObject{{QStringLiteral("complaints_of_division"), f.complaintsOfDivision},
                         {QStringLiteral("complaints_of_process"), f.complaintsOfProcess},
                         {QStringLiteral("gifts_to_report"), f.giftsToReport}}},
            {QStringLiteral("measures"), measures},
            {QStringLiteral("rounds"), rounds}});
    }
    return out;
}

} // namespace sujarit::risks
