// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserStore.h"

#include "IdentityCustody.h"
#include "access/Passwords.h"
#include "storage/Audit.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace sujarit::users {

using namespace access;

namespace {
struct AccessText
{
    Q_DECLARE_TR_FUNCTIONS(AccessText)
};

constexpr int FreeTries = 3;
constexpr int FirstWaitSeconds = 5;
constexpr int LongestWaitSeconds = 300;
/** A name's wrong tries are forgotten a day after the last one. */
constexpr int ForgetFailuresAfterSeconds = 24 * 3600;
/** The most names whose wrong tries are kept at once (a guesser trying many names does not fill the disk). */
constexpr int MaxFailureRows = 1000;

const char* UserColumns = "id, name, full_name, division, roles, disabled, created_at";

User userFrom(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.division = q.value(3).toString();
    u.roles = rolesFromText(q.value(4).toString(), nullptr).value_or(QList<Role> {});
    u.disabled = q.value(5).toInt() != 0;
    u.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return u;
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

int waitFor(int failures)
{
    if (failures < FreeTries)
        return 0;
    const int doublings = std::min(failures - FreeTries, 10);
    return std::min(FirstWaitSeconds << doublings, LongestWaitSeconds);
}
} // namespace

UserStore::UserStore(storage::Database& db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{
}

QDateTime UserStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool UserStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool UserStore::allowed(Permission permission)
{
    return m_db.require(permission) || fail(m_db.errorString());
}

std::optional<bool> UserStore::hasUsers()
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")) || !q.next()) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    return q.value(0).toBool();
}

bool UserStore::checkUser(const User& u)
{
    const QString name = u.name.trimmed();
    if (name.isEmpty())
        return fail(AccessText::tr("a user needs a sign-in name"));
    if (name.contains(u' ') || name.contains(u','))
        return fail(AccessText::tr("the sign-in name “%1” may not contain spaces or commas").arg(name));
    if (u.roles.isEmpty())
        return fail(AccessText::tr("a user needs at least one role"));
    if (u.roles.contains(Role::Officer) && u.division.trimmed().isEmpty())
        return fail(AccessText::tr("an officer needs a division: the cases assigned to it are hers"));
    return true;
}

bool UserStore::insert(const User& u, const QString& password)
{
    if (!checkUser(u))
        return false;
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return fail(problem);
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return fail(AccessText::tr("the password could not be protected (out of memory?); nothing was saved"));
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM users WHERE name = ?"), { u.name.trimmed() }))
        return fail(m_db.errorString());
    if (q.next())
        return fail(AccessText::tr("there is already a user “%1”").arg(u.name.trimmed()));
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO users (name, full_name, division, roles, password_hash,"
                                  " password_changed_at, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"),
                   { u.name.trimmed(), storage::Database::bindable(u.fullName.trimmed()),
                     storage::Database::bindable(u.division.trimmed()), rolesText(u.roles), hash,
                     now().toString(Qt::ISODate), now().toString(Qt::ISODate) }))
        return fail(m_db.errorString());
    // The user's own key pair, wrapped with this password; the identity key follows if the user should hold it.
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM users WHERE name = ?"), { u.name.trimmed() }) || !q.next())
        return fail(m_db.errorString());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return (custody::makeHolderKeys(m_db, id, password) && custody::follow(m_db)) || fail(m_db.errorString());
}

bool UserStore::createAdministrator(const User& user, const QString& password)
{
    User admin = user;
    if (!admin.roles.contains(Role::Administrator))
        admin.roles.prepend(Role::Administrator);
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    const auto any = hasUsers();
    if (!any)
        return false;
    if (*any)
        return fail(AccessText::tr("this register already has users: an administrator adds the others"));
    return insert(admin, password) && (tx.commit() || fail(m_db.errorString()));
}

bool UserStore::add(const User& user, const QString& password)
{
    if (!allowed(Permission::ManageUsers))
        return false;
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    return insert(user, password) && (tx.commit() || fail(m_db.errorString()));
}

std::optional<QList<User>> UserStore::list()
{
    if (!allowed(Permission::ManageUsers))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(QLatin1String(UserColumns)))) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<User> users;
    while (q.next())
        users << userFrom(q);
    return users;
}

