// SPDX-License-Identifier: GPL-3.0-or-later
// Reports → ITA through the real widgets: the year's items as a checklist, an item turning ready once its record is
// there, the pack written by the button into a folder of its own, and the index and an item's file found again;
// the list corrected by an administrator; the monthly report's month asked for.
#include "GuiTestSupport.h"

#include "ItaDialog.h"
#include "MainWindow.h"
#include "PrintMenu.h"
#include "Ask.h"

#include "announcements/AnnouncementStore.h"
#include "calendar/Clock.h"
#include "office/OfficeProfile.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace sujarit;

namespace {
int rowOf(QTableWidget* t, const QString& code)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0)->text() == code)
            return r;
    return -1;
}
} // namespace

TEST_CASE("The ITA checklist: states, the pack written into a folder, its index and files", "[gui][ita]")
{
    const calendar::PinnedNow pinned(dt("2025-05-15T10:00:00"));
    TempRegister r;
    office::OfficeProfile office = office::OfficeProfile::load(r.db);
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    office.address = QStringLiteral("เลขที่ 40 หมู่ 6 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230");
    office.responsibleUnit = QStringLiteral("สำนักปลัด งานกฎหมายและคดี");
    office.executiveName = QStringLiteral("นายสมชาย ใจดี");
    office.executiveTitle = QStringLiteral("นายกองค์การบริหารส่วนตำบลโคกแย้");
    REQUIRE(office.save(r.db));

    gui::ItaDialog screen(r.db, nullptr, 2568);
    screen.show();
    QTableWidget* table = screen.table();
    REQUIRE(table->rowCount() == 11);
    const int channels = rowOf(table, QStringLiteral("O18"));
    REQUIRE(channels >= 0);
    CHECK(table->item(rowOf(table, QStringLiteral("O17")), 2)->text() == QStringLiteral("พร้อมเผยแพร่"));
    CHECK(table->item(channels, 2)->text() == QStringLiteral("ยังไม่ครบ"));
    CHECK(table->item(channels, 3)->text().contains(QStringLiteral("ช่องทางการร้องเรียน")));
    CHECK(table->item(rowOf(table, QStringLiteral("O20")), 3)->text().contains(QStringLiteral("Added by the office")));
    CHECK_FALSE(screen.findChild<QPushButton*>(QStringLiteral("indexButton"))->isEnabled());

    // The channels announcement signed: the item is ready on the next look.
    announcements::AnnouncementStore store(r.db);
    const auto draft = store.create(2568, QStringLiteral("channels"));
    REQUIRE(draft);
    REQUIRE(store.sign(draft->id, QStringLiteral("นายสมชาย ใจดี"), QDate(2024, 10, 1)));
    screen.reload();
    CHECK(table->item(channels, 2)->text() == QStringLiteral("พร้อมเผยแพร่"));

    // The button asks where, and makes ITA-2568 inside that folder.
    QTemporaryDir where;
    gui::Ask::answerNextPath(where.path());
    screen.findChild<QPushButton*>(QStringLiteral("writeButton"))->click();
    const QString folder = QDir(where.path()).filePath(QStringLiteral("ITA-2568"));
    CHECK(screen.messageText().contains(folder));
    CHECK(QFileInfo(QDir(folder).filePath(QStringLiteral("index.html"))).isFile());
    CHECK(screen.packFolder() == folder);
    CHECK(screen.findChild<QPushButton*>(QStringLiteral("indexButton"))->isEnabled());
    CHECK(screen.fileOf(channels) == QDir(folder).filePath(QStringLiteral("O18-complaint-channels-2568.pdf")));
    CHECK(screen.fileOf(rowOf(table, QStringLiteral("O20"))).isEmpty()); // kept by hand: no file

    // Written again over the same folder: replaced whole; a folder of the office's own is refused, and kept.
    QString error;
    REQUIRE(screen.writePackInto(where.path(), &error));
    const QString own = QDir(where.path()).filePath(QStringLiteral("ITA-2567"));
    REQUIRE(QDir().mkpath(own));
    QFile mine(QDir(own).filePath(QStringLiteral("notes.txt")));
    REQUIRE(mine.open(QIODevice::WriteOnly));
    mine.write("the office's notes");
    mine.close();
    screen.findChild<QComboBox*>(QStringLiteral("yearCombo"))->setCurrentIndex(
        screen.findChild<QComboBox*>(QStringLiteral("yearCombo"))->findData(2567));
    CHECK_FALSE(screen.writePackInto(where.path(), &error));
    CHECK(error.contains(QStringLiteral("not written by Sujarit")));
    CHECK(QFileInfo(mine).isFile());

    // An administrator corrects the list on the screen: a title changed, an item added and removed.
    screen.findChild<QComboBox*>(QStringLiteral("yearCombo"))->setCurrentIndex(
        screen.findChild<QComboBox*>(QStringLiteral("yearCombo"))->findData(2568));
    CHECK(screen.findChild<QPushButton*>(QStringLiteral("changeButton"))->isVisibleTo(&screen));
    QDialog* form = screen.itemForm(QStringLiteral("O20"));
    REQUIRE(form);
    CHECK(form->findChild<QLineEdit*>(QStringLiteral("code"))->isReadOnly());
    form->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QString());
    emit form->findChild<QDialogButtonBox*>()->accepted();
    CHECK(form->findChild<QLabel*>(QStringLiteral("message"))->text().contains(QStringLiteral("title")));
    form->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("การมีส่วนร่วม (แก้ไขตามคู่มือ)"));
    emit form->findChild<QDialogButtonBox*>()->accepted();
    CHECK(table->item(rowOf(table, QStringLiteral("O20")), 1)->text() == QStringLiteral("การมีส่วนร่วม (แก้ไขตามคู่มือ)"));
    form = screen.itemForm(QString());
    REQUIRE(form);
    form->findChild<QLineEdit*>(QStringLiteral("code"))->setText(QStringLiteral("o27"));
    form->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("คู่มือการปฏิบัติงาน"));
    QListWidget* kinds = form->findChild<QListWidget*>(QStringLiteral("answers"));
    kinds->item(0)->setCheckState(Qt::Checked); // the manual
    emit form->findChild<QDialogButtonBox*>()->accepted();
    const int added = rowOf(table, QStringLiteral("O27"));
    REQUIRE(added >= 0);
    CHECK(table->item(added, 2)->text() == QStringLiteral("พร้อมเผยแพร่"));
    gui::Ask::answerNext(QMessageBox::Yes);
    CHECK(screen.removeRow(added));
    CHECK(rowOf(table, QStringLiteral("O27")) < 0);

    // The main window opens it from the Reports menu.
    gui::MainWindow window(r.db);
    QAction* action = window.findChild<QAction*>(QStringLiteral("itaAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
}

TEST_CASE("The monthly report asks for a month and refuses one that is not", "[gui][monthly]")
{
    const calendar::PinnedNow pinned(dt("2026-02-10T10:00:00"));
    TempRegister r;
    gui::PrintMenu menu(r.db, nullptr);
    gui::Ask::reset();
    gui::Ask::answerNextText(QStringLiteral("13/2569"));
    gui::Ask::answerNext(QMessageBox::Ok);
    menu.printMonthly();
    const QStringList asked = gui::Ask::asked();
    REQUIRE(asked.size() == 2);
    CHECK(asked[0].contains(QStringLiteral("1/2569"))); // the label's example; the default is last month
    CHECK(asked[1].contains(QStringLiteral("“13/2569” is not a month")));
    gui::Ask::reset();
}
