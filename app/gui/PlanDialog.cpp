// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDialog.h"
#include "EvidenceDialog.h"

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
#include <QFileDialog>
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
enum RoundColumn { RCode, RTitle, RTarget, RResult, RSpent, RStatus, RProblems, RSuggestions, RCancel };

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

QWidget* PlanDialog::roundTab()
{
    auto* page = new QWidget(this);
    m_round = new QComboBox(page);
    for (int r : rounds())
        m_round->addItem(tr("%1 months").arg(r), r);
    m_roundInfo = new QLabel(page);
    m_roundTable = new QTableWidget(0, RCancel + 1, page);
    m_roundTable->setHorizontalHeaderLabels({ tr("No."), tr("Activity"), tr("KPI and target"), tr("Result to date"),
                                              tr("Budget spent"), tr("Status"), tr("Problems"), tr("Suggestions"),
                                              tr("Reason cancelled") });
    m_roundTable->verticalHeader()->hide();
    m_roundTable->setWordWrap(true);
    connect(m_roundTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling)
            m_dirtyRows.insert(item->row());
    });
    m_chart = new BarChart(page);
    m_chart->setScale(100, QStringLiteral("%"));
    m_chart->setMinimumWidth(320);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    auto* save = new QPushButton(tr("&Save the round"), page);
    auto* import = new QPushButton(tr("&Import from CSV…"), page);
    auto* evidence = new QPushButton(tr("&Evidence…"), page);
    auto* lock = new QPushButton(tr("&Lock the round…"), page);
    auto* print = new QPushButton(tr("Print the &report…"), page);
    auto* due = new QPushButton(tr("Change the &due date…"), page);
    connect(due, &QPushButton::clicked, this, [this] {
        if (!m_plan)
            return;
        const int round = m_round->currentData().toInt();
        auto* dialog = new DecisionDialog(
            tr("Due date"), tr("The day the %1-month report is due.").arg(round),
            { { QStringLiteral("due"), tr("Due on the date below") } },
            [this, round](const QString&, const QString&, QDate date, const QString&) {
                PlanStore store(m_db);
                if (!store.setRoundDue(m_plan->fiscalYear, round, date))
                    return store.errorString();
                reload();
                return QString();
            },
            this);
        dialog->dateEdit()->setText(calendar::formatThaiDate(m_plan->round(round).due, calendar::DateStyle::Numeric));
        openDialog(dialog);
    });
    connect(save, &QPushButton::clicked, this, &PlanDialog::saveRoundClicked);
    connect(import, &QPushButton::clicked, this, &PlanDialog::importRound);
    connect(evidence, &QPushButton::clicked, this, &PlanDialog::attachEvidence);
    connect(lock, &QPushButton::clicked, this, &PlanDialog::lockRound);
    connect(print, &QPushButton::clicked, this, [this] { this->print(QStringLiteral("round")); });
    QToolButton* exportRound = exportButton(page, { QStringLiteral("xlsx"), QStringLiteral("csv") },
                                            [this](const QString& f) { chooseExport(QStringLiteral("round"), f); });
    auto* top = new QHBoxLayout;
    auto* roundLabel = new QLabel(tr("&Round"), page);
    roundLabel->setBuddy(m_round);
    top->addWidget(roundLabel);
    top->addWidget(m_round);
    top->addWidget(m_roundInfo, 1);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { save, import, evidence, lock, due, print })
        buttons->addWidget(b);
    buttons->addWidget(exportRound);
    buttons->addStretch();
    auto* side = new QWidget(page);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Activities done, per measure"), side));
    sideLayout->addWidget(m_chart);
    sideLayout->addWidget(m_summary);
    sideLayout->addStretch();
    auto* split = new QSplitter(page);
    split->addWidget(m_roundTable);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(split, 1);
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

