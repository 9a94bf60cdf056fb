// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Selection.h"
#include "Store.h"

#include <QMap>
#include <optional>

namespace sujarit::moral {

/** A nominee to add: a staff name (or a division's name) and why. */
struct NewNominee
{
    QString name;
    QString reason;
};

/** One member's scores of one nominee, by criterion number. */
struct Sheet
{
    QString member, nominee;
    QMap<int, int> scores;
};

/** A selection opened in a year, as the lists and reminders need it without its scores. */
struct OpenedSelection
{
    QString kind;
    int nominees = 0;
    std::optional<QDate> announcedOn;
};

/**
 * The selections of outstanding officials and divisions, one a year and kind, scored by the members of the year's
 * ethics committee (committee/CommitteeStore.h). A member does not score a nominee who is herself, who is tied to
 * her in a declaration of interest (conflicts/Declarations.h: a party with a relation, unless the supervisor found
 * no conflict), or whose division she works in. Every write one transaction; a bad entry names its field.
 */
class SelectionStore : public Store
{
public:
    using Store::Store;

    /** Opens the selection of \a fiscalYear and \a kind with \a criteria (the seven standards when empty). */
    bool create(int fiscalYear, const QString& kind, const QList<SelectionCriterion>& criteria = {});
    /** The selections opened in \a fiscalYear (officials first), each with its count of nominees and the day its
     *  result was announced, read in one statement. */
    std::optional<QList<OpenedSelection>> opened(int fiscalYear);
    std::optional<Selection> load(int fiscalYear, const QString& kind);
    bool nominate(int fiscalYear, const QString& kind, const QList<NewNominee>& nominees, const QStringList& places = {});
    /** Takes nominee \a name out, with any scores of it. */
    bool withdraw(int fiscalYear, const QString& kind, const QString& name);
    /** Records \a sheets, all or none: each member on the committee and free to score the nominee, each criterion
     *  one of the selection's and each score within its range; a criterion scored again replaces the score. Refused
     *  once the result is announced. */
    bool score(int fiscalYear, const QString& kind, const QList<Sheet>& sheets, const QStringList& places = {});
    /** The executive signed the result announcement on \a day; every nominee scored by every member who may. */
    bool announce(int fiscalYear, const QString& kind, const QString& by, QDate day);

private:
    std::optional<qint64> idOf(int fiscalYear, const QString& kind);
    bool open(const Selection& s);
};

/** The criterion number \a key names in \a criteria: "3", or the criterion's name; 0 when none. */
int criterionNumber(const QList<SelectionCriterion>& criteria, const QString& key);

} // namespace sujarit::moral
