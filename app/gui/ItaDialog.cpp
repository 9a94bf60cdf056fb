// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItaDialog.h"

#include "Ask.h"
#include "Labels.h"
#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sujarit::gui {

namespace {
QString settingKey(int year) { return QStringLiteral("ita/pack%1").arg(year); }

QColor stateColour(const QString& state)
{
    if (state == u"ready")
        return QColor(0xd9, 0xf2, 0xdd);
    if (state == u"incomplete")
        return QColor(0xff, 0xe8, 0xcc);
    return QColor(0xee, 0xee, 0xee);
}
} // namespace

ItaDialog::ItaDialog(storage::Database& db, QWidget* parent, std::optional<int> year) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("ITA: the integrity section of the year"));
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("yearCombo"));
    const int current = calendar::fiscalYearOf(calendar::now().date());
    for (int y : {current + 1, current, current - 1, current - 2})
        m_year->addItem(tr("Fiscal year %1").arg(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(year.value_or(current))));
    auto* yearLabel = new QLabel(tr("&Year"), this);
    yearLabel->setBuddy(m_year);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_message, 1);

    m_basis = new QLabel(this);
    m_basis->setWordWrap(true);
    m_basis->setStyleSheet(QStringLiteral("color: #9a4a00;"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("itemTable"));
    m_table->setHorizontalHeaderLabels({tr("ITA item"), tr("Title"), tr("State"), tr("What is missing, or what the office adds"),
                                        tr("Files")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Fixed);
    m_table->setColumnWidth(2, 150);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // rows follow the wrapped notes
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRow(row); });

    m_write = new QPushButton(tr("&Write the pack…"), this);
    m_write->setObjectName(QStringLiteral("writeButton"));
    m_index = new QPushButton(tr("Open the &index"), this);
    m_index->setObjectName(QStringLiteral("indexButton"));
    m_open = new QPushButton(tr("&Open the item's file"), this);
    m_open->setObjectName(QStringLiteral("openButton"));
    connect(m_write, &QPushButton::clicked, this, &ItaDialog::choosePackFolder);
    connect(m_index, &QPushButton::clicked, this, &ItaDialog::openIndex);
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(m_table->currentRow()); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    for (QPushButton* b : {m_write, m_index, m_open})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_basis);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_year, &QComboBox::currentIndexChanged, this, &ItaDialog::reload);
    resize(1200, 640);
    reload();
}

ItaDialog::~ItaDialog() = default;

int ItaDialog::fiscalYear() const { return m_year->currentData().toInt(); }
QString ItaDialog::messageText() const { return m_message->text(); }

void ItaDialog::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void ItaDialog::reload()
{
    QString error;
    m_pack = ita::assessPack(m_db, fiscalYear(), calendar::now().date(), &error);
    if (!m_pack)
        showMessage(error, true);
    else
        showMessage(packFolder().isEmpty() ? tr("No pack of %1 has been written on this PC yet.").arg(fiscalYear())
                                           : tr("The last pack of %1 is in %2.").arg(fiscalYear()).arg(packFolder()),
                    false);
    fill();
}

void ItaDialog::fill()
{
    m_table->setRowCount(0);
    m_basis->setVisible(m_pack && m_pack->basisYear != m_pack->fiscalYear);
    if (!m_pack)
        return;
    m_basis->setText(tr("Sujarit knows no item list for %1: the list of %2 is shown. Check it against the year's NACC "
                        "manual; an administrator corrects it with “sujarit-cli ita set-item”.")
                         .arg(m_pack->fiscalYear)
                         .arg(m_pack->basisYear));
    int ready = 0;
    for (const ita::ItemState& s : m_pack->items) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList notes = s.missing;
        if (!s.byHand.isEmpty())
            notes << tr("Added by the office: %1").arg(s.byHand.join(QStringLiteral("; ")));
        QStringList files;
        for (const ita::PackFile& f : s.files)
            files << f.name;
        const QStringList cells{s.item.code, s.item.title, label(ita::itemStates(), s.state), notes.join(u'\n'),
                                files.isEmpty() ? QStringLiteral("-") : tr("%n file(s)", nullptr, int(files.size()))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 2)
                item->setBackground(stateColour(s.state));
            if (c == 4 && !files.isEmpty())
                item->setToolTip(files.join(u'\n'));
            m_table->setItem(row, c, item);
        }
        ready += s.state == QLatin1String("ready");
    }
    m_index->setEnabled(!packFolder().isEmpty());
    m_open->setEnabled(!packFolder().isEmpty());
    setWindowTitle(tr("ITA %1: %2 of %3 items ready").arg(fiscalYear()).arg(ready).arg(m_pack->items.size()));
}

QString ItaDialog::packFolder() const
{
    const QString folder = QSettings().value(settingKey(fiscalYear())).toString();
    return !folder.isEmpty() && QFileInfo(QDir(folder).filePath(QLatin1String(ita::IndexHtml))).isFile() ? folder : QString();
}

std::optional<QString> ItaDialog::writePackInto(const QString& parent, QString* error)
{
    const QString folder = QDir(parent).filePath(QStringLiteral("ITA-%1").arg(fiscalYear()));
    m_pack = ita::writePack(m_db, fiscalYear(), calendar::now().date(), folder, error);
    if (!m_pack) {
        reload();
        return std::nullopt;
    }
    QSettings().setValue(settingKey(fiscalYear()), folder);
    fill();
    return folder;
}

void ItaDialog::choosePackFolder()
{
    const QString remembered = QSettings().value(settingKey(fiscalYear())).toString();
    const QString parent = Ask::existingDirectory(
        this, tr("Where to write the ITA pack (a folder ITA-%1 is made inside it)").arg(fiscalYear()),
        remembered.isEmpty() ? QString() : QFileInfo(remembered).absolutePath());
    if (parent.isEmpty())
        return;
    QString error;
    const auto folder = writePackInto(parent, &error);
    if (!folder) {
        Ask::warning(this, tr("ITA pack"), tr("The pack was not written: %1").arg(error));
        return;
    }
    int files = 0;
    for (const ita::ItemState& s : m_pack->items)
        files += int(s.files.size());
    showMessage(tr("Wrote %n file(s) and the index into %1.", nullptr, files).arg(*folder), false);
}

void ItaDialog::openIndex()
{
    if (const QString folder = packFolder(); !folder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(folder).filePath(QLatin1String(ita::IndexHtml))));
}

QString ItaDialog::fileOf(int row) const
{
    const QString folder = packFolder();
    if (!m_pack || folder.isEmpty() || row < 0 || row >= m_pack->items.size())
        return {};
    for (const ita::PackFile& f : m_pack->items[row].files)
        if (f.name.endsWith(QLatin1String(".pdf")) && QFileInfo(QDir(folder).filePath(f.name)).isFile())
            return QDir(folder).filePath(f.name);
    return {};
}

void ItaDialog::openRow(int row)
{
    const QString file = fileOf(row);
    if (file.isEmpty()) {
        showMessage(packFolder().isEmpty() ? tr("Write the pack first: its files are opened from its folder.")
                                           : tr("This item has no file in the last pack."),
                    true);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

} // namespace sujarit::gui
