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

void installSchema(Schema schema) { installed() = std::move(schema); }

const Schema& installedSchema() { return installed(); }

} // namespace sujarit::storage
