// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitteeDialog.h"

#include "Ask.h"
#include "DocumentPrinter.h"
#include "Labels.h"
#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "committee/CommitteeOrder.h"
#include "committee/CommitteeStore.h"
#include "committee/MeetingAgenda.h"
#include "committee/MeetingMinutes.h"
#include "committee/MeetingRegister.h"
#include "documents/ListDocument.h"
#include "office/OfficeProfile.h"
#include "plan/PlanStore.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <functional>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sujarit::gui {

using namespace committee;

namespace {
/** Save and Cancel, Save named \a save; Cancel closes. */
QDialogButtonBox* formButtons(QDialog* dialog, const QString& save)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setText(save);
    buttons->button(QDialogButtonBox::Cancel)->setText(CommitteeDialog::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QComboBox* roleCombo(QWidget* parent, const QString& current = QStringLiteral("member"))
{
    auto* role = new QComboBox(parent);
    role->setObjectName(QStringLiteral("role"));
    for (const Term& r : roles())
        role->addItem(label(r), r.code);
    role->setCurrentIndex(std::max(0, role->findData(current)));
    return role;
}

/** A form's fields above its message and buttons. */
void layOut(QDialog* dialog, QFormLayout* form, QLabel* error, QDialogButtonBox* buttons)
{
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
}
} // namespace

CommitteeDialog::CommitteeDialog(storage::Database& db, QWidget* parent, std::optional<int> year) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("The ethics committee"));
    const YearBar bar = yearBar(this, year);
    m_year = bar.year;
    m_message = bar.message;
    QHBoxLayout* top = bar.layout;

    // Members.
    auto* membersPage = new QWidget(this);
    m_members = new QTableWidget(0, 3, membersPage);
    m_members->setObjectName(QStringLiteral("memberTable"));
    m_members->setHorizontalHeaderLabels({tr("Name"), tr("Position"), tr("Role on the committee")});
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_members, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QDialog* d = roleForm(row))
            d->open();
    });
    auto* add = new QPushButton(tr("&Add a member…"), membersPage);
    auto* role = new QPushButton(tr("Change the &role…"), membersPage);
    auto* remove = new QPushButton(tr("Re&move"), membersPage);
    connect(add, &QPushButton::clicked, this, [this] { memberForm()->open(); });
    connect(role, &QPushButton::clicked, this, [this] {
        if (QDialog* d = roleForm(m_members->currentRow()))
            d->open();
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeMember(m_members->currentRow()); });
    auto* memberButtons = new QHBoxLayout;
    for (QPushButton* b : {add, role, remove})
        memberButtons->addWidget(b);
    memberButtons->addStretch();
    auto* membersLayout = new QVBoxLayout(membersPage);
    membersLayout->addWidget(m_members, 1);
    membersLayout->addLayout(memberButtons);

    // Goals.
    auto* goalsPage = new QWidget(this);
    m_goals = new QListWidget(goalsPage);
    m_goals->setObjectName(QStringLiteral("goalList"));
    m_goals->setWordWrap(true);
    auto* addGoal = new QPushButton(tr("Add a &goal…"), goalsPage);
    auto* removeGoal = new QPushButton(tr("Remove the goal"), goalsPage);
    connect(addGoal, &QPushButton::clicked, this, [this] { goalForm()->open(); });
    connect(removeGoal, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_goals->currentItem();
        if (!item || Ask::question(this, tr("Remove the goal"), tr("Remove the goal “%1”?").arg(item->text())) != QMessageBox::Yes)
            return;
        CommitteeStore store(m_db);
        if (!store.removeGoal(fiscalYear(), item->data(Qt::UserRole).toLongLong()))
            showMessage(store.errorString(), true);
        reload();
    });
    auto* goalButtons = new QHBoxLayout;
    goalButtons->addWidget(addGoal);
    goalButtons->addWidget(removeGoal);
    goalButtons->addStretch();
    auto* goalsLayout = new QVBoxLayout(goalsPage);
    goalsLayout->addWidget(m_goals, 1);
    goalsLayout->addLayout(goalButtons);

    // Meetings.
    auto* meetingsPage = new QWidget(this);
    m_meetings = new QTableWidget(0, 5, meetingsPage);
    m_meetings->setObjectName(QStringLiteral("meetingTable"));
    m_meetings->setHorizontalHeaderLabels({tr("Meeting"), tr("Date"), tr("Agenda due"), tr("Status"), tr("Note")});
    m_meetings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_meetings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_meetings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_meetings->verticalHeader()->hide();
    m_meetings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_meetings->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    auto* planYear = new QPushButton(tr("&Plan the year…"), meetingsPage);
    auto* addMeeting = new QPushButton(tr("A&dd a meeting…"), meetingsPage);
    auto* moveMeeting = new QPushButton(tr("Mo&ve…"), meetingsPage);
    auto* cancelMeeting = new QPushButton(tr("&Cancel the meeting…"), meetingsPage);
    connect(planYear, &QPushButton::clicked, this, [this] {
        if (QDialog* d = scheduleForm())
            d->open();
    });
    connect(addMeeting, &QPushButton::clicked, this, [this] {
        if (QDialog* d = meetingForm(-1))
            d->open();
    });
    connect(moveMeeting, &QPushButton::clicked, this, [this] {
        if (QDialog* d = meetingForm(m_meetings->currentRow()))
            d->open();
    });
    connect(cancelMeeting, &QPushButton::clicked, this, [this] {
        if (QDialog* d = meetingForm(m_meetings->currentRow(), true))
            d->open();
    });
    auto* agendaButton = new QPushButton(tr("A&genda…"), meetingsPage);
    auto* minutesButton = new QPushButton(tr("M&inutes…"), meetingsPage);
    auto* approveButton = new QPushButton(tr("Appro&ve the minutes…"), meetingsPage);
    auto* paper = new QPushButton(tr("P&rint…"), meetingsPage);
    auto* paperMenu = new QMenu(paper);
    paperMenu->addAction(tr("The meeting's agenda…"), this, [this] { previewMeetingPaper(m_meetings->currentRow(), QStringLiteral("agenda")); });
    paperMenu->addAction(tr("The meeting's minutes…"), this, [this] { previewMeetingPaper(m_meetings->currentRow(), QStringLiteral("minutes")); });
    paperMenu->addAction(tr("The year's meeting register…"), this, [this] { previewMeetingPaper(-1, QStringLiteral("register")); });
    paper->setMenu(paperMenu);
    connect(agendaButton, &QPushButton::clicked, this, [this] {
        if (QDialog* d = agendaForm(m_meetings->currentRow()))
            d->open();
    });
    connect(minutesButton, &QPushButton::clicked, this, [this] {
        if (QDialog* d = minutesForm(m_meetings->currentRow()))
            d->open();
    });
    connect(approveButton, &QPushButton::clicked, this, [this] {
        if (QDialog* d = approveForm(m_meetings->currentRow()))
            d->open();
    });
    auto* meetingButtons = new QHBoxLayout;
    for (QPushButton* b : {planYear, addMeeting, moveMeeting, cancelMeeting, agendaButton, minutesButton, approveButton, paper})
        meetingButtons->addWidget(b);
    meetingButtons->addStretch();
    auto* meetingsLayout = new QVBoxLayout(meetingsPage);
    meetingsLayout->addWidget(m_meetings, 1);
    meetingsLayout->addLayout(meetingButtons);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(membersPage, tr("&Members"));
    tabs->addTab(goalsPage, tr("G&oals of the year"));
    tabs->addTab(meetingsPage, tr("Mee&tings"));

    // The order.
    m_order = new QLabel(this);
    m_order->setObjectName(QStringLiteral("orderState"));
    m_order->setWordWrap(true);
    auto* preview = new QPushButton(tr("&Preview the appointment order…"), this);
    auto* record = new QPushButton(tr("Record the order as &signed…"), this);
    connect(preview, &QPushButton::clicked, this, &CommitteeDialog::previewOrder);
    connect(record, &QPushButton::clicked, this, [this] {
        if (QDialog* d = orderForm())
            d->open();
    });
    auto* orderRow = new QHBoxLayout;
    orderRow->addWidget(m_order, 1);
    orderRow->addWidget(preview);
    orderRow->addWidget(record);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addLayout(orderRow);
    layout->addWidget(close);
    const bool writes = access::allows(m_db.session(), access::Permission::ManageIntegrity);
    for (QPushButton* b : {add, role, remove, addGoal, removeGoal, record, planYear, addMeeting, moveMeeting, cancelMeeting,
                           agendaButton, minutesButton, approveButton})
        b->setEnabled(writes);
    connect(m_year, &QComboBox::currentIndexChanged, this, &CommitteeDialog::reload);
    resize(1100, 600);
    reload();
}

