// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>
#include <functional>

class QToolButton;
class QWidget;

namespace sujarit::gui {

/** An "Export" button whose menu offers \a formats ("xlsx", "csv", "pdf") and calls \a choose with the one picked. */
QToolButton* exportButton(QWidget* parent, const QStringList& formats,
                          const std::function<void(const QString&)>& choose);

} // namespace sujarit::gui
