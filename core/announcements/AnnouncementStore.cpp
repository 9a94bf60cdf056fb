// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnouncementStore.h"

#include "AnnouncementTemplates.h"
#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "office/OfficeProfile.h"
#include "risks/RiskStore.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sujarit::announcements {

namespace {
struct AnnouncementText
{
    Q_DECLARE_TR_FUNCTIONS(AnnouncementText)
};

const QString Columns = QStringLiteral("id, fiscal_year, kind, version, title, body, signed_on, signed_by, signer_title,"
                                       " replaces_id, reason, created_at, created_by");

Announcement from(const QSqlQuery& q)
{
    Announcement a;
    a.id = q.value(0).toLongLong();
    a.fiscalYear = q.value(1).toInt();
    a.kind = q.value(2).toString();
    a.version = q.value(3).toInt();
    a.title = q.value(4).toString();
    a.body = q.value(5).toString();
    if (!q.value(6).isNull())
        a.signedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    a.signedBy = q.value(7).toString();
    a.signerTitle = q.value(8).toString();
    a.replaces = q.value(9).toLongLong();
    a.reason = q.value(10).toString();
    a.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    a.createdBy = q.value(12).toString();
    return a;
}

/** The body as kept: lines trimmed, runs of blank lines made one. */
QString tidy(const QString& body)
{
    QStringList out;
    for (const QString& line : body.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.isEmpty() && (out.isEmpty() || out.constLast().isEmpty()))
            continue;
        out << t;
    }
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}
} // namespace

AnnouncementStore::AnnouncementStore(storage::Database& db)
    : m_db(db)
{
}

bool AnnouncementStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool AnnouncementStore::allowed(access::Permission permission)
{
    return m_db.require(permission) || fail(m_db.errorString());
}

std::optional<QList<Announcement>> AnnouncementStore::list(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT %1 FROM announcements WHERE fiscal_year = ? ORDER BY kind, version").arg(Columns),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<Announcement> out;
    while (q.next())
        out << from(q);
    // In the order kinds() lists them.
    std::stable_sort(out.begin(), out.end(), [](const Announcement& a, const Announcement& b) {
        const auto index = [](const QString& kind) {
            for (qsizetype i = 0; i < kinds().size(); ++i)
                if (kinds()[i].code == kind)
                    return i;
            return kinds().size();
        };
        return index(a.kind) < index(b.kind);
    });
    return out;
}

std::optional<Announcement> AnnouncementStore::find(qint64 id)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT %1 FROM announcements WHERE id = ?").arg(Columns), {id})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(AnnouncementText::tr("there is no announcement %1").arg(id));
        return std::nullopt;
    }
    return from(q);
}

std::optional<Announcement> AnnouncementStore::latest(qint64 id)
{
    auto a = find(id);
    if (!a)
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT id, version FROM announcements WHERE fiscal_year = ? AND kind = ?"
                                     " ORDER BY version DESC"),
                   {a->fiscalYear, a->kind})
        || !q.next()) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (q.value(0).toLongLong() != id) {
        fail(AnnouncementText::tr("announcement %1 is version %2; version %3 (announcement %4) replaced it: work on that one")
                 .arg(id)
                 .arg(a->version)
                 .arg(q.value(1).toInt())
                 .arg(q.value(0).toLongLong()));
        return std::nullopt;
    }
    return a;
}

std::optional<Announcement> AnnouncementStore::create(int fiscalYear, const QString& kind)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    if (fiscalYear < 2500 || fiscalYear > 2700) {
        fail(AnnouncementText::tr("%1 is not a fiscal year in the Buddhist era (e.g. 2570)").arg(fiscalYear));
        return std::nullopt;
    }
    if (!text::findCode(kinds(), kind)) {
        fail(AnnouncementText::tr("kind: “%1” is not one of %2").arg(kind, text::codesOf(kinds())));
        return std::nullopt;
    }
    const auto draft = templateOf(fiscalYear, kind);
    if (!draft)
        return std::nullopt;
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive()) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM announcements WHERE fiscal_year = ? AND kind = ?"), {fiscalYear, kind})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (q.next()) {
        fail(AnnouncementText::tr("fiscal year %1 already has its %2 (announcement %3): revise it instead")
                 .arg(fiscalYear)
                 .arg(text::labelIn(kinds(), kind).value_or(kind))
                 .arg(q.value(0).toLongLong()));
        return std::nullopt;
    }
    const auto id = m_db.insert(
        QStringLiteral("INSERT INTO announcements (fiscal_year, kind, version, title, body, created_at, created_by)"
                       " VALUES (?, ?, 1, ?, ?, ?, ?)"),
        {fiscalYear, kind, draft->first, draft->second, calendar::now().toString(Qt::ISODate), m_db.session().user});
    if (!id || !tx.commit()) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    return find(*id);
}

