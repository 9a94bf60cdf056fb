// SPDX-License-Identifier: GPL-3.0-or-later
// storage::Database::Transaction: BEGIN, the write lock, COMMIT, and what became of a COMMIT whose answer was lost.
#include "Database.h"

#include "Audit.h"
#include "DatabaseText.h"

#include <QSqlError>
#include <QThread>

namespace sujarit::storage {

using namespace detail;

Database::Transaction::Transaction(Database& db)
    : m_db(db)
{
    // (On a server, BEGIN on a connection the server dropped reconnects first: exec() repeats it once.)
    const bool server = m_db.engine() == Engine::PostgreSQL;
    if (m_db.m_inTransaction || !m_db.exec(server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return;
    m_db.m_inTransaction = true;
    m_active = true;
    if (!server)
        return;
    // The lock, and the transaction's id: if the answer to its COMMIT is lost, the server can still say what became
    // of it (txid_status).
    QSqlQuery q = m_db.query();
    const QString lockAndId = QStringLiteral("SELECT pg_advisory_xact_lock(%1), txid_current()").arg(WriteLockKey);
    if (m_db.exec(q, lockAndId) && q.next()) {
        m_serverXid = q.value(1).toLongLong();
        return;
    }
    end(true);
}

Database::Transaction::~Transaction()
{
    if (m_active)
        end(true);
}

void Database::Transaction::end(bool rollBack)
{
    if (rollBack) {
        QSqlQuery q = m_db.query();
        q.exec(QStringLiteral("ROLLBACK"));
    }
    m_db.m_inTransaction = false;
    m_active = false;
}

bool Database::Transaction::commit()
{
    if (!m_active)
        return false;
    if (m_db.m_auditing && !sealAudit(m_db))
        return false; // still active: the destructor rolls back
    if (!m_db.exec(QStringLiteral("COMMIT"))) {
        if (!m_serverXid || !m_db.connectionLost())
            return false; // still active: the destructor rolls back
        // The connection went with the COMMIT: the server may have kept the save before the answer was lost. The
        // transaction is over either way; ask the server (on a new connection) which way it went.
        end(false);
        const std::optional<bool> kept = keptAfterAll();
        if (!kept)
            return m_db.fail(DatabaseText::tr("the connection to the database server %1 was lost just as the save "
                                              "was being confirmed, and the server could not be asked whether it "
                                              "kept it. Look for it in the register before entering it again")
                                 .arg(m_db.path()));
        if (!*kept)
            return m_db.fail(connectionLostText(m_db.path()));
        m_db.m_error.clear();
        return true;
    }
    end(false);
    return true;
}

std::optional<bool> Database::Transaction::keptAfterAll()
{
    // A server that restarts takes a few seconds; a transaction still committing is "in progress" for a moment.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (attempt > 0)
            QThread::msleep(250);
        QSqlQuery q = m_db.query();
        if (!m_db.exec(q, QStringLiteral("SELECT txid_status(?)"), {m_serverXid}) || !q.next())
            continue;
        const QString status = q.value(0).toString();
        if (status == QLatin1String("committed"))
            return true;
        if (status == QLatin1String("aborted"))
            return false;
    }
    return std::nullopt;
}

} // namespace sujarit::storage
