// SPDX-License-Identifier: GPL-3.0-or-later
// What the moral organisation's commands share (MoralCommands.cpp, MoralRecordCommands.cpp): their options, the
// reading of text fields and of one object, the evidence files as JSON, and the change of one record.
#pragma once
#include "CliArguments.h"
#include "CliContext.h"
#include "JsonInput.h"
#include "Subcommands.h"

#include "risks/EvidenceFiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>
#include <utility>

namespace sujarit::cli {

struct MoralCliText
{
    Q_DECLARE_TR_FUNCTIONS(MoralCliText)
};

/** Reads the text at \a key of \a o into \a into when present; false (with \a why) when it is not text. Text may be
 *  given as an array of lines. */
bool readText(const QJsonObject& o, const QString& key, QString& into, QString& why);
/** Reads every key of \a fields in \a o; the first that is not text fails with its place. */
bool readTexts(const QJsonObject& o, const QList<std::pair<const char*, QString*>>& fields, QString& why);
/**
 * The one object of --json FILE|-, its keys among \a keys; nothing (after failing with \a code set) when --json is
 * missing, the file holds more or less than one object, or a key is unknown. \a done ends the refusal ("saved").
 */
std::optional<QJsonObject> oneObject(CliContext& ctx, const CliArguments& a, const QString& usage, const QString& what,
                                     const QStringList& keys, const QString& done, int& code);
/** Evidence files as JSON (id, name, size); only those of \a round when it is 0 or more. */
QJsonArray filesJson(const QList<risks::EvidenceFiles::File>& files, int round = -1);
/** Runs the subcommand of \a table that the first argument names, with the options of these commands. */
int dispatchMoral(CliContext& ctx, const QStringList& args, const char* command,
                  std::initializer_list<Subcommand<const CliArguments&>> table);
/** The options of these commands, parsed; nothing after failing with the reason. */
std::optional<CliArguments> parseMoral(CliContext& ctx, const QStringList& args);

/** ID --json FILE|-: the record \a Store finds, changed by the keys given (\a read), and stored whole again. */
template <typename Store, typename Read>
int updateOne(CliContext& ctx, const CliArguments& a, const QString& usage, const QString& what, const QStringList& keys,
              Read read, const QString& done)
{
    const auto id = positionalId(ctx, a, usage);
    if (!id)
        return Usage;
    int code = Failed;
    const auto object = oneObject(ctx, a, usage, what, keys, MoralCliText::tr("changed"), code);
    if (!object)
        return code;
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    Store store(*db);
    auto record = store.find(*id);
    if (!record)
        return ctx.fail(store.errorString());
    QString why;
    if (!read(*object, *record, why))
        return ctx.fail(MoralCliText::tr("%1: %2; nothing was changed").arg(a.value(QStringLiteral("json")), why));
    if (!store.update(*record))
        return ctx.fail(store.errorString());
    ctx.out << done.arg(*id) << Qt::endl;
    return Ok;
}

} // namespace sujarit::cli
