// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::storage {
class Database;
}
namespace sujarit::complaints {

struct Complaint;

/** Why an officer should not work a case. */
struct RecusalFlag
{
    QString officer;
    QString reason; ///< in Thai, naming the declaration or the tie
};

/**
 * The recusal check run before a complaint is assigned to officers or a committee is appointed: an
 * officer is flagged when he or she is the accused; has declared a tie to the accused (a declaration naming the
 * accused or the accused's company with any relation but "none", unless the supervisor's review found no
 * conflict); or works in the accused's division when the case is about that division's procurement. Names are
 * compared with spaces collapsed and titles (นาย, นาง, นางสาว) ignored. Every officer must be on the staff list;
 * nullopt (with \a error set) otherwise.
 */
std::optional<QList<RecusalFlag>> recusalFlags(storage::Database& db, const Complaint& complaint,
                                               const QStringList& officers, QString* error = nullptr);

/** A person's name without a leading title and with spaces collapsed, for comparing names. */
QString comparableName(const QString& name);

} // namespace sujarit::complaints
