// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Store.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace sujarit::moral {

/** A target virtue of the year (ปัญหาที่อยากแก้ ความดีที่อยากทำ, criteria 2, 7 and 8). */
struct VirtueTarget
{
    qint64 id = 0;
    int fiscalYear = 0;
    QString virtue; ///< พอเพียง, วินัย, สุจริต, จิตอาสา, กตัญญู, or the office's own
    QString dimension = QStringLiteral("core"); ///< a code of virtueDimensions()
    QString problem; ///< ปัญหาที่อยากแก้
    QString good; ///< ความดีที่อยากทำ
    QString indicator, target;
    QString activities; ///< the activities the office writes in its own words
    QMap<int, QString> results; ///< by plan round (6, 9, 12): what came of it
    /** Read back: the year's plan activities tagged with this virtue ("1.2.3 title"). */
    QStringList planActivities;
};

/** The target virtues in the register: one a virtue and year; every write one transaction, named on failure. */
class VirtueStore : public Store
{
public:
    using Store::Store;

    /** Adds \a targets (each given its id), or none: a virtue set for the year already, a bad dimension, a missing
     *  problem or good fails them all. */
    bool add(QList<VirtueTarget>& targets, const QStringList& places = {});
    /** Replaces target \a t.id's fields with \a t's. */
    bool update(const VirtueTarget& t);
    bool remove(qint64 id);
    std::optional<QList<VirtueTarget>> list(int fiscalYear);
    std::optional<VirtueTarget> find(qint64 id);

private:
    QString check(const VirtueTarget& t) const;
    std::optional<QList<VirtueTarget>> select(const QString& where, const QVariant& value);
};

} // namespace sujarit::moral
