// SPDX-License-Identifier: GPL-3.0-or-later
#include "Labels.h"

#include <QLabel>

#include "complaints/Deadlines.h"

namespace sujarit::gui {

namespace {
bool& english()
{
    static bool value = false;
    return value;
}
} // namespace

void setInterfaceLanguage(const QString& language) { english() = language == QLatin1String("en"); }
bool englishInterface() { return english(); }

QString label(const QList<complaints::Code>& list, const QString& code)
{
    return english() ? complaints::englishLabelOf(list, code) : complaints::labelOf(list, code);
}

QString label(const complaints::Code& code) { return english() ? code.english : code.label; }

QString stepLabel(const QString& step, bool brief)
{
    if (english())
        return complaints::englishLabelOf(complaints::steps(), step);
    return brief ? complaints::stepShortLabel(step) : complaints::labelOf(complaints::steps(), step);
}

QString clockName(const QString& clock)
{
    return english() ? complaints::clockEnglishLabel(clock) : complaints::clockLabel(clock);
}

QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("message"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    return l;
}

} // namespace sujarit::gui
