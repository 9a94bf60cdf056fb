// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Store.h"
#include "risks/EvidenceFiles.h"

#include <QDate>
#include <QList>
#include <optional>
#include <utility>

namespace sujarit::moral {

/** A good deed of a member of staff (บันทึกสะสมความดี). */
struct GoodDeed
{
    qint64 id = 0;
    int fiscalYear = 0; ///< from the date
    QString staff; ///< a name on the staff list
    QString division; ///< read back from the staff list
    QDate date;
    QString deed; ///< what was done
    QString virtue; ///< the virtue it shows
    QString place;
    QString certifiedBy; ///< who certifies it (ผู้รับรอง)
};

/** Counts of a year's deeds, most first, then by name. */
struct DeedCounts
{
    QList<std::pair<QString, int>> byPerson, byDivision, byVirtue;
};
DeedCounts countDeeds(const QList<GoodDeed>& deeds);

/** The good deeds in the register, each with its evidence files ("good_deed"); writes need the integrity permission. */
class DeedStore : public Store
{
public:
    using Store::Store;

    /**
     * Adds \a deeds (each given its id and year), or none: the doer on the staff list and in office on the day, a
     * day that has come (and within \a fiscalYear when given), what was done, the virtue and who certifies it.
     */
    bool add(QList<GoodDeed>& deeds, const QStringList& places = {}, std::optional<int> fiscalYear = {});
    /** The year's deeds by date; only \a staff's when given. */
    std::optional<QList<GoodDeed>> list(int fiscalYear, const QString& staff = {});
    bool remove(qint64 id);
    std::optional<risks::EvidenceFiles::File> addEvidence(qint64 deed, const QString& fileName, const QByteArray& data);
    std::optional<QList<risks::EvidenceFiles::File>> evidence(qint64 deed);
    std::optional<QByteArray> evidenceData(qint64 deed, qint64 file);

private:
    bool exists(qint64 deed);
};

} // namespace sujarit::moral
