// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "text/Code.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

/**
 * The executive's announcements of the integrity year (ประกาศ, ระเบียบงานสารบรรณ): the No Gift Policy, the conflict-of-
 * interest measures in seed 002's shape, the complaint channels of seed 003 §5 and the intent to be a moral
 * organisation (seed 004, criterion 1). Each is kept per fiscal year with its versions: a signed version is never
 * changed; a new version replaces it, with the reason, and both stay.
 */
namespace sujarit::announcements {

using Term = text::Code;

/** no_gift, coi_measures, channels, moral_intent. */
const QList<Term>& kinds();

struct Announcement
{
    qint64 id = 0;
    int fiscalYear = 0;
    QString kind;
    int version = 1;
    QString title; ///< after "เรื่อง"
    /**
     * The text: one paragraph (or numbered item) a line, printed with its first line indented; a line "# …" is a
     * heading of its own; an empty line a little space.
     */
    QString body;
    std::optional<QDate> signedOn;
    QString signedBy, signerTitle;
    qint64 replaces = 0; ///< the version this one replaces, or 0
    QString reason; ///< why it replaced that version
    QDateTime createdAt;
    QString createdBy;

    bool isSigned() const { return signedOn.has_value(); }
};

} // namespace sujarit::announcements
