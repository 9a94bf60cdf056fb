// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Complaint.h"
#include "access/IdentityKey.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::complaints {

/**
 * A complainant's identity as the register stores it: the complainant's fields and the witnesses, as one JSON object
 * keyed by the names the columns had before they were sealed (complainant_name, …, witnesses), sealed to the
 * register's identity key (access/IdentityKey.h) and kept as base64 in complaint_texts.complainant_sealed. Anyone may seal;
 * only a session holding the key opens. Nothing of it is stored in clear, not even in the name index: that holds
 * keyed hashes of the name's words (nameTokens), which only a holder of the key can make again.
 */
QJsonObject identityPayload(const Complaint& c);
/** Puts what \a payload holds into \a c (the complainant and the witnesses). */
void applyIdentityPayload(const QJsonObject& payload, Complaint& c);
/** True when \a c names anyone to seal: a complainant, or witnesses. */
bool hasIdentity(const Complaint& c);

/** \a payload sealed by \a sealer (to the register's public key), as stored; empty when the sealer is not valid. */
QString sealPayload(const QJsonObject& payload, const access::IdentitySealer& sealer);
/** What \a stored holds, opened by \a opener; nullopt when the value is not one it opens. */
std::optional<QJsonObject> openPayload(access::IdentityOpener& opener, const QString& stored);
/** The same with the key \a db holds; nullopt when it holds none. */
std::optional<QJsonObject> openPayload(storage::Database& db, const QString& stored);

/**
 * A name as the index compares it: Thai digits as Arabic, spaces simplified, letters case-folded, and a leading title
 * (นาย, นาง, นางสาว, ด.ช., ด.ญ., Mr, Mrs, Ms …) dropped, so that "นายสมชาย  ใจดี" and "สมชาย ใจดี" are one name.
 */
QString normalisedName(const QString& name);
/** The index's tokens for a name: each word of its normalised form and the whole of it, each a keyed hash. */
QStringList nameTokens(const QByteArray& searchKey, const QString& name);
/** The token one typed search term is looked up by (empty without a key). */
QString searchToken(const QByteArray& searchKey, const QString& term);

/**
 * Writes the name index of each case of \a names (its id and complainant's name; cases not yet in the index) with the
 * identity key \a db holds, in one prepared statement for all. A session without the key marks its cases instead
 * (markNamesPending), for the next search of someone who holds it (indexPendingNames).
 */
bool indexNames(storage::Database& db, const QList<std::pair<qint64, QString>>& names);
/** Marks the sealed cases of ids \a first to \a last as still to be indexed (a batch saved without the key). */
bool markNamesPending(storage::Database& db, qint64 first, qint64 last);
/** Indexes the names of the cases saved by sessions without the key; needs the key (else does nothing). */
bool indexPendingNames(storage::Database& db);

} // namespace sujarit::complaints
