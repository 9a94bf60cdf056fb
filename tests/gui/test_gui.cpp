// SPDX-License-Identifier: GPL-3.0-or-later
// The real widgets, driven as a clerk would: keystrokes into the intake form, a search in the register, steps.
#include "GuiTestSupport.h"

#include "HomePanel.h"
#include "IntakeDialog.h"
#include "MainWindow.h"
#include "RegisterModel.h"
#include "SettingsDialog.h"
#include "StatisticsDialog.h"
#include "StepDialog.h"

#include "complaints/Deadlines.h"
#include "complaints/HolidayTable.h"
#include "documents/PageWriter.h"
#include "documents/ReceiptDocument.h"
#include "office/OfficeProfile.h"

#include "calendar/Clock.h"
#include "complaints/ComplaintRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QSpinBox>
#include <QTableWidget>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPrinter>
#include <QProcess>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace sujarit;


TEST_CASE("A clerk takes a complaint down by keystrokes, checked as she types", "[gui][intake]")
{
    TempRegister r;
    gui::IntakeDialog dialog(r.db);
    dialog.show();
    auto* save = child<QPushButton>(&dialog, "saveButton");
    // Nothing typed yet: the reasons show next to the fields, Save stays off.
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(child<QLabel>(&dialog, "subjectEditError")->text().isEmpty());
    CHECK_FALSE(child<QLabel>(&dialog, "nameEditError")->text().isEmpty());

    type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("นางสาวสมศรี ใจงาม"));
    CHECK(child<QLabel>(&dialog, "nameEditError")->text().isEmpty());
    type(child<QLineEdit>(&dialog, "nationalIdEdit"), QStringLiteral("1234567890122"));
    CHECK_FALSE(child<QLabel>(&dialog, "nationalIdEditError")->text().isEmpty());
    child<QLineEdit>(&dialog, "nationalIdEdit")->clear();
    type(child<QLineEdit>(&dialog, "nationalIdEdit"), QStringLiteral("1234567890121"));
    CHECK(child<QLabel>(&dialog, "nationalIdEditError")->text().isEmpty());
    type(child<QLineEdit>(&dialog, "subjectEdit"), QStringLiteral("เรียกรับเงินค่าใบอนุญาตก่อสร้าง"));
    type(child<QPlainTextEdit>(&dialog, "detailsEdit"), QStringLiteral("เจ้าหน้าที่เรียกเงิน 500 บาท"));
    type(child<QLineEdit>(&dialog, "accusedNameEdit"), QStringLiteral("นายเอ บี"));
    CHECK(dialog.problems().isEmpty());
    CHECK(save->isEnabled());

    // Anonymous hides and empties the identity.
    child<QCheckBox>(&dialog, "anonymousCheck")->setChecked(true);
    CHECK(child<QLineEdit>(&dialog, "nameEdit")->isHidden());
    CHECK(child<QLineEdit>(&dialog, "nameEdit")->text().isEmpty());
    child<QCheckBox>(&dialog, "anonymousCheck")->setChecked(false);
    CHECK_FALSE(save->isEnabled()); // the name is needed again
    type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("นางสาวสมศรี ใจงาม"));
    REQUIRE(save->isEnabled());

    // The area is completed from the official list.
    auto* area = child<QLineEdit>(&dialog, "areaEdit");
    type(area, QStringLiteral("โคกแย้"));
    REQUIRE(area->completer());
    area->completer()->setCompletionPrefix(area->text());
    CHECK(area->completer()->completionCount() >= 1);
    area->setText(QStringLiteral("ต.โคกแย้ » อ.หนองแค » จ.สระบุรี » 18230"));
    type(child<QLineEdit>(&dialog, "addressEdit"), QStringLiteral("40 หมู่ที่ 6"));

    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(dialog.saved().receipt.isValid());
    CHECK(dialog.saved().complainant.name == QStringLiteral("นางสาวสมศรี ใจงาม")); // for the receipt printed next
    CHECK(child<QLabel>(&dialog, "resultLabel")->text().contains(dialog.saved().receipt.toString()));
    CHECK(child<QPushButton>(&dialog, "printReceiptButton")->isVisible());
    complaints::ComplaintRepository repo(r.db);
    repo.setRevealReason(QStringLiteral("ตรวจการบันทึก"));
    const auto stored = repo.find(dialog.saved().receipt);
    REQUIRE(stored);
    CHECK(stored->complainant.name == QStringLiteral("นางสาวสมศรี ใจงาม"));
    CHECK(stored->details == QStringLiteral("เจ้าหน้าที่เรียกเงิน 500 บาท"));
    CHECK(stored->complainant.moo == QStringLiteral("6"));
    CHECK(stored->complainant.subdistrict == QStringLiteral("โคกแย้"));
    CHECK(stored->complainant.province == QStringLiteral("สระบุรี"));
    CHECK(stored->complainant.postcode == QStringLiteral("18230"));
}

