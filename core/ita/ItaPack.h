// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ItaItems.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::storage {
class Database;
}

namespace sujarit::ita {

/** One file of the pack. */
struct PackFile
{
    QString name; ///< in the pack's folder, ASCII: "O19-complaint-statistics-2568.pdf"
    QString what; ///< what it is, in Thai: "สถิติเรื่องร้องเรียน ทั้งปีงบประมาณ (PDF)"
    QString covers; ///< the period or day it covers, in Thai
};

/** An item of the year as the pack answers it. */
struct ItemState
{
    Item item;
    QString state; ///< ready, incomplete or not_kept
    QStringList missing; ///< what keeps it from ready, in plain Thai ("ประกาศ No Gift Policy ประจำปี 2569 ยังไม่ได้ลงนาม")
    QStringList byHand; ///< what the office publishes itself beside Sujarit's files
    QList<PackFile> files;
};

/** ready (พร้อมเผยแพร่), incomplete (ยังไม่ครบ), not_kept (หน่วยงานจัดทำเอง). */
const QList<text::Code>& itemStates();

/** The section of one fiscal year. */
struct Pack
{
    int fiscalYear = 0;
    int basisYear = 0; ///< the year whose item list is used (see ItemList)
    bool listStored = false;
    QDate made;
    QList<ItemState> items;
};

/** The files' names of the index. */
inline constexpr auto IndexHtml = "index.html";
inline constexpr auto IndexPdf = "index.pdf";

/**
 * Which of the items of \a fiscalYear are ready, as of \a today, what each one misses, and which files a pack would
 * hold; nothing is written. Needs the statistics and integrity-reading permissions.
 */
std::optional<Pack> assessPack(storage::Database& db, int fiscalYear, QDate today, QString* error);

/**
 * Writes the pack of \a fiscalYear into the folder \a dir: each item's files (PDF, and CSV and Excel where it has
 * figures), every PDF headed with the item's code and title, then index.html and index.pdf linking them with the
 * period each covers, the day the pack was made and each item's state. \a dir may be missing, empty, or a pack
 * written before, which is replaced whole only once the new one is on the disk (storage/SafeFolder.h). No file of
 * the pack names a complainant: the statistics count cases, and no other item reads the complaint register's people.
 */
std::optional<Pack> writePack(storage::Database& db, int fiscalYear, QDate today, const QString& dir, QString* error);

} // namespace sujarit::ita
