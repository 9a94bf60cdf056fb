// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::risks {

/**
 * The evidence files of the integrity year's records (a risk measure's follow-up, a No Gift activity, …), kept in
 * the register's table evidence_files, each under its owner: a kind ("risk_measure", "no_gift_activity") and the
 * owner's id, with the round it serves (0 when none). Only PDF, JPEG and PNG files of at most 50 MB are kept; what
 * they are is read from their bytes, never from their names.
 */
class EvidenceFiles
{
public:
    struct File
    {
        qint64 id = 0;
        int round = 0;
        QString fileName, mimeType;
        qint64 size = 0;
    };

    EvidenceFiles(storage::Database& db, QString owner);

    /** Keeps \a data for owner \a ownerId (the caller has checked it exists and may be written). */
    std::optional<File> add(qint64 ownerId, int round, const QString& fileName, const QByteArray& data);
    std::optional<QList<File>> list(qint64 ownerId);
    /** The bytes of file \a id, when it is one of \a ownerId's. */
    std::optional<QByteArray> data(qint64 ownerId, qint64 id);

    QString errorString() const { return m_error; }

private:
    storage::Database& m_db;
    QString m_owner;
    QString m_error;
};

} // namespace sujarit::risks
