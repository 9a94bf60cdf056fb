// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sujarit::storage {

namespace {
struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(FileText)
};

bool failWith(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool syncHandle(int handle)
{
#ifdef Q_OS_WIN
    return _commit(handle) == 0;
#else
    return ::fsync(handle) == 0;
#endif
}

QString sizeText(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? FileText::tr("%1 MB").arg(bytes / (1024 * 1024))
                                : FileText::tr("%1 KB").arg(std::max<qint64>(1, bytes / 1024));
}
} // namespace

bool syncFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return failWith(error, FileText::tr("cannot write %1: %2").arg(path, f.errorString()));
    if (!syncHandle(f.handle()))
        return failWith(error, FileText::tr("cannot write %1 to the disk").arg(path));
    return true;
}

void syncFolderOf(const QString& path)
{
#ifndef Q_OS_WIN
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path)
#endif
}

bool replaceFile(const QString& from, const QString& to, QString* error)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            ec);
    if (ec)
        return failWith(error,
                        FileText::tr("cannot put %1 in place of %2: %3")
                            .arg(from, to, QString::fromLocal8Bit(ec.message().c_str())));
    syncFolderOf(to);
    return true;
}

bool createOwnerOnly(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !f.setPermissions(OwnerOnly))
        return failWith(error, FileText::tr("cannot write %1: %2").arg(path, f.errorString()));
    return true;
}

bool copyOwnerOnly(const QString& from, const QString& to, QString* error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return failWith(error, FileText::tr("cannot read %1: %2").arg(from, in.errorString()));
    if (!createOwnerOnly(to, error))
        return false;
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return failWith(error, FileText::tr("cannot write %1: %2").arg(to, out.errorString()));
    QByteArray buffer;
    while (!(buffer = in.read(1 << 20)).isEmpty())
        if (out.write(buffer) != buffer.size())
            return failWith(error, FileText::tr("cannot write %1: %2").arg(to, out.errorString()));
    if (in.error() != QFileDevice::NoError)
        return failWith(error, FileText::tr("cannot read %1: %2").arg(from, in.errorString()));
    out.close();
    return syncFile(to, error);
}

QString temporaryBeside(const QString& target, const QString& purpose)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3.part")
                                           .arg(info.fileName(), purpose, QUuid::createUuid().toString(QUuid::Id128)));
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions,
                         QString* error)
{
    const QString temporary = temporaryBeside(path, QStringLiteral("write"));
    QFile f(temporary);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return failWith(error, FileText::tr("cannot write %1: %2").arg(path, f.errorString()));
    // The permissions first, before any byte is in the file.
    const bool written = f.setPermissions(permissions) && f.write(bytes) == bytes.size() && f.flush()
        && syncHandle(f.handle());
    const QString why = f.errorString();
    f.close();
    if (!written) {
        QFile::remove(temporary);
        return failWith(error, FileText::tr("cannot write %1: %2").arg(path, why));
    }
    if (!replaceFile(temporary, path, error)) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

std::optional<QByteArray> readBounded(QIODevice& device, const QString& what, qint64 limit, QString* error)
{
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const qint64 want = std::min<qint64>(sizeof buffer, limit + 1 - bytes.size());
        const qint64 got = device.read(buffer, want);
        if (got < 0) {
            failWith(error, FileText::tr("cannot read %1: %2").arg(what, device.errorString()));
            return std::nullopt;
        }
        if (got == 0 && (device.atEnd() || !device.waitForReadyRead(-1)))
            break;
        bytes.append(buffer, got);
        if (bytes.size() > limit) {
            failWith(error, FileText::tr("%1 is larger than the %2 Sujarit accepts; nothing was read from it")
                                .arg(what, sizeText(limit)));
            return std::nullopt;
        }
    }
    return bytes;
}

std::optional<QByteArray> readBounded(const QString& path, qint64 limit, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        failWith(error, FileText::tr("%1: there is no such file").arg(path));
        return std::nullopt;
    }
    if (!info.isFile()) {
        failWith(error, info.isDir() ? FileText::tr("%1 is a folder, not a file").arg(path)
                                     : FileText::tr("%1 is not an ordinary file (a device, a pipe or a socket); give "
                                                    "Sujarit a file saved on the disk")
                                           .arg(path));
        return std::nullopt;
    }
    if (info.size() > limit) {
        failWith(error, FileText::tr("%1 is larger than the %2 Sujarit accepts (%3); nothing was read from it")
                            .arg(path, sizeText(limit), sizeText(info.size())));
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        failWith(error, FileText::tr("cannot read %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    return readBounded(f, path, limit, error);
}

} // namespace sujarit::storage
