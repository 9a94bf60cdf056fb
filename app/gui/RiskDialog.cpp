// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskDialog.h"

#include "Ask.h"
#include "DocumentPrinter.h"
#include "EvidenceDialog.h"
#include "ExportButton.h"
#include "Labels.h"
#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "office/OfficeProfile.h"
#include "plan/PlanStore.h"
#include "reports/TableExport.h"
#include "risks/RiskDocuments.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sujarit::gui {

using namespace risks;

namespace {
enum RiskColumn { RankColumn, NumberColumn, ProcessColumn, EventColumn, TypeColumn, RatingColumn, LevelColumn,
                  DivisionColumn, FiguresColumn, MeasuresColumn, RiskColumns };

QString levelName(const QString& level)
{
    return level.isEmpty() ? RiskDialog::tr("not assessed") : label(levels(), level);
}

QTableWidgetItem* cell(const QString& text, qint64 id = 0)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    if (id)
        item->setData(Qt::UserRole, id);
    return item;
}

/** A combo of 1–5 with each level's words, or "not assessed" (an empty value) when \a optional. */
QComboBox* scaleCombo(QWidget* parent, const QList<Term>& levels, std::optional<int> value, bool optional)
{
    auto* combo = new QComboBox(parent);
    if (optional)
        combo->addItem(RiskDialog::tr("not assessed"), QVariant());
    for (const Term& t : levels)
        combo->addItem(t.code + QStringLiteral(" – ") + t.label, t.code.toInt());
    combo->setCurrentIndex(value ? combo->findData(*value) : 0);
    return combo;
}
} // namespace

RiskMatrix::RiskMatrix(QWidget* parent)
    : QWidget(parent)
{
}

void RiskMatrix::show(const RiskRegister* reg, const LevelBands& bands)
{
    m_cells.clear();
    m_bands = bands;
    if (reg)
        for (const Risk& r : reg->risks)
            if (r.assessed())
                m_cells[*r.likelihood * 10 + *r.impact] << QStringLiteral("R%1").arg(r.number);
    update();
}

void RiskMatrix::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const int label = fontMetrics().height() * 2;
    const int side = std::max(40, std::min(width() - label - 8, height() - label - 8) / 5);
    const int left = label + 4, top = 4;
    for (int impact = 5; impact >= 1; --impact) {
        for (int likelihood = 1; likelihood <= 5; ++likelihood) {
            const QRect r(left + (likelihood - 1) * side, top + (5 - impact) * side, side, side);
            p.fillRect(r, levelColour(levelOf(likelihood * impact, m_bands)));
            p.setPen(Qt::black);
            p.drawRect(r);
            QFont small = font();
            small.setPointSizeF(font().pointSizeF() * 0.75);
            p.setFont(small);
            p.drawText(r.adjusted(3, 1, -2, -2), Qt::AlignLeft | Qt::AlignTop, QString::number(likelihood * impact));
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.drawText(r.adjusted(2, 2, -2, -2), Qt::AlignCenter | Qt::TextWordWrap,
                       m_cells.value(likelihood * 10 + impact).join(u' '));
        }
        p.setFont(font());
        p.drawText(QRect(left - label / 2 - 4, top + (5 - impact) * side, label / 2, side), Qt::AlignCenter,
                   QString::number(impact));
    }
    for (int likelihood = 1; likelihood <= 5; ++likelihood)
        p.drawText(QRect(left + (likelihood - 1) * side, top + 5 * side, side, label / 2), Qt::AlignCenter,
                   QString::number(likelihood));
    p.drawText(QRect(left, top + 5 * side + label / 2, 5 * side, label / 2), Qt::AlignCenter, RiskDialog::tr("Likelihood"));
    p.save();
    p.translate(label / 4, top + 5 * side / 2);
    p.rotate(-90);
    p.drawText(QRect(-5 * side / 2, -label / 4, 5 * side, label / 2), Qt::AlignCenter, RiskDialog::tr("Impact"));
    p.restore();
}

