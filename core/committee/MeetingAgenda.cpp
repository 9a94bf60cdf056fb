// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingAgenda.h"

#include "CommitteeStore.h"
#include "MeetingMinutes.h"
#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "documents/ComplaintReports.h"
#include "documents/FlowWriter.h"
#include "office/OfficeProfile.h"
#include "plan/PlanStore.h"
#include "plan/PlanTemplates.h"
#include "risks/RiskStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

namespace sujarit::committee {

namespace {
struct AgendaText
{
    Q_DECLARE_TR_FUNCTIONS(AgendaText)
};

/** The rounds of the plan and the risk register due after \a from and up to \a to, as agenda items under ๔. */
QList<AgendaItem> roundsDue(storage::Database& db, int fiscalYear, QDate from, QDate to)
{
    QList<AgendaItem> out;
    plan::PlanStore plans(db);
    if (plans.years().contains(fiscalYear))
        if (const auto p = plans.load(fiscalYear))
            for (int round : plan::rounds())
                if (const QDate due = p->round(round).due; due.isValid() && due > from && due <= to)
                    out << AgendaItem{4,
                                      QStringLiteral("รายงานผลการดำเนินงานตามแผนปฏิบัติการ รอบ %1 เดือน (กำหนด %2)")
                                          .arg(round)
                                          .arg(calendar::formatThaiDate(due)),
                                      {}, true};
    risks::RiskStore registers(db);
    if (registers.years().contains(fiscalYear))
        if (const auto r = registers.load(fiscalYear))
            for (int round : risks::rounds())
                if (const QDate due = r->round(round).due; due.isValid() && due > from && due <= to)
                    out << AgendaItem{4,
                                      QStringLiteral("รายงานผลการติดตามมาตรการจัดการความเสี่ยงการทุจริต รอบ %1 เดือน (กำหนด %2)")
                                          .arg(round)
                                          .arg(calendar::formatThaiDate(due)),
                                      {}, true};
    return out;
}

QString monthName(QDate first) { return calendar::formatThaiDate(first).section(u' ', 1); }
} // namespace

const QStringList& agendaSections()
{
    static const QStringList list = {
        QStringLiteral("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"), QStringLiteral("เรื่องรับรองรายงานการประชุมครั้งที่แล้ว"),
        QStringLiteral("เรื่องสืบเนื่อง"),                    QStringLiteral("เรื่องเพื่อทราบ"),
        QStringLiteral("เรื่องเพื่อพิจารณา"),                 QStringLiteral("เรื่องอื่น ๆ"),
    };
    return list;
}

AgendaBook::AgendaBook(storage::Database& db) : m_db(db) {}

bool AgendaBook::fail(const QString& message)
{
    m_error = message;
    return false;
}

std::optional<Agenda> AgendaBook::agenda(qint64 meetingId)
{
    MeetingStore meetings(m_db);
    const auto m = meetings.find(meetingId);
    if (!m) {
        fail(meetings.errorString());
        return std::nullopt;
    }
    const auto all = meetings.list(m->fiscalYear);
    const auto c = CommitteeStore(m_db).load(m->fiscalYear);
    if (!all || !c) {
        fail(meetings.errorString());
        return std::nullopt;
    }
    Agenda a;
    a.meeting = *m;
    a.committeeName = c->name;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT place, starts, agenda_sent_on FROM committee_meetings WHERE id = ?"), {meetingId})
        || !q.next()) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    a.place = q.value(0).toString();
    a.starts = q.value(1).toString();
    if (!q.value(2).isNull())
        a.sentOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);

    // What Sujarit knows: the minutes of the last meeting held before this one, and what fell due since the meeting
    // before it.
    const Meeting* previous = nullptr;
    QDate since = calendar::fiscalYearStart(m->fiscalYear).addDays(-1);
    for (const Meeting& other : *all) {
        if (other.number == 0 || other.date >= m->date)
            continue;
        since = other.date;
        if (other.status == u"held" || other.status == u"minutes_approved")
            previous = &other;
    }
    if (previous)
        a.items << AgendaItem{2,
                              QStringLiteral("รับรองรายงานการประชุมครั้งที่ %1 เมื่อวันที่ %2")
                                  .arg(previous->numberText(), calendar::formatThaiDate(previous->date)),
                              {}, true};
    // Under ๓ every follow-up action of the meetings before this one that is not done yet.
    MinutesBook minutes(m_db);
    const auto open = minutes.openActions(m->fiscalYear, m->date);
    if (!open) {
        fail(minutes.errorString());
        return std::nullopt;
    }
    for (const Action& action : *open)
        a.items << AgendaItem{3,
                              QStringLiteral("ติดตาม: %1 (ผู้รับผิดชอบ %2 กำหนด %3 จากการประชุมครั้งที่ %4)")
                                  .arg(action.title, action.owner, calendar::formatThaiDate(action.due), action.meetingNumber),
                              {}, true};
    const QDate month = QDate(m->date.year(), m->date.month(), 1).addMonths(-1);
    a.monthlyReport = month;
    a.items << AgendaItem{4,
                          QStringLiteral("รายงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำเดือน%1 (เอกสารแนบ)")
                              .arg(monthName(month)),
                          {}, true};
    a.items << roundsDue(m_db, m->fiscalYear, since, m->date);

    if (!m_db.exec(q, QStringLiteral("SELECT section, title, details FROM committee_agenda_items WHERE meeting_id = ?"
                                     " ORDER BY section, position, id"),
                   {meetingId})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    while (q.next())
        a.items << AgendaItem{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), false};
    std::stable_sort(a.items.begin(), a.items.end(), [](const AgendaItem& x, const AgendaItem& y) { return x.section < y.section; });
    return a;
}

