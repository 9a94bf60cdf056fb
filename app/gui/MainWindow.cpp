// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"
#include "Ask.h"

#include "HomePanel.h"
#include "IntakeDialog.h"
#include "SettingsDialog.h"
#include "StatisticsDialog.h"
#include "storage/Audit.h"
#include "ConflictsDialog.h"
#include "DailyBackup.h"
#include "PlanDialog.h"
#include "StepDialog.h"
#include "RegisterModel.h"

#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "complaints/Attachments.h"
#include "complaints/Codes.h"
#include "complaints/Deadlines.h"
#include "complaints/HolidayTable.h"
#include "complaints/Workflow.h"
#include "office/OfficeProfile.h"
#include "Labels.h"
#include "AuditTrailDialog.h"
#include "IdleLock.h"
#include "SignInDialog.h"
#include "UsersDialog.h"
#include "users/UserStore.h"
#include "complaints/ComplaintAccess.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QUrl>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>

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

    m_ui->searchEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 16);
    for (QComboBox* combo : {m_ui->stepCombo, m_ui->channelCombo, m_ui->categoryCombo})
        combo->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 14);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_ui->stepCombo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_ui->overdueCheck, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_ui->mineCheck, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(m_ui->backupAction, &QAction::triggered, this, &MainWindow::chooseBackupFile);
    connect(m_ui->restoreAction, &QAction::triggered, this, &MainWindow::chooseRestoreFile);
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
        if (m_currentId <= 0)
            return;
        AuditTrailDialog dialog(m_db, m_currentId, this, m_revealedId == m_currentId ? m_revealReason : QString());
        dialog.exec();
    });
    connect(m_ui->revealButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = Ask::text(
            this, tr("Show the complainant"),
            tr("The complainant's identity is secret. Why do you need it? (This goes into the case's trail.)"),
            QLineEdit::Normal, {}, &ok);
        if (ok)
            revealComplainant(reason);
    });
    m_idle = new IdleLock(this);
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);
    m_idle->setMinutes(m_db.setting(QStringLiteral("idle_lock_minutes"), QStringLiteral("10")).toInt());
    connect(m_ui->registerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedCase);
    connect(m_model, &RegisterModel::refreshed, this, &MainWindow::updateStatus);
    connect(m_ui->newComplaintAction, &QAction::triggered, this, &MainWindow::newComplaint);
    connect(m_ui->attachButton, &QPushButton::clicked, this, [this] {
        const QString path = Ask::openFileName(this, tr("Attach a scan"), QString(),
                                               tr("Scans and photos (*.pdf *.jpg *.jpeg *.png)"));
        if (!path.isEmpty())
            attachFile(path);
    });
    connect(m_ui->openAttachmentButton, &QPushButton::clicked, this, &MainWindow::openAttachment);
    connect(m_ui->attachmentList, &QListWidget::itemActivated, this, &MainWindow::openAttachment);
    connect(m_ui->recordStepAction, &QAction::triggered, this, &MainWindow::recordStep);
    connect(m_ui->registerView, &QAbstractItemView::doubleClicked, this, &MainWindow::recordStep);
    connect(m_ui->printFormAction, &QAction::triggered, this, [this] { printCaseDocument(CaseDocument::Form); });
    connect(m_ui->printReceiptAction, &QAction::triggered, this, [this] { printCaseDocument(CaseDocument::Receipt); });
    connect(m_ui->printAcknowledgementAction, &QAction::triggered, this, [this] { printCaseDocument(CaseDocument::Acknowledgement); });
    connect(m_ui->printResultAction, &QAction::triggered, this, [this] { printCaseDocument(CaseDocument::Result); });
    connect(m_ui->printBlankFormAction, &QAction::triggered, this, [this] { printCaseDocument(CaseDocument::BlankForm); });
    connect(m_ui->printRegisterAction, &QAction::triggered, this, [this] { printRegister(false); });
    connect(m_ui->printCirculationAction, &QAction::triggered, this, [this] { printRegister(true); });
    connect(m_ui->printQuarterlyAction, &QAction::triggered, this, &MainWindow::printQuarterly);
    connect(m_ui->planAction, &QAction::triggered, this, [this] {
        PlanDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(m_ui->conflictsAction, &QAction::triggered, this, [this] {
        ConflictsDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(m_ui->statisticsAction, &QAction::triggered, this, [this] {
        const QVariant y = m_ui->yearCombo->currentData();
        StatisticsDialog dialog(m_db, this, y.isValid() ? std::optional<int>(y.toInt()) : std::nullopt);
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
    fillFilters();
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

void MainWindow::fillFilters()
{
    const QVariant year = m_ui->yearCombo->currentData();
    const QVariant step = m_ui->stepCombo->currentData();
    const QSignalBlocker b1(m_ui->yearCombo), b2(m_ui->stepCombo);
    m_ui->yearCombo->clear();
    m_ui->yearCombo->addItem(tr("All years"), QVariant());
    QList<int> years = ComplaintRepository(m_db).fiscalYears();
    const int current = calendar::fiscalYearOf(calendar::now().date());
    if (!years.contains(current))
        years.prepend(current);
    for (int y : years)
        m_ui->yearCombo->addItem(QString::number(y), y);
    m_ui->yearCombo->setCurrentIndex(std::max(0, m_ui->yearCombo->findData(year)));

    m_ui->stepCombo->clear();
    m_ui->stepCombo->addItem(tr("All steps"), QString());
    for (const Code& c : steps())
        m_ui->stepCombo->addItem(label(c), c.code);
    m_ui->stepCombo->setCurrentIndex(std::max(0, m_ui->stepCombo->findData(step)));
    if (m_ui->channelCombo->count() == 0) {
        m_ui->channelCombo->addItem(tr("All channels"), QString());
        for (const Code& c : channels())
            m_ui->channelCombo->addItem(label(c), c.code);
        m_ui->categoryCombo->addItem(tr("All categories"), QString());
        for (const Code& c : categories())
            m_ui->categoryCombo->addItem(label(c), c.code);
    }
}

void MainWindow::applyFilter()
{
    ComplaintFilter f;
    f.sort = m_model->filter().sort;
    f.descending = m_model->filter().descending;
    if (const QVariant y = m_ui->yearCombo->currentData(); y.isValid())
        f.fiscalYear = y.toInt();
    f.status = m_ui->stepCombo->currentData().toString();
    f.channel = m_ui->channelCombo->currentData().toString();
    f.category = m_ui->categoryCombo->currentData().toString();
    f.overdueOnly = m_ui->overdueCheck->isChecked();
    if (!m_ui->mineCheck->isHidden() && m_ui->mineCheck->isChecked())
        f.assignedUnit = m_db.session().division;
    f.search = m_ui->searchEdit->text();
    m_model->setFilter(f);
    showSelectedCase();
}

void MainWindow::refresh()
{
    fillFilters();
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
    const auto row = m_model->summary(m_ui->registerView->currentIndex().row());
    if (!row) {
        m_currentId = 0;
        showAttachments();
        m_ui->caseView->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                                    .arg(tr("Select a complaint to see its case file.").toHtmlEscaped()));
        updatePrintActions();
        return;
    }
    showCase(row->id);
}

void MainWindow::showCase(qint64 id)
{
    ComplaintRepository repo(m_db);
    if (id == m_revealedId)
        repo.setRevealReason(m_revealReason);
    const auto c = repo.findById(id);
    if (!c) {
        m_ui->caseView->setPlainText(repo.errorString());
        return;
    }
    if (id != m_revealedId) { // another case: its complainant stays hidden until asked for again
        m_revealedId = 0;
        m_revealReason.clear();
    }
    m_currentId = c->id;
    m_currentAnonymous = c->anonymous;
    m_currentHidden = c->identityHidden;
    m_currentRevealable = c->identityHidden && access::maySeeIdentity(m_db.session(), caseAccess(*c));
    updatePrintActions();
    showAttachments();
    auto esc = [](const QString& s) { return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")); };
    QString html = QStringLiteral("<h3>%1 %2</h3><table cellspacing=4>").arg(esc(c->receipt.toString()), esc(c->subject));
    auto line = [&](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    line(tr("Received"), calendar::formatThaiDateTime(c->receivedAt));
    line(tr("Channel"), label(channels(), c->channel));
    line(tr("Category"), label(categories(), c->category));
    line(tr("Complainant"), c->anonymous ? tr("Anonymous") : (c->complainant.title + u' ' + c->complainant.name).trimmed());
    if (!c->anonymous) {
        line(tr("Address"), c->complainant.address);
        line(tr("Phone"), c->complainant.phone);
    }
    line(tr("Allegation"), c->details);
    line(tr("Requested action"), c->requestedAction);
    line(tr("Accused"), QStringList({c->accused.name, c->accused.position, c->accused.unit}).join(QStringLiteral("  ")));
    line(tr("Step"), stepLabel(c->status));
    HolidayTable table(m_db);
    const auto cal = table.workingCalendar();
    const QDate today = calendar::now().date();
    QString provisional; // said once, for the first deadline in a year the Cabinet has not announced
    for (const Deadline& d : runningDeadlines(*c, table.deadlineRules(), cal)) {
        const int left = cal.workingDaysBetween(today, d.due);
        line(clockName(d.clock), d.due < today
                 ? tr("%1 — overdue by %n working day(s)", nullptr, -left).arg(calendar::formatThaiDate(d.due))
                 : tr("%1 — %n working day(s) left", nullptr, left).arg(calendar::formatThaiDate(d.due)));
        if (provisional.isEmpty())
            provisional = table.provisionalNote(d.due);
    }
    line(tr("Note"), provisional);
    html += QStringLiteral("</table><p><b>%1</b></p><ul>").arg(esc(tr("History")));
    for (const StepEvent& e : c->history)
        html += QStringLiteral("<li>%1 — %2%3%4</li>")
                    .arg(esc(calendar::formatThaiDateTime(e.at, calendar::DateStyle::Abbreviated)),
                         esc(stepLabel(e.step)), e.by.isEmpty() ? QString() : esc(QStringLiteral(" (") + e.by + u')'),
                         e.note.isEmpty() ? QString() : esc(QStringLiteral(": ") + e.note));
    html += QStringLiteral("</ul>");
    m_ui->caseView->setHtml(html);
}

void MainWindow::updatePrintActions()
{
    for (QAction* a : {m_ui->printFormAction, m_ui->printReceiptAction, m_ui->recordStepAction})
        a->setEnabled(m_currentId > 0);
    for (QAction* a : {m_ui->printAcknowledgementAction, m_ui->printResultAction})
        a->setEnabled(m_currentId > 0 && !m_currentAnonymous);
    m_ui->caseTrailAction->setEnabled(m_currentId > 0);
    m_ui->revealButton->setVisible(m_currentRevealable);
}

void MainWindow::showAttachments()
{
    m_ui->attachmentList->clear();
    m_ui->attachButton->setEnabled(m_currentId > 0);
    if (m_currentId <= 0) {
        m_ui->openAttachmentButton->setEnabled(false);
        return;
    }
    complaints::Attachments files(m_db);
    for (const complaints::Attachment& a : files.list(m_currentId).value_or(QList<complaints::Attachment>())) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2 KB)").arg(a.fileName, QString::number((a.size + 1023) / 1024)),
                                         m_ui->attachmentList);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.fileName);
    }
    m_ui->openAttachmentButton->setEnabled(m_ui->attachmentList->count() > 0);
}

bool MainWindow::attachFile(const QString& path)
{
    if (m_currentId <= 0)
        return false;
    QString error;
    const auto bytes = storage::readBounded(path, complaints::Attachments::MaxSize, &error);
    if (!bytes) {
        Ask::warning(this, tr("Attach a scan"), error);
        return false;
    }
    complaints::Attachments files(m_db);
    if (!files.add(m_currentId, path, *bytes, QSettings().value(QStringLiteral("steps/by")).toString(),
                   calendar::now())) {
        Ask::warning(this, tr("Attach a scan"), files.errorString());
        return false;
    }
    showAttachments();
    return true;
}

void MainWindow::openAttachment()
{
    const QListWidgetItem* item = m_ui->attachmentList->currentItem();
    if (!item && m_ui->attachmentList->count() > 0)
        item = m_ui->attachmentList->item(0);
    if (!item)
        return;
    complaints::Attachments files(m_db);
    const auto data = files.data(item->data(Qt::UserRole).toLongLong());
    if (!data) {
        Ask::warning(this, tr("Open"), files.errorString());
        return;
    }
    // The system viewer opens a copy in a private temporary folder, removed when Sujarit closes.
    if (!m_attachmentDir)
        m_attachmentDir = std::make_unique<QTemporaryDir>();
    const QString path = m_attachmentDir->filePath(QStringLiteral("%1-%2")
                                                       .arg(item->data(Qt::UserRole).toLongLong())
                                                       .arg(item->data(Qt::UserRole + 1).toString()));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size()) {
        Ask::warning(this, tr("Open"), tr("Cannot write %1: %2").arg(path, out.errorString()));
        return;
    }
    out.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
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
    if (m_currentId <= 0)
        return;
    ComplaintRepository repo(m_db);
    const auto c = repo.findById(m_currentId);
    if (!c) {
        Ask::warning(this, tr("Record a step"), repo.errorString());
        return;
    }
    StepDialog dialog(m_db, *c, this);
    if (dialog.exec() == QDialog::Accepted) {
        const qint64 id = m_currentId;
        m_model->refresh();
        m_home->refresh();
        showCase(id);
    }
}

} // namespace sujarit::gui
