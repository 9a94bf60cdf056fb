// SPDX-License-Identifier: GPL-3.0-or-later
// Where the register is: the connection dialog (a file, or the office's PostgreSQL server), and choosing another
// register from the sign-in window, which then becomes this PC's register.
#include "GuiTestSupport.h"

#include "Ask.h"
#include "ConnectionDialog.h"
#include "IntakeDialog.h"
#include "SignInDialog.h"
#include "StartUp.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>

using namespace sujarit;

TEST_CASE("The connection dialog gives a file or a server's address, and says what is missing", "[gui][connection]")
{
    gui::ConnectionDialog dialog(QStringLiteral("/srv/office/register.db"));
    CHECK(dialog.fileChoice()->isChecked());
    CHECK(dialog.location() == QStringLiteral("/srv/office/register.db"));
    CHECK_FALSE(dialog.hostEdit()->isEnabled());

    dialog.serverChoice()->setChecked(true);
    CHECK(dialog.hostEdit()->isEnabled());
    dialog.userEdit()->setText(QStringLiteral("sujarit"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("server's name")));
    dialog.hostEdit()->setText(QStringLiteral("192.168.1.10"));
    dialog.databaseEdit()->setText(QStringLiteral("obt_kokyae"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.location() == QStringLiteral("postgresql://sujarit@192.168.1.10:5432/obt_kokyae"));

    // Opened again on that address, it shows the server's fields filled in.
    gui::ConnectionDialog again(dialog.location());
    CHECK(again.serverChoice()->isChecked());
    CHECK(again.hostEdit()->text() == QStringLiteral("192.168.1.10"));
    CHECK(again.databaseEdit()->text() == QStringLiteral("obt_kokyae"));
}

TEST_CASE("Another register chosen at sign-in is opened, and is this PC's register from then on", "[gui][connection]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.db")), second = dir.filePath(QStringLiteral("second.db"));
    {
        storage::Database db;
        REQUIRE(db.open(first));
    }
    QSettings().remove(QStringLiteral("register/location"));
    QStringList seen;
    // The sign-in window of the first register: "Another register…"; then the second file; then its first start
    // asks for its administrator (it is new), who is created.
    std::function<void()> step = [&] {
        QWidget* w = QApplication::activeModalWidget();
        if (auto* signIn = qobject_cast<gui::SignInDialog*>(w)) {
            seen << w->findChild<QLabel*>(QStringLiteral("registerLabel"))->text();
            if (seen.size() == 1) {
                w->findChild<QPushButton*>(QStringLiteral("changeRegister"))->click();
                QTimer::singleShot(50, step);
            } else {
                signIn->nameEdit()->setText(QStringLiteral("admin"));
                signIn->passwordEdit()->setText(QStringLiteral("admin-pass-1"));
                w->findChild<QLineEdit*>(QStringLiteral("repeat"))->setText(QStringLiteral("admin-pass-1"));
                signIn->accept();
            }
        } else if (auto* connection = qobject_cast<gui::ConnectionDialog*>(w)) {
            seen << QStringLiteral("connection");
            connection->fileChoice()->setChecked(true);
            connection->findChild<QLineEdit*>()->setText(second); // the file's field is the first line edit
            connection->accept();
            QTimer::singleShot(50, step);
        } else {
            QTimer::singleShot(50, step);
        }
    };
    QTimer::singleShot(50, step);
    storage::Database db;
    CHECK(gui::openAndSignIn(db, first));
    REQUIRE(seen.size() == 3);
    CHECK(seen[0].contains(QStringLiteral("first.db")));
    CHECK(seen[1] == QStringLiteral("connection"));
    CHECK(seen[2].contains(QStringLiteral("second.db")));
    CHECK(db.path() == second);
    CHECK(db.session().user == QStringLiteral("admin"));
    CHECK(gui::savedRegisterLocation() == second);
    QSettings().remove(QStringLiteral("register/location"));
}

TEST_CASE("A save while the server is down: a plain message, the form kept, saved when it is back", "[gui][server]")
{
    REQUIRE(testingOnServer());
    TempRegister r;
    gui::IntakeDialog dialog(r.db);
    dialog.show();
    type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("นางสาวสมศรี ใจงาม"));
    type(child<QLineEdit>(&dialog, "subjectEdit"), QStringLiteral("เรียกรับเงินค่าใบอนุญาตก่อสร้าง"));
    type(child<QPlainTextEdit>(&dialog, "detailsEdit"), QStringLiteral("เจ้าหน้าที่เรียกเงิน 500 บาท"));
    auto* save = child<QPushButton>(&dialog, "saveButton");
    REQUIRE(save->isEnabled());

    // The server goes down while the clerk types: her connection ends, and it takes no new one.
    refuseServerConnections(r.path, true);
    endServerConnections(r.path);
    gui::Ask::reset();
    const auto forget = qScopeGuard([] { gui::Ask::reset(); }); // nothing queued outlives the test
    gui::Ask::answerNext(QMessageBox::Ok);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(dialog.saved().receipt.isValid());
    REQUIRE(gui::Ask::asked().size() == 1);
    const QString shown = gui::Ask::asked().constFirst();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("not saved")));
    CHECK(shown.contains(QStringLiteral("connection")));
    CHECK(shown.contains(QStringLiteral("try again")));
    // Nothing typed was lost; the server is back; Save again, and it is saved (Sujarit reconnected by itself).
    CHECK(child<QLineEdit>(&dialog, "subjectEdit")->text() == QStringLiteral("เรียกรับเงินค่าใบอนุญาตก่อสร้าง"));
    refuseServerConnections(r.path, false);
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(dialog.saved().receipt.isValid());
    CHECK(dialog.saved().receipt.running == 1);
    CHECK(dialog.saved().complainant.name == QStringLiteral("นางสาวสมศรี ใจงาม"));
}

TEST_CASE("A register that cannot be opened: Try again asks again, Another register… opens the one chosen",
          "[gui][connection]")
{
    QTemporaryDir dir;
    const QString letter = dir.filePath(QStringLiteral("letter.db")), good = dir.filePath(QStringLiteral("good.db"));
    {
        QFile out(letter);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("Dear Sir, this is not a register.");
    }
    QStringList seen;
    gui::Ask::reset();
    const auto forget = qScopeGuard([] { gui::Ask::reset(); }); // nothing queued outlives the test
    gui::Ask::answerNextChoice(0); // Try again: the same message again
    gui::Ask::answerNextChoice(1); // Another register…
    std::function<void()> step = [&] {
        QWidget* w = QApplication::activeModalWidget();
        if (auto* connection = qobject_cast<gui::ConnectionDialog*>(w)) {
            seen << QStringLiteral("connection");
            connection->findChild<QLineEdit*>()->setText(good);
            connection->accept();
        } else if (auto* signIn = qobject_cast<gui::SignInDialog*>(w)) {
            seen << QStringLiteral("sign-in");
            signIn->reject();
            return;
        }
        QTimer::singleShot(50, step);
    };
    QTimer::singleShot(50, step);
    storage::Database db;
    CHECK_FALSE(gui::openAndSignIn(db, letter)); // the sign-in of the good register is cancelled at the end
    CHECK(seen == QStringList{QStringLiteral("connection"), QStringLiteral("sign-in")});
    const QStringList asked = gui::Ask::asked();
    REQUIRE(asked.size() == 2);
    for (const QString& message : asked) {
        CHECK(message.contains(QStringLiteral("cannot be opened")));
        CHECK(message.contains(letter));
    }
    CHECK(db.path() == good);
}
