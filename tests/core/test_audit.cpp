// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: every write path leaves an entry in its own transaction, with who and before/after; nothing is
// logged for what was rolled back; the trail is append-only; and an entry edited, deleted or moved behind Sujarit's
// back is found and named.
#include "TestSupport.h"

#include "complaints/ComplaintRepository.h"
#include "staff/StaffList.h"
#include "plan/PlanStore.h"
#include "storage/Audit.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace sujarit;

namespace {
int entries(storage::Database& db, const QString& where = QStringLiteral("TRUE"))
{
    QSqlQuery q = db.query();
    REQUIRE(db.exec(q, QStringLiteral("SELECT count(*) FROM audit WHERE ") + where));
    q.next();
    return q.value(0).toInt();
}

/**
 * Runs \a statements on the register through a connection of its own, as the sqlite3 shell or psql would. (On the
 * server the guards are one trigger, disabled instead of dropped.)
 */
void behindTheBack(const QString& path, const QStringList& statements)
{
    {
        const auto location = storage::Location::parse(path);
        REQUIRE(location);
        const bool server = location->engine == storage::Engine::PostgreSQL;
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(server ? location->database : path);
        raw.setHostName(location->host);
        raw.setPort(location->port);
        raw.setUserName(location->user);
        REQUIRE(raw.open());
        for (QString sql : statements) {
            if (server && sql.startsWith(QLatin1String("DROP TRIGGER audit_append_only")))
                sql = QStringLiteral("ALTER TABLE audit DISABLE TRIGGER audit_append_only");
            QSqlQuery q(raw);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

TEST_CASE("Every write leaves an audit entry with who, before and after, sealed in a verifiable chain", "[audit]")
{
    TempRegister r;
    REQUIRE(r.db.setActor(QStringLiteral("นางสาวมาลี")));
    complaints::ComplaintRepository repo(r.db, [] { return dt("2026-11-20T12:00:00"); });
    complaints::Complaint c = sampleComplaint(dt("2026-11-02T09:00:00"));
    REQUIRE(repo.add(c));
    REQUIRE(repo.recordStep(c.receipt, { QStringLiteral("registered"), {}, {}, dt("2026-11-03T10:00:00"), {}, {} }));
    REQUIRE(r.db.setSetting(QStringLiteral("numbering"), QStringLiteral("fiscal")));
    QList<staff::StaffMember> staff
        = { { 0, QStringLiteral("นายวิชัย"), {}, {}, QStringLiteral("official"), true, {} } };
    REQUIRE(staff::StaffList(r.db).add(staff));
    REQUIRE(staff::StaffList(r.db).markLeft(QStringLiteral("นายวิชัย"), d("2026-11-10")));

    CHECK(entries(r.db, QStringLiteral("entity = 'complaints' AND action = 'insert'")) == 1);
    CHECK(entries(r.db, QStringLiteral("entity = 'complaint_steps'")) == 2);
    CHECK(entries(r.db, QStringLiteral("entity = 'settings' AND action = 'update'")) == 1);
    CHECK(entries(r.db, QStringLiteral("entity = 'staff' AND action = 'update'")) == 1);
    CHECK(entries(r.db, QStringLiteral("actor <> 'นางสาวมาลี'")) == 0);
    CHECK(entries(r.db, QStringLiteral("hash IS NULL")) == 0);
    QSqlQuery q = r.db.query();
    REQUIRE(r.db.exec(
        q, QStringLiteral("SELECT before, after FROM audit WHERE entity = 'settings' AND action = 'update'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("\"value\":\"calendar\"")));
    CHECK(q.value(1).toString().contains(QStringLiteral("\"value\":\"fiscal\"")));
    // The key that signs receipts is never copied into the trail.
    CHECK(entries(r.db, QStringLiteral("coalesce(after, '') LIKE '%receipt_key%' AND after NOT LIKE '%(hidden)%'"))
          == 0);

    const auto trail = storage::complaintTrail(r.db, c.id, nullptr);
    REQUIRE(trail);
    CHECK(trail->first().action == QStringLiteral("insert"));
    CHECK(trail->size() >= 4); // the complaint, its texts, two steps, the updates of its status

    const storage::AuditVerification v = storage::verifyAudit(r.db);
    CHECK(v.ok);
    CHECK(v.entries == entries(r.db));

    // What is rolled back leaves nothing in the trail.
    const int before = entries(r.db);
    QList<staff::StaffMember> twice
        = { { 0, QStringLiteral("นายใหม่"), {}, {}, QStringLiteral("official"), true, {} },
            { 0, QStringLiteral("นายวิชัย"), {}, {}, QStringLiteral("official"), true, {} } };
    CHECK_FALSE(staff::StaffList(r.db).add(twice));
    CHECK(entries(r.db) == before);

    // Append-only through SQL.
    CHECK_FALSE(r.db.exec(QStringLiteral("DELETE FROM audit WHERE id = 1")));
    CHECK(r.db.errorString().contains(QStringLiteral("append-only")));
    CHECK_FALSE(r.db.exec(QStringLiteral("UPDATE audit SET actor = 'x' WHERE id = 1")));
}

TEST_CASE("Two connections writing in turn keep one unbroken chain", "[audit]")
{
    TempRegister r;
    storage::Database other;
    other.setSession(officeHead());
    REQUIRE(other.open(r.path, storage::Database::OpenMode::MustExist));
    for (int i = 0; i < 20; ++i)
        REQUIRE((i % 2 ? r.db : other).setSetting(QStringLiteral("k%1").arg(i), QString::number(i)));
    CHECK(storage::verifyAudit(r.db).ok);
    CHECK(storage::verifyAudit(r.db).entries == 20);
}

TEST_CASE("An entry edited, deleted or moved with another tool is found and named", "[audit][tamper]")
{
    const auto register_ = [](TempRegister& r) {
        for (int i = 1; i <= 6; ++i)
            REQUIRE(r.db.setSetting(QStringLiteral("key%1").arg(i), QStringLiteral("value %1").arg(i)));
        REQUIRE(storage::verifyAudit(r.db).ok);
        r.db.close();
    };
    SECTION("edited")
    {
        TempRegister r;
        register_(r);
        behindTheBack(r.path,
                      { QStringLiteral("DROP TRIGGER audit_append_only_update"),
                        QStringLiteral("UPDATE audit SET after = replace(after, 'value 3', 'value 9') WHERE id = 3") });
        REQUIRE(r.db.open(r.path));
        const auto v = storage::verifyAudit(r.db);
        CHECK_FALSE(v.ok);
        CHECK(v.badEntry == 3);
        CHECK(v.message.contains(QStringLiteral("audit entry 3")));
        CHECK(v.message.contains(QStringLiteral("has been changed")));
    }
    SECTION("deleted")
    {
        TempRegister r;
        register_(r);
        behindTheBack(r.path,
                      { QStringLiteral("DROP TRIGGER audit_append_only_delete"),
                        QStringLiteral("DELETE FROM audit WHERE id = 4") });
        REQUIRE(r.db.open(r.path));
        const auto v = storage::verifyAudit(r.db);
        CHECK_FALSE(v.ok);
        CHECK(v.message.contains(QStringLiteral("audit entries 4 to 4 are missing")));
    }
    SECTION("moved")
    {
        TempRegister r;
        register_(r);
        behindTheBack(r.path,
                      { QStringLiteral("DROP TRIGGER audit_append_only_update"),
                        QStringLiteral("UPDATE audit SET id = 100 WHERE id = 2"),
                        QStringLiteral("UPDATE audit SET id = 2 WHERE id = 5"),
                        QStringLiteral("UPDATE audit SET id = 5 WHERE id = 100") });
        REQUIRE(r.db.open(r.path));
        const auto v = storage::verifyAudit(r.db);
        CHECK_FALSE(v.ok);
        CHECK(v.badEntry == 2);
        CHECK(v.message.contains(QStringLiteral("does not follow the entry before it")));
    }
    SECTION("a forged hash")
    {
        TempRegister r;
        register_(r);
        behindTheBack(r.path,
                      { QStringLiteral("DROP TRIGGER audit_append_only_update"),
                        QStringLiteral("UPDATE audit SET hash = 'forged' WHERE id = 6") });
        REQUIRE(r.db.open(r.path));
        CHECK(storage::verifyAudit(r.db).badEntry == 6);
    }
}
