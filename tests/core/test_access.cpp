// SPDX-License-Identifier: GPL-3.0-or-later
// Users, roles and the complainant's secrecy, in core: what each role may do is refused here for every
// path, and no read shows a complainant's identity to someone who may not see it.
#include "TestSupport.h"

#include "access/Passwords.h"
#include "users/UserStore.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/HolidayTable.h"
#include "staff/StaffList.h"
#include "reports/Statistics.h"
#include "storage/Audit.h"
#include "storage/Backup.h"

#include <QSqlQuery>

using namespace sujarit;
using access::Role;

namespace {

int auditCount(storage::Database& db, const QString& where)
{
    QSqlQuery q = db.query();
    REQUIRE(db.exec(q, QStringLiteral("SELECT count(*) FROM audit WHERE ") + where));
    q.next();
    return q.value(0).toInt();
}

access::Session as(const char* user, QList<Role> roles, const char* division = "")
{
    access::Session s;
    s.user = QString::fromUtf8(user);
    s.roles = std::move(roles);
    s.division = QString::fromUtf8(division);
    return s;
}

complaints::StepRequest stepOf(const char* step)
{
    complaints::StepRequest r;
    r.step = QString::fromLatin1(step);
    return r;
}

users::User user(const char* name, QList<Role> roles = {}, const char* division = "")
{
    users::User u;
    u.name = QString::fromUtf8(name);
    u.roles = std::move(roles);
    u.division = QString::fromUtf8(division);
    return u;
}

const QString Secret = QStringLiteral("นายลับเฉพาะ ผู้ร้อง");

/**
 * A register with three named cases: one the clerk "somjai" entered and nobody registered yet, one assigned to
 * กองช่าง, one registered and left with the integrity office; and an anonymous one.
 */
struct Office
{
    TempRegister r;
    complaints::ComplaintRepository repo { r.db, [] { return dt("2025-03-01T12:00:00"); } };
    complaints::Complaint entered, assigned, registered;

    Office()
    {
        r.setSession(as("somjai", { Role::Clerk }));
        for (auto [c, day] :
             { std::pair { &entered, "2025-02-03T09:00:00" }, std::pair { &assigned, "2025-02-04T09:00:00" },
               std::pair { &registered, "2025-02-05T09:00:00" } }) {
            *c = sampleComplaint(dt(day), QStringLiteral("เรียกรับเงินค่าอนุญาตก่อสร้าง"));
            c->complainant.name = Secret;
            c->complainant.phone = QStringLiteral("081-234-5678");
            REQUIRE(repo.add(*c));
        }
        auto anonymous = sampleComplaint(dt("2025-02-06T09:00:00"));
        anonymous.anonymous = true;
        anonymous.complainant = {};
        REQUIRE(repo.add(anonymous));
        r.setSession(officeHead());
        for (const auto* c : { &assigned, &registered })
            REQUIRE(repo.recordStep(c->receipt, stepOf("registered")));
        REQUIRE(repo.recordStep(assigned.receipt, stepOf("accepted")));
        complaints::StepRequest assign = stepOf("assigned");
        assign.unit = QStringLiteral("กองช่าง");
        REQUIRE(repo.recordStep(assigned.receipt, assign));
    }

    /** Every complainant name the session can get out of the register, by every read there is. */
    QStringList namesSeen(const QString& reason = {})
    {
        repo.setRevealReason(reason);
        QStringList names;
        if (auto list = repo.list({}))
            for (const auto& s : *list)
                names << s.complainantName;
        if (auto ids = repo.listIds({}))
            if (auto lines = repo.summaries(*ids))
                for (const auto& s : *lines)
                    names << s.complainantName;
        for (const auto* c : { &entered, &assigned, &registered })
            if (auto found = repo.find(c->receipt))
                names << found->complainant.name << found->complainant.phone;
        return names;
    }

    int searchHits(const QString& text)
    {
        complaints::ComplaintFilter f;
        f.search = text;
        const auto found = repo.list(f);
        return found ? int(found->size()) : -1;
    }
};

} // namespace