std::optional<User> UserStore::find(const QString& name)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(QLatin1String(UserColumns)),
                   { name.trimmed() })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(AccessText::tr("there is no user “%1”").arg(name.trimmed()));
        return std::nullopt;
    }
    return userFrom(q);
}

bool UserStore::keepsAnAdministrator(const QString& name, const QList<Role>& roles, bool disabled)
{
    if (roles.contains(Role::Administrator) && !disabled)
        return true;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT roles FROM users WHERE disabled = 0 AND name <> ?"), { name }))
        return fail(m_db.errorString());
    while (q.next())
        if (rolesFromText(q.value(0).toString(), nullptr).value_or(QList<Role> {}).contains(Role::Administrator))
            return true;
    return fail(AccessText::tr("“%1” is the last administrator: make someone else administrator first").arg(name));
}

bool UserStore::edit(const QString& name, const std::function<void(User&)>& change)
{
    if (!allowed(Permission::ManageUsers))
        return false;
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    const auto user = find(name);
    if (!user)
        return false;
    User changed = *user;
    change(changed);
    if (!checkUser(changed) || !keepsAnAdministrator(changed.name, changed.roles, changed.disabled))
        return false;
    return (m_db.exec(QStringLiteral("UPDATE users SET roles = ?, division = ?, disabled = ? WHERE id = ?"),
                      { rolesText(changed.roles), storage::Database::bindable(changed.division),
                        changed.disabled ? 1 : 0, user->id })
            && custody::follow(m_db) && tx.commit())
        || fail(m_db.errorString());
}

bool UserStore::setRoles(const QString& name, const QList<Role>& roles)
{
    return edit(name, [&](User& u) { u.roles = roles; });
}

bool UserStore::setDivision(const QString& name, const QString& division)
{
    return edit(name, [&](User& u) { u.division = division.trimmed(); });
}

bool UserStore::setDisabled(const QString& name, bool disabled)
{
    if (disabled && name.trimmed() == m_db.session().user)
        return fail(AccessText::tr("you cannot disable yourself"));
    return edit(name, [&](User& u) { u.disabled = disabled; });
}

bool UserStore::setPassword(const QString& name, const QString& newPassword, const QString& currentPassword)
{
    const bool self = name.trimmed() == m_db.session().user;
    if (!self && !allowed(Permission::ManageUsers))
        return false;
    if (const QString problem = passwordProblem(newPassword); !problem.isEmpty())
        return fail(problem);
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT id, password_hash FROM users WHERE name = ?"), { name.trimmed() }))
        return fail(m_db.errorString());
    if (!q.next())
        return fail(AccessText::tr("there is no user “%1”").arg(name.trimmed()));
    const qint64 id = q.value(0).toLongLong();
    const bool currentRight = !currentPassword.isEmpty() && verifyPassword(currentPassword, q.value(1).toString());
    q.finish();
    if (self && !allows(m_db.session(), Permission::ManageUsers) && !currentRight)
        return fail(AccessText::tr("the current password is wrong; the password was not changed"));
    const QString hash = hashPassword(newPassword);
    if (hash.isEmpty())
        return fail(AccessText::tr("the password could not be protected (out of memory?); nothing was saved"));
    // The user's key pair follows: wrapped again when the current password opens it; else (a reset by an
    // administrator) a new pair, whose grant follows from a session that holds the identity key.
    const bool keys = currentRight ? custody::rewrapHolderKeys(m_db, id, currentPassword, newPassword)
                                   : custody::makeHolderKeys(m_db, id, newPassword);
    return (m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?"),
                      { hash, now().toString(Qt::ISODateWithMs), id }) // to the ms: the trail shows each change
            && keys && custody::follow(m_db) && tx.commit())
        || fail(m_db.errorString());
}

int UserStore::secondsToWait(const QString& name)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT failures, last_at FROM sign_in_failures WHERE name = ?"),
                   { name.trimmed() })
        || !q.next())
        return 0;
    const int wait = waitFor(q.value(0).toInt());
    const QDateTime last = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    const qint64 passed = last.isValid() ? last.secsTo(now()) : wait;
    return passed >= wait ? 0 : static_cast<int>(wait - std::max<qint64>(passed, 0));
}

