// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QCoreApplication>

namespace sujarit::access {

namespace {
struct AccessText
{
    Q_DECLARE_TR_FUNCTIONS(AccessText)
};

struct RoleInfo
{
    Role role;
    const char* code;
    const char* thai;
};
const RoleInfo Roles[] = {
    { Role::Clerk, "clerk", "เจ้าหน้าที่รับเรื่อง" },
    { Role::Officer, "officer", "เจ้าหน้าที่ผู้รับผิดชอบ" },
    { Role::IntegrityOfficer, "integrity_officer", "เจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต" },
    { Role::Administrator, "administrator", "ผู้ดูแลระบบ" },
    { Role::Executive, "executive", "ผู้บริหาร" },
};
} // namespace

QString roleCode(Role role)
{
    for (const RoleInfo& r : Roles)
        if (r.role == role)
            return QString::fromLatin1(r.code);
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    const QString c = code.trimmed();
    for (const RoleInfo& r : Roles)
        if (c.compare(QLatin1String(r.code), Qt::CaseInsensitive) == 0 || c == QString::fromUtf8(r.thai))
            return r.role;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return AccessText::tr("clerk");
    case Role::Officer:
        return AccessText::tr("officer");
    case Role::IntegrityOfficer:
        return AccessText::tr("integrity officer");
    case Role::Administrator:
        return AccessText::tr("administrator");
    case Role::Executive:
        return AccessText::tr("executive");
    }
    return {};
}

QList<Role> allRoles()
{
    QList<Role> all;
    for (const RoleInfo& r : Roles)
        all << r.role;
    return all;
}

std::optional<QList<Role>> rolesFromText(const QString& text, QString* error)
{
    QList<Role> roles;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto role = roleFromCode(part);
        if (!role) {
            if (error) {
                QStringList codes;
                for (const RoleInfo& r : Roles)
                    codes << QString::fromLatin1(r.code);
                *error = AccessText::tr("“%1” is not a role; the roles are %2").arg(part.trimmed(), codes.join(u", "));
            }
            return std::nullopt;
        }
        if (!roles.contains(*role))
            roles << *role;
    }
    if (roles.isEmpty()) {
        if (error)
            *error = AccessText::tr("a user needs at least one role");
        return std::nullopt;
    }
    return roles;
}

QString rolesText(const QList<Role>& roles)
{
    QStringList codes;
    for (Role r : roles)
        codes << roleCode(r);
    return codes.join(u',');
}

QString roleNames(const QList<Role>& roles)
{
    QStringList names;
    for (Role r : roles)
        names << roleName(r);
    return names.join(QStringLiteral(", "));
}

QString Session::describe() const
{
    return roles.isEmpty() ? user : QStringLiteral("%1 (%2)").arg(user, roleNames(roles));
}

bool allows(const Session& s, Permission p)
{
    const bool integrity = s.has(Role::IntegrityOfficer);
    const bool admin = s.has(Role::Administrator);
    switch (p) {
    case Permission::EnterComplaints:
        return integrity || s.has(Role::Clerk);
    case Permission::ViewRegister:
        return integrity || admin || s.has(Role::Clerk) || s.has(Role::Officer);
    case Permission::RecordSteps:
        return integrity || s.has(Role::Clerk) || s.has(Role::Officer);
    case Permission::ManageUsers:
    case Permission::ManageSettings:
    case Permission::Backup:
        return admin;
    case Permission::Statistics:
        return integrity || admin || s.has(Role::Executive);
    case Permission::ManageIntegrity:
        return integrity || admin;
    case Permission::ViewIntegrity:
        return integrity || admin || s.has(Role::Executive);
    case Permission::ViewAudit:
        return integrity || admin;
    }
    return false;
}

QString permissionName(Permission p)
{
    switch (p) {
    case Permission::EnterComplaints:
        return AccessText::tr("enter complaints");
    case Permission::ViewRegister:
        return AccessText::tr("open the complaint register");
    case Permission::RecordSteps:
        return AccessText::tr("record steps on cases");
    case Permission::ManageUsers:
        return AccessText::tr("manage users");
    case Permission::ManageSettings:
        return AccessText::tr("change settings, holidays or the office's details");
    case Permission::Backup:
        return AccessText::tr("back up or restore the register");
    case Permission::Statistics:
        return AccessText::tr("see statistics and reports");
    case Permission::ManageIntegrity:
        return AccessText::tr("change staff, declarations, gifts or the action plan");
    case Permission::ViewIntegrity:
        return AccessText::tr("see staff, declarations, gifts or the action plan");
    case Permission::ViewAudit:
        return AccessText::tr("see the audit trail");
    }
    return {};
}

QString refusal(const Session& session, Permission permission)
{
    if (!session.signedIn())
        return AccessText::tr("nobody is signed in: sign in to %1").arg(permissionName(permission));
    return AccessText::tr("%1 may not %2").arg(session.describe(), permissionName(permission));
}

bool maySeeIdentity(const Session& s) { return s.has(Role::IntegrityOfficer); }

bool mayRecordStep(const Session& s, const CaseAccess& c, const QString& step)
{
    if (s.has(Role::IntegrityOfficer))
        return true;
    if (s.has(Role::Officer) && !s.division.isEmpty() && c.assignedUnit == s.division)
        return true;
    // A clerk registers the cases she entered; the rest of the way is for the officers.
    return s.has(Role::Clerk) && c.enteredBy == s.user && c.status == QLatin1String("received")
        && step == QLatin1String("registered");
}

QString maskedName()
{
    return QStringLiteral("ไม่เปิดเผยชื่อ");
}

} // namespace sujarit::access
