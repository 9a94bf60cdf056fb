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
            const int retry = 0, other = 1, close = 2;
            const int answer = Ask::choose(parent, QMessageBox::Critical, StartText::tr("Sujarit"),
                                           StartText::tr("The register cannot be opened."), db.errorString(),
                                           {{StartText::tr("Try again"), QMessageBox::AcceptRole},
                                            {StartText::tr("Another register…"), QMessageBox::ActionRole},
                                            {StartText::tr("Close"), QMessageBox::RejectRole}},
                                           retry, close);
            if (answer == retry)
                continue;
            if (answer != other)
                return false;
            if (const QString next = chooseRegister(location, parent); !next.isEmpty()) {
                location = next;
                chosen = true;
            }
            continue; // (choosing cancelled: the same register, and its message, again)
        }
        users::UserStore users(db);
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