RiskDialog::RiskDialog(storage::Database& db, QWidget* parent, std::optional<int> year)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Corruption risks"));
    m_year = new QComboBox(this);
    const int current = calendar::fiscalYearOf(calendar::now().date());
    QList<int> years = RiskStore(db).years();
    for (int y : {current + 1, current})
        if (!years.contains(y))
            years << y;
    std::sort(years.begin(), years.end(), std::greater<int>());
    for (int y : years)
        m_year->addItem(tr("Fiscal year %1").arg(y), y);
    m_year->setCurrentIndex(m_year->findData(year.value_or(current)));
    m_newRegister = new QPushButton(tr("&New register…"), this);
    connect(m_newRegister, &QPushButton::clicked, this, &RiskDialog::newRegisterMenu);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* top = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_newRegister);
    top->addWidget(m_message, 1);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(registerTab(), tr("&Register and matrix"));
    tabs->addTab(roundTab(), tr("&Follow-up rounds"));
    tabs->addTab(findingTab(), tr("What &stakeholders expect"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addWidget(close);
    connect(m_year, &QComboBox::currentIndexChanged, this, &RiskDialog::reload);
    connect(m_round, &QComboBox::currentIndexChanged, this, &RiskDialog::fillRound);
    resize(1240, 700);
    reload();
}

RiskDialog::~RiskDialog() = default;

int RiskDialog::fiscalYear() const { return m_year->currentData().toInt(); }

void RiskDialog::setFiscalYear(int year)
{
    if (m_year->findData(year) < 0)
        m_year->addItem(tr("Fiscal year %1").arg(year), year);
    m_year->setCurrentIndex(m_year->findData(year));
}

QString RiskDialog::messageText() const { return m_message->text(); }

void RiskDialog::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

QWidget* RiskDialog::registerTab()
{
    auto* page = new QWidget(this);
    m_risks = new QTableWidget(0, RiskColumns, page);
    m_risks->setHorizontalHeaderLabels({tr("Rank"), tr("No."), tr("Work process"), tr("Risk event"), tr("Type"),
                                        tr("L × I"), tr("Level"), tr("Division"), tr("The office's figures"),
                                        tr("Measures")});
    m_risks->verticalHeader()->hide();
    m_risks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_risks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_risks->setWordWrap(true);
    m_risks->horizontalHeader()->setStretchLastSection(true);
    connect(m_risks, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const Risk* r = currentRisk())
            openDialog(riskForm(*r));
    });
    m_matrix = new RiskMatrix(page);
    auto* split = new QSplitter(page);
    split->addWidget(m_risks);
    split->addWidget(m_matrix);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* add = new QPushButton(tr("&Add a risk…"), page);
    auto* edit = new QPushButton(tr("&Change…"), page);
    auto* measure = new QPushButton(tr("Add a &measure…"), page);
    auto* remove = new QPushButton(tr("&Remove"), page);
    connect(remove, &QPushButton::clicked, this, &RiskDialog::removeRisk);
    auto* print = new QPushButton(tr("&Print the assessment…"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        Risk r;
        r.type = QStringLiteral("other");
        openDialog(riskForm(r));
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const Risk* r = currentRisk())
            openDialog(riskForm(*r));
    });
    connect(measure, &QPushButton::clicked, this, [this] {
        const Risk* r = currentRisk();
        openDialog(measureForm(r ? r->id : 0));
    });
    connect(print, &QPushButton::clicked, this, &RiskDialog::printAssessment);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, edit, measure, remove, print})
        buttons->addWidget(b);
    buttons->addWidget(exportButton(page, {QStringLiteral("xlsx"), QStringLiteral("csv")},
                                    [this](const QString& f) { chooseExport(f); }));
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* RiskDialog::roundTab()
{
    auto* page = new QWidget(this);
    m_round = new QComboBox(page);
    for (int r : risks::rounds())
        m_round->addItem(tr("%1 months").arg(r), r);
    m_roundState = new QLabel(page);
    m_followUps = new QTableWidget(0, 6, page);
    m_followUps->setHorizontalHeaderLabels({tr("No."), tr("Measure"), tr("Status"), tr("What was done"),
                                            tr("Why cancelled"), tr("Evidence")});
    m_followUps->verticalHeader()->hide();
    m_followUps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_followUps->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_residuals = new QTableWidget(0, 4, page);
    m_residuals->setHorizontalHeaderLabels({tr("Risk"), tr("Level before"), tr("Likelihood after"), tr("Impact after")});
    m_residuals->verticalHeader()->hide();
    m_residuals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_saveRound = new QPushButton(tr("&Save the round"), page);
    m_lockRound = new QPushButton(tr("&Lock the round…"), page);
    auto* print = new QPushButton(tr("Print the round's &report…"), page);
    auto* attach = new QPushButton(tr("&Evidence…"), page);
    auto* due = new QPushButton(tr("&Due date…"), page);
    connect(due, &QPushButton::clicked, this, &RiskDialog::changeDue);
    connect(attach, &QPushButton::clicked, this, [this] {
        if (EvidenceDialog* d = evidenceDialog(m_followUps->currentRow())) {
            d->setAttribute(Qt::WA_DeleteOnClose);
            d->open();
        }
    });
    connect(m_saveRound, &QPushButton::clicked, this, [this] {
        if (saveRound())
            showMessage(tr("Round %1 saved").arg(m_round->currentData().toInt()), false);
    });
    connect(m_lockRound, &QPushButton::clicked, this, &RiskDialog::lockRound);
    connect(print, &QPushButton::clicked, this, &RiskDialog::printRound);
    auto* head = new QHBoxLayout;
    auto* roundLabel = new QLabel(tr("R&ound"), page);
    roundLabel->setBuddy(m_round);
    head->addWidget(roundLabel);
    head->addWidget(m_round);
    head->addWidget(m_roundState, 1);
    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_followUps);
    split->addWidget(m_residuals);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_saveRound, m_lockRound, attach, due, print})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(head);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* RiskDialog::findingTab()
{
    auto* page = new QWidget(this);
    m_findings = new QTableWidget(0, 3, page);
    m_findings->setHorizontalHeaderLabels({tr("Source"), tr("What stakeholders expect"), tr("Risks it raises")});
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("&Add a finding…"), page);
    connect(add, &QPushButton::clicked, this, [this] { openDialog(findingForm()); });
    auto* hint = new QLabel(tr("From surveys, meetings, complaints and the ITA results: what the people the office "
                               "serves expect, tied to the risks it raises (seed 001, step 3). The assessment prints "
                               "them."),
                            page);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_findings, 1);
    layout->addLayout(buttons);
    return page;
}

