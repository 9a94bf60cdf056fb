// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "complaints/Deadlines.h"
#include "complaints/HolidayTable.h"
#include "office/OfficeProfile.h"
#include "Labels.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace sujarit::gui {

using namespace complaints;

SettingsDialog::SettingsDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);

    // Office profile: one field per profile key, in the profile's order.
    const office::OfficeProfile profile = office::OfficeProfile::load(db);
    for (const auto& [key, label] : office::OfficeProfile::fields()) {
        QWidget* field = nullptr;
        if (key.startsWith(QLatin1String("thai_digits"))) {
            auto* check = new QCheckBox(m_ui->officeForm);
            check->setChecked(profile.get(key) == QLatin1String("yes"));
            field = check;
        } else {
            auto* edit = new QLineEdit(profile.get(key), m_ui->officeForm);
            field = edit;
        }
        field->setObjectName(key);
        m_ui->officeFormLayout->addRow(label, field);
        m_officeFields.insert(key, field);
    }

    // Holidays of a year.
    for (const char* kind : {"public", "substitution", "special"})
        m_ui->holidayKindCombo->addItem(QString::fromLatin1(kind), QString::fromLatin1(kind));
    m_ui->holidayKindCombo->setItemText(0, tr("public holiday"));
    m_ui->holidayKindCombo->setItemText(1, tr("substitution day"));
    m_ui->holidayKindCombo->setItemText(2, tr("Cabinet's extra day"));
    m_ui->holidayTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->holidayTable->verticalHeader()->hide();
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &SettingsDialog::showYear);
    connect(m_ui->addHolidayButton, &QPushButton::clicked, this, &SettingsDialog::addHoliday);
    connect(m_ui->removeHolidayButton, &QPushButton::clicked, this, &SettingsDialog::removeHoliday);
    connect(m_ui->confirmHolidayButton, &QPushButton::clicked, this, &SettingsDialog::confirmHoliday);
    connect(m_ui->confirmYearButton, &QPushButton::clicked, this, &SettingsDialog::confirmYear);
    connect(m_ui->holidayTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_ui->holidayTable->currentRow();
        const auto* status = row >= 0 ? m_ui->holidayTable->item(row, 3) : nullptr;
        m_ui->confirmHolidayButton->setEnabled(status && !status->text().isEmpty());
    });
    m_ui->yearSpin->setValue(calendar::toBuddhistYear(calendar::now().date().year()));
    showYear(m_ui->yearSpin->value());

    // Deadline rules.
    HolidayTable table(db);
    const QList<DeadlineRule> rules = table.deadlineRules();
    m_ui->rulesTable->setRowCount(int(rules.size()));
    m_ui->rulesTable->verticalHeader()->hide();
    m_ui->rulesTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    for (int i = 0; i < rules.size(); ++i) {
        auto* clock = new QTableWidgetItem(clockName(rules[i].clock));
        clock->setData(Qt::UserRole, rules[i].clock);
        clock->setFlags(clock->flags() & ~Qt::ItemIsEditable);
        m_ui->rulesTable->setItem(i, 0, clock);
        auto* amount = new QSpinBox;
        amount->setRange(0, 365);
        amount->setValue(rules[i].amount);
        m_ui->rulesTable->setCellWidget(i, 1, amount);
        auto* unit = new QComboBox;
        unit->addItem(tr("working days"), deadlineUnitCode(DeadlineUnit::WorkingDays));
        unit->addItem(tr("days"), deadlineUnitCode(DeadlineUnit::CalendarDays));
        unit->setCurrentIndex(rules[i].unit == DeadlineUnit::WorkingDays ? 0 : 1);
        m_ui->rulesTable->setCellWidget(i, 2, unit);
        m_ui->rulesTable->setItem(i, 3, new QTableWidgetItem(rules[i].basis));
    }
    m_ui->rulesTable->resizeColumnsToContents();
    const bool fiscal = db.setting(QStringLiteral("numbering")) == QLatin1String("fiscal");
    m_ui->fiscalRadio->setChecked(fiscal);
    m_ui->idleSpin->setValue(m_db.setting(QStringLiteral("idle_lock_minutes"), QStringLiteral("10")).toInt());
    m_ui->calendarRadio->setChecked(!fiscal);
    m_ui->languageCombo->addItem(QStringLiteral("ไทย"), QStringLiteral("th"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(QSettings().value(QStringLiteral("language"), QStringLiteral("th")).toString()
                                                 == QLatin1String("en")
                                             ? 1
                                             : 0);

    // Debian ships no Thai translation of Qt's own buttons: name them here.
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showYear(int buddhistYear)
{
    HolidayTable table(m_db);
    const auto days = table.holidays(calendar::toGregorianYear(buddhistYear));
    m_ui->holidayTable->setRowCount(0);
    if (!days)
        return;
    m_ui->holidayTable->setRowCount(int(days->size()));
    int computed = 0;
    for (int i = 0; i < days->size(); ++i) {
        const calendar::Holiday& h = days->at(i);
        auto* date = new QTableWidgetItem(calendar::formatThaiDate(h.date, calendar::DateStyle::Abbreviated));
        date->setData(Qt::UserRole, h.date);
        m_ui->holidayTable->setItem(i, 0, date);
        auto* name = new QTableWidgetItem(h.name);
        name->setToolTip(h.name);
        m_ui->holidayTable->setItem(i, 1, name);
        const int kind = m_ui->holidayKindCombo->findData(calendar::holidayKindCode(h.kind));
        m_ui->holidayTable->setItem(i, 2, new QTableWidgetItem(m_ui->holidayKindCombo->itemText(kind)));
        auto* status = new QTableWidgetItem(h.computed ? HolidayTable::computedText() : QString());
        if (h.computed) {
            ++computed;
            for (QTableWidgetItem* item : {date, name, status})
                item->setForeground(QColor(0x80, 0x50, 0x00));
        }
        m_ui->holidayTable->setItem(i, 3, status);
    }
    m_ui->holidayTable->resizeColumnToContents(0);
    m_ui->holidayTable->resizeColumnToContents(2);
    m_ui->holidayTable->resizeColumnToContents(3);
    m_ui->confirmYearButton->setEnabled(computed > 0);
    m_ui->confirmHolidayButton->setEnabled(false);
    m_ui->yearStatusLabel->setText(
        computed > 0 ? tr("%n day(s) computed by Sujarit, awaiting the Cabinet's announcement", nullptr, computed)
                     : QString());
}

bool SettingsDialog::addHoliday()
{
    QString why;
    const auto date = calendar::parseThaiDate(m_ui->holidayDateEdit->text(), &why);
    if (!date) {
        m_ui->holidayMessage->setText(why);
        return false;
    }
    HolidayTable table(m_db);
    bool ok = true;
    const auto kind = calendar::holidayKindFromCode(m_ui->holidayKindCombo->currentData().toString(), &ok);
    if (!table.add({*date, m_ui->holidayNameEdit->text(), kind})) {
        m_ui->holidayMessage->setText(table.errorString());
        return false;
    }
    m_ui->holidayMessage->setText(tr("Added %1. The deadlines of open cases were recomputed.")
                                      .arg(calendar::formatThaiDate(*date)));
    m_ui->holidayDateEdit->clear();
    m_ui->holidayNameEdit->clear();
    m_ui->yearSpin->setValue(calendar::toBuddhistYear(date->year()));
    showYear(m_ui->yearSpin->value());
    return true;
}

bool SettingsDialog::removeHoliday()
{
    const int row = m_ui->holidayTable->currentRow();
    if (row < 0)
        return false;
    const QDate date = m_ui->holidayTable->item(row, 0)->data(Qt::UserRole).toDate();
    HolidayTable table(m_db);
    if (!table.remove(date)) {
        m_ui->holidayMessage->setText(table.errorString());
        return false;
    }
    m_ui->holidayMessage->setText(tr("Removed %1. The deadlines of open cases were recomputed.")
                                      .arg(calendar::formatThaiDate(date)));
    showYear(m_ui->yearSpin->value());
    return true;
}

bool SettingsDialog::confirmHoliday()
{
    const int row = m_ui->holidayTable->currentRow();
    if (row < 0)
        return false;
    const QDate date = m_ui->holidayTable->item(row, 0)->data(Qt::UserRole).toDate();
    HolidayTable table(m_db);
    if (!table.confirm(date)) {
        m_ui->holidayMessage->setText(table.errorString());
        return false;
    }
    m_ui->holidayMessage->setText(tr("Confirmed %1 as the Cabinet announced it.").arg(calendar::formatThaiDate(date)));
    showYear(m_ui->yearSpin->value());
    return true;
}

bool SettingsDialog::confirmYear()
{
    HolidayTable table(m_db);
    const int year = m_ui->yearSpin->value();
    const auto n = table.confirmYear(calendar::toGregorianYear(year));
    if (!n) {
        m_ui->holidayMessage->setText(table.errorString());
        return false;
    }
    m_ui->holidayMessage->setText(tr("Confirmed %n computed day(s) of %1 as the Cabinet announced them.", nullptr, *n)
                                      .arg(year));
    showYear(year);
    return true;
}

void SettingsDialog::showHolidaysOf(int buddhistYear)
{
    m_ui->tabs->setCurrentWidget(m_ui->holidaysTab);
    m_ui->yearSpin->setValue(buddhistYear);
    showYear(buddhistYear);
}

void SettingsDialog::accept()
{
    office::OfficeProfile profile = office::OfficeProfile::load(m_db);
    for (auto it = m_officeFields.cbegin(); it != m_officeFields.cend(); ++it) {
        QString value;
        if (auto* check = qobject_cast<QCheckBox*>(it.value()))
            value = check->isChecked() ? QStringLiteral("yes") : QStringLiteral("no");
        else
            value = static_cast<QLineEdit*>(it.value())->text();
        QString error;
        if (!profile.set(it.key(), value, &error)) {
            m_ui->errorLabel->setText(error);
            return;
        }
    }
    if (!profile.save(m_db)) {
        m_ui->errorLabel->setText(m_db.errorString());
        return;
    }
    HolidayTable table(m_db);
    const QList<DeadlineRule> current = table.deadlineRules();
    for (int i = 0; i < m_ui->rulesTable->rowCount(); ++i) {
        DeadlineRule rule = ruleFor(current, m_ui->rulesTable->item(i, 0)->data(Qt::UserRole).toString());
        const auto* amount = static_cast<QSpinBox*>(m_ui->rulesTable->cellWidget(i, 1));
        const auto* unit = static_cast<QComboBox*>(m_ui->rulesTable->cellWidget(i, 2));
        const auto newUnit = deadlineUnitFromCode(unit->currentData().toString()).value_or(rule.unit);
        const QString basis = m_ui->rulesTable->item(i, 3)->text();
        if (rule.amount == amount->value() && rule.unit == newUnit && rule.basis == basis)
            continue;
        rule.amount = amount->value();
        rule.unit = newUnit;
        rule.basis = basis;
        if (!table.setDeadlineRule(rule)) {
            m_ui->errorLabel->setText(table.errorString());
            return;
        }
    }
    if (!m_db.setSetting(QStringLiteral("numbering"),
                         m_ui->fiscalRadio->isChecked() ? QStringLiteral("fiscal") : QStringLiteral("calendar"))) {
        m_ui->errorLabel->setText(m_db.errorString());
        return;
    }
    if (!m_db.setSetting(QStringLiteral("idle_lock_minutes"), QString::number(m_ui->idleSpin->value()))) {
        m_ui->errorLabel->setText(m_db.errorString());
        return;
    }
    QSettings().setValue(QStringLiteral("language"), m_ui->languageCombo->currentData());
    QDialog::accept();
}

} // namespace sujarit::gui
