// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingMinutes.h"

#include "CommitteeStore.h"
#include "MeetingAgenda.h"
#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "documents/FlowWriter.h"
#include "office/OfficeProfile.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSet>

namespace sujarit::committee {

namespace {
struct MinutesText
{
    Q_DECLARE_TR_FUNCTIONS(MinutesText)
};

QJsonObject toJson(const Minutes& m)
{
    QJsonArray absent, items;
    for (const Absence& a : m.absent)
        absent.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("reason"), a.reason}});
    for (const MinutesItem& i : m.items)
        items.append(QJsonObject{{QStringLiteral("section"), i.section},
                                 {QStringLiteral("title"), i.title},
                                 {QStringLiteral("discussion"), i.discussion},
                                 {QStringLiteral("resolution"), i.resolution}});
    return {{QStringLiteral("place"), m.place},           {QStringLiteral("start"), m.starts},
            {QStringLiteral("end"), m.ends},               {QStringLiteral("attendees"), QJsonArray::fromStringList(m.attendees)},
            {QStringLiteral("absent"), absent},            {QStringLiteral("others"), QJsonArray::fromStringList(m.others)},
            {QStringLiteral("items"), items},              {QStringLiteral("taker"), m.taker},
            {QStringLiteral("checker"), m.checker}};
}

} // namespace

void minutesFromJson(const QJsonObject& o, Minutes& m)
{
    m.place = o.value(QStringLiteral("place")).toString();
    m.starts = o.value(QStringLiteral("start")).toString();
    m.ends = o.value(QStringLiteral("end")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("attendees")).toArray())
        m.attendees << v.toString();
    for (const QJsonValue& v : o.value(QStringLiteral("absent")).toArray())
        m.absent << Absence{v[QStringLiteral("name")].toString(), v[QStringLiteral("reason")].toString()};
    for (const QJsonValue& v : o.value(QStringLiteral("others")).toArray())
        m.others << v.toString();
    for (const QJsonValue& v : o.value(QStringLiteral("items")).toArray())
        m.items << MinutesItem{v[QStringLiteral("section")].toInt(), v[QStringLiteral("title")].toString(),
                               v[QStringLiteral("discussion")].toString(), v[QStringLiteral("resolution")].toString()};
    m.taker = o.value(QStringLiteral("taker")).toString();
    m.checker = o.value(QStringLiteral("checker")).toString();
}

MinutesBook::MinutesBook(storage::Database& db) : m_db(db) {}

bool MinutesBook::fail(const QString& message)
{
    m_error = message;
    return false;
}

std::optional<Minutes> MinutesBook::minutes(qint64 meetingId)
{
    MeetingStore meetings(m_db);
    const auto meeting = meetings.find(meetingId);
    if (!meeting) {
        fail(meetings.errorString());
        return std::nullopt;
    }
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT version, body, reason, approved_at FROM committee_minutes WHERE meeting_id = ?"
                                     " ORDER BY version DESC"),
                   {meetingId})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(MinutesText::tr("meeting %1 has no minutes yet").arg(meeting->numberText()));
        return std::nullopt;
    }
    Minutes m;
    m.meeting = *meeting;
    m.version = q.value(0).toInt();
    minutesFromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), m);
    m.reason = q.value(2).toString();
    if (!q.value(3).isNull()) {
        m.approvedAt = q.value(3).toLongLong();
        if (const auto at = meetings.find(*m.approvedAt))
            m.approvedAtNumber = at->numberText();
    }
    if (!m_db.exec(q, QStringLiteral("SELECT id, title, owner, due, done_on FROM committee_actions WHERE meeting_id = ?"
                                     " ORDER BY id"),
                   {meetingId})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    while (q.next())
        m.actions << Action{q.value(0).toLongLong(), meetingId, q.value(1).toString(), q.value(2).toString(),
                            QDate::fromString(q.value(3).toString(), Qt::ISODate),
                            q.value(4).isNull() ? std::nullopt
                                                : std::optional<QDate>(QDate::fromString(q.value(4).toString(), Qt::ISODate)),
                            meeting->numberText()};
    return m;
}

