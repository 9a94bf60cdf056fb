// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "plan/Plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * Adds an activity to a plan, or changes one: where it goes (measure and line of action), its title — typed, or
 * picked from seed 001's 44 examples — its KPI (typed, or one Sujarit computes from the register or the
 * declarations), target, budget or "ไม่ใช้งบประมาณ", who is responsible, its months and its virtues.
 */
class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    /** A new activity when \a activity is null. */
    ActivityDialog(storage::Database& db, const plan::Plan& plan, const plan::Activity* activity,
                   QWidget* parent = nullptr);

    QComboBox* placeCombo() const { return m_place; }
    QComboBox* catalogueCombo() const { return m_catalogue; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* sourceCombo() const { return m_source; }
    QLineEdit* kpiEdit() const { return m_kpi; }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* unitEdit() const { return m_unit; }
    QLineEdit* targetEdit() const { return m_target; }
    QLineEdit* budgetEdit() const { return m_budget; }
    QCheckBox* noBudgetCheck() const { return m_noBudget; }
    QLineEdit* divisionEdit() const { return m_division; }
    /** Ticks the calendar month \a month (1–12) or a virtue by its code. */
    void setMonth(int month, bool on);
    void setVirtue(const QString& code, bool on);
    QString errorText() const;

public slots:
    void accept() override;

private:
    void sourceChanged();

    storage::Database& m_db;
    int m_fiscalYear;
    std::optional<plan::Activity> m_existing;
    QComboBox* m_place;
    QComboBox* m_catalogue;
    QLineEdit* m_title;
    QComboBox* m_source;
    QLineEdit* m_kpi;
    QComboBox* m_kind;
    QLineEdit* m_unit;
    QLineEdit* m_target;
    QLineEdit* m_budget;
    QCheckBox* m_noBudget;
    QLineEdit* m_division;
    QLineEdit* m_person;
    QList<QCheckBox*> m_months;
    QList<QCheckBox*> m_virtues;
    QLabel* m_error;
};

} // namespace sujarit::gui
