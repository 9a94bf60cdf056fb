// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDialog.h"
#include "Ask.h"

#include "ActivityDialog.h"
#include "ConflictForms.h"
#include "DocumentPrinter.h"
#include "ExportButton.h"
#include "StatisticsDialog.h"
#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "office/OfficeProfile.h"
#include "plan/PlanDocuments.h"
#include "plan/PlanTemplates.h"
#include "reports/TableExport.h"
#include "storage/Database.h"
#include "text/ThaiBahtText.h"
#include "text/ThaiDigits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sujarit::gui {

using namespace plan;

namespace {
enum TreeColumn { CodeColumn, TitleColumn, KpiColumn, TargetColumn, BudgetColumn, DivisionColumn, FirstRoundColumn };

QString progressText(const Activity& a, const Progress& p)
{
    QString text = termLabel(statuses(), p.status).value_or(p.status);
    if (p.result && a.kpi.kind != QLatin1String("done"))
        text = QString::number(*p.result, 'g', 10)
            + (a.kpi.kind == QLatin1String("percent") ? QStringLiteral("%") : QString());
    return p.carried ? QStringLiteral("(%1)").arg(text) : text;
}
} // namespace

PlanDialog::PlanDialog(storage::Database& db, QWidget* parent, std::optional<int> year)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Ethics and anti-corruption action plan"));
    m_year = new QComboBox(this);
    const int current = calendar::fiscalYearOf(calendar::now().date());
    QList<int> years = PlanStore(db).years();
    for (int y : { current + 1, current })
        if (!years.contains(y))
            years << y;
    std::sort(years.begin(), years.end(), std::greater<int>());
    for (int y : years)
        m_year->addItem(tr("Fiscal year %1").arg(y), y);
    m_year->setCurrentIndex(m_year->findData(year.value_or(current)));
    m_newPlan = new QPushButton(tr("&New plan…"), this);
    connect(m_newPlan, &QPushButton::clicked, this, &PlanDialog::newPlanMenu);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* top = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_newPlan);
    top->addWidget(m_message, 1);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(planTab(), tr("&Plan"));
    tabs->addTab(roundTab(), tr("&Progress rounds"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addWidget(close);
    connect(m_year, &QComboBox::currentIndexChanged, this, &PlanDialog::reload);
    connect(m_round, &QComboBox::currentIndexChanged, this, &PlanDialog::fillRound);
    resize(1240, 760);
    reload();
}

PlanDialog::~PlanDialog() = default;

int PlanDialog::fiscalYear() const
{
    return m_year->currentData().toInt();
}

void PlanDialog::setFiscalYear(int year)
{
    if (m_year->findData(year) < 0)
        m_year->addItem(tr("Fiscal year %1").arg(year), year);
    m_year->setCurrentIndex(m_year->findData(year));
}

QString PlanDialog::messageText() const
{
    return m_message->text();
}

void PlanDialog::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

QWidget* PlanDialog::planTab()
{
    auto* page = new QWidget(this);
    m_tree = new QTreeWidget(page);
    m_tree->setColumnCount(FirstRoundColumn + 3);
    m_tree->setHeaderLabels({ tr("No."), tr("Measure, line of action, activity"), tr("KPI"), tr("Target"),
                              tr("Budget (baht)"), tr("Responsible"), tr("6 months"), tr("9 months"),
                              tr("12 months") });
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    connect(m_tree, &QTreeWidget::itemChanged, this, &PlanDialog::treeEdited);
    auto* add = new QPushButton(tr("&Add an activity…"), page);
    auto* edit = new QPushButton(tr("&Change…"), page);
    auto* remove = new QPushButton(tr("&Remove"), page);
    auto* print = new QPushButton(tr("Print the p&lan…"), page);
    auto* ita = new QPushButton(tr("Print for the &ITA…"), page);
    connect(add, &QPushButton::clicked, this, &PlanDialog::addActivity);
    connect(edit, &QPushButton::clicked, this, &PlanDialog::editActivity);
    connect(remove, &QPushButton::clicked, this, &PlanDialog::removeActivity);
    connect(print, &QPushButton::clicked, this, [this] { this->print(QStringLiteral("plan")); });
    connect(ita, &QPushButton::clicked, this, [this] { this->print(QStringLiteral("ita")); });
    QToolButton* exportPlan = exportButton(page, { QStringLiteral("xlsx"), QStringLiteral("csv") },
                                           [this](const QString& f) { chooseExport(QStringLiteral("plan"), f); });
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { add, edit, remove, print, ita })
        buttons->addWidget(b);
    buttons->addWidget(exportPlan);
    buttons->addStretch();
    auto* hint = new QLabel(tr("Double-click a title, target, budget or division to change it in place."), page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    return page;
}

void PlanDialog::reload()
{
    PlanStore store(m_db);
    m_plan = store.load(fiscalYear());
    m_computed.clear();
    if (!m_plan) {
        showMessage(tr("Fiscal year %1 has no plan yet: make one with “New plan…”.").arg(fiscalYear()), false);
    } else {
        showMessage(QString(), false);
        for (int r : rounds()) {
            QString error;
            const auto computed = computeKpis(m_db, *m_plan, r, &error);
            if (!computed)
                showMessage(error, true);
            m_computed.insert(r, computed.value_or(QHash<qint64, double> {}));
        }
    }
    m_newPlan->setEnabled(!m_plan);
    fillTree();
    fillRound();
}

PlanStanding PlanDialog::standingAt(int round) const
{
    return m_plan ? standing(*m_plan, round, m_computed.value(round)) : PlanStanding {};
}

void PlanDialog::fillTree()
{
    m_filling = true;
    m_tree->clear();
    if (m_plan) {
        QList<PlanStanding> standings;
        for (int r : rounds())
            standings << standingAt(r);
        const auto addActivities = [&](QTreeWidgetItem* parent, int measure, int line) {
            for (const Activity& a : m_plan->activities) {
                if (a.measure != measure || a.line != line)
                    continue;
                auto* item = new QTreeWidgetItem(parent);
                item->setData(0, Qt::UserRole, a.id);
                item->setText(CodeColumn, a.code());
                item->setText(TitleColumn, a.title);
                item->setText(KpiColumn, a.kpi.name);
                item->setText(TargetColumn, QString::number(a.kpi.target, 'g', 10));
                item->setText(BudgetColumn, budgetText(a.budgetSatang));
                item->setText(DivisionColumn, a.division);
                item->setTextAlignment(BudgetColumn, Qt::AlignRight | Qt::AlignVCenter);
                for (int i = 0; i < standings.size(); ++i)
                    for (const ActivityStanding& st : standings[i].activities)
                        if (st.activity->id == a.id)
                            item->setText(FirstRoundColumn + i, progressText(a, st.progress));
                item->setFlags(item->flags() | Qt::ItemIsEditable);
                item->setToolTip(TitleColumn, a.title);
            }
        };
        for (const Measure& m : m_plan->measures) {
            auto* measure = new QTreeWidgetItem(m_tree);
            measure->setText(CodeColumn, QString::number(m.number));
            measure->setText(TitleColumn, tr("Measure %1 %2").arg(m.number).arg(m.title));
            measure->setToolTip(TitleColumn, m.title);
            QFont bold = measure->font(0);
            bold.setBold(true);
            measure->setFont(TitleColumn, bold);
            addActivities(measure, m.number, 0);
            for (const Line& l : m.lines) {
                auto* line = new QTreeWidgetItem(measure);
                line->setText(CodeColumn, QStringLiteral("%1.%2").arg(m.number).arg(l.number));
                line->setText(TitleColumn, l.title);
                line->setToolTip(TitleColumn, l.title);
                addActivities(line, m.number, l.number);
            }
        }
        m_tree->expandAll();
        for (int c : { int(CodeColumn), int(KpiColumn), int(TargetColumn), int(BudgetColumn), int(DivisionColumn),
                       int(FirstRoundColumn), FirstRoundColumn + 1, FirstRoundColumn + 2 }) {
            m_tree->resizeColumnToContents(c);
            m_tree->setColumnWidth(c,
                                   std::min(m_tree->columnWidth(c),
                                            c == KpiColumn              ? 180
                                                : c >= FirstRoundColumn ? 95
                                                                        : 120));
        }
    }
    m_filling = false;
}

void PlanDialog::openDialog(QDialog* dialog)
{
    // The dialogs save through core themselves; what they saved shows once they are accepted.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &PlanDialog::reload);
    dialog->open();
}

documents::ListDocument PlanDialog::document(const QString& what, const office::OfficeProfile& office) const
{
    if (what == QLatin1String("round"))
        return roundReport(*m_plan, standingAt(m_round->currentData().toInt()), office);
    return what == QLatin1String("ita") ? itaPlanList(*m_plan, office) : planList(*m_plan, office);
}

const Activity* PlanDialog::currentActivity() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && m_plan ? m_plan->activity(item->data(0, Qt::UserRole).toLongLong()) : nullptr;
}

