// SPDX-License-Identifier: GPL-3.0-or-later
// The ethics committee's screen through the real widgets: members added from the staff list with a role, a second
// chair refused with the reason shown and nothing saved, a role changed, a goal tied to a plan activity, and the
// order recorded as signed by the executive only.
#include "GuiTestSupport.h"

#include "Ask.h"
#include "CommitteeDialog.h"
#include "HomePanel.h"
#include "MainWindow.h"

#include "calendar/Clock.h"
#include "office/OfficeProfile.h"
#include "plan/PlanStore.h"
#include "staff/StaffList.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

using namespace sujarit;

namespace {
void save(QDialog* d) { emit d->findChild<QDialogButtonBox*>()->accepted(); }
QString errorOf(QDialog* d) { return d->findChild<QLabel*>(QStringLiteral("message"))->text(); }
void choose(QDialog* d, const char* combo, const QString& value)
{
    auto* box = d->findChild<QComboBox*>(QString::fromLatin1(combo));
    REQUIRE(box);
    int i = box->findData(value);
    if (i < 0)
        i = box->findData(value.toInt());
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}
} // namespace

TEST_CASE("The ethics committee: members, roles, a goal and the signed order on the screen", "[gui][committee]")
{
    const calendar::PinnedNow pinned(dt("2025-10-15T10:00:00"));
    TempRegister r;
    office::OfficeProfile office = office::OfficeProfile::load(r.db);
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    office.executiveName = QStringLiteral("นายสมชาย ใจดี");
    office.executiveTitle = QStringLiteral("นายกองค์การบริหารส่วนตำบลโคกแย้");
    REQUIRE(office.save(r.db));
    QList<staff::StaffMember> people = {
        {0, QStringLiteral("นางสาวมาลี สุขใจ"), QStringLiteral("ปลัด"), QStringLiteral("สำนักปลัด"), QStringLiteral("official"), true, std::nullopt},
        {0, QStringLiteral("นายวิชัย เพชรรัตน์"), QStringLiteral("ผู้อำนวยการกองช่าง"), QStringLiteral("กองช่าง"), QStringLiteral("official"), true, std::nullopt}};
    REQUIRE(staff::StaffList(r.db).add(people));
    REQUIRE(plan::PlanStore(r.db).create(2569, QStringLiteral("seed001")));

    gui::CommitteeDialog screen(r.db, nullptr, 2569);
    screen.show();
    CHECK(screen.messageText().contains(QStringLiteral("no committee yet")));

    QDialog* form = screen.memberForm();
    choose(form, "person", QStringLiteral("นางสาวมาลี สุขใจ"));
    choose(form, "role", QStringLiteral("chair"));
    save(form);
    REQUIRE(screen.memberTable()->rowCount() == 1);
    CHECK(screen.memberTable()->item(0, 2)->text() == QStringLiteral("ประธาน"));

    form = screen.memberForm(); // only those not yet on it are offered
    CHECK(form->findChild<QComboBox*>(QStringLiteral("person"))->count() == 1);
    choose(form, "person", QStringLiteral("นายวิชัย เพชรรัตน์"));
    choose(form, "role", QStringLiteral("chair"));
    save(form);
    CHECK(errorOf(form).contains(QStringLiteral("one ประธาน, not 2")));
    CHECK(screen.memberTable()->rowCount() == 1);
    choose(form, "role", QStringLiteral("secretary"));
    save(form);
    REQUIRE(screen.memberTable()->rowCount() == 2);

    form = screen.roleForm(1);
    REQUIRE(form);
    choose(form, "role", QStringLiteral("vice_chair"));
    save(form);
    CHECK(screen.memberTable()->item(1, 2)->text() == QStringLiteral("รองประธาน"));

    form = screen.goalForm();
    form->findChild<QLineEdit*>(QStringLiteral("goal"))->setText(QStringLiteral("ประชุมทุกเดือน"));
    choose(form, "activity", QStringLiteral("1.4"));
    save(form);
    REQUIRE(screen.goalList()->count() == 1);
    CHECK(screen.goalList()->item(0)->text().contains(QStringLiteral("1.4")));

    form = screen.orderForm();
    REQUIRE(form);
    form->findChild<QLineEdit*>(QStringLiteral("number"))->setText(QStringLiteral("45/2569"));
    form->findChild<QLineEdit*>(QStringLiteral("date"))->setText(QStringLiteral("1/10/2568"));
    form->findChild<QComboBox*>(QStringLiteral("by"))->setEditText(QStringLiteral("นางสาวมาลี สุขใจ"));
    save(form);
    CHECK(errorOf(form).contains(QStringLiteral("not the office's executive")));
    form->findChild<QComboBox*>(QStringLiteral("by"))->setEditText(QStringLiteral("นายสมชาย ใจดี"));
    save(form);
    REQUIRE(screen.shown());
    CHECK(screen.shown()->orderNumber == QStringLiteral("45/2569"));
    CHECK(screen.findChild<QLabel*>(QStringLiteral("orderState"))->text().contains(QStringLiteral("45/2569")));

    // The year's meetings: monthly on the 5th; a holiday moves one forward, and it says so.
    form = screen.scheduleForm();
    REQUIRE(form);
    choose(form, "every", QStringLiteral("1"));
    choose(form, "when", QStringLiteral("day"));
    choose(form, "day", QStringLiteral("5"));
    save(form);
    QTableWidget* meetings = screen.meetingTable();
    REQUIRE(meetings->rowCount() == 12);
    CHECK(meetings->item(0, 0)->text() == QStringLiteral("No. 1/2569"));
    CHECK(meetings->item(2, 4)->text().contains(QStringLiteral("5 ธันวาคม 2568 เป็นวันหยุด")));
    form = screen.meetingForm(0, true);
    REQUIRE(form);
    save(form);
    CHECK(errorOf(form).contains(QStringLiteral("say why")));
    form->findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("น้ำท่วม"));
    save(form);
    CHECK(screen.meetings()[0].status == QStringLiteral("cancelled"));
    CHECK(meetings->item(1, 0)->text() == QStringLiteral("No. 1/2569"));
    form = screen.meetingForm(-1);
    form->findChild<QLineEdit*>(QStringLiteral("date"))->setText(QStringLiteral("20/10/2568"));
    save(form);
    CHECK(meetings->rowCount() == 13);
    // The Today panel says when the committee meets next, and when its agenda is due.
    gui::HomePanel home(r.db);
    CHECK(home.nextMeeting(QDate(2025, 10, 15)).contains(QStringLiteral("No. 1/2569 on 20 ตุลาคม 2568")));
    // Seven days before is 13 October, a holiday: the agenda was due the working day before, and is late by the 15th.
    CHECK(home.nextMeeting(QDate(2025, 10, 9)).contains(QStringLiteral("its agenda is due on 10 ตุลาคม 2568")));
    CHECK(home.nextMeeting(QDate(2025, 10, 15)).contains(QStringLiteral("its agenda was due on 10 ตุลาคม 2568 and is late")));
    // Once its day has gone by, a meeting without minutes says so.
    CHECK(home.nextMeeting(QDate(2025, 11, 1))
              .contains(QStringLiteral("The minutes of ethics committee meeting No. 1/2569 (20 ตุลาคม 2568) are not written yet")));

    gui::Ask::answerNext(QMessageBox::Yes);
    CHECK(screen.removeMember(1));
    CHECK(screen.memberTable()->rowCount() == 1);

    gui::MainWindow window(r.db);
    QAction* action = window.findChild<QAction*>(QStringLiteral("committeeAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());

    // The agenda of 1/2569 (20 October) written on the screen and recorded as sent.
    REQUIRE(screen.meetings()[1].numberText() == QStringLiteral("1/2569"));
    form = screen.agendaForm(1);
    REQUIRE(form);
    form->findChild<QLineEdit*>(QStringLiteral("place"))->setText(QStringLiteral("ห้องประชุมสำนักปลัด"));
    form->findChild<QLineEdit*>(QStringLiteral("sent"))->setText(QStringLiteral("10/10/2568"));
    auto* items = form->findChild<QTableWidget*>(QStringLiteral("items"));
    REQUIRE(items);
    for (QPushButton* b : form->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Add a row"))
            b->click();
    REQUIRE(items->rowCount() == 1);
    save(form);
    CHECK(errorOf(form).contains(QStringLiteral("title: missing")));
    items->setItem(0, 1, new QTableWidgetItem(QStringLiteral("แนะนำกรรมการ")));
    save(form);
    CHECK(screen.meetings()[1].status == QStringLiteral("agenda_sent"));

    // Its minutes, once the day has come: the chair present, every item resolved, an action owned.
    const calendar::PinnedNow later(dt("2025-10-25T10:00:00"));
    form = screen.minutesForm(1);
    REQUIRE(form);
    items = form->findChild<QTableWidget*>(QStringLiteral("items"));
    REQUIRE(items->rowCount() >= 1); // started from the agenda
    for (int row = 0; row < items->rowCount(); ++row)
        items->setItem(row, 3, new QTableWidgetItem(QString()));
    form->findChild<QLineEdit*>(QStringLiteral("taker"))->setText(QStringLiteral("นางสาวมาลี สุขใจ"));
    save(form);
    CHECK(errorOf(form).contains(QStringLiteral("resolution")));
    for (int row = 0; row < items->rowCount(); ++row)
        items->setItem(row, 3, new QTableWidgetItem(QStringLiteral("รับทราบ")));
    auto* actions = form->findChild<QTableWidget*>(QStringLiteral("actions"));
    actions->insertRow(0);
    actions->setItem(0, 0, new QTableWidgetItem(QStringLiteral("จัดทำแผนรณรงค์")));
    actions->setItem(0, 1, new QTableWidgetItem(QStringLiteral("นางสาวมาลี สุขใจ")));
    actions->setItem(0, 2, new QTableWidgetItem(QStringLiteral("30/11/2568")));
    save(form);
    CHECK(screen.meetings()[1].status == QStringLiteral("held"));
}
