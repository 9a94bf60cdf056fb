// SPDX-License-Identifier: GPL-3.0-or-later
// The corruption-risk register through the real widgets: a register from seed 002, a risk typed into its form and
// refused until it is whole, a template risk rated, a measure added, the table ranked and the matrix holding each
// risk in its cell, a follow-up round entered in the table, refused whole when half a rating is given, then locked;
// and the export read back.
#include "GuiTestSupport.h"

#include "Ask.h"
#include "EvidenceDialog.h"
#include "RiskDialog.h"

#include "calendar/Clock.h"
#include "office/OfficeProfile.h"
#include "risks/RiskDocuments.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace sujarit;

namespace {
QComboBox* combo(QDialog* d, const char* name)
{
    auto* c = d->findChild<QComboBox*>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}
void choose(QComboBox* c, const QVariant& data)
{
    const int i = c->findData(data);
    REQUIRE(i >= 0);
    c->setCurrentIndex(i);
}
void clickButton(QWidget& screen, const QString& text)
{
    for (QPushButton* b : screen.findChildren<QPushButton*>())
        if (b->text() == text) {
            b->click();
            return;
        }
    FAIL("no button " << text.toStdString());
}
void save(QDialog* d)
{
    auto* buttons = d->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    emit buttons->accepted();
}
} // namespace

