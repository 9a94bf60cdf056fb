// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::complaints {

/** A scan or photo kept with a case (PDF, JPEG or PNG). */
struct Attachment {
    qint64 id = 0;
    qint64 complaintId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QDateTime addedAt;
    QString addedBy;
};

/** The files of the cases, stored in the register (so a backup of the register holds them). */
class Attachments
{
public:
    explicit Attachments(storage::Database& db);

    /** Largest file accepted. */
    static constexpr qint64 MaxSize = 50 * 1024 * 1024;

    /**
     * Stores \a data as \a fileName for the case \a complaintId. Only PDF, JPEG and PNG are taken, recognised by their
     * content; an empty, oversized or other file is refused with a reason.
     */
    std::optional<Attachment> add(qint64 complaintId, const QString& fileName, const QByteArray& data,
                                  const QString& addedBy, const QDateTime& at);
    std::optional<QList<Attachment>> list(qint64 complaintId);
    std::optional<QByteArray> data(qint64 attachmentId);
    QString errorString() const;

    /** "application/pdf", "image/jpeg" or "image/png" by the file's first bytes; empty when none of these. */
    static QString sniff(const QByteArray& data);

private:
    storage::Database& m_db;
};

} // namespace sujarit::complaints
