// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictsDialog.h"
#include "Ask.h"

#include "ConflictForms.h"
#include "DocumentPrinter.h"
#include "ExportButton.h"
#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "documents/ConflictLists.h"
#include "documents/DeclarationForm.h"
#include "office/OfficeProfile.h"
#include "reports/TableExport.h"
#include "storage/Database.h"
#include "text/ThaiBahtText.h"
#include "storage/SafeFile.h"

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
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sujarit::gui {

namespace {

QString shortDay(QDate d)
{
    return calendar::formatThaiDate(d, calendar::DateStyle::AbbreviatedShortYear);
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

ConflictsDialog::ConflictsDialog(storage::Database& db, QWidget* parent, std::optional<int> year)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Conflict of interest: declarations and gifts"));
    m_year = new QComboBox(this);
    const int current = calendar::fiscalYearOf(calendar::now().date());
    for (int y = current + 1; y >= current - 5; --y)
        m_year->addItem(tr("Fiscal year %1").arg(y), y);
    m_year->setCurrentIndex(m_year->findData(year.value_or(current)));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(declarationTab(), tr("&Declarations"));
    m_tabs->addTab(giftTab(), tr("&Gifts"));
    m_tabs->addTab(staffTab(), tr("&Staff"));
    auto* top = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);
    connect(m_year, &QComboBox::currentIndexChanged, this, &ConflictsDialog::reload);
    resize(1240, 720);
    reload();
}

ConflictsDialog::~ConflictsDialog() = default;

int ConflictsDialog::fiscalYear() const
{
    return m_year->currentData().toInt();
}

void ConflictsDialog::setFiscalYear(int year)
{
    if (m_year->findData(year) < 0)
        m_year->addItem(tr("Fiscal year %1").arg(year), year);
    m_year->setCurrentIndex(m_year->findData(year));
}

QWidget* ConflictsDialog::staffTab()
{
    auto* page = new QWidget(this);
    m_staffTable = makeTable(page, { tr("Name"), tr("Position"), tr("Division"), tr("Kind"), tr("Left office") });
    auto* add = new QPushButton(tr("&Add…"), page);
    auto* import = new QPushButton(tr("&Import from CSV…"), page);
    auto* left = new QPushButton(tr("Mark as &left office…"), page);
    connect(add, &QPushButton::clicked, this, [this] { runDialog(new StaffDialog(m_db, this)); });
    connect(import, &QPushButton::clicked, this, &ConflictsDialog::importStaff);
    connect(left, &QPushButton::clicked, this, &ConflictsDialog::markLeft);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { add, import, left })
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_staffTable, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* ConflictsDialog::declarationTab()
{
    auto* page = new QWidget(this);
    m_declarationTable
        = makeTable(page,
                    { tr("Date"), tr("Declarant"), tr("Kind of declaration"), tr("Form of conflict or details"),
                      tr("Persons or companies (relation)"), tr("Supervisor's review") });
    auto* add = new QPushButton(tr("&New declaration…"), page);
    auto* review = new QPushButton(tr("Record the &review…"), page);
    auto* print = new QPushButton(tr("&Print the form…"), page);
    auto* printList = new QPushButton(tr("Print the &register…"), page);
    connect(add, &QPushButton::clicked, this, [this] { runDialog(new DeclarationDialog(m_db, this)); });
    connect(review, &QPushButton::clicked, this, [this] {
        if (QDialog* d = makeReviewDialog(m_declarationTable->currentRow()))
            runDialog(d);
    });
    connect(print, &QPushButton::clicked, this, [this] {
        const int row = m_declarationTable->currentRow();
        if (row < 0 || row >= m_declarations.size())
            return;
        const conflicts::Declaration& d = m_declarations[row];
        previewDocument(this, conflicts::labelIn(conflicts::declarationKinds(), d.kind).value_or(d.kind),
                        QPageLayout::Portrait, documents::declarationForm(d, office::OfficeProfile::load(m_db)));
    });
    connect(printList, &QPushButton::clicked, this, [this] { preview(List::Declarations); });
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { add, review, print, printList })
        buttons->addWidget(b);
    buttons->addWidget(exportButton(page, { QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf") },
                                    [this](const QString& f) { chooseExport(List::Declarations, f); }));
    buttons->addStretch();

    // The annual campaign, beside the declarations.
    auto* campaign = new QWidget(page);
    m_missingLabel = new QLabel(campaign);
    m_missingLabel->setWordWrap(true);
    m_missingList = new QListWidget(campaign);
    m_due = new QLineEdit(calendar::formatThaiDate(calendar::now().date().addDays(15), calendar::DateStyle::Numeric),
                          campaign);
    auto* printMissing = new QPushButton(tr("Print the list with its &deadline…"), campaign);
    connect(printMissing, &QPushButton::clicked, this, [this] { preview(List::Missing); });
    auto* due = new QFormLayout;
    due->addRow(tr("Declare &by"), m_due);
    auto* campaignLayout = new QVBoxLayout(campaign);
    campaignLayout->setContentsMargins(0, 0, 0, 0);
    campaignLayout->addWidget(m_missingLabel);
    campaignLayout->addWidget(m_missingList, 1);
    campaignLayout->addLayout(due);
    campaignLayout->addWidget(printMissing);

    auto* left = new QWidget(page);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_declarationTable, 1);
    leftLayout->addLayout(buttons);
    auto* split = new QSplitter(page);
    split->addWidget(left);
    split->addWidget(campaign);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split);
    return page;
}

