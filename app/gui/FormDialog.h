// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <functional>

class QFormLayout;
class QLabel;

namespace sujarit::gui {

/**
 * A small form of one record: its fields in rows, a red line for what is wrong, and Save and Cancel. Save runs the
 * form's save function, which returns the refusal in plain words (the form stays open and shows it) or nothing (the
 * form closes, accepted).
 */
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    FormDialog(QWidget* parent, const QString& title, const QString& save);

    QFormLayout* form() const { return m_form; }
    QLabel* message() const { return m_message; }
    void onSave(std::function<QString()> save) { m_save = std::move(save); }
    /** Presses Save, as the tests and the Enter key do. */
    void save();

private:
    QFormLayout* m_form = nullptr;
    QLabel* m_message = nullptr;
    std::function<QString()> m_save;
};

} // namespace sujarit::gui