CommitteeDialog::~CommitteeDialog() = default;

int CommitteeDialog::fiscalYear() const { return m_year->currentData().toInt(); }
QString CommitteeDialog::messageText() const { return m_message->text(); }

void CommitteeDialog::showMessage(const QString& text, bool error) { gui::showMessage(m_message, text, error); }

void CommitteeDialog::reload()
{
    CommitteeStore store(m_db);
    m_committee = store.exists(fiscalYear()) ? store.load(fiscalYear()) : std::nullopt;
    if (!m_committee)
        showMessage(store.exists(fiscalYear()) ? store.errorString()
                                               : tr("Fiscal year %1 has no committee yet: add its members.").arg(fiscalYear()),
                    store.exists(fiscalYear()));
    else
        showMessage(tr("%1: %n member(s)", nullptr, int(m_committee->members.size())).arg(m_committee->name), false);
    fill();
}

void CommitteeDialog::fill()
{
    m_members->setRowCount(0);
    m_goals->clear();
    m_meetings->setRowCount(0);
    m_meetingList.clear();
    if (m_committee)
        if (const auto list = MeetingStore(m_db).list(fiscalYear()))
            m_meetingList = *list;
    for (const Meeting& m : m_meetingList) {
        const int row = m_meetings->rowCount();
        m_meetings->insertRow(row);
        const QStringList cells{m.number > 0 ? tr("No. %1").arg(m.numberText()) : QStringLiteral("-"),
                                calendar::formatThaiDate(m.date), calendar::formatThaiDate(m.agendaDue),
                                label(meetingStatuses(), m.status), m.reason.isEmpty() ? m.note : m.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_meetings->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    if (!m_committee) {
        m_order->setText(QString());
        return;
    }
    for (const Member& m : m_committee->members) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        m_members->setItem(row, 0, new QTableWidgetItem(m.name));
        m_members->setItem(row, 1, new QTableWidgetItem(m.position));
        m_members->setItem(row, 2, new QTableWidgetItem(label(roles(), m.role)));
    }
    for (const Goal& g : m_committee->goals) {
        auto* item = new QListWidgetItem(g.planActivityCode.isEmpty()
                                             ? g.goal
                                             : tr("%1 (measured by plan activity %2)").arg(g.goal, g.planActivityCode),
                                         m_goals);
        item->setData(Qt::UserRole, g.id);
    }
    m_order->setText(m_committee->orderSignedOn
                         ? tr("Appointment order %1, signed on %2 by %3.")
                               .arg(m_committee->orderNumber, calendar::formatThaiDate(*m_committee->orderSignedOn),
                                    m_committee->orderSignedBy)
                         : tr("The appointment order is not signed yet: preview the draft, and record it once signed."));
}

QDialog* CommitteeDialog::memberForm()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("A member of the committee"));
    auto* person = new QComboBox(dialog);
    person->setObjectName(QStringLiteral("person"));
    if (const auto staff = staff::StaffList(m_db).all())
        for (const staff::StaffMember& s : *staff)
            if (s.active && (!m_committee || !m_committee->member(s.name)))
                person->addItem(s.position.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, s.position), s.name);
    auto* role = roleCombo(dialog);
    auto* error = errorLabel(dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Person (staff list)"), person);
    form->addRow(tr("&Role"), role);
    QDialogButtonBox* buttons = formButtons(dialog, tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        CommitteeStore store(m_db);
        if (!store.addMembers(fiscalYear(), {{person->currentData().toString(), role->currentData().toString()}},
                              {tr("member")})) {
            error->setText(store.errorString());
            return;
        }
        dialog->accept();
        reload();
    });
    layOut(dialog, form, error, buttons);
    return dialog;
}

