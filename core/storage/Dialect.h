// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <optional>

namespace sujarit::storage {

/** The two databases a register can live in: an SQLite file on one PC, or a PostgreSQL server several PCs share. */
enum class Engine { SQLite, PostgreSQL };

/**
 * Where a register is: a file path, or a server given as postgresql://USER@HOST:PORT/DBNAME (the password from
 * PGPASSWORD or ~/.pgpass, as libpq reads them, or given with setPassword()).
 */
struct Location
{
    Engine engine = Engine::SQLite;
    QString path; ///< the SQLite file
    QString user, host, database, password;
    int port = 5432;

    /** True when \a text names a server (postgresql:// or postgres://), not a file. */
    static bool isServer(const QString& text);
    /** Reads \a text; a malformed server address comes back empty with \a error saying what is wrong. */
    static std::optional<Location> parse(const QString& text, QString* error = nullptr);
    /** The address without its password, for messages and the sign-in window. */
    QString display() const;
};

/**
 * The few pieces of SQL that differ between SQLite and PostgreSQL, kept here so the rest of core writes one
 * statement for both. (The schema's own differences: schema/Tables.cpp, schema/FileSupport.cpp and
 * schema/ServerSupport.cpp.)
 */
namespace dialect {
/** The Julian day number (an integer) of the date that ISO text \a isoText starts with. */
QString julianDay(Engine engine, const QString& isoText);
/** The local time now as ISO text with milliseconds (yyyy-MM-ddTHH:mm:ss.zzz), as the audit trail stores it. */
QString nowLocal(Engine engine);
/** The integer member \a key of the JSON object in text expression \a json. */
QString jsonInteger(Engine engine, const QString& json, const QString& key);
/** A case-insensitive substring match of \a column against a bound pattern with '\' as its escape. */
QString contains(Engine engine, const QString& column);
} // namespace dialect

} // namespace sujarit::storage
