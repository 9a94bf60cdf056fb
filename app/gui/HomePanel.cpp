// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomePanel.h"
#include "ui_HomePanel.h"

#include "access/Session.h"
#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "committee/CommitteeStore.h"
#include "committee/MeetingMinutes.h"
#include "committee/Meetings.h"
#include "calendar/ThaiDate.h"
#include "complaints/Agenda.h"
#include "complaints/Deadlines.h"
#include "complaints/HolidayTable.h"
#include "moral/SelectionStore.h"
#include "moral/SelfAssessment.h"
#include "storage/Database.h"

#include "Labels.h"

#include <QBrush>
#include <algorithm>
#include <QPushButton>

namespace sujarit::gui {

using namespace complaints;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

HomePanel::HomePanel(storage::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HomePanel>())
    , m_db(db)
{
    m_ui->setupUi(this);
    auto open = [this](QTreeWidgetItem* item) {
        if (item && item->data(0, IdRole).isValid())
            emit caseChosen(item->data(0, IdRole).toLongLong());
    };
    connect(m_ui->agendaTree, &QTreeWidget::itemActivated, this, [open](QTreeWidgetItem* item, int) { open(item); });
    auto acknowledge = [this] {
        HolidayTable table(m_db);
        table.markReminded(m_reminderYear);
        m_ui->reminderFrame->hide();
    };
    connect(m_ui->reminderDismissButton, &QPushButton::clicked, this, acknowledge);
    connect(m_ui->reminderOpenButton, &QPushButton::clicked, this, [this, acknowledge] {
        const int year = m_reminderYear;
        acknowledge();
        emit holidaysWanted(calendar::toBuddhistYear(year));
    });
    refresh();
}

HomePanel::~HomePanel() = default;

QString HomePanel::reminder() const
{
    return m_ui->reminderFrame->isHidden() ? QString() : m_ui->reminderLabel->text();
}

void HomePanel::showReminder()
{
    HolidayTable table(m_db);
    const auto year = table.yearToRemind(calendar::now().date());
    m_ui->reminderFrame->setVisible(year.has_value());
    if (!year)
        return;
    m_reminderYear = *year;
    m_ui->reminderLabel->setText(
        tr("The holidays of %1 are Sujarit's reckoning: the Cabinet's extra days and วันพืชมงคล are not in the "
           "table yet, and the computed days wait to be confirmed. Enter them when the Cabinet announces the year.")
            .arg(calendar::toBuddhistYear(*year)));
}

QString HomePanel::nextMeeting(QDate today) const
{
    if (!access::allows(m_db.session(), access::Permission::ViewIntegrity))
        return {};
    const int year = calendar::fiscalYearOf(today);
    QStringList lines;
    bool next = false;
    for (int y : {year, year + 1}) {
        if (!committee::CommitteeStore(m_db).exists(y))
            continue;
        const auto meetings = committee::MeetingStore(m_db).list(y);
        if (!meetings)
            return {};
        for (const committee::Meeting& m : *meetings) {
            if (m.number == 0 || (m.status != u"planned" && m.status != u"agenda_sent"))
                continue;
            if (m.date < today) { // held, by its date, and no minutes yet
                lines << tr("The minutes of ethics committee meeting No. %1 (%2) are not written yet")
                             .arg(m.numberText(), calendar::formatThaiDate(m.date));
                continue;
            }
            if (next)
                continue;
            next = true;
            if (m.status == u"agenda_sent")
                lines.prepend(tr("Next ethics committee meeting: No. %1 on %2; its agenda has gone to the members")
                                  .arg(m.numberText(), calendar::formatThaiDate(m.date)));
            else if (m.agendaDue < today)
                lines.prepend(tr("Next ethics committee meeting: No. %1 on %2; its agenda was due on %3 and is late")
                                  .arg(m.numberText(), calendar::formatThaiDate(m.date), calendar::formatThaiDate(m.agendaDue)));
            else
                lines.prepend(tr("Next ethics committee meeting: No. %1 on %2; its agenda is due on %3")
                                  .arg(m.numberText(), calendar::formatThaiDate(m.date), calendar::formatThaiDate(m.agendaDue)));
        }
        if (const auto open = committee::MinutesBook(m_db).openActions(y)) {
            const auto late = std::count_if(open->begin(), open->end(), [&](const committee::Action& a) { return a.due < today; });
            if (late > 0)
                lines << tr("%n follow-up action(s) of the ethics committee are past their due day", nullptr, int(late));
        }
    }
    return lines.join(u'\n');
}

QString HomePanel::moralReport(QDate today) const
{
    if (!access::allows(m_db.session(), access::Permission::ViewIntegrity))
        return {};
    const int year = calendar::fiscalYearOf(today);
    const QDate due = moral::reportDue(m_db, year);
    const qint64 days = today.daysTo(due);
    // The divisions' results, when their selection is open and not announced.
    const QDate divisionsDue = moral::divisionResultsDue(m_db, year);
    const qint64 divisionDays = today.daysTo(divisionsDue);
    const auto opened = divisionDays <= 60 ? moral::SelectionStore(m_db).opened(year) : std::nullopt;
    const bool pending = opened && std::any_of(opened->begin(), opened->end(), [](const moral::OpenedSelection& o) {
        return o.kind == QLatin1String("division") && !o.announcedOn;
    });
    QString divisions;
    if (pending)
        divisions = divisionDays >= 0
            ? tr("The divisions' results of %1 are due on %2 (in %n day(s)); not announced yet", nullptr, int(divisionDays))
                  .arg(year)
                  .arg(calendar::formatThaiDate(divisionsDue))
            : tr("The divisions' results of %1 were due on %2 and are late").arg(year).arg(calendar::formatThaiDate(divisionsDue));
    const auto a = moral::SelfAssessmentStore(m_db).load(year);
    if (!a)
        return divisions;
    const QList<int> open = a->unanswered();
    if (days > 60 || (a->updatedAt && a->level > 0 && open.isEmpty()))
        return divisions;
    QStringList numbers;
    for (int n : open)
        numbers << QString::number(n);
    const QString lacks = !a->updatedAt ? tr("not started")
        : a->level == 0                 ? tr("no level claimed")
                                        : tr("criteria %1 not assessed").arg(numbers.join(QStringLiteral(", ")));
    const QString report = days >= 0
        ? tr("The moral-organisation report of %1 is due on %2 (in %n day(s)): %3", nullptr, int(days))
              .arg(year)
              .arg(calendar::formatThaiDate(due), lacks)
        : tr("The moral-organisation report of %1 was due on %2 and is late: %3")
              .arg(year)
              .arg(calendar::formatThaiDate(due), lacks);
    return divisions.isEmpty() ? report : report + u'\n' + divisions;
}

QList<int> HomePanel::counts() const
{
    QList<int> out;
    for (int i = 0; i < m_ui->agendaTree->topLevelItemCount(); ++i)
        out << m_ui->agendaTree->topLevelItem(i)->childCount();
    return out;
}

void HomePanel::refresh()
{
    showReminder();
    ComplaintRepository repo(m_db);
    const QDate today = repo.today();
    const auto agenda = Agenda::read(repo, today);
    m_ui->agendaTree->clear();
    if (!agenda) {
        m_ui->yearLabel->setText(repo.errorString());
        return;
    }
    QString year = tr("Fiscal year %1: %2 received, %3 completed, %4 in progress")
                       .arg(agenda->fiscalYear)
                       .arg(agenda->received)
                       .arg(agenda->completed)
                       .arg(agenda->inProgress);
    if (const QString meeting = nextMeeting(today); !meeting.isEmpty())
        year += u'\n' + meeting;
    if (const QString report = moralReport(today); !report.isEmpty())
        year += u'\n' + report;
    m_ui->yearLabel->setText(year);
    auto group = [&](const QString& title, const QList<ComplaintSummary>& cases, bool red) {
        auto* top = new QTreeWidgetItem(m_ui->agendaTree, {title.arg(cases.size())});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const ComplaintSummary& s : cases) {
            QString when;
            if (s.nextDeadline)
                when = QStringLiteral(" — %1 %2")
                           .arg(clockName(s.nextClock),
                                calendar::formatThaiDate(*s.nextDeadline, calendar::DateStyle::AbbreviatedShortYear));
            auto* item = new QTreeWidgetItem(top, {QStringLiteral("%1 %2%3").arg(s.receipt.toString(), s.subject, when)});
            item->setData(0, IdRole, s.id);
            item->setToolTip(0, item->text(0));
            if (red)
                item->setForeground(0, QBrush(QColor(0xB0, 0x00, 0x20)));
        }
        top->setExpanded(!cases.isEmpty() && cases.size() <= 50);
    };
    group(tr("Overdue (%1)"), agenda->overdue, true);
    group(tr("Due today (%1)"), agenda->dueToday, false);
    group(tr("Due this week (%1)"), agenda->dueThisWeek, false);
    group(tr("Not yet registered (%1)"), agenda->notRegistered, false);
}

} // namespace sujarit::gui