TEST_CASE("Passwords are kept as Argon2id hashes, never in clear", "[access]")
{
    const QString hash = access::hashPassword(QStringLiteral("ลับมาก-2568"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("ลับมาก")));
    CHECK(access::verifyPassword(QStringLiteral("ลับมาก-2568"), hash));
    CHECK_FALSE(access::verifyPassword(QStringLiteral("ลับมาก-2567"), hash));
    CHECK(access::hashPassword(QStringLiteral("ลับมาก-2568")) != hash); // salted
    // The decoy an unknown name is checked against costs what a real hash costs: the same algorithm and parameters.
    CHECK(access::decoyHash().section(u'$', 0, 3) == hash.section(u'$', 0, 3));
    CHECK_FALSE(access::passwordProblem(QStringLiteral("short")).isEmpty());
}

TEST_CASE("A register without users accepts only the creation of its administrator", "[access]")
{
    TempRegister r;
    r.setSession({});
    users::UserStore users(r.db);
    CHECK(users.hasUsers() == false);
    complaints::ComplaintRepository repo(r.db);
    auto c = sampleComplaint(dt("2025-02-03T09:00:00"));
    CHECK_FALSE(repo.add(c));
    CHECK(repo.errorString().contains(QStringLiteral("sign in")));
    CHECK_FALSE(repo.list({}));
    CHECK_FALSE(users.add(user("somjai", { Role::Clerk }), QStringLiteral("password-1")));

    REQUIRE(users.createAdministrator(user("admin"), QStringLiteral("ผู้ดูแล-2568")));
    CHECK(users.hasUsers() == true);
    CHECK_FALSE(users.createAdministrator(user("other"), QStringLiteral("password-2")));
    const auto session = users.signIn(QStringLiteral("admin"), QStringLiteral("ผู้ดูแล-2568"));
    REQUIRE(session);
    CHECK(session->has(Role::Administrator));
    CHECK(r.db.session().user == QStringLiteral("admin"));
    CHECK(r.db.actor().endsWith(QStringLiteral("admin")));

    // The hash is in the users table only: the trail says "(hidden)".
    QSqlQuery q = r.db.query();
    REQUIRE(r.db.exec(
        q, QStringLiteral("SELECT count(*) FROM audit WHERE after LIKE '%argon2%' OR before LIKE '%argon2%'")));
    q.next();
    CHECK(q.value(0).toInt() == 0);
    CHECK(auditCount(r.db, QStringLiteral("entity = 'users' AND action = 'insert' AND after LIKE '%(hidden)%'")) == 1);
    CHECK(auditCount(r.db, QStringLiteral("action = 'sign_in' AND entity_id = 'admin'")) == 1);
}

TEST_CASE("Wrong passwords are refused, audited and slow down the next try", "[access]")
{
    TempRegister r;
    r.setSession({});
    QDateTime clock = dt("2025-03-01T09:00:00");
    users::UserStore users(r.db, [&] { return clock; });
    REQUIRE(users.createAdministrator(user("admin"), QStringLiteral("correct horse")));
    for (int i = 0; i < 3; ++i) {
        CHECK_FALSE(users.signIn(QStringLiteral("admin"), QStringLiteral("wrong horse")));
        CHECK(users.errorString() == QStringLiteral("wrong name or password"));
    }
    CHECK(auditCount(r.db, QStringLiteral("action = 'sign_in_failed' AND after LIKE '%wrong password%'")) == 3);
    // Now even the right password waits — and tries during the wait are refused without counting: they neither
    // double the wait nor keep the account locked.
    CHECK(users.secondsToWait(QStringLiteral("admin")) == 5);
    for (int i = 0; i < 10; ++i) {
        CHECK_FALSE(users.signIn(QStringLiteral("admin"), QStringLiteral("correct horse")));
        CHECK(users.errorString().contains(QStringLiteral("wait")));
    }
    CHECK(users.secondsToWait(QStringLiteral("admin")) == 5);
    clock = clock.addSecs(6);
    CHECK_FALSE(users.signIn(QStringLiteral("admin"), QStringLiteral("wrong again")));
    CHECK(users.secondsToWait(QStringLiteral("admin")) >= 10); // doubled
    clock = clock.addSecs(20);
    REQUIRE(users.signIn(QStringLiteral("admin"), QStringLiteral("correct horse")));
    CHECK(users.secondsToWait(QStringLiteral("admin")) == 0);
    // An unknown name gets the same answer as a wrong password.
    CHECK_FALSE(users.signIn(QStringLiteral("nobody"), QStringLiteral("whatever1")));
    CHECK(users.errorString() == QStringLiteral("wrong name or password"));
    CHECK(auditCount(r.db, QStringLiteral("action = 'sign_in_failed' AND entity_id = 'nobody'")) == 1);
}

