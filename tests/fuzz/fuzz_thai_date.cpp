// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any text as a Thai date or date-time (2025-01-15, 15/1/2568, ๑๕ มกราคม ๒๕๖๘ 09.30 น. …).
#include "calendar/ThaiDate.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto at = sujarit::calendar::parseThaiDateTime(text, &error);
    if (!at && error.isEmpty())
        __builtin_trap(); // a refusal always says why
    if (const auto day = sujarit::calendar::parseThaiDate(text, &error); day && !day->isValid())
        __builtin_trap(); // a date read is a real date
    return 0;
}
