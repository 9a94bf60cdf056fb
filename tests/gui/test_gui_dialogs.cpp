// SPDX-License-Identifier: GPL-3.0-or-later
// The app's questions answered through its one seam (gui/Ask.h) instead of a timer that looks for a window: a file
// chosen, a file choice cancelled, a message read, a question with the app's own answers.
#include "GuiTestSupport.h"

#include "Ask.h"
#include "IntakeDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QScopeGuard>

using namespace sujarit;

TEST_CASE("Importing through the file choice: the chosen file is read, a cancelled choice does nothing",
          "[gui][dialogs]")
{
    const auto forget = qScopeGuard([] { gui::Ask::reset(); });
    TempRegister r;
    gui::MainWindow window(r.db);
    const QString csv = r.dir.filePath(QStringLiteral("register.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("เรื่อง,ประเภท,ช่องทาง,วันที่รับ,ชื่อผู้ร้อง\r\n"
                               "ทุจริตจัดซื้อ,procurement,ทางไปรษณีย์,15 ม.ค. 2568,นายก ข\r\n"
                               "ละเลยการเก็บขยะ,misconduct,ทางไปรษณีย์,16 ม.ค. 2568,นางค ง\r\n")
                    .toUtf8());
    }
    gui::Ask::answerNextPath(QString()); // cancelled
    window.findChild<QAction*>(QStringLiteral("importAction"))->trigger();
    CHECK(complaintsIn(r.db) == 0);
    CHECK(gui::Ask::asked().size() == 1);

    gui::Ask::answerNextPath(csv);
    gui::Ask::answerNext(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("importAction"))->trigger();
    CHECK(complaintsIn(r.db) == 2);
    const QStringList asked = gui::Ask::asked();
    REQUIRE(asked.size() == 3);
    CHECK(asked.last().contains(QStringLiteral("Imported 2 complaint(s).")));

    // A bad file: the warning names what is wrong, and nothing is imported.
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("subject\nno date\n");
    }
    gui::Ask::answerNextPath(csv);
    gui::Ask::answerNext(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("importAction"))->trigger();
    CHECK(complaintsIn(r.db) == 2);
    CHECK(gui::Ask::asked().last().contains(QStringLiteral("Nothing was imported")));
}

TEST_CASE("Closing a typed complaint asks first: Go back keeps the form, Close without saving closes it",
          "[gui][dialogs]")
{
    const auto forget = qScopeGuard([] { gui::Ask::reset(); });
    TempRegister r;
    gui::IntakeDialog dialog(r.db);
    dialog.show();
    type(child<QLineEdit>(&dialog, "subjectEdit"), QStringLiteral("เรียกรับเงินค่าใบอนุญาต"));
    gui::Ask::answerNextChoice(1); // Go back to the form
    dialog.reject();
    CHECK(dialog.isVisible());
    CHECK(child<QLineEdit>(&dialog, "subjectEdit")->text() == QStringLiteral("เรียกรับเงินค่าใบอนุญาต"));
    gui::Ask::answerNextChoice(0); // Close without saving
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    const QStringList asked = gui::Ask::asked();
    REQUIRE(asked.size() == 2);
    CHECK(asked[0].contains(QStringLiteral("not been saved")));
    CHECK(complaintsIn(r.db) == 0);
}
