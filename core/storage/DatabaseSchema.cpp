// SPDX-License-Identifier: GPL-3.0-or-later
// storage::Database: the schema version of a register, its upgrade by the installed schema's steps, and its settings.
#include "Database.h"

#include "DatabaseText.h"
#include "Schema.h"

#include <QScopeGuard>

namespace sujarit::storage {

using namespace detail;

int Database::currentSchemaVersion()
{
    return installedSchema().currentVersion();
}

QString Database::newerSchemaText(int version) const
{
    return DatabaseText::tr("%1 was written by a newer version of Sujarit (schema %2; this version knows up to %3). It "
                            "has not been changed; please update Sujarit.")
        .arg(path())
        .arg(version)
        .arg(currentSchemaVersion());
}

int Database::schemaVersion()
{
    QSqlQuery q = query();
    if (engine() == Engine::PostgreSQL) {
        if (!exec(q, QStringLiteral("SELECT to_regclass('sujarit_schema') IS NOT NULL")) || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (!exec(q, QStringLiteral("SELECT max(version) FROM sujarit_schema")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    if (!exec(q, QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (m_error.contains(QLatin1String("not a database")) || m_error.contains(QLatin1String("malformed")))
            m_error = DatabaseText::tr("%1 is damaged or is not a Sujarit database (%2). It has not been changed; "
                                       "restore the newest backup (File → Restore…, or sujarit-cli restore FILE)")
                          .arg(path(), m_error);
        return -1;
    }
    const int version = q.value(0).toInt();
    if (version < 0) {
        // No Sujarit writes a negative number there: a file altered, or another program's.
        m_error = unknownSchemaText(path(), version);
        return -1;
    }
    return version;
}

bool Database::migrate()
{
    m_migrating = true;
    const auto done = qScopeGuard([this] { m_migrating = false; });
    const int from = schemaVersion();
    if (from < 0)
        return false;
    const int target = m_schemaLimit > 0 ? std::min(m_schemaLimit, currentSchemaVersion()) : currentSchemaVersion();
    if (from >= target)
        return true;
    const bool server = engine() == Engine::PostgreSQL;
    const QList<Migration> path = installedSchema().stepsBetween(from, target, server);
    if (path.isEmpty())
        return fail(DatabaseText::tr("this register is at schema %1, which this version of Sujarit cannot bring up to "
                                     "%2. It has not been changed")
                        .arg(from)
                        .arg(target));
    for (const Migration& m : path) {
        Transaction tx(*this);
        if (!tx.isActive())
            return false;
        if (!m.apply(*this)) {
            m_error = DatabaseText::tr("upgrading the database to schema %1 failed; nothing was changed: %2")
                          .arg(m.version)
                          .arg(m_error);
            if (server && (m_error.contains(QLatin1String("must be owner"))
                           || m_error.contains(QLatin1String("permission denied"))))
                m_error += u' '
                    + DatabaseText::tr("(an upgrade changes the schema, which only its owner may: run sujarit-cli "
                                       "init with the address of the role that made the register)");
            return false;
        }
        const bool recorded = server
            ? exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sujarit_schema (version INTEGER NOT NULL)"))
                && exec(QStringLiteral("DELETE FROM sujarit_schema"))
                && exec(QStringLiteral("INSERT INTO sujarit_schema (version) VALUES (%1)").arg(m.version))
            : exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (!recorded || !tx.commit())
            return false;
    }
    return true;
}

QString Database::setting(const QString& key, const QString& fallback)
{
    QSqlQuery q = query();
    if (exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Database::setSetting(const QString& key, const QString& value)
{
    if (!m_migrating && !require(access::Permission::ManageSettings))
        return false;
    return exec(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

} // namespace sujarit::storage
