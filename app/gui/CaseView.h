// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QString>
#include <memory>

class QListWidget;
class QPushButton;
class QTemporaryDir;
class QTextBrowser;
class QWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * The case shown below the register: its file (who, what, when, the deadlines running, the history), its attached
 * scans, and its complainant, masked until a user who may see him gives a reason. The widgets are the main window's
 * (forms/MainWindow.ui).
 */
class CaseView : public QObject
{
    Q_OBJECT
public:
    struct Widgets {
        QTextBrowser* file;
        QListWidget* attachments;
        QPushButton* attach;
        QPushButton* openAttachment;
        QPushButton* reveal;
    };
    CaseView(storage::Database& db, const Widgets& widgets, QWidget* parent);
    ~CaseView() override;

    /** Shows case \a id; another case than the one revealed has its complainant masked again. */
    void show(qint64 id);
    /** Shows no case. */
    void clear();

    qint64 currentId() const { return m_currentId; }
    bool currentAnonymous() const { return m_currentAnonymous; }
    /** The reason the complainant of the case shown was revealed with; empty while masked. */
    QString revealReason() const { return m_revealedId == m_currentId ? m_revealReason : QString(); }

    /** Shows the complainant of the case shown, for a user allowed to see him, with \a reason (audited). */
    void reveal(const QString& reason);
    /** Attaches the file at \a path to the case shown; false (after saying why) when it cannot. */
    bool attachFile(const QString& path);
    /** Opens the chosen attachment (or the first) in the system's viewer, from a private copy. */
    void openAttachment();

signals:
    /** Another case, or none, is shown: the actions on the case shown are enabled again. */
    void currentChanged();

private:
    void showAttachments();
    void updateReveal();

    storage::Database& m_db;
    Widgets m_w;
    QWidget* m_parent;
    qint64 m_currentId = 0;
    bool m_currentAnonymous = false;
    bool m_currentHidden = false; ///< the case shown has a complainant the view masks
    bool m_currentRevealable = false; ///< … whom this user may see, giving a reason
    qint64 m_revealedId = 0; ///< the case whose complainant is shown, with m_revealReason
    QString m_revealReason;
    std::unique_ptr<QTemporaryDir> m_attachmentDir;
};

} // namespace sujarit::gui
