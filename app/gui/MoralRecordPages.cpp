// SPDX-License-Identifier: GPL-3.0-or-later
// งานคุณธรรม → องค์กรคุณธรรม: the good deeds and the best practices.
#include "MoralDialog.h"

#include "Ask.h"
#include "DocumentPrinter.h"
#include "EvidenceDialog.h"
#include "FormDialog.h"
#include "Labels.h"
#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "moral/MoralPapers.h"
#include "moral/MoralTerms.h"
#include "office/OfficeProfile.h"
#include "plan/PlanTemplates.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sujarit::gui {

using namespace moral;

namespace {
template <typename Store> EvidenceSource evidenceOf(storage::Database& db, qint64 id)
{
    EvidenceSource s;
    s.list = [&db, id](QString* error) {
        Store store(db);
        const auto files = store.evidence(id);
        if (!files)
            *error = store.errorString();
        return files;
    };
    s.add = [&db, id](const QString& name, const QByteArray& data, QString* error) {
        Store store(db);
        const auto added = store.addEvidence(id, name, data);
        if (!added)
            *error = store.errorString();
        return added;
    };
    s.data = [&db, id](qint64 file, QString* error) {
        Store store(db);
        const auto data = store.evidenceData(id, file);
        if (!data)
            *error = store.errorString();
        return data;
    };
    return s;
}

QPlainTextEdit* textBox(QWidget* parent, const char* name, const QString& text, int height = 60)
{
    auto* e = new QPlainTextEdit(text, parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setTabChangesFocus(true);
    e->setFixedHeight(height);
    return e;
}
} // namespace

// Good deeds ------------------------------------------------------------------------------------------------------

DeedsPage::DeedsPage(storage::Database& db, Say say, QWidget* parent) : MoralPage(db, std::move(say), parent)
{
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("deedTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Staff"), tr("Good deed"), tr("Virtue"), tr("Where"), tr("Certified by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(1, 170);
    m_table->setColumnWidth(3, 90);
    m_table->setColumnWidth(4, 170);
    m_table->setColumnWidth(5, 190);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setWordWrap(true);
    auto* add = new QPushButton(tr("&Record a good deed…"), this);
    auto* evidence = new QPushButton(tr("&Evidence…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* person = new QPushButton(tr("Preview the person's &log…"), this);
    auto* all = new QPushButton(tr("Preview the &year's deeds…"), this);
    connect(add, &QPushButton::clicked, this, [this] { deedForm()->open(); });
    connect(evidence, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_ids.size())
            return m_say(tr("Choose a good deed first."), true);
        auto* d = new EvidenceDialog(evidenceOf<DeedStore>(m_db, m_ids[row]), 0, m_table->item(row, 2)->text(), this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_ids.size())
            return m_say(tr("Choose a good deed first."), true);
        if (Ask::question(this, tr("Remove"), tr("Remove the good deed “%1” of %2, entered by mistake?")
                                                  .arg(m_table->item(row, 2)->text(), m_table->item(row, 1)->text()))
            != QMessageBox::Yes)
            return;
        DeedStore store(m_db);
        if (!store.remove(m_ids[row]))
            return m_say(store.errorString(), true);
        load(m_year);
        m_say(tr("Removed the good deed."), false);
    });
    connect(person, &QPushButton::clicked, this, [this] { preview(true); });
    connect(all, &QPushButton::clicked, this, [this] { preview(false); });
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, evidence, remove, person, all})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addLayout(buttons);
}

