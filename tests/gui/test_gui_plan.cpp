// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan through the real widgets: a plan from a template, an activity typed into its dialog, edits in
// place, a round's results entered in the table, a locked round, the chart per measure, and the exports.
#include "GuiTestSupport.h"

#include "ActivityDialog.h"
#include "EvidenceDialog.h"
#include "PlanDialog.h"
#include "StatisticsDialog.h"

#include "calendar/Clock.h"
#include "office/OfficeProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTreeWidget>

using namespace sujarit;

namespace {
QTreeWidgetItem* findCode(QTreeWidget* tree, const QString& code)
{
    const auto items = tree->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, 0);
    REQUIRE(items.size() == 1);
    return items.first();
}

int rowOf(QTableWidget* table, const QString& code)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == code)
            return r;
    FAIL("no row " << code.toStdString());
    return -1;
}
} // namespace

TEST_CASE("A plan made, filled, edited in place and reported on through the plan screen", "[gui][plan]")
{
    const calendar::PinnedNow pinned(dt("2026-11-20T10:00:00"));
    TempRegister r;
    gui::PlanDialog screen(r.db);
    screen.show();
    CHECK(screen.fiscalYear() == 2570);
    CHECK(screen.messageText().contains(QStringLiteral("no plan yet")));
    REQUIRE(screen.createPlan(QStringLiteral("seed004")));
    CHECK(screen.tree()->topLevelItemCount() == 3);
    CHECK(findCode(screen.tree(), QStringLiteral("1.4"))->parent()->text(0) == QStringLiteral("1"));
    CHECK_FALSE(screen.createPlan(QStringLiteral("seed001")));
    CHECK(screen.messageText().contains(QStringLiteral("already has a plan")));

    // An activity typed in, its title picked from seed 001's examples.
    {
        gui::ActivityDialog dialog(r.db, *screen.plan(), nullptr);
        dialog.placeCombo()->setCurrentIndex(dialog.placeCombo()->findData(QPoint(1, 2)));
        const int example = dialog.catalogueCombo()->findText(QStringLiteral("จัดการฝึกอบรม"), Qt::MatchStartsWith);
        CHECK(example == 14); // the 9th example of the campaign area, after the 5 of strategy and the placeholder
        dialog.catalogueCombo()->setCurrentIndex(example);
        emit dialog.catalogueCombo()->activated(example);
        CHECK(dialog.titleEdit()->text().startsWith(QStringLiteral("จัดการฝึกอบรมเรื่องคุณธรรมจริยธรรม")));
        type(dialog.kpiEdit(), QStringLiteral("ผู้เข้าอบรม"));
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(QStringLiteral("count")));
        type(dialog.unitEdit(), QStringLiteral("คน"));
        dialog.targetEdit()->clear();
        type(dialog.targetEdit(), QStringLiteral("๔๐"));
        type(dialog.budgetEdit(), QStringLiteral("เยอะ"));
        dialog.setMonth(1, true);
        dialog.setVirtue(QStringLiteral("honesty"), true);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.errorText().contains(QStringLiteral("Budget")));
        dialog.budgetEdit()->clear();
        type(dialog.budgetEdit(), QStringLiteral("12,000"));
        type(dialog.divisionEdit(), QStringLiteral("สำนักปลัด"));
        dialog.accept();
        INFO(dialog.errorText().toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    // A KPI computed from the register: its kind and unit follow.
    {
        gui::ActivityDialog dialog(r.db, *screen.plan(), nullptr);
        dialog.placeCombo()->setCurrentIndex(dialog.placeCombo()->findData(QPoint(3, 1)));
        type(dialog.titleEdit(), QStringLiteral("แจ้งผลเรื่องร้องเรียนภายในกำหนด"));
        dialog.sourceCombo()->setCurrentIndex(
            dialog.sourceCombo()->findData(QStringLiteral("complaints_answered_in_time")));
        CHECK(dialog.kindCombo()->currentData().toString() == QStringLiteral("percent"));
        CHECK_FALSE(dialog.kpiEdit()->isEnabled());
        dialog.targetEdit()->clear();
        type(dialog.targetEdit(), QStringLiteral("80"));
        dialog.noBudgetCheck()->setChecked(true);
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    screen.reload();
    REQUIRE(screen.plan()->activities.size() == 2);
    QTreeWidgetItem* training = findCode(screen.tree(), QStringLiteral("1.2.1"));
    CHECK(training->text(3) == QStringLiteral("40"));
    CHECK(training->text(4) == QStringLiteral("12,000.00"));

    // In place: a new target is saved; a target that is not a number is refused and changes nothing.
    training->setText(3, QStringLiteral("45"));
    CHECK(screen.plan()->activities[0].kpi.target == 45);
    findCode(screen.tree(), QStringLiteral("1.2.1"))->setText(4, QStringLiteral("หนึ่งหมื่น"));
    CHECK(screen.messageText().contains(QStringLiteral("budget")));
    CHECK(*screen.plan()->activities[0].budgetSatang == 1200000);

    // The 6-month round: typed into the table and saved; the chart shows measure 1 at 100 %.
    screen.roundCombo()->setCurrentIndex(0);
    QTableWidget* table = screen.roundTable();
    int row = rowOf(table, QStringLiteral("1.2.1"));
    table->item(row, 3)->setText(QStringLiteral("46"));
    table->item(row, 4)->setText(QStringLiteral("11,500"));
    screen.setRowStatus(row, QStringLiteral("done"));
    table->item(row, 6)->setText(QStringLiteral("ห้องประชุมเล็ก"));
    REQUIRE(screen.saveRound());
    const plan::Progress saved = screen.plan()->progressAt(screen.plan()->activities[0].id, 6);
    CHECK(*saved.result == 46);
    CHECK(*saved.spentSatang == 1150000);
    CHECK(saved.status == QStringLiteral("done"));
    CHECK(saved.problems == QStringLiteral("ห้องประชุมเล็ก"));
    const auto& bars = screen.chart()->breakdown().rows;
    REQUIRE(bars.size() == 4);
    CHECK(bars[0].count == 100);
    CHECK(bars[2].count == 0);
    CHECK(bars[3].count == 50);
    CHECK(screen.summary()->text().startsWith(QStringLiteral("1 of 2 activities done (50.00%)")));

    // Text in a number column: named, and nothing is saved.
    row = rowOf(table, QStringLiteral("1.2.1"));
    table->item(row, 3)->setText(QStringLiteral("สี่สิบ"));
    CHECK_FALSE(screen.saveRound());
    CHECK(screen.messageText().contains(QStringLiteral("activity 1.2.1: result: “สี่สิบ” is not a number")));
    screen.reload();

    // Locked: a change needs an administrator's name and reason.
    plan::PlanStore store(r.db);
    REQUIRE(store.lockRound(2570, 6, QStringLiteral("นางสาวมาลี")));
    screen.reload();
    row = rowOf(table, QStringLiteral("1.2.1"));
    table->item(row, 3)->setText(QStringLiteral("47"));
    CHECK_FALSE(screen.saveRound());
    CHECK(screen.messageText().contains(QStringLiteral("locked")));
    row = rowOf(table, QStringLiteral("1.2.1"));
    table->item(row, 3)->setText(QStringLiteral("47"));
    REQUIRE(screen.saveRound(plan::Override { QStringLiteral("ผู้ดูแลระบบ"), QStringLiteral("นับผู้เข้าอบรมตกหล่น") }));
    CHECK(store.changes(2570)->size() == 1);

    // Exports: the plan to Excel and CSV, the round report to PDF once the office has a name.
    QTemporaryDir dir;
    QString error;
    REQUIRE(screen.exportTo(QStringLiteral("plan"), QStringLiteral("csv"), dir.filePath(QStringLiteral("plan.csv")),
                            &error));
    QFile csv(dir.filePath(QStringLiteral("plan.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(csv.readAll()).contains(QStringLiteral("1.2.1,จัดการฝึกอบรมเรื่องคุณธรรมจริยธรรม")));
    CHECK_FALSE(
        screen.exportTo(QStringLiteral("round"), QStringLiteral("pdf"), dir.filePath(QStringLiteral("r.pdf")), &error));
    office::OfficeProfile office = office::OfficeProfile::load(r.db);
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    REQUIRE(office.save(r.db));
    REQUIRE(
        screen.exportTo(QStringLiteral("round"), QStringLiteral("pdf"), dir.filePath(QStringLiteral("r.pdf")), &error));
    const QString report
        = runProgram(QStringLiteral("pdftotext"),
                     { QStringLiteral("-raw"), dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("-") });
    CHECK(report.contains(QStringLiteral("ห้องประชุมเล็ก")));
    REQUIRE(screen.exportTo(QStringLiteral("plan"), QStringLiteral("xlsx"), dir.filePath(QStringLiteral("plan.xlsx")),
                            &error));

    // Next year copies this one in one action.
    screen.setFiscalYear(2571);
    REQUIRE(screen.createPlan(QStringLiteral("copy:2570")));
    CHECK(screen.plan()->activities.size() == 2);
    CHECK(screen.plan()->progress.isEmpty());
}

TEST_CASE("An activity's evidence: attached, listed and saved back from the evidence dialog", "[gui][plan]")
{
    TempRegister r;
    plan::PlanStore store(r.db);
    REQUIRE(store.create(2570, QStringLiteral("seed001")));
    const auto p = store.load(2570);
    REQUIRE(p);
    REQUIRE_FALSE(p->activities.isEmpty());
    const plan::Activity& first = p->activities.first();
    gui::EvidenceDialog dialog(r.db, 2570, first.id, 9, first.code() + QStringLiteral(" ") + first.title);
    dialog.show();
    CHECK(dialog.table()->rowCount() == 0);
    const QString pdf = r.dir.filePath(QStringLiteral("รายงานการประชุม.pdf"));
    const QByteArray bytes = QByteArray("%PDF-1.4\n") + QByteArray(500, 'x');
    {
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString text = r.dir.filePath(QStringLiteral("note.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("words");
    }
    CHECK_FALSE(dialog.attach(text));
    REQUIRE(dialog.attach(pdf));
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 1)->text() == QStringLiteral("รายงานการประชุม.pdf"));
    const QString copy = r.dir.filePath(QStringLiteral("copy.pdf"));
    REQUIRE(dialog.saveRow(0, copy));
    QFile back(copy);
    REQUIRE(back.open(QIODevice::ReadOnly));
    CHECK(back.readAll() == bytes);
}
