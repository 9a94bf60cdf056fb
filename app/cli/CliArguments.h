// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::cli {

/**
 * The words and options of one command line, read against the options a command knows. "--name value" and
 * "--name=value" both work; a flag takes no value. Anything unknown or missing is an error in plain words.
 */
class CliArguments
{
public:
    /** \a valued are options that take a value, \a flags those that do not. */
    static std::optional<CliArguments> parse(const QStringList& args, const QSet<QString>& valued,
                                             const QSet<QString>& flags, QString* error);

    const QStringList& positional() const { return m_positional; }
    bool has(const QString& name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }

    /** Reads --NAME as a Buddhist-era year (2568) into \a into when given; false, with a reason, when it is not one. */
    bool readBuddhistYear(const QString& name, std::optional<int>& into, QString* error) const;
    /** Reads --NAME as a Thai date (15/1/2568, 2025-01-15, …) into \a into when given; false, with a reason, if not. */
    bool readDate(const QString& name, std::optional<QDate>& into, QString* error) const;
    /**
     * Reads --reveal REASON, trimmed, into \a into (a null string when not given: complainants stay masked); false,
     * saying a reason is needed, when it was given blank.
     */
    bool readRevealReason(QString& into, QString* error) const;

private:
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace sujarit::cli
