// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterCopy.h"

#include "Audit.h"
#include "Database.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <algorithm>
#include <functional>

namespace sujarit::storage {

namespace {
struct CopyText
{
    Q_DECLARE_TR_FUNCTIONS(CopyText)
};

bool failWith(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

/** Columns the database computes itself: never written, compared through the columns they come from. */
bool isDerived(const QString& table, const QString& column)
{
    return table == QLatin1String("complaints") && column == QLatin1String("received_day");
}

QStringList columnsOf(const QSqlDatabase& connection, const QString& table)
{
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table)))
        return {};
    QStringList out;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        if (!isDerived(table, record.fieldName(i)))
            out << record.fieldName(i);
    return out;
}

QStringList columnsOf(Database& db, const QString& table)
{
    return columnsOf(db.connection(), table);
}

/** A value as both databases give it back: text, a number's digits, a file's bytes, or a mark for NULL. */
QByteArray canonical(const QVariant& v)
{
    if (v.isNull())
        return QByteArrayLiteral("\x01null");
    if (v.typeId() == QMetaType::QByteArray)
        return v.toByteArray();
    if (v.typeId() == QMetaType::Double)
        return QByteArray::number(v.toDouble(), 'g', 17);
    return v.toString().toUtf8();
}

/**
 * True, with the reason in \a db, when the thread doing the copy has been asked to stop (the app closing while its
 * daily backup is under way): the copy is then given up and rolled back rather than finished.
 */
bool stopRequested(Database& db)
{
    if (!QThread::currentThread()->isInterruptionRequested())
        return false;
    db.fail(CopyText::tr("the copy was stopped before it was finished (Sujarit was closing); nothing of it was kept"));
    return true;
}

/**
 * A digest of every row of \a table, whatever order the database returns them in (each row's hash, sorted, hashed
 * again): equal on both sides only when both hold the same rows with the same values. \a stop is asked every 1,000
 * rows whether to give up.
 */
std::optional<QByteArray> digestOf(const QSqlDatabase& connection, const QString& table, const QStringList& columns,
                                   qint64* rows, QString* error, const std::function<bool()>& stop)
{
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table))) {
        failWith(error, QStringLiteral("%1: %2").arg(table, q.lastError().text()));
        return std::nullopt;
    }
    QList<QByteArray> hashes;
    while (q.next()) {
        if (hashes.size() % 1000 == 0 && stop && stop())
            return std::nullopt;
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < columns.size(); ++i) {
            row.addData(canonical(q.value(i)));
            row.addData(QByteArrayView("\x1f", 1));
        }
        hashes << row.result();
    }
    std::sort(hashes.begin(), hashes.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray& h : std::as_const(hashes))
        all.addData(h);
    *rows = hashes.size();
    return all.result();
}

std::optional<QByteArray> digestOf(Database& db, const QString& table, const QStringList& columns, qint64* rows)
{
    QString why;
    const auto digest = digestOf(db.connection(), table, columns, rows, &why, [&db] { return stopRequested(db); });
    if (!digest && !why.isEmpty())
        db.fail(why);
    return digest;
}

/**
 * Writes \a rows (already read) into \a table of \a to, many rows a statement: a server parses them at once, where
 * each row would be a round trip.
 */
bool insertRows(Database& to, const QString& table, const QStringList& columns, const QList<QVariantList>& rows)
{
    if (rows.isEmpty())
        return true;
    const QString one = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    QStringList tuples(rows.size(), one);
    QSqlQuery q = to.query();
    if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                       .arg(table, columns.join(QStringLiteral(", ")), tuples.join(u','))))
        return to.failSql(table, q);
    for (const QVariantList& row : rows)
        for (const QVariant& v : row)
            q.addBindValue(v.isNull() ? QVariant() : v);
    return q.exec() || to.failSql(table, q);
}

