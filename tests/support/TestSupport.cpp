// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

QString testServerUrl()
{
    static const QString url = [] {
        const QString file = qEnvironmentVariable("SUJARIT_TEST_POSTGRES");
        if (file.isEmpty())
            return QString();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            FAIL("the PostgreSQL test server is not running: " << file.toStdString() << " is missing");
        return QString::fromUtf8(f.readAll()).trimmed();
    }();
    return url;
}

bool testingOnServer() { return !testServerUrl().isEmpty(); }

namespace {
/** Runs \a sql on the test server's maintenance database ("postgres"). */
void onServer(const QString& sql)
{
    const auto location = sujarit::storage::Location::parse(testServerUrl() + QStringLiteral("/postgres"));
    REQUIRE(location);
    const QString name = QStringLiteral("sujarit-test-admin");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(location->host);
        admin.setPort(location->port);
        admin.setUserName(location->user);
        admin.setDatabaseName(location->database);
        INFO(admin.lastError().text().toStdString());
        REQUIRE(admin.open());
        QSqlQuery q(admin);
        INFO(sql.toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        CHECK(ok);
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

void endServerConnections(const QString& url)
{
    onServer(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
                 .arg(url.section(u'/', -1)));
}

void refuseServerConnections(const QString& url, bool refuse)
{
    onServer(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
                 .arg(url.section(u'/', -1), refuse ? QStringLiteral("false") : QStringLiteral("true")));
}

TestServerDatabase::TestServerDatabase()
{
    if (!testingOnServer())
        return;
    static int counter = 0;
    const QString name = QStringLiteral("sujarit_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    onServer(QStringLiteral("CREATE DATABASE %1").arg(name));
    url = testServerUrl() + u'/' + name;
}

TestServerDatabase::~TestServerDatabase()
{
    if (!url.isEmpty())
        onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(url.section(u'/', -1)));
}

TempRegister::TempRegister()
{
    REQUIRE(dir.isValid());
    path = server.url.isEmpty() ? dir.filePath(QStringLiteral("register.db")) : server.url;
    INFO(db.errorString().toStdString());
    REQUIRE(db.open(path));
    if (const auto* made = db.unclaimedKeys())
        keys = *made;
    setSession(officeHead());
}

bool TempRegister::setSession(const sujarit::access::Session& session)
{
    const bool ok = db.setSession(session);
    if (keys && session.has(sujarit::access::Role::IntegrityOfficer))
        db.holdIdentityKeys(keys);
    return ok;
}

qint64 insertOldComplaint(sujarit::storage::Database& db, const QDateTime& at, int running, const QString& name,
                          const QString& witnesses, const QString& nextDeadline)
{
    const QString when = at.toString(Qt::ISODate);
    const int year = at.date().year() + 543;
    QSqlQuery q = db.query();
    const bool inserted = db.exec(q,
                    QStringLiteral("INSERT INTO complaints (receipt_year, receipt_running, received_at, fiscal_year,"
                                   " channel, category, complainant_name, complainant_phone, complainant_address,"
                                   " subject, status_at, receipt_code, next_deadline, next_clock, created_at,"
                                   " updated_at) VALUES (?, ?, ?, ?, 'walk_in', 'misconduct', ?, '089-000-0001',"
                                   " '99 หมู่ 9 ตำบลทดสอบ', 'เรียกรับเงินค่าใบอนุญาต', ?, ?, ?, ?, ?, ?)"),
                    {year, running, when, at.date().month() >= 10 ? year + 1 : year, name, when,
                     QStringLiteral("OLD%1-%2").arg(year).arg(running), nextDeadline.isEmpty() ? QVariant() : nextDeadline,
                     nextDeadline.isEmpty() ? QString() : QStringLiteral("register"), when, when});
    INFO(db.errorString().toStdString());
    REQUIRE(inserted);
    REQUIRE(db.exec(q, QStringLiteral("SELECT max(id) FROM complaints")));
    REQUIRE(q.next());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    REQUIRE(db.exec(QStringLiteral("INSERT INTO complaint_texts (complaint_id, details, witnesses) VALUES (?, ?, ?)"),
                    {id, QStringLiteral("ขอให้ตรวจสอบ"), witnesses}));
    REQUIRE(db.exec(QStringLiteral("INSERT INTO complaint_steps (complaint_id, step, at, by, note, reason, recorded_at)"
                                   " VALUES (?, 'received', ?, '', '', '', ?)"),
                    {id, when, when}));
    return id;
}

sujarit::access::Session officeHead()
{
    using sujarit::access::Role;
    sujarit::access::Session s;
    s.user = QStringLiteral("head");
    s.fullName = QStringLiteral("หัวหน้าสำนักปลัด");
    s.roles = {Role::IntegrityOfficer, Role::Administrator};
    return s;
}

sujarit::complaints::Complaint sampleComplaint(const QDateTime& at, const QString& subject)
{
    sujarit::complaints::Complaint c;
    c.receivedAt = at;
    c.channel = QStringLiteral("walk_in");
    c.category = QStringLiteral("misconduct");
    c.complainant.name = QStringLiteral("นายจันทร์เพ็ญ รักไทย");
    c.subject = subject;
    c.details = QStringLiteral("ผู้ร้องพบเห็นเหตุการณ์ดังกล่าว และมีหลักฐานภาพถ่าย");
    c.accused = {QStringLiteral("นายสุรชัย พึ่งบุญ"), QStringLiteral("นายช่างโยธา"), QStringLiteral("กองช่าง")};
    return c;
}

QDateTime dt(const char* iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); }
QDate d(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

std::ostream& operator<<(std::ostream& os, const QString& s) { return os << s.toStdString(); }
std::ostream& operator<<(std::ostream& os, const QDate& date) { return os << date.toString(Qt::ISODate).toStdString(); }

QString runProgram(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int complaintsIn(sujarit::storage::Database& db)
{
    QSqlQuery q = db.query();
    REQUIRE(db.exec(q, QStringLiteral("SELECT count(*) FROM complaints")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