TEST_CASE("Unknown names do not grow the failures table without bound", "[access]")
{
    TempRegister r;
    r.setSession({});
    QDateTime clock = dt("2025-03-01T09:00:00");
    users::UserStore users(r.db, [&] { return clock; });
    REQUIRE(users.createAdministrator(user("admin"), QStringLiteral("correct horse")));
    const auto rows = [&] {
        QSqlQuery q = r.db.query();
        REQUIRE(r.db.exec(q, QStringLiteral("SELECT count(*) FROM sign_in_failures")));
        q.next();
        return q.value(0).toInt();
    };
    // A guesser sprays names: the table keeps at most 1,000 of them, the newest.
    {
        storage::Database::Transaction tx(r.db);
        for (int i = 0; i < 1200; ++i)
            REQUIRE(r.db.exec(QStringLiteral("INSERT INTO sign_in_failures (name, failures, last_at) VALUES (?, 1, ?)"),
                              { QStringLiteral("guess%1").arg(i), clock.addSecs(i).toString(Qt::ISODate) }));
        REQUIRE(tx.commit());
    }
    clock = clock.addSecs(1300);
    CHECK_FALSE(users.signIn(QStringLiteral("admin"), QStringLiteral("wrong")));
    CHECK(rows() == 1000);
    CHECK(users.secondsToWait(QStringLiteral("guess1199")) == 0);
    // A day after the last wrong try the count is forgotten.
    clock = clock.addDays(2);
    CHECK_FALSE(users.signIn(QStringLiteral("nobody"), QStringLiteral("wrong")));
    CHECK(rows() == 1);
}

