// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::access {

/** What a user of the office does in Sujarit. A user may hold several roles. */
enum class Role {
    Clerk, ///< enters complaints, prints their receipts
    Officer, ///< works the cases assigned to her division
    IntegrityOfficer, ///< every case and every complainant's identity
    Administrator, ///< users, settings, holidays, statistics, backups; no identities unless also IntegrityOfficer
    Executive, ///< reports only
};

QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code); ///< the code or the Thai name
QString roleName(Role role); ///< in the interface's language
QList<Role> allRoles();
/** "officer,administrator" → the roles; nothing when a code is unknown (named in \a error). */
std::optional<QList<Role>> rolesFromText(const QString& text, QString* error);
QString rolesText(const QList<Role>& roles); ///< codes joined by commas
QString roleNames(const QList<Role>& roles); ///< names in the interface's language, joined by ", "

/** Who is signed in on a connection. A session with no roles may do nothing. */
struct Session
{
    qint64 userId = 0;
    QString user; ///< the sign-in name
    QString fullName;
    QString division; ///< an officer's division (ส่วนราชการ/กอง): the cases assigned there are hers
    QList<Role> roles;

    bool has(Role role) const { return roles.contains(role); }
    bool signedIn() const { return !user.isEmpty(); }
    /** "สมศรี (clerk)" for messages and the audit trail. */
    QString describe() const;
};

/** What a session may do, apart from anything that depends on the case. */
enum class Permission {
    EnterComplaints,
    ViewRegister, ///< list and open cases (identities masked unless allowed)
    RecordSteps, ///< on the cases the role may work (mayRecordStep)
    ManageUsers,
    ManageSettings, ///< settings, holidays, deadlines, the office's profile
    Backup, ///< backups and restore
    Statistics, ///< statistics, the ITA pack, the quarterly report
    ManageIntegrity, ///< staff, declarations, gifts, the action plan: writes
    ViewIntegrity, ///< the same: reading and printing
    ViewAudit,
};

bool allows(const Session& session, Permission permission);
/** "enter complaints", "manage users" … for the message that refuses. */
QString permissionName(Permission permission);
/** The sentence that refuses \a permission to \a session. */
QString refusal(const Session& session, Permission permission);

/** What the rules about one case need to know. */
struct CaseAccess
{
    QString enteredBy; ///< the user who entered it
    QString status;
    QString assignedUnit;
};

/**
 * May \a session see a complainant's identity? Only an integrity officer, the custodian of the register's identity
 * key (users/IdentityCustody.h), and then only while his session holds that key. An identity is sealed to one key
 * for the whole register; a rule per case (an officer's division, a clerk's own entries) would need that key in
 * every such session, and so in the hands of everyone who may copy the file.
 */
bool maySeeIdentity(const Session& session);
/** May \a session record \a step on this case? */
bool mayRecordStep(const Session& session, const CaseAccess& c, const QString& step);

/** What a masked identity shows. */
QString maskedName();

} // namespace sujarit::access
