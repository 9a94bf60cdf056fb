// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <sodium.h>

namespace sujarit::access::detail {

/** libsodium started, once for the program (sodium_init is safe to race); false when it cannot start, and then
 *  nothing of it may be used. */
inline bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace sujarit::access::detail
