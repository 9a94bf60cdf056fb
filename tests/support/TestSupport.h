// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/Complaint.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <ostream>

/** A session that may do everything (integrity officer and administrator), for tests that are not about roles. */
sujarit::access::Session officeHead();

/**
 * When the suite runs against PostgreSQL (SUJARIT_TEST_POSTGRES names the file that holds the test server's address,
 * tests/postgres/cluster.sh), a fresh empty database on that server, dropped afterwards; else nothing.
 */
struct TestServerDatabase {
    QString url; ///< postgresql://…/sujarit_test_PID_N, or empty when the suite runs on SQLite files
    TestServerDatabase();
    ~TestServerDatabase();
    TestServerDatabase(const TestServerDatabase&) = delete;
    TestServerDatabase& operator=(const TestServerDatabase&) = delete;
};
/** True when this run of the suite is against the PostgreSQL test server. */
bool testingOnServer();
/** The test server's base address (postgresql://postgres@127.0.0.1:PORT), empty on SQLite. */
QString testServerUrl();
/** Ends every connection to the database of \a url from the server's side, as a restart or a network cut does. */
void endServerConnections(const QString& url);
/** Makes the server refuse (or accept again) new connections to the database of \a url, as a server down would. */
void refuseServerConnections(const QString& url, bool refuse);

/** A fresh register — a file in a temporary folder, or a database on the test server — removed afterwards, with
 * officeHead() signed in. */
struct TempRegister {
    QTemporaryDir dir;
    TestServerDatabase server;
    sujarit::storage::Database db;
    QString path;
    /** The register's identity key, made when it was opened (tests stand in for a custodian's sign-in with it). */
    std::optional<sujarit::access::IdentityKeys> keys;
    TempRegister();
    /** Sets \a session, holding the identity key when it is an integrity officer's (as a sign-in would). */
    bool setSession(const sujarit::access::Session& session);
};

/**
 * Writes a named case into a register older than schema 9 as Sujarit wrote it then: the complainant (\a name, a phone
 * 089-000-0001 and an address) and the witnesses (\a witnesses) in clear columns; received at \a at, its next
 * deadline \a nextDeadline. Its receipt number is 1/BE-year plus \a running - 1. Returns its id.
 */
qint64 insertOldComplaint(sujarit::storage::Database& db, const QDateTime& at, int running, const QString& name,
                          const QString& witnesses = {}, const QString& nextDeadline = {});

/** How many complaints \a db holds (fails the test if it cannot be read). */
int complaintsIn(sujarit::storage::Database& db);

/** A valid named complaint received at \a at. */
sujarit::complaints::Complaint sampleComplaint(const QDateTime& at, const QString& subject = QStringLiteral("ละเว้นการปฏิบัติหน้าที่ในการเก็บขยะ"));

QDateTime dt(const char* iso);
/** Runs \a program (pdftotext, python3 …) and returns its standard output; fails the test if it fails. */
QString runProgram(const QString& program, const QStringList& args);
QDate d(const char* iso);

std::ostream& operator<<(std::ostream& os, const QString& s);
std::ostream& operator<<(std::ostream& os, const QDate& date);
