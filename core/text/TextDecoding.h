// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>
#include <optional>

namespace sujarit::text {

struct DecodedText {
    QString text;
    QString encoding; ///< "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" or "Windows-874"
};

/**
 * Decodes a text file saved by Excel or another office program on a Thai PC: UTF-8 with or without BOM,
 * UTF-16 with BOM ("Unicode text"), or Excel's Thai default Windows-874 (TIS-620 plus a few punctuation marks).
 * A file that is none of these (a workbook, a Latin-1 file, binary data) is refused with a message that names
 * the line and says how to save the file properly.
 */
std::optional<DecodedText> decodeText(const QByteArray& bytes, QString* error = nullptr);

/** Decodes Windows-874 bytes; nothing when a byte is not defined in it (its offset goes to \a badOffset). */
std::optional<QString> decodeWindows874(const QByteArray& bytes, qsizetype* badOffset = nullptr);
/** Encodes to Windows-874; nothing when a character has no Windows-874 byte. */
std::optional<QByteArray> encodeWindows874(const QString& text);

} // namespace sujarit::text
