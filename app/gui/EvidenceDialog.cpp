// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceDialog.h"
#include "Ask.h"

#include "plan/PlanStore.h"
#include "storage/Database.h"
#include "complaints/Attachments.h"
#include "storage/SafeFile.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sujarit::gui {

using plan::PlanStore;

EvidenceDialog::EvidenceDialog(storage::Database& db, int fiscalYear, qint64 activity, int round, const QString& title,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_fiscalYear(fiscalYear)
    , m_activity(activity)
    , m_round(round)
{
    setWindowTitle(tr("Evidence of %1").arg(title));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({ tr("Round"), tr("File"), tr("Size") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* row = new QHBoxLayout;
    auto* attachButton = new QPushButton(tr("&Attach to the %1-month round…").arg(round), this);
    auto* openButton = new QPushButton(tr("&Open"), this);
    auto* saveButton = new QPushButton(tr("&Save a copy…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    for (QPushButton* b : { attachButton, openButton, saveButton })
        row->addWidget(b);
    row->addStretch();
    row->addWidget(close);
    layout->addLayout(row);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(attachButton, &QPushButton::clicked, this, [this] {
        const QString path = Ask::openFileName(this, tr("Attach evidence"), QString(),
                                               tr("PDF or pictures (*.pdf *.jpg *.jpeg *.png)"));
        if (!path.isEmpty())
            attach(path);
    });
    connect(openButton, &QPushButton::clicked, this, [this] { openRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r) { openRow(r); });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r < 0)
            return;
        const QString path = Ask::saveFileName(this, tr("Save a copy"), m_table->item(r, 1)->text());
        if (!path.isEmpty() && saveRow(r, path))
            m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    });
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48, fontMetrics().height() * 18);
    reload();
}

void EvidenceDialog::reload()
{
    PlanStore store(m_db);
    const auto files = store.evidence(m_activity);
    m_ids.clear();
    m_table->setRowCount(0);
    if (!files) {
        m_message->setText(store.errorString());
        return;
    }
    m_table->setRowCount(int(files->size()));
    for (int i = 0; i < files->size(); ++i) {
        const PlanStore::Evidence& e = files->at(i);
        m_ids << e.id;
        m_table->setItem(i, 0, new QTableWidgetItem(tr("%1 months").arg(e.round)));
        m_table->setItem(i, 1, new QTableWidgetItem(e.fileName));
        m_table->setItem(i, 2, new QTableWidgetItem(QLocale().formattedDataSize(e.size)));
    }
    if (files->isEmpty())
        m_message->setText(tr("No evidence attached yet."));
    m_table->resizeColumnToContents(0);
}

bool EvidenceDialog::attach(const QString& path)
{
    QString error;
    const auto bytes = storage::readBounded(path, complaints::Attachments::MaxSize, &error);
    if (!bytes) {
        m_message->setText(error);
        return false;
    }
    PlanStore store(m_db);
    if (!store.addEvidence(m_fiscalYear, m_activity, m_round, QFileInfo(path).fileName(), *bytes)) {
        m_message->setText(store.errorString());
        return false;
    }
    reload();
    m_message->setText(tr("Attached %1.").arg(QFileInfo(path).fileName()));
    return true;
}

bool EvidenceDialog::saveRow(int row, const QString& path)
{
    if (row < 0 || row >= m_ids.size())
        return false;
    PlanStore store(m_db);
    const auto data = store.evidenceData(m_ids[row]);
    QFile out(path);
    if (!data || !out.open(QIODevice::WriteOnly) || out.write(*data) != data->size()) {
        m_message->setText(data ? tr("Cannot write %1: %2").arg(path, out.errorString()) : store.errorString());
        return false;
    }
    return true;
}

void EvidenceDialog::openRow(int row)
{
    if (row < 0 || row >= m_ids.size())
        return;
    // A copy in a folder of its own, removed when the dialog closes, opened by the computer's own viewer.
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>();
    const QString path = m_openDir->filePath(m_table->item(row, 1)->text());
    if (saveRow(row, path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace sujarit::gui
