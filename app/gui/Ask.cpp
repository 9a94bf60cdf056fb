// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ask.h"

#include <QInputDialog>
#include <QPushButton>
#include <algorithm>
#include <deque>
#include <utility>

namespace sujarit::gui {

namespace {
struct Queue {
    std::deque<Ask::Button> buttons;
    std::deque<int> choices;
    std::deque<std::pair<QString, bool>> texts;
    std::deque<QString> paths;
    QStringList asked;
};

Queue& queue()
{
    static Queue q;
    return q;
}

template <typename T> bool take(std::deque<T>& from, T* into, const QString& title, const QString& text)
{
    if (from.empty())
        return false;
    *into = from.front();
    from.pop_front();
    queue().asked << title + QStringLiteral(": ") + text;
    return true;
}

using Show = Ask::Button (*)(QWidget*, const QString&, const QString&, Ask::Buttons, Ask::Button);

Ask::Button message(Show show, QWidget* parent, const QString& title, const QString& text, Ask::Buttons buttons,
                    Ask::Button defaultButton)
{
    Ask::Button answer = QMessageBox::NoButton;
    if (take(queue().buttons, &answer, title, text))
        return answer;
    return show(parent, title, text, buttons, defaultButton);
}
} // namespace

Ask::Button Ask::information(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                             Button defaultButton)
{
    return message(&QMessageBox::information, parent, title, text, buttons, defaultButton);
}

Ask::Button Ask::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                         Button defaultButton)
{
    return message(&QMessageBox::warning, parent, title, text, buttons, defaultButton);
}

Ask::Button Ask::critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                          Button defaultButton)
{
    return message(&QMessageBox::critical, parent, title, text, buttons, defaultButton);
}

Ask::Button Ask::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                          Button defaultButton)
{
    return message(&QMessageBox::question, parent, title, text, buttons, defaultButton);
}

int Ask::choose(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
               const QString& details, const QList<Choice>& choices, int defaultChoice, int escapeChoice)
{
    int answer = -1;
    if (take(queue().choices, &answer, title, details.isEmpty() ? text : text + u'\n' + details))
        return std::clamp(answer, 0, int(choices.size()) - 1);
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QList<QAbstractButton*> buttons;
    for (const Choice& c : choices)
        buttons << box.addButton(c.label, c.role);
    if (defaultChoice >= 0 && defaultChoice < buttons.size())
        box.setDefaultButton(qobject_cast<QPushButton*>(buttons[defaultChoice]));
    if (escapeChoice >= 0 && escapeChoice < buttons.size())
        box.setEscapeButton(buttons[escapeChoice]);
    box.exec();
    const int chosen = int(buttons.indexOf(box.clickedButton()));
    return chosen >= 0 ? chosen : escapeChoice;
}

QString Ask::text(QWidget* parent, const QString& title, const QString& label, QLineEdit::EchoMode mode,
                  const QString& value, bool* ok)
{
    std::pair<QString, bool> answer;
    if (take(queue().texts, &answer, title, label)) {
        if (ok)
            *ok = answer.second;
        return answer.second ? answer.first : QString();
    }
    return QInputDialog::getText(parent, title, label, mode, value, ok);
}

QString Ask::openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString answer;
    if (take(queue().paths, &answer, caption, filter))
        return answer;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Ask::saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
                          QString* selectedFilter, QFileDialog::Options options)
{
    QString answer;
    if (take(queue().paths, &answer, caption, filter))
        return answer;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, selectedFilter, options);
}

QString Ask::existingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    QString answer;
    if (take(queue().paths, &answer, caption, dir))
        return answer;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void Ask::answerNext(Button button) { queue().buttons.push_back(button); }
void Ask::answerNextChoice(int index) { queue().choices.push_back(index); }
void Ask::answerNextText(const QString& text, bool ok) { queue().texts.emplace_back(text, ok); }
void Ask::answerNextPath(const QString& path) { queue().paths.push_back(path); }
QStringList Ask::asked() { return queue().asked; }
void Ask::reset() { queue() = Queue(); }

} // namespace sujarit::gui
