// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "risks/EvidenceFiles.h"

#include <QDialog>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QTableWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/** Where a record's evidence files are kept: each call returns nullopt with the reason in \a error when it fails. */
struct EvidenceSource
{
    std::function<std::optional<QList<risks::EvidenceFiles::File>>(QString* error)> list;
    std::function<std::optional<risks::EvidenceFiles::File>(const QString& fileName, const QByteArray& data,
                                                            QString* error)>
        add;
    std::function<std::optional<QByteArray>(qint64 file, QString* error)> data;
};

/** The evidence files of one record (an activity of the plan, a risk measure, a No Gift activity), by round: listed,
 *  attached, opened and saved. */
class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    /** An activity of the plan's. */
    EvidenceDialog(storage::Database& db, int fiscalYear, qint64 activity, int round, const QString& title,
                   QWidget* parent = nullptr);
    /** Any record's, attaching to \a round (0: a record without rounds). */
    EvidenceDialog(EvidenceSource source, int round, const QString& title, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    /** Attaches the file at \a path to the round chosen when the dialog opened; false (after saying why) if not. */
    bool attach(const QString& path);
    /** Writes the evidence file of \a row to \a path; false (after saying why) if it cannot. */
    bool saveRow(int row, const QString& path);
    void reload();

private:
    void openRow(int row);

    EvidenceSource m_source;
    int m_round;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QList<qint64> m_ids;
    std::unique_ptr<QTemporaryDir> m_openDir;
};

} // namespace sujarit::gui
