// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a register file to import (encoding detection, CSV, headers, every field).
#include "complaints/ComplaintImport.h"

#include <QDateTime>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto plan
        = sujarit::complaints::readRegister(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                            QDateTime(QDate(2026, 11, 22), QTime(12, 0)), &error);
    if (!plan && error.isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}