bool copyTable(Database& from, Database& to, const QString& table, const QStringList& columns)
{
    QSqlQuery q = from.query();
    q.setForwardOnly(true);
    if (!from.exec(q, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
        return to.fail(from.errorString());
    // Into a file (a server register's backup), one statement prepared once and run for each row: SQLite runs it in
    // microseconds, where parsing a statement of thousands of values costs it more than the whole copy (minutes for
    // 100,000 complaints). Onto a server, many rows a statement, well under both databases' limit of bound values.
    const bool toFile = to.engine() == Engine::SQLite;
    QSqlQuery single = to.query();
    if (toFile
        && !single.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QStringLiteral(", ")),
                                    QStringList(columns.size(), QStringLiteral("?")).join(u','))))
        return to.failSql(table, single);
    const qsizetype perStatement = std::max<qsizetype>(1, 8000 / columns.size());
    QList<QVariantList> rows;
    for (qint64 n = 0; q.next(); ++n) {
        if (n % 1000 == 0 && stopRequested(to))
            return false;
        if (toFile) {
            for (int i = 0; i < columns.size(); ++i)
                single.bindValue(i, q.isNull(i) ? QVariant() : q.value(i));
            if (!single.exec())
                return to.failSql(table, single);
            continue;
        }
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            row << q.value(i);
        rows << row;
        if (rows.size() == perStatement) {
            if (!insertRows(to, table, columns, rows))
                return false;
            rows.clear();
        }
    }
    if (q.lastError().isValid())
        return to.fail(from.errorString());
    return insertRows(to, table, columns, rows);
}

bool emptyRegister(Database& to, QString* error)
{
    QSqlQuery q = to.query();
    if (!to.exec(q,
                 QStringLiteral("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM complaints)"
                                " + (SELECT count(*) FROM audit)"))
        || !q.next())
        return failWith(error, to.errorString());
    if (q.value(0).toLongLong() > 0)
        return failWith(error,
                        CopyText::tr("%1 already holds a register (users, complaints or an audit trail); a "
                                     "copy goes only into an empty one. Nothing was changed")
                            .arg(to.path()));
    return true;
}
} // namespace

const QStringList& registerTables() { return installedSchema().tables; }

