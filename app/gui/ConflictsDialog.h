// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "conflicts/Declarations.h"
#include "documents/ListDocument.h"
#include "gifts/GiftRegister.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * Conflict of interest (ผลประโยชน์ทับซ้อน) for the integrity officer: the staff list, the declarations of a fiscal
 * year with their reviews and the annual campaign (who has not declared, printed with a deadline), and the gift
 * register judged by the NACC rule with the head's decisions; every list printed and exported to Excel or CSV.
 */
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class List { Declarations, Missing, GiftRegister, NoGiftReport };

    ConflictsDialog(storage::Database& db, QWidget* parent = nullptr, std::optional<int> year = std::nullopt);
    ~ConflictsDialog() override;

    int fiscalYear() const;
    void setFiscalYear(int year);
    /** Reads everything again from the database. */
    void reload();

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* staffTable() const { return m_staffTable; }
    QTableWidget* declarationTable() const { return m_declarationTable; }
    QTableWidget* giftTable() const { return m_giftTable; }
    QListWidget* missingList() const { return m_missingList; }
    QLabel* giftReason() const { return m_giftReason; }
    QLineEdit* dueEdit() const { return m_due; }
    const QList<conflicts::Declaration>& declarations() const { return m_declarations; }
    const QList<gifts::RegisteredGift>& gifts() const { return m_gifts; }

    /** Writes \a list as \a format ("pdf", "xlsx" or "csv") to \a path; false with \a error. */
    bool exportList(List list, const QString& format, const QString& path, QString* error);
    /** The dialogs behind the buttons, made but not shown, so tests can fill them in. */
    QDialog* makeReviewDialog(int declarationRow);
    QDialog* makeDecisionDialog(int giftRow);

private:
    QWidget* staffTab();
    QWidget* declarationTab();
    QWidget* giftTab();
    documents::ListDocument listDocument(List list) const;
    void chooseExport(List list, const QString& format);
    void preview(List list);
    void runDialog(QDialog* dialog);
    void importStaff();
    void markLeft();
    void showGiftReason();

    storage::Database& m_db;
    QComboBox* m_year = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_staffTable = nullptr;
    QTableWidget* m_declarationTable = nullptr;
    QTableWidget* m_giftTable = nullptr;
    QListWidget* m_missingList = nullptr;
    QLabel* m_missingLabel = nullptr;
    QLabel* m_giftReason = nullptr;
    QLineEdit* m_due = nullptr;
    QList<staff::StaffMember> m_staff;
    QList<conflicts::Declaration> m_declarations;
    QList<staff::StaffMember> m_missing;
    QList<gifts::RegisteredGift> m_gifts;
};

} // namespace sujarit::gui
