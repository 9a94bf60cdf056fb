// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Committee.h"
#include "access/Session.h"

#include <QList>
#include <QString>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::committee {

/** A member to add: a name on the staff list and a role (code or Thai label). */
struct NewMember
{
    QString name;
    QString role;
};

/** A goal to add, tied (optionally) to a plan activity by its code "1.2.3" or id. */
struct NewGoal
{
    QString goal;
    QString planActivity;
};

/**
 * The ethics committee in the register: every write one transaction, all or nothing; a bad entry names its place
 * ("member 2: role: …") and nothing is written. Writes need the integrity permission, reading its view.
 */
class CommitteeStore
{
public:
    explicit CommitteeStore(storage::Database& db);

    /** The fiscal years that have a committee, newest first. */
    QList<int> years();
    /** The committee of \a fiscalYear; nothing (with the reason) when there is none or the register cannot be read. */
    std::optional<Committee> load(int fiscalYear);
    /** True when \a fiscalYear has a committee (false too when the register cannot be read: see errorString()). */
    bool exists(int fiscalYear);

    /** Adds \a members to the committee of \a fiscalYear, making the committee (named \a name, or
     *  "คณะกรรมการจริยธรรม") if the year has none. At most one chair and one secretary. */
    bool addMembers(int fiscalYear, const QList<NewMember>& members, const QStringList& places = {},
                    const QString& name = {});
    bool setRole(int fiscalYear, const QString& member, const QString& role);
    bool removeMember(int fiscalYear, const QString& member);
    bool rename(int fiscalYear, const QString& name);
    bool addGoals(int fiscalYear, const QList<NewGoal>& goals, const QStringList& places = {});
    bool removeGoal(int fiscalYear, qint64 id);
    /** The appointment order signed: its number ("12/2569"), the day and the executive who signed it. */
    bool recordOrder(int fiscalYear, const QString& number, QDate signedOn, const QString& by);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool allowed(access::Permission permission);
    bool ensure(int fiscalYear, const QString& name);
    QString checkRoles(const QList<Member>& members) const;

    storage::Database& m_db;
    QString m_error;
};

} // namespace sujarit::committee
