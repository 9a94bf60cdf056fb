// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * Who is at the keyboard: the sign-in at start, the first administrator of a new register, and the unlock of an
 * idle session. Accepting it has signed the user in on the database (users::UserStore); a refusal (wrong password,
 * a wait after several, a disabled user) is shown in the dialog, which stays open.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { SignIn, CreateAdministrator, Unlock };
    /** The result of exec() when the user asked for another register (a file, or the office's server). */
    static constexpr int ChangeRegister = 2;
    SignInDialog(storage::Database& db, Mode mode, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

private:
    storage::Database& m_db;
    Mode m_mode;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace sujarit::gui
