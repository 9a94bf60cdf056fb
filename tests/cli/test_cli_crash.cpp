// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost, ever: sujarit-cli is killed (SIGKILL, no chance to clean up) at random moments, 50 times
// during a large import and 50 times in a stream of step changes. After every kill the register passes SQLite's
// integrity check, the audit chain verifies, and everything the CLI had reported done is there — and nothing of
// what it had not (an import is whole or absent).
#include "CliRunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

namespace {

constexpr int Kills = 50;

QString sql(const Cli& cli, const QString& statement)
{
    return runProgram(QStringLiteral("sqlite3"), { cli.db, statement }).trimmed();
}

int count(const Cli& cli, const char* table)
{
    return sql(cli, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}

/** The register is sound after a kill: SQLite's own check, and the audit chain. */
void checkSound(const Cli& cli)
{
    CHECK(sql(cli, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    const Result verify = cli.run(args({ "audit", "verify" }));
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.code == 0);
}

/** \a rows complaints as an office's CSV export. */
QByteArray registerCsv(int rows)
{
    QByteArray csv = QStringLiteral("วันที่รับ,ช่องทาง,ประเภท,ชื่อผู้ร้อง,เรื่อง,ผู้ถูกร้อง,สังกัด\r\n").toUtf8();
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("%1/10/2568 09.%2 น.,ทางโทรศัพท์,service,นายทดสอบ ที่%3,ถนนชำรุดจุดที่ %3,นายช่าง,กองช่าง\r\n")
                   .arg(1 + i % 28)
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i)
                   .toUtf8();
    return csv;
}

struct Outcome
{
    bool finished = false; ///< ended by itself, with success
    QString out; ///< what it had printed (it may have reported success just before the kill)
};

/** Runs \a a and kills it (SIGKILL: no chance to clean up) after \a ms unless it ended first. */
Outcome runOrKill(const Cli& cli, const QStringList& a, int ms)
{
    std::unique_ptr<QProcess> p(cli.start(a));
    Outcome o;
    if (!p->waitForFinished(ms)) {
        p->kill();
        p->waitForFinished(-1);
    } else {
        o.finished = p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
    }
    o.out = QString::fromUtf8(p->readAllStandardOutput());
    return o;
}

} // namespace

TEST_CASE("Killed at random moments during a large import, the register stays whole", "[cli][crash][sqlite]")
{
    Cli cli;
    cli.init();
    constexpr int Rows = 4000;
    const QString file = cli.write(QStringLiteral("big.csv"), registerCsv(Rows));
    // How long a whole import takes here, so that the kills fall inside it wherever the tests run.
    QElapsedTimer timer;
    timer.start();
    cli.ok(args({ "complaints", "import" }) << file);
    const int whole = int(timer.elapsed());
    int expected = Rows;
    QRandomGenerator rng(20261122);
    int killed = 0;
    for (int i = 0; i < Kills; ++i) {
        const int at = int(rng.bounded(whole * 12 / 10)) + 5;
        INFO("kill " << i << " after " << at << " ms of a " << whole << " ms import");
        const Outcome o = runOrKill(cli, args({ "complaints", "import" }) << file, at);
        const int now = count(cli, "complaints");
        if (o.finished || o.out.contains(QStringLiteral("Imported"))) {
            expected += Rows; // reported done: it must all be there
        } else {
            ++killed;
            // Killed between its commit and its report, or before the commit: whole or nothing, never a part.
            CHECK((now == expected || now == expected + Rows));
            if (now == expected + Rows)
                expected = now;
        }
        CHECK(now == expected);
        CHECK(sql(cli, QStringLiteral("SELECT max(receipt_running) FROM complaints")).toInt() == expected);
        checkSound(cli);
    }
    CHECK(killed >= Kills / 2);
}

TEST_CASE("Killed at random moments in a stream of step changes, every reported step is kept", "[cli][crash][sqlite]")
{
    Cli cli;
    cli.init();
    QByteArray many = "[";
    for (int i = 0; i < Kills; ++i)
        many
            += QStringLiteral(
                   R"(%1{"received_at": "2026-01-05", "channel": "post", "category": "service", "complainant_name": "นายที่ %2", "subject": "เรื่องที่ %2"})")
                   .arg(i ? QStringLiteral(",") : QString())
                   .arg(i)
                   .toUtf8();
    many += "]";
    cli.ok(args({ "complaints", "add", "--json", "-" }), many);
    QElapsedTimer timer;
    timer.start();
    cli.ok(args({ "complaints", "step", "1/2569", "registered" }));
    const int oneStep = int(timer.elapsed());
    int reported = 1; // steps the CLI said it recorded, besides each case's receipt
    QRandomGenerator rng(22112026);
    int killed = 0;
    for (int i = 1; i < Kills; ++i) {
        const QString receipt = QStringLiteral("%1/2569").arg(i + 1);
        // A stream: the case before moves on in full (registered if its killed step did not stay, else accepted),
        // then this case's step is killed at a random moment.
        const QString before = QStringLiteral("%1/2569").arg(i);
        const bool registered
            = sql(cli, QStringLiteral("SELECT status FROM complaints WHERE receipt_running = %1").arg(i))
            == QLatin1String("registered");
        cli.ok(args({ "complaints", "step" })
               << before << (registered ? QStringLiteral("accepted") : QStringLiteral("registered")));
        ++reported;
        const int at = int(rng.bounded(oneStep * 12 / 10)) + 5;
        INFO("kill " << i << " after " << at << " ms of a " << oneStep << " ms step");
        const Outcome o = runOrKill(cli, args({ "complaints", "step" }) << receipt << QStringLiteral("registered"), at);
        const bool done = o.finished || o.out.contains(QStringLiteral("recorded"));
        const int steps = count(cli, "complaint_steps") - Kills; // the receipts' own first steps
        if (done) {
            ++reported;
            CHECK(steps == reported);
        } else {
            ++killed;
            // Killed before or after its commit: the step is there whole (with the case moved on) or not at all.
            CHECK((steps == reported || steps == reported + 1));
            const bool kept = steps == reported + 1;
            CHECK(sql(cli, QStringLiteral("SELECT status FROM complaints WHERE receipt_running = %1").arg(i + 1))
                  == (kept ? QStringLiteral("registered") : QStringLiteral("received")));
            reported = steps;
        }
        checkSound(cli);
    }
    CHECK(killed >= Kills / 4);
}

TEST_CASE("Killed at random moments during a restore, a whole register is always at its path", "[cli][crash][sqlite]")
{
    Cli cli;
    cli.init();
    constexpr int Rows = 10000, RestoreKills = 20;
    cli.ok(args({ "complaints", "import" }) << cli.write(QStringLiteral("big.csv"), registerCsv(Rows)));
    const QString backup = cli.dir.filePath(QStringLiteral("backup.db"));
    cli.ok(args({ "backup", "--out" }) << backup);
    QElapsedTimer timer;
    timer.start();
    cli.ok(args({ "restore" }) << backup);
    const int whole = int(timer.elapsed());
    QRandomGenerator rng(20261201);
    int killed = 0;
    for (int i = 0; i < RestoreKills; ++i) {
        // One more case than the backup holds, so the old register and the restored one can be told apart.
        cli.ok(args({ "complaints", "import" }) << cli.write(QStringLiteral("one.csv"), registerCsv(1)));
        const int before = count(cli, "complaints");
        const int at = int(rng.bounded(whole * 12 / 10)) + 5;
        INFO("kill " << i << " after " << at << " ms of a " << whole << " ms restore");
        const Outcome o = runOrKill(cli, args({ "restore" }) << backup, at);
        REQUIRE(QFileInfo(cli.db).isFile());
        const int now = count(cli, "complaints");
        if (o.finished)
            CHECK(now == Rows);
        else {
            ++killed;
            CHECK((now == before || now == Rows)); // the old register or the new one, never neither
        }
        checkSound(cli);
    }
    CHECK(killed >= RestoreKills / 2);
}

TEST_CASE("Killed at random moments during a backup, the backup is whole or absent", "[cli][crash][sqlite]")
{
    Cli cli;
    cli.init();
    cli.ok(args({ "complaints", "import" }) << cli.write(QStringLiteral("big.csv"), registerCsv(4000)));
    const QString backup = cli.dir.filePath(QStringLiteral("backup.db"));
    QElapsedTimer timer;
    timer.start();
    cli.ok(args({ "backup", "--out" }) << backup);
    const int whole = int(timer.elapsed());
    QFile::remove(backup);
    QRandomGenerator rng(20261202);
    for (int i = 0; i < 10; ++i) {
        const int at = int(rng.bounded(whole * 12 / 10)) + 5;
        INFO("kill " << i << " after " << at << " ms of a " << whole << " ms backup");
        runOrKill(cli, args({ "backup", "--out" }) << backup, at);
        if (QFileInfo::exists(backup))
            CHECK(cli.run(args({ "verify-backup" }) << backup).code == 0);
        checkSound(cli);
        QFile::remove(backup);
    }
}

namespace {
/** The pack folder is whole: its marker lists every file in it, each one there; or it is aside whole, mid-swap. */
void checkPackWhole(const QString& dir, bool mayBeAside)
{
    const QDir parent = QFileInfo(dir).dir();
    if (!QFileInfo::exists(dir)) {
        // Killed between moving the old pack aside and renaming the new one in: the old one waits under its
        // hidden name, and the next write puts it back.
        REQUIRE(mayBeAside);
        const QStringList aside = parent.entryList({QStringLiteral(".ita.sujarit-old-*")}, QDir::Dirs | QDir::Hidden);
        REQUIRE(aside.size() == 1);
        checkPackWhole(parent.filePath(aside.first()), false);
        return;
    }
    QFile marker(QDir(dir).filePath(QStringLiteral(".sujarit-ita-pack")));
    REQUIRE(marker.open(QIODevice::ReadOnly));
    QStringList listed = QString::fromUtf8(marker.readAll()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(listed.takeFirst() == QStringLiteral("sujarit folder 1"));
    REQUIRE(listed.takeFirst() == QStringLiteral("ITA 2568"));
    CHECK(listed.contains(QStringLiteral("index.html")));
    QStringList present = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    present.removeAll(QStringLiteral(".sujarit-ita-pack"));
    present.sort();
    listed.sort();
    CHECK(present == listed);
    for (const QString& f : listed)
        CHECK(QFileInfo(QDir(dir).filePath(f)).size() > 0);
}
} // namespace

TEST_CASE("Killed at random moments while the ITA pack is written, the folder holds the old pack or the new one",
          "[cli][crash][ita]")
{
    Cli cli;
    cli.today = QStringLiteral("2025-05-15");
    cli.init();
    for (const auto& [key, value] : std::initializer_list<std::pair<const char*, const char*>>{
             {"name", "องค์การบริหารส่วนตำบลโคกแย้"},
             {"address", "เลขที่ 40 หมู่ 6 ตำบลโคกแย้"},
             {"responsible_unit", "สำนักปลัด"}})
        cli.ok(args({"office", "set", key, value}));
    cli.ok(args({"plan", "new", "--fiscal-year", "2568", "--template", "seed001"}));
    const QString dir = cli.dir.filePath(QStringLiteral("ita"));
    QElapsedTimer timer;
    timer.start();
    cli.ok(args({"ita-pack", "--fiscal-year", "2568", "--out"}) << dir);
    const int whole = int(timer.elapsed());
    checkPackWhole(dir, false);
    QRandomGenerator rng(20261204);
    int killed = 0;
    for (int i = 0; i < 15; ++i) {
        const int at = int(rng.bounded(whole * 12 / 10)) + 5;
        INFO("kill " << i << " after " << at << " ms of a " << whole << " ms pack");
        const Outcome o = runOrKill(cli, args({"ita-pack", "--fiscal-year", "2568", "--out"}) << dir, at);
        killed += !o.finished;
        checkPackWhole(dir, !o.finished);
    }
    CHECK(killed >= 5);
    // The next write puts back what a kill left aside, clears the half-written folders, and writes the pack whole.
    cli.ok(args({"ita-pack", "--fiscal-year", "2568", "--out"}) << dir);
    checkPackWhole(dir, false);
    CHECK(QDir(cli.dir.path()).entryList({QStringLiteral(".ita.*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
}