TEST_CASE("The administrator manages users and the last administrator stays", "[access]")
{
    TempRegister r;
    r.setSession({});
    users::UserStore users(r.db);
    REQUIRE(users.createAdministrator(user("admin"), QStringLiteral("admin-pass-1")));
    REQUIRE(users.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-1")));
    REQUIRE(users.add(user("somjai", { Role::Clerk }), QStringLiteral("clerk-pass-1")));
    CHECK_FALSE(users.add(user("somjai", { Role::Clerk }), QStringLiteral("clerk-pass-2")));
    CHECK(users.errorString().contains(QStringLiteral("already")));
    CHECK_FALSE(users.add(user("chang", { Role::Officer }), QStringLiteral("officer-pass")));
    CHECK(users.errorString().contains(QStringLiteral("division")));
    REQUIRE(users.add(user("chang", { Role::Officer }, "กองช่าง"), QStringLiteral("officer-pass")));
    CHECK(users.list()->size() == 3);

    CHECK_FALSE(users.setRoles(QStringLiteral("admin"), { Role::Clerk }));
    CHECK(users.errorString().contains(QStringLiteral("last administrator")));
    CHECK_FALSE(users.setDisabled(QStringLiteral("admin"), true));
    REQUIRE(users.setDisabled(QStringLiteral("somjai"), true));
    CHECK_FALSE(users.signIn(QStringLiteral("somjai"), QStringLiteral("clerk-pass-1")));
    CHECK(users.errorString().contains(QStringLiteral("disabled")));
    REQUIRE(users.setDisabled(QStringLiteral("somjai"), false));

    // A clerk manages nobody, but changes her own password with her current one.
    REQUIRE(users.signIn(QStringLiteral("somjai"), QStringLiteral("clerk-pass-1")));
    CHECK_FALSE(users.list());
    CHECK_FALSE(users.setRoles(QStringLiteral("somjai"), { Role::IntegrityOfficer }));
    CHECK(users.errorString().contains(QStringLiteral("may not manage users")));
    CHECK_FALSE(users.setPassword(QStringLiteral("somjai"), QStringLiteral("new-pass-22"), QStringLiteral("bad")));
    REQUIRE(users.setPassword(QStringLiteral("somjai"), QStringLiteral("new-pass-22"), QStringLiteral("clerk-pass-1")));
    CHECK_FALSE(users.setPassword(QStringLiteral("chang"), QStringLiteral("new-pass-33")));
    CHECK(users.signIn(QStringLiteral("somjai"), QStringLiteral("new-pass-22")));
    CHECK(auditCount(r.db,
                     QStringLiteral("entity = 'users' AND action = 'update' AND after LIKE '%password_changed_at%'"))
          == 1);
}

TEST_CASE("No role sees a complainant it may not, by any read", "[access]")
{
    Office o;
    struct Case
    {
        const char* name;
        access::Session session;
        int visibleWithReason; ///< how many of the three named cases the role may reveal
    };
    const QList<Case> cases = {
        // The identity is sealed to one key, held by integrity officers only: not the clerk who typed it in, not
        // the officer whose division works the case (see the README: who sees a complainant).
        { "clerk who entered them", as("somjai", { Role::Clerk }), 0 },
        { "another clerk", as("malee", { Role::Clerk }), 0 },
        { "officer of กองช่าง", as("chang", { Role::Officer }, "กองช่าง"), 0 },
        { "officer of กองคลัง", as("klang", { Role::Officer }, "กองคลัง"), 0 },
        { "administrator", as("admin", { Role::Administrator }), 0 },
        { "integrity officer", as("itg", { Role::IntegrityOfficer }), 3 },
    };
    for (const Case& c : cases) {
        SECTION(c.name)
        {
            o.r.setSession(c.session);
            // Without a reason nobody sees a name: lists, pages of the register and whole cases.
            const QStringList masked = o.namesSeen();
            CHECK_FALSE(masked.contains(Secret));
            CHECK_FALSE(masked.contains(QStringLiteral("081-234-5678")));
            CHECK(masked.contains(QStringLiteral("ไม่เปิดเผยชื่อ")));
            // With a reason, only the cases the role may see, and each reveal is in the trail.
            const int before = auditCount(o.r.db, QStringLiteral("action = 'reveal'"));
            const QStringList revealed = o.namesSeen(QStringLiteral("ตรวจสอบที่อยู่เพื่อส่งหนังสือ"));
            const auto wholeCases = revealed.count(QStringLiteral("081-234-5678"));
            CHECK(wholeCases == c.visibleWithReason);
            CHECK((auditCount(o.r.db, QStringLiteral("action = 'reveal'")) > before) == (c.visibleWithReason > 0));
            // A search by the complainant's name finds only the cases whose complainant the role may see.
            o.repo.setRevealReason({});
            CHECK(o.searchHits(QStringLiteral("ลับเฉพาะ")) == c.visibleWithReason);
            CHECK(o.searchHits(QStringLiteral("นายลับเฉพาะ  ผู้ร้อง")) == c.visibleWithReason); // title, spaces
            // The index holds keyed hashes of whole words: a part of a name finds nothing, for anyone.
            CHECK(o.searchHits(QStringLiteral("ลับ")) == 0);
            CHECK(o.searchHits(QStringLiteral("เฉพาะ")) == 0);
            CHECK(o.searchHits(QStringLiteral("อนุญาตก่อสร้าง")) == 3); // the subject is for everyone
        }
    }
    SECTION("executive: reports only")
    {
        o.r.setSession(as("nayok", { Role::Executive }));
        CHECK(o.namesSeen(QStringLiteral("อยากรู้")).isEmpty());
        CHECK_FALSE(o.repo.count({}));
        QString error;
        CHECK(reports::computeStatistics(o.r.db, 2568, false, d("2025-03-01"), &error));
    }
}

TEST_CASE("Steps, settings, backups, statistics and the trail are refused to roles without them", "[access]")
{
    Office o;
    auto record = [&](const complaints::ReceiptNumber& receipt, const char* s) {
        return o.repo.recordStep(receipt, stepOf(s));
    };

    o.r.setSession(as("malee", { Role::Clerk }));
    CHECK_FALSE(record(o.entered.receipt, "registered")); // not hers
    o.r.setSession(as("somjai", { Role::Clerk }));
    CHECK_FALSE(record(o.registered.receipt, "accepted"));
    CHECK(record(o.entered.receipt, "registered"));
    CHECK_FALSE(record(o.entered.receipt, "accepted")); // the rest is the officers'
    o.r.setSession(as("klang", { Role::Officer }, "กองคลัง"));
    CHECK_FALSE(record(o.assigned.receipt, "fact_finding"));
    CHECK(o.repo.errorString().contains(QStringLiteral("may not record")));
    o.r.setSession(as("chang", { Role::Officer }, "กองช่าง"));
    CHECK(record(o.assigned.receipt, "fact_finding"));
    o.r.setSession(as("admin", { Role::Administrator }));
    CHECK_FALSE(record(o.assigned.receipt, "concluded"));
    auto c = sampleComplaint(dt("2025-02-10T09:00:00"));
    CHECK_FALSE(o.repo.add(c));

    const QString backup = o.r.dir.filePath(QStringLiteral("copy.db"));
    QString error;
    for (const auto& session : { as("somjai", { Role::Clerk }), as("chang", { Role::Officer }, "กองช่าง"),
                                 as("itg", { Role::IntegrityOfficer }), as("nayok", { Role::Executive }) }) {
        INFO(session.describe().toStdString());
        o.r.setSession(session);
        CHECK_FALSE(o.r.db.setSetting(QStringLiteral("numbering"), QStringLiteral("fiscal")));
        CHECK(o.r.db.errorString().contains(QStringLiteral("may not")));
        complaints::HolidayTable holidays(o.r.db);
        CHECK_FALSE(holidays.add({ d("2025-05-02"), QStringLiteral("วันหยุดพิเศษ"), calendar::HolidayKind::Special }));
        CHECK_FALSE(storage::backupTo(o.r.db, backup, &error));
        staff::StaffList staff(o.r.db);
        staff::StaffMember member;
        member.name = QStringLiteral("นายใหม่ ใจดี");
        member.position = QStringLiteral("นักวิชาการ");
        member.division = QStringLiteral("สำนักปลัด");
        member.kind = QStringLiteral("official");
        QList<staff::StaffMember> one { member };
        CHECK(staff.add(one) == session.has(Role::IntegrityOfficer));
    }
    for (const auto& session : { as("somjai", { Role::Clerk }), as("chang", { Role::Officer }, "กองช่าง") }) {
        o.r.setSession(session);
        CHECK_FALSE(reports::computeStatistics(o.r.db, 2568, false, d("2025-03-01"), &error));
        CHECK_FALSE(storage::complaintTrail(o.r.db, o.entered.id, &error));
        CHECK_FALSE(storage::verifyAudit(o.r.db).ok);
    }
    o.r.setSession(as("admin", { Role::Administrator }));
    CHECK(o.r.db.setSetting(QStringLiteral("numbering"), QStringLiteral("fiscal")));
    CHECK(storage::backupTo(o.r.db, backup, &error));
    CHECK(storage::verifyAudit(o.r.db).ok);
}
