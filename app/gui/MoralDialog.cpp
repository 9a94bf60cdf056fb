// SPDX-License-Identifier: GPL-3.0-or-later
// งานคุณธรรม → องค์กรคุณธรรม: the dialog, the self-assessment and the target virtues.
#include "MoralDialog.h"

#include "Ask.h"
#include "DocumentPrinter.h"
#include "EvidenceDialog.h"
#include "FormDialog.h"
#include "Labels.h"
#include "calendar/ThaiDate.h"
#include "moral/HeldEvidence.h"
#include "moral/MoralPapers.h"
#include "moral/MoralTerms.h"
#include "office/OfficeProfile.h"
#include "plan/PlanTemplates.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sujarit::gui {

using namespace moral;

namespace {
QTableWidget* makeTable(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QPlainTextEdit* textBox(QWidget* parent, const char* name, const QString& text = {})
{
    auto* e = new QPlainTextEdit(text, parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setTabChangesFocus(true);
    e->setFixedHeight(64);
    return e;
}

QLineEdit* line(QWidget* parent, const char* name, const QString& text = {})
{
    auto* e = new QLineEdit(text, parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}

QString statusLabel(const QString& code)
{
    const text::Code* c = text::findCode(criterionStatuses(), code);
    return c ? (englishInterface() ? c->english : c->label) : QString();
}
} // namespace

// The dialog ------------------------------------------------------------------------------------------------------

MoralDialog::MoralDialog(storage::Database& db, QWidget* parent, std::optional<int> year) : QDialog(parent)
{
    setWindowTitle(tr("The moral organisation"));
    const YearBar bar = yearBar(this, year);
    m_year = bar.year;
    m_message = bar.message;
    const MoralPage::Say say = [this](const QString& text, bool error) { showMessage(m_message, text, error); };
    m_tabs = new QTabWidget(this);
    m_assessment = new SelfAssessmentPage(db, say, m_tabs);
    m_virtues = new VirtuesPage(db, say, m_tabs);
    m_deeds = new DeedsPage(db, say, m_tabs);
    m_practices = new PracticesPage(db, say, m_tabs);
    m_selection = new SelectionPage(db, say, m_tabs);
    m_tabs->addTab(m_assessment, tr("Self-assessment (nine criteria)"));
    m_tabs->addTab(m_virtues, tr("Target virtues"));
    m_tabs->addTab(m_deeds, tr("Good deeds"));
    m_tabs->addTab(m_practices, tr("Best practice"));
    m_tabs->addTab(m_selection, tr("Outstanding officials"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar.layout);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (settle())
            return reload();
        const QSignalBlocker block(m_year); // go on editing the year shown
        m_year->setCurrentIndex(m_year->findData(m_shown));
    });
    resize(1180, 660);
    reload();
}

bool MoralDialog::settle()
{
    if (!m_assessment->changed())
        return true;
    const int answer = Ask::choose(this, QMessageBox::Question, tr("The self-assessment"),
                                   tr("The self-assessment of %1 has changes not saved.").arg(m_shown), {},
                                   {{tr("Save"), QMessageBox::AcceptRole},
                                    {tr("Discard the changes"), QMessageBox::DestructiveRole},
                                    {tr("Go on editing"), QMessageBox::RejectRole}},
                                   0, 2);
    if (answer == 0)
        return m_assessment->save();
    return answer == 1;
}

void MoralDialog::reject()
{
    if (settle())
        QDialog::reject();
}

int MoralDialog::fiscalYear() const { return m_year->currentData().toInt(); }

QString MoralDialog::messageText() const { return m_message->text(); }

void MoralDialog::reload()
{
    m_shown = fiscalYear();
    showMessage(m_message, {}, false);
    for (MoralPage* p : std::initializer_list<MoralPage*>{m_assessment, m_virtues, m_deeds, m_practices, m_selection})
        p->load(fiscalYear());
}

// The self-assessment ---------------------------------------------------------------------------------------------

SelfAssessmentPage::SelfAssessmentPage(storage::Database& db, Say say, QWidget* parent) : MoralPage(db, std::move(say), parent)
{
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    m_level->addItem(tr("Not yet claimed"), 0);
    for (int level = 1; level <= 3; ++level)
        m_level->addItem(tr("Level %1: %2").arg(level).arg(levelLabel(level)), level);
    m_due = new QLabel(this);
    m_criteria = makeTable(this, "criteriaTable", {tr("No."), tr("Criterion"), tr("Assessment"), tr("Held in Sujarit")});
    m_criteria->setColumnWidth(0, 40);
    m_criteria->setColumnWidth(1, 540);
    m_criteria->setColumnWidth(2, 230);
    m_criteria->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int i = 0; i < int(criteria().size()); ++i) {
        m_criteria->insertRow(i);
        m_criteria->setItem(i, 0, new QTableWidgetItem(QString::number(i + 1)));
        m_criteria->setItem(i, 1, new QTableWidgetItem(criteria()[i]));
        auto* status = new QComboBox(m_criteria);
        status->setObjectName(QStringLiteral("status%1").arg(i + 1));
        status->addItem(tr("Not yet assessed"), QString());
        for (const text::Code& s : criterionStatuses())
            status->addItem(statusLabel(s.code), s.code);
        m_criteria->setCellWidget(i, 2, status);
        m_criteria->setItem(i, 3, new QTableWidgetItem);
    }
    connect(m_criteria, &QTableWidget::currentCellChanged, this, [this](int row) { showCriterion(row); });
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("narrative"));
    m_text->setPlaceholderText(tr("What the office did for this criterion, one paragraph a line"));
    m_held = new QLabel(this);
    m_held->setWordWrap(true);
    m_held->setObjectName(QStringLiteral("held"));
    auto* save = new QPushButton(tr("&Save the assessment"), this);
    auto* evidence = new QPushButton(tr("&Evidence files of the criterion…"), this);
    auto* print = new QPushButton(tr("&Preview the report…"), this);
    connect(save, &QPushButton::clicked, this, [this] { this->save(); });
    connect(print, &QPushButton::clicked, this, &SelfAssessmentPage::preview);
    connect(evidence, &QPushButton::clicked, this, [this] {
        const int criterion = std::max(0, m_criteria->currentRow()) + 1;
        const int year = m_year;
        EvidenceSource source;
        source.list = [this, year, criterion](QString* error) -> std::optional<QList<risks::EvidenceFiles::File>> {
            SelfAssessmentStore store(m_db);
            auto files = store.evidence(year);
            if (!files) {
                *error = store.errorString();
                return std::nullopt;
            }
            files->removeIf([&](const risks::EvidenceFiles::File& f) { return f.round != criterion; });
            return files;
        };
        source.add = [this, year, criterion](const QString& name, const QByteArray& data, QString* error) {
            SelfAssessmentStore store(m_db);
            const auto added = store.addEvidence(year, criterion, name, data);
            if (!added)
                *error = store.errorString();
            return added;
        };
        source.data = [this, year](qint64 file, QString* error) {
            SelfAssessmentStore store(m_db);
            const auto data = store.evidenceData(year, file);
            if (!data)
                *error = store.errorString();
            return data;
        };
        auto* d = new EvidenceDialog(std::move(source), criterion, tr("Criterion %1").arg(criterion), this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("The level the office claims:"), this));
    top->addWidget(m_level);
    top->addStretch();
    top->addWidget(m_due);
    auto* below = new QWidget(this);
    auto* belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(new QLabel(tr("The office's narrative of the criterion chosen above:"), below));
    belowLayout->addWidget(m_text, 1);
    belowLayout->addWidget(m_held);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_criteria);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 150});
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {save, evidence, print})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
}