QDialog* RiskDialog::findingForm()
{
    if (!m_reg)
        return nullptr;
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(tr("What stakeholders expect"));
    auto* source = new QComboBox(dialog);
    source->setObjectName(QStringLiteral("source"));
    for (const Term& t : findingSources())
        source->addItem(label(t), t.code);
    auto* finding = new QPlainTextEdit(dialog);
    finding->setObjectName(QStringLiteral("finding"));
    finding->setMaximumHeight(fontMetrics().height() * 5);
    auto* risks = new QLineEdit(dialog);
    risks->setObjectName(QStringLiteral("risks"));
    risks->setPlaceholderText(tr("e.g. R1, R3"));
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("error"));
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Source"), source);
    form->addRow(tr("&Finding"), finding);
    form->addRow(tr("&Risks it raises"), risks);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const int year = fiscalYear();
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        Finding f{0, source->currentData().toString(), finding->toPlainText(), {}};
        static const QRegularExpression separator(QStringLiteral("[,\\s]+"));
        for (QString word : risks->text().split(separator, Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = word.remove(QRegularExpression(QStringLiteral("^[Rr]"))).toInt(&ok);
            if (!ok) {
                error->setText(tr("Risks: “%1” is not a risk's number (R1, R2 …)").arg(word));
                return;
            }
            f.risks << n;
        }
        QList<Finding> list = {f};
        RiskStore store(m_db);
        if (store.addFindings(year, list))
            dialog->accept();
        else
            error->setText(store.errorString());
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->resize(600, dialog->sizeHint().height());
    return dialog;
}

void RiskDialog::reload()
{
    RiskStore store(m_db);
    m_bands = store.bands();
    m_reg = store.load(fiscalYear());
    m_figures.clear();
    if (!m_reg) {
        showMessage(tr("Fiscal year %1 has no risk register yet: make one with “New register…”.").arg(fiscalYear()),
                    false);
    } else {
        showMessage(QString(), false);
        if (const auto figures = store.figures(*m_reg))
            m_figures = *figures;
        else
            showMessage(store.errorString(), true);
    }
    m_newRegister->setEnabled(!m_reg && access::allows(m_db.session(), access::Permission::ManageIntegrity));
    fillRisks();
    fillRound();
}

