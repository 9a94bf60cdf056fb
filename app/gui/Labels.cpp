// SPDX-License-Identifier: GPL-3.0-or-later
#include "Labels.h"

#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>

#include "complaints/Deadlines.h"

namespace sujarit::gui {

namespace {
struct YearText
{
    Q_DECLARE_TR_FUNCTIONS(YearText)
};

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

YearBar yearBar(QWidget* parent, std::optional<int> year)
{
    YearBar bar;
    bar.year = new QComboBox(parent);
    bar.year->setObjectName(QStringLiteral("yearCombo"));
    const int current = calendar::fiscalYearOf(calendar::now().date());
    for (int y : {current + 1, current, current - 1, current - 2})
        bar.year->addItem(YearText::tr("Fiscal year %1").arg(y), y);
    bar.year->setCurrentIndex(std::max(0, bar.year->findData(year.value_or(current))));
    auto* label = new QLabel(YearText::tr("&Year"), parent);
    label->setBuddy(bar.year);
    bar.message = new QLabel(parent);
    bar.message->setWordWrap(true);
    bar.layout = new QHBoxLayout;
    bar.layout->addWidget(label);
    bar.layout->addWidget(bar.year);
    bar.layout->addWidget(bar.message, 1);
    return bar;
}

void showMessage(QLabel* message, const QString& text, bool error)
{
    message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    message->setText(text);
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
