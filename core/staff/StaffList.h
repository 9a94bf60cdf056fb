// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "access/Session.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::staff {

/** A member of staff: who declares interests, receives gifts and is assigned cases. */
struct StaffMember
{
    qint64 id = 0;
    QString name;
    QString position;
    QString division;
    QString kind; ///< executive, council_member, official, contract_employee
    bool active = true;
    std::optional<QDate> leftOn; ///< when a former member left office (the two-year after-office rules need it)

    /** True when \a day falls in office or within two years after leaving (พ.ร.ป. 2561 ม.126 วรรคสอง, ม.128 วรรคสอง).
     */
    bool boundOn(QDate day) const { return !leftOn || day <= leftOn->addYears(2); }
};

/** The staff kinds with their Thai names (ผู้บริหาร, สมาชิกสภา, พนักงานส่วนตำบล, พนักงานจ้าง). */
struct StaffKind
{
    QString code;
    QString label;
};
const QList<StaffKind>& staffKinds();
/** The code of \a text, given as a code or as its Thai name; nullopt when it is neither. */
std::optional<QString> staffKindCode(const QString& text);
QString staffKindLabel(const QString& code);

/** The staff list in the database: every write one transaction, all or nothing. */
class StaffList
{
public:
    explicit StaffList(storage::Database& db);

    /**
     * Adds \a members; one that lacks a name or kind, or whose name is taken, fails them all and says which (by
     * its entry in \a places, e.g. "staff.csv, line 4", when given).
     */
    bool add(QList<StaffMember>& members, const QStringList& places = {});
    /**
     * Reads a staff list saved as CSV from Excel (UTF-8, UTF-16 or Windows-874; Thai or English headers: ชื่อ/name,
     * ตำแหน่ง/position, สังกัด/division, ประเภท/kind, วันที่พ้นตำแหน่ง/left_on) and adds it all or nothing; errors name
     * the line and the column.
     */
    bool importCsv(const QByteArray& bytes, const QString& fileName, int* added = nullptr);
    /** Records that \a name left office on \a day. */
    bool markLeft(const QString& name, QDate day);
    /** Everyone on the list (former members too), by name. */
    std::optional<QList<StaffMember>> all();
    /** The member called \a name (spaces collapsed), or nullopt (errorString() says why). */
    std::optional<StaffMember> find(const QString& name);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    /** True when the session may do \a permission; else the refusal is errorString(). */
    bool allowed(access::Permission permission);

    storage::Database& m_db;
    QString m_error;
};

} // namespace sujarit::staff
