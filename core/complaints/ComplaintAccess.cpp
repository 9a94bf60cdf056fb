// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintAccess.h"

#include "ComplaintRepository.h"

namespace sujarit::complaints {

access::CaseAccess caseAccess(const Complaint& c)
{
    return { c.enteredBy, c.status, c.assignedUnit };
}

access::CaseAccess caseAccess(const ComplaintSummary& s)
{
    return { s.enteredBy, s.status, s.assignedUnit };
}

void maskIdentity(Complaint& c)
{
    if (c.anonymous)
        return;
    c.complainant = Complainant {};
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

QString identityVisibleSql(const access::Session& s, QVariantList& values)
{
    if (s.has(access::Role::IntegrityOfficer))
        return QStringLiteral("TRUE");
    QStringList parts;
    if (s.has(access::Role::Officer) && !s.division.isEmpty()) {
        parts << QStringLiteral("c.assigned_unit = ?");
        values << s.division;
    }
    if (s.has(access::Role::Clerk) && !s.user.isEmpty()) {
        parts << QStringLiteral("(c.entered_by = ? AND c.status = 'received')");
        values << s.user;
    }
    return parts.isEmpty() ? QStringLiteral("FALSE") : u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

} // namespace sujarit::complaints
