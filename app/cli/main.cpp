// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli: the complaint register from the command line.
#include "CliContext.h"

#include "storage/Database.h"
#include "schema/RegisterSchema.h"

#include <QGuiApplication>
#include <memory>

using namespace sujarit::cli;

namespace {
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

const char* Help = QT_TRANSLATE_NOOP("CliText", R"(Usage: sujarit-cli [--db PATH] [--user NAME --password-file FILE] COMMAND ...

The database is --db PATH, else $SUJARIT_DB, else the desktop app's own file. PATH is an SQLite file, or a shared
PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD, ~/.pgpass, or asked).
Every command but init signs in: --user and --password-file (its first line is the password), else $SUJARIT_USER
and $SUJARIT_PASSWORD_FILE, else the terminal asks. What a user may do and see depends on her roles: clerk, officer,
integrity_officer, administrator, executive.

Commands:
  init [--admin NAME --password-file FILE [--full-name TEXT]] [--recovery-out FILE] [--pcs-role ROLE]
                                         create the database, or bring an older one up to date; --admin creates
                                         the first administrator of a register that has no users. A new register
                                         (or one whose identities this sealed) gets its recovery sheet, printed
                                         here or written to FILE (readable by you only). On a server, run as the
                                         schema's owner; --pcs-role ROLE lets the PCs' role read and write the
                                         register's rows, never its schema or its trail (kept for later upgrades)
  keys status                            who holds the identity key that opens complainants' identities
  keys recover --recovery-file FILE --for NAME
                                         give the key, from the recovery sheet, to an integrity officer
  keys new-recovery [--recovery-out FILE]   a new recovery sheet (the old one stops working); for a holder
  users add NAME --role ROLE[,ROLE] [--division TEXT] [--full-name TEXT] --new-password-file FILE
  users list [--format table|json]
  users disable|enable NAME
  users set-role NAME ROLE[,ROLE]        an officer also needs a division: the cases assigned there are hers
  users set-division NAME TEXT
  users password NAME [--new-password-file FILE]   your own, or anyone's for an administrator
  complaints import FILE.csv [--skip-invalid REJECTS.csv]
  complaints list [--fiscal-year BBBB] [--from DATE] [--to DATE] [--status STEP] [--channel CH]
                  [--category CAT] [--overdue] [--search TEXT] [--format table|csv|json]
                  [--reveal REASON]
  complaints show RECEIPT_NO [--format text|json] [--reveal REASON]
                                         complainants read ไม่เปิดเผยชื่อ unless --reveal gives a reason (audited)
                                         and your role may see that case's complainant
  complaints add --json FILE|- [--each]  add one complaint (an object) or many (an array), all or nothing;
                                         --each saves them one by one, printing each number as it is saved
  complaints step RECEIPT_NO STEP [--reason CODE] [--to DIVISION] [--officers "NAME,NAME"] [--note TEXT]
                  [--at DATETIME] [--by NAME]   officers are checked for recusal against their declarations
  holidays list [--year YYYY] [--format table|csv|json]   days Sujarit computed are marked computed
  holidays add DATE NAME [--kind public|substitution|special]   replaces a computed day of that date
  holidays remove DATE
  holidays confirm DATE | --year YYYY    confirm computed days against the Cabinet's announcement
  settings numbering [calendar|fiscal]   receipt numbers run by calendar or fiscal year
  settings deadline [CLOCK AMOUNT [working_days|days]]
  office show [--json] | office set FIELD VALUE | office set --json FILE
  print complaint-form RECEIPT_NO|--blank --out FILE.pdf
  print receipt RECEIPT_NO --out FILE.pdf
  print register --fiscal-year BBBB [--from DATE --to DATE] [--circulation] [--reveal REASON] --out FILE.pdf
  print letter RECEIPT_NO --kind acknowledgement|result [--letter-no TEXT] [--result TEXT] --out FILE.pdf
  print quarterly --fiscal-year BBBB --quarter 1..4 --out FILE.pdf
  print monthly-report --month YYYY-MM --out FILE.pdf
                                         the month's complaints for the executive and every case past a deadline
  verify-receipt CODE                    check a receipt's check code against the register
  stats --fiscal-year BBBB [--half first] --format json|csv|xlsx|pdf [--out FILE]
  ita items --fiscal-year BBBB [--format table|json]
                                         the year's ITA items: state (ready, incomplete, not_kept), what is
                                         missing, the files the pack writes
  ita set-item --fiscal-year BBBB --code O19 [--title TEXT] [--shows TEXT] [--answers KIND,…|none]
                                         correct or add an item (administrators); KIND: manual, channels,
                                         statistics, ethics, no_gift_announcement, no_gift_culture, gift_report,
                                         coi_measures, risk_assessment, risk_results, plan, plan_six_months,
                                         plan_results, integrity_report
  ita remove-item --fiscal-year BBBB --code O20
  ita-pack --fiscal-year BBBB --out DIR  the year's whole ITA integrity section: every item's PDF (CSV and Excel
                                         with figures) and index.html/index.pdf; an earlier pack is replaced whole
  print manual --out FILE.pdf            the complaint-handling manual, from the office's settings
  committee add --fiscal-year BBBB --json FILE|- [--name TEXT]
                                         the year's ethics committee: name (from the staff list), role (chair,
                                         vice_chair, member, secretary, assistant_secretary, or their Thai names)
  committee list --fiscal-year BBBB [--format table|json] | committee show --fiscal-year BBBB
  committee role|remove --fiscal-year BBBB --name NAME [--role ROLE] | committee rename --fiscal-year BBBB --name TEXT
  committee goals --fiscal-year BBBB --json FILE|- (goal, plan_activity) | --remove ID
  committee order --fiscal-year BBBB --number N/BBBB --date DATE --by NAME   the appointment order, signed
  print committee-order --fiscal-year BBBB --out FILE.pdf
  meetings plan --fiscal-year BBBB --every 1|2 [--weekday 1-5 --week 1-4 | --day 1-28]
                                         the committee's meetings of the year, each on a working day
  meetings list --fiscal-year BBBB [--format table|json]   id, number (3/2569), date, status, agenda_due
  meetings add --fiscal-year BBBB --date DATE | meetings move ID --date DATE --reason TEXT
  meetings cancel ID --reason TEXT | meetings agenda-days --fiscal-year BBBB --days N
  meetings agenda ID [--json FILE|-]     the agenda written and sent (place, time, sent, items: section 1-6,
                                         title, details), or shown with what Sujarit adds
  print agenda MEETING_ID --out FILE.pdf the agenda, with the month's complaint report it carries
  meetings minutes ID [--json FILE|- [--reason TEXT]]
                                         the minutes: place, start, end, attendees, absent [{name, reason}],
                                         others, items [{section, title, discussion, resolution}], actions
                                         [{title, owner, due}], taker, checker; the meeting is then held
  meetings approve ID --at MEETING_ID    the minutes approved at a later meeting, and locked
  meetings actions --fiscal-year BBBB | meetings actions --done ACTION_ID --date DATE
  print minutes MEETING_ID --out FILE.pdf
  print meeting-register --fiscal-year BBBB [--format pdf|csv|xlsx] --out FILE
                                         the year's meetings planned and held, and each member's attendance
  settings ita-item BBBB [CODE]          the code of the item the statistics go under that year
  staff add --json FILE|-                name, position, division, kind (executive, council_member, official,
                                         contract_employee, or their Thai names)
  staff import FILE.csv                  columns ชื่อ/name, ตำแหน่ง/position, สังกัด/division, ประเภท/kind,
                                         วันที่พ้นตำแหน่ง/left_on
  staff list [--format table|json]
  staff leave NAME --on DATE             a member left office (the two-year after-office rules count from it)
  declarations add --json FILE|-         kind (annual, procurement, situational, gift_report), declarant, date,
                                         no_interest, form, details, parties [{name, relation}], procurement,
                                         procurement_number, bidders, review {reviewer, decision, date, reason}
  declarations list [--fiscal-year BBBB] [--missing [--due DATE]] [--format table|json|csv|xlsx|pdf] [--out FILE]
  declarations review ID --decision no_conflict|recuse|reassign|stop|other --by NAME [--date DATE] [--reason TEXT]
  gifts add --json FILE|-                receiver (a staff name), date, giver, relation, occasion, description,
                                         value (baht), public_offer, accepted, disposition; judged by the NACC
                                         gift rule 2563
  gifts list --fiscal-year BBBB [--format table|json|csv|xlsx|pdf] [--out FILE]
  gifts decide ID --decision keep|return|hand_over --by NAME [--date DATE] [--reason TEXT]
  print gift-register|no-gift-report --fiscal-year BBBB --out FILE.pdf
  print declaration ID --out FILE.pdf
  print declarations|missing-declarations --fiscal-year BBBB [--due DATE] --out FILE.pdf
  plan new --fiscal-year BBBB --template seed001|seed004|copy:BBBB|empty
  plan list --fiscal-year BBBB [--format table|json|csv|xlsx|pdf] [--out FILE]
  plan add --fiscal-year BBBB --json FILE|-   measure, line, title, area, kpi {name, unit, kind, source}, target,
                                         budget (null: ไม่ใช้งบประมาณ), division, person, months, virtues
  plan round --fiscal-year BBBB --round 6|9|12 --import FILE.csv [--admin NAME --reason TEXT]
  plan lock --fiscal-year BBBB --round 6|9|12 --by NAME
  plan due --fiscal-year BBBB --round 6|9|12 --date DATE
  plan changes --fiscal-year BBBB        what was changed in locked rounds, by whom and why
  plan evidence --fiscal-year BBBB --activity CODE [--add FILE --round 6|9|12 | --save ID --out FILE]
                                         an activity's evidence files (PDF, JPEG, PNG): list, attach, save a copy
  print plan|plan-ita --fiscal-year BBBB --out FILE.pdf
  print plan-round --fiscal-year BBBB --round 6|9|12 --out FILE.pdf
  risks new --fiscal-year BBBB --template seed002|copy:BBBB|empty
                                         the year's corruption-risk register: seed 002's six risks and seven
                                         measures (to be assessed), last year's without its follow-up, or none
  risks add --fiscal-year BBBB --json FILE|-   process, event, type, likelihood and impact (1-5), causes,
                                         controls, division, measures [{title, owner, person, period, due,
                                         indicator, plan_activity}]
  risks edit ID --fiscal-year BBBB --json FILE|-   change a risk (the keys given), e.g. assess a template's
  risks measure --fiscal-year BBBB --json FILE|-   measures against risk N ("risk": N) or all risks
  risks finding --fiscal-year BBBB --json FILE|-   what stakeholders expect: source (survey, meeting,
                                         complaints, ita, other), finding, risks [N, ...]
  risks list --fiscal-year BBBB [--format table|json|csv|xlsx|pdf] [--out FILE]
                                         ranked, with score, level and the office's figures beside each risk
  risks follow-up --fiscal-year BBBB --round 6|12 --json FILE|-
                                         [{measure: ID, status, done, cancel_reason} | {risk: ID, likelihood,
                                         impact}] (after the measures); a locked round only with --admin
                                         NAME --reason TEXT, signed in as an administrator, and logged
  risks changes --fiscal-year BBBB       what was changed in locked rounds, by whom and why
  risks lock|due --fiscal-year BBBB --round 6|12 (--by NAME | --date DATE)
  risks bands [MEDIUM HIGH VERY_HIGH]    the lowest score of each level (5 10 17)
  risks types [add CODE LABEL]           the risk types (another guide's types may be added)
  risks remove --fiscal-year BBBB --risk ID | --measure ID   one entered by mistake (not once followed up)
  risks evidence --fiscal-year BBBB --measure ID [--add FILE --round 6|12 | --save FILE_ID --out FILE]
  print risk-assessment --fiscal-year BBBB --out FILE.pdf   the heat map and the ranked register
  print risk-report --fiscal-year BBBB --round 6|12 --out FILE.pdf
  announcements new --fiscal-year BBBB --kind no_gift|coi_measures|channels|moral_intent
                                         a draft from the template, written for the office (coi_measures from
                                         the year's risk register)
  announcements list --fiscal-year BBBB [--format table|json]   every version, signed or draft
  announcements show ID [--format text|json]
  announcements edit ID [--title TEXT] [--body-file FILE|-] | --from-template [--reason TEXT]
                                         a draft changes in place; a signed one becomes a new version that says
                                         why (--reason), and the signed one stays; --from-template writes it
                                         again from the profile and the risk register as they are now
  announcements sign ID --by NAME --date DATE   the executive signed it (once)
  print announcement ID --out FILE.pdf   Garuda, ประกาศ + the office, เรื่อง, the text, the date, the signature
  no-gift add --json FILE|-              No Gift culture activities: date, kind (meeting, training, campaign,
                                         notice, other), title, participants [staff names], headcount
  no-gift list --fiscal-year BBBB [--format table|json|csv|xlsx] [--out FILE]
  no-gift evidence ID [--add FILE | --save FILE_ID --out FILE]
  print no-gift-culture --fiscal-year BBBB --out FILE.pdf
  moral-org show --fiscal-year BBBB [--format text|json]
                                         the self-assessment (รายงานองค์กรคุณธรรม): level, the nine criteria, and
                                         what Sujarit already holds for each
  moral-org set --fiscal-year BBBB --json FILE|-   {level: 1-3, criteria: [{number: 1-9, status: met|partly|not,
                                         text}]}; criteria not given stay as they were
  moral-org evidence --fiscal-year BBBB [--criterion N --add FILE | --save FILE_ID --out FILE]
  moral-org due [MM-DD] [--divisions]    the report's due day each year (06-30); with --divisions, the
                                         divisions' results' (07-30)
  virtues add --fiscal-year BBBB --json FILE|-   target virtues: virtue, dimension (core, religion,
                                         sufficiency, culture, other), problem, good, indicator, target,
                                         activities, results {"6"|"9"|"12": text}
  virtues list --fiscal-year BBBB [--format table|json|csv|xlsx|pdf] [--out FILE]
  virtues update ID --json FILE|-  |  virtues remove ID
  deeds add --json FILE|- [--fiscal-year BBBB]   good deeds: staff, date, deed, virtue, place, certified_by
  deeds list --fiscal-year BBBB [--staff NAME] [--format table|json|csv|xlsx|pdf] [--out FILE]
  deeds counts --fiscal-year BBBB [--format table|json]   per person, division and virtue
  deeds evidence ID [--add FILE | --save FILE_ID --out FILE]  |  deeds remove ID
  best-practice add --fiscal-year BBBB --json FILE|-   division, title, background, steps, results,
                                         factors, lessons
  best-practice list --fiscal-year BBBB [--format table|json]  |  best-practice update ID --json FILE|-
  best-practice evidence ID [--add FILE | --save FILE_ID --out FILE]
  selection new [--fiscal-year BBBB] [--kind official|division] [--criteria FILE|-]
                                         criteria [{name, weight, max}]; the seven ethical standards when none
  selection nominate [--fiscal-year BBBB] [--kind K] (--json FILE|- | --name NAME [--reason TEXT])
  selection withdraw [--fiscal-year BBBB] [--kind K] --name NAME
  selection score [--fiscal-year BBBB] [--kind K] --json FILE|-   [{member, nominee, scores {criterion: value}}]
                                         by the ethics committee's members; a member who is the nominee, tied to
                                         one in a declaration, or of the nominated division does not score it
  selection result [--fiscal-year BBBB] [--kind K] [--format table|json]   totals, ranks, ties
  selection announce [--fiscal-year BBBB] [--kind K] --by NAME --date DATE   the executive signed the result
  print moral-org-report --fiscal-year BBBB --out FILE.pdf
  print virtues|deeds --fiscal-year BBBB [--staff NAME] --out FILE.pdf
  print best-practice ID --out FILE.pdf
  print selection [--fiscal-year BBBB] [--kind K] [--part sheets,summary,announcement] --out FILE.pdf
  audit verify                           check the audit trail's hash chain: names the first entry changed,
                                         deleted or moved
  audit case RECEIPT_NO [--format json] [--reveal REASON]
                                         every change to one complaint: who, when, before and after
  audit list [--limit N] [--format json] [--reveal REASON]
                                         the newest entries of the trail (complainants masked unless an
                                         integrity officer gives a reason, which is itself audited)
  print trail RECEIPT_NO [--reveal REASON] --out FILE.pdf
                                         a case's trail on paper (administrator, integrity officer)
  backup --out FILE                      a consistent, checked copy of the register, even while it is in use
  backup --daily [--keep N]              today's automatic backup into the backup folder, keeping the newest N
                                         (an administrator's, like every backup)
  restore BACKUP_FILE                    checks a copy of the backup, keeps a copy of the register aside, then
                                         puts the checked copy in its place in one step
  verify-backup FILE                     is this a sound backup this version can restore, untouched since it
                                         was written (and as this register recorded it)?
  migrate-to postgresql://USER@HOST:PORT/DATABASE
                                         copy this register onto a PostgreSQL server (an empty database) for
                                         several PCs, and prove the copy complete
  settings backup-dir [FOLDER]           where the daily backups go
  settings backup-keep [N]               how many daily backups are kept (14)
  settings idle-lock [MINUTES]           the app locks after this many minutes without use (10; 0: never)

Dates may be written 2025-01-15, 15/1/2568, 15 ม.ค. 2568 or ๑๕ มกราคม ๒๕๖๘, with a time such as 09.30 น.
Steps: received registered accepted not_accepted assigned fact_finding committee concluded
       complainant_notified reported closed referred, and progress_notified (an interim answer).
)");
} // namespace

int main(int argc, char* argv[])
{
    sujarit::schema::install(); // the register's schema, before any database is opened
    // Printing lays out text with the system's fonts, which needs a GUI application; no window is ever shown.
    bool printing = false;
    for (int i = 1; i < argc; ++i)
        printing = printing || qstrcmp(argv[i], "print") == 0 || qstrcmp(argv[i], "stats") == 0
            || qstrcmp(argv[i], "ita-pack") == 0 || qstrcmp(argv[i], "ita") == 0 || qstrcmp(argv[i], "pdf") == 0;
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(printing ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Sujarit"));
    QCoreApplication::setApplicationName(QStringLiteral("Sujarit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUJARIT_VERSION));

    CliContext ctx;
    QStringList args = app.arguments().mid(1);
    ctx.databasePath = qEnvironmentVariable("SUJARIT_DB", sujarit::storage::Database::defaultPath());
    for (qsizetype i = 0; i < args.size();) {
        const std::pair<const char*, QString*> globals[] = {{"--user", &ctx.userName},
                                                            {"--password-file", &ctx.passwordFile}};
        bool global = false;
        for (const auto& [option, into] : globals) {
            if (args[i] == QLatin1String(option) && i + 1 < args.size()) {
                *into = args[i + 1];
                args.remove(i, 2);
                global = true;
                break;
            }
        }
        if (global)
            continue;
        if (args[i] == QLatin1String("--db")) {
            if (i + 1 >= args.size())
                return ctx.fail(CliText::tr("--db needs a path"), Usage);
            ctx.databasePath = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--db="))) {
            ctx.databasePath = args[i].mid(5);
            args.remove(i);
        } else {
            break;
        }
    }
    const QString command = args.value(0);
    QStringList rest = args.mid(1);
    // The sign-in options may also follow the command (init has a --password-file of its own, for the administrator).
    for (qsizetype i = 0; command != QLatin1String("init") && i + 1 < rest.size();) {
        if (rest[i] == QLatin1String("--user") || rest[i] == QLatin1String("--password-file")) {
            (rest[i] == QLatin1String("--user") ? ctx.userName : ctx.passwordFile) = rest[i + 1];
            rest.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("help")
        || command == QLatin1String("-h")) {
        ctx.out << CliText::tr(Help);
        return command.isEmpty() ? Usage : Ok;
    }
    if (command == QLatin1String("--version")) {
        ctx.out << "sujarit-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("init"))
        return runInit(ctx, rest);
    if (command == QLatin1String("complaints"))
        return runComplaints(ctx, rest);
    if (command == QLatin1String("holidays"))
        return runHolidays(ctx, rest);
    if (command == QLatin1String("settings"))
        return runSettings(ctx, rest);
    if (command == QLatin1String("print"))
        return runPrint(ctx, rest);
    if (command == QLatin1String("office"))
        return runOffice(ctx, rest);
    if (command == QLatin1String("verify-receipt"))
        return runVerifyReceipt(ctx, rest);
    if (command == QLatin1String("stats"))
        return runStats(ctx, rest);
    if (command == QLatin1String("ita-pack"))
        return runItaPack(ctx, rest);
    if (command == QLatin1String("ita"))
        return runIta(ctx, rest);
    if (command == QLatin1String("committee"))
        return runCommittee(ctx, rest);
    if (command == QLatin1String("meetings"))
        return runMeetings(ctx, rest);
    if (command == QLatin1String("staff"))
        return runStaff(ctx, rest);
    if (command == QLatin1String("gifts"))
        return runGifts(ctx, rest);
    if (command == QLatin1String("declarations"))
        return runDeclarations(ctx, rest);
    if (command == QLatin1String("plan"))
        return runPlan(ctx, rest);
    if (command == QLatin1String("risks"))
        return runRisks(ctx, rest);
    if (command == QLatin1String("announcements"))
        return runAnnouncements(ctx, rest);
    if (command == QLatin1String("no-gift"))
        return runNoGift(ctx, rest);
    if (command == QLatin1String("moral-org"))
        return runMoralOrg(ctx, rest);
    if (command == QLatin1String("virtues"))
        return runVirtues(ctx, rest);
    if (command == QLatin1String("deeds"))
        return runDeeds(ctx, rest);
    if (command == QLatin1String("best-practice"))
        return runBestPractice(ctx, rest);
    if (command == QLatin1String("selection"))
        return runSelection(ctx, rest);
    if (command == QLatin1String("audit"))
        return runAudit(ctx, rest);
    if (command == QLatin1String("backup"))
        return runBackup(ctx, rest);
    if (command == QLatin1String("restore"))
        return runRestore(ctx, rest);
    if (command == QLatin1String("users"))
        return runUsers(ctx, rest);
    if (command == QLatin1String("keys"))
        return runKeys(ctx, rest);
    if (command == QLatin1String("verify-backup"))
        return runVerifyBackup(ctx, rest);
    if (command == QLatin1String("migrate-to"))
        return runMigrateTo(ctx, rest);
    return ctx.fail(CliText::tr("unknown command “%1”; run sujarit-cli --help").arg(command), Usage);
}
