// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItaPack.h"

#include "Statistics.h"
#include "StatisticsExport.h"
#include "office/OfficeProfile.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace sujarit::reports {

namespace {
struct ItaText {
    Q_DECLARE_TR_FUNCTIONS(ItaText)
};
} // namespace

QString itaItemFor(storage::Database& db, int buddhistYear)
{
    return db.setting(QStringLiteral("ita.item.%1").arg(buddhistYear));
}

bool setItaItem(storage::Database& db, int buddhistYear, const QString& item)
{
    return db.setSetting(QStringLiteral("ita.item.%1").arg(buddhistYear), item.trimmed().toUpper());
}

bool writeItaPack(storage::Database& db, int fiscalYear, QDate today, const QString& dir, QStringList* written,
                  QString* error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = ItaText::tr("cannot create the folder %1").arg(dir);
        return false;
    }
    const office::OfficeProfile office = office::OfficeProfile::load(db);
    const QString item = itaItemFor(db, fiscalYear);
    for (bool firstHalf : {true, false}) {
        auto stats = computeStatistics(db, fiscalYear, firstHalf, today, error);
        if (!stats)
            return false;
        stats->itaItem = item;
        const QString base = QDir(dir).filePath(QStringLiteral("%1%2-%3")
                                                    .arg(item.isEmpty() ? QString() : item + u'-')
                                                    .arg(firstHalf ? QStringLiteral("complaint-statistics-6-months")
                                                                   : QStringLiteral("complaint-statistics-year"))
                                                    .arg(fiscalYear));
        if (!writeStatistics(*stats, office, QStringLiteral("pdf"), base + QStringLiteral(".pdf"), error)
            || !writeStatistics(*stats, office, QStringLiteral("csv"), base + QStringLiteral(".csv"), error))
            return false;
        if (written)
            *written << base + QStringLiteral(".pdf") << base + QStringLiteral(".csv");
    }
    return true;
}

} // namespace sujarit::reports
