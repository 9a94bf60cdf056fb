// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseView.h"

#include "Ask.h"
#include "Labels.h"

#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "complaints/Attachments.h"
#include "complaints/Codes.h"
#include "complaints/ComplaintAccess.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/Deadlines.h"
#include "complaints/HolidayTable.h"
#include "complaints/Workflow.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"

#include <QDesktopServices>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrl>

namespace sujarit::gui {

using namespace complaints;

CaseView::CaseView(storage::Database& db, const Widgets& widgets, QWidget* parent)
    : QObject(parent)
    , m_db(db)
    , m_w(widgets)
    , m_parent(parent)
{
    connect(m_w.reveal, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = Ask::text(
            m_parent, tr("Show the complainant"),
            tr("The complainant's identity is secret. Why do you need it? (This goes into the case's trail.)"),
            QLineEdit::Normal, {}, &ok);
        if (ok)
            reveal(reason);
    });
    connect(m_w.attach, &QPushButton::clicked, this, [this] {
        const QString path = Ask::openFileName(m_parent, tr("Attach a scan"), QString(),
                                               tr("Scans and photos (*.pdf *.jpg *.jpeg *.png)"));
        if (!path.isEmpty())
            attachFile(path);
    });
    connect(m_w.openAttachment, &QPushButton::clicked, this, &CaseView::openAttachment);
    connect(m_w.attachments, &QListWidget::itemActivated, this, &CaseView::openAttachment);
}

CaseView::~CaseView() = default;

void CaseView::clear()
{
    m_currentId = 0;
    m_currentAnonymous = m_currentHidden = m_currentRevealable = false;
    showAttachments();
    m_w.file->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                          .arg(tr("Select a complaint to see its case file.").toHtmlEscaped()));
    updateReveal();
    emit currentChanged();
}

