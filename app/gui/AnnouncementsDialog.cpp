// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnouncementsDialog.h"

#include "Ask.h"
#include "DocumentPrinter.h"
#include "EvidenceDialog.h"
#include "Labels.h"
#include "announcements/AnnouncementDocument.h"
#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "documents/PageWriter.h"
#include "office/OfficeProfile.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sujarit::gui {

using namespace announcements;

namespace {
QTableWidgetItem* cell(const QString& text, qint64 id = 0)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    if (id)
        item->setData(Qt::UserRole, id);
    return item;
}

QLabel* errorLine(QWidget* parent)
{
    auto* error = new QLabel(parent);
    error->setObjectName(QStringLiteral("error"));
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setWordWrap(true);
    return error;
}

QDialogButtonBox* saveButtons(QDialog* dialog, const QString& save)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setText(save);
    buttons->button(QDialogButtonBox::Cancel)->setText(AnnouncementsDialog::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
} // namespace

AnnouncementsDialog::AnnouncementsDialog(storage::Database& db, QWidget* parent, std::optional<int> year)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Announcements and the No Gift culture"));
    const YearBar bar = yearBar(this, year);
    m_year = bar.year;
    m_message = bar.message;
    QHBoxLayout* top = bar.layout;
    auto* tabs = new QTabWidget(this);
    tabs->addTab(announcementTab(), tr("&Announcements"));
    tabs->addTab(cultureTab(), tr("No Gift &culture"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addWidget(close);
    connect(m_year, &QComboBox::currentIndexChanged, this, &AnnouncementsDialog::reload);
    resize(1180, 640);
    reload();
}

AnnouncementsDialog::~AnnouncementsDialog() = default;

int AnnouncementsDialog::fiscalYear() const { return m_year->currentData().toInt(); }
QString AnnouncementsDialog::messageText() const { return m_message->text(); }

void AnnouncementsDialog::showMessage(const QString& text, bool error) { gui::showMessage(m_message, text, error); }

QWidget* AnnouncementsDialog::announcementTab()
{
    auto* page = new QWidget(this);
    m_announcements = new QTableWidget(0, 5, page);
    m_announcements->setHorizontalHeaderLabels({tr("Announcement"), tr("Version"), tr("Subject"), tr("Signed"),
                                                tr("Why a new version")});
    m_announcements->verticalHeader()->hide();
    m_announcements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_announcements->setSelectionMode(QAbstractItemView::SingleSelection);
    m_announcements->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_announcements, &QTableWidget::cellDoubleClicked, this, [this] { openDialog(editForm(currentId())); });
    m_new = new QPushButton(tr("&New…"), page);
    auto* edit = new QPushButton(tr("&Write…"), page);
    auto* again = new QPushButton(tr("Write again from the &template"), page);
    connect(again, &QPushButton::clicked, this, &AnnouncementsDialog::redraft);
    auto* sign = new QPushButton(tr("Record the &signing…"), page);
    auto* print = new QPushButton(tr("&Preview and print…"), page);
    connect(m_new, &QPushButton::clicked, this, &AnnouncementsDialog::newMenu);
    connect(edit, &QPushButton::clicked, this, [this] { openDialog(editForm(currentId())); });
    connect(sign, &QPushButton::clicked, this, [this] { openDialog(signForm(currentId())); });
    connect(print, &QPushButton::clicked, this, &AnnouncementsDialog::preview);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, edit, again, sign, print})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* hint = new QLabel(tr("A signed announcement is kept as signed: writing on it makes a new version, which says why."),
                            page);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_announcements, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    return page;
}