QWidget* ConflictsDialog::giftTab()
{
    auto* page = new QWidget(this);
    m_giftTable = makeTable(page,
                            { tr("Date"), tr("Receiver"), tr("Giver (relation)"), tr("What"), tr("Value (baht)"),
                              tr("Rule's verdict"), tr("Report by"), tr("Action") });
    m_giftReason = new QLabel(page);
    m_giftReason->setWordWrap(true);
    m_giftReason->setFrameShape(QFrame::StyledPanel);
    m_giftReason->setMargin(6);
    m_giftReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_giftTable, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::showGiftReason);
    auto* add = new QPushButton(tr("&Record a gift…"), page);
    auto* decide = new QPushButton(tr("Head's &decision…"), page);
    auto* printRegister = new QPushButton(tr("Print the &register…"), page);
    auto* printReport = new QPushButton(tr("Print the &No Gift report…"), page);
    connect(add, &QPushButton::clicked, this, [this] { runDialog(new GiftDialog(m_db, this)); });
    connect(decide, &QPushButton::clicked, this, [this] {
        if (QDialog* d = makeDecisionDialog(m_giftTable->currentRow()))
            runDialog(d);
    });
    connect(printRegister, &QPushButton::clicked, this, [this] { preview(List::GiftRegister); });
    connect(printReport, &QPushButton::clicked, this, [this] { preview(List::NoGiftReport); });
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { add, decide, printRegister, printReport })
        buttons->addWidget(b);
    buttons->addWidget(exportButton(page, { QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf") },
                                    [this](const QString& f) { chooseExport(List::GiftRegister, f); }));
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_giftTable, 1);
    layout->addWidget(m_giftReason);
    layout->addLayout(buttons);
    return page;
}