void RiskDialog::fillRisks()
{
    m_findings->setRowCount(0);
    if (m_reg)
        for (const Finding& f : m_reg->findings) {
            const int row = m_findings->rowCount();
            m_findings->insertRow(row);
            QStringList risks;
            for (int n : f.risks)
                risks << QStringLiteral("R%1").arg(n);
            m_findings->setItem(row, 0, cell(label(findingSources(), f.source), f.id));
            m_findings->setItem(row, 1, cell(f.text, f.id));
            m_findings->setItem(row, 2, cell(risks.join(QStringLiteral(", ")), f.id));
        }
    m_risks->setRowCount(0);
    m_matrix->show(m_reg ? &*m_reg : nullptr, m_bands);
    if (!m_reg)
        return;
    for (const Ranked& x : m_reg->ranked(m_bands)) {
        const Risk& r = *x.risk;
        const int row = m_risks->rowCount();
        m_risks->insertRow(row);
        QStringList measures;
        for (const Measure* m : m_reg->measuresOf(r.id))
            measures << QStringLiteral("%1. %2").arg(m->number).arg(m->title);
        const RiskFigures f = m_figures.value(r.id);
        const QString figures = r.division.isEmpty() && r.process.isEmpty()
            ? QString()
            : tr("%1 complaint(s) about the division, %2 naming the process; %3 gift(s) to report")
                  .arg(f.complaintsOfDivision)
                  .arg(f.complaintsOfProcess)
                  .arg(f.giftsToReport);
        const QStringList cells = {x.rank ? QString::number(x.rank) : QStringLiteral("–"),
                                   QStringLiteral("R%1").arg(r.number),
                                   r.process,
                                   r.event,
                                   text::labelIn(m_reg->types, r.type).value_or(r.type),
                                   r.assessed() ? QStringLiteral("%1 × %2 = %3").arg(*r.likelihood).arg(*r.impact).arg(*r.score())
                                                : QStringLiteral("–"),
                                   levelName(x.level),
                                   r.division,
                                   figures,
                                   measures.join(u'\n')};
        for (int c = 0; c < RiskColumns; ++c)
            m_risks->setItem(row, c, cell(cells[c], r.id));
        if (!x.level.isEmpty())
            m_risks->item(row, LevelColumn)->setBackground(levelColour(x.level));
    }
    if (const int general = int(m_reg->measuresOf(0).size()))
        showMessage(tr("%n measure(s) stand against all risks (seed 002's way); they follow up in each round.", nullptr,
                       general),
                    false);
    m_risks->resizeColumnsToContents();
    for (int c : {int(ProcessColumn), int(TypeColumn), int(FiguresColumn), int(MeasuresColumn)})
        m_risks->setColumnWidth(c, std::min(m_risks->columnWidth(c), 180));
    m_risks->setColumnWidth(EventColumn, std::min(m_risks->columnWidth(EventColumn), 260));
    m_risks->resizeRowsToContents();
}

const Risk* RiskDialog::currentRisk() const
{
    if (!m_reg || m_risks->currentRow() < 0 || !m_risks->item(m_risks->currentRow(), 0))
        return nullptr;
    return m_reg->risk(m_risks->item(m_risks->currentRow(), 0)->data(Qt::UserRole).toLongLong());
}

void RiskDialog::fillRound()
{
    m_followUps->setRowCount(0);
    m_residuals->setRowCount(0);
    const int round = m_round->currentData().toInt();
    if (!m_reg) {
        m_roundState->clear();
        return;
    }
    const RoundInfo info = m_reg->round(round);
    // A locked round stays as reported; an administrator may still correct it, giving a reason that is logged.
    const bool administrator = m_db.session().has(access::Role::Administrator);
    m_roundState->setText(info.locked() ? (administrator ? tr("Locked on %1 by %2: a correction asks why, and is logged")
                                                         : tr("Locked on %1 by %2: the round stays as reported"))
                                              .arg(calendar::formatThaiDate(info.lockedAt->date()), info.lockedBy)
                                        : tr("Due on %1").arg(calendar::formatThaiDate(info.due)));
    const bool open = (!info.locked() || administrator)
        && access::allows(m_db.session(), access::Permission::ManageIntegrity);
    m_saveRound->setEnabled(open);
    m_lockRound->setEnabled(open && !info.locked());
    for (const Measure& m : m_reg->measures) {
        const FollowUp f = m_reg->followUp(m.id, round).value_or(FollowUp{});
        const bool viaPlan = m.planActivity > 0; // reported once, in the plan's round
        const int row = m_followUps->rowCount();
        m_followUps->insertRow(row);
        m_followUps->setItem(row, 0, cell(QString::number(m.number), m.id));
        const Risk* against = m_reg->risk(m.risk);
        m_followUps->setItem(row, 1, cell(against ? QStringLiteral("R%1: %2").arg(against->number).arg(m.title) : m.title));
        auto* status = new QComboBox(m_followUps);
        for (const Term& t : measureStatuses())
            status->addItem(label(t), t.code);
        status->setCurrentIndex(status->findData(f.status));
        status->setEnabled(open && !viaPlan);
        m_followUps->setCellWidget(row, 2, status);
        auto* done = new QTableWidgetItem(f.done);
        auto* why = new QTableWidgetItem(f.cancelReason);
        if (viaPlan)
            done->setToolTip(tr("Reported through the action plan's activity: record it in the plan's round"));
        if (!open || viaPlan) {
            done->setFlags(done->flags() & ~Qt::ItemIsEditable);
            why->setFlags(why->flags() & ~Qt::ItemIsEditable);
        }
        m_followUps->setItem(row, 3, done);
        m_followUps->setItem(row, 4, why);
        int files = 0;
        for (const EvidenceFiles::File& file : RiskStore(m_db).evidence(m.id).value_or(QList<EvidenceFiles::File>{}))
            files += file.round == round;
        m_followUps->setItem(row, 5, cell(QString::number(files), m.id));
    }
    for (const Ranked& x : m_reg->ranked(m_bands)) {
        const Residual after = m_reg->residuals.value(x.risk->id).value(round, Residual{});
        const int row = m_residuals->rowCount();
        m_residuals->insertRow(row);
        m_residuals->setItem(row, 0, cell(QStringLiteral("R%1: %2").arg(x.risk->number).arg(x.risk->event), x.risk->id));
        m_residuals->setItem(row, 1, cell(x.level.isEmpty() ? levelName(x.level)
                                                            : QStringLiteral("%1 (%2)").arg(levelName(x.level)).arg(x.score)));
        const auto value = [](int v) { return v > 0 ? std::optional<int>(v) : std::nullopt; };
        QComboBox* likelihood = scaleCombo(m_residuals, likelihoodLevels(), value(after.likelihood), true);
        QComboBox* impact = scaleCombo(m_residuals, impactLevels(), value(after.impact), true);
        likelihood->setEnabled(open);
        impact->setEnabled(open);
        m_residuals->setCellWidget(row, 2, likelihood);
        m_residuals->setCellWidget(row, 3, impact);
    }
    m_followUps->resizeColumnToContents(0);
    m_followUps->setColumnWidth(2, 170);
    m_residuals->resizeColumnToContents(1);
    m_residuals->setColumnWidth(2, 260);
    m_residuals->setColumnWidth(3, 260);
}

