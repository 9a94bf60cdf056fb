// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ita/ItaPack.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * รายงาน → ITA: the year's integrity section of the ITA disclosure as a checklist — each item with its state (ready,
 * incomplete with what it misses, or kept by hand), the files the pack holds for it; one button writes the whole pack
 * into a folder ITA-BBBB inside the folder chosen, one opens its index, and a double-click opens an item's file.
 */
class ItaDialog : public QDialog
{
    Q_OBJECT
public:
    ItaDialog(storage::Database& db, QWidget* parent = nullptr, std::optional<int> year = std::nullopt);
    ~ItaDialog() override;

    int fiscalYear() const;
    void reload();
    QTableWidget* table() const { return m_table; }
    QString messageText() const;
    const std::optional<ita::Pack>& pack() const { return m_pack; }

    /** Writes the pack of the year shown into \a parent/ITA-BBBB; the folder written, or nothing with \a error. */
    std::optional<QString> writePackInto(const QString& parent, QString* error);
    /** The folder of the last pack written for the year shown (empty when none is on the disk). */
    QString packFolder() const;
    /** The file the row \a row opens: its item's first PDF in the last pack (empty when there is none). */
    QString fileOf(int row) const;
    /** An administrator's form for the item \a code of the year shown, or for a new item when \a code is empty. */
    QDialog* itemForm(const QString& code);
    /** Removes the item in row \a row after asking; false when it was not removed. */
    bool removeRow(int row);

private:
    void fill();
    void choosePackFolder();
    void openIndex();
    void openRow(int row);
    void showMessage(const QString& text, bool error);

    storage::Database& m_db;
    std::optional<ita::Pack> m_pack;
    QComboBox* m_year = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_basis = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_write = nullptr;
    QPushButton* m_index = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_change = nullptr;
};

} // namespace sujarit::gui