QDialog* CommitteeDialog::roleForm(int row)
{
    if (!m_committee || row < 0 || row >= m_committee->members.size())
        return nullptr;
    const Member m = m_committee->members[row];
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("The role of %1").arg(m.name));
    auto* role = roleCombo(dialog, m.role);
    auto* error = errorLabel(dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Role"), role);
    QDialogButtonBox* buttons = formButtons(dialog, tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        CommitteeStore store(m_db);
        if (!store.setRole(fiscalYear(), m.name, role->currentData().toString())) {
            error->setText(store.errorString());
            return;
        }
        dialog->accept();
        reload();
    });
    layOut(dialog, form, error, buttons);
    return dialog;
}

bool CommitteeDialog::removeMember(int row)
{
    if (!m_committee || row < 0 || row >= m_committee->members.size())
        return false;
    const QString name = m_committee->members[row].name;
    if (Ask::question(this, tr("Remove a member"), tr("Take %1 off the committee of %2?").arg(name).arg(fiscalYear()))
        != QMessageBox::Yes)
        return false;
    CommitteeStore store(m_db);
    const bool removed = store.removeMember(fiscalYear(), name);
    reload();
    if (!removed)
        showMessage(store.errorString(), true);
    return removed;
}

QDialog* CommitteeDialog::goalForm()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("A goal of the year"));
    auto* goal = new QLineEdit(dialog);
    goal->setObjectName(QStringLiteral("goal"));
    auto* activity = new QComboBox(dialog);
    activity->setObjectName(QStringLiteral("activity"));
    activity->addItem(tr("(none)"), QString());
    if (plan::PlanStore(m_db).years().contains(fiscalYear()))
        if (const auto p = plan::PlanStore(m_db).load(fiscalYear()))
            for (const plan::Activity& a : p->activities)
                activity->addItem(QStringLiteral("%1 %2").arg(a.code(), a.title.left(70)), a.code());
    auto* error = errorLabel(dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Goal"), goal);
    form->addRow(tr("Measured by the &plan activity"), activity);
    QDialogButtonBox* buttons = formButtons(dialog, tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        CommitteeStore store(m_db);
        if (!store.addGoals(fiscalYear(), {{goal->text(), activity->currentData().toString()}}, {tr("goal")})) {
            error->setText(store.errorString());
            return;
        }
        dialog->accept();
        reload();
    });
    layOut(dialog, form, error, buttons);
    dialog->resize(720, dialog->sizeHint().height());
    return dialog;
}