void SelfAssessmentPage::load(int fiscalYear)
{
    m_year = fiscalYear;
    SelfAssessmentStore store(m_db);
    const auto a = store.load(fiscalYear);
    QString error;
    const auto held = a ? heldEvidence(m_db, fiscalYear, &error) : std::nullopt;
    if (!a || !held) {
        m_say(a ? error : store.errorString(), true);
        setEnabled(false);
        return;
    }
    setEnabled(true);
    m_heldLines = *held;
    m_level->setCurrentIndex(std::max(0, m_level->findData(a->level)));
    m_due->setText(tr("Due %1").arg(calendar::formatThaiDate(reportDue(m_db, fiscalYear))));
    m_texts.clear();
    for (const CriterionAnswer& c : a->criteria) {
        auto* status = qobject_cast<QComboBox*>(m_criteria->cellWidget(c.number - 1, 2));
        status->setCurrentIndex(std::max(0, status->findData(c.status)));
        const QStringList lines = held->value(c.number - 1);
        QTableWidgetItem* item = m_criteria->item(c.number - 1, 3);
        item->setText(lines.isEmpty() ? tr("nothing yet") : tr("%n record(s)", nullptr, int(lines.size())));
        item->setToolTip(lines.join(u'\n'));
        m_texts << c.text;
    }
    m_current = -1;
    m_criteria->setCurrentCell(0, 1);
    showCriterion(0);
    m_saved = current();
}