std::optional<std::pair<QString, QString>> AnnouncementStore::templateOf(int fiscalYear, const QString& kind)
{
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    if (office.name.isEmpty()) {
        fail(AnnouncementText::tr("the office profile lacks its name (name): an announcement is the office's; set it "
                                  "first"));
        return std::nullopt;
    }
    risks::RiskStore riskStore(m_db);
    std::optional<risks::RiskRegister> reg;
    if (kind == u"coi_measures") {
        reg = riskStore.load(fiscalYear);
        if (!reg) {
            fail(AnnouncementText::tr("the conflict-of-interest measures are taken from the year's risk register, and "
                                      "fiscal year %1 has none yet (make it first)")
                     .arg(fiscalYear));
            return std::nullopt;
        }
    }
    const Draft draft = draftOf(kind, fiscalYear, office, reg ? &*reg : nullptr, riskStore.bands());
    return std::pair{draft.title, draft.body};
}

std::optional<Announcement> AnnouncementStore::redraft(qint64 id, const QString& reason)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    const auto a = latest(id);
    if (!a)
        return std::nullopt;
    const auto draft = templateOf(a->fiscalYear, a->kind);
    if (!draft)
        return std::nullopt;
    return revise(id, draft->first, draft->second, reason);
}

std::optional<Announcement> AnnouncementStore::revise(qint64 id, const QString& title, const QString& body,
                                                      const QString& reason)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    const auto a = latest(id);
    if (!a)
        return std::nullopt;
    const QString newTitle = title.simplified(), newBody = tidy(body);
    if (newTitle.isEmpty()) {
        fail(AnnouncementText::tr("title: an announcement needs its title (เรื่อง)"));
        return std::nullopt;
    }
    if (newBody.isEmpty()) {
        fail(AnnouncementText::tr("body: an announcement needs its text"));
        return std::nullopt;
    }
    if (newTitle == a->title && newBody == a->body) {
        fail(AnnouncementText::tr("announcement %1 already says this; nothing changed").arg(id));
        return std::nullopt;
    }
    if (!a->isSigned()) {
        if (!m_db.exec(QStringLiteral("UPDATE announcements SET title = ?, body = ? WHERE id = ? AND signed_on IS NULL"),
                       {newTitle, newBody, id})) {
            fail(m_db.errorString());
            return std::nullopt;
        }
        return find(id);
    }
    if (reason.simplified().isEmpty()) {
        fail(AnnouncementText::tr("announcement %1 was signed on %2 by %3: a change is a new version, and it says why "
                                  "(a reason)")
                 .arg(id)
                 .arg(calendar::formatThaiDate(*a->signedOn), a->signedBy));
        return std::nullopt;
    }
    const auto added = m_db.insert(
        QStringLiteral("INSERT INTO announcements (fiscal_year, kind, version, title, body, replaces_id, reason,"
                       " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a->fiscalYear, a->kind, a->version + 1, newTitle, newBody, id, reason.simplified(),
         calendar::now().toString(Qt::ISODate), m_db.session().user});
    if (!added) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    return find(*added);
}

std::optional<Announcement> AnnouncementStore::sign(qint64 id, const QString& by, QDate day)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    const auto a = latest(id);
    if (!a)
        return std::nullopt;
    if (a->isSigned()) {
        fail(AnnouncementText::tr("announcement %1 was signed already, on %2 by %3; to change it, revise it (a new "
                                  "version)")
                 .arg(id)
                 .arg(calendar::formatThaiDate(*a->signedOn), a->signedBy));
        return std::nullopt;
    }
    const QString name = by.simplified();
    QString why;
    const auto title = signerTitle(m_db, name, day, &why);
    if (!title) {
        fail(why);
        return std::nullopt;
    }
    if (!m_db.exec(QStringLiteral("UPDATE announcements SET signed_on = ?, signed_by = ?, signer_title = ?"
                                  " WHERE id = ? AND signed_on IS NULL"),
                   {day.toString(Qt::ISODate), name, *title, id})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    return find(id);
}

std::optional<QString> signerTitle(storage::Database& db, const QString& by, QDate day, QString* error)
{
    const QString name = by.simplified();
    const office::OfficeProfile office = office::OfficeProfile::load(db);
    std::optional<QString> title;
    if (!name.isEmpty() && name == office.executiveName.simplified())
        title = office.executiveTitle;
    else if (const auto member = staff::StaffList(db).find(name); member && member->kind == u"executive")
        title = member->position;
    if (!title) {
        if (error)
            *error = AnnouncementText::tr("by: “%1” is not the office's executive (%2 in the office profile) nor an "
                                          "executive on the staff list; the office's announcements and orders are "
                                          "signed by the executive")
                         .arg(name, office.executiveName.isEmpty() ? AnnouncementText::tr("none") : office.executiveName);
        return std::nullopt;
    }
    if (!day.isValid() || day > calendar::now().date()) {
        if (error)
            *error = AnnouncementText::tr("date: %1 is after today; record a signing once it is done")
                         .arg(calendar::formatThaiDate(day));
        return std::nullopt;
    }
    return title;
}

} // namespace sujarit::announcements
