// SPDX-License-Identifier: GPL-3.0-or-later
// The register's lists: filters, Thai search (FTS5 trigram, or a scan for short words), order, pages and counts —
// with the complainant masked, and found by name only by a reader who holds the identity key.
#include "ComplaintAccess.h"
#include "ComplaintRepository.h"
#include "RepositorySql.h"
#include "SealedIdentity.h"

#include "access/IdentityKey.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace sujarit::complaints {

namespace {

const QString SummaryColumns = QStringLiteral(
    "SELECT c.id, c.receipt_year, c.receipt_running, c.received_at, c.channel, c.category, c.anonymous,"
    " c.subject, c.accused_name, c.accused_unit, c.status, c.next_deadline, c.next_clock,"
    " c.not_accepted_reason, c.assigned_unit, c.entered_by FROM complaints c");

/**
 * Builds the WHERE clause of a filter, with its values in order. With \a nameKey (the name index's key, for a reader
 * who holds the identity key), a search term also finds the cases whose complainant bears it as a name or word.
 */
QString whereClause(const ComplaintFilter& f, QDate today, const QByteArray& nameKey, storage::Engine engine,
                    QVariantList& values)
{
    QStringList parts;
    if (f.fiscalYear) {
        parts << QStringLiteral("c.fiscal_year = ?");
        values << *f.fiscalYear;
    }
    if (f.from) {
        parts << QStringLiteral("c.received_at >= ?");
        values << f.from->toString(Qt::ISODate);
    }
    if (f.to) {
        parts << QStringLiteral("c.received_at < ?");
        values << f.to->addDays(1).toString(Qt::ISODate);
    }
    for (const auto& [column, value] :
         { std::pair { QStringLiteral("c.status"), f.status }, std::pair { QStringLiteral("c.channel"), f.channel },
           std::pair { QStringLiteral("c.category"), f.category },
           std::pair { QStringLiteral("c.assigned_unit"), f.assignedUnit } }) {
        if (!value.isEmpty()) {
            parts << column + QStringLiteral(" = ?");
            values << value;
        }
    }
    if (f.dueFrom) {
        parts << QStringLiteral("c.next_deadline >= ?");
        values << f.dueFrom->toString(Qt::ISODate);
    }
    if (f.dueTo) {
        parts << QStringLiteral("c.next_deadline <= ?");
        values << f.dueTo->toString(Qt::ISODate);
    }
    if (f.overdueOnly) {
        parts << QStringLiteral("c.next_deadline IS NOT NULL AND c.next_deadline < ?");
        values << today.toString(Qt::ISODate);
    }
    const QString byName = QStringLiteral("c.id IN (SELECT n.complaint_id FROM complainant_names n WHERE n.token = ?)");
    QStringList ftsTerms;
    for (const QString& term : f.search.simplified().split(u' ', Qt::SkipEmptyParts)) {
        const QString token = searchToken(nameKey, term);
        // SQLite: the FTS5 trigram table; a server: ILIKE, which its pg_trgm indexes answer for any term.
        if (term.size() >= 3 && engine == storage::Engine::SQLite) {
            QString quoted = term;
            quoted.replace(u'"', QStringLiteral("\"\""));
            quoted = u'"' + quoted + u'"';
            if (token.isEmpty()) {
                ftsTerms << quoted;
            } else {
                parts << QStringLiteral("(c.id IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH ?)"
                                        " OR %1)").arg(byName);
                values << quoted << token;
            }
            continue;
        }
        // The trigram table cannot hold terms shorter than three characters: scan for them instead. On a server
        // every term takes this way, where pg_trgm indexes answer ILIKE.
        QString like = term;
        like.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        like = u'%' + like + u'%';
        using storage::dialect::contains;
        const QString name = token.isEmpty() ? QString() : QStringLiteral(" OR ") + byName;
        if (engine == storage::Engine::PostgreSQL) {
            // One index search per column (pg_trgm), their ids united: an OR across the columns would scan.
            parts << QStringLiteral("(c.id IN (SELECT s.id FROM complaints s WHERE %1 UNION SELECT s.id FROM "
                                    "complaints s WHERE %2 UNION SELECT t.complaint_id FROM complaint_texts t "
                                    "WHERE %3)%4)")
                         .arg(contains(engine, QStringLiteral("s.subject")),
                              contains(engine, QStringLiteral("s.accused_name")),
                              contains(engine, QStringLiteral("t.details")), name);
        } else {
            parts << QStringLiteral("(%1 OR %2 OR EXISTS (SELECT 1 FROM complaint_texts t "
                                    "WHERE t.complaint_id = c.id AND %3)%4)")
                         .arg(contains(engine, QStringLiteral("c.subject")),
                              contains(engine, QStringLiteral("c.accused_name")),
                              contains(engine, QStringLiteral("t.details")), name);
        }
        values << like << like << like;
        if (!token.isEmpty())
            values << token;
    }
    if (!ftsTerms.isEmpty()) {
        parts << QStringLiteral("c.id IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH ?)");
        values << ftsTerms.join(QStringLiteral(" AND "));
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

/** ORDER BY for a filter; ties fall back to the receipt time, so pages never shuffle. */
QString orderBy(const ComplaintFilter& f)
{
    const QString dir = f.descending ? QStringLiteral(" DESC") : QString();
    QString key;
    switch (f.sort) {
    case SortKey::Received:
        if (f.overdueOnly && !f.descending)
            return QStringLiteral(" ORDER BY c.next_deadline, c.received_at, c.id");
        return QStringLiteral(" ORDER BY c.received_at%1, c.id%1").arg(dir);
    case SortKey::Receipt:
        return QStringLiteral(" ORDER BY c.receipt_year%1, c.receipt_running%1").arg(dir);
    case SortKey::Channel:
        key = QStringLiteral("c.channel");
        break;
    case SortKey::Category:
        key = QStringLiteral("c.category");
        break;
    case SortKey::Complainant:
        // The names are sealed: the database cannot order them, and an order would tell them. Named before anonymous.
        key = QStringLiteral("c.anonymous");
        break;
    case SortKey::Subject:
        key = QStringLiteral("c.subject");
        break;
    case SortKey::Accused:
        key = QStringLiteral("c.accused_name");
        break;
    case SortKey::Status:
        key = QStringLiteral("c.status");
        break;
    case SortKey::Deadline:
        key = QStringLiteral("c.next_deadline IS NULL, c.next_deadline");
        break;
    }
    return QStringLiteral(" ORDER BY %1%2, c.received_at, c.id").arg(key, dir);
}

} // namespace

std::optional<QList<ComplaintSummary>> ComplaintRepository::list(const ComplaintFilter& filter)
{
    if (!m_db.require(access::Permission::ViewRegister))
        return std::nullopt;
    QVariantList values;
    QString sql
        = SummaryColumns + whereClause(filter, today(), nameSearchKey(filter), m_db.engine(), values) + orderBy(filter);
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << filter.offset;
    }
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!m_db.exec(q, sql, values))
        return std::nullopt;
    QList<ComplaintSummary> out = readSummaries(q);
    if (!disclose(out))
        return std::nullopt;
    return out;
}

