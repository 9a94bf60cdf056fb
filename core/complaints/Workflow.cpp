// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workflow.h"

#include "Codes.h"

#include <QCoreApplication>
#include <QHash>

namespace sujarit::complaints::workflow {

namespace {

struct WorkflowText {
    Q_DECLARE_TR_FUNCTIONS(WorkflowText)
};

QString s(const char* latin) { return QString::fromLatin1(latin); }

/** Steps that may follow each status for a named complainant. */
const QHash<QString, QStringList>& transitions()
{
    static const QHash<QString, QStringList> t = {
        {s("received"), {s("registered")}},
        {s("registered"), {s("accepted"), s("not_accepted"), s("referred")}},
        {s("accepted"), {s("assigned"), s("referred")}},
        {s("assigned"), {s("fact_finding"), s("referred")}},
        {s("fact_finding"), {s("concluded"), s("committee"), s("referred")}},
        {s("committee"), {s("concluded")}},
        {s("concluded"), {s("complainant_notified")}},
        {s("not_accepted"), {s("complainant_notified"), s("closed")}},
        {s("referred"), {s("complainant_notified"), s("closed")}},
        {s("complainant_notified"), {s("reported")}},
        {s("reported"), {s("closed")}},
        {s("closed"), {}},
    };
    return t;
}

/** What a step needs before it, for the message when it is refused. */
QString prerequisite(const QString& step)
{
    static const QHash<QString, const char*> need = {
        {s("registered"), QT_TRANSLATE_NOOP("WorkflowText", "a case is registered right after it is received")},
        {s("accepted"), QT_TRANSLATE_NOOP("WorkflowText", "a case is accepted or not accepted only after it is registered")},
        {s("not_accepted"), QT_TRANSLATE_NOOP("WorkflowText", "a case is accepted or not accepted only after it is registered")},
        {s("assigned"), QT_TRANSLATE_NOOP("WorkflowText", "only an accepted case can be assigned")},
        {s("fact_finding"), QT_TRANSLATE_NOOP("WorkflowText", "fact-finding starts only after the case is assigned")},
        {s("committee"), QT_TRANSLATE_NOOP("WorkflowText", "a committee is appointed only during fact-finding")},
        {s("concluded"), QT_TRANSLATE_NOOP("WorkflowText", "a case is concluded only after fact-finding or a committee")},
        {s("complainant_notified"), QT_TRANSLATE_NOOP("WorkflowText", "the complainant is notified of a result only after the case is concluded, not accepted or referred")},
        {s("reported"), QT_TRANSLATE_NOOP("WorkflowText", "the result is reported to the executive only after the complainant is notified (or, for an anonymous case, after it is concluded)")},
        {s("closed"), QT_TRANSLATE_NOOP("WorkflowText", "a case can be closed only after its result is reported, or after it was not accepted or referred")},
        {s("referred"), QT_TRANSLATE_NOOP("WorkflowText", "a case is referred to another agency only after it is registered and before it is concluded")},
    };
    const auto it = need.find(step);
    return it == need.end() ? QString() : WorkflowText::tr(it.value());
}

} // namespace

bool changesStatus(const QString& step) { return step != ProgressNotified; }

bool isTerminal(const QString& status) { return status == QLatin1String("closed"); }

QStringList allowedNextSteps(const QString& status, bool anonymous)
{
    QStringList next = transitions().value(status);
    if (anonymous) {
        next.removeAll(s("complainant_notified"));
        if (status == QLatin1String("concluded") || status == QLatin1String("not_accepted")
            || status == QLatin1String("referred"))
            next.prepend(s("reported"));
    }
    if (!anonymous && !isTerminal(status) && status != QLatin1String("complainant_notified")
        && status != QLatin1String("reported"))
        next.append(ProgressNotified);
    return next;
}

QString checkStep(const QString& status, const QString& step, const QString& reason, bool anonymous)
{
    if (step != ProgressNotified && !isKnownCode(steps(), step))
        return WorkflowText::tr("“%1” is not a step; the steps are: %2, %3")
            .arg(step, codeListForMessage(steps()), ProgressNotified);
    if (step == QLatin1String("not_accepted")) {
        if (reason.isEmpty())
            return WorkflowText::tr("not accepting a case needs a reason code: %1")
                .arg(codeListForMessage(notAcceptedReasons()));
        if (!isKnownCode(notAcceptedReasons(), reason))
            return WorkflowText::tr("“%1” is not a reason for not accepting a case; the reasons are: %2")
                .arg(reason, codeListForMessage(notAcceptedReasons()));
    } else if (!reason.isEmpty()) {
        return WorkflowText::tr("a reason code is recorded only when a case is not accepted");
    }
    if (allowedNextSteps(status, anonymous).contains(step))
        return {};

    const QString statusLabel = labelOf(steps(), status);
    if (isTerminal(status))
        return WorkflowText::tr("the case is closed (%1); no further step can be recorded").arg(statusLabel);
    if (step == ProgressNotified)
        return anonymous ? WorkflowText::tr("the complaint is anonymous: there is no complainant to notify")
                         : WorkflowText::tr("the complainant has already been notified of the result");
    if (anonymous && step == QLatin1String("complainant_notified"))
        return WorkflowText::tr("the complaint is anonymous: there is no complainant to notify; record “reported” instead");
    if (step == status)
        return WorkflowText::tr("the case is already at “%1” (%2)").arg(step, statusLabel);
    return WorkflowText::tr("cannot record “%1” on a case at “%2” (%3): %4")
        .arg(step, status, statusLabel, prerequisite(step));
}

} // namespace sujarit::complaints::workflow
