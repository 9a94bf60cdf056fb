// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"
#include "Labels.h"

#include "users/UserStore.h"
#include "office/OfficeProfile.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace sujarit::gui {

SignInDialog::SignInDialog(storage::Database& db, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::CreateAdministrator ? tr("Sujarit — the register's administrator")
                       : mode == Mode::Unlock        ? tr("Sujarit — locked")
                                                     : tr("Sujarit — sign in"));
    // The form sits in a box of its own: centred on a screen-filling lock, or the whole of a small sign-in window.
    auto* box = new QWidget(this);
    auto* outer = new QGridLayout(this);
    outer->addWidget(box, 1, 1);
    auto* layout = new QVBoxLayout(box);
    // Which register this is: the office's name and the file, so nobody signs in to the wrong one.
    const QString office = office::OfficeProfile::load(db).fullName();
    auto* where = new QLabel(QStringLiteral("<b>%1</b><br><small>%2</small>")
                                 .arg(office.isEmpty() ? tr("Sujarit") : office.toHtmlEscaped(),
                                      QDir::toNativeSeparators(db.path()).toHtmlEscaped()),
                             this);
    where->setObjectName(QStringLiteral("registerLabel"));
    where->setWordWrap(true);
    layout->addWidget(where);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (mode == Mode::CreateAdministrator)
        intro->setText(tr("This register has no users yet. Create its administrator: the person who adds the office's "
                          "users and gives them their roles."));
    else if (mode == Mode::Unlock)
        intro->setText(tr("The screen was locked after a time without use. Type your password to go on."));
    else
        intro->setText(tr("Sign in with your user name and password."));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    form->addRow(tr("&User name:"), m_name);
    if (mode == Mode::CreateAdministrator) {
        m_fullName = new QLineEdit(this);
        m_fullName->setPlaceholderText(tr("e.g. นางสาวสมใจ ใจดี"));
        form->addRow(tr("&Full name:"), m_fullName);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    if (mode == Mode::CreateAdministrator) {
        m_password->setPlaceholderText(tr("8 characters or more"));
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("The password &again:"), m_repeat);
    }
    layout->addLayout(form);
    if (mode == Mode::Unlock) {
        m_name->setText(db.session().user);
        m_name->setReadOnly(true);
    }
    m_message = errorLabel(this);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::CreateAdministrator ? tr("Create")
                      : mode == Mode::Unlock        ? tr("Unlock")
                                                    : tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(mode == Mode::Unlock ? tr("Quit Sujarit") : tr("Cancel"));
    if (mode != Mode::Unlock) {
        // Another register: this PC's file, or the office's server (ConnectionDialog, in StartUp).
        auto* other = buttons->addButton(tr("Another &register…"), QDialogButtonBox::ResetRole);
        other->setObjectName(QStringLiteral("changeRegister"));
        connect(other, &QPushButton::clicked, this, [this] { done(ChangeRegister); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (mode == Mode::Unlock ? m_password : m_name)->setFocus();
    box->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
    if (mode == Mode::Unlock) {
        // The lock covers the whole screen, so that nothing left open behind it (a complaint half typed, a print
        // preview) can be read while the desk is unattended; what was open stays as it was.
        outer->setRowStretch(0, 1);
        outer->setRowStretch(2, 1);
        outer->setColumnStretch(0, 1);
        outer->setColumnStretch(2, 1);
        box->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
        setWindowFlag(Qt::WindowStaysOnTopHint);
        if (const QScreen* where = parent ? parent->screen() : QGuiApplication::primaryScreen())
            setGeometry(where->geometry()); // also where no window manager makes it full-screen
        setWindowState(Qt::WindowFullScreen);
    }
}

void SignInDialog::accept()
{
    users::UserStore users(m_db);
    const QString name = m_name->text().trimmed();
    bool ok = false;
    if (m_mode == Mode::CreateAdministrator) {
        if (m_password->text() != m_repeat->text()) {
            m_message->setText(tr("The two passwords differ: type them again."));
            m_password->clear();
            m_repeat->clear();
            m_password->setFocus();
            return;
        }
        users::User admin;
        admin.name = name;
        admin.fullName = m_fullName->text();
        ok = users.createAdministrator(admin, m_password->text()) && users.signIn(name, m_password->text());
    } else if (m_mode == Mode::Unlock) {
        ok = users.confirmPassword(m_password->text());
    } else {
        ok = users.signIn(name, m_password->text()).has_value();
    }
    m_password->clear();
    if (m_repeat)
        m_repeat->clear();
    if (!ok) {
        m_message->setText(users.errorString());
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sujarit::gui
