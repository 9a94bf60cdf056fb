// SPDX-License-Identifier: GPL-3.0-or-later
// The holidays of a year not yet announced, through the real widgets: the administrator's reminder on the Today
// panel from 1 August, the settings table that marks computed days and confirms them, and the case whose deadline
// counts them.
#include "GuiTestSupport.h"

#include "HomePanel.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include "calendar/Clock.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/HolidayTable.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>

using namespace sujarit;

namespace {
void shoot(QWidget* w, const char* name)
{
    if (const QString dir = qEnvironmentVariable("SUJARIT_TEST_SHOTS"); !dir.isEmpty())
        w->grab().save(dir + u'/' + QString::fromLatin1(name));
}
} // namespace

TEST_CASE("From 1 August the administrator is reminded, once, of next year's holidays", "[gui][holidays]")
{
    TempRegister r;
    {
        const calendar::PinnedNow july(dt("2026-07-31T10:00:00"));
        gui::HomePanel home(r.db);
        CHECK(home.reminder().isEmpty());
    }
    const calendar::PinnedNow august(dt("2026-08-01T10:00:00"));
    {
        access::Session clerk;
        clerk.user = QStringLiteral("clerk");
        clerk.roles = {access::Role::Clerk};
        REQUIRE(r.setSession(clerk));
        gui::HomePanel home(r.db);
        CHECK(home.reminder().isEmpty()); // not hers to do
        REQUIRE(r.setSession(officeHead()));
    }
    gui::HomePanel home(r.db);
    home.resize(300, 500);
    home.show();
    CHECK(home.reminder().contains(QStringLiteral("2570")));
    shoot(&home, "today-reminder.png");
    int asked = 0;
    QObject::connect(&home, &gui::HomePanel::holidaysWanted, [&](int year) { asked = year; });
    child<QPushButton>(&home, "reminderOpenButton")->click();
    CHECK(asked == 2570);
    CHECK(home.reminder().isEmpty());
    home.refresh();
    CHECK(home.reminder().isEmpty()); // once
    gui::HomePanel again(r.db);
    CHECK(again.reminder().isEmpty());
}

TEST_CASE("The settings mark computed days of 2570 and confirm them - the case says its deadline may move",
          "[gui][holidays]")
{
    TempRegister r;
    const calendar::PinnedNow today(dt("2027-02-19T10:00:00"));
    complaints::ComplaintRepository repo(r.db);
    complaints::Complaint c = sampleComplaint(dt("2027-02-19T09:00:00"));
    REQUIRE(repo.add(c));
    {
        gui::MainWindow window(r.db);
        window.resize(1366, 768);
        window.show();
        window.showCase(c.id);
        const QString html = child<QTextBrowser>(&window, "caseView")->toPlainText();
        CHECK(html.contains(QStringLiteral("23 กุมภาพันธ์ 2570")));
        INFO(html.toStdString());
        CHECK(html.contains(QStringLiteral("has not announced")));
        shoot(&window, "case-provisional.png");
    }
    {
        gui::SettingsDialog dialog(r.db);
        dialog.resize(1000, 640);
        dialog.show();
        dialog.showHolidaysOf(2570);
        auto* table = child<QTableWidget>(&dialog, "holidayTable");
        int computed = 0, row22 = -1;
        for (int i = 0; i < table->rowCount(); ++i) {
            if (table->item(i, 3)->text() == complaints::HolidayTable::computedText())
                ++computed;
            if (table->item(i, 0)->data(Qt::UserRole).toDate() == d("2027-02-22"))
                row22 = i;
        }
        CHECK(computed >= 6);
        CHECK(child<QLabel>(&dialog, "yearStatusLabel")->text().contains(QString::number(computed)));
        shoot(&dialog, "settings-holidays-2570.png");
        REQUIRE(row22 >= 0);
        table->setCurrentCell(row22, 0);
        CHECK(child<QPushButton>(&dialog, "confirmHolidayButton")->isEnabled());
        REQUIRE(dialog.confirmHoliday());
        CHECK(table->item(row22, 3)->text().isEmpty());
        REQUIRE(dialog.confirmYear());
        for (int i = 0; i < table->rowCount(); ++i)
            CHECK(table->item(i, 3)->text().isEmpty());
        CHECK_FALSE(child<QPushButton>(&dialog, "confirmYearButton")->isEnabled());
    }
    gui::MainWindow window(r.db);
    window.show();
    window.showCase(c.id);
    CHECK_FALSE(child<QTextBrowser>(&window, "caseView")->toPlainText().contains(QStringLiteral("has not announced")));
}
