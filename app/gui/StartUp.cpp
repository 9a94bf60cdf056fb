// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartUp.h"

#include "SignInDialog.h"

#include "access/UserStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace sujarit::gui {

namespace {
struct StartText
{
    Q_DECLARE_TR_FUNCTIONS(StartText)
};
} // namespace

bool openAndSignIn(storage::Database& db, const QString& path, QWidget* parent)
{
    if (!db.open(path)) {
        QMessageBox box(QMessageBox::Critical, StartText::tr("Sujarit"),
                        StartText::tr("The register cannot be opened."), QMessageBox::Close, parent);
        box.setObjectName(QStringLiteral("openFailed"));
        box.setInformativeText(db.errorString());
        box.exec();
        return false;
    }
    access::UserStore users(db);
    SignInDialog dialog(
        db, users.hasUsers().value_or(true) ? SignInDialog::Mode::SignIn : SignInDialog::Mode::CreateAdministrator,
        parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace sujarit::gui
