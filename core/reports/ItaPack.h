// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>
#include <QStringList>

namespace sujarit::storage {
class Database;
}

namespace sujarit::reports {

/** The ITA item code of \a buddhistYear (O29 in 2566, O19 in 2568, O18 in 2569, or what an administrator added). */
QString itaItemFor(storage::Database& db, int buddhistYear);
bool setItaItem(storage::Database& db, int buddhistYear, const QString& item);

/**
 * Writes the documents an office publishes for the ITA's complaint-statistics item into \a dir: the statistics of
 * the first six months and of the whole fiscal year, each as a PDF report and a CSV, titled with the item code of
 * that year; "ไม่มีเรื่องร้องเรียน" when there were none. \a written lists the files made.
 */
bool writeItaPack(storage::Database& db, int fiscalYear, QDate today, const QString& dir, QStringList* written,
                  QString* error);

} // namespace sujarit::reports
