// SPDX-License-Identifier: GPL-3.0-or-later
// The plan screen's round view (6, 9 and 12 months): results, budget spent, status, problems and suggestions per
// activity, saved or imported, locked, with each activity's evidence; the plan tree is in PlanDialog.cpp.
#include "EvidenceDialog.h"
#include "Ask.h"
#include "PlanDialog.h"

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
#include "storage/SafeFile.h"

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
enum RoundColumn { RCode, RTitle, RTarget, RResult, RSpent, RStatus, RProblems, RSuggestions, RCancel };
} // namespace

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
        cell(RTarget, QStringLiteral("%1: %2 %3").arg(a.kpi.name, QString::number(a.kpi.target, 'g', 10), a.kpi.unit), false);
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
        = Ask::openFileName(this, tr("Import a round's results"), QString(), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto bytes = storage::readBounded(path, 64 * 1024 * 1024, &error);
    if (!bytes) {
        showMessage(error, true);
        return;
    }
    PlanStore store(m_db);
    int count = 0;
    if (!store.importRound(m_plan->fiscalYear, m_round->currentData().toInt(), *bytes,
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

} // namespace sujarit::gui
