// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartUp.h"
#include "Ask.h"

#include "ConnectionDialog.h"
#include "SignInDialog.h"

#include "users/UserStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace sujarit::gui {

namespace {
struct StartText
{
    Q_DECLARE_TR_FUNCTIONS(StartText)
};

/** Opens \a location; a server that wants a password (none in .pgpass) gets it from a password box. */
bool openWithPassword(storage::Database& db, const QString& location, QWidget* parent)
{
    return db.open(location, storage::Database::OpenMode::CreateIfMissing,
                   [parent](const storage::Location& server) -> std::optional<QString> {
                       bool given = false;
                       const QString password = Ask::text(
                           parent, StartText::tr("Sujarit — the server's password"),
                           StartText::tr("Password of %1 on the server %2:").arg(server.user, server.host),
                           QLineEdit::Password, QString(), &given);
                       return given ? std::optional(password) : std::nullopt;
                   });
}

/** The register chosen in ConnectionDialog, or empty when it was cancelled. */
QString chooseRegister(const QString& current, QWidget* parent)
{
    ConnectionDialog dialog(current, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.location() : QString();
}
} // namespace

bool openAndSignIn(storage::Database& db, const QString& path, QWidget* parent)
{
    QString location = path;
    bool chosen = false; // a register picked here becomes this PC's register for the next start
    for (;;) {
        if (!openWithPassword(db, location, parent)) {
            QMessageBox box(QMessageBox::Critical, StartText::tr("Sujarit"),
                            StartText::tr("The register cannot be opened."), QMessageBox::Close, parent);
            box.setObjectName(QStringLiteral("openFailed"));
            box.setInformativeText(db.errorString());
            QPushButton* retry = box.addButton(StartText::tr("Try again"), QMessageBox::AcceptRole);
            QPushButton* other = box.addButton(StartText::tr("Another register…"), QMessageBox::ActionRole);
            box.setEscapeButton(QMessageBox::Close);
            box.exec();
            if (box.clickedButton() == retry)
                continue;
            if (box.clickedButton() != other)
                return false;
            if (const QString next = chooseRegister(location, parent); !next.isEmpty()) {
                location = next;
                chosen = true;
            }
            continue; // (choosing cancelled: the same register, and its message, again)
        }
        access::UserStore users(db);
        SignInDialog dialog(
            db, users.hasUsers().value_or(true) ? SignInDialog::Mode::SignIn : SignInDialog::Mode::CreateAdministrator,
            parent);
        const int result = dialog.exec();
        if (result == QDialog::Accepted) {
            if (chosen)
                saveRegisterLocation(location);
            return true;
        }
        if (result != SignInDialog::ChangeRegister)
            return false;
        if (const QString next = chooseRegister(location, parent); !next.isEmpty()) {
            db.close();
            location = next;
            chosen = true;
        }
    }
}

} // namespace sujarit::gui
