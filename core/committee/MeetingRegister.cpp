// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingRegister.h"

#include "CommitteeStore.h"
#include "MeetingAgenda.h"
#include "MeetingMinutes.h"
#include "calendar/ThaiDate.h"
#include "office/OfficeProfile.h"

#include <QHash>

namespace sujarit::committee {

std::optional<documents::ListDocument> meetingRegister(storage::Database& db, int fiscalYear,
                                                       const office::OfficeProfile& office, QString* error)
{
    CommitteeStore committees(db);
    const auto c = committees.load(fiscalYear);
    MeetingStore store(db);
    const auto meetings = c ? store.list(fiscalYear) : std::nullopt;
    if (!meetings) {
        if (error)
            *error = c ? store.errorString() : committees.errorString();
        return std::nullopt;
    }
    documents::ListDocument doc;
    doc.title = QStringLiteral("ทะเบียนการประชุม%1 ปีงบประมาณ พ.ศ. %2").arg(c->name).arg(fiscalYear);
    doc.subtitles << office.fullName();
    doc.columns = {{QStringLiteral("ครั้งที่"), 24, documents::Align::Center},
                   {QStringLiteral("วันที่"), 34, documents::Align::Center},
                   {QStringLiteral("สถานะ"), 44},
                   {QStringLiteral("ส่งระเบียบวาระ"), 34, documents::Align::Center},
                   {QStringLiteral("ผู้มาประชุม"), 26, documents::Align::Center},
                   {QStringLiteral("หมายเหตุ"), 0}};
    doc.numericColumns = {};
    AgendaBook agendas(db);
    MinutesBook book(db);
    QHash<QString, int> came;
    int held = 0;
    for (const Meeting& m : *meetings) {
        QString attendance = QStringLiteral("-");
        if (m.status == u"held" || m.status == u"minutes_approved") {
            if (const auto minutes = book.minutes(m.id)) {
                ++held;
                for (const QString& name : minutes->attendees)
                    ++came[name.simplified()];
                attendance = QStringLiteral("%1/%2").arg(minutes->attendees.size()).arg(minutes->attendees.size() + minutes->absent.size());
            }
        }
        const auto agenda = agendas.agenda(m.id);
        doc.rows << QStringList{m.number > 0 ? m.numberText() : QStringLiteral("-"),
                                calendar::formatThaiDate(m.date, calendar::DateStyle::AbbreviatedShortYear),
                                text::labelIn(meetingStatuses(), m.status).value_or(m.status),
                                agenda && agenda->sentOn
                                    ? calendar::formatThaiDate(*agenda->sentOn, calendar::DateStyle::AbbreviatedShortYear)
                                    : QStringLiteral("-"),
                                attendance, m.reason.isEmpty() ? m.note : m.reason};
    }
    doc.emptyText = QStringLiteral("ยังไม่ได้กำหนดการประชุม");
    QStringList members;
    for (const Member& member : c->members)
        members << QStringLiteral("%1 (%2) มาประชุม %3 จาก %4 ครั้ง")
                       .arg(member.name, text::labelIn(roles(), member.role).value_or(member.role))
                       .arg(came.value(member.name.simplified()))
                       .arg(held);
    doc.closing << QStringLiteral("การเข้าประชุมของกรรมการ: ") + (members.isEmpty() ? QStringLiteral("-") : members.join(QStringLiteral("; ")));
    doc.signatures = {QStringLiteral("เลขานุการ"), QStringLiteral("ประธานกรรมการ")};
    doc.orientation = QPageLayout::Landscape;
    doc.sheetName = QStringLiteral("meetings");
    return doc;
}

} // namespace sujarit::committee
