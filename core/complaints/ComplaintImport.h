// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Complaint.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::complaints {

class ComplaintRepository;

/** A row of an import file that cannot be taken, and why. */
struct RejectedRow {
    int row = 0; ///< as Excel numbers it: the header is row 1
    int line = 0; ///< the text line the row starts on
    QString column; ///< the column as the file names it; empty when the whole row is at fault
    QString message;
    QStringList fields; ///< the row as it was in the file
    /** "row 5, column วันที่รับ: …" */
    QString describe() const;
};

/** A register file read and checked, before anything is written. */
struct ImportPlan {
    QString encoding;
    QStringList header;
    QStringList ignoredColumns; ///< columns Sujarit does not know, left out
    QList<Complaint> complaints; ///< the good rows
    QList<int> rows; ///< the file row of each good complaint
    QList<RejectedRow> rejected;
};

/**
 * Reads a complaint register kept in Excel and saved as CSV (UTF-8 with or without BOM, Windows-874, UTF-16),
 * with English or Thai column names in any order. Problems that spoil the whole file (encoding, broken quoting,
 * a missing required column) make readRegister() fail; problems of single rows are collected in rejected.
 */
/** At most \a most of \a items, each cut at 60 characters, joined with ", " and "… and N more": for messages. */
QString shortList(const QStringList& items, int most = 10);

std::optional<ImportPlan> readRegister(QByteArray bytes, const QDateTime& now, QString* error);

/** The rejected rows as CSV (UTF-8 with BOM): row number, reason, then the original columns. */
QByteArray rejectsCsv(const ImportPlan& plan);

/**
 * Writes the good rows of \a plan in one transaction. Nothing is written when a row fails at this stage (e.g. its
 * receipt number is already taken); \a error then names its row.
 */
bool importPlan(ComplaintRepository& repo, ImportPlan& plan, QString* error);

} // namespace sujarit::complaints
