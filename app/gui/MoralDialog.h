// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "moral/Selection.h"

#include <QDialog>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

class FormDialog;

/** A page of the moral organisation's screen: shows one fiscal year, and says what went wrong through \a say. */
class MoralPage : public QWidget
{
    Q_OBJECT
public:
    using Say = std::function<void(const QString& text, bool error)>;
    MoralPage(storage::Database& db, Say say, QWidget* parent) : QWidget(parent), m_db(db), m_say(std::move(say)) {}
    virtual void load(int fiscalYear) = 0;
    int fiscalYear() const { return m_year; }

protected:
    storage::Database& m_db;
    Say m_say;
    int m_year = 0;
};

/** รายงานองค์กรคุณธรรม: the level claimed and the nine criteria, each with its status, narrative, evidence files and
 *  what Sujarit holds for it; saved whole, previewed as the report. */
class SelfAssessmentPage : public MoralPage
{
    Q_OBJECT
public:
    SelfAssessmentPage(storage::Database& db, Say say, QWidget* parent);
    void load(int fiscalYear) override;
    QComboBox* levelCombo() const { return m_level; }
    QTableWidget* criteriaTable() const { return m_criteria; }
    QPlainTextEdit* narrative() const { return m_text; }
    /** Saves the level and every criterion as the page shows them. */
    bool save();
    void preview();
    /** True when the level, a status or a narrative differs from what was last loaded or saved. */
    bool changed() const;

private:
    void showCriterion(int row);
    /** The level, each criterion's status and each narrative as the page shows them now. */
    QStringList current() const;
    QStringList m_saved;
    QComboBox* m_level = nullptr;
    QLabel* m_due = nullptr;
    QTableWidget* m_criteria = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_held = nullptr;
    QList<QStringList> m_heldLines;
    QStringList m_texts;
    int m_current = -1;
};

/** ปัญหาที่อยากแก้ ความดีที่อยากทำ: the year's target virtues, added and changed in a form. */
class VirtuesPage : public MoralPage
{
    Q_OBJECT
public:
    VirtuesPage(storage::Database& db, Say say, QWidget* parent);
    void load(int fiscalYear) override;
    QTableWidget* table() const { return m_table; }
    /** The form for a new target (\a row < 0) or for the one in \a row. */
    FormDialog* virtueForm(int row);

private:
    QTableWidget* m_table = nullptr;
    QList<qint64> m_ids;
};

/** บันทึกสะสมความดี: the year's good deeds with their counts; a person's log printed. */
class DeedsPage : public MoralPage
{
    Q_OBJECT
public:
    DeedsPage(storage::Database& db, Say say, QWidget* parent);
    void load(int fiscalYear) override;
    QTableWidget* table() const { return m_table; }
    QLabel* counts() const { return m_counts; }
    FormDialog* deedForm();

private:
    void preview(bool onePerson);
    QTableWidget* m_table = nullptr;
    QLabel* m_counts = nullptr;
    QList<qint64> m_ids;
};

/** ถอดบทเรียน: the divisions' best practices of the year. */
class PracticesPage : public MoralPage
{
    Q_OBJECT
public:
    PracticesPage(storage::Database& db, Say say, QWidget* parent);
    void load(int fiscalYear) override;
    QListWidget* list() const { return m_list; }
    /** The form for a new practice (\a row < 0) or for the one in \a row. */
    FormDialog* practiceForm(int row);

private:
    QListWidget* m_list = nullptr;
};

/** The selection of outstanding officials or divisions: nominees, the members' scores, the ranking with its ties,
 *  and the papers. */
class SelectionPage : public MoralPage
{
    Q_OBJECT
public:
    SelectionPage(storage::Database& db, Say say, QWidget* parent);
    void load(int fiscalYear) override;
    QComboBox* kindCombo() const { return m_kind; }
    QTableWidget* table() const { return m_table; }
    const std::optional<moral::Selection>& shown() const { return m_selection; }
    /** Opens the year's selection of the kind shown with \a criteria (the seven standards when empty). */
    bool open(const QList<moral::SelectionCriterion>& criteria = {});
    /** The form that opens the selection: its criteria, each with a weight and a highest score, to change, add or
     *  take out (the seven standards to start with). */
    FormDialog* openForm();
    FormDialog* nomineeForm();
    /** The scoring sheet of one member for the nominee in \a row. */
    FormDialog* scoreForm(int row);
    FormDialog* announceForm();

private:
    void fill();
    QComboBox* m_kind = nullptr;
    QLabel* m_state = nullptr;
    QTableWidget* m_table = nullptr;
    std::optional<moral::Selection> m_selection;
    QString m_selectionError; ///< why the selection could not be opened
};

/** งานคุณธรรม → องค์กรคุณธรรม: the moral organisation's year (seed 004), one page for each of its records. */
class MoralDialog : public QDialog
{
    Q_OBJECT
public:
    MoralDialog(storage::Database& db, QWidget* parent = nullptr, std::optional<int> year = std::nullopt);

    int fiscalYear() const;
    QString messageText() const;
    QTabWidget* tabs() const { return m_tabs; }
    SelfAssessmentPage* assessment() const { return m_assessment; }
    VirtuesPage* virtues() const { return m_virtues; }
    DeedsPage* deeds() const { return m_deeds; }
    PracticesPage* practices() const { return m_practices; }
    SelectionPage* selection() const { return m_selection; }
    void reload();
    /** Closes, after asking to save a self-assessment changed and not saved (Save, Discard, or go on editing). */
    void reject() override;

private:
    /** True when nothing typed is left unsaved: saved, discarded, or there was nothing; false to go on editing. */
    bool settle();
    int m_shown = 0; ///< the fiscal year the pages show
    QComboBox* m_year = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    SelfAssessmentPage* m_assessment = nullptr;
    VirtuesPage* m_virtues = nullptr;
    DeedsPage* m_deeds = nullptr;
    PracticesPage* m_practices = nullptr;
    SelectionPage* m_selection = nullptr;
};

} // namespace sujarit::gui
