// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintAccess.h"

#include "ComplaintRepository.h"

namespace sujarit::complaints {

access::CaseAccess caseAccess(const Complaint& c)
{
    return { c.enteredBy, c.status, c.assignedUnit };
}

void maskIdentity(Complaint& c)
{
    if (c.sealedIdentity.isEmpty())
        return;
    c.complainant = Complainant {};
    c.witnesses.clear();
    if (!c.anonymous)
        c.complainant.name = access::maskedName();
    c.identityHidden = true;
}

void maskIdentity(ComplaintSummary& s)
{
    if (s.anonymous)
        return;
    s.complainantName = access::maskedName();
    s.identityHidden = true;
}

} // namespace sujarit::complaints
