// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/ComplaintRepository.h"

#include <QAbstractTableModel>

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * The register as a table. Rows are fetched a page at a time as the view scrolls (canFetchMore/fetchMore), so
 * opening a register of 100,000 complaints reads only what is on screen.
 */
class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Receipt, Received, Channel, Category, Complainant, Subject, Accused, Step, Deadline, ColumnCount };

    explicit RegisterModel(storage::Database& db, QObject* parent = nullptr);

    void setFilter(const complaints::ComplaintFilter& filter);
    const complaints::ComplaintFilter& filter() const { return m_filter; }
    /** Reads the register again, e.g. after another PC or process saved. */
    void refresh();
    /** All rows matching the filter, fetched or not. */
    int totalCount() const { return int(m_ids.size()); }
    QString errorString() const { return m_error; }
    /** The case on \a row, or nothing. */
    std::optional<complaints::ComplaintSummary> summary(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** Sorts the whole register (in the database), not only the rows fetched. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

signals:
    /** The register was read again (new filter, or refresh). */
    void refreshed();

private:
    storage::Database& m_db;
    complaints::ComplaintFilter m_filter;
    QList<qint64> m_ids; ///< every matching case, in order
    QList<complaints::ComplaintSummary> m_rows; ///< the rows read so far

    QString m_error;
    bool m_fetching = false;
    static constexpr int PageSize = 200;
};

} // namespace sujarit::gui
