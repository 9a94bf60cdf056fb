// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityDialog.h"

#include "calendar/ThaiDate.h"
#include "plan/PlanStore.h"
#include "plan/PlanTemplates.h"
#include "storage/Database.h"
#include "text/ThaiBahtText.h"
#include "text/ThaiDigits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sujarit::gui {

using namespace plan;

ActivityDialog::ActivityDialog(storage::Database& db, const Plan& p, const Activity* existing, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_fiscalYear(p.fiscalYear)
    , m_place(new QComboBox(this))
    , m_catalogue(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_kpi(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_unit(new QLineEdit(this))
    , m_target(new QLineEdit(QStringLiteral("1"), this))
    , m_budget(new QLineEdit(this))
    , m_noBudget(new QCheckBox(QStringLiteral("ไม่ใช้งบประมาณ"), this))
    , m_division(new QLineEdit(this))
    , m_person(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    if (existing)
        m_existing = *existing;
    setWindowTitle(existing ? tr("Change an activity") : tr("Add an activity"));
    for (const Measure& m : p.measures) {
        if (m.lines.isEmpty())
            m_place->addItem(tr("Measure %1 %2").arg(m.number).arg(m.title), QPoint(m.number, 0));
        for (const Line& l : m.lines)
            m_place->addItem(tr("Line of action %1.%2 %3").arg(m.number).arg(l.number).arg(l.title),
                             QPoint(m.number, l.number));
    }
    m_catalogue->addItem(tr("(type the title, or pick one of seed 001's examples)"));
    for (const CatalogueActivity& c : seed001Catalogue())
        m_catalogue->addItem(c.text, c.area);
    connect(m_catalogue, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_title->setText(m_catalogue->itemText(index));
    });
    m_source->addItem(tr("typed in by the office"), QString());
    for (const KpiSource& s : kpiSources())
        m_source->addItem(tr("computed: %1").arg(s.label), s.code);
    for (const Term& k : kpiKinds())
        m_kind->addItem(k.label, k.code);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    connect(m_noBudget, &QCheckBox::toggled, m_budget, &QWidget::setDisabled);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ActivityDialog::sourceChanged);

    auto* months = new QGridLayout;
    for (int i = 0; i < 12; ++i) {
        const int month = (i + 9) % 12 + 1; // October first
        auto* box = new QCheckBox(calendar::thaiMonthAbbreviation(month), this);
        box->setProperty("month", month);
        m_months << box;
        months->addWidget(box, i / 6, i % 6);
    }
    auto* virtueRow = new QHBoxLayout;
    for (const Term& v : virtues()) {
        auto* box = new QCheckBox(v.label, this);
        box->setProperty("code", v.code);
        m_virtues << box;
        virtueRow->addWidget(box);
    }
    virtueRow->addStretch();
    auto* budget = new QHBoxLayout;
    budget->addWidget(m_budget, 1);
    budget->addWidget(m_noBudget);
    auto* kind = new QHBoxLayout;
    kind->addWidget(m_kind);
    kind->addWidget(new QLabel(tr("unit"), this));
    kind->addWidget(m_unit);
    kind->addWidget(new QLabel(tr("target"), this));
    kind->addWidget(m_target);

    auto* form = new QFormLayout;
    form->addRow(tr("&Under"), m_place);
    form->addRow(tr("&Example"), m_catalogue);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("KPI &measured"), m_source);
    form->addRow(tr("&KPI"), m_kpi);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("&Budget (baht)"), budget);
    form->addRow(tr("&Division"), m_division);
    form->addRow(tr("&Person"), m_person);
    form->addRow(tr("Months"), months);
    form->addRow(tr("Virtues"), virtueRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (existing) {
        m_place->setCurrentIndex(m_place->findData(QPoint(existing->measure, existing->line)));
        m_place->setEnabled(false);
        m_title->setText(existing->title);
        m_source->setCurrentIndex(std::max(0, m_source->findData(existing->kpi.source)));
        m_kpi->setText(existing->kpi.name);
        m_kind->setCurrentIndex(m_kind->findData(existing->kpi.kind));
        m_unit->setText(existing->kpi.unit);
        m_target->setText(QString::number(existing->kpi.target, 'g', 10));
        m_noBudget->setChecked(!existing->budgetSatang);
        if (existing->budgetSatang)
            m_budget->setText(text::formatBaht(*existing->budgetSatang));
        m_division->setText(existing->division);
        m_person->setText(existing->person);
        for (int m : existing->months)
            setMonth(m, true);
        for (const QString& v : existing->virtues)
            setVirtue(v, true);
    }
    sourceChanged();
    resize(760, sizeHint().height());
}

void ActivityDialog::setMonth(int month, bool on)
{
    for (QCheckBox* box : m_months)
        if (box->property("month").toInt() == month)
            box->setChecked(on);
}

void ActivityDialog::setVirtue(const QString& code, bool on)
{
    for (QCheckBox* box : m_virtues)
        if (box->property("code").toString() == code)
            box->setChecked(on);
}

QString ActivityDialog::errorText() const
{
    return m_error->text();
}

void ActivityDialog::sourceChanged()
{
    // A computed KPI says what it counts and how: the office sets only the target.
    const auto source = kpiSource(m_source->currentData().toString());
    m_kpi->setEnabled(!source);
    m_kind->setEnabled(!source);
    m_unit->setEnabled(!source);
    if (source) {
        m_kpi->setText(source->label);
        m_kind->setCurrentIndex(m_kind->findData(source->kind));
        m_unit->setText(source->unit);
    }
}

void ActivityDialog::accept()
{
    Activity a = m_existing.value_or(Activity {});
    const QPoint place = m_place->currentData().toPoint();
    a.measure = place.x();
    a.line = place.y();
    a.title = m_title->text();
    a.kpi.source = m_source->currentData().toString();
    a.kpi.name = m_kpi->text();
    a.kpi.kind = m_kind->currentData().toString();
    a.kpi.unit = m_unit->text();
    bool ok = false;
    a.kpi.target = text::toArabicDigits(m_target->text()).remove(u',').toDouble(&ok);
    if (!ok) {
        m_error->setText(tr("Target: “%1” is not a number").arg(m_target->text()));
        return;
    }
    a.budgetSatang.reset();
    if (!m_noBudget->isChecked()) {
        a.budgetSatang = text::parseBaht(m_budget->text());
        if (!a.budgetSatang) {
            m_error->setText(tr("Budget: “%1” is not an amount in baht; tick “ไม่ใช้งบประมาณ” when there is none")
                                 .arg(m_budget->text()));
            return;
        }
    }
    a.division = m_division->text();
    a.person = m_person->text();
    a.months.clear();
    for (QCheckBox* box : m_months)
        if (box->isChecked())
            a.months << box->property("month").toInt();
    a.virtues.clear();
    for (QCheckBox* box : m_virtues)
        if (box->isChecked())
            a.virtues << box->property("code").toString();
    if (m_catalogue->currentIndex() > 0 && a.catalogueRef.isEmpty() && a.title == m_catalogue->currentText())
        a.area = m_catalogue->currentData().toString();
    PlanStore store(m_db);
    if (m_existing) {
        if (!store.updateActivity(m_fiscalYear, a)) {
            m_error->setText(store.errorString());
            return;
        }
    } else {
        QList<Activity> batch = { a };
        if (!store.addActivities(m_fiscalYear, batch, { tr("Activity") })) {
            m_error->setText(store.errorString());
            return;
        }
    }
    QDialog::accept();
}

} // namespace sujarit::gui
