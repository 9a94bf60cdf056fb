// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "complaints/Workflow.h"

using namespace sujarit::complaints::workflow;

namespace {
bool legal(const char* from, const char* step, bool anonymous = false, const char* reason = "")
{
    return checkStep(QString::fromLatin1(from), QString::fromLatin1(step), QString::fromLatin1(reason), anonymous).isEmpty();
}
} // namespace

TEST_CASE("The flowchart's path is legal step by step", "[workflow]")
{
    CHECK(legal("received", "registered"));
    CHECK(legal("registered", "accepted"));
    CHECK(legal("accepted", "assigned"));
    CHECK(legal("assigned", "fact_finding"));
    CHECK(legal("fact_finding", "concluded"));
    CHECK(legal("fact_finding", "committee"));
    CHECK(legal("committee", "concluded"));
    CHECK(legal("concluded", "complainant_notified"));
    CHECK(legal("complainant_notified", "reported"));
    CHECK(legal("reported", "closed"));
    CHECK(legal("registered", "not_accepted", false, "private_dispute"));
    CHECK(legal("not_accepted", "complainant_notified"));
    CHECK(legal("not_accepted", "closed"));
    CHECK(legal("fact_finding", "referred"));
    CHECK(legal("referred", "closed"));
    CHECK(legal("concluded", "reported", true));
    CHECK(legal("assigned", "progress_notified"));
}

TEST_CASE("Illegal steps are refused with a reason", "[workflow]")
{
    CHECK_FALSE(legal("received", "closed"));
    CHECK_FALSE(legal("fact_finding", "closed"));
    CHECK_FALSE(legal("not_accepted", "assigned"));
    CHECK_FALSE(legal("received", "accepted"));
    CHECK_FALSE(legal("closed", "registered"));
    CHECK_FALSE(legal("concluded", "reported", false));
    CHECK_FALSE(legal("concluded", "complainant_notified", true));
    CHECK_FALSE(legal("assigned", "progress_notified", true));
    CHECK_FALSE(legal("received", "flying"));
    const QString why = checkStep(QStringLiteral("not_accepted"), QStringLiteral("assigned"), {}, false);
    CHECK(why.contains(QStringLiteral("only an accepted case can be assigned")));
    CHECK(checkStep(QStringLiteral("received"), QStringLiteral("closed"), {}, false).contains(QStringLiteral("closed only after")));
}

TEST_CASE("Not accepting a case needs a known reason code", "[workflow]")
{
    CHECK_FALSE(legal("registered", "not_accepted"));
    CHECK(checkStep(QStringLiteral("registered"), QStringLiteral("not_accepted"), {}, false).contains(QStringLiteral("reason")));
    CHECK_FALSE(legal("registered", "not_accepted", false, "bored"));
    CHECK_FALSE(legal("registered", "accepted", false, "discretion"));
    for (const char* r : {"anonymous_without_evidence", "in_judicial_process", "other_agency_jurisdiction",
                          "private_dispute", "insufficient_information", "discretion"})
        CHECK(legal("registered", "not_accepted", false, r));
}

TEST_CASE("Allowed next steps are what an officer sees", "[workflow]")
{
    CHECK(allowedNextSteps(QStringLiteral("registered"), false)
          == QStringList{QStringLiteral("accepted"), QStringLiteral("not_accepted"), QStringLiteral("referred"),
                         QStringLiteral("progress_notified")});
    CHECK(allowedNextSteps(QStringLiteral("closed"), false).isEmpty());
    CHECK(allowedNextSteps(QStringLiteral("concluded"), true) == QStringList{QStringLiteral("reported")});
}
