// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "announcements/AnnouncementStore.h"
#include "announcements/NoGiftCulture.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

class EvidenceDialog;

/**
 * งานคุณธรรม → ประกาศ: the executive's announcements of a fiscal year — drafted from the templates for this office,
 * written and previewed, recorded as signed, printed; a signed one changes only as a new version that says why. And
 * the year's No Gift culture: its activities with who took part, their evidence, and the printed report.
 */
class AnnouncementsDialog : public QDialog
{
    Q_OBJECT
public:
    AnnouncementsDialog(storage::Database& db, QWidget* parent = nullptr, std::optional<int> year = std::nullopt);
    ~AnnouncementsDialog() override;

    int fiscalYear() const;
    void reload();
    QString messageText() const;
    QTableWidget* announcementTable() const { return m_announcements; }
    QTableWidget* activityTable() const { return m_activities; }
    const QList<announcements::Announcement>& shown() const { return m_list; }

    /** Drafts the year's announcement of \a kind; false with the reason shown. */
    bool draft(const QString& kind);
    /** Writes the current announcement again from its template (asking first, and why when it was signed). */
    bool redraft();
    /** The form that edits announcement \a id (its title, text and, once signed, the reason for a new version). */
    QDialog* editForm(qint64 id);
    /** The form that records the signing of \a id. */
    QDialog* signForm(qint64 id);
    /** The form for a new No Gift activity. */
    QDialog* activityForm();
    /** The evidence files of the activity in row \a row. */
    EvidenceDialog* evidenceDialog(int row);

private:
    QWidget* announcementTab();
    QWidget* cultureTab();
    void fill();
    void newMenu();
    qint64 currentId() const;
    void preview();
    void printCulture();
    void showMessage(const QString& text, bool error);
    void openDialog(QDialog* dialog);

    storage::Database& m_db;
    QList<announcements::Announcement> m_list;
    QList<announcements::NoGiftActivity> m_culture;
    QComboBox* m_year = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_new = nullptr;
    QTableWidget* m_announcements = nullptr;
    QTableWidget* m_activities = nullptr;
};

} // namespace sujarit::gui
