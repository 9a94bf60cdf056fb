// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintJson.h"

#include "Codes.h"
#include "Deadlines.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sujarit::complaints::json {

namespace {
struct JsonText {
    Q_DECLARE_TR_FUNCTIONS(JsonText)
};

QJsonValue isoDate(const std::optional<QDate>& d) { return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(); }
QString isoDateTime(const QDateTime& dt) { return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")); }
} // namespace

QJsonObject summaryToJson(const ComplaintSummary& s, QDate today)
{
    return QJsonObject{
        {QStringLiteral("receipt_no"), s.receipt.toString()},
        {QStringLiteral("received_at"), isoDateTime(s.receivedAt())},
        {QStringLiteral("channel"), s.channel},
        {QStringLiteral("category"), s.category},
        {QStringLiteral("anonymous"), s.anonymous},
        {QStringLiteral("complainant_name"), s.anonymous ? QJsonValue() : QJsonValue(s.complainantName)},
        {QStringLiteral("status"), s.status},
        {QStringLiteral("assigned_unit"), s.assignedUnit},
        {QStringLiteral("subject"), s.subject},
        {QStringLiteral("accused_name"), s.accusedName},
        {QStringLiteral("accused_unit"), s.accusedUnit},
        {QStringLiteral("next_deadline"), isoDate(s.nextDeadline)},
        {QStringLiteral("next_deadline_clock"), s.nextClock.isEmpty() ? QJsonValue() : QJsonValue(s.nextClock)},
        {QStringLiteral("overdue"), s.isOverdue(today)},
    };
}

QJsonObject complaintToJson(const Complaint& c, QDate today)
{
    const Complainant& p = c.complainant;
    QJsonArray evidence;
    for (const EvidenceItem& e : c.evidence)
        evidence.append(QJsonObject{{QStringLiteral("description"), e.description}, {QStringLiteral("sets"), e.sets}});
    QJsonArray history;
    for (const StepEvent& e : c.history)
        history.append(QJsonObject{{QStringLiteral("step"), e.step},
                                   {QStringLiteral("at"), isoDateTime(e.at)},
                                   {QStringLiteral("by"), e.by},
                                   {QStringLiteral("note"), e.note},
                                   {QStringLiteral("reason"), e.reason.isEmpty() ? QJsonValue() : QJsonValue(e.reason)},
                                   {QStringLiteral("unit"), e.unit.isEmpty() ? QJsonValue() : QJsonValue(e.unit)},
                                   {QStringLiteral("officers"), QJsonArray::fromStringList(e.officers)}});
    QJsonObject o{
        {QStringLiteral("receipt_no"), c.receipt.toString()},
        {QStringLiteral("received_at"), isoDateTime(c.receivedAt)},
        {QStringLiteral("received_by"), c.receivedBy},
        {QStringLiteral("received_by_position"), c.receivedByPosition},
        {QStringLiteral("fiscal_year"), c.fiscalYear()},
        {QStringLiteral("channel"), c.channel},
        {QStringLiteral("category"), c.category},
        {QStringLiteral("anonymous"), c.anonymous},
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("details"), c.details},
        {QStringLiteral("requested_action"), c.requestedAction},
        {QStringLiteral("accused_name"), c.accused.name},
        {QStringLiteral("accused_position"), c.accused.position},
        {QStringLiteral("accused_unit"), c.accused.unit},
        {QStringLiteral("incident_time"), c.incidentTime},
        {QStringLiteral("incident_place"), c.incidentPlace},
        {QStringLiteral("witnesses"), c.witnesses},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("status_at"), isoDateTime(c.statusAt)},
        {QStringLiteral("assigned_unit"), c.assignedUnit},
        {QStringLiteral("receipt_code"), c.receiptCode},
        {QStringLiteral("not_accepted_reason"),
         c.notAcceptedReason.isEmpty() ? QJsonValue() : QJsonValue(c.notAcceptedReason)},
        {QStringLiteral("next_deadline"), isoDate(c.nextDeadline)},
        {QStringLiteral("next_deadline_clock"), c.nextClock.isEmpty() ? QJsonValue() : QJsonValue(c.nextClock)},
        {QStringLiteral("overdue"), c.isOverdue(today)},
        {QStringLiteral("history"), history},
    };
    if (!c.anonymous) {
        o.insert(QStringLiteral("complainant_title"), p.title);
        o.insert(QStringLiteral("complainant_name"), p.name);
        o.insert(QStringLiteral("complainant_age"), p.age ? QJsonValue(*p.age) : QJsonValue());
        o.insert(QStringLiteral("complainant_address"), p.address);
        o.insert(QStringLiteral("complainant_phone"), p.phone);
        o.insert(QStringLiteral("complainant_email"), p.email);
        o.insert(QStringLiteral("complainant_national_id"), p.nationalId);
    }
    return o;
}

QHash<QString, QString> fieldsFromJson(const QJsonObject& object, QList<FieldError>& errors)
{
    QHash<QString, QString> values;
    QSet<QString> known;
    for (const FieldSpec& f : complaintFields())
        known.insert(f.key);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (!known.contains(key)) {
            errors.append({key, JsonText::tr("“%1” is not a field of a complaint").arg(key)});
            continue;
        }
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined())
            continue;
        if (v.isString())
            values.insert(key, v.toString());
        else if (v.isBool())
            values.insert(key, v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
        else if (v.isDouble())
            values.insert(key, QString::number(v.toDouble(), 'g', 15));
        else if (key == QLatin1String("evidence") && v.isArray()) {
            QList<EvidenceItem> items;
            for (const QJsonValue& e : v.toArray()) {
                const QJsonObject eo = e.toObject();
                const int sets = eo.value(QStringLiteral("sets")).toInt(1);
                const QString description = eo.value(QStringLiteral("description")).toString().trimmed();
                if (!e.isObject() || description.isEmpty() || sets < 1) {
                    errors.append({key, JsonText::tr("each evidence item needs a description and a number of sets "
                                                     "of at least 1")});
                    break;
                }
                items.append({description, sets});
            }
            values.insert(key, evidenceToText(items));
        } else
            errors.append({key, JsonText::tr("“%1” must be text, a number or true/false").arg(key)});
    }
    return values;
}

} // namespace sujarit::complaints::json