void DeedsPage::load(int fiscalYear)
{
    m_year = fiscalYear;
    m_table->setRowCount(0);
    m_ids.clear();
    DeedStore store(m_db);
    const auto list = store.list(fiscalYear);
    if (!list) {
        m_counts->clear();
        return m_say(store.errorString(), true);
    }
    for (const GoodDeed& d : *list) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {calendar::formatThaiDate(d.date, calendar::DateStyle::Abbreviated), d.staff, d.deed,
                                   d.virtue, d.place, d.certifiedBy};
        for (int c = 0; c < int(cells.size()); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_ids << d.id;
    }
    const DeedCounts counts = countDeeds(*list);
    const auto joined = [](const QList<std::pair<QString, int>>& l) {
        QStringList out;
        for (const auto& [name, n] : l)
            out << QStringLiteral("%1 %2").arg(name).arg(n);
        return out.join(QStringLiteral(", "));
    };
    m_counts->setText(list->isEmpty() ? tr("No good deed is recorded for %1 yet.").arg(fiscalYear)
                                      : tr("%n deed(s). By person: %1. By division: %2. By virtue: %3.", nullptr,
                                           int(list->size()))
                                            .arg(joined(counts.byPerson), joined(counts.byDivision), joined(counts.byVirtue)));
}

FormDialog* DeedsPage::deedForm()
{
    auto* d = new FormDialog(this, tr("A good deed"), tr("Save"));
    auto* staff = new QComboBox(d);
    staff->setObjectName(QStringLiteral("staff"));
    if (const auto everyone = staff::StaffList(m_db).all())
        for (const staff::StaffMember& s : *everyone)
            if (!s.leftOn)
                staff->addItem(s.position.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, s.position), s.name);
    auto* date = new QLineEdit(calendar::formatThaiDate(calendar::now().date()), d);
    date->setObjectName(QStringLiteral("date"));
    auto* deed = textBox(d, "deed", {});
    auto* virtue = new QComboBox(d);
    virtue->setObjectName(QStringLiteral("virtue"));
    virtue->setEditable(true);
    for (const text::Code& v : plan::virtues())
        virtue->addItem(v.label);
    auto* place = new QLineEdit(d);
    place->setObjectName(QStringLiteral("place"));
    auto* certified = new QLineEdit(d);
    certified->setObjectName(QStringLiteral("certifiedBy"));
    QFormLayout* f = d->form();
    f->addRow(tr("&Who"), staff);
    f->addRow(tr("&Date"), date);
    f->addRow(tr("&What was done"), deed);
    f->addRow(tr("The &virtue it shows"), virtue);
    f->addRow(tr("W&here"), place);
    f->addRow(tr("&Certified by"), certified);
    d->onSave([=, this]() -> QString {
        QString why;
        const auto day = calendar::parseThaiDate(date->text(), &why);
        if (!day)
            return tr("Date: %1").arg(why);
        QList<GoodDeed> list{GoodDeed{0, 0, staff->currentData().toString(), {}, *day, deed->toPlainText(),
                                      virtue->currentText(), place->text(), certified->text()}};
        DeedStore store(m_db);
        if (!store.add(list, {tr("The deed")}, m_year))
            return store.errorString();
        load(m_year);
        m_say(tr("Recorded the good deed of %1.").arg(list.first().staff), false);
        return {};
    });
    d->resize(600, 420);
    return d;
}

void DeedsPage::preview(bool onePerson)
{
    DeedStore store(m_db);
    QString staff, position;
    if (onePerson) {
        const int row = m_table->currentRow();
        if (row < 0)
            return m_say(tr("Choose a deed of the person whose log to print."), true);
        staff = m_table->item(row, 1)->text();
        if (const auto s = staff::StaffList(m_db).find(staff))
            position = s->position;
    }
    const auto list = store.list(m_year, staff);
    if (!list)
        return m_say(store.errorString(), true);
    const auto office = office::OfficeProfile::load(m_db);
    const documents::ListDocument doc = deedsPaper(m_year, *list, staff, position, office);
    previewDocument(this, doc.title, doc.orientation, documents::listPainter(doc, office.documentDigits()));
}

// Best practices --------------------------------------------------------------------------------------------------

