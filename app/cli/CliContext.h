// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "storage/Database.h"

#include <QDateTime>
#include <QTextStream>
#include <optional>
#include <memory>

namespace sujarit::cli {

/** Exit codes of sujarit-cli. */
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

/** What every command shares: where the database is, the clock, and the output streams. */
class CliContext
{
public:
    CliContext();

    QString databasePath; ///< --db, else SUJARIT_DB, else the app's default file
    QString userName; ///< --user, else SUJARIT_USER, else asked
    QString passwordFile; ///< --password-file, else SUJARIT_PASSWORD_FILE, else asked
    QTextStream out;
    QTextStream err;

    /**
     * Opens the database and signs in (signIn()); a missing file is an error unless \a create. Prints the reason on
     * failure. Only `init` opens without signing in (\a signIn false).
     */
    storage::Database* openDatabase(bool create = false, bool signIn = true);
    /** Asks at the terminal for a server's password (none when stdin is not a terminal), for Database::open. */
    storage::Database::PasswordPrompt serverPassword();
    /** Signs in on \a db: the user and password from the options, the environment, or the terminal. */
    bool signIn(storage::Database& db);
    /** The first line of \a path, a password file. */
    std::optional<QString> readPasswordFile(const QString& path);
    /** Asks for a password on the terminal without echoing it. */
    std::optional<QString> promptPassword(const QString& question);

    /** Now, or noon of SUJARIT_TODAY (YYYY-MM-DD) when set, so tests can pin the date. */
    QDateTime now() const;

    /** The most an input file may hold (an import of a register kept in Excel, a JSON file): 256 MB. */
    static constexpr qint64 InputLimit = 256LL * 1024 * 1024;
    /**
     * The bytes of file \a path, or of standard input for "-": only an ordinary file (not a pipe or a device), and
     * no more than \a limit bytes read. Prints why and returns nullopt otherwise.
     */
    std::optional<QByteArray> readInput(const QString& path, qint64 limit = InputLimit);

    /** Prints "sujarit-cli: <message>" to stderr and returns \a code. */
    int fail(const QString& message, int code = Failed);

private:
    std::unique_ptr<storage::Database> m_db;
};

int runInit(CliContext& ctx, const QStringList& args);
int runComplaints(CliContext& ctx, const QStringList& args);
int runHolidays(CliContext& ctx, const QStringList& args);
int runSettings(CliContext& ctx, const QStringList& args);
int runPrint(CliContext& ctx, const QStringList& args);
int runOffice(CliContext& ctx, const QStringList& args);
int runVerifyReceipt(CliContext& ctx, const QStringList& args);
int runStats(CliContext& ctx, const QStringList& args);
int runItaPack(CliContext& ctx, const QStringList& args);
/** committee add|list|show|role|remove|rename|goals|order --fiscal-year BBBB … */
int runCommittee(CliContext& ctx, const QStringList& args);
/** meetings plan|list|add|move|cancel|agenda-days … */
int runMeetings(CliContext& ctx, const QStringList& args);
/** print meeting-register --fiscal-year BBBB [--format pdf|csv|xlsx] --out FILE */
int runMeetingRegisterPrint(CliContext& ctx, const QStringList& args);
/** print minutes MEETING_ID --out FILE.pdf */
int runMinutesPrint(CliContext& ctx, const QStringList& args);
/** print agenda MEETING_ID --out FILE.pdf */
int runAgendaPrint(CliContext& ctx, const QStringList& args);
/** print committee-order --fiscal-year BBBB --out FILE.pdf */
int runCommitteePrint(CliContext& ctx, const QStringList& args);
/** ita items|set-item|remove-item --fiscal-year BBBB … */
int runIta(CliContext& ctx, const QStringList& args);
/** print manual --out FILE.pdf */
int runManualPrint(CliContext& ctx, const QStringList& args);
int runStaff(CliContext& ctx, const QStringList& args);
int runGifts(CliContext& ctx, const QStringList& args);
int runDeclarations(CliContext& ctx, const QStringList& args);
int runPlan(CliContext& ctx, const QStringList& args);
int runRisks(CliContext& ctx, const QStringList& args);
int runAnnouncements(CliContext& ctx, const QStringList& args);
int runNoGift(CliContext& ctx, const QStringList& args);
/** moral-org show|set|evidence|due, the moral organisation's self-assessment of a year */
int runMoralOrg(CliContext& ctx, const QStringList& args);
int runVirtues(CliContext& ctx, const QStringList& args);
int runDeeds(CliContext& ctx, const QStringList& args);
int runBestPractice(CliContext& ctx, const QStringList& args);
/** print moral-org-report|virtues|deeds|best-practice … --out FILE.pdf */
int runMoralPrint(CliContext& ctx, const QString& what, const QStringList& args);
int runSelection(CliContext& ctx, const QStringList& args);
/** print selection [--fiscal-year BBBB] [--kind K] [--part P] --out FILE.pdf */
int runSelectionPrint(CliContext& ctx, const QStringList& args);
int runBackup(CliContext& ctx, const QStringList& args);
int runAudit(CliContext& ctx, const QStringList& args);
int runRestore(CliContext& ctx, const QStringList& args);
int runVerifyBackup(CliContext& ctx, const QStringList& args);
int runMigrateTo(CliContext& ctx, const QStringList& args);
int runUsers(CliContext& ctx, const QStringList& args);
/** keys status | recover --recovery-file FILE --user NAME | new-recovery [--recovery-out FILE] */
int runKeys(CliContext& ctx, const QStringList& args);
/** Writes the recovery sheet of \a key to \a outPath (owner-only, atomically), or to the output when it is empty. */
int writeRecoverySheet(CliContext& ctx, storage::Database& db, const QString& outPath, const QByteArray& key);
/** print plan|plan-round|plan-ita --fiscal-year BBBB [--round R] --out FILE.pdf */
int runPlanPrint(CliContext& ctx, const QString& what, const QStringList& args);
/** print risk-assessment --fiscal-year BBBB | risk-report --fiscal-year BBBB --round R, --out FILE.pdf */
int runRiskPrint(CliContext& ctx, const QString& what, const QStringList& args);
/** print announcement ID | no-gift-culture --fiscal-year BBBB, --out FILE.pdf */
int runAnnouncementPrint(CliContext& ctx, const QString& what, const QStringList& args);
/** print gift-register|no-gift-report --fiscal-year BBBB --out FILE.pdf */
int runGiftPrint(CliContext& ctx, const QString& what, const QStringList& args);
/** print declaration ID | declarations | missing-declarations … --out FILE.pdf */
int runDeclarationPrint(CliContext& ctx, const QString& what, const QStringList& args);

} // namespace sujarit::cli