std::optional<CopyReport> copyRegister(Database& from, Database& to, QString* error)
{
    if (!from.require(access::Permission::Backup)) {
        failWith(error, from.errorString());
        return std::nullopt;
    }
    if (from.schemaVersion() != to.schemaVersion()) {
        failWith(error,
                 CopyText::tr("the two registers have different schemas (%1 and %2); open both with this "
                              "version of Sujarit first")
                     .arg(from.schemaVersion())
                     .arg(to.schemaVersion()));
        return std::nullopt;
    }
    if (!emptyRegister(to, error))
        return std::nullopt;

    // One snapshot of the source for the whole copy and its check: saves by others go on, and are not half in it.
    const bool server = from.engine() == Engine::PostgreSQL;
    if (!from.exec(server ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                          : QStringLiteral("BEGIN"))) {
        failWith(error, from.errorString());
        return std::nullopt;
    }
    const auto endRead = qScopeGuard([&] { from.exec(QStringLiteral("ROLLBACK")); });

    QHash<QString, QStringList> columns;
    for (const QString& table : registerTables()) {
        const QStringList mine = columnsOf(from, table), theirs = columnsOf(to, table);
        QStringList a = mine, b = theirs;
        a.sort();
        b.sort();
        if (mine.isEmpty() || a != b) {
            failWith(error,
                     CopyText::tr("the table %1 differs between the two registers (%2)")
                         .arg(table, from.errorString().isEmpty() ? to.errorString() : from.errorString()));
            return std::nullopt;
        }
        columns.insert(table, mine);
    }
    CopyReport report;
    {
        Database::Transaction tx(to);
        if (!tx.isActive() || !setAuditQuiet(to, true)) {
            failWith(error, to.errorString());
            return std::nullopt;
        }
        // A new register comes with the shipped holidays, deadline rules, risk types and settings, and an identity
        // key of its own: the copy brings the register's.
        to.forgetIdentity();
        for (const QString& seeded : { QStringLiteral("settings"), QStringLiteral("holidays"),
                                       QStringLiteral("deadline_rules"), QStringLiteral("risk_types"),
                                       QStringLiteral("identity_key") })
            if (!to.exec(QStringLiteral("DELETE FROM %1").arg(seeded))) {
                failWith(error, to.errorString());
                return std::nullopt;
            }
        for (const QString& table : registerTables())
            if (!copyTable(from, to, table, columns.value(table))) {
                failWith(error, CopyText::tr("copying %1 failed: %2").arg(table, to.errorString()));
                return std::nullopt;
            }
        if (to.engine() == Engine::SQLite
            && !to.exec(QStringLiteral("INSERT INTO complaint_search(complaint_search) VALUES ('rebuild')"))) {
            failWith(error, to.errorString());
            return std::nullopt;
        }
        // The proof, before the copy is committed (a copy that fails it is rolled back): every table the same on
        // both sides, and the trail intact on both, ending at the same entry.
        for (const QString& table : registerTables()) {
            CopiedTable t { table, 0, 0, false };
            const auto mine = digestOf(from, table, columns.value(table), &t.source);
            const auto theirs = digestOf(to, table, columns.value(table), &t.copy);
            if (!mine || !theirs) {
                failWith(error, from.errorString().isEmpty() ? to.errorString() : from.errorString());
                return std::nullopt;
            }
            t.sameContents = *mine == *theirs && t.source == t.copy;
            report.tables << t;
            if (!t.sameContents) {
                failWith(error,
                         CopyText::tr("the copy of %1 is not the same as the original (%2 rows there, %3 in the "
                                      "copy)")
                             .arg(table)
                             .arg(t.source)
                             .arg(t.copy));
                return std::nullopt;
            }
        }
        const AuditVerification source = verifyAudit(from.connection()), copy = verifyAudit(to.connection());
        if (!source.ok || !copy.ok || source.entries != copy.entries) {
            failWith(error,
                     CopyText::tr("the audit trail does not check out: original: %1; copy: %2")
                         .arg(source.message, copy.message));
            return std::nullopt;
        }
        const auto lastHash = [](Database& db) {
            QSqlQuery q = db.query();
            return db.exec(q, QStringLiteral("SELECT hash FROM audit ORDER BY id DESC LIMIT 1")) && q.next()
                ? q.value(0).toString()
                : QString();
        };
        report.auditEntries = source.entries;
        report.lastAuditHash = lastHash(from);
        if (report.lastAuditHash != lastHash(to)) {
            failWith(error, CopyText::tr("the copy's audit trail does not end where the original's does"));
            return std::nullopt;
        }
        if (!setAuditQuiet(to, false) || !tx.commit()) {
            failWith(error, CopyText::tr("the copy could not be saved: %1").arg(to.errorString()));
            return std::nullopt;
        }
    }

    return report;
}

std::optional<QString> registerDigest(const QSqlDatabase& connection, QString* error,
                                      const std::function<bool()>& stop)
{
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QString& table : registerTables()) {
        const QStringList columns = columnsOf(connection, table);
        if (columns.isEmpty()) {
            failWith(error, CopyText::tr("the register has no table %1").arg(table));
            return std::nullopt;
        }
        qint64 rows = 0;
        const auto digest = digestOf(connection, table, columns, &rows, error, stop);
        if (!digest)
            return std::nullopt;
        all.addData(table.toUtf8());
        all.addData(QByteArrayView("\x1e", 1));
        all.addData(QByteArray::number(rows));
        all.addData(*digest);
    }
    return QString::fromLatin1(all.result().toHex());
}

} // namespace sujarit::storage
