// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/Codes.h"

#include <QString>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QWidget;

/** The names of coded things (channels, categories, steps, clocks) in the interface's language. */
namespace sujarit::gui {

void setInterfaceLanguage(const QString& language); ///< "th" or "en"
bool englishInterface();

QString label(const QList<complaints::Code>& list, const QString& code);
QString label(const complaints::Code& code);
/** A step's name; \a brief for narrow table columns. */
QString stepLabel(const QString& step, bool brief = false);
QString clockName(const QString& clock);

/** A label for a dialog's refusals and mistakes: red, wrapped, named "message" for the tests. */
QLabel* errorLabel(QWidget* parent);

/** The top line of a screen of one fiscal year: "Year" and its choice, and the screen's message beside it. */
struct YearBar
{
    QComboBox* year = nullptr; ///< named "yearCombo": next year back to two years ago, each with its BE year as data
    QLabel* message = nullptr;
    QHBoxLayout* layout = nullptr;
};
/** A YearBar in \a parent showing \a year (the current fiscal year when none). */
YearBar yearBar(QWidget* parent, std::optional<int> year);
/** Shows \a text in \a message, in red when it is a refusal or a mistake (\a error). */
void showMessage(QLabel* message, const QString& text, bool error);

} // namespace sujarit::gui
