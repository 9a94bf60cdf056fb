// SPDX-License-Identifier: GPL-3.0-or-later
// งานคุณธรรม → องค์กรคุณธรรม: choosing outstanding officials and divisions.
#include "MoralDialog.h"

#include "Ask.h"
#include "DocumentPrinter.h"
#include "FormDialog.h"
#include "Labels.h"
#include "announcements/AnnouncementStore.h"
#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "moral/BestPractice.h"
#include "moral/SelectionPapers.h"
#include "moral/SelectionStore.h"
#include "moral/SelfAssessment.h"
#include "office/OfficeProfile.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QComboBox>
#include <algorithm>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sujarit::gui {

using namespace moral;

SelectionPage::SelectionPage(storage::Database& db, Say say, QWidget* parent) : MoralPage(db, std::move(say), parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const text::Code& k : selectionKinds())
        m_kind->addItem(englishInterface() ? k.english : k.label, k.code);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { load(m_year); });
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("selectionState"));
    m_state->setWordWrap(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("standingTable"));
    m_table->setHorizontalHeaderLabels({tr("Rank"), tr("Nominee"), tr("Weighted total"), tr("Sheets in"),
                                        tr("Deeds"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 60);
    m_table->setColumnWidth(1, 330);
    m_table->setColumnWidth(2, 100);
    m_table->setColumnWidth(3, 100);
    m_table->setColumnWidth(4, 100);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (FormDialog* d = scoreForm(row))
            d->open();
    });
    auto* start = new QPushButton(tr("&Open the selection"), this);
    start->setObjectName(QStringLiteral("openSelection"));
    auto* nominate = new QPushButton(tr("&Nominate…"), this);
    auto* withdraw = new QPushButton(tr("&Withdraw"), this);
    auto* score = new QPushButton(tr("&Score…"), this);
    auto* announce = new QPushButton(tr("Record the &announcement…"), this);
    auto* print = new QPushButton(tr("&Preview the sheets, summary and announcement…"), this);
    connect(start, &QPushButton::clicked, this, [this] { openForm()->open(); });
    connect(nominate, &QPushButton::clicked, this, [this] {
        if (FormDialog* d = nomineeForm())
            d->open();
    });
    connect(withdraw, &QPushButton::clicked, this, [this] {
        const QTableWidgetItem* at = m_table->item(m_table->currentRow(), 0);
        if (!m_selection || !at)
            return m_say(tr("Choose a nominee first."), true);
        const QString name = at->data(Qt::UserRole).toString();
        if (Ask::question(this, tr("Withdraw"), tr("Take %1 out of the selection, with the scores given?").arg(name))
            != QMessageBox::Yes)
            return;
        SelectionStore store(m_db);
        if (!store.withdraw(m_year, m_selection->kind, name))
            return m_say(store.errorString(), true);
        load(m_year);
        m_say(tr("Withdrew %1.").arg(name), false);
    });
    connect(score, &QPushButton::clicked, this, [this] {
        if (FormDialog* d = scoreForm(std::max(0, m_table->currentRow())))
            d->open();
    });
    connect(announce, &QPushButton::clicked, this, [this] {
        if (FormDialog* d = announceForm())
            d->open();
    });
    connect(print, &QPushButton::clicked, this, [this] {
        if (!m_selection)
            return m_say(tr("Open the selection first."), true);
        const auto office = office::OfficeProfile::load(m_db);
        const QString signer = m_selection->announcedOn
            ? announcements::signerTitle(m_db, m_selection->announcedBy, *m_selection->announcedOn, nullptr)
                  .value_or(office.executiveTitle)
            : office.executiveTitle;
        previewDocument(this, m_selection->title(), QPageLayout::Portrait, selectionPaper(*m_selection, office, signer));
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Selection of:"), this));
    top->addWidget(m_kind);
    top->addWidget(start);
    top->addStretch();
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {nominate, withdraw, score, announce, print})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void SelectionPage::load(int fiscalYear)
{
    m_year = fiscalYear;
    SelectionStore store(m_db);
    const auto opened = store.opened(fiscalYear);
    const QString kind = m_kind->currentData().toString();
    m_selection.reset();
    if (!opened)
        m_say(store.errorString(), true);
    else if (std::any_of(opened->begin(), opened->end(), [&](const OpenedSelection& o) { return o.kind == kind; })) {
        m_selection = store.load(fiscalYear, kind);
        if (!m_selection)
            m_say(store.errorString(), true);
    }
    fill();
}

void SelectionPage::fill()
{
    m_table->setRowCount(0);
    findChild<QPushButton*>(QStringLiteral("openSelection"))->setVisible(!m_selection);
    if (!m_selection) {
        m_state->setText(tr("No selection is open for %1 yet: open it, with the seven ethical standards of the Ethical "
                            "Standards Act 2562 s.5 as its criteria.")
                             .arg(m_year));
        return;
    }
    QStringList criteria;
    for (qsizetype i = 0; i < m_selection->criteria.size(); ++i)
        criteria << QStringLiteral("(%1) %2").arg(i + 1).arg(m_selection->criteria[i].name);
    m_state->setText(
        (m_selection->announcedOn ? tr("Announced on %1 by %2.").arg(calendar::formatThaiDate(*m_selection->announcedOn),
                                                                      m_selection->announcedBy)
                                  : tr("Scored by the %n member(s) of the ethics committee; not announced yet.", nullptr,
                                       int(m_selection->scorers.size())))
        + u' ' + tr("Highest total %1.").arg(totalText(highestTotal(m_selection->criteria)))
        + (m_selection->kind == QLatin1String("division")
               ? u' ' + tr("The divisions' results are due on %1.").arg(calendar::formatThaiDate(divisionResultsDue(m_db, m_year)))
               : QString()));
    m_state->setToolTip(criteria.join(u'\n'));
    for (const Standing& st : standings(*m_selection)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList notes;
        if (st.tie)
            notes << tr("tie: shares rank %1").arg(st.rank);
        for (const Recusal& r : m_selection->recusals)
            if (r.nominee == st.nominee.id)
                for (const Scorer& m : m_selection->scorers)
                    if (m.staffId == r.member)
                        notes << tr("%1 does not score: %2").arg(m.name, r.reason);
        const QStringList cells = {st.rank > 0 ? QString::number(st.rank) : QStringLiteral("-"),
                                   st.nominee.position.isEmpty() ? st.nominee.name
                                                                 : QStringLiteral("%1 (%2)").arg(st.nominee.name, st.nominee.position),
                                   st.rank > 0 ? totalText(st.total) : QStringLiteral("-"),
                                   QStringLiteral("%1/%2").arg(st.sheets).arg(st.scorers),
                                   m_selection->kind == QLatin1String("official")
                                       ? QString::number(m_selection->deeds.value(st.nominee.id))
                                       : QStringLiteral("-"),
                                   notes.join(QStringLiteral("; "))};
        for (int c = 0; c < int(cells.size()); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, st.nominee.name);
            if (c == 5)
                item->setToolTip(notes.join(u'\n'));
            m_table->setItem(row, c, item);
        }
    }
}