bool AgendaBook::setAgenda(qint64 meetingId, const QString& place, const QString& starts, const QList<AgendaItem>& items,
                           QDate sentOn, const QStringList& places)
{
    if (!m_db.require(access::Permission::ManageIntegrity))
        return fail(m_db.errorString());
    MeetingStore meetings(m_db);
    const auto m = meetings.find(meetingId);
    if (!m)
        return fail(meetings.errorString());
    if (m->status != u"planned" && m->status != u"agenda_sent")
        return fail(AgendaText::tr("meeting %1 is %2: its agenda is written before it is held")
                        .arg(m->numberText().isEmpty() ? QString::number(meetingId) : m->numberText())
                        .arg(text::labelIn(meetingStatuses(), m->status).value_or(m->status)));
    if (!sentOn.isValid() || sentOn > calendar::now().date())
        return fail(AgendaText::tr("sent: %1 is after today; record the agenda once it has gone to the members")
                        .arg(calendar::formatThaiDate(sentOn)));
    if (sentOn > m->date)
        return fail(AgendaText::tr("sent: %1 is after the meeting (%2)")
                        .arg(calendar::formatThaiDate(sentOn), calendar::formatThaiDate(m->date)));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = places.value(i, AgendaText::tr("item %1").arg(i + 1));
        if (items[i].section < 1 || items[i].section > 6)
            return fail(AgendaText::tr("%1: section: %2 is not 1 to 6; nothing was written").arg(where).arg(items[i].section));
        if (items[i].title.simplified().isEmpty())
            return fail(AgendaText::tr("%1: title: missing; nothing was written").arg(where));
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    if (!m_db.exec(QStringLiteral("DELETE FROM committee_agenda_items WHERE meeting_id = ?"), {meetingId})
        || !m_db.exec(QStringLiteral("UPDATE committee_meetings SET place = ?, starts = ?, agenda_sent_on = ?,"
                                     " status = 'agenda_sent' WHERE id = ?"),
                      {place.simplified(), starts.simplified(), sentOn.toString(Qt::ISODate), meetingId}))
        return fail(m_db.errorString());
    for (qsizetype i = 0; i < items.size(); ++i)
        if (!m_db.exec(QStringLiteral("INSERT INTO committee_agenda_items (meeting_id, section, position, title, details,"
                                      " created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                       {meetingId, items[i].section, int(i) + 1, items[i].title.simplified(), items[i].details.trimmed(),
                        calendar::now().toString(Qt::ISODate)}))
            return fail(m_db.errorString());
    return tx.commit() || fail(m_db.errorString());
}

documents::DocumentPainter agendaPaper(const Agenda& a, const office::OfficeProfile& office, storage::Database& db,
                                       QDate today)
{
    return [a, office, &db, today](documents::PageWriter& page, QString* error) {
        if (office.name.isEmpty()) {
            if (error)
                *error = AgendaText::tr("the office profile lacks its name (name); set it with “sujarit-cli office set”");
            return false;
        }
        page.digits = office.documentDigits();
        using documents::FlowWriter;
        FlowWriter flow(page);
        const qreal mid = page.left + page.contentWidth() / 2;
        page.y = page.top;
        const QStringList header = {
            QStringLiteral("ระเบียบวาระการประชุม%1").arg(a.committeeName), office.name,
            QStringLiteral("ครั้งที่ %1").arg(a.meeting.numberText()),
            QStringLiteral("วัน%1ที่ %2%3")
                .arg(QLocale(QLocale::Thai).dayName(a.meeting.date.dayOfWeek()).remove(QStringLiteral("วัน")),
                     calendar::formatThaiDate(a.meeting.date),
                     a.starts.isEmpty() ? QString() : QStringLiteral(" เวลา %1 น.").arg(a.starts)),
        };
        for (qsizetype i = 0; i < header.size(); ++i) {
            page.text(mid, page.y, header[i], FlowWriter::Body, i < 3, documents::Align::Center);
            page.y += FlowWriter::Line;
        }
        if (!a.place.isEmpty()) {
            page.text(mid, page.y, QStringLiteral("ณ %1").arg(a.place), FlowWriter::Body, false, documents::Align::Center);
            page.y += FlowWriter::Line;
        }
        page.line(mid - 30, page.y - 2, mid + 30, page.y - 2, 0.3);
        page.y += FlowWriter::Line;
        for (int section = 1; section <= 6; ++section) {
            flow.heading(QStringLiteral("ระเบียบวาระที่ %1 %2").arg(section).arg(agendaSections()[section - 1]));
            int n = 0;
            for (const AgendaItem& item : a.items) {
                if (item.section != section)
                    continue;
                flow.item(QStringLiteral("%1.%2 %3").arg(section).arg(++n).arg(item.title));
                if (!item.details.isEmpty())
                    for (const QString& p : item.details.split(u'\n', Qt::SkipEmptyParts))
                        flow.paragraph(p, FlowWriter::Indent + 10, FlowWriter::Indent + 10);
            }
            if (n == 0)
                flow.paragraph(QStringLiteral("- ไม่มี -"), FlowWriter::Indent + 10, FlowWriter::Indent + 10);
        }
        // The report the agenda carries under ๔, on pages of its own.
        page.newPage();
        return documents::paintMonthlyReport(page, db, office, a.monthlyReport, today, error);
    };
}

} // namespace sujarit::committee
