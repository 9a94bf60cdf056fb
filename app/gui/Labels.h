// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/Codes.h"

#include <QString>

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

} // namespace sujarit::gui
