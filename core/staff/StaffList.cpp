// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffList.h"

#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "storage/Database.h"
#include "text/CsvTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace sujarit::staff {

namespace {
struct StaffText
{
    Q_DECLARE_TR_FUNCTIONS(StaffText)
};
QString stamp()
{
    return calendar::now().toString(Qt::ISODate);
}

/** The columns of a staff list, in Thai or English. */
const text::CsvColumns& staffColumns()
{
    static const text::CsvColumns columns { {
        { QStringLiteral("name"), QStringLiteral("name") },
        { QStringLiteral("ชื่อ"), QStringLiteral("name") },
        { QStringLiteral("ชื่อ-สกุล"), QStringLiteral("name") },
        { QStringLiteral("ชื่อ - สกุล"), QStringLiteral("name") },
        { QStringLiteral("ชื่อ-นามสกุล"), QStringLiteral("name") },
        { QStringLiteral("position"), QStringLiteral("position") },
        { QStringLiteral("ตำแหน่ง"), QStringLiteral("position") },
        { QStringLiteral("division"), QStringLiteral("division") },
        { QStringLiteral("สังกัด"), QStringLiteral("division") },
        { QStringLiteral("กอง"), QStringLiteral("division") },
        { QStringLiteral("ส่วนราชการ"), QStringLiteral("division") },
        { QStringLiteral("kind"), QStringLiteral("kind") },
        { QStringLiteral("ประเภท"), QStringLiteral("kind") },
        { QStringLiteral("left_on"), QStringLiteral("left_on") },
        { QStringLiteral("วันที่พ้นตำแหน่ง"), QStringLiteral("left_on") },
    },
        { QStringLiteral("name"), QStringLiteral("kind") },
        QStringLiteral("ชื่อ/name, ตำแหน่ง/position, สังกัด/division, ประเภท/kind, วันที่พ้นตำแหน่ง/left_on") };
    return columns;
}
} // namespace

const QList<StaffKind>& staffKinds()
{
    static const QList<StaffKind> kinds = { { QStringLiteral("executive"), QStringLiteral("ผู้บริหาร") },
                                            { QStringLiteral("council_member"), QStringLiteral("สมาชิกสภา") },
                                            { QStringLiteral("official"), QStringLiteral("พนักงานส่วนตำบล") },
                                            { QStringLiteral("contract_employee"), QStringLiteral("พนักงานจ้าง") } };
    return kinds;
}

std::optional<QString> staffKindCode(const QString& text)
{
    const QString t = text.trimmed();
    for (const StaffKind& k : staffKinds())
        if (t == k.code || t == k.label)
            return k.code;
    return std::nullopt;
}

QString staffKindLabel(const QString& code)
{
    for (const StaffKind& k : staffKinds())
        if (k.code == code)
            return k.label;
    return code;
}

StaffList::StaffList(storage::Database& db)
    : m_db(db)
{
}

bool StaffList::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool StaffList::allowed(access::Permission permission)
{
    return m_db.require(permission) || fail(m_db.errorString());
}

bool StaffList::add(QList<StaffMember>& members, const QStringList& places)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    QSet<QString> names;
    for (qsizetype i = 0; i < members.size(); ++i) {
        StaffMember& m = members[i];
        m.name = m.name.simplified();
        const QString where = places.value(i, StaffText::tr("staff member %1").arg(i + 1));
        if (m.name.isEmpty())
            return fail(StaffText::tr("%1: name is missing").arg(where));
        const auto kind = staffKindCode(m.kind);
        if (!kind) {
            QStringList codes;
            for (const StaffKind& k : staffKinds())
                codes << k.code;
            return fail(StaffText::tr("%1 (%2): kind “%3” is not one of %4")
                            .arg(where, m.name, m.kind, codes.join(QStringLiteral(", "))));
        }
        m.kind = *kind;
        if (m.leftOn)
            m.active = false;
        if (names.contains(m.name))
            return fail(StaffText::tr("%1: %2 is listed twice").arg(where, m.name));
        names.insert(m.name);
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    QSqlQuery q = m_db.query();
    for (qsizetype i = 0; i < members.size(); ++i) {
        StaffMember& m = members[i];
        if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM staff WHERE name = ?"), { m.name }))
            return fail(m_db.errorString());
        if (q.next())
            return fail(StaffText::tr("%1: %2 is already on the staff list")
                            .arg(places.value(i, StaffText::tr("staff member %1").arg(i + 1)), m.name));
        const auto id = m_db.insert(
                       QStringLiteral("INSERT INTO staff (name, position, division, kind, active, left_on, created_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       { m.name, m_db.bindable(m.position.simplified()), m_db.bindable(m.division.simplified()), m.kind,
                         m.active ? 1 : 0, m.leftOn ? QVariant(m.leftOn->toString(Qt::ISODate)) : QVariant(),
                         stamp() });
        if (!id)
            return fail(m_db.errorString());
        m.id = *id;
    }
    return tx.commit() || fail(m_db.errorString());
}

bool StaffList::importCsv(const QByteArray& bytes, const QString& fileName, int* added)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    QString why;
    const auto table = text::readCsvTable(bytes, fileName, staffColumns(), &why);
    if (!table)
        return fail(why);
    QList<StaffMember> members;
    QStringList places;
    for (const text::CsvRecord& rec : table->rows) {
        const auto field = [&](const char* column) { return table->field(rec, column); };
        StaffMember m { 0, field("name"), field("position"), field("division"), field("kind"), true, std::nullopt };
        if (const QString left = field("left_on").trimmed(); !left.isEmpty()) {
            const auto day = calendar::parseThaiDate(left, &why);
            if (!day)
                return fail(StaffText::tr("%1, line %2, column left_on: %3; nothing was added")
                                .arg(fileName)
                                .arg(rec.line)
                                .arg(why));
            m.leftOn = *day;
        }
        members << m;
        places << StaffText::tr("%1, line %2").arg(fileName, QString::number(rec.line));
    }
    if (!add(members, places))
        return false;
    if (added)
        *added = int(members.size());
    return true;
}

bool StaffList::markLeft(const QString& name, QDate day)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (!day.isValid())
        return fail(StaffText::tr("the day %1 left office is missing or impossible").arg(name.simplified()));
    if (!find(name))
        return false;
    return m_db.exec(QStringLiteral("UPDATE staff SET active = 0, left_on = ? WHERE name = ?"),
                     { day.toString(Qt::ISODate), name.simplified() })
        || fail(m_db.errorString());
}

std::optional<QList<StaffMember>> StaffList::all()
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q, QStringLiteral("SELECT id, name, position, division, kind, active, left_on FROM staff ORDER BY name"))) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<StaffMember> out;
    while (q.next()) {
        StaffMember m { q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(),   q.value(5).toInt() != 0, std::nullopt };
        if (!q.value(6).isNull())
            m.leftOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        out << m;
    }
    return out;
}

std::optional<StaffMember> StaffList::find(const QString& name)
{
    const auto everyone = all();
    if (!everyone)
        return std::nullopt;
    for (const StaffMember& m : *everyone)
        if (m.name == name.simplified())
            return m;
    fail(StaffText::tr("%1 is not on the staff list (add them with “staff add”)").arg(name.simplified()));
    return std::nullopt;
}

} // namespace sujarit::staff
