// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsDialog.h"
#include "Ask.h"

#include "DocumentPrinter.h"

#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "complaints/ComplaintRepository.h"
#include "office/OfficeProfile.h"
#include "ita/ItaItems.h"
#include "reports/StatisticsExport.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sujarit::gui {

BarChart::BarChart(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(260, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChart::setBreakdown(const reports::Breakdown& breakdown)
{
    m_breakdown = breakdown;
    updateGeometry();
    update();
}

QSize BarChart::sizeHint() const
{
    return {420, std::max(160, int(m_breakdown.rows.size()) * (fontMetrics().height() + 6) + 16)};
}

void BarChart::setScale(int maximum, const QString& suffix)
{
    m_maximum = maximum;
    m_suffix = suffix;
    update();
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    const int rows = int(m_breakdown.rows.size());
    if (rows == 0)
        return;
    int labelWidth = 0, maxCount = 0;
    for (const auto& r : m_breakdown.rows) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(r.label));
        maxCount = std::max(maxCount, r.count);
    }
    if (m_maximum > 0)
        maxCount = m_maximum;
    labelWidth = std::min(labelWidth + fm.averageCharWidth(), width() / 2); // room for Thai marks and a little air
    const int countWidth = fm.horizontalAdvance(QStringLiteral("000000"));
    const int margin = 8;
    const int rowHeight = std::max(fm.height() + 4, (height() - 2 * margin) / rows);
    const int barLeft = margin + labelWidth + 8;
    const int barSpace = std::max(10, width() - barLeft - countWidth - margin);
    for (int i = 0; i < rows; ++i) {
        const auto& r = m_breakdown.rows[i];
        const QRect line(margin, margin + i * rowHeight, width() - 2 * margin, rowHeight);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(line.left(), line.top(), labelWidth, line.height()), Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(r.label, Qt::ElideRight, labelWidth));
        const int length = maxCount > 0 ? int(double(r.count) / maxCount * barSpace) : 0;
        const QRect bar(barLeft, line.top() + 3, std::max(length, r.count > 0 ? 2 : 0), line.height() - 6);
        if (r.count > 0) {
            p.fillRect(bar, palette().color(QPalette::Highlight));
            p.setPen(palette().color(QPalette::Text));
            p.drawRect(bar.adjusted(0, 0, -1, -1));
        }
        p.drawText(QRect(bar.right() + 6, line.top(), countWidth, line.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   QString::number(r.count) + m_suffix);
    }
}

StatisticsDialog::StatisticsDialog(storage::Database& db, QWidget* parent, std::optional<int> year)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Annual complaint statistics"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Fiscal year:"), this));
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("yearCombo"));
    QList<int> years = complaints::ComplaintRepository(m_db).fiscalYears();
    // Opens on the current fiscal year once it has complaints; early in a year, on the last one that had some
    // (in November an office publishes the year just ended).
    const int current = calendar::fiscalYearOf(calendar::now().date());
    const int opening = year ? *year : years.contains(current) || years.isEmpty() ? current : years.first();
    for (int shown : {current, opening})
        if (!years.contains(shown))
            years.prepend(shown);
    std::sort(years.begin(), years.end(), std::greater<int>());
    for (int y : years)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(m_year->findData(opening));
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Period:"), this));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItem(tr("Whole year (Oct–Sep)"), false);
    m_period->addItem(tr("First six months (Oct–Mar)"), true);
    top->addWidget(m_period);
    top->addStretch();
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* split = new QSplitter(this);
    m_tables = new QListWidget(split);
    m_tables->setObjectName(QStringLiteral("tableList"));
    m_table = new QTableWidget(split);
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Complaints"), tr("Share")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chart = new BarChart(split);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox(this);
    const auto add = [&](const QString& text, const QString& name, auto slot) {
        QPushButton* b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
    };
    add(tr("Export to &Excel…"), QStringLiteral("xlsxButton"), [this] { chooseExport(QStringLiteral("xlsx")); });
    add(tr("Export &CSV…"), QStringLiteral("csvButton"), [this] { chooseExport(QStringLiteral("csv")); });
    add(tr("Export &JSON…"), QStringLiteral("jsonButton"), [this] { chooseExport(QStringLiteral("json")); });
    add(tr("&Print report…"), QStringLiteral("printButton"), [this] { printReport(); });
    buttons->addButton(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_year, &QComboBox::currentIndexChanged, this, &StatisticsDialog::recompute);
    connect(m_period, &QComboBox::currentIndexChanged, this, &StatisticsDialog::recompute);
    connect(m_tables, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_stats && row < m_stats->breakdowns.size())
            showBreakdown(m_stats->breakdowns[row].name);
    });
    resize(1180, 680);
    recompute();
}

StatisticsDialog::~StatisticsDialog() = default;

void StatisticsDialog::showYear(int year, bool firstHalf)
{
    if (m_year->findData(year) < 0)
        m_year->addItem(QString::number(year), year);
    const QSignalBlocker blockYear(m_year), blockPeriod(m_period);
    m_year->setCurrentIndex(m_year->findData(year));
    m_period->setCurrentIndex(firstHalf ? 1 : 0);
    recompute();
}

static QString percent(int part, int whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1) : QStringLiteral("–");
}

