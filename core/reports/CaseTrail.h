// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "documents/ListDocument.h"
#include "storage/Audit.h"

#include <QList>
#include <QString>

namespace sujarit::reports {

/** One entry of a case's trail in words: when, who, what, and what changed. */
struct TrailLine
{
    QString when, who, what, details;
};

/** The trail's entries (storage::complaintTrail) as lines an officer reads. */
QList<TrailLine> trailLines(const QList<storage::AuditEntry>& entries);

/** ประวัติการดำเนินการ of case \a receipt, as the administrator prints it: one row an entry. */
documents::ListDocument caseTrailDocument(const QString& receipt, const QString& subject, const QString& office,
                                          const QList<storage::AuditEntry>& entries);

} // namespace sujarit::reports
