// SPDX-License-Identifier: GPL-3.0-or-later
// The moral organisation's screen through the real widgets: the level and a criterion assessed and saved, with what
// Sujarit holds shown beside it; a target virtue and a good deed added in their forms (a deed after today refused
// with the reason and nothing saved); and a selection opened, nominated and scored, the related member's sheet
// refused, the ranking with its tie on the screen.
#include "GuiTestSupport.h"

#include "Ask.h"
#include "FormDialog.h"
#include "HomePanel.h"
#include "MoralDialog.h"

#include "announcements/AnnouncementStore.h"
#include "calendar/Clock.h"
#include "committee/CommitteeStore.h"
#include "conflicts/Declarations.h"
#include "moral/GoodDeeds.h"
#include "moral/SelfAssessment.h"
#include "moral/SelectionStore.h"
#include "moral/Virtues.h"
#include "office/OfficeProfile.h"
#include "staff/StaffList.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace sujarit;

namespace {
QString errorOf(QDialog* d) { return d->findChild<QLabel*>(QStringLiteral("message"))->text(); }
} // namespace

TEST_CASE("The moral organisation: self-assessment, a virtue, a good deed and a selection on the screen", "[gui][moral]")
{
    const calendar::PinnedNow pinned(dt("2026-05-20T10:00:00"));
    TempRegister r;
    office::OfficeProfile office = office::OfficeProfile::load(r.db);
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    office.executiveName = QStringLiteral("นายสมชาย ใจดี");
    office.executiveTitle = QStringLiteral("นายกองค์การบริหารส่วนตำบลโคกแย้");
    REQUIRE(office.save(r.db));
    QList<staff::StaffMember> people;
    for (const auto& [name, division] : std::initializer_list<std::pair<const char*, const char*>>{
             {"นางสาวมาลี สุขใจ", "สำนักปลัด"}, {"นายวิชัย เพชรรัตน์", "กองช่าง"}, {"นายช่าง ใจดี", "กองช่าง"},
             {"นางสุดา ใจงาม", "กองคลัง"}})
        people << staff::StaffMember{0, QString::fromUtf8(name), QStringLiteral("พนักงาน"), QString::fromUtf8(division),
                                     QStringLiteral("official"), true, std::nullopt};
    REQUIRE(staff::StaffList(r.db).add(people));
    announcements::AnnouncementStore announcements(r.db);
    const auto intent = announcements.create(2569, QStringLiteral("moral_intent"));
    REQUIRE(intent);
    REQUIRE(announcements.sign(intent->id, QStringLiteral("นายสมชาย ใจดี"), QDate(2025, 11, 1)));
    REQUIRE(committee::CommitteeStore(r.db).addMembers(
        2569, {{QStringLiteral("นางสาวมาลี สุขใจ"), QStringLiteral("chair")}, {QStringLiteral("นายวิชัย เพชรรัตน์"), QStringLiteral("member")}}));
    QList<conflicts::Declaration> declared(1);
    declared[0].kind = QStringLiteral("situational");
    declared[0].declarant = QStringLiteral("นายวิชัย เพชรรัตน์");
    declared[0].date = QDate(2026, 1, 5);
    declared[0].form = QStringLiteral("other");
    declared[0].details = QStringLiteral("บุตร");
    declared[0].parties = {{QStringLiteral("นายช่าง ใจดี"), QStringLiteral("descendant")}};
    REQUIRE(conflicts::DeclarationRegister(r.db).add(declared));

    gui::MoralDialog screen(r.db, nullptr, 2569);
    screen.show();
    REQUIRE(screen.fiscalYear() == 2569);

    // The self-assessment: what Sujarit holds is shown, the level and a criterion are saved.
    gui::SelfAssessmentPage* page = screen.assessment();
    CHECK(page->criteriaTable()->rowCount() == 9);
    CHECK(page->criteriaTable()->item(0, 3)->toolTip().contains(QStringLiteral("ลงนามโดย นายสมชาย ใจดี")));
    CHECK(child<QLabel>(page, "held")->text().contains(QStringLiteral("เจตนารมณ์การเป็นองค์กรคุณธรรม")));
    page->levelCombo()->setCurrentIndex(page->levelCombo()->findData(2));
    auto* status1 = child<QComboBox>(page, "status1");
    status1->setCurrentIndex(status1->findData(QStringLiteral("met")));
    page->narrative()->setPlainText(QStringLiteral("ผู้บริหารและบุคลากรกล่าวปฏิญญาร่วมกัน"));
    page->criteriaTable()->setCurrentCell(1, 1); // moving on keeps what was typed
    page->narrative()->setPlainText(QStringLiteral("กำหนดคุณธรรมเป้าหมาย"));
    REQUIRE(page->save());
    const auto kept = moral::SelfAssessmentStore(r.db).load(2569);
    REQUIRE(kept);
    CHECK(kept->level == 2);
    CHECK(kept->criteria[0].status == QStringLiteral("met"));
    CHECK(kept->criteria[0].text == QStringLiteral("ผู้บริหารและบุคลากรกล่าวปฏิญญาร่วมกัน"));
    CHECK(kept->criteria[1].text == QStringLiteral("กำหนดคุณธรรมเป้าหมาย"));

    // Typed and not saved: closing asks; "go on editing" keeps the screen and the text, "save" keeps the text.
    page->narrative()->setPlainText(QStringLiteral("ยังไม่ได้บันทึก"));
    CHECK(page->changed());
    gui::Ask::answerNextChoice(2);
    screen.reject();
    CHECK(screen.isVisible());
    CHECK(page->narrative()->toPlainText() == QStringLiteral("ยังไม่ได้บันทึก"));
    gui::Ask::answerNextChoice(0);
    screen.reject();
    CHECK(!screen.isVisible());
    CHECK(moral::SelfAssessmentStore(r.db).load(2569)->criteria[1].text == QStringLiteral("ยังไม่ได้บันทึก"));
    CHECK(!page->changed());
    screen.show();

    // A target virtue in its form.
    screen.tabs()->setCurrentWidget(screen.virtues());
    gui::FormDialog* form = screen.virtues()->virtueForm(-1);
    form->show();
    child<QComboBox>(form, "virtue")->setCurrentText(QStringLiteral("สุจริต"));
    form->save();
    CHECK(errorOf(form).contains(QStringLiteral("problem: missing")));
    child<QPlainTextEdit>(form, "problem")->setPlainText(QStringLiteral("การรับของขวัญ"));
    child<QPlainTextEdit>(form, "good")->setPlainText(QStringLiteral("ปฏิเสธของขวัญ"));
    form->save();
    CHECK(screen.virtues()->table()->rowCount() == 1);
    CHECK(screen.virtues()->table()->item(0, 2)->text() == QStringLiteral("ปฏิเสธของขวัญ"));

    // A good deed: one after today is refused with the reason, nothing saved; then one that is right.
    form = screen.deeds()->deedForm();
    form->show();
    auto* staffCombo = child<QComboBox>(form, "staff");
    staffCombo->setCurrentIndex(staffCombo->findData(QStringLiteral("นายช่าง ใจดี")));
    child<QLineEdit>(form, "date")->setText(QStringLiteral("1 มิถุนายน 2569"));
    child<QPlainTextEdit>(form, "deed")->setPlainText(QStringLiteral("ซ่อมไฟฟ้าให้โรงเรียน"));
    child<QLineEdit>(form, "certifiedBy")->setText(QStringLiteral("ผู้อำนวยการโรงเรียน"));
    form->save();
    CHECK(errorOf(form).contains(QStringLiteral("after today")));
    CHECK(moral::DeedStore(r.db).list(2569)->isEmpty());
    child<QLineEdit>(form, "date")->setText(QStringLiteral("10 มกราคม 2569"));
    form->save();
    CHECK(screen.deeds()->table()->rowCount() == 1);
    CHECK(screen.deeds()->counts()->text().contains(QStringLiteral("นายช่าง ใจดี 1")));

    // A deed entered by mistake is removed, after asking.
    form = screen.deeds()->deedForm();
    staffCombo = child<QComboBox>(form, "staff");
    staffCombo->setCurrentIndex(staffCombo->findData(QStringLiteral("นางสุดา ใจงาม")));
    child<QLineEdit>(form, "date")->setText(QStringLiteral("11 มกราคม 2569"));
    child<QPlainTextEdit>(form, "deed")->setPlainText(QStringLiteral("พิมพ์ผิด"));
    child<QLineEdit>(form, "certifiedBy")->setText(QStringLiteral("ใครสักคน"));
    form->save();
    REQUIRE(screen.deeds()->table()->rowCount() == 2);
    screen.deeds()->table()->selectRow(1);
    gui::Ask::answerNext(QMessageBox::Yes);
    for (QPushButton* b : screen.deeds()->findChildren<QPushButton*>())
        if (b->text().remove(u'&') == QStringLiteral("Remove"))
            b->click();
    CHECK(screen.deeds()->table()->rowCount() == 1);
    CHECK(moral::DeedStore(r.db).list(2569)->size() == 1);

    // The Today panel says the report is due, and what it lacks.
    gui::HomePanel home(r.db);
    const QString due = home.moralReport(QDate(2026, 5, 20));
    CHECK(due.contains(QStringLiteral("due on 30 มิถุนายน 2569 (in 41 day")));
    CHECK(due.contains(QStringLiteral("criteria 2, 3, 4, 5, 6, 7, 8, 9 not assessed")));
    CHECK(home.moralReport(QDate(2026, 7, 1)).contains(QStringLiteral("is late")));
    CHECK(home.moralReport(QDate(2026, 3, 1)).isEmpty()); // more than 60 days ahead

    // The selection: opened, two nominated, scored; the related member is refused.
    gui::SelectionPage* selection = screen.selection();
    screen.tabs()->setCurrentWidget(selection);
    REQUIRE(selection->open());
    for (const char* name : {"นายช่าง ใจดี", "นางสุดา ใจงาม"}) {
        form = selection->nomineeForm();
        REQUIRE(form);
        auto* who = child<QComboBox>(form, "nominee");
        who->setCurrentIndex(who->findData(QString::fromUtf8(name)));
        form->save();
        CHECK(errorOf(form).isEmpty());
    }
    REQUIRE(selection->shown()->nominees.size() == 2);
    const auto sheet = [&](const char* member, const char* nominee, int each) {
        gui::FormDialog* d = selection->scoreForm(0);
        REQUIRE(d);
        d->show();
        auto* m = child<QComboBox>(d, "member");
        m->setCurrentIndex(m->findText(QString::fromUtf8(member)));
        auto* n = child<QComboBox>(d, "nominee");
        n->setCurrentIndex(n->findText(QString::fromUtf8(nominee)));
        for (int c = 1; c <= 7; ++c)
            if (auto* spin = d->findChild<QSpinBox*>(QStringLiteral("score%1").arg(c)))
                spin->setValue(each);
        d->save();
        return d;
    };
    gui::FormDialog* refused = sheet("นายวิชัย เพชรรัตน์", "นายช่าง ใจดี", 9);
    CHECK(child<QLabel>(refused, "recusal")->text().contains(QStringLiteral("may not score")));
    CHECK(errorOf(refused).contains(QStringLiteral("may not score นายช่าง ใจดี")));
    sheet("นางสาวมาลี สุขใจ", "นายช่าง ใจดี", 8);
    sheet("นางสาวมาลี สุขใจ", "นางสุดา ใจงาม", 9);
    sheet("นายวิชัย เพชรรัตน์", "นางสุดา ใจงาม", 7);
    // นายช่าง 7 × 8 = 56 (one sheet: วิชัย does not score him); นางสุดา 7 × (9 + 7) / 2 = 56: a tie.
    QTableWidget* table = selection->table();
    REQUIRE(table->rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        CHECK(table->item(row, 0)->text() == QStringLiteral("1"));
        CHECK(table->item(row, 2)->text() == QStringLiteral("56.00"));
        CHECK(table->item(row, 5)->text().contains(QStringLiteral("tie")));
    }
    const int chang = table->item(0, 0)->data(Qt::UserRole).toString() == QStringLiteral("นายช่าง ใจดี") ? 0 : 1;
    CHECK(table->item(chang, 3)->text() == QStringLiteral("1/1"));
    CHECK(table->item(chang, 4)->text() == QStringLiteral("1")); // his good deed, beside him
    CHECK(table->item(chang, 5)->text().contains(QStringLiteral("นายวิชัย เพชรรัตน์")));

    // The divisions' selection is opened with criteria of the office's own: a weight changed, one taken out; a bad
    // weight is refused in words and nothing is opened.
    selection->kindCombo()->setCurrentIndex(selection->kindCombo()->findData(QStringLiteral("division")));
    gui::FormDialog* opening = selection->openForm();
    opening->show();
    auto* criteria = child<QTableWidget>(opening, "criteriaTable");
    REQUIRE(criteria->rowCount() == 7);
    criteria->item(0, 1)->setText(QStringLiteral("ครึ่ง"));
    opening->save();
    CHECK(errorOf(opening).contains(QStringLiteral("Criterion 1: the weight is a number")));
    CHECK(!selection->shown());
    criteria->item(0, 1)->setText(QStringLiteral("2.5"));
    criteria->item(1, 2)->setText(QStringLiteral("5"));
    criteria->removeRow(6);
    opening->save();
    REQUIRE(selection->shown());
    CHECK(selection->shown()->criteria.size() == 6);
    CHECK(selection->shown()->criteria[0].weight == 2.5);
    CHECK(selection->shown()->criteria[1].max == 5);
    // Once open and until announced, the divisions' results have their due day on the Today panel (30 July).
    CHECK(child<QLabel>(selection, "selectionState")->text().contains(QStringLiteral("30 กรกฎาคม 2569")));
    CHECK(home.moralReport(QDate(2026, 7, 1)).contains(QStringLiteral("The divisions' results of 2569 are due on 30 กรกฎาคม 2569")));
}
