// SPDX-License-Identifier: GPL-3.0-or-later
// A connection cut at the COMMIT of a save on a server: the save is reported as the server decided it — kept, or
// not kept — never "not kept" for a save the server kept (the clerk would enter it twice).
#include "TestSupport.h"

#include "CuttingRelay.h"

#include "complaints/ComplaintRepository.h"
#include "storage/Audit.h"

using namespace sujarit;

namespace {
QList<complaints::Complaint> one(int n)
{
    return { sampleComplaint(dt("2026-03-02T09:00:00").addSecs(60 * n),
                             QStringLiteral("เรื่องร้องเรียนที่ %1 เรื่องถนนชำรุด").arg(n)) };
}

quint16 serverPort(const QString& url)
{
    return quint16(storage::Location::parse(url)->port);
}

/** A register on the server, reached through a CuttingRelay, with the office's head signed in and one complaint. */
struct ThroughRelay
{
    TempRegister r;
    CuttingRelay relay { serverPort(r.path) };
    storage::Database db;
    complaints::ComplaintRepository repo { db, [] { return dt("2026-03-20T12:00:00"); } };

    ThroughRelay()
    {
        auto location = storage::Location::parse(r.path);
        REQUIRE(location);
        location->port = relay.port();
        REQUIRE(db.open(*location, storage::Database::OpenMode::MustExist));
        REQUIRE(db.setSession(officeHead()));
        auto first = one(1);
        REQUIRE(repo.add(first));
    }
};
} // namespace

TEST_CASE("The answer to a save's COMMIT is lost on the way back: the server kept it, and the save says so", "[server]")
{
    ThroughRelay t;
    auto& [r, relay, db, repo] = t;

    relay.arm(CuttingRelay::Cut::AnswerLost);
    auto second = one(2);
    const bool saved = repo.add(second);
    REQUIRE(relay.hasCut());
    INFO(repo.errorString().toStdString());
    CHECK(saved); // not "try again": that would enter it twice
    CHECK(second[0].receipt.running == 2);
    CHECK(complaintsIn(r.db) == 2);

    auto third = one(3);
    REQUIRE(repo.add(third)); // the same connection object saves again, reconnected
    CHECK(third[0].receipt.running == 3);
    CHECK(complaintsIn(r.db) == 3);
    CHECK(storage::verifyAudit(r.db).ok);
}

TEST_CASE("A save's COMMIT never reaches the server: the save says it was not kept, and it was not", "[server]")
{
    ThroughRelay t;
    auto& [r, relay, db, repo] = t;

    relay.arm(CuttingRelay::Cut::CommitNeverArrives);
    auto second = one(2);
    CHECK_FALSE(repo.add(second));
    REQUIRE(relay.hasCut());
    CHECK(repo.errorString().contains(QStringLiteral("was not kept")));
    CHECK(complaintsIn(r.db) == 1);

    REQUIRE(repo.add(second)); // Save again: the number that was not used is given again, no gap
    CHECK(second[0].receipt.running == 2);
    CHECK(complaintsIn(r.db) == 2);
    CHECK(storage::verifyAudit(r.db).ok);
}
