// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "access/Session.h"
#include "documents/ListDocument.h"
#include "risks/EvidenceFiles.h"
#include "text/Code.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace sujarit::storage {
class Database;
}
namespace sujarit::office {
struct OfficeProfile;
}

/** การสร้างวัฒนธรรม No Gift Policy: the year's activities that build the culture the announcement declares. */
namespace sujarit::announcements {

/** meeting, training, campaign, notice, other. */
const QList<text::Code>& activityKinds();

struct NoGiftActivity
{
    qint64 id = 0;
    int fiscalYear = 0; ///< from the date
    QDate heldOn;
    QString kind;
    QString title;
    QStringList participants; ///< names on the staff list
    int headcount = 0; ///< how many took part, staff and others; at least the participants named
};

class NoGiftCulture
{
public:
    explicit NoGiftCulture(storage::Database& db);

    /** Adds \a activities (each given its id and year): every name on the staff list, every field valid, or none. */
    bool add(QList<NoGiftActivity>& activities, const QStringList& places = {});
    std::optional<QList<NoGiftActivity>> activities(int fiscalYear);
    std::optional<risks::EvidenceFiles::File> addEvidence(qint64 activity, const QString& fileName, const QByteArray& data);
    std::optional<QList<risks::EvidenceFiles::File>> evidence(qint64 activity);
    std::optional<QByteArray> evidenceData(qint64 activity, qint64 file);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool allowed(access::Permission permission);

    storage::Database& m_db;
    QString m_error;
};

/** รายงานการสร้างวัฒนธรรม No Gift Policy: each activity with its date, kind, who took part and how many, and the
 *  evidence kept; the count of activities and of people; signed by the reporter and the head. */
documents::ListDocument noGiftCultureReport(int fiscalYear, const QList<NoGiftActivity>& activities,
                                            const QHash<qint64, int>& evidenceCounts,
                                            const office::OfficeProfile& office);

} // namespace sujarit::announcements
