// SPDX-License-Identifier: GPL-3.0-or-later
// Conflict of interest through the real widgets: staff, declarations and reviews, the annual campaign, gifts with
// the rule's verdict as they are typed, the head's decision, the exports, and the recusal flag when a case is
// assigned.
#include "GuiTestSupport.h"

#include "ConflictForms.h"
#include "ConflictsDialog.h"
#include "StepDialog.h"

#include "calendar/Clock.h"
#include "complaints/ComplaintRepository.h"
#include "office/OfficeProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace sujarit;

namespace {
/** Pins today at 20 November 2026 (fiscal year 2570) for the length of a test. */
struct PinnedToday : calendar::PinnedNow
{
    PinnedToday()
        : PinnedNow(dt("2026-11-20T10:00:00"))
    {
    }
};

void addStaff(storage::Database& db, const char* name, const char* position, const char* division)
{
    gui::StaffDialog dialog(db);
    type(dialog.nameEdit(), QString::fromUtf8(name));
    type(dialog.positionEdit(), QString::fromUtf8(position));
    dialog.divisionCombo()->setCurrentText(QString::fromUtf8(division));
    dialog.accept();
    INFO(dialog.errorText().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
}

void select(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void fillDate(QLineEdit* edit, const char* text)
{
    edit->clear();
    type(edit, QString::fromUtf8(text));
}
} // namespace

TEST_CASE("Staff and declarations typed into the dialogs, reviewed, and the campaign's list", "[gui][conflicts]")
{
    PinnedToday today;
    TempRegister r;
    addStaff(r.db, "นายสมชาย ใจดี", "นักวิชาการพัสดุ", "กองคลัง");
    addStaff(r.db, "นางสาวมาลี สุขใจ", "นิติกร", "สำนักปลัด");
    addStaff(r.db, "นายวิชัย กล้าหาญ", "ปลัด อบต.", "สำนักปลัด");
    {
        gui::StaffDialog twice(r.db);
        type(twice.nameEdit(), QStringLiteral("นายสมชาย  ใจดี"));
        twice.accept();
        CHECK(twice.result() != QDialog::Accepted);
        CHECK(twice.errorText().contains(QStringLiteral("already on the staff list")));
    }

    // A nil annual return.
    {
        gui::DeclarationDialog dialog(r.db);
        dialog.show();
        select(dialog.kindCombo(), QStringLiteral("annual"));
        select(dialog.declarantCombo(), QStringLiteral("นายสมชาย ใจดี"));
        fillDate(dialog.dateEdit(), "1/11/2569");
        CHECK(dialog.noInterestCheck()->isVisible());
        dialog.noInterestCheck()->setChecked(true);
        dialog.accept();
        INFO(dialog.errorText().toStdString());
        CHECK(dialog.result() == QDialog::Accepted);
    }
    // A procurement declaration: the fields of its kind appear, a missing number is named and nothing is lost.
    {
        gui::DeclarationDialog dialog(r.db);
        dialog.show();
        select(dialog.kindCombo(), QStringLiteral("procurement"));
        CHECK(dialog.procurementNameEdit()->isVisible());
        CHECK_FALSE(dialog.noInterestCheck()->isVisible());
        select(dialog.declarantCombo(), QStringLiteral("นางสาวมาลี สุขใจ"));
        fillDate(dialog.dateEdit(), "10 พ.ย. 2569");
        type(dialog.procurementNameEdit(), QStringLiteral("จ้างก่อสร้างถนนคอนกรีต หมู่ 3"));
        dialog.addParty(QStringLiteral("หจก. รุ่งเรืองก่อสร้าง"), QStringLiteral("none"));
        dialog.addParty(QStringLiteral("บริษัท สมบูรณ์ จำกัด"), QStringLiteral("sibling"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.errorText().contains(QStringLiteral("procurement_number")));
        type(dialog.procurementNumberEdit(), QStringLiteral("12/2570"));
        dialog.accept();
        INFO(dialog.errorText().toStdString());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.savedId() > 0);
    }
    // An impossible date is named in the dialog.
    {
        gui::DeclarationDialog dialog(r.db);
        select(dialog.kindCombo(), QStringLiteral("situational"));
        fillDate(dialog.dateEdit(), "31/2/2569");
        dialog.accept();
        CHECK(dialog.errorText().startsWith(QStringLiteral("Date:")));
    }

    gui::ConflictsDialog screen(r.db);
    screen.show();
    CHECK(screen.fiscalYear() == 2570);
    REQUIRE(screen.declarationTable()->rowCount() == 2);
    CHECK(screen.declarationTable()->item(1, 4)->text().contains(QStringLiteral("บริษัท สมบูรณ์ จำกัด (พี่น้องร่วมบิดามารดา)")));
    CHECK(screen.declarationTable()->item(1, 5)->text() == QStringLiteral("รอพิจารณา"));
    REQUIRE(screen.missingList()->count() == 2); // มาลี (her procurement declaration is not the annual one) and วิชัย
    CHECK(screen.missingList()->item(0)->text().startsWith(QStringLiteral("นางสาวมาลี สุขใจ")));

    // The supervisor's review, typed into its dialog.
    std::unique_ptr<QDialog> review(screen.makeReviewDialog(1));
    auto* decision = dynamic_cast<gui::DecisionDialog*>(review.get());
    REQUIRE(decision);
    select(decision->decisionCombo(), QStringLiteral("reassign"));
    type(decision->byEdit(), QStringLiteral("นายก อบต."));
    fillDate(decision->dateEdit(), "15/11/2569");
    decision->accept();
    CHECK(decision->errorText().contains(QStringLiteral("reason")));
    type(decision->reasonEdit(), QStringLiteral("มอบให้นายวิชัยเป็นกรรมการแทน"));
    decision->accept();
    REQUIRE(decision->result() == QDialog::Accepted);
    screen.reload();
    CHECK(screen.declarationTable()->item(1, 5)->text().startsWith(
        QStringLiteral("มอบหมายงานให้ผู้อื่นดำเนินการแทน (นายก อบต., 15 พ.ย. 69)")));

    // Exports of the register and of the missing list; the PDF needs the office's name.
    QTemporaryDir dir;
    QString error;
    CHECK_FALSE(screen.exportList(gui::ConflictsDialog::List::Missing, QStringLiteral("pdf"),
                                  dir.filePath(QStringLiteral("m.pdf")), &error));
    CHECK(error.contains(QStringLiteral("office profile lacks its name")));
    office::OfficeProfile office = office::OfficeProfile::load(r.db);
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    REQUIRE(office.save(r.db));
    fillDate(screen.dueEdit(), "15/12/2569");
    REQUIRE(screen.exportList(gui::ConflictsDialog::List::Missing, QStringLiteral("pdf"),
                              dir.filePath(QStringLiteral("m.pdf")), &error));
    const QString missing
        = runProgram(QStringLiteral("pdftotext"),
                     { QStringLiteral("-raw"), dir.filePath(QStringLiteral("m.pdf")), QStringLiteral("-") });
    CHECK(missing.contains(QStringLiteral("ภายในวันที่ 15 ธันวาคม 2569")));
    REQUIRE(screen.exportList(gui::ConflictsDialog::List::Declarations, QStringLiteral("csv"),
                              dir.filePath(QStringLiteral("d.csv")), &error));
    QFile csv(dir.filePath(QStringLiteral("d.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    CHECK(csvText.contains(QStringLiteral("จัดซื้อจัดจ้าง จ้างก่อสร้างถนนคอนกรีต หมู่ 3 (12/2570)")));
    REQUIRE(screen.exportList(gui::ConflictsDialog::List::Declarations, QStringLiteral("xlsx"),
                              dir.filePath(QStringLiteral("d.xlsx")), &error));
    CHECK(QFile(dir.filePath(QStringLiteral("d.xlsx"))).size() > 1000);
}

TEST_CASE("A gift typed in shows the rule's verdict at once, then the head decides on it", "[gui][conflicts][gifts]")
{
    PinnedToday today;
    TempRegister r;
    addStaff(r.db, "นายสมชาย ใจดี", "นักวิชาการพัสดุ", "กองคลัง");
    const auto enter = [&](const char* date, const char* value, bool accept) {
        auto dialog = std::make_unique<gui::GiftDialog>(r.db);
        select(dialog->receiverCombo(), QStringLiteral("นายสมชาย ใจดี"));
        fillDate(dialog->dateEdit(), date);
        type(dialog->giverEdit(), QStringLiteral("หจก. รุ่งเรือง"));
        type(dialog->occasionEdit(), QStringLiteral("ปีใหม่"));
        type(dialog->descriptionEdit(), QStringLiteral("กระเช้า"));
        type(dialog->valueEdit(), QString::fromUtf8(value));
        if (accept) {
            dialog->accept();
            INFO(dialog->errorText().toStdString());
            REQUIRE(dialog->result() == QDialog::Accepted);
        }
        return dialog;
    };
    CHECK(enter("2/11/2569", "2,000", false)->verdictText().contains(QStringLiteral("รับได้")));
    enter("2/11/2569", "2,000", true);
    // The same giver on the same occasion: together 4,000 baht, over the limit.
    auto second = enter("3/11/2569", "2000", false);
    CHECK(second->verdictText().contains(QStringLiteral("ต้องรายงาน")));
    CHECK(second->verdictText().contains(QStringLiteral("4,000")));
    CHECK(second->verdictText().contains(QStringLiteral("3 ธันวาคม 2569")));
    // A relative's gift may be kept, whatever it is worth.
    select(second->relationCombo(), QStringLiteral("spouse_ascendant"));
    CHECK(second->verdictText().contains(QStringLiteral("ญาติ")));
    select(second->relationCombo(), QStringLiteral("none"));
    second->valueEdit()->clear();
    type(second->valueEdit(), QStringLiteral("-5"));
    second->accept();
    CHECK(second->result() != QDialog::Accepted);
    CHECK(second->errorText().contains(QStringLiteral("negative")));
    second->valueEdit()->clear();
    type(second->valueEdit(), QStringLiteral("๒,๐๐๐"));
    second->accept();
    REQUIRE(second->result() == QDialog::Accepted);

    gui::ConflictsDialog screen(r.db);
    screen.tabs()->setCurrentIndex(1);
    screen.show();
    REQUIRE(screen.giftTable()->rowCount() == 2);
    CHECK(screen.giftTable()->item(0, 5)->text() == QStringLiteral("ต้องรายงาน"));
    screen.giftTable()->selectRow(1);
    CHECK(screen.giftReason()->text().contains(QStringLiteral("มาตรา 128")));

    std::unique_ptr<QDialog> decide(screen.makeDecisionDialog(1));
    auto* decision = dynamic_cast<gui::DecisionDialog*>(decide.get());
    REQUIRE(decision);
    select(decision->decisionCombo(), QStringLiteral("hand_over"));
    type(decision->byEdit(), QStringLiteral("นายก อบต."));
    fillDate(decision->dateEdit(), "15/11/2569");
    decision->accept();
    INFO(decision->errorText().toStdString());
    REQUIRE(decision->result() == QDialog::Accepted);
    screen.reload();
    CHECK(screen.giftTable()->item(1, 7)->text().startsWith(QStringLiteral("ให้ส่งมอบเป็นสิทธิของหน่วยงาน")));
    CHECK(screen.gifts().at(1).decision.ruleVersion.contains(QStringLiteral("2563")));

    QTemporaryDir dir;
    QString error;
    office::OfficeProfile office = office::OfficeProfile::load(r.db);
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    REQUIRE(office.save(r.db));
    REQUIRE(screen.exportList(gui::ConflictsDialog::List::NoGiftReport, QStringLiteral("pdf"),
                              dir.filePath(QStringLiteral("r.pdf")), &error));
    const QString report
        = runProgram(QStringLiteral("pdftotext"),
                     { QStringLiteral("-raw"), dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("-") });
    CHECK(report.contains(QStringLiteral("นายสมชาย ใจดี")));
    CHECK(report.contains(QStringLiteral("รวม 2 รายการ")));
}

TEST_CASE("Ticking an officer with a declared tie to the accused flags him before the step is saved",
          "[gui][conflicts][recusal]")
{
    PinnedToday today;
    TempRegister r;
    addStaff(r.db, "นายวิชัย กล้าหาญ", "ปลัด อบต.", "สำนักปลัด");
    addStaff(r.db, "นางสาวมาลี สุขใจ", "นิติกร", "สำนักปลัด");
    conflicts::Declaration tie;
    tie.kind = QStringLiteral("situational");
    tie.declarant = QStringLiteral("นายวิชัย กล้าหาญ");
    tie.date = d("2026-11-01");
    tie.form = QStringLiteral("other");
    tie.parties = { { QStringLiteral("นายสุรชัย พึ่งบุญ"), QStringLiteral("sibling") } };
    QList<conflicts::Declaration> batch = { tie };
    conflicts::DeclarationRegister declarations(r.db);
    REQUIRE(declarations.add(batch));

    complaints::ComplaintRepository repo(r.db);
    complaints::Complaint c = sampleComplaint(dt("2026-11-02T09:00:00")); // accused: นายสุรชัย พึ่งบุญ, กองช่าง
    REQUIRE(repo.add(c));
    for (const char* step : { "registered", "accepted" })
        REQUIRE(repo.recordStep(c.receipt, { QString::fromLatin1(step), {}, {}, dt("2026-11-03T10:00:00"), {}, {} }));

    gui::StepDialog dialog(r.db, *repo.find(c.receipt));
    dialog.show();
    auto* stepCombo = child<QComboBox>(&dialog, "stepCombo");
    select(stepCombo, QStringLiteral("assigned"));
    CHECK(child<QListWidget>(&dialog, "officersList")->isVisible());
    auto* ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    dialog.setOfficerChecked(QStringLiteral("นายวิชัย กล้าหาญ"), true);
    CHECK(dialog.errorText().contains(QStringLiteral("นายวิชัย กล้าหาญ")));
    CHECK(dialog.errorText().contains(QStringLiteral("พี่น้องร่วมบิดามารดา")));
    CHECK_FALSE(ok->isEnabled());
    dialog.setOfficerChecked(QStringLiteral("นายวิชัย กล้าหาญ"), false);
    dialog.setOfficerChecked(QStringLiteral("นางสาวมาลี สุขใจ"), true);
    CHECK(dialog.errorText().isEmpty());
    CHECK(ok->isEnabled());
    child<QComboBox>(&dialog, "unitCombo")->setCurrentText(QStringLiteral("สำนักปลัด"));
    fillDate(child<QLineEdit>(&dialog, "atEdit"), "4/11/2569 10.00 น.");
    dialog.accept();
    INFO(dialog.errorText().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(repo.find(c.receipt)->history.constLast().officers == QStringList { QStringLiteral("นางสาวมาลี สุขใจ") });
}