void StatisticsDialog::recompute()
{
    QString error;
    const int year = m_year->currentData().toInt();
    m_stats = reports::computeStatistics(m_db, year, m_period->currentData().toBool(), calendar::now().date(), &error);
    const QString previous = m_tables->currentItem() ? m_tables->currentItem()->data(Qt::UserRole).toString()
                                                     : QStringLiteral("by_month");
    const QSignalBlocker block(m_tables);
    m_tables->clear();
    if (!m_stats) {
        m_summary->setText(tr("The statistics cannot be computed: %1").arg(error.toHtmlEscaped()));
        m_table->setRowCount(0);
        m_chart->setBreakdown({});
        return;
    }
    const reports::YearStatistics& s = *m_stats;
    QString html = QStringLiteral("<b>%1</b><br>").arg(tr("Fiscal year %1: %2").arg(s.fiscalYear).arg(s.periodText().toHtmlEscaped()));
    if (s.total == 0)
        html += tr("No complaints (ไม่มีเรื่องร้องเรียน) in this period.") + QStringLiteral("<br>");
    html += tr("Received <b>%1</b> · completed <b>%2</b> · in progress <b>%3</b> · anonymous %4 · carried over from "
               "earlier years %5")
                .arg(s.total)
                .arg(s.completed)
                .arg(s.inProgress)
                .arg(s.anonymous)
                .arg(s.carriedOver);
    html += QStringLiteral("<br>");
    html += tr("First answer within 15 working days: %1 of %2 (%3) · result notified within 7 days: %4 of %5 (%6)")
                .arg(s.answeredInTime)
                .arg(s.answerDue)
                .arg(percent(s.answeredInTime, s.answerDue))
                .arg(s.notifiedInTime)
                .arg(s.notifyDue)
                .arg(percent(s.notifiedInTime, s.notifyDue));
    if (s.medianWorkingDaysToConclusion)
        html += QStringLiteral(" · ")
            + tr("median %1 working days from receipt to conclusion").arg(*s.medianWorkingDaysToConclusion, 0, 'f', 1);
    const QString item = ita::ItemStore(m_db).statisticsItem(s.fiscalYear);
    html += QStringLiteral("<br>")
        + (item.isEmpty() ? tr("ITA item: not set for %1").arg(s.fiscalYear) : tr("Published under ITA item %1").arg(item));
    m_summary->setText(html);
    for (const auto& b : s.breakdowns) {
        auto* item = new QListWidgetItem(b.title, m_tables);
        item->setData(Qt::UserRole, b.name);
    }
    m_tables->setMinimumWidth(m_tables->sizeHintForColumn(0) + 2 * m_tables->frameWidth() + 8); // titles whole
    showBreakdown(s.breakdown(previous) ? previous : QStringLiteral("by_month"));
}

void StatisticsDialog::showBreakdown(const QString& name)
{
    if (!m_stats)
        return;
    const reports::Breakdown* b = m_stats->breakdown(name);
    if (!b)
        return;
    for (int i = 0; i < m_tables->count(); ++i)
        if (m_tables->item(i)->data(Qt::UserRole).toString() == name) {
            const QSignalBlocker block(m_tables);
            m_tables->setCurrentRow(i);
        }
    m_table->setHorizontalHeaderLabels({b->keyTitle, tr("Complaints"), tr("Share")});
    m_table->setRowCount(int(b->rows.size()) + 1);
    const int total = b->total();
    const auto put = [&](int row, const QString& label, int count, bool bold) {
        auto* first = new QTableWidgetItem(label);
        auto* number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, count);
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* share = new QTableWidgetItem(percent(count, total));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QTableWidgetItem* it : {first, number, share}) {
            QFont f = it->font();
            f.setBold(bold);
            it->setFont(f);
        }
        m_table->setItem(row, 0, first);
        m_table->setItem(row, 1, number);
        m_table->setItem(row, 2, share);
    };
    int row = 0;
    for (const auto& r : b->rows)
        put(row++, r.label, r.count, false);
    put(row, tr("Total"), total, true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chart->setBreakdown(*b);
}

bool StatisticsDialog::exportTo(const QString& format, const QString& path, QString* error)
{
    if (!m_stats) {
        *error = tr("there are no statistics to export");
        return false;
    }
    return reports::writeStatistics(*m_stats, office::OfficeProfile::load(m_db), format, path, error);
}

void StatisticsDialog::chooseExport(const QString& format)
{
    if (!m_stats)
        return;
    const QString filter = format == QLatin1String("xlsx") ? tr("Excel workbooks (*.xlsx)")
        : format == QLatin1String("csv")                   ? tr("CSV files (*.csv)")
                                                           : tr("JSON files (*.json)");
    const QString suggested = QStringLiteral("สถิติเรื่องร้องเรียน-%1%2.%3")
                                  .arg(m_stats->fiscalYear)
                                  .arg(m_stats->firstHalf ? QStringLiteral("-6เดือน") : QString())
                                  .arg(format);
    QString path = Ask::saveFileName(this, tr("Export statistics"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + format, Qt::CaseInsensitive))
        path += u'.' + format;
    QString error;
    if (exportTo(format, path, &error))
        Ask::information(this, tr("Export statistics"), tr("Saved %1").arg(path));
    else
        Ask::warning(this, tr("Export statistics"), tr("Nothing was saved: %1").arg(error));
}

void StatisticsDialog::printReport()
{
    if (!m_stats)
        return;
    previewDocument(this, tr("Complaint statistics, fiscal year %1").arg(m_stats->fiscalYear), QPageLayout::Portrait,
                    reports::statisticsReport(*m_stats, office::OfficeProfile::load(m_db)));
}

} // namespace sujarit::gui