QDialog* CommitteeDialog::orderForm()
{
    if (!m_committee) {
        showMessage(tr("Add the committee's members first: the order appoints them."), true);
        return nullptr;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("The appointment order, signed"));
    auto* number = new QLineEdit(m_committee->orderNumber, dialog);
    number->setObjectName(QStringLiteral("number"));
    number->setPlaceholderText(QStringLiteral("12/%1").arg(fiscalYear()));
    auto* date = new QLineEdit(calendar::formatThaiDate(calendar::now().date()), dialog);
    date->setObjectName(QStringLiteral("date"));
    auto* by = new QComboBox(dialog);
    by->setObjectName(QStringLiteral("by"));
    by->setEditable(true);
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    if (!office.executiveName.isEmpty())
        by->addItem(office.executiveName);
    if (const auto staff = staff::StaffList(m_db).all())
        for (const staff::StaffMember& s : *staff)
            if (s.kind == u"executive" && s.name != office.executiveName)
                by->addItem(s.name);
    auto* error = errorLabel(dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("Order &number"), number);
    form->addRow(tr("Signed &on"), date);
    form->addRow(tr("Signed &by"), by);
    QDialogButtonBox* buttons = formButtons(dialog, tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        QString why;
        const auto day = calendar::parseThaiDate(date->text(), &why);
        if (!day) {
            error->setText(tr("Date: %1").arg(why));
            return;
        }
        CommitteeStore store(m_db);
        if (!store.recordOrder(fiscalYear(), number->text(), *day, by->currentText())) {
            error->setText(store.errorString());
            return;
        }
        dialog->accept();
        reload();
    });
    layOut(dialog, form, error, buttons);
    return dialog;
}

