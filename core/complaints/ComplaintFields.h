// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Complaint.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

/**
 * The fields of a complaint as they arrive from outside — CSV columns, JSON keys, form fields — and the one place
 * that turns their text into a checked Complaint. Importer, JSON input and the app all go through here, so a
 * value is accepted or refused the same way, with the same message, wherever it comes from.
 */
namespace sujarit::complaints {

struct FieldSpec {
    QString key; ///< English column / JSON key, e.g. "received_at"
    QString thaiHeader; ///< Thai column name, e.g. "วันที่รับ"
    bool required; ///< the column must be present in an import file
    int maxLength;
};

/** Every field, in the order of the seed's form. */
const QList<FieldSpec>& complaintFields();
/** The field key for a column header written in English or Thai (case and surrounding spaces ignored). */
std::optional<QString> fieldKeyForHeader(const QString& header);

constexpr int MaxShortText = 500;
constexpr int MaxLongText = 100000;

struct FieldError {
    QString field; ///< key of the field at fault
    QString message; ///< what is wrong, in plain words
};

/**
 * Builds a complaint from text values keyed by field key (missing keys are empty). Every problem found is
 * appended to \a errors; the complaint is only meaningful when no error was added. \a now bounds the receipt time.
 */
Complaint complaintFromFields(const QHash<QString, QString>& values, const QDateTime& now, QList<FieldError>& errors);

/** Reads "ภาพถ่าย 2 ชุด; สำเนาสัญญา จำนวน 1 ชุด" (items split by ";" or line breaks; "N ชุด" optional, 1 by default). */
QList<EvidenceItem> parseEvidence(const QString& text);
/** Writes evidence back in the form parseEvidence() reads. */
QString evidenceToText(const QList<EvidenceItem>& items);

/** Fills house number, หมู่, ตำบล, อำเภอ, จังหวัด and postcode from a one-line Thai address where they can be read. */
void splitThaiAddress(Complainant& person);

/** Reads yes/no in English or Thai ("ใช่", "ไม่ใช่", "ไม่ประสงค์ออกนาม", true/false, 1/0); empty is no. */
std::optional<bool> parseYesNo(const QString& text);

} // namespace sujarit::complaints