bool SelectionPage::open(const QList<SelectionCriterion>& criteria)
{
    SelectionStore store(m_db);
    if (!store.create(m_year, m_kind->currentData().toString(), criteria)) {
        m_selectionError = store.errorString();
        m_say(m_selectionError, true);
        return false;
    }
    load(m_year);
    m_say(tr("Opened %1.").arg(m_selection ? m_selection->title() : QString()), false);
    return true;
}

FormDialog* SelectionPage::openForm()
{
    auto* d = new FormDialog(this, tr("The selection's criteria"), tr("Open the selection"));
    auto* table = new QTableWidget(0, 3, d);
    table->setObjectName(QStringLiteral("criteriaTable"));
    table->setHorizontalHeaderLabels({tr("Criterion"), tr("Weight"), tr("Highest score")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->setVisible(false);
    const auto addRow = [table](const SelectionCriterion& c) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(c.name));
        table->setItem(row, 1, new QTableWidgetItem(QString::number(c.weight, 'g', 4)));
        table->setItem(row, 2, new QTableWidgetItem(QString::number(c.max)));
    };
    for (const SelectionCriterion& c : defaultSelectionCriteria())
        addRow(c);
    auto* add = new QPushButton(tr("&Add a criterion"), d);
    auto* remove = new QPushButton(tr("&Take out the criterion"), d);
    connect(add, &QPushButton::clicked, d, [=] { addRow({QString(), 1, 10}); });
    connect(remove, &QPushButton::clicked, d, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    d->form()->addRow(new QLabel(tr("The seven ethical standards of the Ethical Standards Act 2562 s.5, each scored 0 to 10 "
                                    "with weight 1, unless the office scores by its own:"),
                                 d));
    d->form()->addRow(table);
    d->form()->addRow(buttons);
    d->onSave([=, this]() -> QString {
        QList<SelectionCriterion> criteria;
        for (int row = 0; row < table->rowCount(); ++row) {
            const auto cell = [&](int column) { return table->item(row, column) ? table->item(row, column)->text().trimmed() : QString(); };
            bool weightOk = false, maxOk = false;
            const double weight = QLocale::c().toDouble(cell(1), &weightOk);
            const int max = cell(2).toInt(&maxOk);
            if (!weightOk || !maxOk)
                return tr("Criterion %1: the weight is a number and the highest score a whole number").arg(row + 1);
            criteria << SelectionCriterion{cell(0), weight, max};
        }
        if (criteria.isEmpty())
            return tr("A selection needs at least one criterion.");
        return open(criteria) ? QString() : m_selectionError;
    });
    d->resize(820, 480);
    return d;
}

FormDialog* SelectionPage::nomineeForm()
{
    if (!m_selection) {
        m_say(tr("Open the selection first."), true);
        return nullptr;
    }
    auto* d = new FormDialog(this, tr("Nominate"), tr("Nominate"));
    auto* who = new QComboBox(d);
    who->setObjectName(QStringLiteral("nominee"));
    if (m_selection->kind == QLatin1String("division")) {
        who->addItems(divisions(m_db).value_or(QStringList{}));
    } else if (const auto everyone = staff::StaffList(m_db).all()) {
        for (const staff::StaffMember& s : *everyone)
            if (!s.leftOn)
                who->addItem(s.position.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, s.position), s.name);
    }
    auto* reason = new QLineEdit(d);
    reason->setObjectName(QStringLiteral("reason"));
    d->form()->addRow(m_selection->kind == QLatin1String("division") ? tr("&Division") : tr("&Who"), who);
    d->form()->addRow(tr("&Why (the work or conduct put forward)"), reason);
    d->onSave([=, this]() -> QString {
        const QString name = who->currentData().isValid() ? who->currentData().toString() : who->currentText();
        SelectionStore store(m_db);
        if (!store.nominate(m_year, m_selection->kind, {NewNominee{name, reason->text()}}, {tr("The nominee")}))
            return store.errorString();
        load(m_year);
        m_say(tr("Nominated %1.").arg(name), false);
        return {};
    });
    d->resize(560, 200);
    return d;
}

