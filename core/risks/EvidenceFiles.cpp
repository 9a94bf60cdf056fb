// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFiles.h"

#include "calendar/Clock.h"
#include "complaints/Attachments.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sujarit::risks {

namespace {
struct EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)
};
} // namespace

EvidenceFiles::EvidenceFiles(storage::Database& db, QString owner)
    : m_db(db)
    , m_owner(std::move(owner))
{
}

std::optional<EvidenceFiles::File> EvidenceFiles::add(qint64 ownerId, int round, const QString& fileName,
                                                      const QByteArray& data)
{
    const QString mime = complaints::Attachments::sniff(data);
    if (mime.isEmpty()) {
        m_error = EvidenceText::tr("%1 is not a PDF, JPEG or PNG file").arg(fileName);
        return std::nullopt;
    }
    if (data.size() > complaints::Attachments::MaxSize) {
        m_error = EvidenceText::tr("%1 is larger than 50 MB").arg(fileName);
        return std::nullopt;
    }
    const auto id = m_db.insert(
        QStringLiteral("INSERT INTO evidence_files (owner, owner_id, round, file_name, mime_type, size, data, added_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_owner, ownerId, round, fileName, mime, data.size(), data, calendar::now().toString(Qt::ISODate)});
    if (!id) {
        m_error = m_db.errorString();
        return std::nullopt;
    }
    return File{*id, round, fileName, mime, data.size()};
}

std::optional<QList<EvidenceFiles::File>> EvidenceFiles::list(qint64 ownerId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, round, file_name, mime_type, size FROM evidence_files"
                                  " WHERE owner = ? AND owner_id = ? ORDER BY round, id"),
                   {m_owner, ownerId})) {
        m_error = m_db.errorString();
        return std::nullopt;
    }
    QList<File> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toLongLong()});
    return out;
}

std::optional<QByteArray> EvidenceFiles::data(qint64 ownerId, qint64 id)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT data FROM evidence_files WHERE id = ? AND owner = ? AND owner_id = ?"),
                   {id, m_owner, ownerId})) {
        m_error = m_db.errorString();
        return std::nullopt;
    }
    if (!q.next()) {
        m_error = EvidenceText::tr("there is no evidence file %1 here").arg(id);
        return std::nullopt;
    }
    return q.value(0).toByteArray();
}

} // namespace sujarit::risks