QWidget* AnnouncementsDialog::cultureTab()
{
    auto* page = new QWidget(this);
    m_activities = new QTableWidget(0, 6, page);
    m_activities->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Activity"), tr("Who took part"),
                                             tr("People"), tr("Evidence")});
    m_activities->verticalHeader()->hide();
    m_activities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activities->setSelectionMode(QAbstractItemView::SingleSelection);
    m_activities->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_activities->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("&Add an activity…"), page);
    auto* attach = new QPushButton(tr("&Evidence…"), page);
    auto* print = new QPushButton(tr("Print the &report…"), page);
    connect(add, &QPushButton::clicked, this, [this] { openDialog(activityForm()); });
    connect(attach, &QPushButton::clicked, this, [this] {
        if (EvidenceDialog* d = evidenceDialog(m_activities->currentRow())) {
            d->setAttribute(Qt::WA_DeleteOnClose);
            d->open();
        }
    });
    connect(print, &QPushButton::clicked, this, &AnnouncementsDialog::printCulture);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, attach, print})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_activities, 1);
    layout->addLayout(buttons);
    return page;
}

void AnnouncementsDialog::reload()
{
    AnnouncementStore store(m_db);
    const auto list = store.list(fiscalYear());
    m_list = list.value_or(QList<Announcement>{});
    NoGiftCulture culture(m_db);
    m_culture = culture.activities(fiscalYear()).value_or(QList<NoGiftActivity>{});
    if (!list)
        showMessage(store.errorString(), true);
    else if (m_list.isEmpty())
        showMessage(tr("Fiscal year %1 has no announcements yet: draft one with “New…”.").arg(fiscalYear()), false);
    else
        showMessage(QString(), false);
    m_new->setEnabled(access::allows(m_db.session(), access::Permission::ManageIntegrity));
    fill();
}

void AnnouncementsDialog::fill()
{
    m_announcements->setRowCount(0);
    for (const Announcement& a : m_list) {
        const int row = m_announcements->rowCount();
        m_announcements->insertRow(row);
        m_announcements->setItem(row, 0, cell(label(kinds(), a.kind), a.id));
        m_announcements->setItem(row, 1, cell(QString::number(a.version), a.id));
        m_announcements->setItem(row, 2, cell(a.title, a.id));
        m_announcements->setItem(row, 3, cell(a.signedOn ? tr("%1, %2").arg(calendar::formatThaiDate(*a.signedOn), a.signedBy)
                                                         : tr("draft, not signed"),
                                              a.id));
        m_announcements->setItem(row, 4, cell(a.reason, a.id));
    }
    m_announcements->resizeColumnToContents(0);
    m_announcements->resizeColumnToContents(1);
    m_announcements->resizeColumnToContents(3);
    NoGiftCulture culture(m_db);
    m_activities->setRowCount(0);
    for (const NoGiftActivity& a : m_culture) {
        const int row = m_activities->rowCount();
        m_activities->insertRow(row);
        const int files = int(culture.evidence(a.id).value_or(QList<risks::EvidenceFiles::File>{}).size());
        const QStringList cells = {calendar::formatThaiDate(a.heldOn, calendar::DateStyle::Abbreviated),
                                   label(activityKinds(), a.kind), a.title, a.participants.join(QStringLiteral(", ")),
                                   QString::number(a.headcount), QString::number(files)};
        for (int c = 0; c < cells.size(); ++c)
            m_activities->setItem(row, c, cell(cells[c], a.id));
    }
    m_activities->resizeColumnToContents(0);
    m_activities->resizeColumnToContents(1);
}

qint64 AnnouncementsDialog::currentId() const
{
    const int row = m_announcements->currentRow();
    return row >= 0 && m_announcements->item(row, 0) ? m_announcements->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

bool AnnouncementsDialog::draft(const QString& kind)
{
    AnnouncementStore store(m_db);
    const auto made = store.create(fiscalYear(), kind);
    if (!made) {
        showMessage(store.errorString(), true);
        return false;
    }
    reload();
    showMessage(tr("Drafted: %1. Read it through, then print it for the executive to sign.").arg(made->title), false);
    return true;
}

void AnnouncementsDialog::newMenu()
{
    QMenu menu(this);
    for (const Term& k : kinds())
        menu.addAction(label(k), this, [this, code = k.code] { draft(code); });
    menu.exec(m_new->mapToGlobal(QPoint(0, m_new->height())));
}

void AnnouncementsDialog::openDialog(QDialog* dialog)
{
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AnnouncementsDialog::reload);
    dialog->open();
}