TEST_CASE("The register finds a case by a Thai word as you type, and offers only legal steps", "[gui][register]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db);
    QList<complaints::Complaint> batch = {sampleComplaint(dt("2025-01-06T09:00:00"), QStringLiteral("ละเว้นการเก็บขยะ")),
                                          sampleComplaint(dt("2025-01-07T09:00:00"), QStringLiteral("ไฟฟ้าส่องสว่างดับ"))};
    REQUIRE(repo.add(batch));
    gui::MainWindow window(r.db);
    window.show();
    QAbstractItemModelTester tester(window.registerModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(window.registerModel()->rowCount() == 2);

    auto* search = child<QLineEdit>(&window, "searchEdit");
    type(search, QStringLiteral("ขยะ"));
    QTRY_COMPARE_WITH_TIMEOUT(window.registerModel()->rowCount(), 1, 3000);
    CHECK(window.registerModel()->summary(0)->subject == QStringLiteral("ละเว้นการเก็บขยะ"));
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(window.registerModel()->rowCount(), 2, 3000);

    // A registered case may be accepted, not accepted or referred; closing is not offered.
    const auto first = repo.find(batch[0].receipt);
    {
        gui::StepDialog step(r.db, *first);
        CHECK(step.offeredSteps() == QStringList{QStringLiteral("registered"), QStringLiteral("progress_notified")});
        child<QComboBox>(&step, "stepCombo")->setCurrentIndex(0);
        step.accept();
        CHECK(step.result() == QDialog::Accepted);
    }
    const auto registered = repo.find(batch[0].receipt);
    CHECK(registered->status == QStringLiteral("registered"));
    gui::StepDialog next(r.db, *registered);
    CHECK(next.offeredSteps().contains(QStringLiteral("not_accepted")));
    CHECK_FALSE(next.offeredSteps().contains(QStringLiteral("closed")));
    CHECK_FALSE(next.offeredSteps().contains(QStringLiteral("assigned")));
    auto* combo = child<QComboBox>(&next, "stepCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("not_accepted")));
    CHECK(child<QComboBox>(&next, "reasonCombo")->isVisibleTo(&next));
    CHECK_FALSE(child<QComboBox>(&next, "unitCombo")->isVisibleTo(&next));
}

TEST_CASE("The register model passes the model tester through filters and refreshes", "[gui][model]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db, [] { return dt("2026-06-01T12:00:00"); });
    QList<complaints::Complaint> some;
    for (int i = 0; i < 120; ++i)
        some << sampleComplaint(dt("2024-10-01T09:00:00").addDays(i * 5), QStringLiteral("เรื่องที่ %1").arg(i));
    REQUIRE(repo.add(some));
    gui::RegisterModel model(r.db);
    // Qt 6.4's tester calls fetchMore() from inside its own change handlers, so it is given registers that fit one
    // page; paging is tested on its own below.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.refresh();
    CHECK(model.rowCount() == 120);
    complaints::ComplaintFilter f;
    f.fiscalYear = 2568;
    model.setFilter(f);
    CHECK(model.rowCount() == model.totalCount());
    CHECK(model.rowCount() < 120);
    f.search = QStringLiteral("เรื่องที่ 1");
    model.setFilter(f);
    CHECK(model.rowCount() > 0);
    f = {};
    model.setFilter(f);
    CHECK(model.rowCount() == 120);
    CHECK(model.data(model.index(0, gui::RegisterModel::Receipt)).toString() == some.first().receipt.toString());
}

TEST_CASE("The register model reads a page at a time", "[gui][model]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db);
    QList<complaints::Complaint> many;
    for (int i = 0; i < 450; ++i)
        many << sampleComplaint(dt("2024-10-01T09:00:00").addDays(i % 300), QStringLiteral("เรื่องที่ %1").arg(i));
    REQUIRE(repo.add(many));
    gui::RegisterModel model(r.db);
    model.refresh();
    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == 200); // one page fetched
    while (model.canFetchMore())
        model.fetchMore();
    CHECK(model.rowCount() == 450);
    model.fetchMore(); // nothing more: no change
    CHECK(model.rowCount() == 450);
}

TEST_CASE("Home shows what needs doing today, and opens a case from it", "[gui][home]")
{
    // Wednesday 15 January 2568.
    const calendar::PinnedNow pinned(dt("2025-01-15T12:00:00"));
    TempRegister r;
    complaints::ComplaintRepository repo(r.db);
    QList<complaints::Complaint> batch = {
        sampleComplaint(dt("2025-01-06T09:00:00"), QStringLiteral("ยังไม่ลงทะเบียน เกินกำหนด")), // register by 7 Jan
        sampleComplaint(dt("2025-01-14T09:00:00"), QStringLiteral("ลงทะเบียนวันนี้")), // register by 15 Jan
        sampleComplaint(dt("2025-01-15T08:00:00"), QStringLiteral("ลงทะเบียนพรุ่งนี้")), // register by 16 Jan
    };
    REQUIRE(repo.add(batch));
    gui::MainWindow window(r.db);
    window.show();
    const QList<int> counts = window.homePanel()->counts();
    REQUIRE(counts.size() == 4);
    CHECK(counts[0] == 1); // overdue
    CHECK(counts[1] == 1); // due today
    CHECK(counts[2] == 1); // due this week
    CHECK(counts[3] == 3); // not registered
    auto* tree = child<QTreeWidget>(&window, "agendaTree");
    QTreeWidgetItem* overdue = tree->topLevelItem(0)->child(0);
    REQUIRE(overdue);
    CHECK(overdue->text(0).contains(batch[0].receipt.toString()));
    emit tree->itemActivated(overdue, 0);
    CHECK(child<QTextBrowser>(&window, "caseView")->toPlainText().contains(QStringLiteral("ยังไม่ลงทะเบียน เกินกำหนด")));
}

TEST_CASE("Settings: the office profile, a holiday added and removed, a deadline rule", "[gui][settings]")
{
    TempRegister r;
    {
        gui::SettingsDialog dialog(r.db);
        child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้"));
        child<QLineEdit>(&dialog, "executive_name")->setText(QStringLiteral("นายสมชาย ใจดี"));
        child<QLineEdit>(&dialog, "divisions")->setText(QStringLiteral("สำนักปลัด, กองช่าง"));
        child<QLineEdit>(&dialog, "holidayDateEdit")->setText(QStringLiteral("31/2/2569"));
        CHECK_FALSE(dialog.addHoliday());
        CHECK(child<QLabel>(&dialog, "holidayMessage")->text().contains(QStringLiteral("31/2/2569")));
        child<QLineEdit>(&dialog, "holidayDateEdit")->setText(QStringLiteral("15/5/2569"));
        child<QLineEdit>(&dialog, "holidayNameEdit")->setText(QStringLiteral("วันพืชมงคล"));
        REQUIRE(dialog.addHoliday());
        auto* table = child<QTableWidget>(&dialog, "holidayTable");
        bool listed = false;
        for (int i = 0; i < table->rowCount(); ++i)
            listed = listed || table->item(i, 1)->text() == QStringLiteral("วันพืชมงคล");
        CHECK(listed);
        auto* rules = child<QTableWidget>(&dialog, "rulesTable");
        for (int i = 0; i < rules->rowCount(); ++i)
            if (rules->item(i, 0)->data(Qt::UserRole).toString() == QStringLiteral("first_answer"))
                static_cast<QSpinBox*>(rules->cellWidget(i, 1))->setValue(10);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const office::OfficeProfile profile = office::OfficeProfile::load(r.db);
    CHECK(profile.name == QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้"));
    CHECK(profile.divisions == QStringList{QStringLiteral("สำนักปลัด"), QStringLiteral("กองช่าง")});
    complaints::HolidayTable holidays(r.db);
    CHECK(holidays.workingCalendar().isHoliday(d("2026-05-15")));
    CHECK(complaints::ruleFor(holidays.deadlineRules(), QStringLiteral("first_answer")).amount == 10);
    {
        gui::SettingsDialog dialog(r.db);
        child<QSpinBox>(&dialog, "yearSpin")->setValue(2569);
        auto* table = child<QTableWidget>(&dialog, "holidayTable");
        for (int i = 0; i < table->rowCount(); ++i)
            if (table->item(i, 1)->text() == QStringLiteral("วันพืชมงคล"))
                table->setCurrentCell(i, 0);
        REQUIRE(dialog.removeHoliday());
    }
    CHECK_FALSE(holidays.workingCalendar().isHoliday(d("2026-05-15")));
}

TEST_CASE("A scan is attached to the case shown and listed with it", "[gui][attachments]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db);
    complaints::Complaint c = sampleComplaint(dt("2025-01-06T09:00:00"));
    REQUIRE(repo.add(c));
    gui::MainWindow window(r.db);
    window.show();
    window.showCase(c.id);
    const QString scan = r.dir.filePath(QStringLiteral("scan.pdf"));
    {
        QFile f(scan);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\nscan of the complaint letter\n");
    }
    REQUIRE(window.attachFile(scan));
    auto* list = child<QListWidget>(&window, "attachmentList");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("scan.pdf")));
    CHECK(child<QPushButton>(&window, "openAttachmentButton")->isEnabled());
}

TEST_CASE("Printing goes through the same QPrinter path as the preview, here into a PDF", "[gui][print]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db);
    complaints::Complaint c = sampleComplaint(dt("2025-01-15T09:30:00"), QStringLiteral("เรียกรับเงินค่าใบอนุญาต"));
    REQUIRE(repo.add(c));
    office::OfficeProfile office;
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    office.phone = QStringLiteral("036-374047");
    office.executiveTitle = QStringLiteral("นายกองค์การบริหารส่วนตำบลโคกแย้");
    REQUIRE(office.save(r.db));
    // What the preview dialog's paintRequested does, on a printer that prints to a file.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = r.dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    {
        documents::PageWriter page(&printer);
        QString error;
        REQUIRE(documents::paintReceipt(page, r.db, *repo.find(c.receipt), office, &error));
    }
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("ใบรับเรื่องร้องเรียน")));
    CHECK(printed.contains(QStringLiteral("เรียกรับเงินค่าใบอนุญาต")));
    CHECK(printed.contains(c.receipt.toString()));
}

