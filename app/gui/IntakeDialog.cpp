// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeDialog.h"
#include "ui_IntakeDialog.h"
#include "Ask.h"

#include "DocumentPrinter.h"

#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "complaints/ComplaintFields.h"
#include "complaints/ComplaintRepository.h"
#include "documents/ComplaintForm.h"
#include "documents/PageWriter.h"
#include "documents/ReceiptDocument.h"
#include "office/OfficeProfile.h"
#include "Labels.h"
#include "storage/Database.h"

#include <QCompleter>
#include <QFile>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>

namespace sujarit::gui {

using namespace complaints;

IntakeDialog::IntakeDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IntakeDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    // Dates are typed as Thai offices write them (15/1/2568 09.30 น., 15 ม.ค. 2568 …), years in พ.ศ.
    m_ui->receivedEdit->setText(
        calendar::formatThaiDateTime(calendar::now(), calendar::DateStyle::Numeric));
    for (const Code& c : channels())
        m_ui->channelCombo->addItem(label(c), c.code);
    for (const Code& c : categories())
        m_ui->categoryCombo->addItem(label(c), c.code);
    m_ui->accusedUnitCombo->addItem(QString());
    m_ui->accusedUnitCombo->addItems(office::OfficeProfile::load(db).divisions);
    m_ui->evidenceTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    // Subdistrict, district, province and postcode completed from the official list: type any part of any of them.
    QFile areas(QStringLiteral(":/address/thai-address.tsv"));
    if (areas.open(QIODevice::ReadOnly))
        m_addresses = text::ThaiAddressBook::fromTsv(QString::fromUtf8(areas.readAll()));
    auto* completer = new QCompleter(m_addresses.labels(), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    m_ui->areaEdit->setCompleter(completer);
    m_ui->evidenceTable->verticalHeader()->hide();
    QSettings settings;
    m_ui->receivedByEdit->setText(settings.value(QStringLiteral("intake/receivedBy")).toString());
    m_ui->receivedByPositionEdit->setText(settings.value(QStringLiteral("intake/receivedByPosition")).toString());

    const QList<std::pair<QString, QLabel*>> labels = {
        {QStringLiteral("received_at"), m_ui->receivedEditError},
        {QStringLiteral("channel"), m_ui->channelComboError},
        {QStringLiteral("category"), m_ui->categoryComboError},
        {QStringLiteral("received_by"), m_ui->receivedByEditError},
        {QStringLiteral("received_by_position"), m_ui->receivedByPositionEditError},
        {QStringLiteral("anonymous"), m_ui->anonymousCheckError},
        {QStringLiteral("complainant_name"), m_ui->nameEditError},
        {QStringLiteral("complainant_age"), m_ui->ageSpinError},
        {QStringLiteral("complainant_address"), m_ui->addressEditError},
        {QStringLiteral("complainant_phone"), m_ui->phoneEditError},
        {QStringLiteral("complainant_email"), m_ui->emailEditError},
        {QStringLiteral("complainant_national_id"), m_ui->nationalIdEditError},
        {QStringLiteral("subject"), m_ui->subjectEditError},
        {QStringLiteral("details"), m_ui->detailsEditError},
        {QStringLiteral("requested_action"), m_ui->requestedEditError},
        {QStringLiteral("accused_name"), m_ui->accusedNameEditError},
        {QStringLiteral("accused_position"), m_ui->accusedPositionEditError},
        {QStringLiteral("accused_unit"), m_ui->accusedUnitComboError},
        {QStringLiteral("incident_time"), m_ui->incidentTimeEditError},
        {QStringLiteral("incident_place"), m_ui->incidentPlaceEditError},
        {QStringLiteral("witnesses"), m_ui->witnessesEditError},
        {QStringLiteral("evidence"), m_ui->evidenceTableError},
    };
    for (const auto& [key, label] : labels)
        m_errorLabels.insert(key, label);

    for (QLineEdit* e : findChildren<QLineEdit*>())
        connect(e, &QLineEdit::textChanged, this, &IntakeDialog::markChanged);
    for (QPlainTextEdit* e : findChildren<QPlainTextEdit*>())
        connect(e, &QPlainTextEdit::textChanged, this, &IntakeDialog::markChanged);
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this, &IntakeDialog::markChanged);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, &IntakeDialog::markChanged);
    connect(m_ui->ageSpin, &QSpinBox::valueChanged, this, &IntakeDialog::markChanged);
    connect(m_ui->evidenceTable, &QTableWidget::itemChanged, this, &IntakeDialog::markChanged);
    connect(m_ui->anonymousCheck, &QCheckBox::toggled, this, [this](bool anonymous) {
        // An anonymous complaint keeps no identity: the fields go away and are emptied.
        for (QWidget* w : {static_cast<QWidget*>(m_ui->nameEdit), static_cast<QWidget*>(m_ui->ageSpin),
                           static_cast<QWidget*>(m_ui->addressEdit), static_cast<QWidget*>(m_ui->areaEdit),
                           static_cast<QWidget*>(m_ui->phoneEdit),
                           static_cast<QWidget*>(m_ui->emailEdit), static_cast<QWidget*>(m_ui->nationalIdEdit)}) {
            w->setVisible(!anonymous);
        }
        for (QLabel* l : {m_ui->nameEditLabel, m_ui->ageSpinLabel, m_ui->addressEditLabel, m_ui->phoneEditLabel,
                          m_ui->emailEditLabel, m_ui->nationalIdEditLabel})
            l->setVisible(!anonymous);
        if (anonymous) {
            for (QLineEdit* e : {m_ui->nameEdit, m_ui->addressEdit, m_ui->areaEdit, m_ui->phoneEdit, m_ui->emailEdit,
                                 m_ui->nationalIdEdit})
                e->clear();
            m_ui->ageSpin->setValue(0);
        }
        markChanged();
    });
    connect(m_ui->addEvidenceButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->evidenceTable->rowCount();
        m_ui->evidenceTable->insertRow(row);
        m_ui->evidenceTable->setItem(row, 0, new QTableWidgetItem());
        m_ui->evidenceTable->setItem(row, 1, new QTableWidgetItem(QStringLiteral("1")));
        m_ui->evidenceTable->setCurrentCell(row, 0);
        m_ui->evidenceTable->editItem(m_ui->evidenceTable->item(row, 0));
    });
    connect(m_ui->removeEvidenceButton, &QPushButton::clicked, this, [this] {
        if (m_ui->evidenceTable->currentRow() >= 0)
            m_ui->evidenceTable->removeRow(m_ui->evidenceTable->currentRow());
        markChanged();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &IntakeDialog::save);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &IntakeDialog::reject);
    connect(m_ui->printReceiptButton, &QPushButton::clicked, this, [this] { printDocument(true); });
    connect(m_ui->printFormButton, &QPushButton::clicked, this, [this] { printDocument(false); });
    m_ui->printReceiptButton->hide();
    m_ui->printFormButton->hide();
    check();
    m_changed = false;
}

