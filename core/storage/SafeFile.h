// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QFileDevice>
#include <QString>
#include <optional>

namespace sujarit::storage {

/** Read and write by the owner only: the register, its backups, and every file that may name a complainant. */
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/**
 * Files written so that a kill or a power cut at any instant leaves the old file or the new one, never neither or
 * half of one: written beside the target under a name of their own, flushed to the disk (fsync), then renamed over
 * the target in one step, and the folder flushed so the rename itself survives.
 */

/** Flushes \a path's contents to the disk (fsync; FlushFileBuffers on Windows). */
bool syncFile(const QString& path, QString* error = nullptr);
/** Flushes the folder holding \a path, so a rename or a new name in it is on the disk (a no-op on Windows). */
void syncFolderOf(const QString& path);
/**
 * Renames \a from over \a to in one step (an existing \a to is replaced, never removed first), then flushes the
 * folder. Both must be in the same folder.
 */
bool replaceFile(const QString& from, const QString& to, QString* error = nullptr);
/** Writes \a bytes to \a path as above, the new file with \a permissions from its first byte. */
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions,
                         QString* error = nullptr);
/** Makes the new, empty file \a path, readable by its owner only from its first byte (for VACUUM INTO to fill). */
bool createOwnerOnly(const QString& path, QString* error);
/** Copies \a from to the new file \a to, owner-only from its first byte, flushed to the disk. */
bool copyOwnerOnly(const QString& from, const QString& to, QString* error);
/** A name beside \a target for a file being written: hidden, unique, never an existing file's. */
QString temporaryBeside(const QString& target, const QString& purpose);

/**
 * The bytes of a file someone handed to Sujarit (an attachment, an import): refused unless it is a regular file (a
 * FIFO or a device such as /dev/zero is not one), and never more than \a limit bytes read — a larger file is refused
 * as soon as byte limit + 1 arrives, whatever its size claimed. The message names the file and what is wrong.
 */
std::optional<QByteArray> readBounded(const QString& path, qint64 limit, QString* error);
/** The same for an open device (standard input): at most \a limit bytes, refused beyond, named \a what. */
std::optional<QByteArray> readBounded(QIODevice& device, const QString& what, qint64 limit, QString* error);

} // namespace sujarit::storage