void PlanDialog::treeEdited(QTreeWidgetItem* item, int column)
{
    if (m_filling || !m_plan)
        return;
    const Activity* current = m_plan->activity(item->data(0, Qt::UserRole).toLongLong());
    if (!current)
        return;
    Activity a = *current;
    const QString value = item->text(column).trimmed();
    QString error;
    switch (column) {
    case TitleColumn:
        a.title = value;
        break;
    case TargetColumn: {
        bool ok = false;
        a.kpi.target = text::toArabicDigits(value).remove(u',').toDouble(&ok);
        if (!ok)
            error = tr("%1: target: “%2” is not a number").arg(a.code(), value);
        break;
    }
    case BudgetColumn:
        if (value.isEmpty() || value == QLatin1String("ไม่ใช้งบประมาณ")) {
            a.budgetSatang.reset();
        } else {
            a.budgetSatang = text::parseBaht(value);
            if (!a.budgetSatang)
                error = tr("%1: budget: “%2” is not an amount in baht").arg(a.code(), value);
        }
        break;
    case DivisionColumn:
        a.division = value;
        break;
    default:
        fillTree(); // other columns are not edited in place
        return;
    }
    PlanStore store(m_db);
    if (error.isEmpty() && !store.updateActivity(m_plan->fiscalYear, a))
        error = store.errorString();
    reload();
    showMessage(error.isEmpty() ? tr("Saved %1.").arg(a.code()) : error + tr("; nothing was changed"),
                !error.isEmpty());
}

