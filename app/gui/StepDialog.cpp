// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepDialog.h"
#include "ui_StepDialog.h"

#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/Workflow.h"
#include "complaints/Recusal.h"
#include "staff/StaffList.h"
#include "office/OfficeProfile.h"
#include "Labels.h"
#include "storage/Database.h"

#include <QListWidget>
#include <QPushButton>
#include <QSettings>

namespace sujarit::gui {

using namespace complaints;

StepDialog::StepDialog(storage::Database& db, const Complaint& complaint, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StepDialog>())
    , m_db(db)
    , m_case(complaint)
{
    m_ui->setupUi(this);
    m_ui->caseLabel->setText(tr("%1 — %2\nNow: %3")
                                 .arg(complaint.receipt.toString(), complaint.subject, stepLabel(complaint.status)));
    for (const QString& step : workflow::allowedNextSteps(complaint.status, complaint.anonymous))
        m_ui->stepCombo->addItem(step == workflow::ProgressNotified ? tr("Interim answer to the complainant")
                                                                    : stepLabel(step),
                                 step);
    for (const Code& r : notAcceptedReasons())
        m_ui->reasonCombo->addItem(label(r), r.code);
    m_ui->unitCombo->addItems(office::OfficeProfile::load(db).divisions);
    m_ui->unitCombo->setCurrentText(complaint.assignedUnit);
    // The staff who may be made responsible; each one ticked is checked for recusal at once.
    staff::StaffList staff(db);
    for (const staff::StaffMember& m : staff.all().value_or(QList<staff::StaffMember>{})) {
        if (!m.active)
            continue;
        auto* item = new QListWidgetItem(m.division.isEmpty() ? m.name : QStringLiteral("%1 (%2)").arg(m.name, m.division),
                                         m_ui->officersList);
        item->setData(Qt::UserRole, m.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_ui->officersList, &QListWidget::itemChanged, this, &StepDialog::checkRecusal);
    m_ui->atEdit->setText(calendar::formatThaiDateTime(calendar::now(), calendar::DateStyle::Numeric));
    m_ui->byEdit->setText(QSettings().value(QStringLiteral("steps/by")).toString());
    connect(m_ui->stepCombo, &QComboBox::currentIndexChanged, this, &StepDialog::stepChanged);
    // Debian ships no Thai translation of Qt's own buttons: name them here.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StepDialog::reject);
    stepChanged();
    // After stepChanged(), which clears the message line.
    if (m_ui->stepCombo->count() == 0) {
        m_ui->errorLabel->setText(tr("This case is closed: no further step can be recorded."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

StepDialog::~StepDialog() = default;

QStringList StepDialog::offeredSteps() const
{
    QStringList out;
    for (int i = 0; i < m_ui->stepCombo->count(); ++i)
        out << m_ui->stepCombo->itemData(i).toString();
    return out;
}

void StepDialog::stepChanged()
{
    const QString step = m_ui->stepCombo->currentData().toString();
    const bool reason = step == QLatin1String("not_accepted");
    const bool unit = step == QLatin1String("assigned") || step == QLatin1String("referred");
    const bool officers = m_ui->officersList->count() > 0
        && (step == QLatin1String("assigned") || step == QLatin1String("fact_finding") || step == QLatin1String("committee"));
    m_ui->officersLabel->setVisible(officers);
    m_ui->officersList->setVisible(officers);
    m_ui->officersLabel->setText(step == QLatin1String("committee") ? tr("Committee &members") : tr("&Officers responsible"));
    m_ui->reasonLabel->setVisible(reason);
    m_ui->reasonCombo->setVisible(reason);
    m_ui->unitLabel->setVisible(unit);
    m_ui->unitCombo->setVisible(unit);
    m_ui->unitLabel->setText(step == QLatin1String("referred") ? tr("&Agency referred to") : tr("&Division"));
    m_ui->errorLabel->clear();
    checkRecusal();
}

QStringList StepDialog::checkedOfficers() const
{
    QStringList out;
    if (m_ui->officersList->isHidden())
        return out;
    for (int i = 0; i < m_ui->officersList->count(); ++i)
        if (m_ui->officersList->item(i)->checkState() == Qt::Checked)
            out << m_ui->officersList->item(i)->data(Qt::UserRole).toString();
    return out;
}

void StepDialog::setOfficerChecked(const QString& name, bool checked)
{
    for (int i = 0; i < m_ui->officersList->count(); ++i)
        if (m_ui->officersList->item(i)->data(Qt::UserRole).toString() == name)
            m_ui->officersList->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QString StepDialog::errorText() const { return m_ui->errorLabel->text(); }

void StepDialog::checkRecusal()
{
    if (m_ui->stepCombo->count() == 0)
        return;
    QString why;
    const auto flags = complaints::recusalFlags(m_db, m_case, checkedOfficers(), &why);
    QStringList lines;
    for (const complaints::RecusalFlag& f : flags.value_or(QList<complaints::RecusalFlag>{}))
        lines << tr("%1 should not work this case: %2").arg(f.officer, f.reason);
    m_ui->errorLabel->setText(flags ? lines.join(u'\n') : why);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(flags && lines.isEmpty());
}

void StepDialog::accept()
{
    StepRequest request;
    request.step = m_ui->stepCombo->currentData().toString();
    if (request.step == QLatin1String("not_accepted"))
        request.reason = m_ui->reasonCombo->currentData().toString();
    if (request.step == QLatin1String("assigned") || request.step == QLatin1String("referred"))
        request.unit = m_ui->unitCombo->currentText();
    QString why;
    const auto at = calendar::parseThaiDateTime(m_ui->atEdit->text(), &why);
    if (!at) {
        m_ui->errorLabel->setText(why);
        return;
    }
    request.at = at->toDateTime();
    request.by = m_ui->byEdit->text();
    request.officers = checkedOfficers();
    request.note = m_ui->noteEdit->toPlainText();
    ComplaintRepository repo(m_db);
    if (!repo.recordStep(m_case.receipt, request)) {
        m_ui->errorLabel->setText(repo.errorString());
        return;
    }
    QSettings().setValue(QStringLiteral("steps/by"), request.by);
    QDialog::accept();
}

} // namespace sujarit::gui
