// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/**
 * The app's start: opens the register at \a path (a file, or a server: the password asked if the server wants one)
 * and has someone sign in — the first administrator of a register that has no users, else the sign-in window. A
 * register that cannot be opened (not SQLite, damaged, read-only, from a newer Sujarit, a server out of reach …) is
 * explained in a message with what to do, and left as it was; the message offers to try again or to choose another
 * register (ConnectionDialog), as does the sign-in window. A register chosen that way is this PC's register from
 * then on. False when the app should stop.
 */
bool openAndSignIn(storage::Database& db, const QString& path, QWidget* parent = nullptr);

} // namespace sujarit::gui