bool RiskDialog::saveRound()
{
    if (!m_reg)
        return false;
    const int round = m_round->currentData().toInt();
    QList<FollowUpEntry> followUps;
    QList<ResidualEntry> residuals;
    QStringList places;
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        const qint64 id = m_followUps->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (m_reg->measure(id) && m_reg->measure(id)->planActivity > 0)
            continue; // the plan's round reports it
        const auto* status = qobject_cast<QComboBox*>(m_followUps->cellWidget(row, 2));
        FollowUp f{status->currentData().toString(), m_followUps->item(row, 3)->text(), m_followUps->item(row, 4)->text()};
        const FollowUp before = m_reg->followUps.value(id).value(round, FollowUp{});
        const bool reported = m_reg->followUps.value(id).contains(round);
        if (!reported && f.status == u"not_started" && f.done.isEmpty() && f.cancelReason.isEmpty())
            continue; // nothing said about it yet
        if (reported && f.status == before.status && f.done == before.done && f.cancelReason == before.cancelReason)
            continue;
        followUps.append({id, f});
        places << tr("measure %1").arg(m_followUps->item(row, 0)->text());
    }
    QStringList riskPlaces;
    for (int row = 0; row < m_residuals->rowCount(); ++row) {
        const auto* l = qobject_cast<QComboBox*>(m_residuals->cellWidget(row, 2));
        const auto* i = qobject_cast<QComboBox*>(m_residuals->cellWidget(row, 3));
        if (l->currentData().isNull() && i->currentData().isNull())
            continue;
        const qint64 id = m_residuals->item(row, 0)->data(Qt::UserRole).toLongLong();
        const QString where = m_residuals->item(row, 0)->text().section(u':', 0, 0);
        if (l->currentData().isNull() || i->currentData().isNull()) {
            showMessage(tr("%1: give both the likelihood and the impact after the measures; nothing was saved").arg(where),
                        true);
            return false;
        }
        const Residual after{l->currentData().toInt(), i->currentData().toInt()};
        const Residual before = m_reg->residuals.value(id).value(round, Residual{});
        if (before.likelihood == after.likelihood && before.impact == after.impact)
            continue;
        residuals.append({id, after});
        riskPlaces << where;
    }
    std::optional<plan::Override> override;
    if (m_reg->round(round).locked()) {
        if (followUps.isEmpty() && residuals.isEmpty())
            return true;
        bool ok = false;
        const QString reason = Ask::text(this, tr("Correct a locked round"),
                                         tr("Round %1 was reported and locked. Why is it corrected? (The change is "
                                            "logged with what it was.)")
                                             .arg(round),
                                         QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
        override = plan::Override{m_db.session().user, reason};
    }
    RiskStore store(m_db);
    if (!store.recordFollowUp(fiscalYear(), round, followUps, residuals, places + riskPlaces, override)) {
        showMessage(store.errorString() + tr("; nothing was saved"), true);
        return false;
    }
    reload();
    return true;
}

