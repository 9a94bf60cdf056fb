// SPDX-License-Identifier: GPL-3.0-or-later
#include "Attachments.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

namespace sujarit::complaints {

namespace {
struct AttachmentText {
    Q_DECLARE_TR_FUNCTIONS(AttachmentText)
};
} // namespace

Attachments::Attachments(storage::Database& db)
    : m_db(db)
{
}

QString Attachments::errorString() const { return m_db.errorString(); }

QString Attachments::sniff(const QByteArray& data)
{
    if (data.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (data.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    return {};
}

std::optional<Attachment> Attachments::add(qint64 complaintId, const QString& fileName, const QByteArray& data,
                                           const QString& addedBy, const QDateTime& at)
{
    const QString name = QFileInfo(fileName).fileName();
    if (data.isEmpty()) {
        m_db.fail(AttachmentText::tr("%1 is empty").arg(name));
        return std::nullopt;
    }
    if (data.size() > MaxSize) {
        m_db.fail(AttachmentText::tr("%1 is %2 MB; at most %3 MB can be attached")
                      .arg(name)
                      .arg(data.size() / (1024 * 1024))
                      .arg(MaxSize / (1024 * 1024)));
        return std::nullopt;
    }
    const QString mime = sniff(data);
    if (mime.isEmpty()) {
        m_db.fail(AttachmentText::tr("%1 is not a PDF, JPEG or PNG file").arg(name));
        return std::nullopt;
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT count(*) FROM complaints WHERE id = ?"), {complaintId}) || !q.next())
        return std::nullopt;
    if (q.value(0).toInt() == 0) {
        m_db.fail(AttachmentText::tr("there is no complaint with id %1").arg(complaintId));
        return std::nullopt;
    }
    Attachment a{0, complaintId, name, mime, data.size(), at, addedBy};
    const auto id = m_db.insert(QStringLiteral("INSERT INTO attachments (complaint_id, file_name, mime_type, size, data, "
                                               "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {complaintId, name, mime, data.size(), data, at.toString(Qt::ISODate), addedBy});
    if (!id)
        return std::nullopt;
    a.id = *id;
    if (!tx.commit())
        return std::nullopt;
    return a;
}

std::optional<QList<Attachment>> Attachments::list(qint64 complaintId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT id, file_name, mime_type, size, added_at, added_by FROM attachments "
                                     "WHERE complaint_id = ? ORDER BY id"),
                   {complaintId}))
        return std::nullopt;
    QList<Attachment> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), complaintId, q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), QDateTime::fromString(q.value(4).toString(), Qt::ISODate),
                    q.value(5).toString()});
    return out;
}

std::optional<QByteArray> Attachments::data(qint64 attachmentId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT data FROM attachments WHERE id = ?"), {attachmentId}))
        return std::nullopt;
    if (!q.next()) {
        m_db.fail(AttachmentText::tr("there is no attachment with id %1").arg(attachmentId));
        return std::nullopt;
    }
    return q.value(0).toByteArray();
}

} // namespace sujarit::complaints
