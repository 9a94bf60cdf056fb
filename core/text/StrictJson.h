// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <optional>

namespace sujarit::text {

/**
 * Reads JSON handed to Sujarit by the rules its CSV import keeps: no NUL character and no half of a UTF-16 pair
 * (a lone surrogate) in any string, and no key twice in one object (QJsonDocument alone keeps the last in silence).
 * The message names the place (character offset, key) and what is wrong.
 */
std::optional<QJsonDocument> parseStrictJson(const QByteArray& bytes, QString* error);

} // namespace sujarit::text