QStringList SelfAssessmentPage::current() const
{
    QStringList out{m_level->currentData().toString()};
    for (int i = 0; i < m_texts.size(); ++i)
        out << qobject_cast<QComboBox*>(m_criteria->cellWidget(i, 2))->currentData().toString()
            << (i == m_current ? m_text->toPlainText() : m_texts[i]).trimmed();
    return out;
}

bool SelfAssessmentPage::changed() const { return isEnabled() && !m_saved.isEmpty() && current() != m_saved; }

void SelfAssessmentPage::showCriterion(int row)
{
    if (row < 0 || row >= m_texts.size())
        return;
    if (m_current >= 0 && m_current < m_texts.size())
        m_texts[m_current] = m_text->toPlainText();
    m_current = row;
    m_text->setPlainText(m_texts[row]);
    const QStringList lines = m_heldLines.value(row);
    m_held->setText(lines.isEmpty() ? tr("Sujarit holds nothing for criterion %1 yet.").arg(row + 1)
                                    : tr("Sujarit holds for criterion %1: %2").arg(row + 1).arg(lines.join(QStringLiteral("; "))));
}

bool SelfAssessmentPage::save()
{
    if (m_current >= 0 && m_current < m_texts.size())
        m_texts[m_current] = m_text->toPlainText();
    QList<CriterionAnswer> answers;
    for (int i = 0; i < m_texts.size(); ++i)
        answers << CriterionAnswer{i + 1, qobject_cast<QComboBox*>(m_criteria->cellWidget(i, 2))->currentData().toString(),
                                   m_texts[i]};
    const int level = m_level->currentData().toInt();
    SelfAssessmentStore store(m_db);
    if (!store.save(m_year, level > 0 ? std::optional<int>(level) : std::nullopt, answers)) {
        m_say(store.errorString(), true);
        return false;
    }
    m_saved = current();
    m_say(tr("Saved the self-assessment of %1.").arg(m_year), false);
    return true;
}

void SelfAssessmentPage::preview()
{
    if (!save())
        return;
    SelfAssessmentStore store(m_db);
    const auto a = store.load(m_year);
    const auto files = a ? store.evidence(m_year) : std::nullopt;
    if (!files)
        return m_say(store.errorString(), true);
    previewDocument(this, QStringLiteral("รายงานองค์กรคุณธรรม %1").arg(m_year), QPageLayout::Portrait,
                    moralReport(*a, m_heldLines, *files, reportDue(m_db, m_year), office::OfficeProfile::load(m_db)));
}

// Target virtues --------------------------------------------------------------------------------------------------

VirtuesPage::VirtuesPage(storage::Database& db, Say say, QWidget* parent) : MoralPage(db, std::move(say), parent)
{
    m_table = makeTable(this, "virtueTable",
                        {tr("Virtue"), tr("Problem to fix"), tr("Good to do"), tr("Indicator and target"),
                         tr("Activities"), tr("Results")});
    for (int c = 0; c < 5; ++c)
        m_table->setColumnWidth(c, 190);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { virtueForm(row)->open(); });
    auto* add = new QPushButton(tr("&Add a virtue…"), this);
    auto* change = new QPushButton(tr("&Change…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* print = new QPushButton(tr("&Preview the form…"), this);
    connect(add, &QPushButton::clicked, this, [this] { virtueForm(-1)->open(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_ids.size())
            return m_say(tr("Choose a target virtue first."), true);
        const QString name = m_table->item(row, 0)->text();
        if (Ask::question(this, tr("Remove"), tr("Remove the target virtue %1 and what it holds?").arg(name)) != QMessageBox::Yes)
            return;
        VirtueStore store(m_db);
        if (!store.remove(m_ids[row]))
            return m_say(store.errorString(), true);
        load(m_year);
        m_say(tr("Removed the target virtue %1.").arg(name), false);
    });
    connect(change, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            virtueForm(m_table->currentRow())->open();
    });
    connect(print, &QPushButton::clicked, this, [this] {
        VirtueStore store(m_db);
        const auto list = store.list(m_year);
        if (!list)
            return m_say(store.errorString(), true);
        const auto office = office::OfficeProfile::load(m_db);
        const documents::ListDocument doc = virtuesPaper(m_year, *list, office);
        previewDocument(this, doc.title, doc.orientation, documents::listPainter(doc, office.documentDigits()));
    });
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, change, remove, print})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The problems the office wants to fix and the good it wants to do, for each target "
                                    "virtue; the plan's activities tagged with a virtue are listed beside it."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void VirtuesPage::load(int fiscalYear)
{
    m_year = fiscalYear;
    m_table->setRowCount(0);
    m_ids.clear();
    VirtueStore store(m_db);
    const auto list = store.list(fiscalYear);
    if (!list)
        return m_say(store.errorString(), true);
    for (const VirtueTarget& v : *list) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList activities;
        if (!v.activities.isEmpty())
            activities << v.activities;
        activities << v.planActivities;
        QStringList results;
        for (auto it = v.results.constBegin(); it != v.results.constEnd(); ++it)
            results << tr("%1 months: %2").arg(it.key()).arg(it.value());
        const QStringList cells = {v.virtue, v.problem, v.good,
                                   QStringList{v.indicator, v.target}.join(u'\n').trimmed(), activities.join(u'\n'),
                                   results.join(u'\n')};
        for (int c = 0; c < int(cells.size()); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_ids << v.id;
    }
}

