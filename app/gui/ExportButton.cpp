// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportButton.h"

#include <QCoreApplication>
#include <QMenu>
#include <QToolButton>

namespace sujarit::gui {

namespace {
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ExportText)
};
} // namespace

QToolButton* exportButton(QWidget* parent, const QStringList& formats,
                          const std::function<void(const QString&)>& choose)
{
    auto* button = new QToolButton(parent);
    button->setText(ExportText::tr("&Export"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    for (const QString& format : formats) {
        const QString label = format == QLatin1String("xlsx") ? ExportText::tr("Excel (.xlsx)…")
            : format == QLatin1String("csv")                  ? ExportText::tr("CSV…")
                                                              : ExportText::tr("PDF…");
        menu->addAction(label, parent, [choose, format] { choose(format); });
    }
    button->setMenu(menu);
    return button;
}

} // namespace sujarit::gui