void PlanDialog::addActivity()
{
    if (!m_plan)
        return;
    openDialog(new ActivityDialog(m_db, *m_plan, nullptr, this));
}

void PlanDialog::editActivity()
{
    const Activity* a = currentActivity();
    if (!a) {
        showMessage(tr("Choose an activity first."), true);
        return;
    }
    openDialog(new ActivityDialog(m_db, *m_plan, a, this));
}

void PlanDialog::removeActivity()
{
    const Activity* a = currentActivity();
    if (!a) {
        showMessage(tr("Choose an activity first."), true);
        return;
    }
    if (Ask::question(this, tr("Remove"), tr("Remove activity %1 “%2” from the plan?").arg(a->code(), a->title))
        != QMessageBox::Yes)
        return;
    PlanStore store(m_db);
    if (!store.removeActivity(m_plan->fiscalYear, a->id)) {
        showMessage(store.errorString(), true);
        return;
    }
    reload();
}

bool PlanDialog::createPlan(const QString& templateName)
{
    PlanStore store(m_db);
    if (!store.create(fiscalYear(), templateName)) {
        showMessage(store.errorString(), true);
        return false;
    }
    reload();
    showMessage(tr("Made the plan of fiscal year %1.").arg(fiscalYear()), false);
    return true;
}

void PlanDialog::newPlanMenu()
{
    QMenu menu(this);
    menu.addAction(tr("From seed 004: three measures and eight lines of action"), this,
                   [this] { createPlan(QStringLiteral("seed004")); });
    menu.addAction(tr("From seed 001: four areas with the 44 example activities"), this,
                   [this] { createPlan(QStringLiteral("seed001")); });
    for (int y : PlanStore(m_db).years())
        if (y < fiscalYear())
            menu.addAction(tr("Copy the plan of %1").arg(y), this,
                           [this, y] { createPlan(QStringLiteral("copy:%1").arg(y)); });
    menu.exec(m_newPlan->mapToGlobal(QPoint(0, m_newPlan->height())));
}

bool PlanDialog::exportTo(const QString& what, const QString& format, const QString& path, QString* error)
{
    if (!m_plan) {
        *error = tr("fiscal year %1 has no plan").arg(fiscalYear());
        return false;
    }
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    if (format == QLatin1String("pdf") && office.name.isEmpty()) {
        *error = tr("the office profile lacks its name; set it in Settings");
        return false;
    }
    return reports::writeList(document(what, office), format, office.documentDigits(), path, error);
}

void PlanDialog::print(const QString& what)
{
    if (!m_plan)
        return;
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    if (office.name.isEmpty()) {
        Ask::warning(this, tr("Print"), tr("The office profile lacks its name; set it in Settings first."));
        return;
    }
    const documents::ListDocument list = document(what, office);
    previewDocument(this, list.title, list.orientation, documents::listPainter(list, office.documentDigits()));
}

void PlanDialog::chooseExport(const QString& what, const QString& format)
{
    const QString suggested
        = QStringLiteral("%1-%2.%3")
              .arg(what == QLatin1String("round") ? QStringLiteral("รายงานผลแผน") : QStringLiteral("แผนปฏิบัติการ"))
              .arg(fiscalYear())
              .arg(format);
    QString path = Ask::saveFileName(this, tr("Export"), suggested,
                                     format == QLatin1String("xlsx") ? tr("Excel workbooks (*.xlsx)")
                                                                     : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + format, Qt::CaseInsensitive))
        path += u'.' + format;
    QString error;
    if (exportTo(what, format, path, &error))
        showMessage(tr("Saved %1").arg(path), false);
    else
        showMessage(tr("Nothing was saved: %1").arg(error), true);
}

} // namespace sujarit::gui