IntakeDialog::~IntakeDialog() = default;

QHash<QString, QString> IntakeDialog::values() const
{
    QHash<QString, QString> v;
    v.insert(QStringLiteral("received_at"), m_ui->receivedEdit->text());
    v.insert(QStringLiteral("channel"), m_ui->channelCombo->currentData().toString());
    v.insert(QStringLiteral("category"), m_ui->categoryCombo->currentData().toString());
    v.insert(QStringLiteral("received_by"), m_ui->receivedByEdit->text());
    v.insert(QStringLiteral("received_by_position"), m_ui->receivedByPositionEdit->text());
    v.insert(QStringLiteral("anonymous"), m_ui->anonymousCheck->isChecked() ? QStringLiteral("yes") : QStringLiteral("no"));
    v.insert(QStringLiteral("complainant_name"), m_ui->nameEdit->text());
    v.insert(QStringLiteral("complainant_age"), m_ui->ageSpin->value() > 0 ? QString::number(m_ui->ageSpin->value()) : QString());
    const QString area = m_ui->areaEdit->text().trimmed();
    const auto picked = m_addresses.fromLabel(area);
    v.insert(QStringLiteral("complainant_address"),
             (m_ui->addressEdit->text().trimmed() + u' ' + (picked ? picked->addressText() : area)).trimmed());
    v.insert(QStringLiteral("complainant_phone"), m_ui->phoneEdit->text());
    v.insert(QStringLiteral("complainant_email"), m_ui->emailEdit->text());
    v.insert(QStringLiteral("complainant_national_id"), m_ui->nationalIdEdit->text());
    v.insert(QStringLiteral("subject"), m_ui->subjectEdit->text());
    v.insert(QStringLiteral("details"), m_ui->detailsEdit->toPlainText());
    v.insert(QStringLiteral("requested_action"), m_ui->requestedEdit->toPlainText());
    v.insert(QStringLiteral("accused_name"), m_ui->accusedNameEdit->text());
    v.insert(QStringLiteral("accused_position"), m_ui->accusedPositionEdit->text());
    v.insert(QStringLiteral("accused_unit"), m_ui->accusedUnitCombo->currentText());
    v.insert(QStringLiteral("incident_time"), m_ui->incidentTimeEdit->text());
    v.insert(QStringLiteral("incident_place"), m_ui->incidentPlaceEdit->text());
    v.insert(QStringLiteral("witnesses"), m_ui->witnessesEdit->text());
    QList<EvidenceItem> evidence;
    for (int r = 0; r < m_ui->evidenceTable->rowCount(); ++r) {
        const QTableWidgetItem* item = m_ui->evidenceTable->item(r, 0);
        const QTableWidgetItem* sets = m_ui->evidenceTable->item(r, 1);
        if (item && !item->text().trimmed().isEmpty())
            evidence.append({item->text().trimmed(), std::max(1, sets ? sets->text().toInt() : 1)});
    }
    v.insert(QStringLiteral("evidence"), evidenceToText(evidence));
    return v;
}

