// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Store.h"

#include <QList>
#include <optional>

namespace sujarit::moral {

/** A division's best practice of a year (โครงการถอดบทเรียนและประสบการณ์, seed 004): what it did and what it learned. */
struct BestPractice
{
    qint64 id = 0;
    int fiscalYear = 0;
    QString division; ///< a division of the staff list
    QString title;
    QString background; ///< ความเป็นมาและความสำคัญ
    QString steps; ///< ขั้นตอนการดำเนินงาน, one step a line
    QString results; ///< ผลการดำเนินงาน
    QString factors; ///< ปัจจัยแห่งความสำเร็จ
    QString lessons; ///< บทเรียนที่ได้รับ
};

/** The best practices in the register, each with its evidence files ("best_practice"). */
class BestPracticeStore : public Store
{
public:
    using Store::Store;

    /** Adds \a p (given its id): a division of the staff list, a title not used by that division that year, what was
     *  done and its results. */
    bool add(BestPractice& p);
    /** Replaces practice \a p.id's fields with \a p's. */
    bool update(const BestPractice& p);
    std::optional<QList<BestPractice>> list(int fiscalYear);
    std::optional<BestPractice> find(qint64 id);
    std::optional<risks::EvidenceFiles::File> addEvidence(qint64 practice, const QString& fileName, const QByteArray& data);
    std::optional<QList<risks::EvidenceFiles::File>> evidence(qint64 practice);
    std::optional<QByteArray> evidenceData(qint64 practice, qint64 file);

private:
    QString check(const BestPractice& p);
    std::optional<QList<BestPractice>> select(const QString& where, const QVariant& value);
};

/** The divisions of the staff list, by name. */
std::optional<QStringList> divisions(storage::Database& db, QString* error = nullptr);

} // namespace sujarit::moral
