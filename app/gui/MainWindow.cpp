// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Ask.h"
#include "AuditTrailDialog.h"
#include "BackupMenu.h"
#include "CaseView.h"
#include "ConflictsDialog.h"
#include "DailyBackup.h"
#include "FilterBar.h"
#include "HomePanel.h"
#include "IdleLock.h"
#include "IntakeDialog.h"
#include "Labels.h"
#include "PlanDialog.h"
#include "RiskDialog.h"
#include "AnnouncementsDialog.h"
#include "PrintMenu.h"
#include "RegisterModel.h"
#include "SettingsDialog.h"
#include "CommitteeDialog.h"
#include "MoralDialog.h"
#include "ItaDialog.h"
#include "StatisticsDialog.h"
#include "StepDialog.h"
#include "UsersDialog.h"

#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "complaints/ComplaintRepository.h"
#include "storage/Database.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace sujarit::gui {

using namespace complaints;

MainWindow::MainWindow(storage::Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(db)
{
    m_ui->setupUi(this);
    m_model = new RegisterModel(db, this);
    m_home = new HomePanel(db, this);
    auto* dock = new QDockWidget(tr("Today"), this);
    dock->setObjectName(QStringLiteral("homeDock"));
    dock->setWidget(m_home);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_home->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 22);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_home, &HomePanel::caseChosen, this, &MainWindow::showCase);
    connect(m_home, &HomePanel::holidaysWanted, this, [this](int buddhistYear) {
        SettingsDialog dialog(m_db, this);
        dialog.showHolidaysOf(buddhistYear);
        dialog.exec();
        refresh();
    });
    m_ui->registerView->setModel(m_model);
    m_ui->registerView->verticalHeader()->hide();
    m_ui->registerView->setSortingEnabled(true);
    m_ui->registerView->sortByColumn(RegisterModel::Received, Qt::AscendingOrder);
    m_ui->registerView->horizontalHeader()->setStretchLastSection(false);
    m_ui->registerView->horizontalHeader()->setSectionResizeMode(RegisterModel::Subject, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_filters = new FilterBar(db,
                              {m_ui->yearCombo, m_ui->stepCombo, m_ui->channelCombo, m_ui->categoryCombo,
                               m_ui->overdueCheck, m_ui->mineCheck, m_ui->searchEdit},
                              this);
    connect(m_filters, &FilterBar::changed, this, &MainWindow::applyFilter);
    m_case = new CaseView(db,
                          {m_ui->caseView, m_ui->attachmentList, m_ui->attachButton, m_ui->openAttachmentButton,
                           m_ui->revealButton},
                          this);
    connect(m_case, &CaseView::currentChanged, this, &MainWindow::updatePrintActions);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(m_ui->settingsAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(m_db, this);
        dialog.exec();
        refresh(); // holidays and rules change deadlines
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->usersAction, &QAction::triggered, this, [this] {
        UsersDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(m_ui->passwordAction, &QAction::triggered, this, &MainWindow::changeOwnPassword);
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->caseTrailAction, &QAction::triggered, this, [this] {
        if (m_case->currentId() <= 0)
            return;
        AuditTrailDialog dialog(m_db, m_case->currentId(), this, m_case->revealReason());
        dialog.exec();
    });
    m_idle = new IdleLock(this);
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);
    m_idle->setMinutes(m_db.setting(QStringLiteral("idle_lock_minutes"), QStringLiteral("10")).toInt());
    connect(m_ui->registerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedCase);
    connect(m_model, &RegisterModel::refreshed, this, &MainWindow::updateStatus);
    connect(m_ui->newComplaintAction, &QAction::triggered, this, &MainWindow::newComplaint);
    connect(m_ui->recordStepAction, &QAction::triggered, this, &MainWindow::recordStep);
    connect(m_ui->registerView, &QAbstractItemView::doubleClicked, this, &MainWindow::recordStep);
    m_print = new PrintMenu(db, this);
    const auto printCase = [this](CaseDocument document) { m_print->printCase(m_case->currentId(), document); };
    connect(m_ui->printFormAction, &QAction::triggered, this, [=] { printCase(CaseDocument::Form); });
    connect(m_ui->printReceiptAction, &QAction::triggered, this, [=] { printCase(CaseDocument::Receipt); });
    connect(m_ui->printAcknowledgementAction, &QAction::triggered, this,
            [=] { printCase(CaseDocument::Acknowledgement); });
    connect(m_ui->printResultAction, &QAction::triggered, this, [=] { printCase(CaseDocument::Result); });
    connect(m_ui->printBlankFormAction, &QAction::triggered, this, [=] { printCase(CaseDocument::BlankForm); });
    connect(m_ui->printRegisterAction, &QAction::triggered, this,
            [this] { m_print->printRegister(shownFiscalYear(), false); });
    connect(m_ui->printCirculationAction, &QAction::triggered, this,
            [this] { m_print->printRegister(shownFiscalYear(), true); });
    connect(m_ui->printQuarterlyAction, &QAction::triggered, this,
            [this] { m_print->printQuarterly(shownFiscalYear()); });
    connect(m_ui->printMonthlyAction, &QAction::triggered, this, [this] { m_print->printMonthly(); });
    connect(m_ui->planAction, &QAction::triggered, this, [this] {
        PlanDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(m_ui->risksAction, &QAction::triggered, this, [this] {
        RiskDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(m_ui->announcementsAction, &QAction::triggered, this, [this] {
        AnnouncementsDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(m_ui->committeeAction, &QAction::triggered, this, [this] {
        CommitteeDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(m_ui->moralAction, &QAction::triggered, this, [this] {
        MoralDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(m_ui->conflictsAction, &QAction::triggered, this, [this] {
        ConflictsDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(m_ui->statisticsAction, &QAction::triggered, this, [this] {
        StatisticsDialog dialog(m_db, this, m_filters->fiscalYear());
        dialog.exec();
    });
    connect(m_ui->itaAction, &QAction::triggered, this, [this] {
        ItaDialog dialog(m_db, this);
        dialog.exec();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    const QByteArray header = settings.value(QStringLiteral("mainWindow/registerHeader")).toByteArray();

    auto* who = new QLabel(tr("Signed in: %1").arg(m_db.session().signedIn() ? m_db.session().describe() : tr("nobody")), this);
    who->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(who);
    m_backupFailed = errorLabel(this);
    m_backupFailed->setObjectName(QStringLiteral("backupFailedLabel"));
    m_backupFailed->setWordWrap(false);
    m_backupFailed->hide();
    statusBar()->addPermanentWidget(m_backupFailed);
    m_dailyBackup = new DailyBackup(this);
    m_backup = new BackupMenu(db, m_dailyBackup, this);
    connect(m_backup, &BackupMenu::reopened, this, &MainWindow::refresh);
    connect(m_ui->backupAction, &QAction::triggered, m_backup, &BackupMenu::chooseBackupFile);
    connect(m_ui->restoreAction, &QAction::triggered, m_backup, &BackupMenu::chooseRestoreFile);
    connect(m_dailyBackup, &DailyBackup::written, this, [this](const QString& path) {
        m_backupFailed->hide();
        if (path.isEmpty()) { // today's was there already
            updateStatus();
            return;
        }
        statusBar()->showMessage(tr("Today's backup: %1").arg(path));
        QTimer::singleShot(10000, this, &MainWindow::updateStatus); // then the register's count again
    });
    connect(m_dailyBackup, &DailyBackup::failed, this, [this](const QString& error) {
        m_backupFailed->setText(tr("Today's backup failed"));
        m_backupFailed->setToolTip(error);
        m_backupFailed->show();
        statusBar()->showMessage(tr("The daily backup failed: %1").arg(error));
    });
    applyRoles();
    if (!access::allows(m_db.session(), access::Permission::ViewRegister)) {
        showReportsOnly(dock);
        return;
    }
    m_filters->fill();
    applyFilter();
    if (header.isEmpty() || !m_ui->registerView->horizontalHeader()->restoreState(header)) {
        // First run: fit the columns to what the first page holds; the subject takes the rest.
        m_ui->registerView->resizeColumnsToContents();
        const int cap = fontMetrics().horizontalAdvance(QStringLiteral("M")) * 11;
        for (int c = 0; c < RegisterModel::ColumnCount; ++c)
            if (c != RegisterModel::Subject)
                m_ui->registerView->setColumnWidth(c, std::min(m_ui->registerView->columnWidth(c), cap));
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    if (m_reportsOnly) { // the register's layout stays as its users left it
        event->accept();
        return;
    }
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/registerHeader"), m_ui->registerView->horizontalHeader()->saveState());
    event->accept();
}

void MainWindow::applyFilter()
{
    m_model->setFilter(m_filters->filter(m_model->filter()));
    showSelectedCase();
}

void MainWindow::refresh()
{
    m_filters->fill();
    m_model->refresh();
    m_home->refresh();
}

void MainWindow::updateStatus()
{
    if (!m_model->errorString().isEmpty()) {
        statusBar()->showMessage(m_model->errorString());
        return;
    }
    statusBar()->showMessage(tr("%n complaint(s) — %1", nullptr, m_model->totalCount()).arg(m_db.path()));
}

void MainWindow::showSelectedCase()
{
    if (const auto row = m_model->summary(m_ui->registerView->currentIndex().row()))
        m_case->show(row->id);
    else
        m_case->clear();
}

void MainWindow::showCase(qint64 id) { m_case->show(id); }

int MainWindow::shownFiscalYear() const
{
    return m_model->filter().fiscalYear.value_or(calendar::fiscalYearOf(calendar::now().date()));
}

bool MainWindow::backUpTo(const QString& path, QString* error) { return m_backup->backUpTo(path, error); }

bool MainWindow::restoreFrom(const QString& backup, QString* aside, QString* error)
{
    return m_backup->restoreFrom(backup, aside, error);
}

bool MainWindow::attachFile(const QString& path) { return m_case->attachFile(path); }

void MainWindow::revealComplainant(const QString& reason) { m_case->reveal(reason); }

void MainWindow::updatePrintActions()
{
    const bool shown = m_case->currentId() > 0;
    for (QAction* a : {m_ui->printFormAction, m_ui->printReceiptAction, m_ui->recordStepAction})
        a->setEnabled(shown);
    for (QAction* a : {m_ui->printAcknowledgementAction, m_ui->printResultAction})
        a->setEnabled(shown && !m_case->currentAnonymous());
    m_ui->caseTrailAction->setEnabled(shown);
}

void MainWindow::newComplaint()
{
    IntakeDialog dialog(m_db, this);
    dialog.exec();
    if (dialog.saved().receipt.isValid()) {
        refresh();
        showCase(dialog.saved().id);
    }
}

void MainWindow::recordStep()
{
    if (m_case->currentId() <= 0)
        return;
    ComplaintRepository repo(m_db);
    const auto c = repo.findById(m_case->currentId());
    if (!c) {
        Ask::warning(this, tr("Record a step"), repo.errorString());
        return;
    }
    StepDialog dialog(m_db, *c, this);
    if (dialog.exec() == QDialog::Accepted) {
        const qint64 id = m_case->currentId();
        m_model->refresh();
        m_home->refresh();
        showCase(id);
    }
}

} // namespace sujarit::gui
