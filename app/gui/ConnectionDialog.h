// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace sujarit::gui {

/**
 * Where this PC's register is: a file on the PC (the default), or the office's shared PostgreSQL server (server,
 * port, database, user). The password is not kept here: the server's own .pgpass file, or asked at start.
 */
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const QString& location, QWidget* parent = nullptr);
    /** The chosen register: a file path, or postgresql://USER@HOST:PORT/DATABASE. */
    QString location() const;
    void accept() override;

    QRadioButton* fileChoice() const { return m_onFile; }
    QRadioButton* serverChoice() const { return m_onServer; }
    QLineEdit* hostEdit() const { return m_host; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QLabel* messageLabel() const { return m_message; }

private:
    void updateEnabled();

    QRadioButton* m_onFile = nullptr;
    QRadioButton* m_onServer = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLabel* m_message = nullptr;
    QList<QWidget*> m_fileWidgets, m_serverWidgets;
};

/** The register this PC opened last (chosen in ConnectionDialog), else the app's own file. */
QString savedRegisterLocation();
void saveRegisterLocation(const QString& location);

} // namespace sujarit::gui