FormDialog* VirtuesPage::virtueForm(int row)
{
    VirtueTarget t;
    t.fiscalYear = m_year;
    if (row >= 0 && row < m_ids.size()) {
        VirtueStore store(m_db);
        if (const auto found = store.find(m_ids[row]))
            t = *found;
    }
    auto* d = new FormDialog(this, row < 0 ? tr("A target virtue") : tr("The target virtue %1").arg(t.virtue), tr("Save"));
    auto* virtue = new QComboBox(d);
    virtue->setObjectName(QStringLiteral("virtue"));
    virtue->setEditable(true);
    for (const text::Code& v : plan::virtues())
        virtue->addItem(v.label);
    virtue->setCurrentText(t.virtue.isEmpty() ? plan::virtues().first().label : t.virtue);
    auto* dimension = new QComboBox(d);
    dimension->setObjectName(QStringLiteral("dimension"));
    for (const text::Code& c : virtueDimensions())
        dimension->addItem(englishInterface() ? c.english : c.label, c.code);
    dimension->setCurrentIndex(std::max(0, dimension->findData(t.dimension)));
    auto* problem = textBox(d, "problem", t.problem);
    auto* good = textBox(d, "good", t.good);
    auto* indicator = line(d, "indicator", t.indicator);
    auto* target = line(d, "target", t.target);
    auto* activities = textBox(d, "activities", t.activities);
    QList<QLineEdit*> results;
    for (int round : plan::rounds())
        results << line(d, "result", t.results.value(round));
    QFormLayout* f = d->form();
    f->addRow(tr("&Virtue"), virtue);
    f->addRow(tr("&Dimension"), dimension);
    f->addRow(tr("&Problem to fix"), problem);
    f->addRow(tr("&Good to do"), good);
    f->addRow(tr("&Indicator"), indicator);
    f->addRow(tr("&Target"), target);
    f->addRow(tr("&Activities"), activities);
    for (int i = 0; i < int(results.size()); ++i)
        f->addRow(tr("Result at %1 months").arg(plan::rounds()[i]), results[i]);
    d->onSave([=, this]() -> QString {
        VirtueTarget v = t;
        v.virtue = virtue->currentText();
        v.dimension = dimension->currentData().toString();
        if (t.id == 0 && v.dimension == QLatin1String("core") && virtueCode(v.virtue).isEmpty())
            v.dimension = QStringLiteral("other"); // an office's own virtue is not one of the five
        v.problem = problem->toPlainText();
        v.good = good->toPlainText();
        v.indicator = indicator->text();
        v.target = target->text();
        v.activities = activities->toPlainText();
        v.results.clear();
        for (int i = 0; i < int(results.size()); ++i)
            if (!results[i]->text().trimmed().isEmpty())
                v.results.insert(plan::rounds()[i], results[i]->text());
        VirtueStore store(m_db);
        QList<VirtueTarget> list{v};
        if (v.id == 0 ? !store.add(list) : !store.update(v))
            return store.errorString();
        load(m_year);
        m_say(tr("Saved the target virtue %1.").arg(virtueName(v.virtue)), false);
        return {};
    });
    d->resize(640, 620);
    return d;
}

} // namespace sujarit::gui
