// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "risks/RiskStore.h"

#include <QDialog>
#include <QWidget>
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

/** The 5 × 5 matrix: impact up the side, likelihood along the foot, each cell coloured for its level and holding
 *  the R-numbers of the risks rated there. */
class RiskMatrix : public QWidget
{
    Q_OBJECT
public:
    explicit RiskMatrix(QWidget* parent = nullptr);
    void show(const risks::RiskRegister* reg, const risks::LevelBands& bands);
    /** The R-numbers in the cell of \a likelihood and \a impact, as painted. */
    QStringList cell(int likelihood, int impact) const { return m_cells.value(likelihood * 10 + impact); }
    QSize minimumSizeHint() const override { return {360, 320}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QHash<int, QStringList> m_cells;
    risks::LevelBands m_bands;
};

/**
 * งานคุณธรรม → ความเสี่ยงการทุจริต: the corruption-risk register of a fiscal year. The register ranked (score, then
 * impact, then likelihood) with each risk's level coloured, its measures and the office's figures beside it; the
 * matrix; the follow-up rounds (each measure's status, each risk's likelihood and impact after the measures, the lock).
 * A new register comes from seed 002's risks and measures, last year's, or empty. Prints the assessment with its heat
 * map and each round's report; exports the register to Excel and CSV.
 */
class RiskDialog : public QDialog
{
    Q_OBJECT
public:
    RiskDialog(storage::Database& db, QWidget* parent = nullptr, std::optional<int> year = std::nullopt);
    ~RiskDialog() override;

    int fiscalYear() const;
    void setFiscalYear(int year);
    /** Makes the year's register from \a templateName (seed002, copy:BBBB, empty); false with the reason shown. */
    bool createRegister(const QString& templateName);
    void reload();
    const std::optional<risks::RiskRegister>& riskRegister() const { return m_reg; }
    QString messageText() const;

    QTableWidget* riskTable() const { return m_risks; }
    QTableWidget* followUpTable() const { return m_followUps; }
    QTableWidget* residualTable() const { return m_residuals; }
    QComboBox* roundCombo() const { return m_round; }
    RiskMatrix* matrix() const { return m_matrix; }
    /** Saves the follow-up shown (statuses, what was done, the levels after); false with the reason shown. */
    bool saveRound();
    /** Writes the register as \a format (xlsx, csv) to \a path. */
    bool exportTo(const QString& format, const QString& path, QString* error);
    /** The risk dialog's form for \a risk (a new one when it has no id), saved when accepted. */
    QDialog* riskForm(const risks::Risk& risk);
    /** The form for a new measure against \a risk (0: all risks). */
    QDialog* measureForm(qint64 risk);
    /** The form for what stakeholders expect (seed 001 step 3). */
    QDialog* findingForm();
    QTableWidget* findingTable() const { return m_findings; }
    /** The evidence files of the measure in row \a row of the follow-up, for the round shown. */
    EvidenceDialog* evidenceDialog(int row);

private:
    QWidget* registerTab();
    QWidget* roundTab();
    QWidget* findingTab();
    void fillRisks();
    void fillRound();
    void newRegisterMenu();
    void lockRound();
    void removeRisk();
    void changeDue();
    void printAssessment();
    void printRound();
    void chooseExport(const QString& format);
    const risks::Risk* currentRisk() const;
    void showMessage(const QString& text, bool error);
    void openDialog(QDialog* dialog);

    storage::Database& m_db;
    std::optional<risks::RiskRegister> m_reg;
    QHash<qint64, risks::RiskFigures> m_figures;
    risks::LevelBands m_bands;
    QComboBox* m_year = nullptr;
    QPushButton* m_newRegister = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_risks = nullptr;
    RiskMatrix* m_matrix = nullptr;
    QComboBox* m_round = nullptr;
    QTableWidget* m_followUps = nullptr;
    QTableWidget* m_residuals = nullptr;
    QTableWidget* m_findings = nullptr;
    QLabel* m_roundState = nullptr;
    QPushButton* m_saveRound = nullptr;
    QPushButton* m_lockRound = nullptr;
};

} // namespace sujarit::gui
