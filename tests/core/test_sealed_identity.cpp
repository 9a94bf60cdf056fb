// SPDX-License-Identifier: GPL-3.0-or-later
// The complainant's identity sealed (complaints/SealedIdentity.h, users/IdentityCustody.h): nothing of it in clear in
// the file, a backup or the trail; saved without a key, read only with the integrity officers' key and a reason; the
// key following the users; recovery from the sheet; and an older register sealed by its upgrade.
#include "TestSupport.h"

#include "complaints/ComplaintRepository.h"
#include "storage/Audit.h"
#include "storage/Backup.h"
#include "users/IdentityCustody.h"
#include "users/RecoverySheet.h"
#include "users/UserStore.h"

#include <QFile>
#include <QSqlQuery>

using namespace sujarit;
using access::Role;

namespace {

const QString Name = QStringLiteral("นายผนึกแน่น ลับสุดยอด");
const QString Phone = QStringLiteral("099-876-5432");
const QString Witness = QStringLiteral("นางพยานเงียบ ไม่บอกใคร");

access::Session as(const char* user, QList<Role> roles)
{
    access::Session s;
    s.user = QString::fromUtf8(user);
    s.roles = std::move(roles);
    return s;
}

users::User user(const char* name, QList<Role> roles)
{
    users::User u;
    u.name = QString::fromUtf8(name);
    u.roles = std::move(roles);
    return u;
}

complaints::Complaint secretCase()
{
    complaints::Complaint c = sampleComplaint(dt("2026-11-02T09:00:00"), QStringLiteral("เรียกรับเงินค่าใบอนุญาตก่อสร้าง"));
    c.complainant.name = Name;
    c.complainant.phone = Phone;
    c.complainant.address = QStringLiteral("12 หมู่ 3 ตำบลหนองลับ อำเภอเมือง จังหวัดสระบุรี 18000");
    c.witnesses = Witness;
    return c;
}

/** Every identity marker found in \a bytes (as UTF-8). */
QStringList markersIn(const QByteArray& bytes)
{
    QStringList found;
    for (const QString& m : {QStringLiteral("ผนึกแน่น"), QStringLiteral("ลับสุดยอด"), Phone, QStringLiteral("พยานเงียบ"),
                             QStringLiteral("หนองลับ")})
        if (bytes.contains(m.toUtf8()))
            found << m;
    return found;
}

QByteArray fileBytes(const QString& path)
{
    QByteArray all;
    for (const QString& p : {path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

/** What the whole register holds, as bytes: the file (and its WAL), or the server's dump. */
QByteArray storedBytes(TempRegister& r)
{
    if (testingOnServer())
        return runProgram(QStringLiteral("pg_dump"), {r.path}).toUtf8();
    REQUIRE(r.db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    return fileBytes(r.path);
}

int count(storage::Database& db, const QString& sql)
{
    QSqlQuery q = db.query();
    REQUIRE(db.exec(q, sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

int nameHits(complaints::ComplaintRepository& repo, const QString& search)
{
    complaints::ComplaintFilter f;
    f.search = search;
    return repo.count(f).value_or(-1);
}
} // namespace

TEST_CASE("A clerk saves a complainant she cannot read back; the register holds no trace of him in clear",
          "[identity][repository]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db, [] { return dt("2026-11-03T12:00:00"); });
    REQUIRE(r.setSession(as("somjai", {Role::Clerk})));
    CHECK_FALSE(r.db.identityKeys()); // a clerk's session never holds the key
    complaints::Complaint c = secretCase();
    REQUIRE(repo.add(c));
    repo.setRevealReason(QStringLiteral("ตรวจทานที่บันทึก"));
    const auto back = repo.find(c.receipt);
    REQUIRE(back);
    CHECK(back->complainant.name == QStringLiteral("ไม่เปิดเผยชื่อ"));
    CHECK(back->complainant.phone.isEmpty());
    CHECK(back->witnesses.isEmpty());
    CHECK(back->subject == c.subject); // the rest of the case is as typed
    CHECK(nameHits(repo, QStringLiteral("ผนึกแน่น")) == 0);
    CHECK(nameHits(repo, QStringLiteral("ใบอนุญาต")) == 1);

    // The file (or the server), a backup of it and the trail: no marker anywhere, byte for byte.
    CHECK(markersIn(storedBytes(r)) == QStringList());
    if (!testingOnServer()) {
        const QString backup = r.dir.filePath(QStringLiteral("copy.sujarit-backup"));
        r.setSession(officeHead());
        QString why;
        INFO(why.toStdString());
        REQUIRE(storage::backupTo(r.db, backup, &why));
        CHECK(markersIn(fileBytes(backup)) == QStringList());
    }
    QSqlQuery q = r.db.query();
    REQUIRE(r.db.exec(q, QStringLiteral("SELECT coalesce(before, '') || coalesce(after, '') FROM audit")));
    QByteArray trail;
    while (q.next())
        trail += q.value(0).toString().toUtf8();
    CHECK(trail.contains("complainant_sealed"));
    CHECK(markersIn(trail) == QStringList());

    // The integrity officer, holding the key, reads it with a reason; the reveal is in the trail.
    REQUIRE(r.setSession(as("itg", {Role::IntegrityOfficer})));
    REQUIRE(r.db.identityKeys());
    const int reveals = count(r.db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'reveal'"));
    const auto seen = repo.find(c.receipt);
    REQUIRE(seen);
    CHECK(seen->complainant.name == Name);
    CHECK(seen->complainant.phone == Phone);
    CHECK(seen->complainant.address == c.complainant.address);
    CHECK(seen->witnesses == Witness);
    CHECK(count(r.db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'reveal'")) == reveals + 1);
    // …finds it by the name, whole or a word of it, with or without the title (the clerk's case is indexed now)…
    CHECK(nameHits(repo, QStringLiteral("ผนึกแน่น")) == 1);
    CHECK(nameHits(repo, QStringLiteral("ผนึกแน่น ลับสุดยอด")) == 1);
    CHECK(nameHits(repo, QStringLiteral("นายผนึกแน่น")) == 1);
    CHECK(nameHits(repo, QStringLiteral("ผนึก")) == 0); // a part of a word: the index holds whole words only
    CHECK(count(r.db, QStringLiteral("SELECT count(*) FROM complainant_names WHERE token = ''")) == 0);
    // A case the key holder saves is indexed as it is saved.
    complaints::Complaint own = sampleComplaint(dt("2026-11-03T09:00:00"));
    own.complainant.name = QStringLiteral("นางสาวบันทึกเอง ทันที");
    REQUIRE(repo.add(own));
    CHECK(count(r.db, QStringLiteral("SELECT count(*) FROM complainant_names WHERE token = ''")) == 0);
    CHECK(nameHits(repo, QStringLiteral("บันทึกเอง")) == 1);
    // …and sees the name in the case's trail, with a reason.
    QString error;
    const auto entries = storage::complaintTrail(r.db, c.id, &error, QStringLiteral("ตรวจสอบประวัติ"));
    REQUIRE(entries);
    QString all;
    for (const auto& e : *entries)
        all += e.after;
    CHECK(all.contains(Name));
    // Without the key (an integrity officer not given it yet), asking to see is refused with the reason why.
    r.db.holdIdentityKeys(std::nullopt);
    CHECK_FALSE(repo.find(c.receipt));
    CHECK(repo.errorString().contains(QStringLiteral("identity key")));
}

TEST_CASE("The identity key follows the users: granted, changed with a password, taken back, recovered",
          "[identity][access]")
{
    TempRegister r;
    r.setSession({});
    users::UserStore users(r.db);
    const QString pass = QStringLiteral("admin-pass-1");
    REQUIRE(users.createAdministrator(user("admin", {}), pass));
    // Until there is an integrity officer, the administrator keeps the key, only to hand it over.
    REQUIRE(users.signIn(QStringLiteral("admin"), pass));
    CHECK(r.db.identityKeys());
    complaints::ComplaintRepository repo(r.db);
    complaints::Complaint c = secretCase();
    REQUIRE(users.add(user("clerk", {Role::Clerk}), QStringLiteral("clerk-pass-1")));
    REQUIRE(users.signIn(QStringLiteral("clerk"), QStringLiteral("clerk-pass-1")));
    CHECK_FALSE(r.db.identityKeys());
    REQUIRE(repo.add(c));
    REQUIRE(users.signIn(QStringLiteral("admin"), pass));
    repo.setRevealReason(QStringLiteral("อยากรู้"));
    CHECK(repo.find(c.receipt)->complainant.name == QStringLiteral("ไม่เปิดเผยชื่อ")); // holds it, may not read

    // The first integrity officer is given it as he is added, and the administrator's copy goes.
    REQUIRE(users.add(user("itg", {Role::IntegrityOfficer}), QStringLiteral("itg-pass-11")));
    CHECK_FALSE(r.db.identityKeys());
    auto holds = [&](const char* name) {
        const auto s = users::custody::status(r.db, nullptr);
        REQUIRE(s);
        for (const auto& h : s->users)
            if (h.user == QLatin1String(name))
                return h.holds;
        FAIL("no such user");
        return false;
    };
    CHECK(holds("itg"));
    CHECK_FALSE(holds("admin"));
    REQUIRE(users.signIn(QStringLiteral("itg"), QStringLiteral("itg-pass-11")));
    repo.setRevealReason(QStringLiteral("ส่งหนังสือแจ้งผล"));
    CHECK(repo.find(c.receipt)->complainant.name == Name);

    // His own password changed with the current one: he keeps it.
    REQUIRE(users.setPassword(QStringLiteral("itg"), QStringLiteral("itg-pass-22"), QStringLiteral("itg-pass-11")));
    REQUIRE(users.signIn(QStringLiteral("itg"), QStringLiteral("itg-pass-22")));
    CHECK(r.db.identityKeys());

    // A clerk made integrity officer by the administrator: waits for a holder's sign-in, then has it.
    REQUIRE(users.signIn(QStringLiteral("admin"), pass));
    REQUIRE(users.setRoles(QStringLiteral("clerk"), {Role::IntegrityOfficer}));
    CHECK_FALSE(holds("clerk"));
    REQUIRE(users.signIn(QStringLiteral("itg"), QStringLiteral("itg-pass-22")));
    CHECK(holds("clerk"));
    REQUIRE(users.signIn(QStringLiteral("clerk"), QStringLiteral("clerk-pass-1")));
    CHECK(r.db.identityKeys());
    // Back to clerk, or disabled: taken back in the same change.
    REQUIRE(users.signIn(QStringLiteral("admin"), pass));
    REQUIRE(users.setRoles(QStringLiteral("clerk"), {Role::Clerk}));
    CHECK_FALSE(holds("clerk"));
    REQUIRE(users.signIn(QStringLiteral("clerk"), QStringLiteral("clerk-pass-1")));
    CHECK_FALSE(r.db.identityKeys());

    // Every holder's password lost: the administrator resets itg's, and the key is gone with the old one…
    REQUIRE(users.signIn(QStringLiteral("admin"), pass));
    REQUIRE(users.setPassword(QStringLiteral("itg"), QStringLiteral("itg-pass-33")));
    CHECK_FALSE(holds("itg"));
    REQUIRE(users.signIn(QStringLiteral("itg"), QStringLiteral("itg-pass-33")));
    CHECK_FALSE(r.db.identityKeys());
    CHECK_FALSE(repo.find(c.receipt)); // asked to see: refused, saying why
    // …until the administrator gives it back from the recovery sheet made with the register.
    REQUIRE(r.keys);
    REQUIRE(users.signIn(QStringLiteral("admin"), pass));
    QString error;
    CHECK_FALSE(users::custody::recover(r.db, access::newRecoveryKey(), QStringLiteral("itg"), &error));
    CHECK(error.contains(QStringLiteral("not this register's")));
    REQUIRE(r.db.exec(QStringLiteral("SELECT 1"))); // the register is untouched by the refusal
}

TEST_CASE("Recovery from the sheet, and a new sheet replacing it", "[identity][access]")
{
    // A register made here: its recovery key is the one this opening printed.
    QTemporaryDir dir;
    TestServerDatabase server;
    const QString path = server.url.isEmpty() ? dir.filePath(QStringLiteral("r.db")) : server.url;
    storage::Database db;
    REQUIRE(db.open(path));
    const QByteArray recovery = db.newRecoveryKey();
    REQUIRE(recovery.size() == 32);
    const QString sheet = users::recoverySheet(path, recovery, QDateTime::currentDateTime());
    CHECK(sheet.contains(QStringLiteral("รหัสกู้คืน")));
    CHECK(users::recoveryKeyIn(sheet) == recovery);
    QString typo = sheet;
    const qsizetype at = typo.indexOf(access::recoveryKeyText(recovery));
    typo[at] = typo[at] == u'A' ? u'B' : u'A';
    CHECK(users::recoveryKeyIn(typo) != recovery);

    // Its QR code, read back by a scanner (zbar), is the key as the sheet prints it.
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    REQUIRE(users::recoveryQrCode(recovery).save(png));
    CHECK(runProgram(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png}).trimmed()
          == access::recoveryKeyText(recovery));

    users::UserStore users(db);
    REQUIRE(users.createAdministrator(user("admin", {}), QStringLiteral("admin-pass-1")));
    REQUIRE(users.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-1")));
    REQUIRE(users.add(user("itg", {Role::IntegrityOfficer}), QStringLiteral("itg-pass-11")));
    REQUIRE(users.setPassword(QStringLiteral("itg"), QStringLiteral("itg-pass-22"))); // a reset: the key is lost
    QString error;
    CHECK_FALSE(users::custody::recover(db, recovery, QStringLiteral("admin"), &error)); // not a custodian now
    REQUIRE(users::custody::recover(db, recovery, QStringLiteral("itg"), &error));
    REQUIRE(users.signIn(QStringLiteral("itg"), QStringLiteral("itg-pass-22")));
    REQUIRE(db.identityKeys());
    // A new sheet: the old key no longer recovers.
    const auto renewed = users::custody::renewRecoveryKey(db, &error);
    REQUIRE(renewed);
    REQUIRE(users.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-1")));
    CHECK_FALSE(users::custody::recover(db, recovery, QStringLiteral("itg"), &error));
    CHECK(users::custody::recover(db, *renewed, QStringLiteral("itg"), &error));
    CHECK(storage::verifyAudit(db).ok);
}

TEST_CASE("Upgrading a register of schema 8 seals its complainants, in the rows, the index and the trail",
          "[identity][database]")
{
    QTemporaryDir dir;
    TestServerDatabase server;
    const QString path = server.url.isEmpty() ? dir.filePath(QStringLiteral("old.db")) : server.url;
    qint64 id = 0;
    {
        storage::Database old;
        old.setSchemaLimit(8);
        REQUIRE(old.open(path));
        REQUIRE(old.setSession(officeHead()));
        storage::Database::Transaction tx(old);
        id = insertOldComplaint(old, dt("2025-06-02T10:00:00"), 1, Name, Witness);
        insertOldComplaint(old, dt("2025-06-03T10:00:00"), 2, QString()); // anonymous, as it were
        REQUIRE(old.exec(QStringLiteral("UPDATE complaints SET complainant_phone = ? WHERE id = ?"), {Phone, id}));
        REQUIRE(tx.commit());
        CHECK(count(old, QStringLiteral("SELECT count(*) FROM audit WHERE after LIKE '%ผนึกแน่น%'")) > 0);
    }
    storage::Database db;
    REQUIRE(db.open(path));
    CHECK(db.schemaVersion() == storage::Database::currentSchemaVersion());
    CHECK(db.newRecoveryKey().size() == 32); // the sheet to print now
    REQUIRE(db.unclaimedKeys()); // for the first custodian to sign in
    const access::IdentityKeys keys = *db.unclaimedKeys();
    REQUIRE(db.setSession(officeHead()));
    CHECK(storage::verifyAudit(db).ok);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'trail_identities_sealed'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'identities_sealed'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE coalesce(before, '') || coalesce(after, '')"
                                   " LIKE '%ผนึกแน่น%' OR coalesce(after, '') LIKE '%พยานเงียบ%'"))
          == 0);
    if (!testingOnServer()) {
        db.close();
        CHECK(markersIn(fileBytes(path)) == QStringList()); // VACUUM: not even in the file's free pages
        REQUIRE(db.open(path));
        REQUIRE(db.setSession(officeHead()));
    } else {
        CHECK(markersIn(runProgram(QStringLiteral("pg_dump"), {path}).toUtf8()) == QStringList());
    }
    // The key, given to the integrity officer who signs in (here: held as his sign-in would), opens them.
    db.holdIdentityKeys(keys);
    complaints::ComplaintRepository repo(db);
    repo.setRevealReason(QStringLiteral("ตรวจสอบหลังปรับรุ่น"));
    const auto c = repo.findById(id);
    REQUIRE(c);
    CHECK(c->complainant.name == Name);
    CHECK(c->complainant.phone == Phone);
    CHECK(c->witnesses == Witness);
    CHECK(nameHits(repo, QStringLiteral("ลับสุดยอด")) == 1);
    QString error;
    const auto entries = storage::complaintTrail(db, id, &error, QStringLiteral("ตรวจสอบประวัติ"));
    REQUIRE(entries);
    QString all;
    for (const auto& e : *entries)
        all += e.after;
    CHECK(all.contains(Name)); // the rewritten entry opens
    CHECK(storage::verifyAudit(db).ok);
}