void IntakeDialog::markChanged()
{
    m_changed = true;
    check();
}

void IntakeDialog::check()
{
    QList<FieldError> errors;
    complaintFromFields(values(), calendar::now(), errors);
    m_problems.clear();
    for (const FieldError& e : errors)
        if (!m_problems.contains(e.field))
            m_problems.insert(e.field, e.message);
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it)
        it.value()->setText(m_problems.value(it.key()));
    m_ui->saveButton->setEnabled(m_problems.isEmpty() && !m_saved.receipt.isValid());
}

bool IntakeDialog::save()
{
    check();
    if (!m_problems.isEmpty() || m_saved.receipt.isValid())
        return false;
    QList<FieldError> errors;
    Complaint c = complaintFromFields(values(), calendar::now(), errors);
    ComplaintRepository repo(m_db);
    if (!repo.add(c)) {
        Ask::warning(this, windowTitle(), tr("The complaint was not saved: %1").arg(repo.errorString()));
        return false;
    }
    m_saved = c; // as the clerk typed it, with its number and code: the receipt she prints next names the complainant
    m_changed = false;
    QSettings settings;
    settings.setValue(QStringLiteral("intake/receivedBy"), m_ui->receivedByEdit->text());
    settings.setValue(QStringLiteral("intake/receivedByPosition"), m_ui->receivedByPositionEdit->text());
    m_ui->resultLabel->setText(tr("Saved. Receipt number %1 — check code %2")
                                   .arg(m_saved.receipt.toString(), m_saved.receiptCode));
    m_ui->formWidget->setEnabled(false);
    m_ui->saveButton->setEnabled(false);
    m_ui->printReceiptButton->show();
    m_ui->printFormButton->show();
    m_ui->printReceiptButton->setFocus();
    return true;
}

void IntakeDialog::printDocument(bool receipt)
{
    if (!m_saved.receipt.isValid())
        return;
    if (receipt)
        previewReceipt(this, m_db, m_saved);
    else
        previewComplaintForm(this, m_db, &m_saved);
}

void IntakeDialog::reject()
{
    if (m_changed && !m_saved.receipt.isValid()) {
        const int discard = 0, stay = 1;
        if (Ask::choose(this, QMessageBox::Question, windowTitle(),
                        tr("The complaint has not been saved. Close and lose what was typed?"), QString(),
                        {{tr("Close without saving"), QMessageBox::DestructiveRole},
                         {tr("Go back to the form"), QMessageBox::RejectRole}},
                        stay, stay)
            != discard)
            return;
    }
    if (m_saved.receipt.isValid())
        QDialog::accept();
    else
        QDialog::reject();
}

} // namespace sujarit::gui