void RiskDialog::lockRound()
{
    const int round = m_round->currentData().toInt();
    bool ok = false;
    const QString by = Ask::text(this, tr("Lock the round"),
                                    tr("Round %1 is locked once its report is submitted. Who submits it?").arg(round),
                                    QLineEdit::Normal, m_db.session().fullName, &ok);
    if (!ok)
        return;
    RiskStore store(m_db);
    if (!store.lockRound(fiscalYear(), round, by)) {
        showMessage(store.errorString(), true);
        return;
    }
    reload();
    showMessage(tr("Round %1 locked").arg(round), false);
}

void RiskDialog::changeDue()
{
    if (!m_reg)
        return;
    const int round = m_round->currentData().toInt();
    bool ok = false;
    const QString text = Ask::text(this, tr("Due date"), tr("Round %1 is due on:").arg(round), QLineEdit::Normal,
                                   calendar::formatThaiDate(m_reg->round(round).due), &ok);
    if (!ok)
        return;
    QString why;
    const auto day = calendar::parseThaiDate(text, &why);
    RiskStore store(m_db);
    if (!day || !store.setRoundDue(fiscalYear(), round, *day)) {
        showMessage(day ? store.errorString() : tr("Due date: %1").arg(why), true);
        return;
    }
    reload();
}

void RiskDialog::removeRisk()
{
    const Risk* r = currentRisk();
    if (!r)
        return;
    if (Ask::question(this, tr("Remove a risk"),
                      tr("Remove R%1 (%2) and its own measures from the register?").arg(r->number).arg(r->event))
        != QMessageBox::Yes)
        return;
    RiskStore store(m_db);
    const int number = r->number;
    if (!store.removeRisk(fiscalYear(), r->id)) {
        showMessage(store.errorString(), true);
        return;
    }
    reload();
    showMessage(tr("R%1 removed").arg(number), false);
}

EvidenceDialog* RiskDialog::evidenceDialog(int row)
{
    if (!m_reg || row < 0 || row >= m_followUps->rowCount()) {
        showMessage(tr("Choose the measure the evidence is of, then attach it."), true);
        return nullptr;
    }
    const qint64 id = m_followUps->item(row, 0)->data(Qt::UserRole).toLongLong();
    const int round = m_round->currentData().toInt(), year = fiscalYear();
    storage::Database& db = m_db;
    EvidenceSource source{[&db, id](QString* error) {
                              RiskStore store(db);
                              auto files = store.evidence(id);
                              if (!files)
                                  *error = store.errorString();
                              return files;
                          },
                          [&db, id, round, year](const QString& name, const QByteArray& data, QString* error) {
                              RiskStore store(db);
                              auto added = store.addEvidence(year, id, round, name, data);
                              if (!added)
                                  *error = store.errorString();
                              return added;
                          },
                          [&db, id](qint64 file, QString* error) {
                              RiskStore store(db);
                              auto data = store.evidenceData(id, file);
                              if (!data)
                                  *error = store.errorString();
                              return data;
                          }};
    auto* dialog = new EvidenceDialog(std::move(source), round, m_followUps->item(row, 1)->text(), this);
    connect(dialog, &QDialog::finished, this, &RiskDialog::fillRound);
    return dialog;
}

bool RiskDialog::createRegister(const QString& templateName)
{
    RiskStore store(m_db);
    if (!store.create(fiscalYear(), templateName)) {
        showMessage(store.errorString(), true);
        return false;
    }
    reload();
    return true;
}

void RiskDialog::newRegisterMenu()
{
    QMenu menu(this);
    menu.addAction(tr("Seed 002's six risks and seven measures (to be rated)"), this,
                   [this] { createRegister(QStringLiteral("seed002")); });
    for (int y : RiskStore(m_db).years())
        if (y != fiscalYear())
            menu.addAction(tr("A copy of fiscal year %1's register (without its follow-up)").arg(y), this,
                           [this, y] { createRegister(QStringLiteral("copy:%1").arg(y)); });
    menu.addAction(tr("An empty register"), this, [this] { createRegister(QStringLiteral("empty")); });
    menu.exec(m_newRegister->mapToGlobal(QPoint(0, m_newRegister->height())));
}

