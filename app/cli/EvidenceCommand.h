// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "CliArguments.h"
#include "CliContext.h"

#include "risks/EvidenceFiles.h"

#include <functional>
#include <optional>

namespace sujarit::cli {

/** What a record's evidence files are reached by: keep one, list them, read one's bytes; each fails with its reason
 *  in \a error. */
struct EvidenceAccess
{
    std::function<std::optional<risks::EvidenceFiles::File>(const QString& fileName, const QByteArray& data)> add;
    std::function<std::optional<QList<risks::EvidenceFiles::File>>()> list;
    std::function<std::optional<QByteArray>(qint64 file)> data;
    std::function<QString()> error;
};

/** The evidence of one record: --add FILE keeps a file, --save FILE_ID --out FILE writes one out, and with neither
 *  the files are listed; \a what names the record in the answer ("deed 3"). */
int runEvidence(CliContext& ctx, const CliArguments& a, const QString& what, const EvidenceAccess& access);

} // namespace sujarit::cli
