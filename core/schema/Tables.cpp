// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tables.h"

#include "storage/Database.h"

#include <QRegularExpression>

namespace sujarit::schema {

QString createTableSql(const Table& table, bool server)
{
    QString body = (table.columns + table.constraints).join(QStringLiteral(", "));
    body.replace(QStringLiteral("{id}"), server ? QStringLiteral("id BIGINT PRIMARY KEY") : QStringLiteral("id INTEGER PRIMARY KEY"));
    body.replace(QStringLiteral("{real}"), server ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL"));
    body.replace(QStringLiteral("{blob}"), server ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"));
    static const QRegularExpression isoDate(QStringLiteral("\\{isodate:([a-z_]+)\\}"));
    body.replace(isoDate, server ? QStringLiteral("CHECK (\\1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')")
                                 : QStringLiteral("CHECK (\\1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')"));
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, body);
}

QStringList serverTriggersSql(const QString& table, const QString& key, bool numbered)
{
    QStringList out;
    if (numbered)
        out << QStringLiteral("CREATE TRIGGER %1_next_id BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "sujarit_next_id()")
                   .arg(table);
    out << QStringLiteral("CREATE TRIGGER audit_%1 AFTER INSERT OR UPDATE OR DELETE ON %1"
                          " FOR EACH ROW EXECUTE FUNCTION sujarit_audit('%2')")
               .arg(table, key);
    return out;
}

bool createTable(storage::Database& db, const Table& table)
{
    const bool server = db.engine() == storage::Engine::PostgreSQL;
    if (!db.exec(createTableSql(table, server)))
        return false;
    // A file's audit triggers are made by each connection for every table it has (storage/Audit.cpp); a server's are
    // part of its schema, made here as schema/PostgresSchema.cpp made them for the first tables.
    if (!server)
        return true;
    for (const QString& sql : serverTriggersSql(table.name, table.key, table.columns.contains(QStringLiteral("{id}"))))
        if (!db.exec(sql))
            return false;
    return true;
}

} // namespace sujarit::schema