PracticesPage::PracticesPage(storage::Database& db, Say say, QWidget* parent) : MoralPage(db, std::move(say), parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("practiceList"));
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { practiceForm(m_list->currentRow())->open(); });
    auto* add = new QPushButton(tr("&Write a best practice…"), this);
    auto* change = new QPushButton(tr("&Change…"), this);
    auto* evidence = new QPushButton(tr("&Evidence…"), this);
    auto* print = new QPushButton(tr("&Preview…"), this);
    connect(add, &QPushButton::clicked, this, [this] { practiceForm(-1)->open(); });
    connect(change, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            practiceForm(m_list->currentRow())->open();
    });
    const auto chosen = [this]() -> std::optional<BestPractice> {
        QListWidgetItem* item = m_list->currentItem();
        if (!item) {
            m_say(tr("Choose a best practice first."), true);
            return std::nullopt;
        }
        BestPracticeStore store(m_db);
        auto p = store.find(item->data(Qt::UserRole).toLongLong());
        if (!p)
            m_say(store.errorString(), true);
        return p;
    };
    connect(evidence, &QPushButton::clicked, this, [this, chosen] {
        if (const auto p = chosen()) {
            auto* d = new EvidenceDialog(evidenceOf<BestPracticeStore>(m_db, p->id), 0, p->title, this);
            d->setAttribute(Qt::WA_DeleteOnClose);
            d->open();
        }
    });
    connect(print, &QPushButton::clicked, this, [this, chosen] {
        if (const auto p = chosen()) {
            BestPracticeStore store(m_db);
            const int files = int(store.evidence(p->id).value_or(QList<risks::EvidenceFiles::File>{}).size());
            previewDocument(this, QStringLiteral("ถอดบทเรียน ") + p->title, QPageLayout::Portrait,
                            bestPracticePaper(*p, files, office::OfficeProfile::load(m_db)));
        }
    });
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, change, evidence, print})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void PracticesPage::load(int fiscalYear)
{
    m_year = fiscalYear;
    m_list->clear();
    BestPracticeStore store(m_db);
    const auto list = store.list(fiscalYear);
    if (!list)
        return m_say(store.errorString(), true);
    for (const BestPractice& p : *list) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(p.division, p.title), m_list);
        item->setData(Qt::UserRole, p.id);
    }
}

FormDialog* PracticesPage::practiceForm(int row)
{
    BestPractice p;
    p.fiscalYear = m_year;
    if (QListWidgetItem* item = m_list->item(row)) {
        BestPracticeStore store(m_db);
        if (const auto found = store.find(item->data(Qt::UserRole).toLongLong()))
            p = *found;
    }
    auto* d = new FormDialog(this, p.id ? p.title : tr("A best practice"), tr("Save"));
    auto* division = new QComboBox(d);
    division->setObjectName(QStringLiteral("division"));
    division->addItems(divisions(m_db).value_or(QStringList{}));
    division->setCurrentText(p.division);
    auto* title = new QLineEdit(p.title, d);
    title->setObjectName(QStringLiteral("title"));
    auto* background = textBox(d, "background", p.background);
    auto* steps = textBox(d, "steps", p.steps, 80);
    steps->setPlaceholderText(tr("One step a line"));
    auto* results = textBox(d, "results", p.results);
    auto* factors = textBox(d, "factors", p.factors);
    auto* lessons = textBox(d, "lessons", p.lessons);
    QFormLayout* f = d->form();
    f->addRow(tr("&Division"), division);
    f->addRow(tr("&Title"), title);
    f->addRow(tr("&Background"), background);
    f->addRow(tr("What was done, &step by step"), steps);
    f->addRow(tr("&Results"), results);
    f->addRow(tr("What made it &work"), factors);
    f->addRow(tr("&Lessons"), lessons);
    d->onSave([=, this]() -> QString {
        BestPractice x = p;
        x.division = division->currentText();
        x.title = title->text();
        x.background = background->toPlainText();
        x.steps = steps->toPlainText();
        x.results = results->toPlainText();
        x.factors = factors->toPlainText();
        x.lessons = lessons->toPlainText();
        BestPracticeStore store(m_db);
        if (x.id == 0 ? !store.add(x) : !store.update(x))
            return store.errorString();
        load(m_year);
        m_say(tr("Saved the best practice “%1”.").arg(x.title), false);
        return {};
    });
    d->resize(680, 640);
    return d;
}

} // namespace sujarit::gui
