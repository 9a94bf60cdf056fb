// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <optional>

namespace sujarit::text {

/**
 * One entry of a coded list (channels, steps, declaration kinds, gift relations …): the code that storage, CSV, JSON
 * and the command line use, its Thai label (documents and the Thai interface), and its English label where the
 * English interface shows the list.
 */
struct Code {
    QString code; ///< e.g. "walk_in"
    QString label; ///< e.g. "ร้องเรียนด้วยตนเอง"
    QString english = QString(); ///< e.g. "In person"; empty where only Thai is shown
};

/** The entry of \a code in \a list, or nullptr. */
const Code* findCode(const QList<Code>& list, const QString& code);
/** The Thai label of \a code in \a list, or nothing when it is not one of them. */
std::optional<QString> labelIn(const QList<Code>& list, const QString& code);
/** "a, b, c": the codes of \a list, for a message. */
QString codesOf(const QList<Code>& list);

} // namespace sujarit::text
