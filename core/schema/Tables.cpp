// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tables.h"

#include "storage/Database.h"
#include "storage/Dialect.h"

#include <QRegularExpression>

namespace sujarit::schema {

QStringList sql(std::initializer_list<const char*> parts)
{
    QStringList out;
    for (const char* part : parts)
        out << QString::fromUtf8(part);
    return out;
}

Table table(const char* name, const char* key, QStringList columns, QStringList constraints, QStringList indexes,
            bool audited)
{
    return {QString::fromUtf8(name), QString::fromUtf8(key), std::move(columns), std::move(constraints),
            std::move(indexes), audited};
}

QString createTableSql(const Table& table, bool server)
{
    QString body = (table.columns + table.constraints).join(QStringLiteral(", "));
    body.replace(QStringLiteral("{id}"), server ? QStringLiteral("id BIGINT PRIMARY KEY") : QStringLiteral("id INTEGER PRIMARY KEY"));
    body.replace(QStringLiteral("{real}"), server ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL"));
    body.replace(QStringLiteral("{int64}"), server ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER"));
    body.replace(QStringLiteral("{blob}"), server ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"));
    static const QRegularExpression isoDate(QStringLiteral("\\{isodate:([a-z_]+)\\}"));
    body.replace(isoDate, server ? QStringLiteral("CHECK (\\1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')")
                                 : QStringLiteral("CHECK (\\1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')"));
    // A file's computed column is written as the released schema 2 added it, so that a file made then and one made
    // now hold the same table; a server keeps it stored, as PostgreSQL 15 has no other kind.
    static const QRegularExpression day(QStringLiteral("\\{day:([a-z_]+)\\}"));
    for (QRegularExpressionMatch m = day.match(body); m.hasMatch(); m = day.match(body))
        body.replace(m.capturedStart(), m.capturedLength(),
                     server ? QStringLiteral("INTEGER GENERATED ALWAYS AS (%1) STORED")
                                  .arg(storage::dialect::julianDay(storage::Engine::PostgreSQL, m.captured(1)))
                            : QStringLiteral("INTEGER GENERATED ALWAYS AS (CAST(julianday(substr(%1, 1, 10)) + 0.5 AS "
                                             "INTEGER)) VIRTUAL")
                                  .arg(m.captured(1)));
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, body);
}

QStringList serverTriggersSql(const Table& table)
{
    QStringList out;
    if (!table.audited)
        return out;
    if (table.columns.contains(QStringLiteral("{id}")))
        out << QStringLiteral("CREATE TRIGGER %1_next_id BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "sujarit_next_id()")
                   .arg(table.name);
    out << QStringLiteral("CREATE TRIGGER audit_%1 AFTER INSERT OR UPDATE OR DELETE ON %1"
                          " FOR EACH ROW EXECUTE FUNCTION sujarit_audit('%2')")
               .arg(table.name, table.key);
    return out;
}

bool runAll(storage::Database& db, const QStringList& statements)
{
    for (const QString& sql : statements)
        if (!db.exec(sql))
            return false;
    return true;
}

bool createTableAndIndexes(storage::Database& db, const Table& table)
{
    return db.exec(createTableSql(table, db.engine() == storage::Engine::PostgreSQL)) && runAll(db, table.indexes);
}

bool createTable(storage::Database& db, const Table& table)
{
    // A file's audit triggers are made by each connection for every table it has (storage/Audit.cpp); a server's are
    // part of its schema.
    return createTableAndIndexes(db, table)
        && (db.engine() != storage::Engine::PostgreSQL || runAll(db, serverTriggersSql(table)));
}

} // namespace sujarit::schema
