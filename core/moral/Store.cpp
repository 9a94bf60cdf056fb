// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include "calendar/Clock.h"
#include "storage/Database.h"

namespace sujarit::moral {

bool Store::allowed(access::Permission permission) { return m_db.require(permission) || fail(m_db.errorString()); }

std::optional<risks::EvidenceFiles::File> Store::keepEvidence(const QString& owner, qint64 ownerId, int round,
                                                              const QString& fileName, const QByteArray& data)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    risks::EvidenceFiles files(m_db, owner);
    const auto added = files.add(ownerId, round, fileName, data);
    if (!added)
        fail(files.errorString());
    return added;
}

std::optional<QList<risks::EvidenceFiles::File>> Store::listEvidence(const QString& owner, qint64 ownerId)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    risks::EvidenceFiles files(m_db, owner);
    const auto list = files.list(ownerId);
    if (!list)
        fail(files.errorString());
    return list;
}

std::optional<QByteArray> Store::evidenceBytes(const QString& owner, qint64 ownerId, qint64 file)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    risks::EvidenceFiles files(m_db, owner);
    const auto data = files.data(ownerId, file);
    if (!data)
        fail(files.errorString());
    return data;
}

QString Store::stamp() { return calendar::now().toString(Qt::ISODate); }

} // namespace sujarit::moral
