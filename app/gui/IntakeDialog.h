// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/Complaint.h"
#include "text/ThaiAddressBook.h"

#include <QDialog>
#include <QHash>
#include <memory>

namespace Ui {
class IntakeDialog;
}
class QLabel;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * Takes a complaint down as it arrives, in the order of the seed's complaint form. Every field is checked as it is
 * typed, by the same rules as the import (core's complaintFromFields), with the reason next to the field; Save
 * stays off until the complaint is complete. On saving, the receipt number appears and the receipt and the filled
 * form can be printed at once.
 */
class IntakeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IntakeDialog(storage::Database& db, QWidget* parent = nullptr);
    ~IntakeDialog() override;

    /** The saved complaint (its receipt number is valid once saved). */
    const complaints::Complaint& saved() const { return m_saved; }
    /** The reasons shown now, by field key; empty when the complaint may be saved. */
    QHash<QString, QString> problems() const { return m_problems; }

public slots:
    bool save();
    void reject() override;

private:
    QHash<QString, QString> values() const;
    void check();
    void markChanged();
    void printDocument(bool receipt);

    std::unique_ptr<Ui::IntakeDialog> m_ui;
    storage::Database& m_db;
    QHash<QString, QLabel*> m_errorLabels;
    text::ThaiAddressBook m_addresses;
    QHash<QString, QString> m_problems;
    complaints::Complaint m_saved;
    bool m_changed = false;
};

} // namespace sujarit::gui