void ConflictsDialog::reload()
{
    const int year = fiscalYear();
    staff::StaffList staff(m_db);
    m_staff = staff.all().value_or(QList<staff::StaffMember> {});
    m_staffTable->setRowCount(int(m_staff.size()));
    for (int r = 0; r < m_staff.size(); ++r) {
        const staff::StaffMember& m = m_staff[r];
        setRow(m_staffTable, r,
               { m.name, m.position, m.division, staff::staffKindLabel(m.kind),
                 m.leftOn ? shortDay(*m.leftOn) : QString() });
    }

    conflicts::DeclarationRegister declarations(m_db);
    m_declarations = declarations.list(year).value_or(QList<conflicts::Declaration> {});
    const documents::ListDocument list = documents::declarationsList(m_declarations, year, {});
    m_declarationTable->setRowCount(int(m_declarations.size()));
    for (int r = 0; r < m_declarations.size(); ++r) {
        const QStringList& cells = list.rows[r];
        setRow(m_declarationTable, r,
               { cells[1], m_declarations[r].declarant, cells[3], cells[4], cells[5], cells[6] });
        if (!m_declarations[r].review.done())
            m_declarationTable->item(r, 5)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_missing = declarations.missingAnnual(year).value_or(QList<staff::StaffMember> {});
    m_missingList->clear();
    for (const staff::StaffMember& m : m_missing)
        m_missingList->addItem(m.position.isEmpty() ? m.name : QStringLiteral("%1 — %2").arg(m.name, m.position));
    m_missingLabel->setText(m_missing.isEmpty()
                                ? tr("Everyone has made the annual declaration of fiscal year %1.").arg(year)
                                : tr("%n staff member(s) have not yet made the annual declaration of fiscal year %1:",
                                     nullptr, int(m_missing.size()))
                                      .arg(year));

    gifts::GiftRegister register_(m_db);
    m_gifts = register_.gifts(year, gifts::GiftRuleSet::nacc2563()).value_or(QList<gifts::RegisteredGift> {});
    m_giftTable->setRowCount(int(m_gifts.size()));
    for (int r = 0; r < m_gifts.size(); ++r) {
        const gifts::RegisteredGift& g = m_gifts[r];
        setRow(m_giftTable, r,
               { shortDay(g.entry.date), g.entry.receiver,
                 QStringLiteral("%1 (%2)").arg(g.entry.giver,
                                               gifts::relationLabel(g.entry.relation).value_or(g.entry.relation)),
                 g.description, text::formatBaht(g.entry.valueSatang), gifts::verdictLabel(g.judgement.verdict),
                 g.judgement.reportDue ? shortDay(*g.judgement.reportDue) : QString(), documents::giftAction(g) });
        m_giftTable->item(r, 4)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (g.judgement.verdict == gifts::Verdict::MustReport && !g.decision.done())
            m_giftTable->item(r, 5)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    for (QTableWidget* t : { m_staffTable, m_declarationTable, m_giftTable }) {
        t->resizeColumnsToContents();
        // Long cells wrap in narrow columns, so the last one (the review, the action) stays in sight.
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->setColumnWidth(c, std::min(t->columnWidth(c), 170));
        t->resizeRowsToContents();
    }
    showGiftReason();
}

void ConflictsDialog::showGiftReason()
{
    const int row = m_giftTable->currentRow();
    if (row < 0 || row >= m_gifts.size()) {
        m_giftReason->setText(tr("Choose a gift to see why the rule judges it so."));
        return;
    }
    const gifts::RegisteredGift& g = m_gifts[row];
    QString text = g.judgement.reason;
    if (g.decision.done())
        text += QStringLiteral("\n")
            + tr("Head's decision: %1 by %2 on %3 (under %4)")
                  .arg(gifts::giftDecisionLabel(g.decision.decision).value_or(g.decision.decision), g.decision.by,
                       calendar::formatThaiDate(g.decision.date), g.decision.ruleVersion);
    m_giftReason->setText(text);
}

QDialog* ConflictsDialog::makeReviewDialog(int row)
{
    if (row < 0 || row >= m_declarations.size()) {
        Ask::information(this, tr("Record the review"), tr("Choose a declaration first."));
        return nullptr;
    }
    const conflicts::Declaration d = m_declarations[row];
    const QString subject = tr("%1 — %2, %3")
                                .arg(conflicts::labelIn(conflicts::declarationKinds(), d.kind).value_or(d.kind),
                                     d.declarant, calendar::formatThaiDate(d.date));
    auto* dialog = new DecisionDialog(
        tr("Supervisor's review"), subject, conflicts::reviewDecisions(),
        [this, id = d.id](const QString& by, const QString& decision, QDate date, const QString& reason) {
            conflicts::DeclarationRegister reg(m_db);
            return reg.review(id, { by, decision, date, reason }) ? QString() : reg.errorString();
        },
        this);
    if (d.review.done()) {
        dialog->byEdit()->setText(d.review.reviewer);
        dialog->decisionCombo()->setCurrentIndex(dialog->decisionCombo()->findData(d.review.decision));
        dialog->reasonEdit()->setPlainText(d.review.reason);
    }
    return dialog;
}

QDialog* ConflictsDialog::makeDecisionDialog(int row)
{
    if (row < 0 || row >= m_gifts.size()) {
        Ask::information(this, tr("Head's decision"), tr("Choose a gift first."));
        return nullptr;
    }
    const gifts::RegisteredGift g = m_gifts[row];
    QList<conflicts::Choice> choices;
    for (const gifts::Relation& d : gifts::giftDecisions())
        choices.append({ d.code, d.label });
    const QString subject = tr("%1 from %2 to %3, %4 baht: %5")
                                .arg(g.description, g.entry.giver, g.entry.receiver,
                                     text::formatBaht(g.entry.valueSatang), gifts::verdictLabel(g.judgement.verdict));
    return new DecisionDialog(
        tr("Head's decision on a gift"), subject, choices,
        [this, id = g.id](const QString& by, const QString& decision, QDate date, const QString& reason) {
            gifts::GiftRegister reg(m_db);
            return reg.decide(id, { decision, date, by, reason, {} }, gifts::GiftRuleSet::nacc2563())
                ? QString()
                : reg.errorString();
        },
        this);
}

void ConflictsDialog::runDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ConflictsDialog::reload);
    dialog->open();
}