void PlanDialog::fillRound()
{
    m_filling = true;
    m_dirtyRows.clear();
    m_roundTable->setRowCount(0);
    const int round = m_round->currentData().toInt();
    if (!m_plan) {
        m_roundInfo->clear();
        m_chart->setBreakdown({});
        m_summary->clear();
        m_filling = false;
        return;
    }
    const RoundInfo info = m_plan->round(round);
    m_roundInfo->setText(info.locked() ? tr("Due %1 — locked on %2 by %3; changes need an administrator and are logged")
                                             .arg(calendar::formatThaiDate(info.due),
                                                  calendar::formatThaiDateTime(*info.lockedAt), info.lockedBy)
                                       : tr("Due %1; results are cumulative to %2")
                                             .arg(calendar::formatThaiDate(info.due),
                                                  calendar::formatThaiDate(roundEnd(m_plan->fiscalYear, round))));
    const PlanStanding s = standingAt(round);
    m_roundTable->setRowCount(int(s.activities.size()));
    for (int row = 0; row < s.activities.size(); ++row) {
        const ActivityStanding& st = s.activities[row];
        const Activity& a = *st.activity;
        const Progress& p = st.progress;
        const auto cell = [&](int column, const QString& text, bool editable) {
            auto* item = new QTableWidgetItem(text);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_roundTable->setItem(row, column, item);
            return item;
        };
        cell(RCode, a.code(), false)->setData(Qt::UserRole, a.id);
        cell(RTitle, a.title, false);
        cell(RTarget, QStringLiteral("%1: %2 %3").arg(a.kpi.name).arg(a.kpi.target, 0, 'g', 10).arg(a.kpi.unit), false);
        const bool computed = !a.kpi.source.isEmpty();
        auto* result = cell(RResult, p.result ? QString::number(*p.result, 'g', 10) : QString(),
                            !computed && a.kpi.kind != QLatin1String("done"));
        if (computed)
            result->setToolTip(tr("Computed from Sujarit's own data"));
        cell(RSpent, p.spentSatang ? text::formatBaht(*p.spentSatang) : QString(), a.budgetSatang.has_value());
        cell(RProblems, p.problems, true);
        cell(RSuggestions, p.suggestions, true);
        cell(RCancel, p.cancelReason, true);
        auto* status = new QComboBox(m_roundTable);
        for (const Term& t : statuses())
            status->addItem(t.label, t.code);
        status->setCurrentIndex(status->findData(p.status));
        connect(status, &QComboBox::currentIndexChanged, this, [this, row] {
            if (!m_filling)
                m_dirtyRows.insert(row);
        });
        m_roundTable->setCellWidget(row, RStatus, status);
        if (p.carried)
            for (int c : { RResult, RSpent })
                m_roundTable->item(row, c)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_roundTable->resizeColumnsToContents();
    for (int c = 0; c < m_roundTable->columnCount(); ++c)
        m_roundTable->setColumnWidth(c,
                                     std::min(m_roundTable->columnWidth(c),
                                              c == RTitle        ? 220
                                                  : c == RTarget ? 150
                                                                 : 130));
    m_roundTable->resizeRowsToContents();

    reports::Breakdown chart;
    for (const Measure& m : m_plan->measures)
        chart.rows.append({ QString::number(m.number), tr("Measure %1").arg(m.number),
                            int(std::lround(s.byMeasure.value(m.number).donePercent())) });
    chart.rows.append({ QStringLiteral("all"), tr("Whole plan"), int(std::lround(s.overall.donePercent())) });
    m_chart->setBreakdown(chart);
    m_chart->setMaximumHeight(int(chart.rows.size()) * (fontMetrics().height() + 14) + 16);
    m_summary->setText(
        tr("%1 of %2 activities done (%3%), %4 KPIs met (%5%); budget spent %6 of %7 baht.")
            .arg(s.overall.done)
            .arg(s.overall.planned)
            .arg(s.overall.donePercent(), 0, 'f', 2)
            .arg(s.overall.kpiMet)
            .arg(s.overall.kpiPercent(), 0, 'f', 2)
            .arg(text::formatBaht(s.overall.budgetSpentSatang), text::formatBaht(s.overall.budgetPlannedSatang)));
    m_filling = false;
}

void PlanDialog::setRowStatus(int row, const QString& status)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_roundTable->cellWidget(row, RStatus)))
        combo->setCurrentIndex(combo->findData(status));
}

