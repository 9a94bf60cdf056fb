// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QStringList>
#include <functional>

namespace sujarit::storage {

class Database;

/** One step of the schema; run once, in its own transaction, in order. */
struct Migration {
    int version = 0; ///< the schema version after this step (a file's PRAGMA user_version)
    std::function<bool(Database&)> apply;
};

/**
 * How a register's schema is built and upgraded. Storage runs these steps and knows none of them: the register's own
 * schema (core/schema) is installed by every program at start, before a database is opened.
 *
 * A new register, file or server, is made by \a fresh at once; one made before by an older Sujarit is brought up to
 * \a fresh's version by the released steps of \a fileHistory (servers began at that version, files at 1); after it,
 * \a steps run alike on both.
 */
struct Schema {
    Migration fresh; ///< every table of a new register, described once for both engines
    QList<Migration> fileHistory; ///< an SQLite file's released steps 1 … fresh.version; never edit one
    QList<Migration> steps; ///< the versions after fresh's, on a file as on a server; append a new one
    QStringList tables; ///< every table, in the order a copy fills them (a row's parents first)
    QStringList unaudited; ///< the tables whose changes the audit trail does not record (the trail itself among them)

    bool isEmpty() const { return !fresh.apply; }
    int currentVersion() const { return steps.isEmpty() ? fresh.version : steps.constLast().version; }
    /** The steps that bring a \a server or file at schema \a from up to \a to, in order; empty when none can. */
    QList<Migration> stepsBetween(int from, int to, bool server) const;
};

void installSchema(Schema schema);
/** The installed schema; empty when none was installed (a database then refuses to open). */
const Schema& installedSchema();

} // namespace sujarit::storage