QDialog* CommitteeDialog::scheduleForm()
{
    if (!m_committee) {
        showMessage(tr("Add the committee's members first: the order appoints them."), true);
        return nullptr;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("The meetings of %1").arg(fiscalYear()));
    const Schedule current = MeetingStore(m_db).schedule(fiscalYear()).value_or(Schedule{});
    auto* every = new QComboBox(dialog);
    every->setObjectName(QStringLiteral("every"));
    every->addItem(tr("every month"), 1);
    every->addItem(tr("every two months"), 2);
    every->setCurrentIndex(current.everyMonths == 2 ? 1 : 0);
    auto* when = new QComboBox(dialog);
    when->setObjectName(QStringLiteral("when"));
    when->addItem(tr("on a weekday of the month"), QStringLiteral("weekday"));
    when->addItem(tr("on a day of the month"), QStringLiteral("day"));
    when->setCurrentIndex(current.day ? 1 : 0);
    auto* week = new QComboBox(dialog);
    week->setObjectName(QStringLiteral("week"));
    for (int w = 1; w <= 4; ++w)
        week->addItem(tr("week %1").arg(w), w);
    week->setCurrentIndex(current.week.value_or(1) - 1);
    auto* weekday = new QComboBox(dialog);
    weekday->setObjectName(QStringLiteral("weekday"));
    for (int d = 1; d <= 5; ++d)
        weekday->addItem(QLocale().dayName(d), d);
    weekday->setCurrentIndex(current.weekday.value_or(2) - 1);
    auto* day = new QComboBox(dialog);
    day->setObjectName(QStringLiteral("day"));
    for (int d = 1; d <= 28; ++d)
        day->addItem(QString::number(d), d);
    day->setCurrentIndex(current.day.value_or(5) - 1);
    const auto sync = [=] {
        const bool byDay = when->currentData().toString() == u"day";
        day->setEnabled(byDay);
        week->setEnabled(!byDay);
        weekday->setEnabled(!byDay);
    };
    connect(when, &QComboBox::currentIndexChanged, dialog, sync);
    sync();
    auto* error = errorLabel(dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Meet"), every);
    form->addRow(tr("&When"), when);
    form->addRow(tr("Wee&k"), week);
    form->addRow(tr("Week&day"), weekday);
    form->addRow(tr("&Day of the month"), day);
    form->addRow(new QLabel(tr("A day that is not a working day moves to the next one, and the meeting says so. "
                               "Meetings still only planned are planned again."),
                            dialog));
    QDialogButtonBox* buttons = formButtons(dialog, tr("Plan"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        Schedule s;
        s.everyMonths = every->currentData().toInt();
        if (when->currentData().toString() == u"day")
            s.day = day->currentData().toInt();
        else
            s.weekday = weekday->currentData().toInt(), s.week = week->currentData().toInt();
        MeetingStore store(m_db);
        if (!store.plan(fiscalYear(), s)) {
            error->setText(store.errorString());
            return;
        }
        dialog->accept();
        reload();
    });
    layOut(dialog, form, error, buttons);
    return dialog;
}

QDialog* CommitteeDialog::meetingForm(int row, bool cancel)
{
    if (!m_committee) {
        showMessage(tr("Add the committee's members first: the order appoints them."), true);
        return nullptr;
    }
    const bool adding = row < 0;
    if (!adding && row >= m_meetingList.size())
        return nullptr;
    const std::optional<Meeting> meeting = adding ? std::nullopt : std::optional<Meeting>(m_meetingList[row]);
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(adding   ? tr("A meeting added")
                           : cancel ? tr("Cancel the meeting of %1").arg(calendar::formatThaiDate(meeting->date))
                                    : tr("Move the meeting of %1").arg(calendar::formatThaiDate(meeting->date)));
    auto* date = new QLineEdit(calendar::formatThaiDate(meeting ? meeting->date : calendar::now().date()), dialog);
    date->setObjectName(QStringLiteral("date"));
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("reason"));
    auto* error = errorLabel(dialog);
    auto* form = new QFormLayout;
    if (!cancel)
        form->addRow(tr("&Date"), date);
    if (!adding)
        form->addRow(tr("&Why"), reason);
    QDialogButtonBox* buttons = formButtons(dialog, cancel ? tr("Cancel the meeting") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        MeetingStore store(m_db);
        std::optional<QDate> day;
        if (!cancel) {
            QString why;
            day = calendar::parseThaiDate(date->text(), &why);
            if (!day) {
                error->setText(tr("Date: %1").arg(why));
                return;
            }
        }
        const bool done = adding ? store.add(fiscalYear(), *day).has_value()
                          : cancel ? store.cancel(meeting->id, reason->text())
                                   : store.move(meeting->id, *day, reason->text());
        if (!done) {
            error->setText(store.errorString());
            return;
        }
        dialog->accept();
        reload();
    });
    layOut(dialog, form, error, buttons);
    return dialog;
}