void RiskDialog::openDialog(QDialog* dialog)
{
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &RiskDialog::reload);
    dialog->open();
}

QDialog* RiskDialog::riskForm(const Risk& risk)
{
    if (!m_reg)
        return nullptr;
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(risk.id ? tr("Risk R%1").arg(risk.number) : tr("A new risk"));
    auto* process = new QLineEdit(risk.process, dialog);
    process->setObjectName(QStringLiteral("process"));
    process->setPlaceholderText(tr("e.g. การจัดซื้อจัดจ้าง, การอนุญาตก่อสร้างอาคาร"));
    auto* event = new QPlainTextEdit(risk.event, dialog);
    event->setObjectName(QStringLiteral("event"));
    auto* type = new QComboBox(dialog);
    type->setObjectName(QStringLiteral("type"));
    for (const Term& t : m_reg->types)
        type->addItem(t.label, t.code);
    type->setCurrentIndex(std::max(0, type->findData(risk.type)));
    auto* causes = new QPlainTextEdit(risk.causes, dialog);
    auto* controls = new QPlainTextEdit(risk.controls, dialog);
    for (QPlainTextEdit* e : {event, causes, controls})
        e->setMaximumHeight(fontMetrics().height() * 4);
    auto* division = new QComboBox(dialog);
    division->setObjectName(QStringLiteral("division"));
    division->addItem(QString());
    division->addItems(office::OfficeProfile::load(m_db).divisions);
    division->setCurrentIndex(std::max(0, division->findText(risk.division)));
    QComboBox* likelihood = scaleCombo(dialog, likelihoodLevels(), risk.likelihood, true);
    likelihood->setObjectName(QStringLiteral("likelihood"));
    QComboBox* impact = scaleCombo(dialog, impactLevels(), risk.impact, true);
    impact->setObjectName(QStringLiteral("impact"));
    auto* level = new QLabel(dialog);
    level->setObjectName(QStringLiteral("level"));
    const LevelBands bands = m_bands;
    const auto showLevel = [=] {
        if (likelihood->currentData().isNull() || impact->currentData().isNull()) {
            level->setText(tr("not assessed"));
            level->setStyleSheet(QString());
            return;
        }
        const int score = likelihood->currentData().toInt() * impact->currentData().toInt();
        const QString code = levelOf(score, bands);
        level->setText(tr("Score %1: %2").arg(score).arg(levelName(code)));
        level->setStyleSheet(QStringLiteral("background: %1; padding: 2px 6px;").arg(levelColour(code).name()));
    };
    connect(likelihood, &QComboBox::currentIndexChanged, dialog, showLevel);
    connect(impact, &QComboBox::currentIndexChanged, dialog, showLevel);
    showLevel();
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("error"));
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Work process"), process);
    form->addRow(tr("Risk &event"), event);
    form->addRow(tr("&Type"), type);
    form->addRow(tr("&Causes"), causes);
    form->addRow(tr("Controls in &place"), controls);
    form->addRow(tr("&Division"), division);
    form->addRow(tr("&Likelihood"), likelihood);
    form->addRow(tr("&Impact"), impact);
    form->addRow(tr("Level"), level);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const int year = fiscalYear();
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        Risk r = risk;
        r.process = process->text();
        r.event = event->toPlainText();
        r.type = type->currentData().toString();
        r.causes = causes->toPlainText();
        r.controls = controls->toPlainText();
        r.division = division->currentText();
        r.likelihood = likelihood->currentData().isNull() ? std::nullopt : std::optional<int>(likelihood->currentData().toInt());
        r.impact = impact->currentData().isNull() ? std::nullopt : std::optional<int>(impact->currentData().toInt());
        RiskStore store(m_db);
        bool saved = false;
        if (r.id) {
            saved = store.updateRisk(year, r);
        } else {
            QList<NewRisk> list = {{r, {}}};
            saved = store.addRisks(year, list);
        }
        if (saved)
            dialog->accept();
        else
            error->setText(store.errorString());
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->resize(640, dialog->sizeHint().height());
    return dialog;
}

