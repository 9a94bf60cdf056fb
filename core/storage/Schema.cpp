// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

namespace sujarit::storage {

namespace {
Schema& installed()
{
    static Schema schema;
    return schema;
}
} // namespace

QList<Migration> Schema::stepsBetween(int from, int to, bool server) const
{
    QList<Migration> path;
    if (from == 0 && to >= fresh.version)
        path << fresh;
    else if (!server)
        path << fileHistory;
    else if (from < fresh.version)
        return {}; // a server's first schema is fresh's: nothing older exists to be upgraded, nor can one stop short
    path << steps;
    QList<Migration> out;
    for (const Migration& m : std::as_const(path))
        if (m.version > from && m.version <= to)
            out << m;
    return out;
}

void installSchema(Schema schema) { installed() = std::move(schema); }

const Schema& installedSchema() { return installed(); }

} // namespace sujarit::storage
