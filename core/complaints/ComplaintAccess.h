// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Complaint.h"
#include "access/Session.h"

#include <QString>
#include <QVariantList>

namespace sujarit::complaints {

struct ComplaintSummary;

/**
 * The complainant's secrecy on reads: who may see a case's identity (access::maySeeIdentity), what a
 * masked case shows, and how a search keeps from matching names the searcher may not see.
 */
access::CaseAccess caseAccess(const Complaint& c);
access::CaseAccess caseAccess(const ComplaintSummary& s);

/** Clears every field that identifies the complainant; the name reads ไม่เปิดเผยชื่อ. */
void maskIdentity(Complaint& c);
void maskIdentity(ComplaintSummary& s);

/**
 * An SQL condition on `c` (the complaints table) that holds where \a session may see the complainant, its values
 * appended to \a values: TRUE for an integrity officer, FALSE for someone who sees none.
 */
QString identityVisibleSql(const access::Session& session, QVariantList& values);

} // namespace sujarit::complaints
