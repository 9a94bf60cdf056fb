<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>kind: “%1” is not one of %2</source>
        <translation>kind: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>declarant: who declares is missing</source>
        <translation>declarant: who declares is missing</translation>
    </message>
    <message>
        <source>date: the day of the declaration is missing or impossible</source>
        <translation>date: the day of the declaration is missing or impossible</translation>
    </message>
    <message>
        <source>date: %1 is in the future</source>
        <translation>date: %1 is in the future</translation>
    </message>
    <message>
        <source>form: “%1” is not one of %2</source>
        <translation>form: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>parties: person or company %1 has no name</source>
        <translation>parties: person or company %1 has no name</translation>
    </message>
    <message>
        <source>parties: the relation to %1, “%2”, is not one of %3</source>
        <translation>parties: the relation to %1, “%2”, is not one of %3</translation>
    </message>
    <message>
        <source>procurement: the procurement&apos;s name is missing</source>
        <translation>procurement: the procurement&apos;s name is missing</translation>
    </message>
    <message>
        <source>procurement_number: the procurement&apos;s number is missing</source>
        <translation>procurement_number: the procurement&apos;s number is missing</translation>
    </message>
    <message>
        <source>bidders: a procurement declaration lists the bidders (with relation “none” where there is no tie)</source>
        <translation>bidders: a procurement declaration lists the bidders (with relation “none” where there is no tie)</translation>
    </message>
    <message>
        <source>no_interest: the declaration says there is no interest, yet it names a tie to a bidder</source>
        <translation>no_interest: the declaration says there is no interest, yet it names a tie to a bidder</translation>
    </message>
    <message>
        <source>no_interest: only the annual declaration may be a nil return</source>
        <translation>no_interest: only the annual declaration may be a nil return</translation>
    </message>
    <message>
        <source>no_interest: a nil return names no form of conflict and no tie</source>
        <translation>no_interest: a nil return names no form of conflict and no tie</translation>
    </message>
    <message>
        <source>form: the form of conflict is missing (one of %1), or declare no interest</source>
        <translation>form: the form of conflict is missing (one of %1), or declare no interest</translation>
    </message>
    <message>
        <source>parties: name the persons or companies involved, or describe the situation in details</source>
        <translation>parties: name the persons or companies involved, or describe the situation in details</translation>
    </message>
    <message>
        <source>details: a gift report says what was received, from whom and its value</source>
        <translation>details: a gift report says what was received, from whom and its value</translation>
    </message>
    <message>
        <source>reviewer: the supervisor who reviews is missing</source>
        <translation>reviewer: the supervisor who reviews is missing</translation>
    </message>
    <message>
        <source>decision: “%1” is not one of %2</source>
        <translation>decision: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>date: the day of the review is missing or impossible</source>
        <translation>date: the day of the review is missing or impossible</translation>
    </message>
    <message>
        <source>date: the review (%1) is before the declaration (%2)</source>
        <translation>date: the review (%1) is before the declaration (%2)</translation>
    </message>
    <message>
        <source>reason: say why the supervisor decided so</source>
        <translation>reason: say why the supervisor decided so</translation>
    </message>
    <message>
        <source>declaration %1</source>
        <translation>declaration %1</translation>
    </message>
    <message>
        <source>%1: declarant: %2 is not on the staff list (add them with “staff add”)</source>
        <translation>%1: declarant: %2 is not on the staff list (add them with “staff add”)</translation>
    </message>
    <message>
        <source>%1: declarant: %2 left office on %3, before the declaration&apos;s date</source>
        <translation>%1: declarant: %2 left office on %3, before the declaration&apos;s date</translation>
    </message>
    <message>
        <source>%1: %2 already made the annual declaration of fiscal year %3 (on %4)</source>
        <translation>%1: %2 already made the annual declaration of fiscal year %3 (on %4)</translation>
    </message>
    <message>
        <source>%1: %2 already declared for procurement %3</source>
        <translation>%1: %2 already declared for procurement %3</translation>
    </message>
    <message>
        <source>%1: review: %2</source>
        <translation>%1: review: %2</translation>
    </message>
    <message>
        <source>title: the activity&apos;s title is missing</source>
        <translation>title: the activity&apos;s title is missing</translation>
    </message>
    <message>
        <source>measure: the plan has no measure %1</source>
        <translation>measure: the plan has no measure %1</translation>
    </message>
    <message>
        <source>line: measure %1 has no line of action %1.%2</source>
        <translation>line: measure %1 has no line of action %1.%2</translation>
    </message>
    <message>
        <source>line: measure %1 has lines of action; say which one the activity serves</source>
        <translation>line: measure %1 has lines of action; say which one the activity serves</translation>
    </message>
    <message>
        <source>area: “%1” is not one of %2</source>
        <translation>area: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>kpi source: “%1” is not one of %2</source>
        <translation>kpi source: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>kpi kind: “%1” is not one of %2</source>
        <translation>kpi kind: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>target: %1 is negative</source>
        <translation>target: %1 is negative</translation>
    </message>
    <message>
        <source>target: %1 is over 100 per cent</source>
        <translation>target: %1 is over 100 per cent</translation>
    </message>
    <message>
        <source>budget: %1 baht is negative</source>
        <translation>budget: %1 baht is negative</translation>
    </message>
    <message>
        <source>months: %1 is not a month (1 to 12)</source>
        <translation>months: %1 is not a month (1 to 12)</translation>
    </message>
    <message>
        <source>virtues: “%1” is not one of %2</source>
        <translation>virtues: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>round: %1 is not 6, 9 or 12</source>
        <translation>round: %1 is not 6, 9 or 12</translation>
    </message>
    <message>
        <source>round %1 of %2 was locked on %3 by %4; a change needs an administrator&apos;s name and a reason, and is logged</source>
        <translation>round %1 of %2 was locked on %3 by %4; a change needs an administrator&apos;s name and a reason, and is logged</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>activity %1</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entry %1</translation>
    </message>
    <message>
        <source>%1: activity: the plan of %2 has no such activity</source>
        <translation>%1: activity: the plan of %2 has no such activity</translation>
    </message>
    <message>
        <source>%1: status: “%2” is not one of %3</source>
        <translation>%1: status: “%2” is not one of %3</translation>
    </message>
    <message>
        <source>%1: cancel_reason: say why the activity was cancelled</source>
        <translation>%1: cancel_reason: say why the activity was cancelled</translation>
    </message>
    <message>
        <source>%1: result: %2 is negative</source>
        <translation>%1: result: %2 is negative</translation>
    </message>
    <message>
        <source>%1: result: %2 is over 100 per cent</source>
        <translation>%1: result: %2 is over 100 per cent</translation>
    </message>
    <message>
        <source>%1: budget_spent: %2 baht is negative</source>
        <translation>%1: budget_spent: %2 baht is negative</translation>
    </message>
    <message>
        <source>%1: budget_spent: the activity uses no budget (ไม่ใช้งบประมาณ)</source>
        <translation>%1: budget_spent: the activity uses no budget (ไม่ใช้งบประมาณ)</translation>
    </message>
    <message>
        <source>%1: result: %2 is less than the %3 reported at %4 months; results are cumulative</source>
        <translation>%1: result: %2 is less than the %3 reported at %4 months; results are cumulative</translation>
    </message>
    <message>
        <source>%1: budget_spent: %2 baht is less than the %3 baht spent by %4 months; spending is cumulative</source>
        <translation>%1: budget_spent: %2 baht is less than the %3 baht spent by %4 months; spending is cumulative</translation>
    </message>
    <message>
        <source>%1 has no results: a header line (activity, result, budget_spent, status, …) and one line per activity are expected</source>
        <translation>%1 has no results: a header line (activity, result, budget_spent, status, …) and one line per activity are expected</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>%1, column activity: “%2” is not an activity of the plan of %3</source>
        <translation>%1, column activity: “%2” is not an activity of the plan of %3</translation>
    </message>
    <message>
        <source>%1, column result: “%2” is not a number</source>
        <translation>%1, column result: “%2” is not a number</translation>
    </message>
    <message>
        <source>%1, column budget_spent: “%2” is not an amount in baht</source>
        <translation>%1, column budget_spent: “%2” is not an amount in baht</translation>
    </message>
    <message>
        <source>%1 (activity %2)</source>
        <translation>%1 (activity %2)</translation>
    </message>
    <message>
        <source>round %1 of %2 is locked: only an administrator may change it (%3 is signed in)</source>
        <translation>round %1 of %2 is locked: only an administrator may change it (%3 is signed in)</translation>
    </message>
</context>
<context>
    <name>AccessText</name>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>integrity officer</source>
        <translation>integrity officer</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>executive</source>
        <translation>executive</translation>
    </message>
    <message>
        <source>“%1” is not a role; the roles are %2</source>
        <translation>“%1” is not a role; the roles are %2</translation>
    </message>
    <message>
        <source>a user needs at least one role</source>
        <translation>a user needs at least one role</translation>
    </message>
    <message>
        <source>enter complaints</source>
        <translation>enter complaints</translation>
    </message>
    <message>
        <source>open the complaint register</source>
        <translation>open the complaint register</translation>
    </message>
    <message>
        <source>record steps on cases</source>
        <translation>record steps on cases</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>change settings, holidays or the office&apos;s details</source>
        <translation>change settings, holidays or the office&apos;s details</translation>
    </message>
    <message>
        <source>back up or restore the register</source>
        <translation>back up or restore the register</translation>
    </message>
    <message>
        <source>see statistics and reports</source>
        <translation>see statistics and reports</translation>
    </message>
    <message>
        <source>change staff, declarations, gifts or the action plan</source>
        <translation>change staff, declarations, gifts or the action plan</translation>
    </message>
    <message>
        <source>see staff, declarations, gifts or the action plan</source>
        <translation>see staff, declarations, gifts or the action plan</translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation>see the audit trail</translation>
    </message>
    <message>
        <source>nobody is signed in: sign in to %1</source>
        <translation>nobody is signed in: sign in to %1</translation>
    </message>
    <message>
        <source>%1 may not %2</source>
        <translation>%1 may not %2</translation>
    </message>
    <message>
        <source>a password needs at least 8 characters</source>
        <translation>a password needs at least 8 characters</translation>
    </message>
    <message>
        <source>a password may not begin or end with a space</source>
        <translation>a password may not begin or end with a space</translation>
    </message>
    <message>
        <source>a user needs a sign-in name</source>
        <translation>a user needs a sign-in name</translation>
    </message>
    <message>
        <source>the sign-in name “%1” may not contain spaces or commas</source>
        <translation>the sign-in name “%1” may not contain spaces or commas</translation>
    </message>
    <message>
        <source>an officer needs a division: the cases assigned to it are hers</source>
        <translation>an officer needs a division: the cases assigned to it are hers</translation>
    </message>
    <message>
        <source>the password could not be protected (out of memory?); nothing was saved</source>
        <translation>the password could not be protected (out of memory?); nothing was saved</translation>
    </message>
    <message>
        <source>there is already a user “%1”</source>
        <translation>there is already a user “%1”</translation>
    </message>
    <message>
        <source>this register already has users: an administrator adds the others</source>
        <translation>this register already has users: an administrator adds the others</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>there is no user “%1”</translation>
    </message>
    <message>
        <source>“%1” is the last administrator: make someone else administrator first</source>
        <translation>“%1” is the last administrator: make someone else administrator first</translation>
    </message>
    <message>
        <source>you cannot disable yourself</source>
        <translation>you cannot disable yourself</translation>
    </message>
    <message>
        <source>the current password is wrong; the password was not changed</source>
        <translation>the current password is wrong; the password was not changed</translation>
    </message>
    <message>
        <source>type your sign-in name</source>
        <translation>type your sign-in name</translation>
    </message>
    <message numerus="yes">
        <source>too many wrong passwords for “%1”: wait %n second(s) and try again</source>
        <translation>
            <numerusform>too many wrong passwords for “%1”: wait %n second(s) and try again</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the user “%1” has been disabled; ask the administrator</source>
        <translation>the user “%1” has been disabled; ask the administrator</translation>
    </message>
    <message>
        <source>wrong name or password</source>
        <translation>wrong name or password</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>nobody is signed in</translation>
    </message>
</context>
<context>
    <name>AgendaText</name>
    <message>
        <source>meeting %1 is %2: its agenda is written before it is held</source>
        <translation>meeting %1 is %2: its agenda is written before it is held</translation>
    </message>
    <message>
        <source>sent: %1 is after today; record the agenda once it has gone to the members</source>
        <translation>sent: %1 is after today; record the agenda once it has gone to the members</translation>
    </message>
    <message>
        <source>sent: %1 is after the meeting (%2)</source>
        <translation>sent: %1 is after the meeting (%2)</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>%1: section: %2 is not 1 to 6; nothing was written</source>
        <translation>%1: section: %2 is not 1 to 6; nothing was written</translation>
    </message>
    <message>
        <source>%1: title: missing; nothing was written</source>
        <translation>%1: title: missing; nothing was written</translation>
    </message>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks its name (name); set it with “sujarit-cli office set”</translation>
    </message>
