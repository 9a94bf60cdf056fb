// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "reports/Statistics.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/** Horizontal bars for one breakdown, legible in black and white: label, bar, count. */
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);
    void setBreakdown(const reports::Breakdown& breakdown);
    /** Bars scaled to \a maximum (e.g. 100 for percentages) instead of the largest value; numbers end with \a suffix. */
    void setScale(int maximum, const QString& suffix = {});
    const reports::Breakdown& breakdown() const { return m_breakdown; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    reports::Breakdown m_breakdown;
    int m_maximum = 0;
    QString m_suffix;
};

/**
 * The annual statistics screen for administrators: a fiscal year and a period, the summary, a table and a chart for
 * each breakdown, and the exports (Excel, CSV, JSON, the PDF report; the whole ITA pack is Reports → ITA). Never any identity.
 */
class StatisticsDialog : public QDialog
{
    Q_OBJECT
public:
    /** Opens on fiscal year \a year (BE) when given, else on the current year or the last one with complaints. */
    StatisticsDialog(storage::Database& db, QWidget* parent = nullptr, std::optional<int> year = std::nullopt);
    ~StatisticsDialog() override;

    /** Shows fiscal year \a year (BE), the whole year or its first half. */
    void showYear(int year, bool firstHalf);
    const std::optional<reports::YearStatistics>& statistics() const { return m_stats; }
    /** Shows breakdown \a name ("by_month" …) in the table and the chart. */
    void showBreakdown(const QString& name);
    QTableWidget* table() const { return m_table; }
    BarChart* chart() const { return m_chart; }

    /** Writes the statistics shown as \a format ("xlsx", "csv", "json" or "pdf") to \a path; false with \a error. */
    bool exportTo(const QString& format, const QString& path, QString* error);

private:
    void recompute();
    void chooseExport(const QString& format);
    void printReport();

    storage::Database& m_db;
    std::optional<reports::YearStatistics> m_stats;
    QComboBox* m_year = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_tables = nullptr;
    QTableWidget* m_table = nullptr;
    BarChart* m_chart = nullptr;
};

} // namespace sujarit::gui