QDialog* RiskDialog::measureForm(qint64 riskId)
{
    if (!m_reg)
        return nullptr;
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(tr("A new measure"));
    auto* against = new QComboBox(dialog);
    against->setObjectName(QStringLiteral("risk"));
    against->addItem(tr("All the register's risks"), qint64(0));
    for (const Risk& r : m_reg->risks)
        against->addItem(QStringLiteral("R%1: %2").arg(r.number).arg(r.event.left(60)), r.id);
    against->setCurrentIndex(std::max(0, against->findData(riskId)));
    auto* title = new QPlainTextEdit(dialog);
    title->setObjectName(QStringLiteral("title"));
    title->setMaximumHeight(fontMetrics().height() * 4);
    auto* division = new QComboBox(dialog);
    division->setObjectName(QStringLiteral("division"));
    division->addItem(QString());
    division->addItems(office::OfficeProfile::load(m_db).divisions);
    auto* person = new QLineEdit(dialog);
    auto* period = new QLineEdit(dialog);
    period->setPlaceholderText(tr("e.g. ตลอดปีงบประมาณ"));
    auto* due = new QLineEdit(dialog);
    due->setObjectName(QStringLiteral("due"));
    due->setPlaceholderText(tr("a date, e.g. 31/3/2570 (optional)"));
    auto* indicator = new QLineEdit(dialog);
    auto* activity = new QComboBox(dialog);
    activity->setObjectName(QStringLiteral("activity"));
    activity->addItem(tr("None"), qint64(0));
    plan::PlanStore plans(m_db);
    if (const auto plan = plans.load(fiscalYear()))
        for (const plan::Activity& a : plan->activities)
            activity->addItem(QStringLiteral("%1 %2").arg(a.code(), a.title.left(60)), a.id);
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("error"));
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Against"), against);
    form->addRow(tr("&Measure"), title);
    form->addRow(tr("&Division"), division);
    form->addRow(tr("&Person"), person);
    form->addRow(tr("&When"), period);
    form->addRow(tr("D&ue"), due);
    form->addRow(tr("&Indicator of success"), indicator);
    form->addRow(tr("Reported through the &plan's activity"), activity);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const int year = fiscalYear();
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        Measure m;
        m.risk = against->currentData().toLongLong();
        m.title = title->toPlainText();
        m.division = division->currentText();
        m.person = person->text();
        m.period = period->text();
        m.indicator = indicator->text();
        m.planActivity = activity->currentData().toLongLong();
        if (!due->text().trimmed().isEmpty()) {
            QString why;
            m.due = calendar::parseThaiDate(due->text(), &why);
            if (!m.due) {
                error->setText(tr("Due: %1").arg(why));
                return;
            }
        }
        QList<Measure> list = {m};
        RiskStore store(m_db);
        if (store.addMeasures(year, list))
            dialog->accept();
        else
            error->setText(store.errorString());
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->resize(640, dialog->sizeHint().height());
    return dialog;
}

void RiskDialog::printAssessment()
{
    if (!m_reg)
        return;
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    if (office.name.isEmpty()) {
        Ask::warning(this, tr("Print"), tr("The office profile lacks its name; set it in Settings first."));
        return;
    }
    const documents::DocumentPainter paint = assessmentReport(*m_reg, m_bands, m_figures, office);
    const text::Digits digits = office.documentDigits();
    previewDocument(this, tr("Corruption-risk assessment %1").arg(fiscalYear()), QPageLayout::Landscape,
                    [paint, digits](documents::PageWriter& page, QString* why) {
                        page.digits = digits;
                        return paint(page, why);
                    });
}

void RiskDialog::printRound()
{
    if (!m_reg)
        return;
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    if (office.name.isEmpty()) {
        Ask::warning(this, tr("Print"), tr("The office profile lacks its name; set it in Settings first."));
        return;
    }
    const documents::ListDocument list = roundReport(*m_reg, m_round->currentData().toInt(), m_bands, office);
    previewDocument(this, list.title, list.orientation, documents::listPainter(list, office.documentDigits()));
}

bool RiskDialog::exportTo(const QString& format, const QString& path, QString* error)
{
    if (!m_reg) {
        *error = tr("fiscal year %1 has no risk register").arg(fiscalYear());
        return false;
    }
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    return reports::writeList(registerList(*m_reg, m_bands, m_figures, office), format, office.documentDigits(), path,
                              error);
}

void RiskDialog::chooseExport(const QString& format)
{
    QString path = Ask::saveFileName(this, tr("Export"), QStringLiteral("ทะเบียนความเสี่ยง-%1.%2").arg(fiscalYear()).arg(format),
                                     format == QLatin1String("xlsx") ? tr("Excel workbooks (*.xlsx)")
                                                                     : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + format, Qt::CaseInsensitive))
        path += u'.' + format;
    QString error;
    if (exportTo(format, path, &error))
        showMessage(tr("Saved %1").arg(path), false);
    else
        showMessage(tr("Nothing was saved: %1").arg(error), true);
}

} // namespace sujarit::gui
