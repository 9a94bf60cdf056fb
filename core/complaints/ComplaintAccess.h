// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Complaint.h"
#include "access/Session.h"

#include <QString>

namespace sujarit::complaints {

struct ComplaintSummary;

/**
 * The complainant's secrecy on reads: what a case shows to a reader who may not see its identity (access::maySeeIdentity),
 * and the facts of a case the rules about it read.
 */
access::CaseAccess caseAccess(const Complaint& c);

/** Clears every field that identifies the complainant, and the witnesses; a named case's name reads ไม่เปิดเผยชื่อ. */
void maskIdentity(Complaint& c);
void maskIdentity(ComplaintSummary& s);

} // namespace sujarit::complaints
