// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptCode.h"

#include "Complaint.h"

#include <QMessageAuthenticationCode>

namespace sujarit::complaints {

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

QString receiptCode(const QByteArray& key, const Complaint& c)
{
    const QString message = QStringLiteral("%1|%2|%3|%4")
                                .arg(c.receipt.toString(), c.receivedAt.toString(Qt::ISODate), c.channel, c.subject);
    const QByteArray mac = QMessageAuthenticationCode::hash(message.toUtf8(), key, QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | static_cast<unsigned char>(mac[i]);
    QString code;
    for (int i = 0; i < 10; ++i) {
        code.append(QLatin1Char(Alphabet[(bits >> (64 - 5 * (i + 1))) & 31]));
        if (i == 4)
            code.append(u'-');
    }
    return code;
}

std::optional<QString> normalizeReceiptCode(const QString& typed)
{
    QString out;
    for (QChar ch : typed.toUpper()) {
        if (ch == u'-' || ch.isSpace())
            continue;
        if (ch == u'O')
            ch = u'0';
        else if (ch == u'I' || ch == u'L')
            ch = u'1';
        if (!QByteArray(Alphabet).contains(char(ch.unicode() < 128 ? ch.unicode() : 0)) || ch.unicode() >= 128)
            return std::nullopt;
        out.append(ch);
    }
    if (out.size() != 10)
        return std::nullopt;
    out.insert(5, u'-');
    return out;
}

} // namespace sujarit::complaints
