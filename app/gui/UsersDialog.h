// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "users/UserStore.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/** One user's name, division, roles and (for a new user) password. */
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    /** A new user when \a existing is null; else her division and roles. */
    UserDialog(storage::Database& db, const users::User* existing, QWidget* parent = nullptr);
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* divisionEdit() const { return m_division; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QCheckBox* roleBox(access::Role role) const;
    QLabel* messageLabel() const { return m_message; }
    void accept() override;

private:
    storage::Database& m_db;
    bool m_new;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_division = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QList<std::pair<access::Role, QCheckBox*>> m_roles;
    QLabel* m_message = nullptr;
};

/** The office's users, for the administrator: add, change roles, disable or enable, set a new password. */
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(storage::Database& db, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    void reload();

private:
    std::optional<users::User> selected() const;
    void toggleDisabled();
    void setPassword();

    storage::Database& m_db;
    QLabel* m_keyNote = nullptr;
    QTableWidget* m_table = nullptr;
    QList<users::User> m_users;
};

} // namespace sujarit::gui