namespace {
/** A table whose first column picks one of the agenda's six sections. */
QTableWidget* sectionTable(QWidget* parent, const QStringList& headers, const char* name)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return table;
}

void addSectionRow(QTableWidget* table, int section, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    auto* combo = new QComboBox(table);
    for (int s = 1; s <= 6; ++s)
        combo->addItem(QStringLiteral("%1 %2").arg(s).arg(agendaSections()[s - 1]), s);
    combo->setCurrentIndex(std::clamp(section, 1, 6) - 1);
    table->setCellWidget(row, 0, combo);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c + 1, new QTableWidgetItem(cells[c]));
}

QString cellText(QTableWidget* t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

/** A table with "add a row" and "remove the row" under it. */
QWidget* withRowButtons(QWidget* parent, QTableWidget* table, const std::function<void()>& add)
{
    auto* box = new QWidget(parent);
    auto* plus = new QPushButton(CommitteeDialog::tr("Add a row"), box);
    auto* minus = new QPushButton(CommitteeDialog::tr("Remove the row"), box);
    QObject::connect(plus, &QPushButton::clicked, box, add);
    QObject::connect(minus, &QPushButton::clicked, box, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(plus);
    buttons->addWidget(minus);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    layout->addLayout(buttons);
    return box;
}
} // namespace

QDialog* CommitteeDialog::agendaForm(int row)
{
    if (row < 0 || row >= m_meetingList.size())
        return nullptr;
    const Meeting meeting = m_meetingList[row];
    const auto agenda = AgendaBook(m_db).agenda(meeting.id);
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("The agenda of meeting No. %1").arg(meeting.numberText()));
    auto* place = new QLineEdit(agenda ? agenda->place : QString(), dialog);
    place->setObjectName(QStringLiteral("place"));
    auto* time = new QLineEdit(agenda ? agenda->starts : QString(), dialog);
    time->setObjectName(QStringLiteral("time"));
    time->setPlaceholderText(QStringLiteral("13.30"));
    auto* sent = new QLineEdit(calendar::formatThaiDate(agenda && agenda->sentOn ? *agenda->sentOn : calendar::now().date()), dialog);
    sent->setObjectName(QStringLiteral("sent"));
    auto* items = sectionTable(dialog, {tr("Section"), tr("Subject"), tr("Details")}, "items");
    QStringList known;
    if (agenda)
        for (const AgendaItem& i : agenda->items) {
            if (i.known)
                known << QStringLiteral("%1. %2").arg(i.section).arg(i.title);
            else
                addSectionRow(items, i.section, {i.title, i.details});
        }
    auto* knownLabel = new QLabel(known.isEmpty() ? tr("Sujarit adds nothing to this agenda.")
                                                  : tr("Sujarit adds: %1").arg(known.join(QStringLiteral("; "))),
                                  dialog);
    knownLabel->setWordWrap(true);
    auto* error = errorLabel(dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Place"), place);
    form->addRow(tr("&Time"), time);
    form->addRow(tr("&Sent to the members on"), sent);
    form->addRow(tr("&Items"), withRowButtons(dialog, items, [items] { addSectionRow(items, 1, {}); }));
    form->addRow(knownLabel);
    QDialogButtonBox* buttons = formButtons(dialog, tr("Save and record as sent"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        QString why;
        const auto day = calendar::parseThaiDate(sent->text(), &why);
        if (!day) {
            error->setText(tr("Sent: %1").arg(why));
            return;
        }
        QList<AgendaItem> list;
        QStringList places;
        for (int r = 0; r < items->rowCount(); ++r) {
            list << AgendaItem{qobject_cast<QComboBox*>(items->cellWidget(r, 0))->currentData().toInt(), cellText(items, r, 1),
                               cellText(items, r, 2), false};
            places << tr("row %1").arg(r + 1);
        }
        AgendaBook book(m_db);
        if (!book.setAgenda(meeting.id, place->text(), time->text(), list, *day, places)) {
            error->setText(book.errorString());
            return;
        }
        dialog->accept();
        reload();
    });
    layOut(dialog, form, error, buttons);
    dialog->resize(900, 560);
    return dialog;
}

QDialog* CommitteeDialog::minutesForm(int row)
{
    if (!m_committee || row < 0 || row >= m_meetingList.size())
        return nullptr;
    const Meeting meeting = m_meetingList[row];
    MinutesBook book(m_db);
    const auto current = book.minutes(meeting.id);
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("The minutes of meeting No. %1").arg(meeting.numberText()));
    auto* place = new QLineEdit(current ? current->place : QString(), dialog);
    place->setObjectName(QStringLiteral("place"));
    auto* start = new QLineEdit(current ? current->starts : QString(), dialog);
    start->setObjectName(QStringLiteral("start"));
    auto* end = new QLineEdit(current ? current->ends : QString(), dialog);
    end->setObjectName(QStringLiteral("end"));
    // Every member, present (ticked) or not with why.
    auto* people = new QTableWidget(int(m_committee->members.size()), 2, dialog);
    people->setObjectName(QStringLiteral("attendance"));
    people->setHorizontalHeaderLabels({tr("Member (tick if present)"), tr("Why absent")});
    people->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int r = 0; r < m_committee->members.size(); ++r) {
        const QString name = m_committee->members[r].name;
        auto* who = new QTableWidgetItem(name);
        who->setFlags((who->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        bool present = !current;
        QString reason;
        if (current) {
            present = current->attendees.contains(name);
            for (const Absence& a : current->absent)
                if (a.name == name)
                    reason = a.reason;
        }
        who->setCheckState(present ? Qt::Checked : Qt::Unchecked);
        people->setItem(r, 0, who);
        people->setItem(r, 1, new QTableWidgetItem(reason));
    }
    auto* others = new QLineEdit(current ? current->others.join(QStringLiteral(", ")) : QString(), dialog);
    others->setObjectName(QStringLiteral("others"));
    auto* items = sectionTable(dialog, {tr("Section"), tr("Subject"), tr("Discussion"), tr("Resolution")}, "items");
    if (current)
        for (const MinutesItem& i : current->items)
            addSectionRow(items, i.section, {i.title, i.discussion, i.resolution});
    else if (const auto agenda = AgendaBook(m_db).agenda(meeting.id)) // start from the agenda
        for (const AgendaItem& i : agenda->items)
            addSectionRow(items, i.section, {i.title, i.details, QString()});
    auto* actions = new QTableWidget(0, 3, dialog);
    actions->setObjectName(QStringLiteral("actions"));
    actions->setHorizontalHeaderLabels({tr("Follow-up action"), tr("Owner"), tr("Due")});
    actions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const auto addAction = [actions](const QStringList& cells) {
        const int r = actions->rowCount();
        actions->insertRow(r);
        for (int c = 0; c < 3; ++c)
            actions->setItem(r, c, new QTableWidgetItem(cells.value(c)));
    };
    if (current)
        for (const Action& a : current->actions)
            addAction({a.title, a.owner, calendar::formatThaiDate(a.due)});
    auto* taker = new QLineEdit(current ? current->taker : QString(), dialog);
    taker->setObjectName(QStringLiteral("taker"));
    auto* checker = new QLineEdit(current ? current->checker : QString(), dialog);
    checker->setObjectName(QStringLiteral("checker"));
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("reason"));
    auto* error = errorLabel(dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Place"), place);
    form->addRow(tr("&Started at"), start);
    form->addRow(tr("&Ended at"), end);
    form->addRow(tr("&Who came"), people);
    form->addRow(tr("&Others present"), others);
    form->addRow(tr("&Items"), withRowButtons(dialog, items, [items] { addSectionRow(items, 1, {}); }));
    form->addRow(tr("&Follow-up actions"), withRowButtons(dialog, actions, [addAction] { addAction({}); }));
    form->addRow(tr("Minutes &taken by"), taker);
    form->addRow(tr("&Checked by"), checker);
    if (current && current->approvedAt)
        form->addRow(tr("Why &correct approved minutes"), reason);
    else
        reason->hide();
    QDialogButtonBox* buttons = formButtons(dialog, tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        Minutes m;
        m.meeting = meeting;
        m.place = place->text();
        m.starts = start->text();
        m.ends = end->text();
        for (int r = 0; r < people->rowCount(); ++r) {
            const QString name = people->item(r, 0)->text();
            if (people->item(r, 0)->checkState() == Qt::Checked)
                m.attendees << name;
            else
                m.absent << Absence{name, cellText(people, r, 1)};
        }
        for (const QString& o : others->text().split(u',', Qt::SkipEmptyParts))
            if (!o.simplified().isEmpty())
                m.others << o.simplified();
        for (int r = 0; r < items->rowCount(); ++r)
            m.items << MinutesItem{qobject_cast<QComboBox*>(items->cellWidget(r, 0))->currentData().toInt(),
                                   cellText(items, r, 1), cellText(items, r, 2), cellText(items, r, 3)};
        for (int r = 0; r < actions->rowCount(); ++r) {
            QString why;
            const auto due = calendar::parseThaiDate(cellText(actions, r, 2), &why);
            if (!due) {
                error->setText(tr("Follow-up action %1: due: %2").arg(r + 1).arg(why));
                return;
            }
            m.actions << Action{0, meeting.id, cellText(actions, r, 0), cellText(actions, r, 1), *due, std::nullopt, {}};
        }
        m.taker = taker->text();
        m.checker = checker->text();
        MinutesBook minutes(m_db);
        if (!minutes.write(m, reason->text())) {
            error->setText(minutes.errorString());
            return;
        }
        dialog->accept();
        reload();
    });
    layOut(dialog, form, error, buttons);
    dialog->resize(1000, 700);
    return dialog;
}

