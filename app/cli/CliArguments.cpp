// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliArguments.h"

#include "calendar/ThaiDate.h"
#include "storage/Audit.h"
#include "text/ThaiDigits.h"

#include <QCoreApplication>

namespace sujarit::cli {

namespace {
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
} // namespace

std::optional<CliArguments> CliArguments::parse(const QStringList& args, const QSet<QString>& valued,
                                                const QSet<QString>& flags, QString* error)
{
    CliArguments out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            if (a != QLatin1String("--"))
                out.m_positional << a;
            else
                out.m_positional << args.mid(i + 1), i = args.size();
            continue;
        }
        QString name = a.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name)) {
            if (inlineValue) {
                *error = CliText::tr("--%1 takes no value").arg(name);
                return std::nullopt;
            }
            out.m_flags.insert(name);
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    *error = CliText::tr("--%1 needs a value").arg(name);
                    return std::nullopt;
                }
                inlineValue = args[++i];
            }
            out.m_values.insert(name, *inlineValue);
        } else {
            QStringList known;
            for (const QString& k : valued)
                known << QStringLiteral("--") + k;
            for (const QString& k : flags)
                known << QStringLiteral("--") + k;
            known.sort();
            *error = known.isEmpty() ? CliText::tr("unknown option --%1; this command takes no options").arg(name)
                                     : CliText::tr("unknown option --%1; this command knows %2")
                                           .arg(name, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    return out;
}

bool CliArguments::readRevealReason(QString& into, QString* error) const
{
    into = QString();
    if (!has(QStringLiteral("reveal")))
        return true;
    into = value(QStringLiteral("reveal")).trimmed();
    if (!into.isEmpty())
        return true;
    into = QString();
    if (error)
        *error = storage::reasonNeededText();
    return false;
}

bool CliArguments::readBuddhistYear(const QString& name, std::optional<int>& into, QString* error) const
{
    if (!has(name))
        return true;
    bool ok = false;
    const int year = text::toArabicDigits(value(name)).toInt(&ok);
    if (!ok || year < 2400 || year > 2700) {
        *error = CliText::tr("--%1 takes a Buddhist-era year such as 2568, not “%2”").arg(name, value(name));
        return false;
    }
    into = year;
    return true;
}

bool CliArguments::readDate(const QString& name, std::optional<QDate>& into, QString* error) const
{
    if (!has(name))
        return true;
    QString why;
    const auto date = calendar::parseThaiDate(value(name), &why);
    if (!date) {
        *error = QStringLiteral("--%1: %2").arg(name, why);
        return false;
    }
    into = *date;
    return true;
}

} // namespace sujarit::cli
