// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/Complaint.h"

#include <QDialog>
#include <memory>

namespace Ui {
class StepDialog;
}

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * Records the next step of a case. It offers only the steps that are legal now (core's workflow) and asks only for
 * what the chosen step needs: a reason code to not accept, a division to assign or an agency to refer to, the
 * officers responsible or the committee's members — each checked for recusal as soon as it is ticked, so a flagged
 * officer is seen before anything is saved.
 */
class StepDialog : public QDialog
{
    Q_OBJECT
public:
    StepDialog(storage::Database& db, const complaints::Complaint& complaint, QWidget* parent = nullptr);
    ~StepDialog() override;

    /** The step codes offered, in order. */
    QStringList offeredSteps() const;
    /** The staff ticked as responsible (or committee members) for the chosen step. */
    QStringList checkedOfficers() const;
    void setOfficerChecked(const QString& name, bool checked);
    /** The message under the form: why a step cannot be recorded, or who is flagged for recusal. */
    QString errorText() const;

public slots:
    void accept() override;

private:
    void stepChanged();
    void checkRecusal();

    std::unique_ptr<Ui::StepDialog> m_ui;
    storage::Database& m_db;
    complaints::Complaint m_case;
};

} // namespace sujarit::gui
