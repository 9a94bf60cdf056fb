// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "calendar/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace sujarit::cli {

namespace {
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
} // namespace

CliContext::CliContext()
    : out(stdout)
    , err(stderr)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}

storage::Database* CliContext::openDatabase(bool create)
{
    if (m_db && m_db->isOpen())
        return m_db.get();
    m_db = std::make_unique<storage::Database>();
    m_db->setActor(QStringLiteral("cli:") + storage::Database::osUserName());
    if (!m_db->open(databasePath, create ? storage::Database::OpenMode::CreateIfMissing
                                         : storage::Database::OpenMode::MustExist)) {
        fail(m_db->errorString());
        return nullptr;
    }
    return m_db.get();
}

QDateTime CliContext::now() const { return calendar::now(); }

std::optional<QByteArray> CliContext::readInput(const QString& path)
{
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok) {
        fail(QCoreApplication::translate("CliText", "cannot read %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    return f.readAll();
}

int CliContext::fail(const QString& message, int code)
{
    err << "sujarit-cli: " << message << Qt::endl;
    return code;
}

int runInit(CliContext& ctx, const QStringList& args)
{
    if (!args.isEmpty())
        return ctx.fail(CliText::tr("init takes no arguments (the database is chosen with --db)"), Usage);
    storage::Database* db = ctx.openDatabase(true);
    if (!db)
        return Failed;
    ctx.out << CliText::tr("The register is ready: %1 (schema %2)").arg(db->path()).arg(db->schemaVersion()) << Qt::endl;
    return Ok;
}

} // namespace sujarit::cli
