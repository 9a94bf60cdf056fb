// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>
#include <initializer_list>

namespace sujarit::cli {

/** One subcommand of a command ("plan new", "holidays confirm"): its name and what runs it. */
template <typename... Args> struct Subcommand {
    const char* name;
    int (*run)(CliContext&, Args...);
};

struct SubcommandText {
    Q_DECLARE_TR_FUNCTIONS(SubcommandText)
};

/** Runs the subcommand of \a table named \a verb; any other gets a usage error that lists the table's names. */
template <typename... Args>
int runSubcommand(CliContext& ctx, const QString& command, const QString& verb,
                  std::initializer_list<Subcommand<Args...>> table, Args... args)
{
    QStringList names;
    for (const Subcommand<Args...>& s : table) {
        if (verb == QLatin1String(s.name))
            return s.run(ctx, args...);
        names << QString::fromLatin1(s.name);
    }
    return ctx.fail(SubcommandText::tr("%1 needs one of: %2").arg(command, names.join(QStringLiteral(", "))), Usage);
}

} // namespace sujarit::cli
