// SPDX-License-Identifier: GPL-3.0-or-later
// The announcements screen through the real widgets: a No Gift Policy drafted, written on, signed through its form
// (a wrong signer and a date to come refused), written on again as a new version that must say why; and a No Gift
// activity entered with people ticked from the staff list.
#include "GuiTestSupport.h"

#include "AnnouncementsDialog.h"
#include "EvidenceDialog.h"

#include "calendar/Clock.h"
#include "office/OfficeProfile.h"
#include "staff/StaffList.h"

#include <QComboBox>
#include <QFile>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace sujarit;

namespace {
void save(QDialog* d)
{
    auto* buttons = d->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    emit buttons->accepted();
}
QString errorOf(QDialog* d) { return d->findChild<QLabel*>(QStringLiteral("error"))->text(); }
} // namespace

TEST_CASE("An announcement drafted, written, signed and revised through the announcements screen", "[gui][announcements]")
{
    const calendar::PinnedNow pinned(dt("2026-11-20T10:00:00"));
    TempRegister r;
    office::OfficeProfile office = office::OfficeProfile::load(r.db);
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    office.executiveName = QStringLiteral("นายสมชาย ใจดี");
    office.executiveTitle = QStringLiteral("นายกองค์การบริหารส่วนตำบลโคกแย้");
    REQUIRE(office.save(r.db));
    staff::StaffList staffList(r.db);
    QList<staff::StaffMember> members = {
        {0, QStringLiteral("นายช่าง ใจดี"), {}, QStringLiteral("กองช่าง"), QStringLiteral("official"), true, std::nullopt},
        {0, QStringLiteral("นางสาวสมใจ รักษ์ดี"), {}, QStringLiteral("สำนักปลัด"), QStringLiteral("official"), true, std::nullopt}};
    REQUIRE(staffList.add(members));

    gui::AnnouncementsDialog screen(r.db);
    screen.show();
    CHECK(screen.messageText().contains(QStringLiteral("no announcements yet")));
    REQUIRE(screen.draft(QStringLiteral("no_gift")));
    REQUIRE(screen.announcementTable()->rowCount() == 1);
    CHECK(screen.announcementTable()->item(0, 3)->text() == QStringLiteral("draft, not signed"));
    CHECK_FALSE(screen.draft(QStringLiteral("coi_measures")));
    CHECK(screen.messageText().contains(QStringLiteral("risk register")));
    const qint64 id = screen.shown().first().id;

    QDialog* edit = screen.editForm(id);
    auto* body = edit->findChild<QPlainTextEdit*>(QStringLiteral("body"));
    body->setPlainText(body->toPlainText() + QStringLiteral("\n5. ให้ทุกกองถือปฏิบัติ"));
    save(edit);
    REQUIRE(edit->result() == QDialog::Accepted);
    delete edit;
    screen.reload();
    CHECK(screen.shown().first().body.endsWith(QStringLiteral("5. ให้ทุกกองถือปฏิบัติ")));

    QDialog* sign = screen.signForm(id);
    auto* by = sign->findChild<QComboBox*>(QStringLiteral("by"));
    CHECK(by->currentText() == QStringLiteral("นายสมชาย ใจดี"));
    by->setEditText(QStringLiteral("นายช่าง ใจดี"));
    save(sign);
    CHECK(errorOf(sign).contains(QStringLiteral("not the office's executive")));
    by->setEditText(QStringLiteral("นายสมชาย ใจดี"));
    sign->findChild<QLineEdit*>(QStringLiteral("date"))->setText(QStringLiteral("1 ธ.ค. 2569"));
    save(sign);
    CHECK(errorOf(sign).contains(QStringLiteral("after today")));
    sign->findChild<QLineEdit*>(QStringLiteral("date"))->setText(QStringLiteral("19/11/2569"));
    save(sign);
    REQUIRE(sign->result() == QDialog::Accepted);
    delete sign;
    screen.reload();
    CHECK(screen.announcementTable()->item(0, 3)->text().contains(QStringLiteral("นายสมชาย ใจดี")));

    // Writing on a signed one asks why, and makes version 2 beside it.
    edit = screen.editForm(id);
    edit->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("เจตนารมณ์ No Gift Policy ฉบับปรับปรุง"));
    save(edit);
    CHECK(errorOf(edit).contains(QStringLiteral("new version")));
    edit->findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("ปรับชื่อเรื่อง"));
    save(edit);
    REQUIRE(edit->result() == QDialog::Accepted);
    delete edit;
    screen.reload();
    REQUIRE(screen.announcementTable()->rowCount() == 2);
    CHECK(screen.announcementTable()->item(1, 1)->text() == QStringLiteral("2"));
    CHECK(screen.announcementTable()->item(1, 4)->text() == QStringLiteral("ปรับชื่อเรื่อง"));
    CHECK(screen.shown().first().isSigned());

    // A No Gift activity with two people ticked.
    QDialog* activity = screen.activityForm();
    activity->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("ชี้แจงนโยบาย No Gift Policy"));
    activity->findChild<QLineEdit*>(QStringLiteral("date"))->setText(QStringLiteral("15/10/2569"));
    auto* people = activity->findChild<QListWidget*>(QStringLiteral("participants"));
    REQUIRE(people->count() == 2);
    for (int i = 0; i < people->count(); ++i)
        people->item(i)->setCheckState(Qt::Checked);
    save(activity);
    REQUIRE(activity->result() == QDialog::Accepted);
    delete activity;
    screen.reload();
    REQUIRE(screen.activityTable()->rowCount() == 1);
    CHECK(screen.activityTable()->item(0, 4)->text() == QStringLiteral("2"));
    const QString photo = r.dir.filePath(QStringLiteral("meeting.png"));
    {
        QFile f(photo);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(100, 'x'));
    }
    {
        std::unique_ptr<gui::EvidenceDialog> evidence(screen.evidenceDialog(0));
        REQUIRE(evidence);
        REQUIRE(evidence->attach(photo));
        CHECK(evidence->table()->rowCount() == 1);
    }
    screen.reload();
    CHECK(screen.activityTable()->item(0, 5)->text() == QStringLiteral("1"));
    if (const QString shots = qEnvironmentVariable("SUJARIT_TEST_SCREENSHOTS"); !shots.isEmpty())
        screen.grab().save(shots + QStringLiteral("/announcements.png"));
}
