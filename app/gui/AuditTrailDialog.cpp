// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrailDialog.h"
#include "Ask.h"

#include "DocumentPrinter.h"

#include "complaints/ComplaintRepository.h"
#include "office/OfficeProfile.h"
#include "reports/CaseTrail.h"
#include "storage/Audit.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sujarit::gui {

AuditTrailDialog::AuditTrailDialog(storage::Database& db, qint64 complaintId, QWidget* parent,
                                   const QString& revealReason)
    : QDialog(parent)
    , m_db(db)
    , m_id(complaintId)
    , m_revealReason(revealReason.trimmed().isEmpty() ? QString() : revealReason.trimmed())
{
    complaints::ComplaintRepository repo(db);
    if (const auto c = repo.findById(complaintId)) {
        m_receipt = c->receipt.toString();
        m_subject = c->subject;
    }
    setWindowTitle(tr("Trail of case %1").arg(m_receipt));
    auto* layout = new QVBoxLayout(this);
    auto* heading
        = new QLabel(QStringLiteral("<b>%1</b> %2").arg(m_receipt.toHtmlEscaped(), m_subject.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Details") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_table);
    auto* row = new QHBoxLayout;
    auto* printButton = new QPushButton(tr("&Print…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    row->addWidget(printButton);
    row->addStretch();
    row->addWidget(close);
    layout->addLayout(row);
    connect(printButton, &QPushButton::clicked, this, &AuditTrailDialog::print);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 70, fontMetrics().height() * 26);

    QString error;
    const auto entries = storage::complaintTrail(db, complaintId, &error, m_revealReason);
    if (!entries) {
        m_table->setRowCount(1);
        m_table->setItem(0, 3, new QTableWidgetItem(error));
        printButton->setEnabled(false);
        return;
    }
    m_valid = true;
    const auto lines = reports::trailLines(*entries);
    m_table->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const reports::TrailLine& l = lines[i];
        const QStringList cells = { l.when, l.who, l.what, l.details };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

void AuditTrailDialog::print()
{
    QString error;
    const auto entries = storage::complaintTrail(m_db, m_id, &error, m_revealReason);
    if (!entries) {
        Ask::warning(this, windowTitle(), error);
        return;
    }
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    const documents::ListDocument doc = reports::caseTrailDocument(m_receipt, m_subject, office.fullName(), *entries);
    if (previewDocument(this, windowTitle(), doc.orientation, documents::listPainter(doc, office.documentDigits())))
        storage::recordDocumentPrinted(m_db, QStringLiteral("complaints"), QString::number(m_id), QStringLiteral("trail"),
                                       QStringLiteral("print preview"));
}

} // namespace sujarit::gui