FormDialog* SelectionPage::scoreForm(int row)
{
    if (!m_selection || m_selection->nominees.isEmpty()) {
        m_say(m_selection ? tr("Nominate someone first.") : tr("Open the selection first."), true);
        return nullptr;
    }
    if (m_selection->scorers.isEmpty()) {
        m_say(tr("The ethics committee of %1 has no members to score; add them under The ethics committee.").arg(m_year), true);
        return nullptr;
    }
    const QTableWidgetItem* at = m_table->item(std::max(0, row), 0);
    const QString chosen = at ? at->data(Qt::UserRole).toString() : QString();
    auto* d = new FormDialog(this, tr("A scoring sheet"), tr("Save the scores"));
    auto* member = new QComboBox(d);
    member->setObjectName(QStringLiteral("member"));
    for (const Scorer& m : m_selection->scorers)
        member->addItem(m.name, m.staffId);
    auto* nominee = new QComboBox(d);
    nominee->setObjectName(QStringLiteral("nominee"));
    for (const Nominee& n : m_selection->nominees)
        nominee->addItem(n.name, n.id);
    nominee->setCurrentIndex(std::max(0, nominee->findText(chosen)));
    auto* recused = errorLabel(d);
    recused->setObjectName(QStringLiteral("recusal"));
    d->form()->addRow(tr("&Member"), member);
    d->form()->addRow(tr("&Nominee"), nominee);
    d->form()->addRow(recused);
    QList<QSpinBox*> spins;
    for (qsizetype i = 0; i < m_selection->criteria.size(); ++i) {
        const SelectionCriterion& c = m_selection->criteria[i];
        auto* spin = new QSpinBox(d);
        spin->setObjectName(QStringLiteral("score%1").arg(i + 1));
        spin->setRange(0, c.max);
        spin->setSuffix(tr(" of %1").arg(c.max));
        auto* name = new QLabel(QStringLiteral("(%1) %2").arg(i + 1).arg(c.name), d);
        name->setWordWrap(true);
        d->form()->addRow(name, spin);
        spins << spin;
    }
    // What the member gave already, and whether she may score at all.
    const auto refresh = [=, this] {
        const qint64 m = member->currentData().toLongLong(), n = nominee->currentData().toLongLong();
        const Recusal* r = m_selection->recusal(m, n);
        recused->setText(r ? tr("%1 may not score %2: %3").arg(member->currentText(), nominee->currentText(), r->reason)
                           : QString());
        for (qsizetype i = 0; i < spins.size(); ++i) {
            spins[i]->setEnabled(!r);
            spins[i]->setValue(0);
            for (const Score& x : m_selection->scores)
                if (x.member == m && x.nominee == n && x.criterion == i + 1)
                    spins[i]->setValue(x.score);
        }
    };
    connect(member, &QComboBox::currentIndexChanged, d, refresh);
    connect(nominee, &QComboBox::currentIndexChanged, d, refresh);
    refresh();
    d->onSave([=, this]() -> QString {
        Sheet sheet{member->currentText(), nominee->currentText(), {}};
        for (qsizetype i = 0; i < spins.size(); ++i)
            sheet.scores.insert(int(i) + 1, spins[i]->value());
        SelectionStore store(m_db);
        if (!store.score(m_year, m_selection->kind, {sheet}, {tr("The sheet")}))
            return store.errorString();
        const QString who = sheet.member, whom = sheet.nominee;
        load(m_year);
        m_say(tr("Recorded %1's scores of %2.").arg(who, whom), false);
        return {};
    });
    d->resize(720, 560);
    return d;
}

FormDialog* SelectionPage::announceForm()
{
    if (!m_selection) {
        m_say(tr("Open the selection first."), true);
        return nullptr;
    }
    auto* d = new FormDialog(this, tr("The result announced"), tr("Record"));
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    auto* by = new QLineEdit(office.executiveName, d);
    by->setObjectName(QStringLiteral("by"));
    auto* date = new QLineEdit(calendar::formatThaiDate(calendar::now().date()), d);
    date->setObjectName(QStringLiteral("date"));
    d->form()->addRow(tr("Signed &by (the executive)"), by);
    d->form()->addRow(tr("&Date"), date);
    d->onSave([=, this]() -> QString {
        QString why;
        const auto day = calendar::parseThaiDate(date->text(), &why);
        if (!day)
            return tr("Date: %1").arg(why);
        SelectionStore store(m_db);
        if (!store.announce(m_year, m_selection->kind, by->text(), *day))
            return store.errorString();
        load(m_year);
        m_say(tr("The result is recorded as announced."), false);
        return {};
    });
    return d;
}

} // namespace sujarit::gui
