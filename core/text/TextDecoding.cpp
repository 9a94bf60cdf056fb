// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace sujarit::text {

namespace {

struct DecodingText {
    Q_DECLARE_TR_FUNCTIONS(DecodingText)
};

// Windows-874 above 0x7F: 0x80-0x9F hold a few punctuation marks, 0xA0 is a no-break space, and
// 0xA1-0xFB are TIS-620's Thai letters at U+0E01-U+0E5B. Undefined bytes are 0.
char16_t windows874(unsigned char b)
{
    switch (b) {
    case 0x80: return u'\u20AC';
    case 0x85: return u'\u2026';
    case 0x91: return u'\u2018';
    case 0x92: return u'\u2019';
    case 0x93: return u'\u201C';
    case 0x94: return u'\u201D';
    case 0x95: return u'\u2022';
    case 0x96: return u'\u2013';
    case 0x97: return u'\u2014';
    case 0xA0: return u'\u00A0';
    default: break;
    }
    if (b >= 0xA1 && b <= 0xFB && !(b >= 0xDB && b <= 0xDE))
        return char16_t(0x0E01 + (b - 0xA1));
    return 0;
}

/** Thai vowel signs and tone marks that must follow a Thai letter. */
bool isThaiCombining(char16_t c) { return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E); }
bool isThai(char16_t c) { return c >= 0x0E01 && c <= 0x0E5B; }

int lineOf(const QByteArray& bytes, qsizetype offset) { return int(bytes.left(offset).count('\n')) + 1; }

std::optional<QString> strictDecode(QStringConverter::Encoding enc, QByteArrayView bytes)
{
    QStringDecoder decoder(enc, QStringConverter::Flag::Stateless);
    QString s = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return s;
}

const char* SaveAdvice = QT_TRANSLATE_NOOP("DecodingText", "In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”.");

} // namespace

std::optional<QString> decodeWindows874(const QByteArray& bytes, qsizetype* badOffset)
{
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            out.append(QChar(char16_t(b)));
            continue;
        }
        const char16_t c = windows874(b);
        if (c == 0) {
            if (badOffset)
                *badOffset = i;
            return std::nullopt;
        }
        out.append(QChar(c));
    }
    return out;
}

std::optional<QByteArray> encodeWindows874(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80) {
            out.append(char(c));
            continue;
        }
        bool found = false;
        for (int b = 0x80; b <= 0xFF && !found; ++b)
            if (windows874(static_cast<unsigned char>(b)) == c) {
                out.append(char(b));
                found = true;
            }
        if (!found)
            return std::nullopt;
    }
    return out;
}

namespace {
/**
 * Where \a bytes stop being UTF-8 (the offset of the first byte that does not belong), with how many multi-byte
 * characters came before it; -1 when they are UTF-8 throughout.
 */
qsizetype firstNonUtf8(const QByteArray& bytes, qsizetype* multiByteBefore)
{
    *multiByteBefore = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        const int length = b < 0x80 ? 1 : (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3
                                                                    : (b >= 0xF0 && b <= 0xF4)   ? 4
                                                                                                 : 0;
        if (length == 0 || i + length > bytes.size())
            return i;
        for (int k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                return i;
        if (length > 1)
            ++*multiByteBefore;
        i += length;
    }
    return -1;
}
} // namespace

std::optional<DecodedText> decodeText(const QByteArray& bytes, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<DecodedText> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (bytes.startsWith("PK\x03\x04"))
        return fail(DecodingText::tr("this is an Excel workbook (.xlsx) or another zip file, not a CSV file. %1")
                        .arg(DecodingText::tr(SaveAdvice)));
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return fail(DecodingText::tr("this is an old Excel workbook (.xls), not a CSV file. %1")
                        .arg(DecodingText::tr(SaveAdvice)));
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (auto s = strictDecode(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3)))
            return DecodedText{*s, QStringLiteral("UTF-8 with BOM")};
        return fail(DecodingText::tr("the file says it is UTF-8 but contains bytes that are not UTF-8; it is damaged "
                                     "or was saved in two encodings. %1")
                        .arg(DecodingText::tr(SaveAdvice)));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        if (auto s = strictDecode(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                                  QByteArrayView(bytes).sliced(2)))
            return DecodedText{*s, le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
        return fail(DecodingText::tr("the file says it is UTF-16 but cannot be read as such. %1")
                        .arg(DecodingText::tr(SaveAdvice)));
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return fail(DecodingText::tr("line %1 holds a NUL byte: this is not a text file. %2")
                        .arg(lineOf(bytes, nul))
                        .arg(DecodingText::tr(SaveAdvice)));
    if (auto s = strictDecode(QStringConverter::Utf8, bytes))
        return DecodedText{*s, QStringLiteral("UTF-8")};

    // A file that reads as UTF-8 (Thai letters and all) up to a broken byte is UTF-8 with that byte wrong: named,
    // rather than the byte that Windows-874 cannot read somewhere else.
    qsizetype utf8Characters = 0;
    if (const qsizetype broken = firstNonUtf8(bytes, &utf8Characters); broken >= 0 && utf8Characters > 0)
        return fail(DecodingText::tr("the file is UTF-8, but byte 0x%1 on line %2 is not (a damaged file, or text "
                                     "pasted in from another encoding). %3")
                        .arg(QString::number(static_cast<unsigned char>(bytes[broken]), 16).toUpper())
                        .arg(lineOf(bytes, broken))
                        .arg(DecodingText::tr(SaveAdvice)));
    qsizetype bad = -1;
    auto thai = decodeWindows874(bytes, &bad);
    if (!thai)
        return fail(DecodingText::tr("the file is neither UTF-8 nor Thai Windows-874: byte 0x%1 on line %2 cannot be "
                                     "read. %3")
                        .arg(QString::number(static_cast<unsigned char>(bytes[bad]), 16).toUpper())
                        .arg(lineOf(bytes, bad))
                        .arg(DecodingText::tr(SaveAdvice)));
    // Real Thai text never starts a syllable with a vowel sign or tone mark; a file in another 8-bit encoding
    // (Latin-1 "café") read as Windows-874 does.
    const QString& t = *thai;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (isThaiCombining(t[i].unicode()) && (i == 0 || !isThai(t[i - 1].unicode()))) {
            const int line = int(t.left(i).count(u'\n')) + 1;
            return fail(DecodingText::tr("the file is neither UTF-8 nor Thai Windows-874 (line %1 does not read as "
                                         "Thai text in either). %2")
                            .arg(line)
                            .arg(DecodingText::tr(SaveAdvice)));
        }
    }
    return DecodedText{t, QStringLiteral("Windows-874")};
}

} // namespace sujarit::text