std::optional<QList<qint64>> ComplaintRepository::listIds(const ComplaintFilter& filter)
{
    if (!m_db.require(access::Permission::ViewRegister))
        return std::nullopt;
    QVariantList values;
    const QString sql = QStringLiteral("SELECT c.id FROM complaints c")
        + whereClause(filter, today(), nameSearchKey(filter), m_db.engine(), values) + orderBy(filter);
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!m_db.exec(q, sql, values))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

std::optional<QList<ComplaintSummary>> ComplaintRepository::summaries(const QList<qint64>& ids)
{
    if (!m_db.require(access::Permission::ViewRegister))
        return std::nullopt;
    if (ids.isEmpty())
        return QList<ComplaintSummary>();
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!m_db.exec(q, SummaryColumns + QStringLiteral(" WHERE c.id IN (%1)").arg(marks.join(u',')), values))
        return std::nullopt;
    QHash<qint64, ComplaintSummary> byId;
    for (ComplaintSummary& s : readSummaries(q))
        byId.insert(s.id, std::move(s));
    QList<ComplaintSummary> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        if (auto it = byId.find(id); it != byId.end())
            out << *it;
    if (!disclose(out))
        return std::nullopt;
    return out;
}

QByteArray ComplaintRepository::nameSearchKey(const ComplaintFilter& filter)
{
    const access::IdentityKeys* keys = m_db.identityKeys();
    if (filter.search.trimmed().isEmpty() || !keys || !access::maySeeIdentity(m_db.session()))
        return {};
    if (!indexPendingNames(m_db)) // the cases saved since by sessions without the key
        return {};
    return access::nameSearchKey(*keys);
}

QList<ComplaintSummary> ComplaintRepository::readSummaries(QSqlQuery& q)
{
    QList<ComplaintSummary> out;
    while (q.next()) {
        ComplaintSummary s;
        s.id = q.value(0).toLongLong();
        s.receipt = { q.value(2).toInt(), q.value(1).toInt() };
        const QString received = q.value(3).toString();
        s.receivedDate = dateFromIso(received);
        s.receivedTime = timeFromIso(received);
        s.channel = q.value(4).toString();
        s.category = q.value(5).toString();
        s.anonymous = q.value(6).toInt() != 0;
        s.subject = q.value(7).toString();
        s.accusedName = q.value(8).toString();
        s.accusedUnit = q.value(9).toString();
        s.status = q.value(10).toString();
        if (const QVariant due = q.value(11); !due.isNull())
            s.nextDeadline = dateFromIso(due.toString());
        s.nextClock = q.value(12).toString();
        s.notAcceptedReason = q.value(13).toString();
        s.assignedUnit = q.value(14).toString();
        s.enteredBy = q.value(15).toString();
        out.append(std::move(s));
    }
    return out;
}

std::optional<int> ComplaintRepository::count(const ComplaintFilter& filter)
{
    if (!m_db.require(access::Permission::ViewRegister))
        return std::nullopt;
    QVariantList values;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT count(*) FROM complaints c")
                       + whereClause(filter, today(), nameSearchKey(filter), m_db.engine(), values),
                   values)
        || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

QList<int> ComplaintRepository::fiscalYears()
{
    QList<int> years;
    if (!access::allows(m_db.session(), access::Permission::ViewRegister)
        && !m_db.require(access::Permission::Statistics))
        return years;
    QSqlQuery q = m_db.query();
    if (m_db.exec(q, QStringLiteral("SELECT DISTINCT fiscal_year FROM complaints ORDER BY fiscal_year DESC")))
        while (q.next())
            years << q.value(0).toInt();
    return years;
}

std::optional<QHash<QString, int>> ComplaintRepository::countByStatus(int fiscalYear)
{
    if (!access::allows(m_db.session(), access::Permission::ViewRegister)
        && !m_db.require(access::Permission::Statistics))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT status, count(*) FROM complaints WHERE fiscal_year = ? GROUP BY status"),
                   { fiscalYear }))
        return std::nullopt;
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

} // namespace sujarit::complaints