void ConflictsDialog::importStaff()
{
    const QString path
        = Ask::openFileName(this, tr("Import a staff list"), QString(), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto bytes = storage::readBounded(path, 64 * 1024 * 1024, &error);
    if (!bytes) {
        Ask::warning(this, tr("Import a staff list"), error);
        return;
    }
    staff::StaffList list(m_db);
    int added = 0;
    if (!list.importCsv(*bytes, QFileInfo(path).fileName(), &added)) {
        Ask::warning(this, tr("Import a staff list"), tr("Nothing was added: %1").arg(list.errorString()));
        return;
    }
    reload();
    Ask::information(this, tr("Import a staff list"), tr("Added %n staff member(s).", nullptr, added));
}

void ConflictsDialog::markLeft()
{
    const int row = m_staffTable->currentRow();
    if (row < 0 || row >= m_staff.size()) {
        Ask::information(this, tr("Left office"), tr("Choose a staff member first."));
        return;
    }
    const QString name = m_staff[row].name;
    auto* dialog = new DecisionDialog(
        tr("Left office"), tr("%1 left office. The gift rule still binds them for two years after.").arg(name),
        { { QStringLiteral("left"), tr("Left office") } },
        [this, name](const QString&, const QString&, QDate date, const QString&) {
            staff::StaffList list(m_db);
            return list.markLeft(name, date) ? QString() : list.errorString();
        },
        this);
    dialog->byEdit()->setText(name);
    runDialog(dialog);
}

documents::ListDocument ConflictsDialog::listDocument(List list) const
{
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    const int year = fiscalYear();
    switch (list) {
    case List::Declarations:
        return documents::declarationsList(m_declarations, year, office);
    case List::Missing: {
        const auto due = calendar::parseThaiDate(m_due->text());
        return documents::missingDeclarationsList(m_missing, year, due.value_or(calendar::now().date().addDays(15)),
                                                  office);
    }
    case List::GiftRegister:
        return documents::giftRegisterList(m_gifts, year, office);
    case List::NoGiftReport:
        break;
    }
    return documents::noGiftReportList(m_gifts, year, office);
}

bool ConflictsDialog::exportList(List list, const QString& format, const QString& path, QString* error)
{
    if (list == List::Missing && !calendar::parseThaiDate(m_due->text(), error))
        return false;
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    if (format == QLatin1String("pdf") && office.name.isEmpty()) {
        *error = tr("the office profile lacks its name; set it in Settings");
        return false;
    }
    return reports::writeList(listDocument(list), format, office.documentDigits(), path, error);
}

void ConflictsDialog::chooseExport(List list, const QString& format)
{
    const QString filter = format == QLatin1String("xlsx") ? tr("Excel workbooks (*.xlsx)")
        : format == QLatin1String("csv")                   ? tr("CSV files (*.csv)")
                                                           : tr("PDF files (*.pdf)");
    const QString stem
        = list == List::Declarations ? QStringLiteral("แบบแสดงการขัดกันฯ") : QStringLiteral("ทะเบียนของขวัญ");
    QString path = Ask::saveFileName(
        this, tr("Export"), QStringLiteral("%1-%2.%3").arg(stem).arg(fiscalYear()).arg(format), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + format, Qt::CaseInsensitive))
        path += u'.' + format;
    QString error;
    if (exportList(list, format, path, &error))
        Ask::information(this, tr("Export"), tr("Saved %1").arg(path));
    else
        Ask::warning(this, tr("Export"), tr("Nothing was saved: %1").arg(error));
}

void ConflictsDialog::preview(List list)
{
    QString error;
    if (list == List::Missing && !calendar::parseThaiDate(m_due->text(), &error)) {
        Ask::warning(this, tr("Print"), tr("Declare by: %1").arg(error));
        return;
    }
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    if (office.name.isEmpty()) {
        Ask::warning(this, tr("Print"), tr("The office profile lacks its name; set it in Settings first."));
        return;
    }
    const documents::ListDocument document = listDocument(list);
    previewDocument(this, document.title, document.orientation,
                    documents::listPainter(document, office.documentDigits()));
}

} // namespace sujarit::gui
