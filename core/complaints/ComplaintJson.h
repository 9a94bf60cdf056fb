// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Complaint.h"
#include "ComplaintFields.h"
#include "ComplaintRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

/** Complaints as JSON for other programs: the keys are the CSV's English column names. */
namespace sujarit::complaints::json {

/** A register line: receipt_no, received_at (ISO 8601), channel, category, anonymous, status, subject,
 *  accused_name, next_deadline (ISO date or null), overdue, and a few more. */
QJsonObject summaryToJson(const ComplaintSummary& s, QDate today);
/** The whole case, with evidence, step history and deadlines. */
QJsonObject complaintToJson(const Complaint& c, QDate today);
/**
 * Turns a JSON object into the text values complaintFromFields() reads. Unknown keys and values of the wrong type
 * are reported in \a errors. "evidence" may be a string or an array of {description, sets}.
 */
QHash<QString, QString> fieldsFromJson(const QJsonObject& object, QList<FieldError>& errors);

} // namespace sujarit::complaints::json
