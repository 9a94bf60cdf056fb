// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersDialog.h"

#include "users/IdentityCustody.h"
#include "Ask.h"
#include "Labels.h"

#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QHash>
#include <QLabel>
#include <QVBoxLayout>

namespace sujarit::gui {

UserDialog::UserDialog(storage::Database& db, const users::User* existing, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_new(existing == nullptr)
{
    setWindowTitle(m_new ? tr("New user") : tr("User %1").arg(existing->name));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_fullName = new QLineEdit(this);
    m_division = new QLineEdit(this);
    m_division->setPlaceholderText(tr("for an officer: e.g. กองช่าง"));
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Division:"), m_division);
    auto* roleBoxes = new QVBoxLayout;
    for (access::Role r : access::allRoles()) {
        auto* box = new QCheckBox(access::roleName(r), this);
        box->setObjectName(QStringLiteral("role_") + access::roleCode(r));
        roleBoxes->addWidget(box);
        m_roles.append({ r, box });
    }
    form->addRow(tr("Roles:"), roleBoxes);
    if (m_new) {
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("The password &again:"), m_repeat);
    } else {
        m_name->setText(existing->name);
        m_name->setReadOnly(true);
        m_fullName->setText(existing->fullName);
        m_fullName->setReadOnly(true);
        m_division->setText(existing->division);
        for (const auto& [r, box] : m_roles)
            box->setChecked(existing->roles.contains(r));
    }
    layout->addLayout(form);
    auto* help = new QLabel(tr("A clerk enters complaints; an officer works the cases assigned to her division; the "
                               "integrity officer sees every case and, holding the identity key, its complainant; the "
                               "administrator manages users, settings and backups, and sees no complainant unless "
                               "also integrity officer; the executive sees reports."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_message = errorLabel(this);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
}

QCheckBox* UserDialog::roleBox(access::Role role) const
{
    for (const auto& [r, box] : m_roles)
        if (r == role)
            return box;
    return nullptr;
}

void UserDialog::accept()
{
    QList<access::Role> roles;
    for (const auto& [r, box] : m_roles)
        if (box->isChecked())
            roles << r;
    users::UserStore users(m_db);
    bool ok = false;
    if (m_new) {
        if (m_password->text() != m_repeat->text()) {
            m_message->setText(tr("The two passwords differ."));
            return;
        }
        users::User u;
        u.name = m_name->text();
        u.fullName = m_fullName->text();
        u.division = m_division->text();
        u.roles = roles;
        ok = users.add(u, m_password->text());
    } else {
        // The division first: an officer's role needs it.
        ok = users.setDivision(m_name->text(), m_division->text()) && users.setRoles(m_name->text(), roles);
    }
    if (!ok) {
        m_message->setText(users.errorString());
        return;
    }
    QDialog::accept();
}

UsersDialog::UsersDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Users"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels(
        { tr("User name"), tr("Full name"), tr("Division"), tr("Roles"), tr("State"), tr("Identity key") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    m_keyNote = new QLabel(this);
    m_keyNote->setObjectName(QStringLiteral("keyNote"));
    m_keyNote->setWordWrap(true);
    layout->addWidget(m_keyNote);
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* edit = new QPushButton(tr("&Roles and division…"), this);
    auto* disable = new QPushButton(tr("&Disable or enable"), this);
    auto* password = new QPushButton(tr("Set a new &password…"), this);
    for (QPushButton* b : { add, edit, disable, password })
        row->addWidget(b);
    row->addStretch();
    auto* close = new QPushButton(tr("Close"), this);
    row->addWidget(close);
    layout->addLayout(row);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, [this] {
        UserDialog dialog(m_db, nullptr, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const auto u = selected()) {
            UserDialog dialog(m_db, &*u, this);
            if (dialog.exec() == QDialog::Accepted)
                reload();
        }
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, edit, &QPushButton::click);
    connect(disable, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(password, &QPushButton::clicked, this, &UsersDialog::setPassword);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 60, fontMetrics().height() * 22);
    reload();
}

void UsersDialog::reload()
{
    users::UserStore users(m_db);
    const auto all = users.list();
    if (!all) {
        Ask::warning(this, windowTitle(), users.errorString());
        return;
    }
    m_users = *all;
    QHash<QString, QString> keyState;
    const auto custody = users::custody::status(m_db, nullptr);
    if (custody)
        for (const users::custody::Holder& h : custody->users)
            keyState.insert(h.user, h.holds      ? (h.custodian ? tr("holds it") : tr("holds it until an integrity officer does"))
                                    : h.shouldHold ? tr("waiting for a holder's sign-in")
                                                   : QString());
    m_keyNote->setText(
        !custody ? QString()
        : custody->anyHolds
            ? tr("Complainants' identities are sealed: only integrity officers who hold the identity key read them. "
                 "A new integrity officer is given the key at the next sign-in of one who holds it.")
            : tr("Nobody holds the identity key: no complainant's identity can be read until it is given from the "
                 "recovery sheet (sujarit-cli keys recover). Without the sheet they cannot be read again."));
    m_table->setRowCount(int(m_users.size()));
    for (int i = 0; i < m_users.size(); ++i) {
        const users::User& u = m_users[i];
        const QStringList cells = { u.name, u.fullName, u.division, access::roleNames(u.roles),
                                    u.disabled ? tr("disabled") : tr("active"), keyState.value(u.name) };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

std::optional<users::User> UsersDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size())
        return std::nullopt;
    return m_users[row];
}

void UsersDialog::toggleDisabled()
{
    const auto u = selected();
    if (!u)
        return;
    users::UserStore users(m_db);
    if (!users.setDisabled(u->name, !u->disabled))
        Ask::warning(this, windowTitle(), users.errorString());
    reload();
}

void UsersDialog::setPassword()
{
    const auto u = selected();
    if (!u)
        return;
    bool ok = false;
    const QString first = Ask::text(this, tr("New password"), tr("New password for %1:").arg(u->name),
                                    QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString again
        = Ask::text(this, tr("New password"), tr("The same again:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (first != again) {
        Ask::warning(this, windowTitle(), tr("The two passwords differ; nothing was changed."));
        return;
    }
    users::UserStore users(m_db);
    if (!users.setPassword(u->name, first))
        Ask::warning(this, windowTitle(), users.errorString());
    else
        Ask::information(this, windowTitle(),
                         u->roles.contains(access::Role::IntegrityOfficer)
                             ? tr("The password of %1 was changed. The identity key was wrapped with the old one: it "
                                  "is given again at the next sign-in of an integrity officer who holds it.")
                                   .arg(u->name)
                             : tr("The password of %1 was changed.").arg(u->name));
    reload();
}

} // namespace sujarit::gui
