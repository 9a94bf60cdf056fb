// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterBar.h"

#include "Labels.h"

#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "complaints/Codes.h"
#include "complaints/Workflow.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace sujarit::gui {

using namespace complaints;

FilterBar::FilterBar(storage::Database& db, const Widgets& widgets, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_w(widgets)
{
    const int em = m_w.search->fontMetrics().horizontalAdvance(QStringLiteral("M"));
    m_w.search->setMinimumWidth(em * 16);
    for (QComboBox* combo : {m_w.step, m_w.channel, m_w.category})
        combo->setMaximumWidth(em * 14);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_w.search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    for (QComboBox* combo : {m_w.year, m_w.step, m_w.channel, m_w.category})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    for (QCheckBox* check : {m_w.overdue, m_w.mine})
        connect(check, &QCheckBox::toggled, this, &FilterBar::changed);
}

void FilterBar::fill()
{
    const QVariant year = m_w.year->currentData();
    const QVariant step = m_w.step->currentData();
    const QSignalBlocker b1(m_w.year), b2(m_w.step);
    m_w.year->clear();
    m_w.year->addItem(tr("All years"), QVariant());
    QList<int> years = ComplaintRepository(m_db).fiscalYears();
    const int current = calendar::fiscalYearOf(calendar::now().date());
    if (!years.contains(current))
        years.prepend(current);
    for (int y : years)
        m_w.year->addItem(QString::number(y), y);
    m_w.year->setCurrentIndex(std::max(0, m_w.year->findData(year)));

    m_w.step->clear();
    m_w.step->addItem(tr("All steps"), QString());
    for (const Code& c : steps())
        m_w.step->addItem(label(c), c.code);
    m_w.step->setCurrentIndex(std::max(0, m_w.step->findData(step)));
    if (m_w.channel->count() == 0) {
        m_w.channel->addItem(tr("All channels"), QString());
        for (const Code& c : channels())
            m_w.channel->addItem(label(c), c.code);
        m_w.category->addItem(tr("All categories"), QString());
        for (const Code& c : categories())
            m_w.category->addItem(label(c), c.code);
    }
}

ComplaintFilter FilterBar::filter(const ComplaintFilter& sortedLike) const
{
    ComplaintFilter f;
    f.sort = sortedLike.sort;
    f.descending = sortedLike.descending;
    f.fiscalYear = fiscalYear();
    f.status = m_w.step->currentData().toString();
    f.channel = m_w.channel->currentData().toString();
    f.category = m_w.category->currentData().toString();
    f.overdueOnly = m_w.overdue->isChecked();
    if (!m_w.mine->isHidden() && m_w.mine->isChecked())
        f.assignedUnit = m_db.session().division;
    f.search = m_w.search->text();
    return f;
}

std::optional<int> FilterBar::fiscalYear() const
{
    const QVariant y = m_w.year->currentData();
    return y.isValid() ? std::optional<int>(y.toInt()) : std::nullopt;
}

} // namespace sujarit::gui