TEST_CASE("A risk register made, filled, rated and followed up through the risk screen", "[gui][risks]")
{
    const calendar::PinnedNow pinned(dt("2026-11-20T10:00:00"));
    TempRegister r;
    office::OfficeProfile office = office::OfficeProfile::load(r.db);
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    office.divisions = {QStringLiteral("สำนักปลัด"), QStringLiteral("กองคลัง"), QStringLiteral("กองช่าง")};
    REQUIRE(office.save(r.db));
    gui::RiskDialog screen(r.db);
    screen.show();
    CHECK(screen.fiscalYear() == 2570);
    CHECK(screen.messageText().contains(QStringLiteral("no risk register yet")));
    REQUIRE(screen.createRegister(QStringLiteral("seed002")));
    CHECK(screen.riskTable()->rowCount() == 6);
    CHECK(screen.riskTable()->item(0, 6)->text() == QStringLiteral("not assessed"));

    // A new risk: refused without its event, then saved.
    QDialog* form = screen.riskForm(risks::Risk{});
    type(form->findChild<QLineEdit*>(QStringLiteral("process")), QStringLiteral("การจัดซื้อจัดจ้าง"));
    choose(combo(form, "type"), QStringLiteral("budget"));
    choose(combo(form, "division"), QVariant()); // none yet
    combo(form, "division")->setCurrentIndex(combo(form, "division")->findText(QStringLiteral("กองคลัง")));
    choose(combo(form, "likelihood"), 4);
    choose(combo(form, "impact"), 4);
    CHECK(form->findChild<QLabel*>(QStringLiteral("level"))->text().contains(QStringLiteral("16")));
    save(form);
    CHECK(form->result() != QDialog::Accepted);
    CHECK(form->findChild<QLabel*>(QStringLiteral("error"))->text().contains(QStringLiteral("event")));
    form->findChild<QPlainTextEdit*>(QStringLiteral("event"))->setPlainText(QStringLiteral("กำหนด TOR เอื้อผู้เสนอราคารายหนึ่ง"));
    save(form);
    REQUIRE(form->result() == QDialog::Accepted);
    delete form;

    // Seed 002's first risk rated 3 × 5.
    screen.reload();
    form = screen.riskForm(screen.riskRegister()->risks[0]);
    choose(combo(form, "likelihood"), 3);
    choose(combo(form, "impact"), 5);
    save(form);
    REQUIRE(form->result() == QDialog::Accepted);
    delete form;
    screen.reload();
    QTableWidget* table = screen.riskTable();
    CHECK(table->item(0, 1)->text() == QStringLiteral("R7"));
    CHECK(table->item(0, 0)->text() == QStringLiteral("1"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("4 × 4 = 16"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("R1"));
    CHECK(table->item(1, 6)->text() == QStringLiteral("สูง"));
    CHECK(table->item(1, 6)->background().color() == risks::levelColour(QStringLiteral("high")));
    CHECK(screen.matrix()->cell(4, 4) == QStringList{QStringLiteral("R7")});
    CHECK(screen.matrix()->cell(3, 5) == QStringList{QStringLiteral("R1")});
    CHECK(screen.matrix()->cell(1, 1).isEmpty());

    // A measure against R7, its owner a division of the office.
    QDialog* measure = screen.measureForm(screen.riskRegister()->riskNumbered(7)->id);
    measure->findChild<QPlainTextEdit*>(QStringLiteral("title"))->setPlainText(QStringLiteral("เผยแพร่ร่าง TOR"));
    combo(measure, "division")->setCurrentIndex(combo(measure, "division")->findText(QStringLiteral("กองคลัง")));
    type(measure->findChild<QLineEdit*>(QStringLiteral("due")), QStringLiteral("31 มีนาคม"));
    save(measure);
    CHECK(measure->result() != QDialog::Accepted);
    CHECK(measure->findChild<QLabel*>(QStringLiteral("error"))->text().startsWith(QStringLiteral("Due")));
    measure->findChild<QLineEdit*>(QStringLiteral("due"))->setText(QStringLiteral("31/3/2570"));
    save(measure);
    REQUIRE(measure->result() == QDialog::Accepted);
    delete measure;
    screen.reload();
    CHECK(screen.riskTable()->item(0, 9)->text().contains(QStringLiteral("เผยแพร่ร่าง TOR")));

    // What stakeholders expect, tied to R7; a risk that is not there is refused.
    QDialog* finding = screen.findingForm();
    finding->findChild<QPlainTextEdit*>(QStringLiteral("finding"))->setPlainText(QStringLiteral("ผู้ประกอบการอยากเห็นร่าง TOR ก่อนประกาศ"));
    finding->findChild<QLineEdit*>(QStringLiteral("risks"))->setText(QStringLiteral("R7, R12"));
    save(finding);
    CHECK(finding->findChild<QLabel*>(QStringLiteral("error"))->text().contains(QStringLiteral("no risk 12")));
    finding->findChild<QLineEdit*>(QStringLiteral("risks"))->setText(QStringLiteral("R7"));
    save(finding);
    REQUIRE(finding->result() == QDialog::Accepted);
    delete finding;
    screen.reload();
    REQUIRE(screen.findingTable()->rowCount() == 1);
    CHECK(screen.findingTable()->item(0, 2)->text() == QStringLiteral("R7"));

    // The 6-month round: a measure done, R7 rated after; half a rating refuses the whole round.
    screen.roundCombo()->setCurrentIndex(0);
    QTableWidget* follow = screen.followUpTable();
    REQUIRE(follow->rowCount() == 8);
    const int last = follow->rowCount() - 1; // the measure against R7, numbered after seed 002's seven
    CHECK(follow->item(last, 1)->text().startsWith(QStringLiteral("R7: ")));
    choose(qobject_cast<QComboBox*>(follow->cellWidget(last, 2)), QStringLiteral("done"));
    follow->item(last, 3)->setText(QStringLiteral("เผยแพร่ร่าง TOR 12 โครงการ"));
    QTableWidget* after = screen.residualTable();
    REQUIRE(after->item(0, 0)->text().startsWith(QStringLiteral("R7")));
    choose(qobject_cast<QComboBox*>(after->cellWidget(0, 2)), 2);
    CHECK_FALSE(screen.saveRound());
    CHECK(screen.messageText().contains(QStringLiteral("R7")));
    CHECK(screen.riskRegister()->followUps.isEmpty());
    choose(qobject_cast<QComboBox*>(after->cellWidget(0, 3)), 4);
    REQUIRE(screen.saveRound());
    const qint64 tor = screen.riskRegister()->measures.constLast().id;
    CHECK(screen.riskRegister()->followUps.value(tor).value(6).status == QStringLiteral("done"));
    CHECK(screen.riskRegister()->residuals.value(screen.riskRegister()->riskNumbered(7)->id).value(6).score() == 8);

    // Evidence of the measure done, attached to the round.
    const QString photo = r.dir.filePath(QStringLiteral("tor.png"));
    {
        QFile f(photo);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(300, 'x'));
    }
    {
        std::unique_ptr<gui::EvidenceDialog> evidence(screen.evidenceDialog(last));
        REQUIRE(evidence);
        REQUIRE(evidence->attach(photo));
        CHECK_FALSE(evidence->attach(r.dir.filePath(QStringLiteral("missing.pdf"))));
        REQUIRE(evidence->table()->rowCount() == 1);
        CHECK(evidence->table()->item(0, 1)->text() == QStringLiteral("tor.png"));
        const QString copy = r.dir.filePath(QStringLiteral("copy.png"));
        REQUIRE(evidence->saveRow(0, copy));
        QFile saved(copy);
        REQUIRE(saved.open(QIODevice::ReadOnly));
        CHECK(saved.size() == 308);
    }
    screen.reload();
    CHECK(screen.followUpTable()->item(last, 5)->text() == QStringLiteral("1"));

    gui::Ask::answerNextText(QStringLiteral("นางสาวสมใจ รักษ์ดี"));
    clickButton(screen, QStringLiteral("&Lock the round…"));
    CHECK(screen.riskRegister()->round(6).locked());

    // Locked: the administrator (this session is one) corrects it only with a reason, and it is logged.
    follow = screen.followUpTable();
    follow->item(last, 3)->setText(QStringLiteral("เผยแพร่ร่าง TOR 14 โครงการ"));
    gui::Ask::answerNextText(QString(), false);
    CHECK_FALSE(screen.saveRound());
    gui::Ask::answerNextText(QStringLiteral("   "));
    CHECK_FALSE(screen.saveRound());
    CHECK(screen.messageText().contains(QStringLiteral("reason")));
    screen.followUpTable()->item(last, 3)->setText(QStringLiteral("เผยแพร่ร่าง TOR 14 โครงการ"));
    gui::Ask::answerNextText(QStringLiteral("แก้ตามหลักฐาน"));
    REQUIRE(screen.saveRound());
    CHECK(screen.riskRegister()->followUps.value(tor).value(6).done == QStringLiteral("เผยแพร่ร่าง TOR 14 โครงการ"));
    CHECK(risks::RiskStore(r.db).changes(2570)->size() == 1);

    // A risk not followed up is removed, once confirmed.
    const int before = screen.riskTable()->rowCount();
    screen.riskTable()->setCurrentCell(before - 1, 0); // the last of seed 002's, not rated
    gui::Ask::answerNext(QMessageBox::Yes);
    clickButton(screen, QStringLiteral("&Remove"));
    CHECK(screen.riskTable()->rowCount() == before - 1);

    // The register exported and read back.
    const QString csv = r.dir.filePath(QStringLiteral("risks.csv"));
    QString error;
    REQUIRE(screen.exportTo(QStringLiteral("csv"), csv, &error));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("กำหนด TOR เอื้อผู้เสนอราคารายหนึ่ง")));
    CHECK(text.contains(QStringLiteral("R7")));
    if (const QString shots = qEnvironmentVariable("SUJARIT_TEST_SCREENSHOTS"); !shots.isEmpty())
        screen.grab().save(shots + QStringLiteral("/risks.png"));
}

TEST_CASE("The executive reads the risk register and may not change it", "[gui][risks]")
{
    const calendar::PinnedNow pinned(dt("2026-11-20T10:00:00"));
    TempRegister r;
    {
        gui::RiskDialog screen(r.db);
        REQUIRE(screen.createRegister(QStringLiteral("seed002")));
    }
    access::Session executive;
    executive.user = QStringLiteral("mayor");
    executive.roles = {access::Role::Executive};
    REQUIRE(r.setSession(executive));
    gui::RiskDialog screen(r.db);
    CHECK(screen.riskTable()->rowCount() == 6);
    for (QPushButton* b : screen.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("&New register…") || b->text() == QStringLiteral("&Save the round"))
            CHECK_FALSE(b->isEnabled());
    QDialog* form = screen.riskForm(screen.riskRegister()->risks[0]);
    choose(combo(form, "likelihood"), 5);
    choose(combo(form, "impact"), 5);
    save(form);
    CHECK(form->result() != QDialog::Accepted);
    CHECK(form->findChild<QLabel*>(QStringLiteral("error"))->text().contains(QStringLiteral("may not")));
    delete form;
    CHECK_FALSE(screen.riskRegister()->risks[0].assessed());
}
