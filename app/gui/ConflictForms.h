// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "conflicts/Declarations.h"
#include "staff/StaffList.h"
#include "gifts/GiftRegister.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace sujarit::storage {
class Database;
}

/**
 * The entry dialogs of the conflict-of-interest screen: a staff member, a declaration, a gift, and a decision
 * (the supervisor's review of a declaration, the head's decision on a gift). Each saves through core in one
 * transaction and, when core refuses, shows its message and keeps everything typed.
 */
namespace sujarit::gui {

/** Adds one member to the staff list. */
class StaffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StaffDialog(storage::Database& db, QWidget* parent = nullptr);
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* positionEdit() const { return m_position; }
    QComboBox* divisionCombo() const { return m_division; }
    QComboBox* kindCombo() const { return m_kind; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    storage::Database& m_db;
    QLineEdit* m_name;
    QLineEdit* m_position;
    QComboBox* m_division;
    QComboBox* m_kind;
    QLabel* m_error;
};

/** A declaration of any kind: the fields shown are those its kind asks for. */
class DeclarationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeclarationDialog(storage::Database& db, QWidget* parent = nullptr);
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* declarantCombo() const { return m_declarant; }
    QLineEdit* dateEdit() const { return m_date; }
    QCheckBox* noInterestCheck() const { return m_noInterest; }
    QComboBox* formCombo() const { return m_form; }
    QLineEdit* procurementNameEdit() const { return m_procurementName; }
    QLineEdit* procurementNumberEdit() const { return m_procurementNumber; }
    QPlainTextEdit* detailsEdit() const { return m_details; }
    /** Adds a row to the parties (bidders) table. */
    void addParty(const QString& name, const QString& relation);
    QString errorText() const;
    /** The declaration as typed; nullopt (with the reason shown) when the date cannot be read. */
    std::optional<conflicts::Declaration> declaration();
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void kindChanged();

    storage::Database& m_db;
    QComboBox* m_kind;
    QComboBox* m_declarant;
    QLineEdit* m_date;
    QCheckBox* m_noInterest;
    QComboBox* m_form;
    QLabel* m_procurementLabel;
    QLineEdit* m_procurementName;
    QLineEdit* m_procurementNumber;
    QLabel* m_partiesLabel;
    QTableWidget* m_parties;
    QPlainTextEdit* m_details;
    QLabel* m_error;
    qint64 m_savedId = 0;
};

/** A gift received or refused, with the rule's verdict shown as it is typed. */
class GiftDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GiftDialog(storage::Database& db, QWidget* parent = nullptr);
    QComboBox* receiverCombo() const { return m_receiver; }
    QLineEdit* dateEdit() const { return m_date; }
    QLineEdit* giverEdit() const { return m_giver; }
    QComboBox* relationCombo() const { return m_relation; }
    QLineEdit* occasionEdit() const { return m_occasion; }
    QLineEdit* descriptionEdit() const { return m_description; }
    QLineEdit* valueEdit() const { return m_value; }
    QCheckBox* publicOfferCheck() const { return m_publicOffer; }
    QCheckBox* refusedCheck() const { return m_refused; }
    QLineEdit* dispositionEdit() const { return m_disposition; }
    /** What the rule says of the gift as typed, with the giver's other gifts on the occasion counted in. */
    QString verdictText() const;
    QString errorText() const;

public slots:
    void accept() override;

private:
    std::optional<gifts::RegisteredGift> gift(QString* why) const;
    void updateVerdict();

    storage::Database& m_db;
    QComboBox* m_receiver;
    QLineEdit* m_date;
    QLineEdit* m_giver;
    QComboBox* m_relation;
    QLineEdit* m_occasion;
    QLineEdit* m_description;
    QLineEdit* m_value;
    QCheckBox* m_publicOffer;
    QCheckBox* m_refused;
    QLineEdit* m_disposition;
    QLabel* m_verdict;
    QLabel* m_error;
};

/** Who decided what, when and why: the supervisor's review of a declaration or the head's decision on a gift. */
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    /** \a choices are code and label pairs; \a save stores the answer and returns an error, empty when saved. */
    DecisionDialog(
        const QString& title, const QString& subject, const QList<conflicts::Choice>& choices,
        std::function<QString(const QString& by, const QString& decision, QDate date, const QString& reason)> save,
        QWidget* parent = nullptr);
    QLineEdit* byEdit() const { return m_by; }
    QComboBox* decisionCombo() const { return m_decision; }
    QLineEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    std::function<QString(const QString&, const QString&, QDate, const QString&)> m_save;
    QLineEdit* m_by;
    QComboBox* m_decision;
    QLineEdit* m_date;
    QPlainTextEdit* m_reason;
    QLabel* m_error;
};

} // namespace sujarit::gui