bool PlanDialog::saveRound(const std::optional<Override>& override)
{
    if (!m_plan)
        return false;
    const int round = m_round->currentData().toInt();
    QList<ProgressEntry> entries;
    QStringList places;
    QList<int> rows = m_dirtyRows.values();
    std::sort(rows.begin(), rows.end());
    for (int row : rows) {
        const qint64 id = m_roundTable->item(row, RCode)->data(Qt::UserRole).toLongLong();
        const Activity* a = m_plan->activity(id);
        Progress p;
        p.round = round;
        const QString where = tr("activity %1").arg(a->code());
        if (const QString result
            = text::toArabicDigits(m_roundTable->item(row, RResult)->text()).remove(u',').remove(u'%').trimmed();
            !result.isEmpty() && a->kpi.source.isEmpty()) {
            bool ok = false;
            p.result = result.toDouble(&ok);
            if (!ok) {
                showMessage(tr("%1: result: “%2” is not a number; nothing was saved").arg(where, result), true);
                return false;
            }
        }
        if (const QString spent = m_roundTable->item(row, RSpent)->text().trimmed(); !spent.isEmpty()) {
            p.spentSatang = text::parseBaht(spent);
            if (!p.spentSatang) {
                showMessage(tr("%1: budget spent: “%2” is not an amount in baht; nothing was saved").arg(where, spent),
                            true);
                return false;
            }
        }
        p.status = qobject_cast<QComboBox*>(m_roundTable->cellWidget(row, RStatus))->currentData().toString();
        p.problems = m_roundTable->item(row, RProblems)->text();
        p.suggestions = m_roundTable->item(row, RSuggestions)->text();
        p.cancelReason = m_roundTable->item(row, RCancel)->text();
        entries.append({ id, p });
        places << where;
    }
    if (entries.isEmpty()) {
        showMessage(tr("Nothing was changed in this round."), false);
        return true;
    }
    PlanStore store(m_db);
    if (!store.recordProgress(m_plan->fiscalYear, round, entries, places, override)) {
        showMessage(store.errorString() + tr("; nothing was saved"), true);
        return false;
    }
    reload();
    showMessage(tr("Saved %n activit(y/ies) of the %1-month round.", nullptr, int(entries.size())).arg(round), false);
    return true;
}

void PlanDialog::saveRoundClicked()
{
    if (!m_plan)
        return;
    if (!m_plan->round(m_round->currentData().toInt()).locked()) {
        saveRound();
        return;
    }
    auto* dialog = new DecisionDialog(
        tr("Change a locked round"),
        tr("The round is locked. Name the administrator who allows the change and say why; both are logged."),
        { { QStringLiteral("override"), tr("Change the locked round") } },
        [this](const QString& by, const QString&, QDate, const QString& reason) {
            return saveRound(Override { by, reason }) ? QString() : messageText();
        },
        this);
    openDialog(dialog);
}

void PlanDialog::lockRound()
{
    if (!m_plan)
        return;
    const int round = m_round->currentData().toInt();
    auto* dialog = new DecisionDialog(
        tr("Lock the round"),
        tr("Lock the %1-month round once its report is submitted. Later changes need an administrator.").arg(round),
        { { QStringLiteral("lock"), tr("Submitted: lock the round") } },
        [this, round](const QString& by, const QString&, QDate, const QString&) {
            PlanStore store(m_db);
            if (!store.lockRound(m_plan->fiscalYear, round, by))
                return store.errorString();
            reload();
            return QString();
        },
        this);
    openDialog(dialog);
}

void PlanDialog::importRound()
{
    if (!m_plan)
        return;
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import a round's results"), QString(), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    PlanStore store(m_db);
    int count = 0;
    if (!store.importRound(m_plan->fiscalYear, m_round->currentData().toInt(), file.readAll(),
                           QFileInfo(path).fileName(), std::nullopt, &count)) {
        showMessage(store.errorString() + tr("; nothing was recorded"), true);
        return;
    }
    reload();
    showMessage(tr("Recorded %n activit(y/ies) from %1.", nullptr, count).arg(QFileInfo(path).fileName()), false);
}

void PlanDialog::attachEvidence()
{
    const int row = m_roundTable->currentRow();
    if (!m_plan || row < 0) {
        showMessage(tr("Choose an activity in the round first."), true);
        return;
    }
    const qint64 id = m_roundTable->item(row, RCode)->data(Qt::UserRole).toLongLong();
    const plan::Activity* activity = m_plan->activity(id);
    EvidenceDialog dialog(m_db, m_plan->fiscalYear, id, m_round->currentData().toInt(),
                          activity ? activity->code() + QStringLiteral(" ") + activity->title : QString(), this);
    dialog.exec();
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
    if (QMessageBox::question(this, tr("Remove"), tr("Remove activity %1 “%2” from the plan?").arg(a->code(), a->title))
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
        QMessageBox::warning(this, tr("Print"), tr("The office profile lacks its name; set it in Settings first."));
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
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested,
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
