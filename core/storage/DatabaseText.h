// SPDX-License-Identifier: GPL-3.0-or-later
// What the parts of storage::Database (Database.cpp, DatabaseServer.cpp, DatabaseTransaction.cpp,
// DatabaseSchema.cpp) share: their messages' translation context and the tests of a lost connection. Not for use
// outside storage/.
#pragma once
#include <QCoreApplication>
#include <QString>

namespace sujarit::storage::detail {

struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(DatabaseText)
};

/** How long a save waits for another program's save: 30 s, or SUJARIT_BUSY_TIMEOUT seconds. */
int busyTimeoutMs();
/** The key of the advisory lock every write transaction on a server holds: one writer at a time, as in SQLite. */
constexpr qint64 WriteLockKey = 0x53554A52; // "SUJR"
/** True when \a text is how libpq or the server says the connection itself failed. */
bool isConnectionFailure(const QString& text);
QString connectionLostText(const QString& server);
QString unknownSchemaText(const QString& path, int version);

} // namespace sujarit::storage::detail
