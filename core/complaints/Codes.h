// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include "text/Code.h"

#include <QString>
#include <optional>

/**
 * The coded vocabularies of the complaint register: channels, categories, steps and the reasons a
 * complaint is not accepted. Codes are what storage, CSV, JSON and the command line use; labels are Thai.
 */
namespace sujarit::complaints {

/** One entry of a coded list. */
using Code = text::Code;

/** ช่องทาง, in the order of seed 003 §5. */
const QList<Code>& channels();
/** ประเภท. */
const QList<Code>& categories();
/** The steps of seed 003's flowchart, including `referred`. */
const QList<Code>& steps();
/** Why a complaint is not accepted (seed 003 §10). */
const QList<Code>& notAcceptedReasons();

/** A short Thai name of a step for narrow table columns ("ลงทะเบียน", "ยุติเรื่อง"). */
QString stepShortLabel(const QString& step);

/** The English label of \a code in \a list, or \a code itself when unknown. */
QString englishLabelOf(const QList<Code>& list, const QString& code);

/** The Thai label of \a code in \a list, or \a code itself when unknown. */
QString labelOf(const QList<Code>& list, const QString& code);
bool isKnownCode(const QList<Code>& list, const QString& code);

/**
 * Reads a channel as registers write it: the code, the full Thai label, or the shorter spellings found in
 * hand-kept registers (one side of a "/", without "ทาง", "ร้องเรียนผ่าน…"). Case, spaces and dots do not matter.
 */
std::optional<QString> channelFromText(const QString& text);
/** Reads a category from its code or a Thai label (full or one side of a "/"). */
std::optional<QString> categoryFromText(const QString& text);
/** Reads a not-accepted reason from its code or Thai label. */
std::optional<QString> notAcceptedReasonFromText(const QString& text);

/**
 * True for a case that counts as dealt with (ดำเนินการแล้วเสร็จ) in reports: concluded or later, not accepted, or
 * referred to another agency.
 */
bool isCompleted(const QString& status);
/** The step codes that are completed (or, with \a completed false, those that are not), quoted for SQL's IN (…). */
QString stepsForSql(bool completed);

/** "walk_in, post, …" for error messages. */
QString codeListForMessage(const QList<Code>& list);

} // namespace sujarit::complaints
