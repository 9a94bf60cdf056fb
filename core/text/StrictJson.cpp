// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace sujarit::text {

namespace {
struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)
};

/** What is wrong with \a s (a NUL, a lone surrogate), or an empty string. */
QString stringProblem(const QString& s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.unicode() == 0)
            return JsonText::tr("a NUL character");
        if (c.isHighSurrogate() && (i + 1 >= s.size() || !s[i + 1].isLowSurrogate()))
            return JsonText::tr("half of a UTF-16 pair (a lone surrogate)");
        if (c.isLowSurrogate() && (i == 0 || !s[i - 1].isHighSurrogate()))
            return JsonText::tr("half of a UTF-16 pair (a lone surrogate)");
    }
    return {};
}

QString valueProblem(const QJsonValue& v, const QString& where)
{
    if (v.isString()) {
        const QString p = stringProblem(v.toString());
        return p.isEmpty() ? QString() : JsonText::tr("%1 holds %2").arg(where, p);
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (const QString p = valueProblem(a[i], JsonText::tr("%1[%2]").arg(where, QString::number(i))); !p.isEmpty())
                return p;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString name = where.isEmpty() ? it.key() : where + u'.' + it.key();
            if (const QString p = stringProblem(it.key()); !p.isEmpty())
                return JsonText::tr("the key “%1” holds %2").arg(name, p);
            if (const QString p = valueProblem(it.value(), JsonText::tr("“%1”").arg(name)); !p.isEmpty())
                return p;
        }
    }
    return {};
}

/** The first key written twice in one object, with its offset; the text is already known to be valid JSON. */
std::optional<std::pair<QString, qsizetype>> duplicateKey(const QByteArray& bytes)
{
    struct Level
    {
        bool object;
        bool expectKey;
        QSet<QString> keys;
    };
    QList<Level> stack;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '{') {
            stack.append({ true, true, {} });
        } else if (c == '[') {
            stack.append({ false, false, {} });
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
        } else if (c == '"') {
            const qsizetype start = i;
            for (++i; i < bytes.size() && bytes[i] != '"'; ++i)
                if (bytes[i] == '\\')
                    ++i;
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                stack.last().expectKey = false;
                const QByteArray token = bytes.mid(start, i - start + 1);
                const QString key = QJsonDocument::fromJson("[" + token + "]").array().at(0).toString();
                if (stack.last().keys.contains(key))
                    return std::make_pair(key, start);
                stack.last().keys.insert(key);
            }
        }
    }
    return std::nullopt;
}
} // namespace

std::optional<QJsonDocument> parseStrictJson(const QByteArray& bytes, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(JsonText::tr("it is not valid JSON: %1 at character %2")
                        .arg(parseError.errorString(), QString::number(parseError.offset)));
    if (const auto twice = duplicateKey(bytes))
        return fail(JsonText::tr("the key “%1” is written twice in one object (at character %2): which one is meant?")
                        .arg(twice->first, QString::number(twice->second)));
    const QString problem
        = valueProblem(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), QString());
    if (!problem.isEmpty())
        return fail(JsonText::tr("%1, which a register does not keep").arg(problem));
    return doc;
}

} // namespace sujarit::text
