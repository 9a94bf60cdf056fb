// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceCommand.h"

#include "TextTable.h"

#include "complaints/Attachments.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace sujarit::cli {

namespace {
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
} // namespace

int runEvidence(CliContext& ctx, const CliArguments& a, const QString& what, const EvidenceAccess& access)
{
    if (a.has(QStringLiteral("add"))) {
        const auto bytes = ctx.readInput(a.value(QStringLiteral("add")), complaints::Attachments::MaxSize);
        if (!bytes)
            return Failed;
        const auto added = access.add(QFileInfo(a.value(QStringLiteral("add"))).fileName(), *bytes);
        if (!added)
            return ctx.fail(access.error());
        ctx.out << CliText::tr("Attached %1 to %2 (evidence %3)").arg(added->fileName, what, QString::number(added->id))
                << Qt::endl;
        return Ok;
    }
    if (a.has(QStringLiteral("save"))) {
        if (!a.has(QStringLiteral("out")))
            return ctx.fail(CliText::tr("--save FILE_ID needs --out FILE"), Usage);
        const auto data = access.data(a.value(QStringLiteral("save")).toLongLong());
        if (!data)
            return ctx.fail(access.error());
        QSaveFile out(a.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size() || !out.commit())
            return ctx.fail(CliText::tr("cannot write %1: %2").arg(a.value(QStringLiteral("out")), out.errorString()));
        ctx.out << CliText::tr("Wrote %1").arg(a.value(QStringLiteral("out"))) << Qt::endl;
        return Ok;
    }
    const auto files = access.list();
    if (!files)
        return ctx.fail(access.error());
    TextTable table({CliText::tr("Id"), CliText::tr("File"), CliText::tr("Bytes")});
    for (const risks::EvidenceFiles::File& f : *files)
        table.addRow({QString::number(f.id), f.fileName, QString::number(f.size)});
    ctx.out << table.toString();
    return Ok;
}

} // namespace sujarit::cli
