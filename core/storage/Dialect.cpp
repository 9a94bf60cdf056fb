// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialect.h"

#include <QCoreApplication>
#include <QUrl>

namespace sujarit::storage {

namespace {
struct DialectText
{
    Q_DECLARE_TR_FUNCTIONS(DialectText)
};
} // namespace

bool Location::isServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<Location> Location::parse(const QString& text, QString* error)
{
    Location l;
    if (!isServer(text)) {
        l.path = text;
        return l;
    }
    const auto bad = [&](const QString& why) -> std::optional<Location> {
        if (error) // (a password written in the address is not repeated)
            *error = DialectText::tr("“%1” is not a server address Sujarit understands: %2. Write it as "
                                     "postgresql://USER@HOST:PORT/DATABASE")
                         .arg(QUrl(text).toString(QUrl::RemovePassword), why);
        return std::nullopt;
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return bad(url.errorString());
    l.engine = Engine::PostgreSQL;
    l.user = url.userName();
    l.password = url.password();
    l.host = url.host();
    l.port = url.port(5432);
    l.database = url.path().mid(1);
    if (l.host.isEmpty())
        return bad(DialectText::tr("the server's name is missing"));
    if (l.database.isEmpty() || l.database.contains(u'/'))
        return bad(DialectText::tr("the database's name is missing after the server"));
    if (l.user.isEmpty())
        return bad(DialectText::tr("the user name is missing before the “@”"));
    return l;
}

QString Location::display() const
{
    if (engine == Engine::SQLite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

namespace dialect {

QString julianDay(Engine engine, const QString& isoText)
{
    if (engine == Engine::SQLite)
        return QStringLiteral("CAST(julianday(substr((%1), 1, 10)) + 0.5 AS INTEGER)").arg(isoText);
    // make_date and date arithmetic are immutable, so this can also define a stored generated column.
    return QStringLiteral("(make_date(CAST(substr((%1), 1, 4) AS INTEGER), CAST(substr((%1), 6, 2) AS INTEGER),"
                          " CAST(substr((%1), 9, 2) AS INTEGER)) - DATE '2000-01-01' + 2451545)")
        .arg(isoText);
}

QString nowLocal(Engine engine)
{
    if (engine == Engine::SQLite)
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime')");
    return QStringLiteral("to_char(clock_timestamp(), 'YYYY-MM-DD\"T\"HH24:MI:SS.MS')");
}

QString jsonInteger(Engine engine, const QString& json, const QString& key)
{
    if (engine == Engine::SQLite)
        return QStringLiteral("json_extract(%1, '$.%2')").arg(json, key);
    return QStringLiteral("CAST(CAST(%1 AS jsonb) ->> '%2' AS BIGINT)").arg(json, key);
}

QString contains(Engine engine, const QString& column)
{
    return column
        + (engine == Engine::SQLite ? QStringLiteral(" LIKE ? ESCAPE '\\'") : QStringLiteral(" ILIKE ? ESCAPE '\\'"));
}

} // namespace dialect
} // namespace sujarit::storage