</context>
<context>
    <name>AnnouncementText</name>
    <message>
        <source>the office profile lacks %1; set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks %1; set it with “sujarit-cli office set”</translation>
    </message>
    <message>
        <source>the Garuda image %1 cannot be read</source>
        <translation>the Garuda image %1 cannot be read</translation>
    </message>
    <message>
        <source>there is no announcement %1</source>
        <translation>there is no announcement %1</translation>
    </message>
    <message>
        <source>announcement %1 is version %2; version %3 (announcement %4) replaced it: work on that one</source>
        <translation>announcement %1 is version %2; version %3 (announcement %4) replaced it: work on that one</translation>
    </message>
    <message>
        <source>%1 is not a fiscal year in the Buddhist era (e.g. 2570)</source>
        <translation>%1 is not a fiscal year in the Buddhist era (e.g. 2570)</translation>
    </message>
    <message>
        <source>kind: “%1” is not one of %2</source>
        <translation>kind: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>the office profile lacks its name (name): an announcement is the office&apos;s; set it first</source>
        <translation>the office profile lacks its name (name): an announcement is the office&apos;s; set it first</translation>
    </message>
    <message>
        <source>the conflict-of-interest measures are taken from the year&apos;s risk register, and fiscal year %1 has none yet (make it first)</source>
        <translation>the conflict-of-interest measures are taken from the year&apos;s risk register, and fiscal year %1 has none yet (make it first)</translation>
    </message>
    <message>
        <source>fiscal year %1 already has its %2 (announcement %3): revise it instead</source>
        <translation>fiscal year %1 already has its %2 (announcement %3): revise it instead</translation>
    </message>
    <message>
        <source>title: an announcement needs its title (เรื่อง)</source>
        <translation>title: an announcement needs its title (เรื่อง)</translation>
    </message>
    <message>
        <source>body: an announcement needs its text</source>
        <translation>body: an announcement needs its text</translation>
    </message>
    <message>
        <source>announcement %1 already says this; nothing changed</source>
        <translation>announcement %1 already says this; nothing changed</translation>
    </message>
    <message>
        <source>announcement %1 was signed on %2 by %3: a change is a new version, and it says why (a reason)</source>
        <translation>announcement %1 was signed on %2 by %3: a change is a new version, and it says why (a reason)</translation>
    </message>
    <message>
        <source>announcement %1 was signed already, on %2 by %3; to change it, revise it (a new version)</source>
        <translation>announcement %1 was signed already, on %2 by %3; to change it, revise it (a new version)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>date: %1 is after today; record a signing once it is done</source>
        <translation>date: %1 is after today; record a signing once it is done</translation>
    </message>
    <message>
        <source>by: “%1” is not the office&apos;s executive (%2 in the office profile) nor an executive on the staff list; the office&apos;s announcements and orders are signed by the executive</source>
        <translation>by: “%1” is not the office&apos;s executive (%2 in the office profile) nor an executive on the staff list; the office&apos;s announcements and orders are signed by the executive</translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 is %2 MB; at most %3 MB can be attached</source>
        <translation>%1 is %2 MB; at most %3 MB can be attached</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file</source>
        <translation>%1 is not a PDF, JPEG or PNG file</translation>
    </message>
    <message>
        <source>there is no complaint with id %1</source>
        <translation>there is no complaint with id %1</translation>
    </message>
    <message>
        <source>there is no attachment with id %1</source>
        <translation>there is no attachment with id %1</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>cannot read the audit trail: %1</source>
        <translation>cannot read the audit trail: %1</translation>
    </message>
    <message>
        <source>audit entry %1 (%2, %3 %4 %5)</source>
        <translation>audit entry %1 (%2, %3 %4 %5)</translation>
    </message>
    <message>
        <source>audit entries %1 to %2 are missing (deleted)</source>
        <translation>audit entries %1 to %2 are missing (deleted)</translation>
    </message>
    <message>
        <source>%1 is out of order</source>
        <translation>%1 is out of order</translation>
    </message>
    <message>
        <source>%1 was never sealed into the chain</source>
        <translation>%1 was never sealed into the chain</translation>
    </message>
    <message>
        <source>%1 does not follow the entry before it (entries removed or moved)</source>
        <translation>%1 does not follow the entry before it (entries removed or moved)</translation>
    </message>
    <message>
        <source>%1 has been changed since it was written</source>
        <translation>%1 has been changed since it was written</translation>
    </message>
    <message numerus="yes">
        <source>the audit trail is intact: %n entries, each in its place and unchanged</source>
        <translation>
            <numerusform>the audit trail is intact: %n entries, each in its place and unchanged</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a reason is needed to show a complainant&apos;s identity: say why it must be seen (the reason is kept in the audit trail)</source>
        <translation>a reason is needed to show a complainant&apos;s identity: say why it must be seen (the reason is kept in the audit trail)</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: there is no such file</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: cannot read it: %2</translation>
    </message>
    <message>
        <source>%1 is not a Sujarit backup: it is not an SQLite file (another kind of file, or a damaged one)</source>
        <translation>%1 is not a Sujarit backup: it is not an SQLite file (another kind of file, or a damaged one)</translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation>%1: cannot open it: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2)</source>
        <translation>%1 is damaged (SQLite&apos;s integrity check: %2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a Sujarit register</source>
        <translation>%1 is an SQLite file but not a Sujarit register</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sujarit (schema %2; this version knows up to %3); update Sujarit before restoring it</source>
        <translation>%1 was written by a newer version of Sujarit (schema %2; this version knows up to %3); update Sujarit before restoring it</translation>
    </message>
    <message>
        <source>cannot write %1: the folder cannot be made</source>
        <translation>cannot write %1: the folder cannot be made</translation>
    </message>
    <message>
        <source>%1 is the register itself; choose another file for the backup</source>
        <translation>%1 is the register itself; choose another file for the backup</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the backup written to %1 did not pass its check, so it was removed: %2</source>
        <translation>the backup written to %1 did not pass its check, so it was removed: %2</translation>
    </message>
    <message>
        <source>; the register was not changed</source>
        <translation>; the register was not changed</translation>
    </message>
    <message>
        <source>cannot make the backup folder %1</source>
        <translation>cannot make the backup folder %1</translation>
    </message>
    <message>
        <source>%1: its audit trail does not verify: %2</source>
        <translation>%1: its audit trail does not verify: %2</translation>
    </message>
    <message>
        <source>a register on a server is not overwritten in place: ask whoever looks after the server for a new empty database, and copy the backup into it with “sujarit-cli --db %1 migrate-to postgresql://…/NEW”; the register was not changed</source>
        <translation>a register on a server is not overwritten in place: ask whoever looks after the server for a new empty database, and copy the backup into it with “sujarit-cli --db %1 migrate-to postgresql://…/NEW”; the register was not changed</translation>
    </message>
    <message>
        <source>%1 is a database server; a backup is a file: choose a file on this PC or on a shared folder (to copy a register onto a server, use migrate-to)</source>
        <translation>%1 is a database server; a backup is a file: choose a file on this PC or on a shared folder (to copy a register onto a server, use migrate-to)</translation>
    </message>
    <message>
        <source>the backup was stopped before it was finished (Sujarit was closing); nothing of it was kept</source>
        <translation>the backup was stopped before it was finished (Sujarit was closing); nothing of it was kept</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder or a device, not a file</source>
        <translation>cannot write %1: it is a folder or a device, not a file</translation>
    </message>
    <message>
        <source>no backup was written to %1: the register could not record it in its audit trail: %2</source>
        <translation>no backup was written to %1: the register could not record it in its audit trail: %2</translation>
    </message>
    <message>
        <source>the register is in use by another program (another Sujarit?): close it on every PC, then restore</source>
        <translation>the register is in use by another program (another Sujarit?): close it on every PC, then restore</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>cannot make the folder %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot prepare the copy of %1: %2</source>
        <translation>cannot prepare the copy of %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened after copying (%2)</source>
        <translation>%1 could not be opened after copying (%2)</translation>
    </message>
    <message>
        <source>cannot make a temporary folder to check the backup in</source>
        <translation>cannot make a temporary folder to check the backup in</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (on %2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>it holds what Sujarit does not make: %1</source>
        <translation>it holds what Sujarit does not make: %1</translation>
    </message>
    <message>
        <source>these differ from what Sujarit makes: %1</source>
        <translation>these differ from what Sujarit makes: %1</translation>
    </message>
    <message>
        <source>these are missing: %1</source>
        <translation>these are missing: %1</translation>
    </message>
    <message>
        <source>its manifest says schema %1, the file is of schema %2</source>
        <translation>its manifest says schema %1, the file is of schema %2</translation>
    </message>
    <message>
        <source>its audit trail ends at entry %1 (%2 entries), but it was written ending at entry %3 (%4 entries): entries were removed or added after it was written</source>
        <translation>its audit trail ends at entry %1 (%2 entries), but it was written ending at entry %3 (%4 entries): entries were removed or added after it was written</translation>
    </message>
    <message>
        <source>it holds %1 complaints, but it was written with %2</source>
        <translation>it holds %1 complaints, but it was written with %2</translation>
    </message>
    <message>
        <source>its contents are not what was written into it: rows were changed after it was written (outside Sujarit)</source>
        <translation>its contents are not what was written into it: rows were changed after it was written (outside Sujarit)</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file</source>
        <translation>%1 is not an ordinary file</translation>
    </message>
    <message>
        <source>%1 says it is of schema %2, which no version of Sujarit writes: it is not a Sujarit backup, or it was altered</source>
        <translation>%1 says it is of schema %2, which no version of Sujarit writes: it is not a Sujarit backup, or it was altered</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 cannot be checked: %2</translation>
    </message>
    <message>
        <source>%1 is not as Sujarit writes a backup of schema %2, so it is not trusted: %3</source>
        <translation>%1 is not as Sujarit writes a backup of schema %2, so it is not trusted: %3</translation>
    </message>
    <message>
        <source>%1: its manifest is not one Sujarit writes</source>
        <translation>%1: its manifest is not one Sujarit writes</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: %2</source>
        <translation>%1 was changed after it was written: %2</translation>
    </message>
    <message>
        <source>%1 was written by a version of Sujarit that gives every backup a manifest, and its manifest has been removed: it is not trusted</source>
        <translation>%1 was written by a version of Sujarit that gives every backup a manifest, and its manifest has been removed: it is not trusted</translation>
    </message>
    <message>
        <source>the register recorded this backup (%1, made %2 by %3) differently when it made it: the file and its manifest were changed since, so it is not trusted</source>
        <translation>the register recorded this backup (%1, made %2 by %3) differently when it made it: the file and its manifest were changed since, so it is not trusted</translation>
    </message>
    <message>
        <source>it is a backup this register made, and its manifest has been removed: it is not trusted</source>
        <translation>it is a backup this register made, and its manifest has been removed: it is not trusted</translation>
    </message>
    <message>
        <source>It was written by an older Sujarit, without a manifest: its trail and tables are checked, but entries removed from the end of its trail, or rows changed with another program, could not be detected.</source>
        <translation>It was written by an older Sujarit, without a manifest: its trail and tables are checked, but entries removed from the end of its trail, or rows changed with another program, could not be detected.</translation>
    </message>
    <message>
        <source>Written %1 by %2; its audit trail ends at entry %3 as written, and its contents are as written.</source>
        <translation>Written %1 by %2; its audit trail ends at entry %3 as written, and its contents are as written.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>The register had recorded this backup when it made it, and it matches.</source>
        <translation>The register had recorded this backup when it made it, and it matches.</translation>
    </message>
    <message>
        <source>The register had no record of this backup (another register&apos;s, or one made before an earlier restore): it was checked by its own manifest.</source>
        <translation>The register had no record of this backup (another register&apos;s, or one made before an earlier restore): it was checked by its own manifest.</translation>
    </message>
    <message>
        <source>It was made before complainants&apos; identities were sealed: it holds their names and addresses in clear, for anyone who opens it. Keep it as safe as the paper files, or destroy it as the office&apos;s rules allow; a register restored from it is sealed again (with a new identity key and recovery sheet) when it is opened.</source>
        <translation>It was made before complainants&apos; identities were sealed: it holds their names and addresses in clear, for anyone who opens it. Keep it as safe as the paper files, or destroy it as the office&apos;s rules allow; a register restored from it is sealed again (with a new identity key and recovery sheet) when it is opened.</translation>
    </message>
</context>
<context>
    <name>CommitteeText</name>
    <message>
        <source>fiscal year %1 has no ethics committee yet (add its members with “committee add”)</source>
        <translation>fiscal year %1 has no ethics committee yet (add its members with “committee add”)</translation>
    </message>
    <message>
        <source>role: a committee has one %1, not %2 (%3)</source>
        <translation>role: a committee has one %1, not %2 (%3)</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>member %1</translation>
    </message>
    <message>
        <source>name: missing</source>
        <translation>name: missing</translation>
    </message>
    <message>
        <source>name: %1 is not on the staff list (add them with “staff add”)</source>
        <translation>name: %1 is not on the staff list (add them with “staff add”)</translation>
    </message>
    <message>
        <source>name: %1 left office on %2</source>
        <translation>name: %1 left office on %2</translation>
    </message>
    <message>
        <source>role: “%1” is not one of %2</source>
        <translation>role: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>name: %1 is on the committee of %2 already</source>
        <translation>name: %1 is on the committee of %2 already</translation>
    </message>
    <message>
        <source>; nothing was added</source>
        <translation>; nothing was added</translation>
    </message>
    <message>
        <source>%1 is not on the committee of %2</source>
        <translation>%1 is not on the committee of %2</translation>
    </message>
    <message>
        <source>name: the committee&apos;s name is missing</source>
        <translation>name: the committee&apos;s name is missing</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>goal %1</translation>
    </message>
    <message>
        <source>%1: goal: the text is missing; nothing was added</source>
        <translation>%1: goal: the text is missing; nothing was added</translation>
    </message>
    <message>
        <source>%1: plan_activity: the plan of %2 has no activity %3; nothing was added</source>
        <translation>%1: plan_activity: the plan of %2 has no activity %3; nothing was added</translation>
    </message>
    <message>
        <source>the committee of %1 has no goal %2</source>
        <translation>the committee of %1 has no goal %2</translation>
    </message>
    <message>
        <source>number: “%1” is not an order&apos;s number such as 12/2569</source>
        <translation>number: “%1” is not an order&apos;s number such as 12/2569</translation>
    </message>
    <message>
        <source>the committee of %1 has no members yet: an order appoints someone</source>
        <translation>the committee of %1 has no members yet: an order appoints someone</translation>
    </message>
</context>
<context>
    <name>CopyText</name>
    <message>
        <source>%1 already holds a register (users, complaints or an audit trail); a copy goes only into an empty one. Nothing was changed</source>
        <translation>%1 already holds a register (users, complaints or an audit trail); a copy goes only into an empty one. Nothing was changed</translation>
    </message>
    <message>
        <source>the two registers have different schemas (%1 and %2); open both with this version of Sujarit first</source>
        <translation>the two registers have different schemas (%1 and %2); open both with this version of Sujarit first</translation>
    </message>
    <message>
        <source>the table %1 differs between the two registers (%2)</source>
        <translation>the table %1 differs between the two registers (%2)</translation>
    </message>
    <message>
        <source>copying %1 failed: %2</source>
        <translation>copying %1 failed: %2</translation>
    </message>
    <message>
        <source>the copy could not be saved: %1</source>
        <translation>the copy could not be saved: %1</translation>
    </message>
    <message>
        <source>the copy of %1 is not the same as the original (%2 rows there, %3 in the copy)</source>
        <translation>the copy of %1 is not the same as the original (%2 rows there, %3 in the copy)</translation>
    </message>
    <message>
        <source>the audit trail does not check out: original: %1; copy: %2</source>
        <translation>the audit trail does not check out: original: %1; copy: %2</translation>
    </message>
    <message>
        <source>the copy&apos;s audit trail does not end where the original&apos;s does</source>
        <translation>the copy&apos;s audit trail does not end where the original&apos;s does</translation>
    </message>
    <message>
        <source>the copy was stopped before it was finished (Sujarit was closing); nothing of it was kept</source>
        <translation>the copy was stopped before it was finished (Sujarit was closing); nothing of it was kept</translation>
    </message>
    <message>
        <source>the register has no table %1</source>
        <translation>the register has no table %1</translation>
    </message>
</context>
<context>
    <name>CsvTableText</name>
    <message>
        <source>%1 is empty: a header line (%2) and a line for each entry are expected</source>
        <translation>%1 is empty: a header line (%2) and a line for each entry are expected</translation>
    </message>
    <message>
        <source>%1, line 1: column “%2” is not known; use %3</source>
        <translation>%1, line 1: column “%2” is not known; use %3</translation>
    </message>
    <message>
        <source>%1, line 1: the column “%2” is missing; use %3</source>
        <translation>%1, line 1: the column “%2” is missing; use %3</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>line %1: a quoted field opens here and is never closed (a &quot; is missing)</source>
        <translation>line %1: a quoted field opens here and is never closed (a &quot; is missing)</translation>
    </message>
    <message>
        <source>line %1: text follows the closing quote of a field; a quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation>line %1: text follows the closing quote of a field; a quote inside a quoted field must be written twice (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>CustodyText</name>
    <message>
        <source>the identity key could not be given to %1: the user&apos;s key pair is damaged</source>
        <translation>the identity key could not be given to %1: the user&apos;s key pair is damaged</translation>
    </message>
    <message>
        <source>the user&apos;s key could not be protected (out of memory?); nothing was saved</source>
        <translation>the user&apos;s key could not be protected (out of memory?); nothing was saved</translation>
    </message>
    <message>
        <source>libsodium cannot start: no key pair could be made</source>
        <translation>libsodium cannot start: no key pair could be made</translation>
    </message>
    <message>
        <source>%1 may not see who holds the identity key</source>
        <translation>%1 may not see who holds the identity key</translation>
    </message>
    <message>
        <source>this register has no identity key</source>
        <translation>this register has no identity key</translation>
    </message>
    <message>
        <source>this recovery key is not this register&apos;s, or the sheet was replaced by a newer one: nothing was changed</source>
        <translation>this recovery key is not this register&apos;s, or the sheet was replaced by a newer one: nothing was changed</translation>
    </message>
    <message>
        <source>%1 is not one who may hold the identity key: make the user an integrity officer first</source>
        <translation>%1 is not one who may hold the identity key: make the user an integrity officer first</translation>
    </message>
    <message>
        <source>%1 has no key pair yet: it is made at the user&apos;s next sign-in; let the user sign in once, then recover again</source>
        <translation>%1 has no key pair yet: it is made at the user&apos;s next sign-in; let the user sign in once, then recover again</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>there is no user “%1”</translation>
    </message>
    <message>
        <source>%1 does not hold the identity key: only a holder can make a new recovery sheet</source>
        <translation>%1 does not hold the identity key: only a holder can make a new recovery sheet</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Sujarit database: it is not an SQLite file (another kind of file, or a damaged one)</source>
        <translation>%1 is not a Sujarit database: it is not an SQLite file (another kind of file, or a damaged one)</translation>
    </message>
    <message>
        <source>there is no database at %1; create it with “sujarit-cli init”</source>
        <translation>there is no database at %1; create it with “sujarit-cli init”</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sujarit (schema %2; this version knows up to %3). It has not been changed; please update Sujarit.</source>
        <translation>%1 was written by a newer version of Sujarit (schema %2; this version knows up to %3). It has not been changed; please update Sujarit.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Sujarit register; it has not been changed</source>
        <translation>%1 is an SQLite database of another program, not a Sujarit register; it has not been changed</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1 failed; nothing was changed: %2</source>
        <translation>upgrading the database to schema %1 failed; nothing was changed: %2</translation>
    </message>
    <message>
        <source>cannot prepare the audit trail of %1: %2</source>
        <translation>cannot prepare the audit trail of %1: %2</translation>
    </message>
    <message>
        <source>the register&apos;s file or its folder is read-only, and Sujarit saves every change at once. Nothing was saved. Copy the register to a folder of yours, or ask whoever looks after this computer to allow writing to it</source>
        <translation>the register&apos;s file or its folder is read-only, and Sujarit saves every change at once. Nothing was saved. Copy the register to a folder of yours, or ask whoever looks after this computer to allow writing to it</translation>
    </message>
    <message numerus="yes">
        <source>the register is busy: another program (another Sujarit?) has kept it locked for more than %n second(s). Nothing was saved; try again in a moment</source>
        <translation>
            <numerusform>the register is busy: another program (another Sujarit?) has kept it locked for more than %n second(s). Nothing was saved; try again in a moment</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full. Nothing was saved and nothing already saved was harmed; free some space on the disk and try again</source>
        <translation>the disk is full. Nothing was saved and nothing already saved was harmed; free some space on the disk and try again</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Sujarit database (%2). It has not been changed; restore the newest backup (File → Restore…, or sujarit-cli restore FILE)</source>
        <translation>%1 is damaged or is not a Sujarit database (%2). It has not been changed; restore the newest backup (File → Restore…, or sujarit-cli restore FILE)</translation>
    </message>
    <message>
        <source>the connection to the database server %1 was lost or refused (restarted, switched off, or the network is down). What was being saved was not kept; Sujarit reconnects by itself: try again in a moment, and call whoever looks after the server if it goes on</source>
        <translation>the connection to the database server %1 was lost or refused (restarted, switched off, or the network is down). What was being saved was not kept; Sujarit reconnects by itself: try again in a moment, and call whoever looks after the server if it goes on</translation>
    </message>
    <message>
        <source>this Sujarit cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is missing (on Debian, install libqt6sql6-psql)</source>
        <translation>this Sujarit cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is missing (on Debian, install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the server %1 asks for %2&apos;s password: give it when asked, or put it in PGPASSWORD or the .pgpass file</source>
        <translation>the server %1 asks for %2&apos;s password: give it when asked, or put it in PGPASSWORD or the .pgpass file</translation>
    </message>
    <message>
        <source>the server %1 refused %2&apos;s password</source>
        <translation>the server %1 refused %2&apos;s password</translation>
    </message>
    <message>
        <source>the server has no database “%1”; ask whoever looks after the server to create it (createdb -O %2 %1), then run “sujarit-cli init”</source>
        <translation>the server has no database “%1”; ask whoever looks after the server to create it (createdb -O %2 %1), then run “sujarit-cli init”</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare the connection to %1: %2</source>
        <translation>cannot prepare the connection to %1: %2</translation>
    </message>
    <message>
        <source>the database %1 holds another program&apos;s tables, not a Sujarit register; it has not been changed</source>
        <translation>the database %1 holds another program&apos;s tables, not a Sujarit register; it has not been changed</translation>
    </message>
    <message>
        <source>there is no Sujarit register in %1 yet; create it with “sujarit-cli --db %1 init”</source>
        <translation>there is no Sujarit register in %1 yet; create it with “sujarit-cli --db %1 init”</translation>
    </message>
    <message>
        <source>the database %1 stores text as %2, which cannot hold Thai; ask whoever looks after the server for a UTF-8 database (createdb -E UTF8 -T template0 …); nothing was changed</source>
        <translation>the database %1 stores text as %2, which cannot hold Thai; ask whoever looks after the server for a UTF-8 database (createdb -E UTF8 -T template0 …); nothing was changed</translation>
    </message>
    <message>
        <source>the connection to the database server %1 was lost just as the save was being confirmed, and the server could not be asked whether it kept it. Look for it in the register before entering it again</source>
        <translation>the connection to the database server %1 was lost just as the save was being confirmed, and the server could not be asked whether it kept it. Look for it in the register before entering it again</translation>
    </message>
    <message>
        <source>%1 says it is of schema %2, which no version of Sujarit writes: it is not a Sujarit register, or it was altered outside Sujarit. It has not been changed</source>
        <translation>%1 says it is of schema %2, which no version of Sujarit writes: it is not a Sujarit register, or it was altered outside Sujarit. It has not been changed</translation>
    </message>
    <message>
        <source>this register is at schema %1, which this version of Sujarit cannot bring up to %2. It has not been changed</source>
        <translation>this register is at schema %1, which this version of Sujarit cannot bring up to %2. It has not been changed</translation>
    </message>
    <message>
        <source>(an upgrade changes the schema, which only its owner may: run sujarit-cli init with the address of the role that made the register)</source>
        <translation>(an upgrade changes the schema, which only its owner may: run sujarit-cli init with the address of the role that made the register)</translation>
    </message>
    <message>
        <source>a register in a file has no server roles to grant to</source>
        <translation>a register in a file has no server roles to grant to</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL role name Sujarit grants to: lower-case letters, digits and _, starting with a letter</source>
        <translation>“%1” is not a PostgreSQL role name Sujarit grants to: lower-case letters, digits and _, starting with a letter</translation>
    </message>
    <message>
        <source>only the owner of the register&apos;s tables grants its rows to the PCs&apos; role: run this as the role that ran init</source>
        <translation>only the owner of the register&apos;s tables grants its rows to the PCs&apos; role: run this as the role that ran init</translation>
    </message>
    <message>
        <source>the server has no role “%1”: create it first (CREATE ROLE %1 NOLOGIN; then GRANT %1 TO each PC&apos;s login role)</source>
        <translation>the server has no role “%1”: create it first (CREATE ROLE %1 NOLOGIN; then GRANT %1 TO each PC&apos;s login role)</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>“%1” is not a real date: %2 %3 has %4 days, not %5</source>
        <translation>“%1” is not a real date: %2 %3 has %4 days, not %5</translation>
    </message>
    <message>
        <source>“%1” is not a real date: there is no month %2</source>
        <translation>“%1” is not a real date: there is no month %2</translation>
    </message>
    <message>
        <source>“%1” has an impossible time of day</source>
        <translation>“%1” has an impossible time of day</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>the date is empty</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a Thai month name</source>
        <translation>“%1”: “%2” is not a Thai month name</translation>
    </message>
    <message>
        <source>“%1” is not a date Sujarit can read; write it like 15/1/2568, 15 ม.ค. 2568 or 2025-01-15, with an optional time such as 09.30 น.</source>
        <translation>“%1” is not a date Sujarit can read; write it like 15/1/2568, 15 ม.ค. 2568 or 2025-01-15, with an optional time such as 09.30 น.</translation>
    </message>
    <message>
        <source>“%1”: a date without a time of day is expected here</source>
        <translation>“%1”: a date without a time of day is expected here</translation>
    </message>
    <message>
        <source>“%1”: the year was read as %2 of the Buddhist era (พ.ศ.; a year of 2400 or more is taken as พ.ศ.), that is %3 CE, which is out of range: Sujarit takes พ.ศ. 2443 to 2743 (1900 to 2200 CE)</source>
        <translation>“%1”: the year was read as %2 of the Buddhist era (พ.ศ.; a year of 2400 or more is taken as พ.ศ.), that is %3 CE, which is out of range: Sujarit takes พ.ศ. 2443 to 2743 (1900 to 2200 CE)</translation>
    </message>
    <message>
        <source>“%1”: the year was read as %2 of the Christian era (ค.ศ.; a four-digit year under 2400 is taken as ค.ศ.), which is out of range: Sujarit takes 1900 to 2200 CE (พ.ศ. 2443 to 2743)</source>
        <translation>“%1”: the year was read as %2 of the Christian era (ค.ศ.; a four-digit year under 2400 is taken as ค.ศ.), which is out of range: Sujarit takes 1900 to 2200 CE (พ.ศ. 2443 to 2743)</translation>
    </message>
</context>
<context>
    <name>DeclarationFormText</name>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks its name (name); set it with “sujarit-cli office set”</translation>
    </message>
</context>
<context>
    <name>DeclarationText</name>
    <message>
        <source>declaration %1: %2</source>
        <translation>declaration %1: %2</translation>
    </message>
    <message>
        <source>there is no declaration %1</source>
        <translation>there is no declaration %1</translation>
    </message>
</context>
<context>
    <name>DecodingText</name>
    <message>
        <source>In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”.</source>
        <translation>In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>this is an Excel workbook (.xlsx) or another zip file, not a CSV file. %1</source>
        <translation>this is an Excel workbook (.xlsx) or another zip file, not a CSV file. %1</translation>
    </message>
    <message>
        <source>this is an old Excel workbook (.xls), not a CSV file. %1</source>
        <translation>this is an old Excel workbook (.xls), not a CSV file. %1</translation>
    </message>
    <message>
        <source>the file says it is UTF-8 but contains bytes that are not UTF-8; it is damaged or was saved in two encodings. %1</source>
        <translation>the file says it is UTF-8 but contains bytes that are not UTF-8; it is damaged or was saved in two encodings. %1</translation>
    </message>
    <message>
        <source>the file says it is UTF-16 but cannot be read as such. %1</source>
        <translation>the file says it is UTF-16 but cannot be read as such. %1</translation>
    </message>
    <message>
        <source>line %1 holds a NUL byte: this is not a text file. %2</source>
        <translation>line %1 holds a NUL byte: this is not a text file. %2</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Thai Windows-874: byte 0x%1 on line %2 cannot be read. %3</source>
        <translation>the file is neither UTF-8 nor Thai Windows-874: byte 0x%1 on line %2 cannot be read. %3</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Thai Windows-874 (line %1 does not read as Thai text in either). %2</source>
        <translation>the file is neither UTF-8 nor Thai Windows-874 (line %1 does not read as Thai text in either). %2</translation>
    </message>
    <message>
        <source>the file is UTF-8, but byte 0x%1 on line %2 is not (a damaged file, or text pasted in from another encoding). %3</source>
        <translation>the file is UTF-8, but byte 0x%1 on line %2 is not (a damaged file, or text pasted in from another encoding). %3</translation>
    </message>
</context>
<context>
    <name>DeedText</name>
    <message>
        <source>deed %1</source>
        <translation>deed %1</translation>
    </message>
    <message>
        <source>staff: missing</source>
        <translation>staff: missing</translation>
    </message>
    <message>
        <source>staff: %1 is not on the staff list (add them with “staff add”)</source>
        <translation>staff: %1 is not on the staff list (add them with “staff add”)</translation>
    </message>
    <message>
        <source>date: missing</source>
        <translation>date: missing</translation>
    </message>
    <message>
        <source>date: %1 is after today; record a deed once it is done</source>
        <translation>date: %1 is after today; record a deed once it is done</translation>
    </message>
    <message>
        <source>date: %1 is not in fiscal year %2 (%3 – %4)</source>
        <translation>date: %1 is not in fiscal year %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>date: %1 left office on %2</source>
        <translation>date: %1 left office on %2</translation>
    </message>
    <message>
        <source>deed: missing (what was done)</source>
        <translation>deed: missing (what was done)</translation>
    </message>
    <message>
        <source>virtue: missing</source>
        <translation>virtue: missing</translation>
    </message>
    <message>
        <source>certified_by: missing (who certifies it)</source>
        <translation>certified_by: missing (who certifies it)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was added</source>
        <translation>%1: %2; nothing was added</translation>
    </message>
    <message>
        <source>staff: %1 is not on the staff list</source>
        <translation>staff: %1 is not on the staff list</translation>
    </message>
    <message>
        <source>there is no good deed %1</source>
        <translation>there is no good deed %1</translation>
    </message>
</context>
<context>
    <name>DialectText</name>
    <message>
        <source>“%1” is not a server address Sujarit understands: %2. Write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>“%1” is not a server address Sujarit understands: %2. Write it as postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>the server&apos;s name is missing</source>
        <translation>the server&apos;s name is missing</translation>
    </message>
    <message>
        <source>the database&apos;s name is missing after the server</source>
        <translation>the database&apos;s name is missing after the server</translation>
    </message>
    <message>
        <source>the user name is missing before the “@”</source>
        <translation>the user name is missing before the “@”</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file</source>
        <translation>%1 is not a PDF, JPEG or PNG file</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB</source>
        <translation>%1 is larger than 50 MB</translation>
    </message>
    <message>
        <source>there is no evidence file %1 here</source>
        <translation>there is no evidence file %1 here</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks its name (name); set it with “sujarit-cli office set”</translation>
    </message>
    <message>
        <source>“%1” is not a format: xlsx, pdf, csv or json</source>
        <translation>“%1” is not a format: xlsx, pdf, csv or json</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Excel (.xlsx)…</source>
        <translation>Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed</source>
        <translation>the text is %1 characters long; at most %2 are allowed</translation>
    </message>
    <message>
        <source>“%1” is not a receipt number; write it as running number/BE year, e.g. 12/2568</source>
        <translation>“%1” is not a receipt number; write it as running number/BE year, e.g. 12/2568</translation>
    </message>
    <message>
        <source>the date of receipt is missing</source>
        <translation>the date of receipt is missing</translation>
    </message>
    <message>
        <source>“%1” is in the future</source>
        <translation>“%1” is in the future</translation>
    </message>
    <message>
        <source>the channel is missing; use one of: %1</source>
        <translation>the channel is missing; use one of: %1</translation>
    </message>
    <message>
        <source>“%1” is not a known channel; use a code (%2) or its Thai name</source>
        <translation>“%1” is not a known channel; use a code (%2) or its Thai name</translation>
    </message>
    <message>
        <source>the category is missing; use one of: %1</source>
        <translation>the category is missing; use one of: %1</translation>
    </message>
    <message>
        <source>“%1” is not a known category; use a code (%2) or its Thai name</source>
        <translation>“%1” is not a known category; use a code (%2) or its Thai name</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no (ใช่/ไม่ใช่)</source>
        <translation>“%1” is neither yes nor no (ใช่/ไม่ใช่)</translation>
    </message>
    <message>
        <source>“%1” is not an age in years (1–120)</source>
        <translation>“%1” is not an age in years (1–120)</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1” is not an e-mail address</translation>
    </message>
    <message>
        <source>“%1” is not a valid national ID (13 digits with a correct check digit)</source>
        <translation>“%1” is not a valid national ID (13 digits with a correct check digit)</translation>
    </message>
    <message>
        <source>the complaint is marked anonymous but names the complainant; clear the complainant&apos;s details or mark it not anonymous</source>
        <translation>the complaint is marked anonymous but names the complainant; clear the complainant&apos;s details or mark it not anonymous</translation>
    </message>
    <message>
        <source>the complainant&apos;s name is missing; give it, or mark the complaint anonymous (ไม่ประสงค์ออกนาม)</source>
        <translation>the complainant&apos;s name is missing; give it, or mark the complaint anonymous (ไม่ประสงค์ออกนาม)</translation>
    </message>
    <message>
        <source>the subject (เรื่อง) is missing</source>
        <translation>the subject (เรื่อง) is missing</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1 to the disk</source>
        <translation>cannot write %1 to the disk</translation>
    </message>
    <message>
        <source>cannot put %1 in place of %2: %3</source>
        <translation>cannot put %1 in place of %2: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 Sujarit accepts; nothing was read from it</source>
        <translation>%1 is larger than the %2 Sujarit accepts; nothing was read from it</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: there is no such file</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 is a folder, not a file</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device, a pipe or a socket); give Sujarit a file saved on the disk</source>
        <translation>%1 is not an ordinary file (a device, a pipe or a socket); give Sujarit a file saved on the disk</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 Sujarit accepts (%3); nothing was read from it</source>
        <translation>%1 is larger than the %2 Sujarit accepts (%3); nothing was read from it</translation>
    </message>
</context>
<context>
    <name>FolderText</name>
    <message>
        <source>%1 cannot hold a pack: choose a folder of its own</source>
        <translation>%1 cannot hold a pack: choose a folder of its own</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot put the earlier folder %1 back in place of %2</source>
        <translation>cannot put the earlier folder %1 back in place of %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>the folder %1 is not empty and was not written by Sujarit; choose an empty folder, or one Sujarit wrote before</source>
        <translation>the folder %1 is not empty and was not written by Sujarit; choose an empty folder, or one Sujarit wrote before</translation>
    </message>
    <message>
        <source>the folder %1 holds %2, which Sujarit did not write; move it elsewhere or choose another folder</source>
        <translation>the folder %1 holds %2, which Sujarit did not write; move it elsewhere or choose another folder</translation>
    </message>
    <message>
        <source>cannot write in the folder %1</source>
        <translation>cannot write in the folder %1</translation>
    </message>
    <message>
        <source>nothing was prepared to write into %1</source>
        <translation>nothing was prepared to write into %1</translation>
    </message>
    <message>
        <source>cannot put the new folder in place of %1</source>
        <translation>cannot put the new folder in place of %1</translation>
    </message>
    <message>
        <source>cannot move the earlier folder %1 aside; is one of its files open in another program? Close it and try again</source>
        <translation>cannot move the earlier folder %1 aside; is one of its files open in another program? Close it and try again</translation>
    </message>
</context>
<context>
    <name>FormText</name>
    <message>
        <source>the office profile lacks %1; set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks %1; set it with “sujarit-cli office set”</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>left office on %1</source>
        <translation>left office on %1</translation>
    </message>
</context>
<context>
    <name>GiftText</name>
    <message>
        <source>receiver: the official who received the gift is missing</source>
        <translation>receiver: the official who received the gift is missing</translation>
    </message>
    <message>
        <source>giver: who gave the gift is missing</source>
        <translation>giver: who gave the gift is missing</translation>
    </message>
    <message>
        <source>date: the day the gift was received is missing or impossible</source>
        <translation>date: the day the gift was received is missing or impossible</translation>
    </message>
    <message>
        <source>value: %1 baht is negative; a gift&apos;s value is 0 or more</source>
        <translation>value: %1 baht is negative; a gift&apos;s value is 0 or more</translation>
    </message>
    <message>
        <source>relation: “%1” is not one of %2</source>
        <translation>relation: “%1” is not one of %2</translation>
    </message>
</context>
<context>
    <name>HolidayText</name>
    <message>
        <source>the holiday&apos;s date is not a valid date</source>
        <translation>the holiday&apos;s date is not a valid date</translation>
    </message>
    <message>
        <source>the holiday needs a name</source>
        <translation>the holiday needs a name</translation>
    </message>
    <message>
        <source>%1 is already a holiday (%2)</source>
        <translation>%1 is already a holiday (%2)</translation>
    </message>
    <message>
        <source>%1 is not in the holiday table</source>
        <translation>%1 is not in the holiday table</translation>
    </message>
    <message>
        <source>a deadline must be between 0 and 365 days</source>
        <translation>a deadline must be between 0 and 365 days</translation>
    </message>
    <message>
        <source>“%1” is not a deadline clock</source>
        <translation>“%1” is not a deadline clock</translation>
    </message>
    <message>
        <source>%1 is not a computed day: there is nothing to confirm</source>
        <translation>%1 is not a computed day: there is nothing to confirm</translation>
    </message>
    <message>
        <source>computed — awaiting the Cabinet&apos;s announcement</source>
        <translation>computed — awaiting the Cabinet&apos;s announcement</translation>
    </message>
    <message>
        <source>counts the holidays of %1 as Sujarit computed them; the Cabinet has not announced that year&apos;s days yet, and an extra day it adds will move this deadline</source>
        <translation>counts the holidays of %1 as Sujarit computed them; the Cabinet has not announced that year&apos;s days yet, and an extra day it adds will move this deadline</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Open the &amp;holidays</source>
        <translation>Open the &amp;holidays</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>row %1, column %2: %3</translation>
    </message>
    <message>
        <source>the header names the same column twice: “%1” and “%2” (columns %3 and %4)</source>
        <translation>the header names the same column twice: “%1” and “%2” (columns %3 and %4)</translation>
    </message>
    <message>
        <source>the header row lacks the required column(s) %1; the header is: %2</source>
        <translation>the header row lacks the required column(s) %1; the header is: %2</translation>
    </message>
    <message>
        <source>the row has %1 values but the header has %2 columns (a comma inside a value that is not in quotes?)</source>
        <translation>the row has %1 values but the header has %2 columns (a comma inside a value that is not in quotes?)</translation>
    </message>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>the file is empty: it has no header row</translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation> … and %1 more</translation>
    </message>
    <message>
        <source>receipt number %1 is in the file twice (rows %2 and %3)</source>
        <translation>receipt number %1 is in the file twice (rows %2 and %3)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Position of the receiver</source>
        <translation>Position of the receiver</translation>
    </message>
    <message>
        <source>The complainant gives no name (anonymous)</source>
        <translation>The complainant gives no name (anonymous)</translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation>Complainant&apos;s name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Address (house no., moo, subdistrict, district, province, postcode)</source>
        <translation>Address (house no., moo, subdistrict, district, province, postcode)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Allegation, in the complainant&apos;s words</source>
        <translation>Allegation, in the complainant&apos;s words</translation>
    </message>
    <message>
        <source>Action requested</source>
        <translation>Action requested</translation>
    </message>
    <message>
        <source>Accused: name</source>
        <translation>Accused: name</translation>
    </message>
    <message>
        <source>Accused: position</source>
        <translation>Accused: position</translation>
    </message>
    <message>
        <source>Accused: division or unit</source>
        <translation>Accused: division or unit</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Where it happened</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>Evidence enclosed</source>
        <translation>Evidence enclosed</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>&amp;Add an item</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Remove the item</translation>
    </message>
    <message>
        <source>Print the &amp;receipt…</source>
        <translation>Print the &amp;receipt…</translation>
    </message>
    <message>
        <source>Print the complaint &amp;form…</source>
        <translation>Print the complaint &amp;form…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>15/1/2568 09.30 น.</source>
        <translation>15/1/2568 09.30 น.</translation>
    </message>
    <message>
        <source>house no., moo, road</source>
        <translation>house no., moo, road</translation>
    </message>
    <message>
        <source>subdistrict, district or province: type to find it</source>
        <translation>subdistrict, district or province: type to find it</translation>
    </message>
</context>
<context>
    <name>ItaText</name>
    <message>
        <source>the item code “%1” is not one or two letters and a number, such as O19</source>
        <translation>the item code “%1” is not one or two letters and a number, such as O19</translation>
    </message>
    <message>
        <source>the ITA item list of %1 kept in the settings (%2) cannot be read: %3</source>
        <translation>the ITA item list of %1 kept in the settings (%2) cannot be read: %3</translation>
    </message>
    <message>
        <source>the ITA item list of %1 kept in the settings has an item that is not whole (%2)</source>
        <translation>the ITA item list of %1 kept in the settings has an item that is not whole (%2)</translation>
    </message>
    <message>
        <source>%1 is not something Sujarit writes; it writes %2</source>
        <translation>%1 is not something Sujarit writes; it writes %2</translation>
    </message>
    <message>
        <source>a new item %1 needs its title (--title)</source>
        <translation>a new item %1 needs its title (--title)</translation>
    </message>
    <message>
        <source>%1 has no ITA item %2</source>
        <translation>%1 has no ITA item %2</translation>
    </message>
    <message>
        <source>%1 is already the item “%2” of %3; give the statistics another code</source>
        <translation>%1 is already the item “%2” of %3; give the statistics another code</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>“%1” is not a field of a complaint</source>
        <translation>“%1” is not a field of a complaint</translation>
    </message>
    <message>
        <source>each evidence item needs a description and a number of sets of at least 1</source>
        <translation>each evidence item needs a description and a number of sets of at least 1</translation>
    </message>
    <message>
        <source>“%1” must be text, a number or true/false</source>
        <translation>“%1” must be text, a number or true/false</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>a NUL character</translation>
    </message>
    <message>
        <source>half of a UTF-16 pair (a lone surrogate)</source>
        <translation>half of a UTF-16 pair (a lone surrogate)</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 holds %2</translation>
    </message>
    <message>
        <source>%1[%2]</source>
        <translation>%1[%2]</translation>
    </message>
    <message>
        <source>the key “%1” holds %2</source>
        <translation>the key “%1” holds %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at character %2</source>
        <translation>it is not valid JSON: %1 at character %2</translation>
    </message>
    <message>
        <source>the key “%1” is written twice in one object (at character %2): which one is meant?</source>
        <translation>the key “%1” is written twice in one object (at character %2): which one is meant?</translation>
    </message>
    <message>
        <source>%1, which a register does not keep</source>
        <translation>%1, which a register does not keep</translation>
    </message>
</context>
<context>
    <name>LetterText</name>
    <message>
        <source>%1 is anonymous: there is no complainant to write to</source>
        <translation>%1 is anonymous: there is no complainant to write to</translation>
    </message>
    <message>
        <source>the office profile lacks %1; set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks %1; set it with “sujarit-cli office set”</translation>
    </message>
    <message>
        <source>%1 has no result yet: record the conclusion with a note (complaints step %1 concluded --note …), or give the result with --result</source>
        <translation>%1 has no result yet: record the conclusion with a note (complaints step %1 concluded --note …), or give the result with --result</translation>
    </message>
    <message>
        <source>the Garuda image %1 cannot be read</source>
        <translation>the Garuda image %1 cannot be read</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sujarit — complaint register</source>
        <translation>Sujarit — complaint register</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>subject, allegation, complainant or accused</source>
        <translation>subject, allegation, complainant or accused</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>S&amp;tep:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Import register (CSV)…</source>
        <translation>&amp;Import register (CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Complaint &amp;form of this case…</source>
        <translation>Complaint &amp;form of this case…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Receipt for the complainant…</source>
        <translation>&amp;Receipt for the complainant…</translation>
    </message>
    <message>
        <source>&amp;Acknowledgement letter…</source>
        <translation>&amp;Acknowledgement letter…</translation>
    </message>
    <message>
        <source>Re&amp;sult letter…</source>
        <translation>Re&amp;sult letter…</translation>
    </message>
    <message>
        <source>&amp;Blank complaint form…</source>
        <translation>&amp;Blank complaint form…</translation>
    </message>
    <message>
        <source>Re&amp;gister of the fiscal year…</source>
        <translation>Re&amp;gister of the fiscal year…</translation>
    </message>
    <message>
        <source>Register, &amp;circulation copy (no names)…</source>
        <translation>Register, &amp;circulation copy (no names)…</translation>
    </message>
    <message>
        <source>&amp;Quarterly summary for the executive…</source>
        <translation>&amp;Quarterly summary for the executive…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Record a step…</source>
        <translation>&amp;Record a step…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Attach a scan…</source>
        <translation>&amp;Attach a scan…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Integrity</source>
        <translation>&amp;Integrity</translation>
    </message>
    <message>
        <source>Conflict of interest: &amp;declarations and gifts…</source>
        <translation>Conflict of interest: &amp;declarations and gifts…</translation>
    </message>
    <message>
        <source>Ethics and anti-corruption &amp;action plan…</source>
        <translation>Ethics and anti-corruption &amp;action plan…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Show the &amp;complainant…</source>
        <translation>Show the &amp;complainant…</translation>
    </message>
    <message>
        <source>The complainant&apos;s name is hidden; showing it asks for a reason, which goes into the case&apos;s trail</source>
        <translation>The complainant&apos;s name is hidden; showing it asks for a reason, which goes into the case&apos;s trail</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Case &amp;trail…</source>
        <translation>Case &amp;trail…</translation>
    </message>
    <message>
        <source>&amp;My division&apos;s cases</source>
        <translation>&amp;My division&apos;s cases</translation>
    </message>
    <message>
        <source>Only the cases assigned to your division</source>
        <translation>Only the cases assigned to your division</translation>
    </message>
    <message>
        <source>Corruption &amp;risks: assessment, measures, follow-up…</source>
        <translation>Corruption &amp;risks: assessment, measures, follow-up…</translation>
    </message>
    <message>
        <source>A&amp;nnouncements and the No Gift culture…</source>
        <translation>A&amp;nnouncements and the No Gift culture…</translation>
    </message>
    <message>
        <source>Annual &amp;statistics…</source>
        <translation>Annual &amp;statistics…</translation>
    </message>
    <message>
        <source>&amp;ITA: the integrity section of the year…</source>
        <translation>&amp;ITA: the integrity section of the year…</translation>
    </message>
    <message>
        <source>&amp;Monthly complaint report for the executive…</source>
        <translation>&amp;Monthly complaint report for the executive…</translation>
    </message>
    <message>
        <source>The &amp;ethics committee: members, goals, its order…</source>
        <translation>The &amp;ethics committee: members, goals, its order…</translation>
    </message>
    <message>
        <source>The &amp;moral organisation: self-assessment, virtues, good deeds, outstanding officials…</source>
        <translation>The &amp;moral organisation: self-assessment, virtues, good deeds, outstanding officials…</translation>
    </message>
</context>
<context>
    <name>ManualText</name>
    <message>
        <source>the office profile lacks %1; set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks %1; set it with “sujarit-cli office set”</translation>
    </message>
</context>
<context>
    <name>MeetingText</name>
    <message>
        <source>every: %1 is not 1 or 2 (months)</source>
        <translation>every: %1 is not 1 or 2 (months)</translation>
    </message>
    <message>
        <source>day: give a day of the month, or a weekday and a week, not both</source>
        <translation>day: give a day of the month, or a weekday and a week, not both</translation>
    </message>
    <message>
        <source>day: %1 is not 1 to 28</source>
        <translation>day: %1 is not 1 to 28</translation>
    </message>
    <message>
        <source>weekday and week: say when in the month (the 2nd Tuesday: weekday 2, week 2), or give a day</source>
        <translation>weekday and week: say when in the month (the 2nd Tuesday: weekday 2, week 2), or give a day</translation>
    </message>
    <message>
        <source>weekday: %1 is not 1 (Monday) to 5 (Friday)</source>
        <translation>weekday: %1 is not 1 (Monday) to 5 (Friday)</translation>
    </message>
    <message>
        <source>week: %1 is not 1 to 4</source>
        <translation>week: %1 is not 1 to 4</translation>
    </message>
    <message>
        <source>date: missing or impossible</source>
        <translation>date: missing or impossible</translation>
    </message>
    <message>
        <source>date: %1 is not in fiscal year %2</source>
        <translation>date: %1 is not in fiscal year %2</translation>
    </message>
    <message>
        <source>date: %1 is not a working day</source>
        <translation>date: %1 is not a working day</translation>
    </message>
    <message>
        <source>fiscal year %1 has no ethics committee yet (add its members with “committee add”)</source>
        <translation>fiscal year %1 has no ethics committee yet (add its members with “committee add”)</translation>
    </message>
    <message>
        <source>%1 of the meetings of %2 have gone past planning (an agenda sent, a meeting held); move, add or cancel meetings one by one instead</source>
        <translation>%1 of the meetings of %2 have gone past planning (an agenda sent, a meeting held); move, add or cancel meetings one by one instead</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>there is no meeting %1</translation>
    </message>
    <message>
        <source>meeting %1 is %2: only a meeting still to come is moved</source>
        <translation>meeting %1 is %2: only a meeting still to come is moved</translation>
    </message>
    <message>
        <source>reason: say why the meeting is moved</source>
        <translation>reason: say why the meeting is moved</translation>
    </message>
    <message>
        <source>meeting %1 is %2: only a meeting still to come is cancelled</source>
        <translation>meeting %1 is %2: only a meeting still to come is cancelled</translation>
    </message>
    <message>
        <source>reason: say why the meeting is cancelled</source>
        <translation>reason: say why the meeting is cancelled</translation>
    </message>
    <message>
        <source>agenda days: %1 is not 0 to 60</source>
        <translation>agenda days: %1 is not 0 to 60</translation>
    </message>
</context>
<context>
    <name>MinutesText</name>
    <message>
        <source>meeting %1 has no minutes yet</source>
        <translation>meeting %1 has no minutes yet</translation>
    </message>
    <message>
        <source>meeting %1 was cancelled (%2): it has no minutes</source>
        <translation>meeting %1 was cancelled (%2): it has no minutes</translation>
    </message>
    <message>
        <source>meeting %1 is on %2, still to come: write its minutes once it is held</source>
        <translation>meeting %1 is on %2, still to come: write its minutes once it is held</translation>
    </message>
    <message>
        <source>%1: %2 is not on the committee of %3</source>
        <translation>%1: %2 is not on the committee of %3</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation>%1: %2 is listed twice</translation>
    </message>
    <message>
        <source>; nothing was written</source>
        <translation>; nothing was written</translation>
    </message>
    <message>
        <source>absent: say why %1 did not come; nothing was written</source>
        <translation>absent: say why %1 did not come; nothing was written</translation>
    </message>
    <message>
        <source>attendees: %1 is neither present nor absent; nothing was written</source>
        <translation>attendees: %1 is neither present nor absent; nothing was written</translation>
    </message>
    <message>
        <source>item %1: section: %2 is not 1 to 6; nothing was written</source>
        <translation>item %1: section: %2 is not 1 to 6; nothing was written</translation>
    </message>
    <message>
        <source>item %1: title: missing; nothing was written</source>
        <translation>item %1: title: missing; nothing was written</translation>
    </message>
    <message>
        <source>item %1: resolution: what did the meeting resolve (มติที่ประชุม)? nothing was written</source>
        <translation>item %1: resolution: what did the meeting resolve (มติที่ประชุม)? nothing was written</translation>
    </message>
    <message>
        <source>action %1: title: missing; nothing was written</source>
        <translation>action %1: title: missing; nothing was written</translation>
    </message>
    <message>
        <source>action %1: owner: who does it? nothing was written</source>
        <translation>action %1: owner: who does it? nothing was written</translation>
    </message>
    <message>
        <source>action %1: due: missing or impossible; nothing was written</source>
        <translation>action %1: due: missing or impossible; nothing was written</translation>
    </message>
    <message>
        <source>taker: who took the minutes (ผู้จดรายงานการประชุม)? nothing was written</source>
        <translation>taker: who took the minutes (ผู้จดรายงานการประชุม)? nothing was written</translation>
    </message>
    <message>
        <source>the minutes of meeting %1 were approved at meeting %2 and are locked; a correction is a new version: say why (--reason)</source>
        <translation>the minutes of meeting %1 were approved at meeting %2 and are locked; a correction is a new version: say why (--reason)</translation>
    </message>
    <message>
        <source>the minutes of meeting %1 were approved already, at meeting %2</source>
        <translation>the minutes of meeting %1 were approved already, at meeting %2</translation>
    </message>
    <message>
        <source>meeting %1 was cancelled: minutes are approved at a meeting held</source>
        <translation>meeting %1 was cancelled: minutes are approved at a meeting held</translation>
    </message>
    <message>
        <source>meeting %1 is of another year</source>
        <translation>meeting %1 is of another year</translation>
    </message>
    <message>
        <source>--at: meeting %1 (%2) is not after meeting %3 (%4): minutes are approved at a later meeting</source>
        <translation>--at: meeting %1 (%2) is not after meeting %3 (%4): minutes are approved at a later meeting</translation>
    </message>
    <message>
        <source>date: %1 is after today</source>
        <translation>date: %1 is after today</translation>
    </message>
    <message>
        <source>there is no action %1</source>
        <translation>there is no action %1</translation>
    </message>
    <message>
        <source>action %1 was done already, on %2</source>
        <translation>action %1 was done already, on %2</translation>
    </message>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks its name (name); set it with “sujarit-cli office set”</translation>
    </message>
</context>
<context>
    <name>MoralText</name>
    <message>
        <source>level: %1 is not 1 (%2), 2 (%3) or 3 (%4); nothing was saved</source>
        <translation>level: %1 is not 1 (%2), 2 (%3) or 3 (%4); nothing was saved</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>criterion %1</translation>
    </message>
    <message>
        <source>number: %1 is not a criterion (they are 1 to %2)</source>
        <translation>number: %1 is not a criterion (they are 1 to %2)</translation>
    </message>
    <message>
        <source>number: criterion %1 is given twice</source>
        <translation>number: criterion %1 is given twice</translation>
    </message>
    <message>
        <source>status: “%1” is not one of %2</source>
        <translation>status: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was saved</source>
        <translation>%1: %2; nothing was saved</translation>
    </message>
    <message>
        <source>criterion: %1 is not a criterion (they are 1 to %2)</source>
        <translation>criterion: %1 is not a criterion (they are 1 to %2)</translation>
    </message>
</context>
<context>
    <name>NoGiftText</name>
    <message>
        <source>activity %1</source>
        <translation>activity %1</translation>
    </message>
    <message>
        <source>date: missing</source>
        <translation>date: missing</translation>
    </message>
    <message>
        <source>date: %1 is after today; record an activity once it is held</source>
        <translation>date: %1 is after today; record an activity once it is held</translation>
    </message>
    <message>
        <source>kind: “%1” is not one of %2</source>
        <translation>kind: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>title: missing</source>
        <translation>title: missing</translation>
    </message>
    <message>
        <source>headcount: %1 is negative</source>
        <translation>headcount: %1 is negative</translation>
    </message>
    <message>
        <source>participants: “%1” is not on the staff list</source>
        <translation>participants: “%1” is not on the staff list</translation>
    </message>
    <message>
        <source>headcount: %1 is fewer than the %2 participants named</source>
        <translation>headcount: %1 is fewer than the %2 participants named</translation>
    </message>
    <message>
        <source>there is no No Gift activity %1</source>
        <translation>there is no No Gift activity %1</translation>
    </message>
</context>
<context>
    <name>OfficeText</name>
    <message>
        <source>“%1” is not a field of the office profile; the fields are: %2</source>
        <translation>“%1” is not a field of the office profile; the fields are: %2</translation>
    </message>
    <message>
        <source>%1 is yes or no, not “%2”</source>
        <translation>%1 is yes or no, not “%2”</translation>
    </message>
</context>
<context>
    <name>PackText</name>
    <message>
        <source>%1 (%2) was not written: %3; the folder %4 is as it was</source>
        <translation>%1 (%2) was not written: %3; the folder %4 is as it was</translation>
    </message>
    <message>
        <source>the folder %2 holds the %3 pack; write the pack of %1 into a folder of its own</source>
        <translation>the folder %2 holds the %3 pack; write the pack of %1 into a folder of its own</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks its name (name); set it with “sujarit-cli office set”</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>cannot start a PDF at %1</source>
        <translation>cannot start a PDF at %1</translation>
    </message>
</context>
<context>
    <name>PlanJsonText</name>
    <message>
        <source>target: “%1” is not a number</source>
        <translation>target: “%1” is not a number</translation>
    </message>
    <message>
        <source>budget: “%1” is not an amount in baht (or null for ไม่ใช้งบประมาณ)</source>
        <translation>budget: “%1” is not an amount in baht (or null for ไม่ใช้งบประมาณ)</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>%1 is not a fiscal year in the Buddhist era (e.g. 2570)</source>
        <translation>%1 is not a fiscal year in the Buddhist era (e.g. 2570)</translation>
    </message>
    <message>
        <source>template: “%1” is not copy:BBBB</source>
        <translation>template: “%1” is not copy:BBBB</translation>
    </message>
    <message>
        <source>template: there is no plan of fiscal year %1 to copy</source>
        <translation>template: there is no plan of fiscal year %1 to copy</translation>
    </message>
    <message>
        <source>template: “%1” is not one of seed001, seed004, copy:BBBB, empty</source>
        <translation>template: “%1” is not one of seed001, seed004, copy:BBBB, empty</translation>
    </message>
    <message>
        <source>fiscal year %1 already has a plan</source>
        <translation>fiscal year %1 already has a plan</translation>
    </message>
    <message>
        <source>fiscal year %1 has no plan yet (make one with “plan new”)</source>
        <translation>fiscal year %1 has no plan yet (make one with “plan new”)</translation>
    </message>
    <message>
        <source>measure: the title is missing</source>
        <translation>measure: the title is missing</translation>
    </message>
    <message>
        <source>line of action: the title is missing</source>
        <translation>line of action: the title is missing</translation>
    </message>
    <message>
        <source>measure: the plan of %1 has no measure %2</source>
        <translation>measure: the plan of %1 has no measure %2</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>activity %1</translation>
    </message>
    <message>
        <source>the plan of %1 has no activity %2</source>
        <translation>the plan of %1 has no activity %2</translation>
    </message>
    <message>
        <source>activity %1 has progress reported; mark it cancelled, with the reason, instead</source>
        <translation>activity %1 has progress reported; mark it cancelled, with the reason, instead</translation>
    </message>
    <message>
        <source>round: %1 is not 6, 9 or 12</source>
        <translation>round: %1 is not 6, 9 or 12</translation>
    </message>
    <message>
        <source>due: the date is missing or impossible</source>
        <translation>due: the date is missing or impossible</translation>
    </message>
    <message>
        <source>round %1 of %2 is already locked</source>
        <translation>round %1 of %2 is already locked</translation>
    </message>
    <message>
        <source>by: who submits and locks the round is missing</source>
        <translation>by: who submits and locks the round is missing</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file</source>
        <translation>%1 is not a PDF, JPEG or PNG file</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB</source>
        <translation>%1 is larger than 50 MB</translation>
    </message>
    <message>
        <source>there is no evidence file %1</source>
        <translation>there is no evidence file %1</translation>
    </message>
</context>
<context>
    <name>PracticeText</name>
    <message>
        <source>division: missing</source>
        <translation>division: missing</translation>
    </message>
    <message>
        <source>division: “%1” is not a division of the staff list (%2)</source>
        <translation>division: “%1” is not a division of the staff list (%2)</translation>
    </message>
    <message>
        <source>it names none</source>
        <translation>it names none</translation>
    </message>
    <message>
        <source>title: missing</source>
        <translation>title: missing</translation>
    </message>
    <message>
        <source>steps: missing (what was done, step by step)</source>
        <translation>steps: missing (what was done, step by step)</translation>
    </message>
    <message>
        <source>results: missing</source>
        <translation>results: missing</translation>
    </message>
    <message>
        <source>title: %1 has “%2” for %3 already</source>
        <translation>title: %1 has “%2” for %3 already</translation>
    </message>
    <message>
        <source>; nothing was added</source>
        <translation>; nothing was added</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>; nothing was changed</translation>
    </message>
    <message>
        <source>there is no best practice %1</source>
        <translation>there is no best practice %1</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>This document cannot be printed: %1</source>
        <translation>This document cannot be printed: %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Complaint form %1</source>
        <translation>Complaint form %1</translation>
    </message>
    <message>
        <source>Blank complaint form</source>
        <translation>Blank complaint form</translation>
    </message>
</context>
<context>
    <name>QuarterText</name>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks its name (name); set it with “sujarit-cli office set”</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>the office profile lacks %1; set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks %1; set it with “sujarit-cli office set”</translation>
    </message>
</context>
<context>
    <name>RegisterText</name>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>the office profile lacks its name (name); set it with “sujarit-cli office set”</translation>
    </message>
    <message>
        <source>gift %1</source>
        <translation>gift %1</translation>
    </message>
    <message>
        <source>%1: receiver: %2 is not on the staff list (add them with “staff add”)</source>
        <translation>%1: receiver: %2 is not on the staff list (add them with “staff add”)</translation>
    </message>
    <message>
        <source>%1: receiver: %2 left office on %3, more than two years before the gift; the gift rule no longer applies and the register does not record it</source>
        <translation>%1: receiver: %2 left office on %3, more than two years before the gift; the gift rule no longer applies and the register does not record it</translation>
    </message>
    <message>
        <source>there is no gift %1</source>
        <translation>there is no gift %1</translation>
    </message>
    <message>
        <source>%1: the rule lets the receiver keep it (%2); the head decides only on gifts that must be reported</source>
        <translation>%1: the rule lets the receiver keep it (%2); the head decides only on gifts that must be reported</translation>
    </message>
    <message>
        <source>%1: decision: “%2” is not one of %3</source>
        <translation>%1: decision: “%2” is not one of %3</translation>
    </message>
    <message>
        <source>%1: date: the day of the decision is missing or impossible</source>
        <translation>%1: date: the day of the decision is missing or impossible</translation>
    </message>
    <message>
        <source>%1: date: the decision (%2) is before the gift was received (%3)</source>
        <translation>%1: date: the decision (%2) is before the gift was received (%3)</translation>
    </message>
    <message>
        <source>%1: date: %2 is in the future</source>
        <translation>%1: date: %2 is in the future</translation>
    </message>
    <message>
        <source>%1: by: the head who decided is missing</source>
        <translation>%1: by: the head who decided is missing</translation>
    </message>
</context>
<context>
    <name>RepositoryText</name>
    <message>
        <source>receipt number %1 is already in the register</source>
        <translation>receipt number %1 is already in the register</translation>
    </message>
    <message>
        <source>saving complaint %1 failed</source>
        <translation>saving complaint %1 failed</translation>
    </message>
    <message>
        <source>there is no complaint with receipt number %1</source>
        <translation>there is no complaint with receipt number %1</translation>
    </message>
    <message>
        <source>there is no complaint with id %1</source>
        <translation>there is no complaint with id %1</translation>
    </message>
    <message>
        <source>“%1” is not a receipt check code (ten letters and digits, like 7KQ2M-X9D4A)</source>
        <translation>“%1” is not a receipt check code (ten letters and digits, like 7KQ2M-X9D4A)</translation>
    </message>
    <message>
        <source>no receipt with the check code %1 was issued from this register</source>
        <translation>no receipt with the check code %1 was issued from this register</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: assigning a case needs the division it goes to</source>
        <translation>%1: assigning a case needs the division it goes to</translation>
    </message>
    <message>
        <source>%1: a division or agency is named only when a case is assigned or referred</source>
        <translation>%1: a division or agency is named only when a case is assigned or referred</translation>
    </message>
    <message>
        <source>%1: the step&apos;s time (%2) is before the complaint was received (%3)</source>
        <translation>%1: the step&apos;s time (%2) is before the complaint was received (%3)</translation>
    </message>
    <message>
        <source>%1: the step&apos;s time (%2) is before the last recorded step (%3)</source>
        <translation>%1: the step&apos;s time (%2) is before the last recorded step (%3)</translation>
    </message>
    <message>
        <source>%1: the step&apos;s time (%2) is in the future</source>
        <translation>%1: the step&apos;s time (%2) is in the future</translation>
    </message>
    <message>
        <source>%1: officers are named only when a case is assigned, fact-finding begins or a committee is appointed</source>
        <translation>%1: officers are named only when a case is assigned, fact-finding begins or a committee is appointed</translation>
    </message>
    <message>
        <source>%1: officers: %2</source>
        <translation>%1: officers: %2</translation>
    </message>
    <message>
        <source>%1: flagged for recusal: %2. Choose another officer, or have the supervisor review the declaration first</source>
        <translation>%1: flagged for recusal: %2. Choose another officer, or have the supervisor review the declaration first</translation>
    </message>
    <message>
        <source>%1: %2 may not record this step on this case (it is not assigned to their division)</source>
        <translation>%1: %2 may not record this step on this case (it is not assigned to their division)</translation>
    </message>
    <message>
        <source>this register has no identity key to seal a complainant&apos;s name with</source>
        <translation>this register has no identity key to seal a complainant&apos;s name with</translation>
    </message>
    <message>
        <source>sealing the complainant&apos;s identity failed</source>
        <translation>sealing the complainant&apos;s identity failed</translation>
    </message>
    <message>
        <source>%1 may see complainants&apos; identities but does not hold the register&apos;s identity key yet: it is given at the next sign-in of an integrity officer who holds it, or from the recovery sheet (sujarit-cli keys recover)</source>
        <translation>%1 may see complainants&apos; identities but does not hold the register&apos;s identity key yet: it is given at the next sign-in of an integrity officer who holds it, or from the recovery sheet (sujarit-cli keys recover)</translation>
    </message>
    <message>
        <source>%1: the complainant&apos;s sealed identity does not open with the register&apos;s key (damaged, or written with another key)</source>
        <translation>%1: the complainant&apos;s sealed identity does not open with the register&apos;s key (damaged, or written with another key)</translation>
    </message>
</context>
<context>
    <name>RiskJsonText</name>
    <message>
        <source>%1: not a key Sujarit reads here (it reads %2)</source>
        <translation>%1: not a key Sujarit reads here (it reads %2)</translation>
    </message>
    <message>
        <source>%1: expected text</source>
        <translation>%1: expected text</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number</source>
        <translation>%1: “%2” is not a whole number</translation>
    </message>
    <message>
        <source>%1: %2 is not 1 to 5</source>
        <translation>%1: %2 is not 1 to 5</translation>
    </message>
    <message>
        <source>title: what the measure does is missing</source>
        <translation>title: what the measure does is missing</translation>
    </message>
    <message>
        <source>process: the work process (e.g. การจัดซื้อจัดจ้าง) is missing</source>
        <translation>process: the work process (e.g. การจัดซื้อจัดจ้าง) is missing</translation>
    </message>
    <message>
        <source>event: the risk event (เหตุการณ์ความเสี่ยง) is missing</source>
        <translation>event: the risk event (เหตุการณ์ความเสี่ยง) is missing</translation>
    </message>
    <message>
        <source>type: missing</source>
        <translation>type: missing</translation>
    </message>
    <message>
        <source>impact: missing (1 to 5)</source>
        <translation>impact: missing (1 to 5)</translation>
    </message>
    <message>
        <source>likelihood: missing (1 to 5)</source>
        <translation>likelihood: missing (1 to 5)</translation>
    </message>
    <message>
        <source>measures: expected an array of objects</source>
        <translation>measures: expected an array of objects</translation>
    </message>
    <message>
        <source>measures, %1: expected an object</source>
        <translation>measures, %1: expected an object</translation>
    </message>
    <message>
        <source>measures, %1: risk: a risk&apos;s own measure is against that risk</source>
        <translation>measures, %1: risk: a risk&apos;s own measure is against that risk</translation>
    </message>
    <message>
        <source>measures, %1: %2</source>
        <translation>measures, %1: %2</translation>
    </message>
    <message>
        <source>status: missing (not_started, in_progress, done, cancelled)</source>
        <translation>status: missing (not_started, in_progress, done, cancelled)</translation>
    </message>
    <message>
        <source>measure: missing</source>
        <translation>measure: missing</translation>
    </message>
    <message>
        <source>each entry names a measure (its status) or a risk (its likelihood and impact after the measures)</source>
        <translation>each entry names a measure (its status) or a risk (its likelihood and impact after the measures)</translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <source>the level bands must rise within 2–25 (medium %1, high %2, very high %3): each level starts at a higher score than the one below it</source>
        <translation>the level bands must rise within 2–25 (medium %1, high %2, very high %3): each level starts at a higher score than the one below it</translation>
    </message>
    <message>
        <source>%1 is not a fiscal year in the Buddhist era (e.g. 2570)</source>
        <translation>%1 is not a fiscal year in the Buddhist era (e.g. 2570)</translation>
    </message>
    <message>
        <source>template: “%1” is not copy:BBBB</source>
        <translation>template: “%1” is not copy:BBBB</translation>
    </message>
    <message>
        <source>template: there is no risk register of fiscal year %1 to copy</source>
        <translation>template: there is no risk register of fiscal year %1 to copy</translation>
    </message>
    <message>
        <source>template: “%1” is not one of seed002, copy:BBBB, empty</source>
        <translation>template: “%1” is not one of seed002, copy:BBBB, empty</translation>
    </message>
    <message>
        <source>fiscal year %1 already has a risk register</source>
        <translation>fiscal year %1 already has a risk register</translation>
    </message>
    <message>
        <source>fiscal year %1 has no risk register yet (make one with “risks new”)</source>
        <translation>fiscal year %1 has no risk register yet (make one with “risks new”)</translation>
    </message>
    <message>
        <source>owner: the office profile lists no divisions yet, so “%1” is not one; add the divisions (ส่วนราชการ) to the office&apos;s details first</source>
        <translation>owner: the office profile lists no divisions yet, so “%1” is not one; add the divisions (ส่วนราชการ) to the office&apos;s details first</translation>
    </message>
    <message>
        <source>owner: “%1” is not one of the office&apos;s divisions (%2)</source>
        <translation>owner: “%1” is not one of the office&apos;s divisions (%2)</translation>
    </message>
    <message>
        <source>plan activity: the action plan of %1 has no activity %2</source>
        <translation>plan activity: the action plan of %1 has no activity %2</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>risk %1</translation>
    </message>
    <message>
        <source>division: “%1” is not one of the office&apos;s divisions (%2)</source>
        <translation>division: “%1” is not one of the office&apos;s divisions (%2)</translation>
    </message>
    <message>
        <source>title: what the measure does is missing</source>
        <translation>title: what the measure does is missing</translation>
    </message>
    <message>
        <source>%1, measure %2: %3</source>
        <translation>%1, measure %2: %3</translation>
    </message>
    <message>
        <source>the risk register of %1 has no risk %2</source>
        <translation>the risk register of %1 has no risk %2</translation>
    </message>
    <message>
        <source>risk %1: %2</source>
        <translation>risk %1: %2</translation>
    </message>
    <message>
        <source>risk %1: division: “%2” is not one of the office&apos;s divisions (%3)</source>
        <translation>risk %1: division: “%2” is not one of the office&apos;s divisions (%3)</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>measure %1</translation>
    </message>
    <message>
        <source>the risk register of %1 has no measure %2</source>
        <translation>the risk register of %1 has no measure %2</translation>
    </message>
    <message>
        <source>measure %1: %2</source>
        <translation>measure %1: %2</translation>
    </message>
    <message>
        <source>risk %1 has measures already followed up; it stays on the register</source>
        <translation>risk %1 has measures already followed up; it stays on the register</translation>
    </message>
    <message>
        <source>risk %1 has been followed up; it stays on the register</source>
        <translation>risk %1 has been followed up; it stays on the register</translation>
    </message>
    <message>
        <source>measure %1 has been followed up; mark it cancelled, with the reason, instead</source>
        <translation>measure %1 has been followed up; mark it cancelled, with the reason, instead</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>finding %1</translation>
    </message>
    <message>
        <source>%1: source: “%2” is not one of %3</source>
        <translation>%1: source: “%2” is not one of %3</translation>
    </message>
    <message>
        <source>%1: finding: what stakeholders expect is missing</source>
        <translation>%1: finding: what stakeholders expect is missing</translation>
    </message>
    <message>
        <source>%1: risks: the register of %2 has no risk %3</source>
        <translation>%1: risks: the register of %2 has no risk %3</translation>
    </message>
    <message>
        <source>the risk register of %1 has no finding %2</source>
        <translation>the risk register of %1 has no finding %2</translation>
    </message>
    <message>
        <source>round: %1 is not 6 or 12</source>
        <translation>round: %1 is not 6 or 12</translation>
    </message>
    <message>
        <source>round %1 of %2 is locked; its due date stays</source>
        <translation>round %1 of %2 is locked; its due date stays</translation>
    </message>
    <message>
        <source>by: say who locks the round</source>
        <translation>by: say who locks the round</translation>
    </message>
    <message>
        <source>round %1 of %2 is already locked (by %3)</source>
        <translation>round %1 of %2 is already locked (by %3)</translation>
    </message>
    <message>
        <source>event: the risk event (เหตุการณ์ความเสี่ยง) is missing</source>
        <translation>event: the risk event (เหตุการณ์ความเสี่ยง) is missing</translation>
    </message>
    <message>
        <source>type: “%1” is not one of %2</source>
        <translation>type: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>likelihood: %1 is not 1 to 5</source>
        <translation>likelihood: %1 is not 1 to 5</translation>
    </message>
    <message>
        <source>impact: %1 is not 1 to 5</source>
        <translation>impact: %1 is not 1 to 5</translation>
    </message>
    <message>
        <source>impact: missing (likelihood is given; a risk is rated on both)</source>
        <translation>impact: missing (likelihood is given; a risk is rated on both)</translation>
    </message>
    <message>
        <source>likelihood: missing (impact is given; a risk is rated on both)</source>
        <translation>likelihood: missing (impact is given; a risk is rated on both)</translation>
    </message>
    <message>
        <source>risk: the register of %1 has no risk %2</source>
        <translation>risk: the register of %1 has no risk %2</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entry %1</translation>
    </message>
    <message>
        <source>measure: the register of %1 has no measure %2</source>
        <translation>measure: the register of %1 has no measure %2</translation>
    </message>
    <message>
        <source>status: “%1” is not one of %2</source>
        <translation>status: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>cancel_reason: a cancelled measure says why</source>
        <translation>cancel_reason: a cancelled measure says why</translation>
    </message>
    <message>
        <source>code: “%1” is not a code (a–z, 0–9 and _, starting with a letter)</source>
        <translation>code: “%1” is not a code (a–z, 0–9 and _, starting with a letter)</translation>
    </message>
    <message>
        <source>label: the type&apos;s name is missing</source>
        <translation>label: the type&apos;s name is missing</translation>
    </message>
    <message>
        <source>code: there is a risk type “%1” already</source>
        <translation>code: there is a risk type “%1” already</translation>
    </message>
    <message>
        <source>reported through the action plan, activity %1</source>
        <translation>reported through the action plan, activity %1</translation>
    </message>
    <message>
        <source>measure: measure %1 is reported through the action plan&apos;s activity; record its progress in the plan&apos;s round, once</source>
        <translation>measure: measure %1 is reported through the action plan&apos;s activity; record its progress in the plan&apos;s round, once</translation>
    </message>
    <message>
        <source>round %1 of %2 was locked on %3 by %4: its follow-up stays as reported; a change needs an administrator and a reason, and is logged</source>
        <translation>round %1 of %2 was locked on %3 by %4: its follow-up stays as reported; a change needs an administrator and a reason, and is logged</translation>
    </message>
    <message>
        <source>round %1 of %2 is locked: only an administrator may change it (%3 is signed in)</source>
        <translation>round %1 of %2 is locked: only an administrator may change it (%3 is signed in)</translation>
    </message>
</context>
<context>
    <name>SelectionText</name>
    <message>
        <source>kind: “%1” is not one of %2</source>
        <translation>kind: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>name: missing</source>
        <translation>name: missing</translation>
    </message>
    <message>
        <source>weight: %1 is not more than 0 and at most 100</source>
        <translation>weight: %1 is not more than 0 and at most 100</translation>
    </message>
    <message>
        <source>max: %1 is not a whole number from 1 to 100</source>
        <translation>max: %1 is not a whole number from 1 to 100</translation>
    </message>
    <message>
        <source>criterion %1: %2; nothing was made</source>
        <translation>criterion %1: %2; nothing was made</translation>
    </message>
    <message>
        <source>fiscal year %1 has its selection of %2 already</source>
        <translation>fiscal year %1 has its selection of %2 already</translation>
    </message>
    <message>
        <source>fiscal year %1 has no selection of %2 yet (open it with “selection new”)</source>
        <translation>fiscal year %1 has no selection of %2 yet (open it with “selection new”)</translation>
    </message>
    <message>
        <source>the result of %1 was announced on %2; it is not changed after</source>
        <translation>the result of %1 was announced on %2; it is not changed after</translation>
    </message>
    <message>
        <source>nominee %1</source>
        <translation>nominee %1</translation>
    </message>
    <message>
        <source>name: %1 is not on the staff list</source>
        <translation>name: %1 is not on the staff list</translation>
    </message>
    <message>
        <source>name: %1 left office on %2</source>
        <translation>name: %1 left office on %2</translation>
    </message>
    <message>
        <source>name: “%1” is not a division of the staff list (%2)</source>
        <translation>name: “%1” is not a division of the staff list (%2)</translation>
    </message>
    <message>
        <source>name: %1 is nominated already</source>
        <translation>name: %1 is nominated already</translation>
    </message>
    <message>
        <source>%1: %2; nobody was nominated</source>
        <translation>%1: %2; nobody was nominated</translation>
    </message>
    <message>
        <source>name: %1 is not a nominee of %2</source>
        <translation>name: %1 is not a nominee of %2</translation>
    </message>
    <message>
        <source>member: fiscal year %1 has no ethics committee to score (add its members with “committee add”); nothing was scored</source>
        <translation>member: fiscal year %1 has no ethics committee to score (add its members with “committee add”); nothing was scored</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was scored</source>
        <translation>%1: %2; nothing was scored</translation>
    </message>
    <message>
        <source>member: %1 is not on the ethics committee of %2</source>
        <translation>member: %1 is not on the ethics committee of %2</translation>
    </message>
    <message>
        <source>nominee: %1 is not a nominee of %2</source>
        <translation>nominee: %1 is not a nominee of %2</translation>
    </message>
    <message>
        <source>member: %1 may not score %2 (%3)</source>
        <translation>member: %1 may not score %2 (%3)</translation>
    </message>
    <message>
        <source>scores: none given</source>
        <translation>scores: none given</translation>
    </message>
    <message>
        <source>scores: criterion %1 is not one of the %2 criteria</source>
        <translation>scores: criterion %1 is not one of the %2 criteria</translation>
    </message>
    <message>
        <source>scores: criterion %1: %2 is outside 0 to %3</source>
        <translation>scores: criterion %1: %2 is outside 0 to %3</translation>
    </message>
    <message>
        <source>%1 has no nominee yet; there is no result to announce</source>
        <translation>%1 has no nominee yet; there is no result to announce</translation>
    </message>
    <message>
        <source>%1 is scored by %2 of the %3 members who may score it; the result is announced once every sheet is in</source>
        <translation>%1 is scored by %2 of the %3 members who may score it; the result is announced once every sheet is in</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>&amp;Holidays</translation>
    </message>
    <message>
        <source>Year (BE)</source>
        <translation>Year (BE)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>15/5/2569</source>
        <translation>15/5/2569</translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation>Name of the holiday</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove the selected day</source>
        <translation>&amp;Remove the selected day</translation>
    </message>
    <message>
        <source>&amp;Deadlines and numbering</source>
        <translation>&amp;Deadlines and numbering</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Counted in</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Receipt numbers run by</source>
        <translation>Receipt numbers run by</translation>
    </message>
    <message>
        <source>&amp;calendar year (ระเบียบงานสารบรรณ)</source>
        <translation>&amp;calendar year (ระเบียบงานสารบรรณ)</translation>
    </message>
    <message>
        <source>&amp;fiscal year</source>
        <translation>&amp;fiscal year</translation>
    </message>
    <message>
        <source>&amp;Language of the interface (from the next start)</source>
        <translation>&amp;Language of the interface (from the next start)</translation>
    </message>
    <message>
        <source>Lock the screen after this many &amp;minutes without use (0: never)</source>
        <translation>Lock the screen after this many &amp;minutes without use (0: never)</translation>
    </message>
    <message>
        <source>&amp;Confirm the selected day</source>
        <translation>&amp;Confirm the selected day</translation>
    </message>
    <message>
        <source>Confirm the &amp;whole year</source>
        <translation>Confirm the &amp;whole year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StaffText</name>
    <message>
        <source>staff member %1</source>
        <translation>staff member %1</translation>
    </message>
    <message>
        <source>%1: name is missing</source>
        <translation>%1: name is missing</translation>
    </message>
    <message>
        <source>%1 (%2): kind “%3” is not one of %4</source>
        <translation>%1 (%2): kind “%3” is not one of %4</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation>%1: %2 is listed twice</translation>
    </message>
    <message>
        <source>%1: %2 is already on the staff list</source>
        <translation>%1: %2 is already on the staff list</translation>
    </message>
    <message>
        <source>%1, line %2, column left_on: %3; nothing was added</source>
        <translation>%1, line %2, column left_on: %3; nothing was added</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>the day %1 left office is missing or impossible</source>
        <translation>the day %1 left office is missing or impossible</translation>
    </message>
    <message>
        <source>%1 is not on the staff list (add them with “staff add”)</source>
        <translation>%1 is not on the staff list (add them with “staff add”)</translation>
    </message>
</context>
<context>
    <name>StartText</name>
    <message>
        <source>Sujarit</source>
        <translation>Sujarit</translation>
    </message>
    <message>
        <source>The register cannot be opened.</source>
        <translation>The register cannot be opened.</translation>
    </message>
    <message>
        <source>Sujarit — the server&apos;s password</source>
        <translation>Sujarit — the server&apos;s password</translation>
    </message>
    <message>
        <source>Password of %1 on the server %2:</source>
        <translation>Password of %1 on the server %2:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Another register…</source>
        <translation>Another register…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Record a step</source>
        <translation>Record a step</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Step</translation>
    </message>
    <message>
        <source>&amp;Reason for not accepting</source>
        <translation>&amp;Reason for not accepting</translation>
    </message>
    <message>
        <source>&amp;Division or agency</source>
        <translation>&amp;Division or agency</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>15/1/2568 09.30 น.</source>
        <translation>15/1/2568 09.30 น.</translation>
    </message>
    <message>
        <source>&amp;Officers responsible</source>
        <translation>&amp;Officers responsible</translation>
    </message>
</context>
<context>
    <name>TableExportText</name>
    <message>
        <source>cannot write %1: the folder does not exist</source>
        <translation>cannot write %1: the folder does not exist</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a format: pdf, xlsx or csv</source>
        <translation>“%1” is not a format: pdf, xlsx or csv</translation>
    </message>
</context>
<context>
    <name>VirtueText</name>
    <message>
        <source>virtue: missing</source>
        <translation>virtue: missing</translation>
    </message>
    <message>
        <source>dimension: “%1” is not one of %2</source>
        <translation>dimension: “%1” is not one of %2</translation>
    </message>
    <message>
        <source>problem: missing (ปัญหาที่อยากแก้)</source>
        <translation>problem: missing (ปัญหาที่อยากแก้)</translation>
    </message>
    <message>
        <source>good: missing (ความดีที่อยากทำ)</source>
        <translation>good: missing (ความดีที่อยากทำ)</translation>
    </message>
    <message>
        <source>results: %1 is not a round (they are 6, 9 and 12 months)</source>
        <translation>results: %1 is not a round (they are 6, 9 and 12 months)</translation>
    </message>
    <message>
        <source>virtue %1</source>
        <translation>virtue %1</translation>
    </message>
    <message>
        <source>virtue: %1 has its targets for %2 already (change them with “virtues update”)</source>
        <translation>virtue: %1 has its targets for %2 already (change them with “virtues update”)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was added</source>
        <translation>%1: %2; nothing was added</translation>
    </message>
    <message>
        <source>virtue %1: %2; nothing was changed</source>
        <translation>virtue %1: %2; nothing was changed</translation>
    </message>
    <message>
        <source>virtue: %1 has its targets for %2 already; nothing was changed</source>
        <translation>virtue: %1 has its targets for %2 already; nothing was changed</translation>
    </message>
    <message>
        <source>there is no target virtue %1</source>
        <translation>there is no target virtue %1</translation>
    </message>
</context>
<context>
    <name>WorkflowText</name>
    <message>
        <source>a case is registered right after it is received</source>
        <translation>a case is registered right after it is received</translation>
    </message>
    <message>
        <source>a case is accepted or not accepted only after it is registered</source>
        <translation>a case is accepted or not accepted only after it is registered</translation>
    </message>
    <message>
        <source>only an accepted case can be assigned</source>
        <translation>only an accepted case can be assigned</translation>
    </message>
    <message>
        <source>fact-finding starts only after the case is assigned</source>
        <translation>fact-finding starts only after the case is assigned</translation>
    </message>
    <message>
        <source>a committee is appointed only during fact-finding</source>
        <translation>a committee is appointed only during fact-finding</translation>
    </message>
    <message>
        <source>a case is concluded only after fact-finding or a committee</source>
        <translation>a case is concluded only after fact-finding or a committee</translation>
    </message>
    <message>
        <source>the complainant is notified of a result only after the case is concluded, not accepted or referred</source>
        <translation>the complainant is notified of a result only after the case is concluded, not accepted or referred</translation>
    </message>
    <message>
        <source>the result is reported to the executive only after the complainant is notified (or, for an anonymous case, after it is concluded)</source>
        <translation>the result is reported to the executive only after the complainant is notified (or, for an anonymous case, after it is concluded)</translation>
    </message>
    <message>
        <source>a case can be closed only after its result is reported, or after it was not accepted or referred</source>
        <translation>a case can be closed only after its result is reported, or after it was not accepted or referred</translation>
    </message>
    <message>
        <source>a case is referred to another agency only after it is registered and before it is concluded</source>
        <translation>a case is referred to another agency only after it is registered and before it is concluded</translation>
    </message>
    <message>
        <source>“%1” is not a step; the steps are: %2, %3</source>
        <translation>“%1” is not a step; the steps are: %2, %3</translation>
    </message>
    <message>
        <source>not accepting a case needs a reason code: %1</source>
        <translation>not accepting a case needs a reason code: %1</translation>
    </message>
    <message>
        <source>“%1” is not a reason for not accepting a case; the reasons are: %2</source>
        <translation>“%1” is not a reason for not accepting a case; the reasons are: %2</translation>
    </message>
    <message>
        <source>a reason code is recorded only when a case is not accepted</source>
        <translation>a reason code is recorded only when a case is not accepted</translation>
    </message>
    <message>
        <source>the case is closed (%1); no further step can be recorded</source>
        <translation>the case is closed (%1); no further step can be recorded</translation>
    </message>
    <message>
        <source>the complaint is anonymous: there is no complainant to notify</source>
        <translation>the complaint is anonymous: there is no complainant to notify</translation>
    </message>
    <message>
        <source>the complainant has already been notified of the result</source>
        <translation>the complainant has already been notified of the result</translation>
    </message>
    <message>
        <source>the complaint is anonymous: there is no complainant to notify; record “reported” instead</source>
        <translation>the complaint is anonymous: there is no complainant to notify; record “reported” instead</translation>
    </message>
    <message>
        <source>the case is already at “%1” (%2)</source>
        <translation>the case is already at “%1” (%2)</translation>
    </message>
    <message>
        <source>cannot record “%1” on a case at “%2” (%3): %4</source>
        <translation>cannot record “%1” on a case at “%2” (%3): %4</translation>
    </message>
</context>
<context>
    <name>YearText</name>
    <message>
        <source>Fiscal year %1</source>
        <translation>Fiscal year %1</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sujarit</source>
        <translation>Sujarit</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::ActivityDialog</name>
    <message>
        <source>Change an activity</source>
        <translation>Change an activity</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Add an activity</translation>
    </message>
    <message>
        <source>Measure %1 %2</source>
        <translation>Measure %1 %2</translation>
    </message>
    <message>
        <source>Line of action %1.%2 %3</source>
        <translation>Line of action %1.%2 %3</translation>
    </message>
    <message>
        <source>(type the title, or pick one of seed 001&apos;s examples)</source>
        <translation>(type the title, or pick one of seed 001&apos;s examples)</translation>
    </message>
    <message>
        <source>typed in by the office</source>
        <translation>typed in by the office</translation>
    </message>
    <message>
        <source>computed: %1</source>
        <translation>computed: %1</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>&amp;Under</source>
        <translation>&amp;Under</translation>
    </message>
    <message>
        <source>&amp;Example</source>
        <translation>&amp;Example</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>KPI &amp;measured</source>
        <translation>KPI &amp;measured</translation>
    </message>
    <message>
        <source>&amp;KPI</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Budget (baht)</source>
        <translation>&amp;Budget (baht)</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;Division</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Virtues</source>
        <translation>Virtues</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Target: “%1” is not a number</source>
        <translation>Target: “%1” is not a number</translation>
    </message>
    <message>
        <source>Budget: “%1” is not an amount in baht; tick “ไม่ใช้งบประมาณ” when there is none</source>
        <translation>Budget: “%1” is not an amount in baht; tick “ไม่ใช้งบประมาณ” when there is none</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::AnnouncementsDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Announcements and the No Gift culture</source>
        <translation>Announcements and the No Gift culture</translation>
    </message>
    <message>
        <source>&amp;Announcements</source>
        <translation>&amp;Announcements</translation>
    </message>
    <message>
        <source>No Gift &amp;culture</source>
        <translation>No Gift &amp;culture</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Why a new version</source>
        <translation>Why a new version</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Write…</translation>
    </message>
    <message>
        <source>Record the &amp;signing…</source>
        <translation>Record the &amp;signing…</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>A signed announcement is kept as signed: writing on it makes a new version, which says why.</source>
        <translation>A signed announcement is kept as signed: writing on it makes a new version, which says why.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>&amp;Add an activity…</source>
        <translation>&amp;Add an activity…</translation>
    </message>
    <message>
        <source>Print the &amp;report…</source>
        <translation>Print the &amp;report…</translation>
    </message>
    <message>
        <source>Fiscal year %1 has no announcements yet: draft one with “New…”.</source>
        <translation>Fiscal year %1 has no announcements yet: draft one with “New…”.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>draft, not signed</source>
        <translation>draft, not signed</translation>
    </message>
    <message>
        <source>Drafted: %1. Read it through, then print it for the executive to sign.</source>
        <translation>Drafted: %1. Read it through, then print it for the executive to sign.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Signed on %1 by %2: saving makes version %3, kept beside the signed one; say why.</source>
        <translation>Signed on %1 by %2: saving makes version %3, kept beside the signed one; say why.</translation>
    </message>
    <message>
        <source>One paragraph a line; a line that starts with “# ” is a heading.</source>
        <translation>One paragraph a line; a line that starts with “# ” is a heading.</translation>
    </message>
    <message>
        <source>&amp;Subject (เรื่อง)</source>
        <translation>&amp;Subject (เรื่อง)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Why a new version</source>
        <translation>&amp;Why a new version</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Record the signing</source>
        <translation>Record the signing</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>Signed &amp;by</translation>
    </message>
    <message>
        <source>On (&amp;date)</source>
        <translation>On (&amp;date)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>A No Gift activity</source>
        <translation>A No Gift activity</translation>
    </message>
    <message>
        <source>the people ticked</source>
        <translation>the people ticked</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <source>&amp;Who took part (staff)</source>
        <translation>&amp;Who took part (staff)</translation>
    </message>
    <message>
        <source>&amp;How many took part</source>
        <translation>&amp;How many took part</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The office profile lacks its name; set it in Settings first.</source>
        <translation>The office profile lacks its name; set it in Settings first.</translation>
    </message>
    <message>
        <source>Write again from the &amp;template</source>
        <translation>Write again from the &amp;template</translation>
    </message>
    <message>
        <source>Write again from the template</source>
        <translation>Write again from the template</translation>
    </message>
    <message>
        <source>It was signed: the text from the template becomes version %1, beside the signed one. Why?</source>
        <translation>It was signed: the text from the template becomes version %1, beside the signed one. Why?</translation>
    </message>
    <message>
        <source>Replace the draft&apos;s text with the template&apos;s, from the office&apos;s details and the risk register as they are now? What was typed into it is lost.</source>
        <translation>Replace the draft&apos;s text with the template&apos;s, from the office&apos;s details and the risk register as they are now? What was typed into it is lost.</translation>
    </message>
    <message>
        <source>Written again from the template</source>
        <translation>Written again from the template</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>&amp;Evidence…</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::AuditTrailDialog</name>
    <message>
        <source>Trail of case %1</source>
        <translation>Trail of case %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::BackupMenu</name>
    <message>
        <source>Back up the register</source>
        <translation>Back up the register</translation>
    </message>
    <message>
        <source>Sujarit backups (*.db)</source>
        <translation>Sujarit backups (*.db)</translation>
    </message>
    <message>
        <source>Saved and checked: %1</source>
        <translation>Saved and checked: %1</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>No backup was made: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Sujarit backups (*.db);;All files (*)</source>
        <translation>Sujarit backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored: %1</source>
        <translation>This file cannot be restored: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replace the register with %1 (%n complaint(s))? The register as it is now is kept aside, not deleted.</source>
        <translation>
            <numerusform>Replace the register with %1 (%n complaint(s))? The register as it is now is kept aside, not deleted.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restored from %1. The register as it was is kept in %2.</source>
        <translation>Restored from %1. The register as it was is kept in %2.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::CaseView</name>
    <message>
        <source>Show the complainant</source>
        <translation>Show the complainant</translation>
    </message>
    <message>
        <source>The complainant&apos;s identity is secret. Why do you need it? (This goes into the case&apos;s trail.)</source>
        <translation>The complainant&apos;s identity is secret. Why do you need it? (This goes into the case&apos;s trail.)</translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation>Attach a scan</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Select a complaint to see its case file.</source>
        <translation>Select a complaint to see its case file.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allegation</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Requested action</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Accused</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue by %n working day(s)</source>
        <translation>
            <numerusform>%1 — overdue by %n working day(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n working day(s) left</source>
        <translation>
            <numerusform>%1 — %n working day(s) left</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nothing is shown without a reason.</source>
        <translation>Nothing is shown without a reason.</translation>
    </message>
    <message>
        <source>%1 may not see the complainant of this case.</source>
        <translation>%1 may not see the complainant of this case.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::CommitteeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The ethics committee</source>
        <translation>The ethics committee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role on the committee</source>
        <translation>Role on the committee</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;Add a member…</translation>
    </message>
    <message>
        <source>Change the &amp;role…</source>
        <translation>Change the &amp;role…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Add a &amp;goal…</source>
        <translation>Add a &amp;goal…</translation>
    </message>
    <message>
        <source>Remove the goal</source>
        <translation>Remove the goal</translation>
    </message>
    <message>
        <source>Remove the goal “%1”?</source>
        <translation>Remove the goal “%1”?</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>G&amp;oals of the year</source>
        <translation>G&amp;oals of the year</translation>
    </message>
    <message>
        <source>&amp;Preview the appointment order…</source>
        <translation>&amp;Preview the appointment order…</translation>
    </message>
    <message>
        <source>Record the order as &amp;signed…</source>
        <translation>Record the order as &amp;signed…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fiscal year %1 has no committee yet: add its members.</source>
        <translation>Fiscal year %1 has no committee yet: add its members.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n member(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (measured by plan activity %2)</source>
        <translation>%1 (measured by plan activity %2)</translation>
    </message>
    <message>
        <source>Appointment order %1, signed on %2 by %3.</source>
        <translation>Appointment order %1, signed on %2 by %3.</translation>
    </message>
    <message>
        <source>The appointment order is not signed yet: preview the draft, and record it once signed.</source>
        <translation>The appointment order is not signed yet: preview the draft, and record it once signed.</translation>
    </message>
    <message>
        <source>A member of the committee</source>
        <translation>A member of the committee</translation>
    </message>
    <message>
        <source>&amp;Person (staff list)</source>
        <translation>&amp;Person (staff list)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>The role of %1</source>
        <translation>The role of %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Remove a member</translation>
    </message>
    <message>
        <source>Take %1 off the committee of %2?</source>
        <translation>Take %1 off the committee of %2?</translation>
    </message>
    <message>
        <source>A goal of the year</source>
        <translation>A goal of the year</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <source>Measured by the &amp;plan activity</source>
        <translation>Measured by the &amp;plan activity</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>Add the committee&apos;s members first: the order appoints them.</source>
        <translation>Add the committee&apos;s members first: the order appoints them.</translation>
    </message>
    <message>
        <source>The appointment order, signed</source>
        <translation>The appointment order, signed</translation>
    </message>
    <message>
        <source>Order &amp;number</source>
        <translation>Order &amp;number</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Signed &amp;on</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>Signed &amp;by</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Agenda due</source>
        <translation>Agenda due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Plan the year…</source>
        <translation>&amp;Plan the year…</translation>
    </message>
    <message>
        <source>A&amp;dd a meeting…</source>
        <translation>A&amp;dd a meeting…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>Mo&amp;ve…</translation>
    </message>
    <message>
        <source>&amp;Cancel the meeting…</source>
        <translation>&amp;Cancel the meeting…</translation>
    </message>
    <message>
        <source>Mee&amp;tings</source>
        <translation>Mee&amp;tings</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>The meetings of %1</source>
        <translation>The meetings of %1</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>every month</translation>
    </message>
    <message>
        <source>every two months</source>
        <translation>every two months</translation>
    </message>
    <message>
        <source>on a weekday of the month</source>
        <translation>on a weekday of the month</translation>
    </message>
    <message>
        <source>on a day of the month</source>
        <translation>on a day of the month</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <source>&amp;Meet</source>
        <translation>&amp;Meet</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>Wee&amp;k</source>
        <translation>Wee&amp;k</translation>
    </message>
    <message>
        <source>Week&amp;day</source>
        <translation>Week&amp;day</translation>
    </message>
    <message>
        <source>&amp;Day of the month</source>
        <translation>&amp;Day of the month</translation>
    </message>
    <message>
        <source>A day that is not a working day moves to the next one, and the meeting says so. Meetings still only planned are planned again.</source>
        <translation>A day that is not a working day moves to the next one, and the meeting says so. Meetings still only planned are planned again.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>A meeting added</source>
        <translation>A meeting added</translation>
    </message>
    <message>
        <source>Cancel the meeting of %1</source>
        <translation>Cancel the meeting of %1</translation>
    </message>
    <message>
        <source>Move the meeting of %1</source>
        <translation>Move the meeting of %1</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Why</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Cancel the meeting</translation>
    </message>
    <message>
        <source>A&amp;genda…</source>
        <translation>A&amp;genda…</translation>
    </message>
    <message>
        <source>M&amp;inutes…</source>
        <translation>M&amp;inutes…</translation>
    </message>
    <message>
        <source>Appro&amp;ve the minutes…</source>
        <translation>Appro&amp;ve the minutes…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>The meeting&apos;s agenda…</source>
        <translation>The meeting&apos;s agenda…</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes…</source>
        <translation>The meeting&apos;s minutes…</translation>
    </message>
    <message>
        <source>The year&apos;s meeting register…</source>
        <translation>The year&apos;s meeting register…</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <source>The agenda of meeting No. %1</source>
        <translation>The agenda of meeting No. %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sujarit adds nothing to this agenda.</source>
        <translation>Sujarit adds nothing to this agenda.</translation>
    </message>
    <message>
        <source>Sujarit adds: %1</source>
        <translation>Sujarit adds: %1</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>&amp;Sent to the members on</source>
        <translation>&amp;Sent to the members on</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Items</translation>
    </message>
    <message>
        <source>Save and record as sent</source>
        <translation>Save and record as sent</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>The minutes of meeting No. %1</source>
        <translation>The minutes of meeting No. %1</translation>
    </message>
    <message>
        <source>Member (tick if present)</source>
        <translation>Member (tick if present)</translation>
    </message>
    <message>
        <source>Why absent</source>
        <translation>Why absent</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>&amp;Started at</source>
        <translation>&amp;Started at</translation>
    </message>
    <message>
        <source>&amp;Ended at</source>
        <translation>&amp;Ended at</translation>
    </message>
    <message>
        <source>&amp;Who came</source>
        <translation>&amp;Who came</translation>
    </message>
    <message>
        <source>&amp;Others present</source>
        <translation>&amp;Others present</translation>
    </message>
    <message>
        <source>&amp;Follow-up actions</source>
        <translation>&amp;Follow-up actions</translation>
    </message>
    <message>
        <source>Minutes &amp;taken by</source>
        <translation>Minutes &amp;taken by</translation>
    </message>
    <message>
        <source>&amp;Checked by</source>
        <translation>&amp;Checked by</translation>
    </message>
    <message>
        <source>Why &amp;correct approved minutes</source>
        <translation>Why &amp;correct approved minutes</translation>
    </message>
    <message>
        <source>Follow-up action %1: due: %2</source>
        <translation>Follow-up action %1: due: %2</translation>
    </message>
    <message>
        <source>Approve the minutes of meeting No. %1</source>
        <translation>Approve the minutes of meeting No. %1</translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation>No. %1, %2</translation>
    </message>
    <message>
        <source>Approved &amp;at the meeting</source>
        <translation>Approved &amp;at the meeting</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choose a meeting first.</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::ConflictsDialog</name>
    <message>
        <source>Conflict of interest: declarations and gifts</source>
        <translation>Conflict of interest: declarations and gifts</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>Fiscal year %1</translation>
    </message>
    <message>
        <source>&amp;Declarations</source>
        <translation>&amp;Declarations</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>&amp;Gifts</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Left office</source>
        <translation>Left office</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <source>Mark as &amp;left office…</source>
        <translation>Mark as &amp;left office…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Declarant</translation>
    </message>
    <message>
        <source>Form of conflict or details</source>
        <translation>Form of conflict or details</translation>
    </message>
    <message>
        <source>Persons or companies (relation)</source>
        <translation>Persons or companies (relation)</translation>
    </message>
    <message>
        <source>Supervisor&apos;s review</source>
        <translation>Supervisor&apos;s review</translation>
    </message>
    <message>
        <source>&amp;New declaration…</source>
        <translation>&amp;New declaration…</translation>
    </message>
    <message>
        <source>Record the &amp;review…</source>
        <translation>Record the &amp;review…</translation>
    </message>
    <message>
        <source>&amp;Print the form…</source>
        <translation>&amp;Print the form…</translation>
    </message>
    <message>
        <source>Print the &amp;register…</source>
        <translation>Print the &amp;register…</translation>
    </message>
    <message>
        <source>Print the list with its &amp;deadline…</source>
        <translation>Print the list with its &amp;deadline…</translation>
    </message>
    <message>
        <source>Declare &amp;by</source>
        <translation>Declare &amp;by</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Giver (relation)</source>
        <translation>Giver (relation)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Value (baht)</source>
        <translation>Value (baht)</translation>
    </message>
    <message>
        <source>Rule&apos;s verdict</source>
        <translation>Rule&apos;s verdict</translation>
    </message>
    <message>
        <source>Report by</source>
        <translation>Report by</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Record a gift…</source>
        <translation>&amp;Record a gift…</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;decision…</source>
        <translation>Head&apos;s &amp;decision…</translation>
    </message>
    <message>
        <source>Print the &amp;No Gift report…</source>
        <translation>Print the &amp;No Gift report…</translation>
    </message>
    <message>
        <source>Everyone has made the annual declaration of fiscal year %1.</source>
        <translation>Everyone has made the annual declaration of fiscal year %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) have not yet made the annual declaration of fiscal year %1:</source>
        <translation>
            <numerusform>%n staff member(s) have not yet made the annual declaration of fiscal year %1:</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a gift to see why the rule judges it so.</source>
        <translation>Choose a gift to see why the rule judges it so.</translation>
    </message>
    <message>
        <source>Head&apos;s decision: %1 by %2 on %3 (under %4)</source>
        <translation>Head&apos;s decision: %1 by %2 on %3 (under %4)</translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation>Record the review</translation>
    </message>
    <message>
        <source>Choose a declaration first.</source>
        <translation>Choose a declaration first.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Head&apos;s decision</source>
        <translation>Head&apos;s decision</translation>
    </message>
    <message>
        <source>Choose a gift first.</source>
        <translation>Choose a gift first.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3, %4 baht: %5</source>
        <translation>%1 from %2 to %3, %4 baht: %5</translation>
    </message>
    <message>
        <source>Head&apos;s decision on a gift</source>
        <translation>Head&apos;s decision on a gift</translation>
    </message>
    <message>
        <source>Import a staff list</source>
        <translation>Import a staff list</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nothing was added: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n staff member(s).</source>
        <translation>
            <numerusform>Added %n staff member(s).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a staff member first.</source>
        <translation>Choose a staff member first.</translation>
    </message>
    <message>
        <source>%1 left office. The gift rule still binds them for two years after.</source>
        <translation>%1 left office. The gift rule still binds them for two years after.</translation>
    </message>
    <message>
        <source>the office profile lacks its name; set it in Settings</source>
        <translation>the office profile lacks its name; set it in Settings</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Declare by: %1</source>
        <translation>Declare by: %1</translation>
    </message>
    <message>
        <source>The office profile lacks its name; set it in Settings first.</source>
        <translation>The office profile lacks its name; set it in Settings first.</translation>
    </message>
    <message>
        <source>Kind of declaration</source>
        <translation>Kind of declaration</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::ConnectionDialog</name>
    <message>
        <source>Sujarit — where the register is</source>
        <translation>Sujarit — where the register is</translation>
    </message>
    <message>
        <source>One PC keeps the register in a file of its own. An office whose clerks work at several PCs keeps one register on its PostgreSQL server, and every PC connects to it.</source>
        <translation>One PC keeps the register in a file of its own. An office whose clerks work at several PCs keeps one register on its PostgreSQL server, and every PC connects to it.</translation>
    </message>
    <message>
        <source>A &amp;file on this PC</source>
        <translation>A &amp;file on this PC</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>The register&apos;s file</source>
        <translation>The register&apos;s file</translation>
    </message>
    <message>
        <source>Sujarit registers (*.db)</source>
        <translation>Sujarit registers (*.db)</translation>
    </message>
    <message>
        <source>The office&apos;s &amp;server (PostgreSQL)</source>
        <translation>The office&apos;s &amp;server (PostgreSQL)</translation>
    </message>
    <message>
        <source>the server&apos;s name or address, e.g. 192.168.1.10</source>
        <translation>the server&apos;s name or address, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>the server&apos;s user for this office, e.g. sujarit</source>
        <translation>the server&apos;s user for this office, e.g. sujarit</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User on the server:</source>
        <translation>&amp;User on the server:</translation>
    </message>
    <message>
        <source>The server&apos;s password is asked when Sujarit connects (or kept by the server&apos;s administrator in this PC&apos;s pgpass file); it is not stored by Sujarit.</source>
        <translation>The server&apos;s password is asked when Sujarit connects (or kept by the server&apos;s administrator in this PC&apos;s pgpass file); it is not stored by Sujarit.</translation>
    </message>
    <message>
        <source>Open this register</source>
        <translation>Open this register</translation>
    </message>
    <message>
        <source>Give the register&apos;s file.</source>
        <translation>Give the register&apos;s file.</translation>
    </message>
    <message>
        <source>the server&apos;s name</source>
        <translation>the server&apos;s name</translation>
    </message>
    <message>
        <source>the database&apos;s name</source>
        <translation>the database&apos;s name</translation>
    </message>
    <message>
        <source>the user on the server</source>
        <translation>the user on the server</translation>
    </message>
    <message>
        <source>Give %1.</source>
        <translation>Give %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::DecisionDialog</name>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::DeclarationDialog</name>
    <message>
        <source>No interest to declare (nil return)</source>
        <translation>No interest to declare (nil return)</translation>
    </message>
    <message>
        <source>Procurement and its &amp;number</source>
        <translation>Procurement and its &amp;number</translation>
    </message>
    <message>
        <source>New declaration of interest</source>
        <translation>New declaration of interest</translation>
    </message>
    <message>
        <source>e.g. จ้างก่อสร้างถนนคอนกรีต หมู่ 3</source>
        <translation>e.g. จ้างก่อสร้างถนนคอนกรีต หมู่ 3</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Person or company</translation>
    </message>
    <message>
        <source>Relation to the declarant</source>
        <translation>Relation to the declarant</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>&amp;Add a row</translation>
    </message>
    <message>
        <source>&amp;Remove the row</source>
        <translation>&amp;Remove the row</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Declarant</source>
        <translation>&amp;Declarant</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Form of conflict</source>
        <translation>&amp;Form of conflict</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>The &amp;bidders, and your tie to each (none when there is none)</source>
        <translation>The &amp;bidders, and your tie to each (none when there is none)</translation>
    </message>
    <message>
        <source>&amp;Persons or companies involved, and your relation to them</source>
        <translation>&amp;Persons or companies involved, and your relation to them</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Declarant: add the staff member to the staff list first</source>
        <translation>Declarant: add the staff member to the staff list first</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::DeedsPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Good deed</source>
        <translation>Good deed</translation>
    </message>
    <message>
        <source>Virtue</source>
        <translation>Virtue</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>Certified by</translation>
    </message>
    <message>
        <source>&amp;Record a good deed…</source>
        <translation>&amp;Record a good deed…</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>&amp;Evidence…</translation>
    </message>
    <message>
        <source>Preview the person&apos;s &amp;log…</source>
        <translation>Preview the person&apos;s &amp;log…</translation>
    </message>
    <message>
        <source>Preview the &amp;year&apos;s deeds…</source>
        <translation>Preview the &amp;year&apos;s deeds…</translation>
    </message>
    <message>
        <source>Choose a good deed first.</source>
        <translation>Choose a good deed first.</translation>
    </message>
    <message>
        <source>No good deed is recorded for %1 yet.</source>
        <translation>No good deed is recorded for %1 yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n deed(s). By person: %1. By division: %2. By virtue: %3.</source>
        <translation>
            <numerusform>%n deed(s). By person: %1. By division: %2. By virtue: %3.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A good deed</source>
        <translation>A good deed</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;What was done</translation>
    </message>
    <message>
        <source>The &amp;virtue it shows</source>
        <translation>The &amp;virtue it shows</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>W&amp;here</translation>
    </message>
    <message>
        <source>&amp;Certified by</source>
        <translation>&amp;Certified by</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>The deed</source>
        <translation>The deed</translation>
    </message>
    <message>
        <source>Recorded the good deed of %1.</source>
        <translation>Recorded the good deed of %1.</translation>
    </message>
    <message>
        <source>Choose a deed of the person whose log to print.</source>
        <translation>Choose a deed of the person whose log to print.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the good deed “%1” of %2, entered by mistake?</source>
        <translation>Remove the good deed “%1” of %2, entered by mistake?</translation>
    </message>
    <message>
        <source>Removed the good deed.</source>
        <translation>Removed the good deed.</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::EvidenceDialog</name>
    <message>
        <source>Evidence of %1</source>
        <translation>Evidence of %1</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Attach to the %1-month round…</source>
        <translation>&amp;Attach to the %1-month round…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>PDF or pictures (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF or pictures (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>No evidence attached yet.</source>
        <translation>No evidence attached yet.</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>Attached %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Attach…</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::FilterBar</name>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::GiftDialog</name>
    <message>
        <source>Offered to the public at large on the same terms</source>
        <translation>Offered to the public at large on the same terms</translation>
    </message>
    <message>
        <source>Refused (not received)</source>
        <translation>Refused (not received)</translation>
    </message>
    <message>
        <source>Record a gift</source>
        <translation>Record a gift</translation>
    </message>
    <message>
        <source>e.g. ปีใหม่ 2570</source>
        <translation>e.g. ปีใหม่ 2570</translation>
    </message>
    <message>
        <source>baht, e.g. 3,500</source>
        <translation>baht, e.g. 3,500</translation>
    </message>
    <message>
        <source>e.g. shared in the office, returned, kept</source>
        <translation>e.g. shared in the office, returned, kept</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Receiver</translation>
    </message>
    <message>
        <source>D&amp;ate received</source>
        <translation>D&amp;ate received</translation>
    </message>
    <message>
        <source>&amp;Giver</source>
        <translation>&amp;Giver</translation>
    </message>
    <message>
        <source>Giver&apos;s re&amp;lation</source>
        <translation>Giver&apos;s re&amp;lation</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>&amp;Occasion</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <source>What &amp;happened to it</source>
        <translation>What &amp;happened to it</translation>
    </message>
    <message>
        <source>Under the NACC gift rule:</source>
        <translation>Under the NACC gift rule:</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Value: “%1” is not an amount in baht (e.g. 3500 or 3,500.50)</source>
        <translation>Value: “%1” is not an amount in baht (e.g. 3500 or 3,500.50)</translation>
    </message>
    <message>
        <source>(fill in the receiver, date, giver and value to see the verdict)</source>
        <translation>(fill in the receiver, date, giver and value to see the verdict)</translation>
    </message>
    <message>
        <source>Report to the head by %1</source>
        <translation>Report to the head by %1</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::HomePanel</name>
    <message>
        <source>Fiscal year %1: %2 received, %3 completed, %4 in progress</source>
        <translation>Fiscal year %1: %2 received, %3 completed, %4 in progress</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Due today (%1)</translation>
    </message>
    <message>
        <source>Due this week (%1)</source>
        <translation>Due this week (%1)</translation>
    </message>
    <message>
        <source>Not yet registered (%1)</source>
        <translation>Not yet registered (%1)</translation>
    </message>
    <message>
        <source>The holidays of %1 are Sujarit&apos;s reckoning: the Cabinet&apos;s extra days and วันพืชมงคล are not in the table yet, and the computed days wait to be confirmed. Enter them when the Cabinet announces the year.</source>
        <translation>The holidays of %1 are Sujarit&apos;s reckoning: the Cabinet&apos;s extra days and วันพืชมงคล are not in the table yet, and the computed days wait to be confirmed. Enter them when the Cabinet announces the year.</translation>
    </message>
    <message>
        <source>Next ethics committee meeting: No. %1 on %2; its agenda is due on %3</source>
        <translation>Next ethics committee meeting: No. %1 on %2; its agenda is due on %3</translation>
    </message>
    <message>
        <source>Next ethics committee meeting: No. %1 on %2; its agenda has gone to the members</source>
        <translation>Next ethics committee meeting: No. %1 on %2; its agenda has gone to the members</translation>
    </message>
    <message>
        <source>Next ethics committee meeting: No. %1 on %2; its agenda was due on %3 and is late</source>
        <translation>Next ethics committee meeting: No. %1 on %2; its agenda was due on %3 and is late</translation>
    </message>
    <message>
        <source>The minutes of ethics committee meeting No. %1 (%2) are not written yet</source>
        <translation>The minutes of ethics committee meeting No. %1 (%2) are not written yet</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) of the ethics committee are past their due day</source>
        <translation>
            <numerusform>%n follow-up action(s) of the ethics committee are past their due day</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>no level claimed</source>
        <translation>no level claimed</translation>
    </message>
    <message>
        <source>criteria %1 not assessed</source>
        <translation>criteria %1 not assessed</translation>
    </message>
    <message numerus="yes">
        <source>The moral-organisation report of %1 is due on %2 (in %n day(s)): %3</source>
        <translation>
            <numerusform>The moral-organisation report of %1 is due on %2 (in %n day(s)): %3</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The moral-organisation report of %1 was due on %2 and is late: %3</source>
        <translation>The moral-organisation report of %1 was due on %2 and is late: %3</translation>
    </message>
    <message numerus="yes">
        <source>The divisions&apos; results of %1 are due on %2 (in %n day(s)); not announced yet</source>
        <translation>
            <numerusform>The divisions&apos; results of %1 are due on %2 (in %n day(s)); not announced yet</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The divisions&apos; results of %1 were due on %2 and are late</source>
        <translation>The divisions&apos; results of %1 were due on %2 and are late</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::IntakeDialog</name>
    <message>
        <source>The complaint was not saved: %1</source>
        <translation>The complaint was not saved: %1</translation>
    </message>
    <message>
        <source>Saved. Receipt number %1 — check code %2</source>
        <translation>Saved. Receipt number %1 — check code %2</translation>
    </message>
    <message>
        <source>The complaint has not been saved. Close and lose what was typed?</source>
        <translation>The complaint has not been saved. Close and lose what was typed?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Go back to the form</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::ItaDialog</name>
    <message>
        <source>ITA: the integrity section of the year</source>
        <translation>ITA: the integrity section of the year</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>What is missing, or what the office adds</source>
        <translation>What is missing, or what the office adds</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>&amp;Write the pack…</source>
        <translation>&amp;Write the pack…</translation>
    </message>
    <message>
        <source>Open the &amp;index</source>
        <translation>Open the &amp;index</translation>
    </message>
    <message>
        <source>&amp;Open the item&apos;s file</source>
        <translation>&amp;Open the item&apos;s file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No pack of %1 has been written on this PC yet.</source>
        <translation>No pack of %1 has been written on this PC yet.</translation>
    </message>
    <message>
        <source>The last pack of %1 is in %2.</source>
        <translation>The last pack of %1 is in %2.</translation>
    </message>
    <message>
        <source>Sujarit knows no item list for %1: the list of %2 is shown. Check it against the year&apos;s NACC manual; an administrator corrects it with “sujarit-cli ita set-item”.</source>
        <translation>Sujarit knows no item list for %1: the list of %2 is shown. Check it against the year&apos;s NACC manual; an administrator corrects it with “sujarit-cli ita set-item”.</translation>
    </message>
    <message>
        <source>Added by the office: %1</source>
        <translation>Added by the office: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ITA %1: %2 of %3 items ready</source>
        <translation>ITA %1: %2 of %3 items ready</translation>
    </message>
    <message>
        <source>Where to write the ITA pack (a folder ITA-%1 is made inside it)</source>
        <translation>Where to write the ITA pack (a folder ITA-%1 is made inside it)</translation>
    </message>
    <message>
        <source>ITA pack</source>
        <translation>ITA pack</translation>
    </message>
    <message>
        <source>The pack was not written: %1</source>
        <translation>The pack was not written: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) and the index into %1.</source>
        <translation>
            <numerusform>Wrote %n file(s) and the index into %1.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the pack first: its files are opened from its folder.</source>
        <translation>Write the pack first: its files are opened from its folder.</translation>
    </message>
    <message>
        <source>This item has no file in the last pack.</source>
        <translation>This item has no file in the last pack.</translation>
    </message>
    <message>
        <source>ITA item</source>
        <translation>ITA item</translation>
    </message>
    <message>
        <source>Preview the &amp;manual…</source>
        <translation>Preview the &amp;manual…</translation>
    </message>
    <message>
        <source>The complaint-handling manual, written from the office&apos;s settings: its channels, clocks and responsible unit</source>
        <translation>The complaint-handling manual, written from the office&apos;s settings: its channels, clocks and responsible unit</translation>
    </message>
    <message>
        <source>The &amp;item list…</source>
        <translation>The &amp;item list…</translation>
    </message>
    <message>
        <source>&amp;Change the selected item…</source>
        <translation>&amp;Change the selected item…</translation>
    </message>
    <message>
        <source>&amp;Add an item…</source>
        <translation>&amp;Add an item…</translation>
    </message>
    <message>
        <source>&amp;Remove the selected item</source>
        <translation>&amp;Remove the selected item</translation>
    </message>
    <message>
        <source>ITA %1: item %2</source>
        <translation>ITA %1: item %2</translation>
    </message>
    <message>
        <source>ITA %1: a new item</source>
        <translation>ITA %1: a new item</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>What it must &amp;show</source>
        <translation>What it must &amp;show</translation>
    </message>
    <message>
        <source>Sujarit &amp;writes</source>
        <translation>Sujarit &amp;writes</translation>
    </message>
    <message>
        <source>Nothing ticked: the item is not kept in Sujarit, and the index says what the office adds.</source>
        <translation>Nothing ticked: the item is not kept in Sujarit, and the index says what the office adds.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Title: the item&apos;s title is missing</source>
        <translation>Title: the item&apos;s title is missing</translation>
    </message>
    <message>
        <source>Remove an ITA item</source>
        <translation>Remove an ITA item</translation>
    </message>
    <message>
        <source>Remove %1 “%2” from the list of %3?</source>
        <translation>Remove %1 “%2” from the list of %3?</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n complaint(s) — %1</source>
        <translation>
            <numerusform>%n complaint(s) — %1</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import a complaint register</source>
        <translation>Import a complaint register</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported:</source>
        <translation>
            <numerusform>%n row(s) cannot be imported, so nothing was imported:</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n complaint(s).</source>
        <translation>
            <numerusform>Imported %n complaint(s).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>Record a step</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password (8 characters or more):</source>
        <translation>New password (8 characters or more):</translation>
    </message>
    <message>
        <source>The new password again:</source>
        <translation>The new password again:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>; nothing was changed.</source>
        <translation>; nothing was changed.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>&amp;Cases of %1</source>
        <translation>&amp;Cases of %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation>Today&apos;s backup: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed</source>
        <translation>Today&apos;s backup failed</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <source>Making today&apos;s backup in the background…</source>
        <translation>Making today&apos;s backup in the background…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Your role sees the office&apos;s reports: the annual statistics and the ITA pack, the action plan and its progress, the corruption-risk assessment, declarations and gifts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Your role sees the office&apos;s reports: the annual statistics and the ITA pack, the action plan and its progress, the corruption-risk assessment, declarations and gifts.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::MoralDialog</name>
    <message>
        <source>The moral organisation</source>
        <translation>The moral organisation</translation>
    </message>
    <message>
        <source>Self-assessment (nine criteria)</source>
        <translation>Self-assessment (nine criteria)</translation>
    </message>
    <message>
        <source>Target virtues</source>
        <translation>Target virtues</translation>
    </message>
    <message>
        <source>Good deeds</source>
        <translation>Good deeds</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Best practice</translation>
    </message>
    <message>
        <source>Outstanding officials</source>
        <translation>Outstanding officials</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The self-assessment</source>
        <translation>The self-assessment</translation>
    </message>
    <message>
        <source>The self-assessment of %1 has changes not saved.</source>
        <translation>The self-assessment of %1 has changes not saved.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <source>Go on editing</source>
        <translation>Go on editing</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::PlanDialog</name>
    <message>
        <source>Ethics and anti-corruption action plan</source>
        <translation>Ethics and anti-corruption action plan</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>Fiscal year %1</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Progress rounds</source>
        <translation>&amp;Progress rounds</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Measure, line of action, activity</source>
        <translation>Measure, line of action, activity</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>Budget (baht)</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>9 months</source>
        <translation>9 months</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>&amp;Add an activity…</source>
        <translation>&amp;Add an activity…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Print the p&amp;lan…</source>
        <translation>Print the p&amp;lan…</translation>
    </message>
    <message>
        <source>Print for the &amp;ITA…</source>
        <translation>Print for the &amp;ITA…</translation>
    </message>
    <message>
        <source>Double-click a title, target, budget or division to change it in place.</source>
        <translation>Double-click a title, target, budget or division to change it in place.</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>KPI and target</source>
        <translation>KPI and target</translation>
    </message>
    <message>
        <source>Result to date</source>
        <translation>Result to date</translation>
    </message>
    <message>
        <source>Budget spent</source>
        <translation>Budget spent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Reason cancelled</source>
        <translation>Reason cancelled</translation>
    </message>
    <message>
        <source>&amp;Save the round</source>
        <translation>&amp;Save the round</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <source>&amp;Lock the round…</source>
        <translation>&amp;Lock the round…</translation>
    </message>
    <message>
        <source>Print the &amp;report…</source>
        <translation>Print the &amp;report…</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <source>Activities done, per measure</source>
        <translation>Activities done, per measure</translation>
    </message>
    <message>
        <source>Fiscal year %1 has no plan yet: make one with “New plan…”.</source>
        <translation>Fiscal year %1 has no plan yet: make one with “New plan…”.</translation>
    </message>
    <message>
        <source>Measure %1 %2</source>
        <translation>Measure %1 %2</translation>
    </message>
    <message>
        <source>Due %1 — locked on %2 by %3; changes need an administrator and are logged</source>
        <translation>Due %1 — locked on %2 by %3; changes need an administrator and are logged</translation>
    </message>
    <message>
        <source>Due %1; results are cumulative to %2</source>
        <translation>Due %1; results are cumulative to %2</translation>
    </message>
    <message>
        <source>Computed from Sujarit&apos;s own data</source>
        <translation>Computed from Sujarit&apos;s own data</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Measure %1</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <source>%1 of %2 activities done (%3%), %4 KPIs met (%5%); budget spent %6 of %7 baht.</source>
        <translation>%1 of %2 activities done (%3%), %4 KPIs met (%5%); budget spent %6 of %7 baht.</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>activity %1</translation>
    </message>
    <message>
        <source>%1: result: “%2” is not a number; nothing was saved</source>
        <translation>%1: result: “%2” is not a number; nothing was saved</translation>
    </message>
    <message>
        <source>%1: budget spent: “%2” is not an amount in baht; nothing was saved</source>
        <translation>%1: budget spent: “%2” is not an amount in baht; nothing was saved</translation>
    </message>
    <message>
        <source>Nothing was changed in this round.</source>
        <translation>Nothing was changed in this round.</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation>; nothing was saved</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n activit(y/ies) of the %1-month round.</source>
        <translation>
            <numerusform>Saved %n activit(y/ies) of the %1-month round.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change a locked round</source>
        <translation>Change a locked round</translation>
    </message>
    <message>
        <source>The round is locked. Name the administrator who allows the change and say why; both are logged.</source>
        <translation>The round is locked. Name the administrator who allows the change and say why; both are logged.</translation>
    </message>
    <message>
        <source>Change the locked round</source>
        <translation>Change the locked round</translation>
    </message>
    <message>
        <source>Lock the round</source>
        <translation>Lock the round</translation>
    </message>
    <message>
        <source>Lock the %1-month round once its report is submitted. Later changes need an administrator.</source>
        <translation>Lock the %1-month round once its report is submitted. Later changes need an administrator.</translation>
    </message>
    <message>
        <source>Submitted: lock the round</source>
        <translation>Submitted: lock the round</translation>
    </message>
    <message>
        <source>Import a round&apos;s results</source>
        <translation>Import a round&apos;s results</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>; nothing was recorded</source>
        <translation>; nothing was recorded</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n activit(y/ies) from %1.</source>
        <translation>
            <numerusform>Recorded %n activit(y/ies) from %1.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an activity in the round first.</source>
        <translation>Choose an activity in the round first.</translation>
    </message>
    <message>
        <source>%1: target: “%2” is not a number</source>
        <translation>%1: target: “%2” is not a number</translation>
    </message>
    <message>
        <source>%1: budget: “%2” is not an amount in baht</source>
        <translation>%1: budget: “%2” is not an amount in baht</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>; nothing was changed</translation>
    </message>
    <message>
        <source>Choose an activity first.</source>
        <translation>Choose an activity first.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove activity %1 “%2” from the plan?</source>
        <translation>Remove activity %1 “%2” from the plan?</translation>
    </message>
    <message>
        <source>Made the plan of fiscal year %1.</source>
        <translation>Made the plan of fiscal year %1.</translation>
    </message>
    <message>
        <source>From seed 004: three measures and eight lines of action</source>
        <translation>From seed 004: three measures and eight lines of action</translation>
    </message>
    <message>
        <source>From seed 001: four areas with the 44 example activities</source>
        <translation>From seed 001: four areas with the 44 example activities</translation>
    </message>
    <message>
        <source>Copy the plan of %1</source>
        <translation>Copy the plan of %1</translation>
    </message>
    <message>
        <source>fiscal year %1 has no plan</source>
        <translation>fiscal year %1 has no plan</translation>
    </message>
    <message>
        <source>the office profile lacks its name; set it in Settings</source>
        <translation>the office profile lacks its name; set it in Settings</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The office profile lacks its name; set it in Settings first.</source>
        <translation>The office profile lacks its name; set it in Settings first.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <source>Change the &amp;due date…</source>
        <translation>Change the &amp;due date…</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>The day the %1-month report is due.</source>
        <translation>The day the %1-month report is due.</translation>
    </message>
    <message>
        <source>Due on the date below</source>
        <translation>Due on the date below</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>&amp;Evidence…</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::PracticesPage</name>
    <message>
        <source>&amp;Write a best practice…</source>
        <translation>&amp;Write a best practice…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>&amp;Evidence…</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>Choose a best practice first.</source>
        <translation>Choose a best practice first.</translation>
    </message>
    <message>
        <source>A best practice</source>
        <translation>A best practice</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>One step a line</source>
        <translation>One step a line</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;Division</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Background</translation>
    </message>
    <message>
        <source>What was done, &amp;step by step</source>
        <translation>What was done, &amp;step by step</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <source>What made it &amp;work</source>
        <translation>What made it &amp;work</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <source>Saved the best practice “%1”.</source>
        <translation>Saved the best practice “%1”.</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::PrintMenu</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>%1 may not see the complainant of this case, whom the document names; nothing is printed.</source>
        <translation>%1 may not see the complainant of this case, whom the document names; nothing is printed.</translation>
    </message>
    <message>
        <source>Letter to the complainant %1</source>
        <translation>Letter to the complainant %1</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>Print the register</translation>
    </message>
    <message>
        <source>The register can name the complainants you may see. Why are their names needed on paper? (This goes into the trail.) Leave it empty to print them hidden.</source>
        <translation>The register can name the complainants you may see. Why are their names needed on paper? (This goes into the trail.) Leave it empty to print them hidden.</translation>
    </message>
    <message>
        <source>Register of fiscal year %1</source>
        <translation>Register of fiscal year %1</translation>
    </message>
    <message>
        <source>Quarterly summary %1/%2</source>
        <translation>Quarterly summary %1/%2</translation>
    </message>
    <message>
        <source>Monthly complaint report</source>
        <translation>Monthly complaint report</translation>
    </message>
    <message>
        <source>The month (month/Buddhist year, for example 1/2569):</source>
        <translation>The month (month/Buddhist year, for example 1/2569):</translation>
    </message>
    <message>
        <source>“%1” is not a month: write the month and the Buddhist year, like 1/2569.</source>
        <translation>“%1” is not a month: write the month and the Buddhist year, like 1/2569.</translation>
    </message>
    <message>
        <source>Monthly complaint report %1/%2</source>
        <translation>Monthly complaint report %1/%2</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet of the identity key</source>
        <translation>Recovery sheet of the identity key</translation>
    </message>
    <message>
        <source>Complainants&apos; identities in this register are sealed with a new identity key. Print this sheet now and keep it sealed in the office&apos;s safe: if every holder of the key loses his password, it is the only way to read them again. It is not shown again.</source>
        <translation>Complainants&apos; identities in this register are sealed with a new identity key. Print this sheet now and keep it sealed in the office&apos;s safe: if every holder of the key loses his password, it is the only way to read them again. It is not shown again.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Save to a file…</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>I have kept it</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>The sheet could not be saved: %1</source>
        <translation>The sheet could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved in %1, readable by you only. Print it, keep the paper in the safe, and delete the file.</source>
        <translation>Saved in %1, readable by you only. Print it, keep the paper in the safe, and delete the file.</translation>
    </message>
    <message>
        <source>The sheet was neither printed nor saved here. Have you kept the recovery key in another way? It is not shown again.</source>
        <translation>The sheet was neither printed nor saved here. Have you kept the recovery key in another way? It is not shown again.</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::RegisterModel</name>
    <message>
        <source>%1, due %2</source>
        <translation>%1, due %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Accused</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::RiskDialog</name>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Corruption risks</source>
        <translation>Corruption risks</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>Fiscal year %1</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;New register…</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Register and matrix</source>
        <translation>&amp;Register and matrix</translation>
    </message>
    <message>
        <source>&amp;Follow-up rounds</source>
        <translation>&amp;Follow-up rounds</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Work process</source>
        <translation>Work process</translation>
    </message>
    <message>
        <source>Risk event</source>
        <translation>Risk event</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>L × I</source>
        <translation>L × I</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>The office&apos;s figures</source>
        <translation>The office&apos;s figures</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>&amp;Add a risk…</source>
        <translation>&amp;Add a risk…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Add a &amp;measure…</source>
        <translation>Add a &amp;measure…</translation>
    </message>
    <message>
        <source>&amp;Print the assessment…</source>
        <translation>&amp;Print the assessment…</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>Why cancelled</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Level before</source>
        <translation>Level before</translation>
    </message>
    <message>
        <source>Likelihood after</source>
        <translation>Likelihood after</translation>
    </message>
    <message>
        <source>Impact after</source>
        <translation>Impact after</translation>
    </message>
    <message>
        <source>&amp;Save the round</source>
        <translation>&amp;Save the round</translation>
    </message>
    <message>
        <source>&amp;Lock the round…</source>
        <translation>&amp;Lock the round…</translation>
    </message>
    <message>
        <source>Print the round&apos;s &amp;report…</source>
        <translation>Print the round&apos;s &amp;report…</translation>
    </message>
    <message>
        <source>Round %1 saved</source>
        <translation>Round %1 saved</translation>
    </message>
    <message>
        <source>R&amp;ound</source>
        <translation>R&amp;ound</translation>
    </message>
    <message>
        <source>Fiscal year %1 has no risk register yet: make one with “New register…”.</source>
        <translation>Fiscal year %1 has no risk register yet: make one with “New register…”.</translation>
    </message>
    <message>
        <source>%1 complaint(s) about the division, %2 naming the process; %3 gift(s) to report</source>
        <translation>%1 complaint(s) about the division, %2 naming the process; %3 gift(s) to report</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) stand against all risks (seed 002&apos;s way); they follow up in each round.</source>
        <translation>
            <numerusform>%n measure(s) stand against all risks (seed 002&apos;s way); they follow up in each round.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Locked on %1 by %2: the round stays as reported</source>
        <translation>Locked on %1 by %2: the round stays as reported</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Due on %1</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>measure %1</translation>
    </message>
    <message>
        <source>%1: give both the likelihood and the impact after the measures; nothing was saved</source>
        <translation>%1: give both the likelihood and the impact after the measures; nothing was saved</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation>; nothing was saved</translation>
    </message>
    <message>
        <source>Lock the round</source>
        <translation>Lock the round</translation>
    </message>
    <message>
        <source>Round %1 is locked once its report is submitted. Who submits it?</source>
        <translation>Round %1 is locked once its report is submitted. Who submits it?</translation>
    </message>
    <message>
        <source>Round %1 locked</source>
        <translation>Round %1 locked</translation>
    </message>
    <message>
        <source>Seed 002&apos;s six risks and seven measures (to be rated)</source>
        <translation>Seed 002&apos;s six risks and seven measures (to be rated)</translation>
    </message>
    <message>
        <source>A copy of fiscal year %1&apos;s register (without its follow-up)</source>
        <translation>A copy of fiscal year %1&apos;s register (without its follow-up)</translation>
    </message>
    <message>
        <source>An empty register</source>
        <translation>An empty register</translation>
    </message>
    <message>
        <source>Risk R%1</source>
        <translation>Risk R%1</translation>
    </message>
    <message>
        <source>A new risk</source>
        <translation>A new risk</translation>
    </message>
    <message>
        <source>e.g. การจัดซื้อจัดจ้าง, การอนุญาตก่อสร้างอาคาร</source>
        <translation>e.g. การจัดซื้อจัดจ้าง, การอนุญาตก่อสร้างอาคาร</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>Score %1: %2</translation>
    </message>
    <message>
        <source>&amp;Work process</source>
        <translation>&amp;Work process</translation>
    </message>
    <message>
        <source>Risk &amp;event</source>
        <translation>Risk &amp;event</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Causes</source>
        <translation>&amp;Causes</translation>
    </message>
    <message>
        <source>Controls in &amp;place</source>
        <translation>Controls in &amp;place</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;Division</translation>
    </message>
    <message>
        <source>&amp;Likelihood</source>
        <translation>&amp;Likelihood</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A new measure</source>
        <translation>A new measure</translation>
    </message>
    <message>
        <source>All the register&apos;s risks</source>
        <translation>All the register&apos;s risks</translation>
    </message>
    <message>
        <source>e.g. ตลอดปีงบประมาณ</source>
        <translation>e.g. ตลอดปีงบประมาณ</translation>
    </message>
    <message>
        <source>a date, e.g. 31/3/2570 (optional)</source>
        <translation>a date, e.g. 31/3/2570 (optional)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>&amp;Against</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>D&amp;ue</translation>
    </message>
    <message>
        <source>&amp;Indicator of success</source>
        <translation>&amp;Indicator of success</translation>
    </message>
    <message>
        <source>Reported through the &amp;plan&apos;s activity</source>
        <translation>Reported through the &amp;plan&apos;s activity</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The office profile lacks its name; set it in Settings first.</source>
        <translation>The office profile lacks its name; set it in Settings first.</translation>
    </message>
    <message>
        <source>Corruption-risk assessment %1</source>
        <translation>Corruption-risk assessment %1</translation>
    </message>
    <message>
        <source>fiscal year %1 has no risk register</source>
        <translation>fiscal year %1 has no risk register</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <source>What &amp;stakeholders expect</source>
        <translation>What &amp;stakeholders expect</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What stakeholders expect</source>
        <translation>What stakeholders expect</translation>
    </message>
    <message>
        <source>Risks it raises</source>
        <translation>Risks it raises</translation>
    </message>
    <message>
        <source>&amp;Add a finding…</source>
        <translation>&amp;Add a finding…</translation>
    </message>
    <message>
        <source>From surveys, meetings, complaints and the ITA results: what the people the office serves expect, tied to the risks it raises (seed 001, step 3). The assessment prints them.</source>
        <translation>From surveys, meetings, complaints and the ITA results: what the people the office serves expect, tied to the risks it raises (seed 001, step 3). The assessment prints them.</translation>
    </message>
    <message>
        <source>e.g. R1, R3</source>
        <translation>e.g. R1, R3</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>&amp;Finding</translation>
    </message>
    <message>
        <source>&amp;Risks it raises</source>
        <translation>&amp;Risks it raises</translation>
    </message>
    <message>
        <source>Risks: “%1” is not a risk&apos;s number (R1, R2 …)</source>
        <translation>Risks: “%1” is not a risk&apos;s number (R1, R2 …)</translation>
    </message>
    <message>
        <source>Reported through the action plan&apos;s activity: record it in the plan&apos;s round</source>
        <translation>Reported through the action plan&apos;s activity: record it in the plan&apos;s round</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Remove a risk</source>
        <translation>Remove a risk</translation>
    </message>
    <message>
        <source>Remove R%1 (%2) and its own measures from the register?</source>
        <translation>Remove R%1 (%2) and its own measures from the register?</translation>
    </message>
    <message>
        <source>R%1 removed</source>
        <translation>R%1 removed</translation>
    </message>
    <message>
        <source>Choose the measure the evidence is of, then attach it.</source>
        <translation>Choose the measure the evidence is of, then attach it.</translation>
    </message>
    <message>
        <source>&amp;Due date…</source>
        <translation>&amp;Due date…</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Round %1 is due on:</source>
        <translation>Round %1 is due on:</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>Due date: %1</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>&amp;Evidence…</translation>
    </message>
    <message>
        <source>Locked on %1 by %2: a correction asks why, and is logged</source>
        <translation>Locked on %1 by %2: a correction asks why, and is logged</translation>
    </message>
    <message>
        <source>Correct a locked round</source>
        <translation>Correct a locked round</translation>
    </message>
    <message>
        <source>Round %1 was reported and locked. Why is it corrected? (The change is logged with what it was.)</source>
        <translation>Round %1 was reported and locked. Why is it corrected? (The change is logged with what it was.)</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::SelectionPage</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Weighted total</translation>
    </message>
    <message>
        <source>Sheets in</source>
        <translation>Sheets in</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Open the selection</source>
        <translation>&amp;Open the selection</translation>
    </message>
    <message>
        <source>&amp;Nominate…</source>
        <translation>&amp;Nominate…</translation>
    </message>
    <message>
        <source>&amp;Score…</source>
        <translation>&amp;Score…</translation>
    </message>
    <message>
        <source>Record the &amp;announcement…</source>
        <translation>Record the &amp;announcement…</translation>
    </message>
    <message>
        <source>&amp;Preview the sheets, summary and announcement…</source>
        <translation>&amp;Preview the sheets, summary and announcement…</translation>
    </message>
    <message>
        <source>Open the selection first.</source>
        <translation>Open the selection first.</translation>
    </message>
    <message>
        <source>Selection of:</source>
        <translation>Selection of:</translation>
    </message>
    <message>
        <source>No selection is open for %1 yet: open it, with the seven ethical standards of the Ethical Standards Act 2562 s.5 as its criteria.</source>
        <translation>No selection is open for %1 yet: open it, with the seven ethical standards of the Ethical Standards Act 2562 s.5 as its criteria.</translation>
    </message>
    <message>
        <source>Announced on %1 by %2.</source>
        <translation>Announced on %1 by %2.</translation>
    </message>
    <message numerus="yes">
        <source>Scored by the %n member(s) of the ethics committee; not announced yet.</source>
        <translation>
            <numerusform>Scored by the %n member(s) of the ethics committee; not announced yet.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Highest total %1.</source>
        <translation>Highest total %1.</translation>
    </message>
    <message>
        <source>tie: shares rank %1</source>
        <translation>tie: shares rank %1</translation>
    </message>
    <message>
        <source>%1 does not score: %2</source>
        <translation>%1 does not score: %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>Nominate</source>
        <translation>Nominate</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;Division</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>&amp;Why (the work or conduct put forward)</source>
        <translation>&amp;Why (the work or conduct put forward)</translation>
    </message>
    <message>
        <source>The nominee</source>
        <translation>The nominee</translation>
    </message>
    <message>
        <source>Nominated %1.</source>
        <translation>Nominated %1.</translation>
    </message>
    <message>
        <source>Nominate someone first.</source>
        <translation>Nominate someone first.</translation>
    </message>
    <message>
        <source>The ethics committee of %1 has no members to score; add them under The ethics committee.</source>
        <translation>The ethics committee of %1 has no members to score; add them under The ethics committee.</translation>
    </message>
    <message>
        <source>A scoring sheet</source>
        <translation>A scoring sheet</translation>
    </message>
    <message>
        <source>Save the scores</source>
        <translation>Save the scores</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Member</translation>
    </message>
    <message>
        <source>&amp;Nominee</source>
        <translation>&amp;Nominee</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <source>%1 may not score %2: %3</source>
        <translation>%1 may not score %2: %3</translation>
    </message>
    <message>
        <source>The sheet</source>
        <translation>The sheet</translation>
    </message>
    <message>
        <source>Recorded %1&apos;s scores of %2.</source>
        <translation>Recorded %1&apos;s scores of %2.</translation>
    </message>
    <message>
        <source>The result announced</source>
        <translation>The result announced</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Signed &amp;by (the executive)</source>
        <translation>Signed &amp;by (the executive)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>The result is recorded as announced.</source>
        <translation>The result is recorded as announced.</translation>
    </message>
    <message>
        <source>Deeds</source>
        <translation>Deeds</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Choose a nominee first.</source>
        <translation>Choose a nominee first.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Take %1 out of the selection, with the scores given?</source>
        <translation>Take %1 out of the selection, with the scores given?</translation>
    </message>
    <message>
        <source>Withdrew %1.</source>
        <translation>Withdrew %1.</translation>
    </message>
    <message>
        <source>The divisions&apos; results are due on %1.</source>
        <translation>The divisions&apos; results are due on %1.</translation>
    </message>
    <message>
        <source>The selection&apos;s criteria</source>
        <translation>The selection&apos;s criteria</translation>
    </message>
    <message>
        <source>Open the selection</source>
        <translation>Open the selection</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Highest score</translation>
    </message>
    <message>
        <source>&amp;Add a criterion</source>
        <translation>&amp;Add a criterion</translation>
    </message>
    <message>
        <source>&amp;Take out the criterion</source>
        <translation>&amp;Take out the criterion</translation>
    </message>
    <message>
        <source>The seven ethical standards of the Ethical Standards Act 2562 s.5, each scored 0 to 10 with weight 1, unless the office scores by its own:</source>
        <translation>The seven ethical standards of the Ethical Standards Act 2562 s.5, each scored 0 to 10 with weight 1, unless the office scores by its own:</translation>
    </message>
    <message>
        <source>Criterion %1: the weight is a number and the highest score a whole number</source>
        <translation>Criterion %1: the weight is a number and the highest score a whole number</translation>
    </message>
    <message>
        <source>A selection needs at least one criterion.</source>
        <translation>A selection needs at least one criterion.</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::SelfAssessmentPage</name>
    <message>
        <source>Not yet claimed</source>
        <translation>Not yet claimed</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Level %1: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Held in Sujarit</source>
        <translation>Held in Sujarit</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <source>What the office did for this criterion, one paragraph a line</source>
        <translation>What the office did for this criterion, one paragraph a line</translation>
    </message>
    <message>
        <source>&amp;Save the assessment</source>
        <translation>&amp;Save the assessment</translation>
    </message>
    <message>
        <source>&amp;Evidence files of the criterion…</source>
        <translation>&amp;Evidence files of the criterion…</translation>
    </message>
    <message>
        <source>&amp;Preview the report…</source>
        <translation>&amp;Preview the report…</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Criterion %1</translation>
    </message>
    <message>
        <source>The level the office claims:</source>
        <translation>The level the office claims:</translation>
    </message>
    <message>
        <source>The office&apos;s narrative of the criterion chosen above:</source>
        <translation>The office&apos;s narrative of the criterion chosen above:</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sujarit holds nothing for criterion %1 yet.</source>
        <translation>Sujarit holds nothing for criterion %1 yet.</translation>
    </message>
    <message>
        <source>Sujarit holds for criterion %1: %2</source>
        <translation>Sujarit holds for criterion %1: %2</translation>
    </message>
    <message>
        <source>Saved the self-assessment of %1.</source>
        <translation>Saved the self-assessment of %1.</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::SettingsDialog</name>
    <message>
        <source>public holiday</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <source>substitution day</source>
        <translation>substitution day</translation>
    </message>
    <message>
        <source>Cabinet&apos;s extra day</source>
        <translation>Cabinet&apos;s extra day</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Added %1. The deadlines of open cases were recomputed.</source>
        <translation>Added %1. The deadlines of open cases were recomputed.</translation>
    </message>
    <message>
        <source>Removed %1. The deadlines of open cases were recomputed.</source>
        <translation>Removed %1. The deadlines of open cases were recomputed.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) computed by Sujarit, awaiting the Cabinet&apos;s announcement</source>
        <translation>
            <numerusform>%n day(s) computed by Sujarit, awaiting the Cabinet&apos;s announcement</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed %1 as the Cabinet announced it.</source>
        <translation>Confirmed %1 as the Cabinet announced it.</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n computed day(s) of %1 as the Cabinet announced them.</source>
        <translation>
            <numerusform>Confirmed %n computed day(s) of %1 as the Cabinet announced them.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sujarit::gui::SignInDialog</name>
    <message>
        <source>Sujarit — the register&apos;s administrator</source>
        <translation>Sujarit — the register&apos;s administrator</translation>
    </message>
    <message>
        <source>Sujarit — locked</source>
        <translation>Sujarit — locked</translation>
    </message>
    <message>
        <source>Sujarit — sign in</source>
        <translation>Sujarit — sign in</translation>
    </message>
    <message>
        <source>This register has no users yet. Create its administrator: the person who adds the office&apos;s users and gives them their roles.</source>
        <translation>This register has no users yet. Create its administrator: the person who adds the office&apos;s users and gives them their roles.</translation>
    </message>
    <message>
        <source>The screen was locked after a time without use. Type your password to go on.</source>
        <translation>The screen was locked after a time without use. Type your password to go on.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Sign in with your user name and password.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>e.g. นางสาวสมใจ ใจดี</source>
        <translation>e.g. นางสาวสมใจ ใจดี</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The password &amp;again:</source>
        <translation>The password &amp;again:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit Sujarit</source>
        <translation>Quit Sujarit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>The two passwords differ: type them again.</translation>
    </message>
    <message>
        <source>Sujarit</source>
        <translation>Sujarit</translation>
    </message>
    <message>
        <source>8 characters or more</source>
        <translation>8 characters or more</translation>
    </message>
    <message>
        <source>Another &amp;register…</source>
        <translation>Another &amp;register…</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::StaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;Division</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::StatisticsDialog</name>
    <message>
        <source>Annual complaint statistics</source>
        <translation>Annual complaint statistics</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>Fiscal year:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Whole year (Oct–Sep)</source>
        <translation>Whole year (Oct–Sep)</translation>
    </message>
    <message>
        <source>First six months (Oct–Mar)</source>
        <translation>First six months (Oct–Mar)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Print report…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The statistics cannot be computed: %1</source>
        <translation>The statistics cannot be computed: %1</translation>
    </message>
    <message>
        <source>Fiscal year %1: %2</source>
        <translation>Fiscal year %1: %2</translation>
    </message>
    <message>
        <source>No complaints (ไม่มีเรื่องร้องเรียน) in this period.</source>
        <translation>No complaints (ไม่มีเรื่องร้องเรียน) in this period.</translation>
    </message>
    <message>
        <source>Received &lt;b&gt;%1&lt;/b&gt; · completed &lt;b&gt;%2&lt;/b&gt; · in progress &lt;b&gt;%3&lt;/b&gt; · anonymous %4 · carried over from earlier years %5</source>
        <translation>Received &lt;b&gt;%1&lt;/b&gt; · completed &lt;b&gt;%2&lt;/b&gt; · in progress &lt;b&gt;%3&lt;/b&gt; · anonymous %4 · carried over from earlier years %5</translation>
    </message>
    <message>
        <source>First answer within 15 working days: %1 of %2 (%3) · result notified within 7 days: %4 of %5 (%6)</source>
        <translation>First answer within 15 working days: %1 of %2 (%3) · result notified within 7 days: %4 of %5 (%6)</translation>
    </message>
    <message>
        <source>median %1 working days from receipt to conclusion</source>
        <translation>median %1 working days from receipt to conclusion</translation>
    </message>
    <message>
        <source>ITA item: not set for %1</source>
        <translation>ITA item: not set for %1</translation>
    </message>
    <message>
        <source>Published under ITA item %1</source>
        <translation>Published under ITA item %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>there are no statistics to export</source>
        <translation>there are no statistics to export</translation>
    </message>
    <message>
        <source>Complaint statistics, fiscal year %1</source>
        <translation>Complaint statistics, fiscal year %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::StepDialog</name>
    <message>
        <source>%1 — %2
Now: %3</source>
        <translation>%1 — %2
Now: %3</translation>
    </message>
    <message>
        <source>Interim answer to the complainant</source>
        <translation>Interim answer to the complainant</translation>
    </message>
    <message>
        <source>This case is closed: no further step can be recorded.</source>
        <translation>This case is closed: no further step can be recorded.</translation>
    </message>
    <message>
        <source>&amp;Agency referred to</source>
        <translation>&amp;Agency referred to</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;Division</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Committee &amp;members</source>
        <translation>Committee &amp;members</translation>
    </message>
    <message>
        <source>&amp;Officers responsible</source>
        <translation>&amp;Officers responsible</translation>
    </message>
    <message>
        <source>%1 should not work this case: %2</source>
        <translation>%1 should not work this case: %2</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>for an officer: e.g. กองช่าง</source>
        <translation>for an officer: e.g. กองช่าง</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>&amp;Division:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The password &amp;again:</source>
        <translation>The password &amp;again:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>A clerk enters complaints; an officer works the cases assigned to her division; the integrity officer sees every case and, holding the identity key, its complainant; the administrator manages users, settings and backups, and sees no complainant unless also integrity officer; the executive sees reports.</source>
        <translation>A clerk enters complaints; an officer works the cases assigned to her division; the integrity officer sees every case and, holding the identity key, its complainant; the administrator manages users, settings and backups, and sees no complainant unless also integrity officer; the executive sees reports.</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Roles and division…</source>
        <translation>&amp;Roles and division…</translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation>&amp;Disable or enable</translation>
    </message>
    <message>
        <source>Set a new &amp;password…</source>
        <translation>Set a new &amp;password…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>The same again:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <source>Identity key</source>
        <translation>Identity key</translation>
    </message>
    <message>
        <source>holds it</source>
        <translation>holds it</translation>
    </message>
    <message>
        <source>holds it until an integrity officer does</source>
        <translation>holds it until an integrity officer does</translation>
    </message>
    <message>
        <source>waiting for a holder&apos;s sign-in</source>
        <translation>waiting for a holder&apos;s sign-in</translation>
    </message>
    <message>
        <source>Complainants&apos; identities are sealed: only integrity officers who hold the identity key read them. A new integrity officer is given the key at the next sign-in of one who holds it.</source>
        <translation>Complainants&apos; identities are sealed: only integrity officers who hold the identity key read them. A new integrity officer is given the key at the next sign-in of one who holds it.</translation>
    </message>
    <message>
        <source>Nobody holds the identity key: no complainant&apos;s identity can be read until it is given from the recovery sheet (sujarit-cli keys recover). Without the sheet they cannot be read again.</source>
        <translation>Nobody holds the identity key: no complainant&apos;s identity can be read until it is given from the recovery sheet (sujarit-cli keys recover). Without the sheet they cannot be read again.</translation>
    </message>
    <message>
        <source>The password of %1 was changed. The identity key was wrapped with the old one: it is given again at the next sign-in of an integrity officer who holds it.</source>
        <translation>The password of %1 was changed. The identity key was wrapped with the old one: it is given again at the next sign-in of an integrity officer who holds it.</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::VirtuesPage</name>
    <message>
        <source>Virtue</source>
        <translation>Virtue</translation>
    </message>
    <message>
        <source>Problem to fix</source>
        <translation>Problem to fix</translation>
    </message>
    <message>
        <source>Good to do</source>
        <translation>Good to do</translation>
    </message>
    <message>
        <source>Indicator and target</source>
        <translation>Indicator and target</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>&amp;Add a virtue…</source>
        <translation>&amp;Add a virtue…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Preview the form…</source>
        <translation>&amp;Preview the form…</translation>
    </message>
    <message>
        <source>The problems the office wants to fix and the good it wants to do, for each target virtue; the plan&apos;s activities tagged with a virtue are listed beside it.</source>
        <translation>The problems the office wants to fix and the good it wants to do, for each target virtue; the plan&apos;s activities tagged with a virtue are listed beside it.</translation>
    </message>
    <message>
        <source>%1 months: %2</source>
        <translation>%1 months: %2</translation>
    </message>
    <message>
        <source>A target virtue</source>
        <translation>A target virtue</translation>
    </message>
    <message>
        <source>The target virtue %1</source>
        <translation>The target virtue %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Virtue</source>
        <translation>&amp;Virtue</translation>
    </message>
    <message>
        <source>&amp;Dimension</source>
        <translation>&amp;Dimension</translation>
    </message>
    <message>
        <source>&amp;Problem to fix</source>
        <translation>&amp;Problem to fix</translation>
    </message>
    <message>
        <source>&amp;Good to do</source>
        <translation>&amp;Good to do</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <source>Result at %1 months</source>
        <translation>Result at %1 months</translation>
    </message>
    <message>
        <source>Saved the target virtue %1.</source>
        <translation>Saved the target virtue %1.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Choose a target virtue first.</source>
        <translation>Choose a target virtue first.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the target virtue %1 and what it holds?</source>
        <translation>Remove the target virtue %1 and what it holds?</translation>
    </message>
    <message>
        <source>Removed the target virtue %1.</source>
        <translation>Removed the target virtue %1.</translation>
    </message>
</context>
</TS>