bool MinutesBook::write(Minutes m, const QString& reason)
{
    if (!m_db.require(access::Permission::ManageIntegrity))
        return fail(m_db.errorString());
    MeetingStore meetings(m_db);
    const auto meeting = meetings.find(m.meeting.id);
    if (!meeting)
        return fail(meetings.errorString());
    if (meeting->status == u"cancelled")
        return fail(MinutesText::tr("meeting %1 was cancelled (%2): it has no minutes").arg(m.meeting.id).arg(meeting->reason));
    if (meeting->date > calendar::now().date())
        return fail(MinutesText::tr("meeting %1 is on %2, still to come: write its minutes once it is held")
                        .arg(meeting->numberText(), calendar::formatThaiDate(meeting->date)));
    const auto c = CommitteeStore(m_db).load(meeting->fiscalYear);
    if (!c)
        return fail(CommitteeStore(m_db).errorString());
    // Every member present or absent with a reason, once; no stranger among them.
    QSet<QString> seen;
    const auto check = [&](const QString& name, const QString& field) -> QString {
        const QString n = name.simplified();
        if (!c->member(n))
            return MinutesText::tr("%1: %2 is not on the committee of %3").arg(field, name).arg(meeting->fiscalYear);
        if (seen.contains(n))
            return MinutesText::tr("%1: %2 is listed twice").arg(field, name);
        seen.insert(n);
        return {};
    };
    for (const QString& a : m.attendees)
        if (const QString why = check(a, QStringLiteral("attendees")); !why.isEmpty())
            return fail(why + MinutesText::tr("; nothing was written"));
    for (const Absence& a : m.absent) {
        if (const QString why = check(a.name, QStringLiteral("absent")); !why.isEmpty())
            return fail(why + MinutesText::tr("; nothing was written"));
        if (a.reason.simplified().isEmpty())
            return fail(MinutesText::tr("absent: say why %1 did not come; nothing was written").arg(a.name));
    }
    QStringList unlisted;
    for (const Member& member : c->members)
        if (!seen.contains(member.name.simplified()))
            unlisted << member.name;
    if (!unlisted.isEmpty())
        return fail(MinutesText::tr("attendees: %1 is neither present nor absent; nothing was written")
                        .arg(unlisted.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < m.items.size(); ++i) {
        const MinutesItem& item = m.items[i];
        if (item.section < 1 || item.section > 6)
            return fail(MinutesText::tr("item %1: section: %2 is not 1 to 6; nothing was written").arg(i + 1).arg(item.section));
        if (item.title.simplified().isEmpty())
            return fail(MinutesText::tr("item %1: title: missing; nothing was written").arg(i + 1));
        if (item.resolution.simplified().isEmpty())
            return fail(MinutesText::tr("item %1: resolution: what did the meeting resolve (มติที่ประชุม)? nothing was written")
                            .arg(i + 1));
    }
    for (qsizetype i = 0; i < m.actions.size(); ++i) {
        const Action& a = m.actions[i];
        if (a.title.simplified().isEmpty())
            return fail(MinutesText::tr("action %1: title: missing; nothing was written").arg(i + 1));
        if (a.owner.simplified().isEmpty())
            return fail(MinutesText::tr("action %1: owner: who does it? nothing was written").arg(i + 1));
        if (!a.due.isValid())
            return fail(MinutesText::tr("action %1: due: missing or impossible; nothing was written").arg(i + 1));
    }
    if (m.taker.simplified().isEmpty())
        return fail(MinutesText::tr("taker: who took the minutes (ผู้จดรายงานการประชุม)? nothing was written"));

    const auto latest = minutes(m.meeting.id);
    const bool locked = latest && latest->approvedAt;
    if (locked && reason.simplified().isEmpty())
        return fail(MinutesText::tr("the minutes of meeting %1 were approved at meeting %2 and are locked; a correction is a "
                                    "new version: say why (--reason)")
                        .arg(meeting->numberText(), latest->approvedAtNumber));
    const int version = !latest ? 1 : locked ? latest->version + 1 : latest->version;
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    const QString body = QString::fromUtf8(QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact));
    const QString now = calendar::now().toString(Qt::ISODate);
    if (latest && !locked) {
        if (!m_db.exec(QStringLiteral("UPDATE committee_minutes SET body = ?, written_at = ?, written_by = ? WHERE meeting_id = ?"
                                      " AND version = ?"),
                       {body, now, m_db.session().user, m.meeting.id, version}))
            return fail(m_db.errorString());
    } else if (!m_db.exec(QStringLiteral("INSERT INTO committee_minutes (meeting_id, version, body, reason, written_at,"
                                         " written_by) VALUES (?, ?, ?, ?, ?, ?)"),
                          {m.meeting.id, version, body, reason.simplified(), now, m_db.session().user})) {
        return fail(m_db.errorString());
    }
    // The actions follow the latest version; those already done stay done.
    if (!m_db.exec(QStringLiteral("DELETE FROM committee_actions WHERE meeting_id = ? AND done_on IS NULL"), {m.meeting.id}))
        return fail(m_db.errorString());
    for (const Action& a : m.actions)
        if (!m_db.exec(QStringLiteral("INSERT INTO committee_actions (meeting_id, title, owner, due, created_at)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {m.meeting.id, a.title.simplified(), a.owner.simplified(), a.due.toString(Qt::ISODate), now}))
            return fail(m_db.errorString());
    if (!locked && !m_db.exec(QStringLiteral("UPDATE committee_meetings SET status = 'held' WHERE id = ?"), {m.meeting.id}))
        return fail(m_db.errorString());
    return tx.commit() || fail(m_db.errorString());
}

bool MinutesBook::approve(qint64 meetingId, qint64 at)
{
    if (!m_db.require(access::Permission::ManageIntegrity))
        return fail(m_db.errorString());
    const auto m = minutes(meetingId);
    if (!m)
        return false;
    if (m->approvedAt)
        return fail(MinutesText::tr("the minutes of meeting %1 were approved already, at meeting %2")
                        .arg(m->meeting.numberText(), m->approvedAtNumber));
    MeetingStore meetings(m_db);
    const auto later = meetings.find(at);
    if (!later)
        return fail(meetings.errorString());
    if (later->status == u"cancelled")
        return fail(MinutesText::tr("meeting %1 was cancelled: minutes are approved at a meeting held").arg(at));
    if (later->fiscalYear != m->meeting.fiscalYear && later->fiscalYear != m->meeting.fiscalYear + 1)
        return fail(MinutesText::tr("meeting %1 is of another year").arg(later->numberText()));
    if (later->date <= m->meeting.date)
        return fail(MinutesText::tr("--at: meeting %1 (%2) is not after meeting %3 (%4): minutes are approved at a later "
                                    "meeting")
                        .arg(later->numberText(), calendar::formatThaiDate(later->date), m->meeting.numberText(),
                             calendar::formatThaiDate(m->meeting.date)));
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive()
        || !m_db.exec(QStringLiteral("UPDATE committee_minutes SET approved_at = ? WHERE meeting_id = ? AND version = ?"),
                      {at, meetingId, m->version})
        || !m_db.exec(QStringLiteral("UPDATE committee_meetings SET status = 'minutes_approved' WHERE id = ?"), {meetingId}))
        return fail(m_db.errorString());
    return tx.commit() || fail(m_db.errorString());
}

std::optional<QList<Action>> MinutesBook::openActions(int fiscalYear, QDate before)
{
    if (!m_db.require(access::Permission::ViewIntegrity)) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT a.id, a.meeting_id, a.title, a.owner, a.due, m.meets_on FROM committee_actions a"
                                     " JOIN committee_meetings m ON m.id = a.meeting_id"
                                     " WHERE m.fiscal_year = ? AND a.done_on IS NULL ORDER BY a.due, a.id"),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<Action> out;
    while (q.next()) {
        const QDate on = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        if (before.isValid() && on >= before)
            continue;
        out << Action{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                      QDate::fromString(q.value(4).toString(), Qt::ISODate), std::nullopt, {}};
    }
    MeetingStore meetings(m_db);
    for (Action& a : out)
        if (const auto m = meetings.find(a.meetingId))
            a.meetingNumber = m->numberText();
    return out;
}

bool MinutesBook::markDone(qint64 actionId, QDate day)
{
    if (!m_db.require(access::Permission::ManageIntegrity))
        return fail(m_db.errorString());
    if (!day.isValid() || day > calendar::now().date())
        return fail(MinutesText::tr("date: %1 is after today").arg(calendar::formatThaiDate(day)));
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT done_on FROM committee_actions WHERE id = ?"), {actionId}))
        return fail(m_db.errorString());
    if (!q.next())
        return fail(MinutesText::tr("there is no action %1").arg(actionId));
    if (!q.value(0).isNull())
        return fail(MinutesText::tr("action %1 was done already, on %2").arg(actionId).arg(q.value(0).toString()));
    return m_db.exec(QStringLiteral("UPDATE committee_actions SET done_on = ? WHERE id = ?"), {day.toString(Qt::ISODate), actionId})
        || fail(m_db.errorString());
}

documents::DocumentPainter minutesPaper(const Minutes& m, const QString& committeeName, const office::OfficeProfile& office)
{
    return [m, committeeName, office](documents::PageWriter& page, QString* error) {
        if (office.name.isEmpty()) {
            if (error)
                *error = MinutesText::tr("the office profile lacks its name (name); set it with “sujarit-cli office set”");
            return false;
        }
        using documents::FlowWriter;
        page.digits = office.documentDigits();
        FlowWriter flow(page);
        const qreal mid = page.left + page.contentWidth() / 2;
        if (m.version > 1)
            page.text(page.contentRight(), 12, QStringLiteral("ฉบับแก้ไขครั้งที่ %1").arg(m.version - 1), 12, false,
                      documents::Align::Right);
        page.y = page.top;
        QStringList header = {QStringLiteral("รายงานการประชุม%1").arg(committeeName), office.name,
                              QStringLiteral("ครั้งที่ %1").arg(m.meeting.numberText()),
                              QStringLiteral("เมื่อวันที่ %1").arg(calendar::formatThaiDate(m.meeting.date))};
        if (!m.place.isEmpty())
            header << QStringLiteral("ณ %1").arg(m.place);
        for (qsizetype i = 0; i < header.size(); ++i) {
            page.text(mid, page.y, header[i], FlowWriter::Body, i < 3, documents::Align::Center);
            page.y += FlowWriter::Line;
        }
        page.line(mid - 30, page.y - 2, mid + 30, page.y - 2, 0.3);
        page.y += FlowWriter::Line * 0.6;
        const auto people = [&](const QString& title, const QStringList& names) {
            flow.heading(title);
            if (names.isEmpty())
                flow.paragraph(QStringLiteral("- ไม่มี -"), FlowWriter::Indent);
            for (qsizetype i = 0; i < names.size(); ++i)
                flow.item(QStringLiteral("%1. %2").arg(i + 1).arg(names[i]));
        };
        people(QStringLiteral("ผู้มาประชุม"), m.attendees);
        QStringList absent;
        for (const Absence& a : m.absent)
            absent << QStringLiteral("%1 (%2)").arg(a.name, a.reason);
        people(QStringLiteral("ผู้ไม่มาประชุม"), absent);
        if (!m.others.isEmpty())
            people(QStringLiteral("ผู้เข้าร่วมประชุม"), m.others);
        if (!m.starts.isEmpty())
            flow.paragraph(QStringLiteral("เริ่มประชุมเวลา %1 น.").arg(m.starts), 0);
        for (int section = 1; section <= 6; ++section) {
            flow.heading(QStringLiteral("ระเบียบวาระที่ %1 %2").arg(section).arg(agendaSections()[section - 1]));
            int n = 0;
            for (const MinutesItem& item : m.items) {
                if (item.section != section)
                    continue;
                flow.item(QStringLiteral("%1.%2 %3").arg(section).arg(++n).arg(item.title));
                if (!item.discussion.isEmpty())
                    flow.paragraph(item.discussion, FlowWriter::Indent + 10, FlowWriter::Indent + 10);
                flow.paragraph(QStringLiteral("มติที่ประชุม %1").arg(item.resolution), FlowWriter::Indent + 10,
                               FlowWriter::Indent + 10, false);
            }
            if (n == 0)
                flow.paragraph(QStringLiteral("- ไม่มี -"), FlowWriter::Indent + 10, FlowWriter::Indent + 10);
        }
        if (!m.actions.isEmpty()) {
            flow.room(FlowWriter::Line * 7); // the heading stays with its table
            flow.heading(QStringLiteral("สิ่งที่ต้องติดตาม"));
            QList<QStringList> rows;
            for (qsizetype i = 0; i < m.actions.size(); ++i)
                rows << QStringList{QString::number(i + 1), m.actions[i].title, m.actions[i].owner,
                                    calendar::formatThaiDate(m.actions[i].due, calendar::DateStyle::AbbreviatedShortYear)};
            flow.table({{QStringLiteral("ที่"), 12, documents::Align::Center}, {QStringLiteral("เรื่อง"), 80},
                        {QStringLiteral("ผู้รับผิดชอบ"), 40}, {QStringLiteral("กำหนด"), page.contentWidth() - 132, documents::Align::Center}},
                       rows);
        }
        if (!m.ends.isEmpty())
            flow.paragraph(QStringLiteral("เลิกประชุมเวลา %1 น.").arg(m.ends), 0);
        flow.room(FlowWriter::Line * 6);
        page.y += FlowWriter::Line;
        page.text(page.left + 100, page.y, QStringLiteral("ผู้จดรายงานการประชุม"), FlowWriter::Body, false, documents::Align::Center);
        page.y += FlowWriter::Line;
        page.text(page.left + 100, page.y, QStringLiteral("(%1)").arg(m.taker), FlowWriter::Body, false, documents::Align::Center);
        page.y += FlowWriter::Line * 1.6;
        if (!m.checker.isEmpty()) {
            page.text(page.left + 100, page.y, QStringLiteral("ผู้ตรวจรายงานการประชุม"), FlowWriter::Body, false,
                      documents::Align::Center);
            page.y += FlowWriter::Line;
            page.text(page.left + 100, page.y, QStringLiteral("(%1)").arg(m.checker), FlowWriter::Body, false,
                      documents::Align::Center);
            page.y += FlowWriter::Line * 1.6;
        }
        if (m.approvedAt)
            flow.paragraph(QStringLiteral("ที่ประชุมรับรองรายงานการประชุมนี้ในการประชุมครั้งที่ %1").arg(m.approvedAtNumber), 0);
        return true;
    };
}

} // namespace sujarit::committee
