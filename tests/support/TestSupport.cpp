// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QProcess>

TempRegister::TempRegister()
{
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("register.db"));
    INFO(db.errorString().toStdString());
    REQUIRE(db.open(path));
    db.setSession(officeHead());
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