bool UserStore::recordFailure(const QString& name, const QString& why)
{
    storage::Database::Transaction tx(m_db);
    // Names nobody has are counted too (else the lock-out would tell which names exist), but the table stays small:
    // a count whose wait is long over is forgotten, and no more than MaxFailureRows names are kept.
    const QString forgetBefore = now().addSecs(-ForgetFailuresAfterSeconds).toString(Qt::ISODate);
    const bool ok = tx.isActive()
        && m_db.exec(QStringLiteral("DELETE FROM sign_in_failures WHERE last_at < ?"), { forgetBefore })
        && m_db.exec(QStringLiteral("DELETE FROM sign_in_failures WHERE name IN (SELECT name FROM sign_in_failures"
                                    " WHERE name <> ? ORDER BY last_at DESC, name LIMIT 1000000000 OFFSET ?)"),
                     { name, MaxFailureRows - 1 })
        && m_db.exec(
            QStringLiteral("INSERT INTO sign_in_failures (name, failures, last_at) VALUES (?, 1, ?)"
                           " ON CONFLICT (name) DO UPDATE SET failures = sign_in_failures.failures + 1, last_at = excluded.last_at"),
            { name, now().toString(Qt::ISODate) })
        && storage::appendAuditEntry(m_db, QStringLiteral("sign_in_failed"), QStringLiteral("user"), name,
                                     json({ { QStringLiteral("why"), why } }))
        && tx.commit();
    return ok || fail(m_db.errorString());
}

std::optional<Session> UserStore::signIn(const QString& rawName, const QString& password)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty()) {
        fail(AccessText::tr("type your sign-in name"));
        return std::nullopt;
    }
    if (const int wait = secondsToWait(name); wait > 0) {
        // Refused without a look at the password and without counting: a try during the wait neither doubles it nor
        // lets anyone keep an account locked by trying again and again.
        fail(AccessText::tr("too many wrong passwords for “%1”: wait %n second(s) and try again", nullptr, wait)
                 .arg(name));
        return std::nullopt;
    }
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT %1, password_hash FROM users WHERE name = ?").arg(QLatin1String(UserColumns)),
                   { name })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    const bool known = q.next();
    const User user = known ? userFrom(q) : User {};
    const QString hash = known ? q.value(7).toString() : QString();
    q.finish();
    // An unknown name costs the same as a known one: a hash of the same cost is checked either way. The decoy is
    // fixed, not made on the first unknown name (making one costs as much again, which the clock would show).
    const bool right = verifyPassword(password, known ? hash : decoyHash());
    if (!known || !right || user.disabled) {
        recordFailure(name,
                      !known       ? QStringLiteral("unknown user")
                          : !right ? QStringLiteral("wrong password")
                                   : QStringLiteral("disabled"));
        fail(known && right ? AccessText::tr("the user “%1” has been disabled; ask the administrator").arg(name)
                            : AccessText::tr("wrong name or password"));
        return std::nullopt;
    }
    Session session;
    session.userId = user.id;
    session.user = user.name;
    session.fullName = user.fullName;
    session.division = user.division;
    session.roles = user.roles;
    m_db.setSession(session);
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive() || !m_db.exec(QStringLiteral("DELETE FROM sign_in_failures WHERE name = ?"), { name })
        || !storage::appendAuditEntry(m_db, QStringLiteral("sign_in"), QStringLiteral("user"), name,
                                      json({ { QStringLiteral("roles"), rolesText(user.roles) } }))
        || !custody::openAtSignIn(m_db, user.id, password) || !custody::follow(m_db) || !tx.commit()) {
        fail(m_db.errorString());
        m_db.setSession({});
        return std::nullopt;
    }
    return session;
}

bool UserStore::confirmPassword(const QString& password)
{
    const Session session = m_db.session();
    if (!session.signedIn())
        return fail(AccessText::tr("nobody is signed in"));
    if (!signIn(session.user, password)) {
        m_db.setSession(session); // a wrong password at the lock screen does not sign the user out of the register
        return false;
    }
    return true;
}

} // namespace sujarit::users