QDialog* CommitteeDialog::approveForm(int row)
{
    if (row < 0 || row >= m_meetingList.size())
        return nullptr;
    const Meeting meeting = m_meetingList[row];
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Approve the minutes of meeting No. %1").arg(meeting.numberText()));
    auto* at = new QComboBox(dialog);
    at->setObjectName(QStringLiteral("at"));
    for (const Meeting& later : m_meetingList)
        if (later.number > 0 && later.date > meeting.date)
            at->addItem(tr("No. %1, %2").arg(later.numberText(), calendar::formatThaiDate(later.date)), later.id);
    auto* error = errorLabel(dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("Approved &at the meeting"), at);
    QDialogButtonBox* buttons = formButtons(dialog, tr("Approve"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        MinutesBook book(m_db);
        if (!book.approve(meeting.id, at->currentData().toLongLong())) {
            error->setText(book.errorString());
            return;
        }
        dialog->accept();
        reload();
    });
    layOut(dialog, form, error, buttons);
    return dialog;
}

void CommitteeDialog::previewMeetingPaper(int row, const QString& which)
{
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    if (which == u"register") {
        QString why;
        const auto doc = meetingRegister(m_db, fiscalYear(), office, &why);
        if (!doc) {
            showMessage(why, true);
            return;
        }
        previewDocument(this, doc->title, doc->orientation, documents::listPainter(*doc, office.documentDigits()));
        return;
    }
    if (row < 0 || row >= m_meetingList.size()) {
        showMessage(tr("Choose a meeting first."), true);
        return;
    }
    const Meeting meeting = m_meetingList[row];
    if (which == u"agenda") {
        AgendaBook book(m_db);
        const auto agenda = book.agenda(meeting.id);
        if (!agenda) {
            showMessage(book.errorString(), true);
            return;
        }
        previewDocument(this, QStringLiteral("ระเบียบวาระการประชุม ครั้งที่ %1").arg(meeting.numberText()), QPageLayout::Portrait,
                        agendaPaper(*agenda, office, m_db, calendar::now().date()));
        return;
    }
    MinutesBook book(m_db);
    const auto minutes = book.minutes(meeting.id);
    if (!minutes) {
        showMessage(book.errorString(), true);
        return;
    }
    previewDocument(this, QStringLiteral("รายงานการประชุม ครั้งที่ %1").arg(meeting.numberText()), QPageLayout::Portrait,
                    minutesPaper(*minutes, m_committee ? m_committee->name : defaultName(), office));
}

void CommitteeDialog::previewOrder()
{
    if (!m_committee) {
        showMessage(tr("Add the committee's members first: the order appoints them."), true);
        return;
    }
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    previewDocument(this, QStringLiteral("คำสั่งแต่งตั้ง%1 %2").arg(m_committee->name).arg(fiscalYear()),
                    QPageLayout::Portrait, committeeOrder(*m_committee, office, orderSignerTitle(m_db, *m_committee)));
}

} // namespace sujarit::gui
