// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterModel.h"

#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "complaints/Deadlines.h"

#include "Labels.h"

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

namespace sujarit::gui {

using namespace complaints;

RegisterModel::RegisterModel(storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void RegisterModel::setFilter(const ComplaintFilter& filter)
{
    m_filter = filter;
    refresh();
}

void RegisterModel::refresh()
{
    // Rows go and come as removals and insertions rather than a reset: the columns never change, and views keep
    // their header state. The ids of every matching case are read at once (cheap even for 100,000), the rows a page
    // at a time by id, so scrolling to the end of any register costs the same per page.
    m_ids.clear(); // nothing to fetch while the old rows go
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_error.clear();
    ComplaintRepository repo(m_db);
    if (const auto ids = repo.listIds(m_filter))
        m_ids = *ids;
    else
        m_error = repo.errorString();
    if (canFetchMore())
        fetchMore();
    emit refreshed();
}

void RegisterModel::sort(int column, Qt::SortOrder order)
{
    static const SortKey keys[ColumnCount] = {SortKey::Receipt, SortKey::Received, SortKey::Channel,
                                              SortKey::Category, SortKey::Complainant, SortKey::Subject,
                                              SortKey::Accused, SortKey::Status, SortKey::Deadline};
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sort = keys[column];
    m_filter.descending = order == Qt::DescendingOrder;
    refresh();
}

std::optional<ComplaintSummary> RegisterModel::summary(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int RegisterModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RegisterModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool RegisterModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_ids.size();
}

void RegisterModel::fetchMore(const QModelIndex& parent)
{
    // A view (or a model tester) may ask again while this page is being announced: one page at a time.
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> busy(m_fetching, true);
    ComplaintRepository repo(m_db);
    const auto page = repo.summaries(m_ids.mid(m_rows.size(), PageSize));
    if (!page || page->isEmpty()) {
        if (!page)
            m_error = repo.errorString();
        m_ids.resize(m_rows.size()); // nothing more to read
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ComplaintSummary& s = m_rows.at(index.row());
    const QDate today = calendar::now().date();
    if (role == Qt::ForegroundRole && s.isOverdue(today))
        return QBrush(QColor(0xB0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == Deadline && s.nextDeadline)
        return tr("%1, due %2").arg(clockName(s.nextClock), calendar::formatThaiDate(*s.nextDeadline));
    if (role == Qt::ToolTipRole)
        return data(index, Qt::DisplayRole); // cells may be cut short in narrow columns
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Receipt:
        return s.receipt.toString();
    case Received:
        return calendar::formatThaiDateTime(s.receivedAt(), calendar::DateStyle::AbbreviatedShortYear);
    case Channel:
        return label(channels(), s.channel);
    case Category:
        return label(categories(), s.category);
    case Complainant:
        return s.anonymous ? tr("Anonymous") : s.complainantName;
    case Subject:
        return s.subject;
    case Accused:
        return s.accusedUnit.isEmpty() ? s.accusedName : s.accusedName + QStringLiteral(" (") + s.accusedUnit + u')';
    case Step:
        return stepLabel(s.status, true);
    case Deadline:
        if (!s.nextDeadline)
            return QString();
        return s.isOverdue(today)
            ? tr("%1 (overdue)").arg(calendar::formatThaiDate(*s.nextDeadline, calendar::DateStyle::AbbreviatedShortYear))
            : calendar::formatThaiDate(*s.nextDeadline, calendar::DateStyle::AbbreviatedShortYear);
    default:
        return {};
    }
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Receipt:
        return tr("Receipt no.");
    case Received:
        return tr("Received");
    case Channel:
        return tr("Channel");
    case Category:
        return tr("Category");
    case Complainant:
        return tr("Complainant");
    case Subject:
        return tr("Subject");
    case Accused:
        return tr("Accused");
    case Step:
        return tr("Step");
    case Deadline:
        return tr("Next deadline");
    default:
        return {};
    }
}

} // namespace sujarit::gui
