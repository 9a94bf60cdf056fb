// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "text/Code.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::storage {
class Database;
}

/**
 * The items of the NACC's Integrity and Transparency Assessment (ITA) that an office publishes from Sujarit's records,
 * per fiscal year. The lists change every year in number and wording, so they are data: Sujarit ships those it knows
 * (2566, 2568, 2569, copied from public pages that reproduce the official lists; the office checks them against the
 * year's NACC manual) and an administrator corrects an item or adds a year's list (kept in the register's settings,
 * key "ita.items.BBBB", as JSON).
 */
namespace sujarit::ita {

/** One ITA item: its code (O19), its title, what it must show, and which of Sujarit's outputs answer it. */
struct Item
{
    QString code; ///< "O19": letters then digits
    QString title; ///< the item's Thai title, as the year's manual words it
    QString shows; ///< what the item must show, in the office's words (printed for an item not kept in Sujarit)
    QStringList answers; ///< codes of answerKinds(); empty: not kept in Sujarit, the office adds it by hand
};

/**
 * What Sujarit can write for an item: manual, channels, statistics, ethics, no_gift_announcement, no_gift_culture,
 * gift_report, coi_measures, risk_assessment, risk_results, plan, plan_six_months, plan_results, integrity_report.
 */
const QList<text::Code>& answerKinds();

/** The lists Sujarit ships (2566, 2568, 2569); empty for another year. */
QList<Item> shippedItems(int fiscalYear);

/** A year's list and where it came from. */
struct ItemList
{
    QList<Item> items; ///< in code order
    /** The year whose list this is: \a fiscalYear itself, or the nearest earlier year with a list when the office
     *  has none of its own for \a fiscalYear yet (the list is then a guess the office should check). */
    int basisYear = 0;
    bool stored = false; ///< corrected or added by the office (kept in the register), not shipped
};

/** "O19": one or two Latin letters and one to three digits; the message says what is wrong, empty when fine. */
QString checkCode(const QString& code);
/** The codes of \a answers that are not answer kinds, "" when all are. */
QString checkAnswers(const QStringList& answers);

class ItemStore
{
public:
    explicit ItemStore(storage::Database& db);

    /** The items of \a fiscalYear, or nothing when the register cannot be read. */
    std::optional<ItemList> items(int fiscalYear);
    /**
     * Adds \a item to the list of \a fiscalYear, or changes the item of the same code (an empty title or \a shows
     * keeps the one there; \a keepAnswers keeps its answers). An administrator's work (settings); one transaction.
     */
    bool setItem(int fiscalYear, Item item, bool keepAnswers = false);
    bool removeItem(int fiscalYear, const QString& code);
    /** The code of the item that answers with the complaint statistics in \a fiscalYear ("" when none). */
    QString statisticsItem(int fiscalYear);
    /** Gives the statistics item of \a fiscalYear the code \a code (the older "settings ita-item"). */
    bool setStatisticsItem(int fiscalYear, const QString& code);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool save(int fiscalYear, QList<Item> items);

    storage::Database& m_db;
    QString m_error;
};

} // namespace sujarit::ita
