// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoverySheetDialog.h"

#include "Ask.h"
#include "storage/SafeFile.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QPixmap>
#include <QUrl>
#include <QMessageBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sujarit::gui {

RecoverySheetDialog::RecoverySheetDialog(const QString& sheet, const QImage& qrCode, QWidget* parent)
    : QDialog(parent)
    , m_sheet(sheet)
    , m_qrCode(qrCode)
{
    setWindowTitle(tr("Recovery sheet of the identity key"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Complainants' identities in this register are sealed with a new identity key. Print "
                               "this sheet now and keep it sealed in the office's safe: if every holder of the key "
                               "loses his password, it is the only way to read them again. It is not shown again."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* text = new QPlainTextEdit(sheet, this);
    text->setObjectName(QStringLiteral("recoverySheet"));
    text->setReadOnly(true);
    // Fixed width: the key's groups line up, and "--" in the command stays two dashes.
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(std::max(fixed.pointSizeF(), font().pointSizeF()));
    text->setFont(fixed);
    auto* row = new QHBoxLayout;
    row->addWidget(text, 1);
    auto* qr = new QLabel(this);
    qr->setObjectName(QStringLiteral("recoveryQr"));
    qr->setPixmap(QPixmap::fromImage(qrCode.scaled(220, 220, Qt::KeepAspectRatio, Qt::FastTransformation)));
    qr->setAlignment(Qt::AlignTop);
    row->addWidget(qr);
    layout->addLayout(row, 1);
    auto* buttons = new QDialogButtonBox(this);
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto* saveButton = buttons->addButton(tr("&Save to a file…"), QDialogButtonBox::ActionRole);
    auto* close = buttons->addButton(tr("I have kept it"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("keptButton"));
    layout->addWidget(buttons);
    connect(printButton, &QPushButton::clicked, this, &RecoverySheetDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &RecoverySheetDialog::save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48, fontMetrics().height() * 26);
}

void RecoverySheetDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("sujarit:recovery-qr")), m_qrCode);
    doc.setHtml(QStringLiteral("<pre>%1</pre><p><img src=\"sujarit:recovery-qr\" width=\"200\" height=\"200\"></p>")
                    .arg(m_sheet.toHtmlEscaped()));
    doc.print(&printer);
    m_kept = true;
}

void RecoverySheetDialog::save()
{
    const QString path = Ask::saveFileName(
        this, tr("Save the recovery sheet"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/sujarit-recovery.txt"),
        tr("Text (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!storage::writeFileAtomically(path, m_sheet.toUtf8(), QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                                      &error)) {
        Ask::warning(this, windowTitle(), tr("The sheet could not be saved: %1").arg(error));
        return;
    }
    m_kept = true;
    Ask::information(this, windowTitle(),
                     tr("Saved in %1, readable by you only. Print it, keep the paper in the safe, and delete the "
                        "file.")
                         .arg(path));
}

void RecoverySheetDialog::done(int result)
{
    if (!m_kept
        && Ask::question(this, windowTitle(),
                         tr("The sheet was neither printed nor saved here. Have you kept the recovery key in "
                            "another way? It is not shown again."))
            != QMessageBox::Yes)
        return;
    QDialog::done(result);
}

} // namespace sujarit::gui