TEST_CASE("The statistics screen: a year and a half-year, each table and chart, and every export", "[gui][statistics]")
{
    TempRegister r;
    complaints::ComplaintRepository repo(r.db);
    for (const char* at : {"2024-10-05T09:00:00", "2024-11-10T10:00:00", "2025-04-01T11:00:00", "2025-10-02T09:00:00"}) {
        complaints::Complaint c = sampleComplaint(dt(at));
        REQUIRE(repo.add(c));
    }
    gui::StatisticsDialog dialog(r.db);
    dialog.show();
    dialog.showYear(2568, false);
    REQUIRE(dialog.statistics());
    CHECK(dialog.statistics()->total == 3);
    CHECK(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("<b>3</b>")));
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 13); // twelve months and the total
    CHECK(table->item(0, 0)->text() == QStringLiteral("ต.ค. 67"));
    CHECK(table->item(0, 1)->data(Qt::DisplayRole).toInt() == 1);
    CHECK(table->item(12, 1)->data(Qt::DisplayRole).toInt() == 3);
    CHECK(table->item(0, 2)->text() == QStringLiteral("33.3%"));

    // Choosing another table in the list shows it, and the chart draws its bars.
    auto* list = child<QListWidget>(&dialog, "tableList");
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("by_category"))
            list->setCurrentRow(i);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("ประเภท"));
    const QImage chart = dialog.chart()->grab().toImage();
    const QRgb background = chart.pixel(1, 1);
    int inked = 0;
    for (int y = 0; y < chart.height(); y += 2)
        for (int x = 0; x < chart.width(); x += 2)
            inked += chart.pixel(x, y) != background ? 1 : 0;
    CHECK(inked > 50);

    // The first half of the year: October to March.
    child<QComboBox>(&dialog, "periodCombo")->setCurrentIndex(1);
    CHECK(dialog.statistics()->total == 2);
    CHECK(dialog.statistics()->firstHalf);
    child<QComboBox>(&dialog, "periodCombo")->setCurrentIndex(0);

    // Exports: paper needs the office's name, and says so; then every format is written.
    QString error;
    const QString dir = r.dir.path();
    CHECK_FALSE(dialog.exportTo(QStringLiteral("pdf"), dir + QStringLiteral("/s.pdf"), &error));
    CHECK(error.contains(QStringLiteral("name")));
    CHECK_FALSE(QFile::exists(dir + QStringLiteral("/s.pdf")));
    office::OfficeProfile office;
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    REQUIRE(office.save(r.db));
    for (const char* format : {"xlsx", "csv", "json", "pdf"}) {
        const QString path = dir + QStringLiteral("/s.") + QString::fromLatin1(format);
        INFO(format << ": " << error.toStdString());
        REQUIRE(dialog.exportTo(QString::fromLatin1(format), path, &error));
        CHECK(QFile(path).size() > 100);
    }
    QFile json(dir + QStringLiteral("/s.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(json.readAll()).object()[QStringLiteral("total")].toInt() == 3);
    CHECK_FALSE(dialog.exportTo(QStringLiteral("xlsx"), QStringLiteral("/nonexistent/folder/s.xlsx"), &error));
    CHECK(error.contains(QStringLiteral("cannot write")));

    // Opened on a given year (the register's filter), it shows that year straight away.
    gui::StatisticsDialog opened(r.db, nullptr, 2569);
    REQUIRE(opened.statistics());
    CHECK(opened.statistics()->fiscalYear == 2569);
    CHECK(opened.statistics()->total == 1);
    CHECK(child<QComboBox>(&opened, "yearCombo")->currentData().toInt() == 2569);

    // The main window opens the screen from its Reports menu.
    gui::MainWindow window(r.db);
    CHECK(window.findChild<QAction*>(QStringLiteral("statisticsAction")));
}
