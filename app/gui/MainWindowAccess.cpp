// SPDX-License-Identifier: GPL-3.0-or-later
// The main window and the signed-in user: what the role shows, the lock of an idle session, the user's own password,
// and the reports-only window of a role that sees no register.
#include "MainWindow.h"
#include "ui_MainWindow.h"
#include "Ask.h"

#include "HomePanel.h"
#include "IdleLock.h"
#include "SignInDialog.h"

#include "users/UserStore.h"
#include "storage/Database.h"

#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sujarit::gui {

void MainWindow::lock()
{
    m_idle->pause();
    QList<QWidget*> hidden = { centralWidget() };
    if (!m_reportsOnly)
        hidden << m_home->parentWidget();
    for (QWidget* w : hidden)
        w->setVisible(false);
    SignInDialog dialog(m_db, SignInDialog::Mode::Unlock, this);
    if (dialog.exec() != QDialog::Accepted) {
        close();
        return;
    }
    for (QWidget* w : hidden)
        w->setVisible(true);
    applyRoles(); // the unlock read the user again: roles changed meanwhile count from now
    m_idle->start();
}

void MainWindow::changeOwnPassword()
{
    bool ok = false;
    const QString current
        = Ask::text(this, tr("Change my password"), tr("Current password:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString fresh = Ask::text(
        this, tr("Change my password"), tr("New password (8 characters or more):"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString again = Ask::text(this, tr("Change my password"), tr("The new password again:"),
                                    QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (fresh != again) {
        Ask::warning(this, tr("Change my password"), tr("The two passwords differ; nothing was changed."));
        return;
    }
    users::UserStore users(m_db);
    if (!users.confirmPassword(current)) { // checked like a sign-in: audited, and slowed after wrong tries
        Ask::warning(this, tr("Change my password"), users.errorString() + tr("; nothing was changed."));
        return;
    }
    if (!users.setPassword(m_db.session().user, fresh, current))
        Ask::warning(this, tr("Change my password"), users.errorString());
    else
        Ask::information(this, tr("Change my password"), tr("Your password was changed."));
}

void MainWindow::applyRoles()
{
    using access::Permission;
    const access::Session& s = m_db.session();
    const auto allow = [&](QAction* a, Permission p) { a->setVisible(access::allows(s, p)); };
    allow(m_ui->newComplaintAction, Permission::EnterComplaints);
    allow(m_ui->importAction, Permission::EnterComplaints);
    allow(m_ui->settingsAction, Permission::ManageSettings);
    allow(m_ui->backupAction, Permission::Backup);
    allow(m_ui->restoreAction, Permission::Backup);
    allow(m_ui->usersAction, Permission::ManageUsers);
    allow(m_ui->caseTrailAction, Permission::ViewAudit);
    allow(m_ui->recordStepAction, Permission::RecordSteps);
    allow(m_ui->statisticsAction, Permission::Statistics);
    allow(m_ui->itaAction, Permission::Statistics);
    allow(m_ui->printQuarterlyAction, Permission::Statistics);
    allow(m_ui->printMonthlyAction, Permission::Statistics);
    allow(m_ui->planAction, Permission::ViewIntegrity);
    allow(m_ui->risksAction, Permission::ViewIntegrity);
    allow(m_ui->announcementsAction, Permission::ViewIntegrity);
    allow(m_ui->committeeAction, Permission::ViewIntegrity);
    allow(m_ui->moralAction, Permission::ViewIntegrity);
    allow(m_ui->conflictsAction, Permission::ViewIntegrity);
    for (QAction* a : { m_ui->printFormAction, m_ui->printReceiptAction, m_ui->printAcknowledgementAction,
                        m_ui->printResultAction, m_ui->printRegisterAction, m_ui->printCirculationAction })
        allow(a, Permission::ViewRegister);
    m_ui->passwordAction->setVisible(s.signedIn());
    // An officer opens on her division's cases (the others are listed too, masked, when she unticks it).
    const bool officer
        = s.has(access::Role::Officer) && !s.has(access::Role::IntegrityOfficer) && !s.division.isEmpty();
    m_ui->mineCheck->setVisible(officer);
    if (officer)
        m_ui->mineCheck->setText(tr("&Cases of %1").arg(s.division));
    m_ui->lockAction->setVisible(s.signedIn());
}

void MainWindow::showReportsOnly(QDockWidget* home)
{
    // Reports only (the executive): no register to show, the reports a click away.
    home->hide();
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    auto* welcome = new QLabel(
        tr("<h2>%1</h2><p>Your role sees the office's reports: the annual statistics and the "
           "ITA pack, the action plan and its progress, the corruption-risk assessment, declarations and gifts.</p>")
            .arg((m_db.session().fullName.isEmpty() ? m_db.session().user : m_db.session().fullName).toHtmlEscaped()),
        panel);
    welcome->setWordWrap(true);
    layout->addWidget(welcome);
    for (QAction* a : { m_ui->statisticsAction, m_ui->itaAction, m_ui->planAction, m_ui->risksAction, m_ui->announcementsAction, m_ui->committeeAction, m_ui->moralAction,
                        m_ui->conflictsAction }) {
        auto* button = new QPushButton(a->text().remove(u'&'), panel);
        button->setObjectName(a->objectName() + QStringLiteral("Button"));
        connect(button, &QPushButton::clicked, a, &QAction::trigger);
        layout->addWidget(button, 0, Qt::AlignLeft);
    }
    layout->addStretch();
    QWidget* registerArea = takeCentralWidget(); // kept (hidden): the window's members still point into it
    registerArea->setParent(this);
    registerArea->hide();
    setCentralWidget(panel);
    m_reportsOnly = true;
}

} // namespace sujarit::gui
