// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "access/Session.h"
#include "risks/EvidenceFiles.h"

#include <optional>

#include <QString>

namespace sujarit::storage {
class Database;
}

namespace sujarit::moral {

/** What the moral organisation's stores share: the register, the last refusal, and the permission check. */
class Store
{
public:
    explicit Store(storage::Database& db) : m_db(db) {}
    QString errorString() const { return m_error; }

protected:
    bool fail(const QString& message)
    {
        m_error = message;
        return false;
    }
    /** True when the session may \a permission; else the refusal is errorString(). */
    bool allowed(access::Permission permission);
    /** The evidence files of \a owner's record \a ownerId (evidence_files, risks/EvidenceFiles.h): kept after the
     *  integrity permission, listed and read after the view permission. */
    std::optional<risks::EvidenceFiles::File> keepEvidence(const QString& owner, qint64 ownerId, int round,
                                                           const QString& fileName, const QByteArray& data);
    std::optional<QList<risks::EvidenceFiles::File>> listEvidence(const QString& owner, qint64 ownerId);
    std::optional<QByteArray> evidenceBytes(const QString& owner, qint64 ownerId, qint64 file);
    /** The time now, as the rows keep it. */
    static QString stamp();

    storage::Database& m_db;
    QString m_error;
};

} // namespace sujarit::moral