bool AnnouncementsDialog::redraft()
{
    AnnouncementStore store(m_db);
    const auto a = store.find(currentId());
    if (!a)
        return false;
    QString reason;
    if (a->isSigned()) {
        bool ok = false;
        reason = Ask::text(this, tr("Write again from the template"),
                           tr("It was signed: the text from the template becomes version %1, beside the signed one. Why?")
                               .arg(a->version + 1),
                           QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
    } else if (Ask::question(this, tr("Write again from the template"),
                             tr("Replace the draft's text with the template's, from the office's details and the risk "
                                "register as they are now? What was typed into it is lost."))
               != QMessageBox::Yes) {
        return false;
    }
    if (!store.redraft(a->id, reason)) {
        showMessage(store.errorString(), true);
        return false;
    }
    reload();
    showMessage(tr("Written again from the template"), false);
    return true;
}

QDialog* AnnouncementsDialog::editForm(qint64 id)
{
    AnnouncementStore store(m_db);
    const auto a = store.find(id);
    if (!a)
        return nullptr;
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(tr("%1, version %2").arg(label(kinds(), a->kind)).arg(a->version));
    auto* title = new QLineEdit(a->title, dialog);
    title->setObjectName(QStringLiteral("title"));
    auto* body = new QPlainTextEdit(a->body, dialog);
    body->setObjectName(QStringLiteral("body"));
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("reason"));
    auto* note = new QLabel(a->isSigned() ? tr("Signed on %1 by %2: saving makes version %3, kept beside the signed one; "
                                               "say why.")
                                                .arg(calendar::formatThaiDate(*a->signedOn), a->signedBy)
                                                .arg(a->version + 1)
                                          : tr("One paragraph a line; a line that starts with “# ” is a heading."),
                            dialog);
    note->setWordWrap(true);
    auto* error = errorLine(dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Subject (เรื่อง)"), title);
    form->addRow(tr("&Text"), body);
    if (a->isSigned())
        form->addRow(tr("&Why a new version"), reason);
    else
        reason->hide();
    QDialogButtonBox* buttons = saveButtons(dialog, tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        AnnouncementStore store(m_db);
        if (store.revise(id, title->text(), body->toPlainText(), reason->text()))
            dialog->accept();
        else
            error->setText(store.errorString());
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(note);
    layout->addLayout(form, 1);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->resize(900, 600);
    return dialog;
}

QDialog* AnnouncementsDialog::signForm(qint64 id)
{
    AnnouncementStore store(m_db);
    const auto a = store.find(id);
    if (!a)
        return nullptr;
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Record the signing"));
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
    auto* date = new QLineEdit(calendar::formatThaiDate(calendar::now().date()), dialog);
    date->setObjectName(QStringLiteral("date"));
    auto* error = errorLine(dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("Announcement"), new QLabel(a->title, dialog));
    form->addRow(tr("Signed &by"), by);
    form->addRow(tr("On (&date)"), date);
    QDialogButtonBox* buttons = saveButtons(dialog, tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        QString why;
        const auto day = calendar::parseThaiDate(date->text(), &why);
        if (!day) {
            error->setText(tr("Date: %1").arg(why));
            return;
        }
        AnnouncementStore store(m_db);
        if (store.sign(id, by->currentText(), *day))
            dialog->accept();
        else
            error->setText(store.errorString());
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    return dialog;
}

void AnnouncementsDialog::preview()
{
    AnnouncementStore store(m_db);
    const auto a = store.find(currentId());
    if (!a)
        return;
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    previewDocument(this, QStringLiteral("ประกาศ ") + a->title, QPageLayout::Portrait,
                    [a = *a, office](documents::PageWriter& page, QString* why) {
                        page.digits = office.letterDigits();
                        return paintAnnouncement(page, a, office, why);
                    });
}

QDialog* AnnouncementsDialog::activityForm()
{
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(tr("A No Gift activity"));
    auto* date = new QLineEdit(calendar::formatThaiDate(calendar::now().date()), dialog);
    date->setObjectName(QStringLiteral("date"));
    auto* kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("kind"));
    for (const text::Code& k : activityKinds())
        kind->addItem(label(k), k.code);
    auto* title = new QLineEdit(dialog);
    title->setObjectName(QStringLiteral("title"));
    auto* people = new QListWidget(dialog);
    people->setObjectName(QStringLiteral("participants"));
    if (const auto staff = staff::StaffList(m_db).all())
        for (const staff::StaffMember& s : *staff) {
            if (!s.active)
                continue;
            auto* item = new QListWidgetItem(s.division.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, s.division), people);
            item->setData(Qt::UserRole, s.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    auto* headcount = new QSpinBox(dialog);
    headcount->setObjectName(QStringLiteral("headcount"));
    headcount->setRange(0, 100000);
    headcount->setSpecialValueText(tr("the people ticked"));
    auto* error = errorLine(dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Date"), date);
    form->addRow(tr("&Kind"), kind);
    form->addRow(tr("&Activity"), title);
    form->addRow(tr("&Who took part (staff)"), people);
    form->addRow(tr("&How many took part"), headcount);
    QDialogButtonBox* buttons = saveButtons(dialog, tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        QString why;
        const auto day = calendar::parseThaiDate(date->text(), &why);
        if (!day) {
            error->setText(tr("Date: %1").arg(why));
            return;
        }
        NoGiftActivity a;
        a.heldOn = *day;
        a.kind = kind->currentData().toString();
        a.title = title->text();
        for (int i = 0; i < people->count(); ++i)
            if (people->item(i)->checkState() == Qt::Checked)
                a.participants << people->item(i)->data(Qt::UserRole).toString();
        a.headcount = headcount->value();
        QList<NoGiftActivity> list = {a};
        NoGiftCulture culture(m_db);
        if (culture.add(list))
            dialog->accept();
        else
            error->setText(culture.errorString());
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    return dialog;
}

EvidenceDialog* AnnouncementsDialog::evidenceDialog(int row)
{
    if (row < 0 || row >= m_activities->rowCount())
        return nullptr;
    const qint64 id = m_activities->item(row, 0)->data(Qt::UserRole).toLongLong();
    storage::Database& db = m_db;
    EvidenceSource source{[&db, id](QString* error) {
                              NoGiftCulture culture(db);
                              auto files = culture.evidence(id);
                              if (!files)
                                  *error = culture.errorString();
                              return files;
                          },
                          [&db, id](const QString& name, const QByteArray& data, QString* error) {
                              NoGiftCulture culture(db);
                              auto added = culture.addEvidence(id, name, data);
                              if (!added)
                                  *error = culture.errorString();
                              return added;
                          },
                          [&db, id](qint64 file, QString* error) {
                              NoGiftCulture culture(db);
                              auto data = culture.evidenceData(id, file);
                              if (!data)
                                  *error = culture.errorString();
                              return data;
                          }};
    auto* dialog = new EvidenceDialog(std::move(source), 0, m_activities->item(row, 2)->text(), this);
    connect(dialog, &QDialog::finished, this, &AnnouncementsDialog::reload);
    return dialog;
}

void AnnouncementsDialog::printCulture()
{
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    if (office.name.isEmpty()) {
        Ask::warning(this, tr("Print"), tr("The office profile lacks its name; set it in Settings first."));
        return;
    }
    NoGiftCulture culture(m_db);
    QHash<qint64, int> counts;
    for (const NoGiftActivity& a : m_culture)
        counts.insert(a.id, int(culture.evidence(a.id).value_or(QList<risks::EvidenceFiles::File>{}).size()));
    const documents::ListDocument list = noGiftCultureReport(fiscalYear(), m_culture, counts, office);
    previewDocument(this, list.title, list.orientation, documents::listPainter(list, office.documentDigits()));
}

} // namespace sujarit::gui
