// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDialog.h"
#include "Ask.h"
#include "Labels.h"

#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sujarit::gui {

namespace {
const QString LocationKey = QStringLiteral("register/location");
}

QString savedRegisterLocation()
{
    return QSettings().value(LocationKey, storage::Database::defaultPath()).toString();
}

void saveRegisterLocation(const QString& location)
{
    QSettings().setValue(LocationKey, location);
}

ConnectionDialog::ConnectionDialog(const QString& location, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sujarit — where the register is"));
    const auto current = storage::Location::parse(location);
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("One PC keeps the register in a file of its own. An office whose clerks work at several "
                        "PCs keeps one register on its PostgreSQL server, and every PC connects to it."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_onFile = new QRadioButton(tr("A &file on this PC"), this);
    m_onFile->setObjectName(QStringLiteral("onFile"));
    layout->addWidget(m_onFile);
    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setText(QDir::toNativeSeparators(
        current && current->engine == storage::Engine::SQLite ? current->path : storage::Database::defaultPath()));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen
            = Ask::saveFileName(this, tr("The register's file"), m_path->text(),
                                tr("Sujarit registers (*.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            m_path->setText(QDir::toNativeSeparators(chosen));
    });
    fileRow->addSpacing(24);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    m_fileWidgets = { m_path, browse };

    m_onServer = new QRadioButton(tr("The office's &server (PostgreSQL)"), this);
    m_onServer->setObjectName(QStringLiteral("onServer"));
    layout->addWidget(m_onServer);
    auto* form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    const bool server = current && current->engine == storage::Engine::PostgreSQL;
    m_host = new QLineEdit(server ? current->host : QString(), this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("the server's name or address, e.g. 192.168.1.10"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(server ? current->port : 5432);
    m_database = new QLineEdit(server ? current->database : QStringLiteral("sujarit"), this);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(server ? current->user : QString(), this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("the server's user for this office, e.g. sujarit"));
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User on the server:"), m_user);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The server's password is asked when Sujarit connects (or kept by the server's "
                               "administrator in this PC's pgpass file); it is not stored by Sujarit."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_serverWidgets = { m_host, m_port, m_database, m_user, note };

    m_message = errorLabel(this);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open this register"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    (server ? m_onServer : m_onFile)->setChecked(true);
    connect(m_onFile, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    updateEnabled();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
}

void ConnectionDialog::updateEnabled()
{
    for (QWidget* w : std::as_const(m_fileWidgets))
        w->setEnabled(m_onFile->isChecked());
    for (QWidget* w : std::as_const(m_serverWidgets))
        w->setEnabled(m_onServer->isChecked());
}

QString ConnectionDialog::location() const
{
    if (m_onFile->isChecked())
        return QDir::fromNativeSeparators(m_path->text().trimmed());
    storage::Location l;
    l.engine = storage::Engine::PostgreSQL;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.database = m_database->text().trimmed();
    l.user = m_user->text().trimmed();
    return l.display();
}

void ConnectionDialog::accept()
{
    if (m_onFile->isChecked() && m_path->text().trimmed().isEmpty())
        return m_message->setText(tr("Give the register's file."));
    if (m_onServer->isChecked()) {
        const QString missing = m_host->text().trimmed().isEmpty() ? tr("the server's name")
            : m_database->text().trimmed().isEmpty()               ? tr("the database's name")
            : m_user->text().trimmed().isEmpty()                   ? tr("the user on the server")
                                                                   : QString();
        if (!missing.isEmpty())
            return m_message->setText(tr("Give %1.").arg(missing));
        QString error;
        if (!storage::Location::parse(location(), &error))
            return m_message->setText(error);
    }
    QDialog::accept();
}

} // namespace sujarit::gui