void CaseView::show(qint64 id)
{
    ComplaintRepository repo(m_db);
    if (id == m_revealedId)
        repo.setRevealReason(m_revealReason);
    const auto c = repo.findById(id);
    if (!c) {
        m_w.file->setPlainText(repo.errorString());
        return;
    }
    if (id != m_revealedId) { // another case: its complainant stays hidden until asked for again
        m_revealedId = 0;
        m_revealReason.clear();
    }
    m_currentId = c->id;
    m_currentAnonymous = c->anonymous;
    m_currentHidden = c->identityHidden;
    m_currentRevealable = c->identityHidden && access::maySeeIdentity(m_db.session()) && m_db.identityKeys();
    updateReveal();
    showAttachments();
    auto esc = [](const QString& s) { return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")); };
    QString html = QStringLiteral("<h3>%1 %2</h3><table cellspacing=4>").arg(esc(c->receipt.toString()), esc(c->subject));
    auto line = [&](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    line(tr("Received"), calendar::formatThaiDateTime(c->receivedAt));
    line(tr("Channel"), label(channels(), c->channel));
    line(tr("Category"), label(categories(), c->category));
    line(tr("Complainant"), c->anonymous ? tr("Anonymous") : (c->complainant.title + u' ' + c->complainant.name).trimmed());
    if (!c->anonymous) {
        line(tr("Address"), c->complainant.address);
        line(tr("Phone"), c->complainant.phone);
    }
    line(tr("Allegation"), c->details);
    line(tr("Requested action"), c->requestedAction);
    line(tr("Accused"), QStringList({c->accused.name, c->accused.position, c->accused.unit}).join(QStringLiteral("  ")));
    line(tr("Step"), stepLabel(c->status));
    HolidayTable table(m_db);
    const auto cal = table.workingCalendar();
    const QDate today = calendar::now().date();
    QString provisional; // said once, for the first deadline in a year the Cabinet has not announced
    for (const Deadline& d : runningDeadlines(*c, table.deadlineRules(), cal)) {
        const int left = cal.workingDaysBetween(today, d.due);
        line(clockName(d.clock), d.due < today
                 ? tr("%1 — overdue by %n working day(s)", nullptr, -left).arg(calendar::formatThaiDate(d.due))
                 : tr("%1 — %n working day(s) left", nullptr, left).arg(calendar::formatThaiDate(d.due)));
        if (provisional.isEmpty())
            provisional = table.provisionalNote(d.due);
    }
    line(tr("Note"), provisional);
    html += QStringLiteral("</table><p><b>%1</b></p><ul>").arg(esc(tr("History")));
    for (const StepEvent& e : c->history)
        html += QStringLiteral("<li>%1 — %2%3%4</li>")
                    .arg(esc(calendar::formatThaiDateTime(e.at, calendar::DateStyle::Abbreviated)),
                         esc(stepLabel(e.step)), e.by.isEmpty() ? QString() : esc(QStringLiteral(" (") + e.by + u')'),
                         e.note.isEmpty() ? QString() : esc(QStringLiteral(": ") + e.note));
    html += QStringLiteral("</ul>");
    m_w.file->setHtml(html);
    emit currentChanged();
}

void CaseView::reveal(const QString& reason)
{
    if (m_currentId <= 0)
        return;
    if (reason.trimmed().isEmpty()) {
        Ask::information(m_parent, tr("Show the complainant"), tr("Nothing is shown without a reason."));
        return;
    }
    m_revealedId = m_currentId;
    m_revealReason = reason.trimmed();
    show(m_currentId);
    if (m_currentHidden)
        Ask::information(m_parent, tr("Show the complainant"),
                         tr("%1 may not see the complainant of this case.").arg(m_db.session().describe()));
}

void CaseView::updateReveal() { m_w.reveal->setVisible(m_currentRevealable); }

void CaseView::showAttachments()
{
    m_w.attachments->clear();
    m_w.attach->setEnabled(m_currentId > 0);
    if (m_currentId <= 0) {
        m_w.openAttachment->setEnabled(false);
        return;
    }
    Attachments files(m_db);
    for (const Attachment& a : files.list(m_currentId).value_or(QList<Attachment>())) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2 KB)").arg(a.fileName, QString::number((a.size + 1023) / 1024)),
                                         m_w.attachments);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.fileName);
    }
    m_w.openAttachment->setEnabled(m_w.attachments->count() > 0);
}

bool CaseView::attachFile(const QString& path)
{
    if (m_currentId <= 0)
        return false;
    QString error;
    const auto bytes = storage::readBounded(path, Attachments::MaxSize, &error);
    if (!bytes) {
        Ask::warning(m_parent, tr("Attach a scan"), error);
        return false;
    }
    Attachments files(m_db);
    if (!files.add(m_currentId, path, *bytes, QSettings().value(QStringLiteral("steps/by")).toString(),
                   calendar::now())) {
        Ask::warning(m_parent, tr("Attach a scan"), files.errorString());
        return false;
    }
    showAttachments();
    return true;
}

void CaseView::openAttachment()
{
    const QListWidgetItem* item = m_w.attachments->currentItem();
    if (!item && m_w.attachments->count() > 0)
        item = m_w.attachments->item(0);
    if (!item)
        return;
    Attachments files(m_db);
    const auto data = files.data(item->data(Qt::UserRole).toLongLong());
    if (!data) {
        Ask::warning(m_parent, tr("Open"), files.errorString());
        return;
    }
    // The system viewer opens a copy in a private temporary folder, removed when Sujarit closes.
    if (!m_attachmentDir)
        m_attachmentDir = std::make_unique<QTemporaryDir>();
    const QString path = m_attachmentDir->filePath(QStringLiteral("%1-%2")
                                                       .arg(item->data(Qt::UserRole).toLongLong())
                                                       .arg(item->data(Qt::UserRole + 1).toString()));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size()) {
        Ask::warning(m_parent, tr("Open"), tr("Cannot write %1: %2").arg(path, out.errorString()));
        return;
    }
    out.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace sujarit::gui
