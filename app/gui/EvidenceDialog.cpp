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

namespace {
risks::EvidenceFiles::File fileOf(const PlanStore::Evidence& e) { return {e.id, e.round, e.fileName, e.mimeType, e.size}; }

/** The plan keeps its activities' evidence in a table of its own. */
EvidenceSource planSource(storage::Database& db, int fiscalYear, qint64 activity, int round)
{
    return {[&db, activity](QString* error) -> std::optional<QList<risks::EvidenceFiles::File>> {
                PlanStore store(db);
                const auto files = store.evidence(activity);
                if (!files) {
                    *error = store.errorString();
                    return std::nullopt;
                }
                QList<risks::EvidenceFiles::File> out;
                for (const PlanStore::Evidence& e : *files)
                    out << fileOf(e);
                return out;
            },
            [&db, fiscalYear, activity, round](const QString& name, const QByteArray& data,
                                               QString* error) -> std::optional<risks::EvidenceFiles::File> {
                PlanStore store(db);
                const auto added = store.addEvidence(fiscalYear, activity, round, name, data);
                if (!added) {
                    *error = store.errorString();
                    return std::nullopt;
                }
                return fileOf(*added);
            },
            [&db](qint64 file, QString* error) {
                PlanStore store(db);
                const auto data = store.evidenceData(file);
                if (!data)
                    *error = store.errorString();
                return data;
            }};
}
} // namespace

EvidenceDialog::EvidenceDialog(storage::Database& db, int fiscalYear, qint64 activity, int round, const QString& title,
                               QWidget* parent)
    : EvidenceDialog(planSource(db, fiscalYear, activity, round), round, title, parent)
{
}

EvidenceDialog::EvidenceDialog(EvidenceSource source, int round, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_source(std::move(source))
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
    auto* attachButton = new QPushButton(round > 0 ? tr("&Attach to the %1-month round…").arg(round) : tr("&Attach…"),
                                         this);
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
    QString error;
    const auto files = m_source.list(&error);
    m_ids.clear();
    m_table->setRowCount(0);
    if (!files) {
        m_message->setText(error);
        return;
    }
    m_table->setRowCount(int(files->size()));
    for (int i = 0; i < files->size(); ++i) {
        const risks::EvidenceFiles::File& e = files->at(i);
        m_ids << e.id;
        m_table->setItem(i, 0, new QTableWidgetItem(e.round > 0 ? tr("%1 months").arg(e.round) : QString()));
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
    if (!m_source.add(QFileInfo(path).fileName(), *bytes, &error)) {
        m_message->setText(error);
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
    QString error;
    const auto data = m_source.data(m_ids[row], &error);
    QFile out(path);
    if (!data || !out.open(QIODevice::WriteOnly) || out.write(*data) != data->size()) {
        m_message->setText(data ? tr("Cannot write %1: %2").arg(path, out.errorString()) : error);
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
