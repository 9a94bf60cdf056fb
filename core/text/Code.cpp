// SPDX-License-Identifier: GPL-3.0-or-later
#include "Code.h"

#include <QStringList>

namespace sujarit::text {

const Code* findCode(const QList<Code>& list, const QString& code)
{
    for (const Code& c : list)
        if (c.code == code)
            return &c;
    return nullptr;
}

std::optional<QString> labelIn(const QList<Code>& list, const QString& code)
{
    if (const Code* c = findCode(list, code))
        return c->label;
    return std::nullopt;
}

QString codesOf(const QList<Code>& list)
{
    QStringList codes;
    for (const Code& c : list)
        codes << c.code;
    return codes.join(QStringLiteral(", "));
}

} // namespace sujarit::text
