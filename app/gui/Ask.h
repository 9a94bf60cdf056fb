// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace sujarit::gui {

/**
 * Every question the app asks in a box of its own — a message, yes or no, a line of text, a file or a folder — goes
 * through here, with the same parameters as Qt's own static dialogs. A test queues the next answers (answerNext…)
 * and the call returns them at once, without a window, keeping what was asked (asked()); with nothing queued the
 * real dialog is shown.
 */
class Ask
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    /** A button of a question whose answers are the app's own words, not Qt's standard buttons. */
    struct Choice {
        QString label;
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    };
    /**
     * A question answered by one of \a choices, shown as buttons in that order with \a details below \a text;
     * returns the index of the one chosen. \a defaultChoice is the one Enter presses, \a escapeChoice the one Esc
     * or closing the box gives.
     */
    static int choose(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                      const QString& details, const QList<Choice>& choices, int defaultChoice, int escapeChoice);
    static QString text(QWidget* parent, const QString& title, const QString& label,
                        QLineEdit::EchoMode mode = QLineEdit::Normal, const QString& value = QString(),
                        bool* ok = nullptr);
    static QString openFileName(QWidget* parent, const QString& caption = QString(), const QString& dir = QString(),
                                const QString& filter = QString());
    static QString saveFileName(QWidget* parent, const QString& caption = QString(), const QString& dir = QString(),
                                const QString& filter = QString(), QString* selectedFilter = nullptr,
                                QFileDialog::Options options = {});
    static QString existingDirectory(QWidget* parent, const QString& caption = QString(),
                                     const QString& dir = QString());

    /** For tests: the next message box or question is answered \a button. */
    static void answerNext(Button button);
    /** For tests: the next choose() is answered with its choice \a index. */
    static void answerNextChoice(int index);
    /** For tests: the next line of text asked is \a text (\a ok false: cancelled). */
    static void answerNextText(const QString& text, bool ok = true);
    /** For tests: the next file or folder asked for is \a path (empty: cancelled). */
    static void answerNextPath(const QString& path);
    /** For tests: "title: text" of each question answered from the queue, oldest first (a choice's details on a
     *  line below). */
    static QStringList asked();
    /** For tests: forgets the queued answers and what was asked. */
    static void reset();
};

} // namespace sujarit::gui
