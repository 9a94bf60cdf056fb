// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "documents/ListDocument.h"
#include "plan/PlanProgress.h"
#include "plan/PlanStore.h"

#include <QDialog>
#include <QSet>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace sujarit::storage {
class Database;
}
namespace sujarit::office {
struct OfficeProfile;
}

namespace sujarit::gui {

class BarChart;

/**
 * The ethics and anti-corruption action plan of a fiscal year: the plan as a tree (measure → line of action →
 * activity) with KPI, target, budget and a progress column per round, edited in place; a round view for entering
 * the results of 6, 9 or 12 months, locking the round and printing its report; a chart of success per measure.
 * A new plan comes from seed 004's or seed 001's template, or copies last year's in one action.
 */
class PlanDialog : public QDialog
{
    Q_OBJECT
public:
    PlanDialog(storage::Database& db, QWidget* parent = nullptr, std::optional<int> year = std::nullopt);
    ~PlanDialog() override;

    int fiscalYear() const;
    void setFiscalYear(int year);
    /** Makes the plan of the year shown from \a templateName (seed001, seed004, copy:BBBB); false with the reason
     * shown. */
    bool createPlan(const QString& templateName);
    void reload();
    const std::optional<plan::Plan>& plan() const { return m_plan; }

    QTreeWidget* tree() const { return m_tree; }
    QTableWidget* roundTable() const { return m_roundTable; }
    QComboBox* roundCombo() const { return m_round; }
    BarChart* chart() const { return m_chart; }
    QLabel* summary() const { return m_summary; }
    QString messageText() const;
    /** Sets the status of the round table's row \a row (a code of plan::statuses()). */
    void setRowStatus(int row, const QString& status);
    /** Saves the rows changed in the round table; a locked round needs \a override. False with the reason shown. */
    bool saveRound(const std::optional<plan::Override>& override = std::nullopt);
    /** Writes the plan ("plan") or the round report ("round") as \a format to \a path. */
    bool exportTo(const QString& what, const QString& format, const QString& path, QString* error);

private:
    QWidget* planTab();
    QWidget* roundTab();
    void fillTree();
    void fillRound();
    void treeEdited(QTreeWidgetItem* item, int column);
    void addActivity();
    void editActivity();
    void removeActivity();
    void newPlanMenu();
    void saveRoundClicked();
    void lockRound();
    void importRound();
    void attachEvidence();
    void print(const QString& what);
    void chooseExport(const QString& what, const QString& format);
    const plan::Activity* currentActivity() const;
    void openDialog(QDialog* dialog);
    documents::ListDocument document(const QString& what, const office::OfficeProfile& office) const;
    plan::PlanStanding standingAt(int round) const;
    void showMessage(const QString& text, bool error);

    storage::Database& m_db;
    std::optional<plan::Plan> m_plan;
    QHash<int, QHash<qint64, double>> m_computed; ///< by round
    QComboBox* m_year = nullptr;
    QPushButton* m_newPlan = nullptr;
    QTreeWidget* m_tree = nullptr;
    QComboBox* m_round = nullptr;
    QLabel* m_roundInfo = nullptr;
    QTableWidget* m_roundTable = nullptr;
    BarChart* m_chart = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QSet<int> m_dirtyRows;
    bool m_filling = false;
};

} // namespace sujarit::gui
