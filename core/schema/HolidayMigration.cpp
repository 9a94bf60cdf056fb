// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolidayMigration.h"

#include "storage/Database.h"
#include "calendar/HolidayRules.h"
#include "calendar/HolidaySeed.h"
#include "complaints/ComplaintRepository.h"

#include <QHash>
#include <QSet>

namespace sujarit::schema {

using storage::Database;
using storage::Engine;

namespace {
struct Row {
    QString name, kind;
};
} // namespace

bool completeHolidayTable(Database& db)
{
    if (!db.exec(QStringLiteral("ALTER TABLE holidays ADD COLUMN computed INTEGER NOT NULL DEFAULT 0"
                                " CHECK (computed IN (0, 1))")))
        return false;
    // On a server the audit triggers are part of the schema: thousands of rules' days are no one's edit, and the
    // deadlines they move are derived. (A file's triggers are installed after the upgrade.)
    if (db.engine() == Engine::PostgreSQL
        && !(db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS audit_context (actor TEXT NOT NULL,"
                                    " reason TEXT NOT NULL, quiet INTEGER NOT NULL DEFAULT 0)"))
             && db.exec(QStringLiteral("DELETE FROM audit_context"))
             && db.exec(QStringLiteral("INSERT INTO audit_context VALUES ('upgrade', '', 1)"))))
        return false;

    QHash<QDate, Row> present;
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT date, name, kind FROM holidays")))
        return false;
    while (q.next())
        present.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate),
                       {q.value(1).toString(), q.value(2).toString()});
    QHash<QDate, Row> seeded;
    for (const calendar::Holiday& h : calendar::shippedHolidays())
        seeded.insert(h.date, {h.name, calendar::holidayKindCode(h.kind)});

    QList<calendar::Holiday> insert;
    QStringList nowComputed;
    for (const calendar::Holiday& h : calendar::ruleHolidays(calendar::firstRuleYear(), calendar::lastRuleYear())) {
        const auto seed = seeded.constFind(h.date);
        const auto have = present.constFind(h.date);
        if (have == present.cend()) {
            if (seed == seeded.cend()) // a shipped day that is missing was removed by the office
                insert.append(h);
        } else if (h.computed && seed != seeded.cend() && seed->name == have->name && seed->kind == have->kind) {
            nowComputed << h.date.toString(Qt::ISODate); // shipped as a fact, but it was Sujarit's reckoning
        }
    }
    for (const QString& date : std::as_const(nowComputed))
        if (!db.exec(QStringLiteral("UPDATE holidays SET computed = 1 WHERE date = ?"), {date}))
            return false;
    // Many rows to a statement: a server answers each statement over the network.
    constexpr qsizetype Chunk = 200;
    for (qsizetype from = 0; from < insert.size(); from += Chunk) {
        const qsizetype n = std::min(Chunk, insert.size() - from);
        QStringList tuples;
        QVariantList values;
        for (qsizetype i = from; i < from + n; ++i) {
            const calendar::Holiday& h = insert[i];
            tuples << QStringLiteral("(?, ?, ?, ?)");
            values << h.date.toString(Qt::ISODate) << h.name << calendar::holidayKindCode(h.kind)
                   << (h.computed ? 1 : 0);
        }
        if (!db.exec(QStringLiteral("INSERT INTO holidays (date, name, kind, computed) VALUES ")
                         + tuples.join(u','),
                     values))
            return false;
    }
    complaints::ComplaintRepository repo(db);
    if (!repo.recomputeDeadlines())
        return false;
    return db.engine() != Engine::PostgreSQL || db.exec(QStringLiteral("UPDATE audit_context SET quiet = 0"));
}

} // namespace sujarit::schema
