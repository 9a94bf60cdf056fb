// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeldEvidence.h"

#include "BestPractice.h"
#include "GoodDeeds.h"
#include "MoralTerms.h"
#include "SelectionStore.h"
#include "Virtues.h"
#include "announcements/AnnouncementStore.h"
#include "announcements/NoGiftCulture.h"
#include "calendar/ThaiDate.h"
#include "committee/CommitteeStore.h"
#include "committee/Meetings.h"
#include "plan/PlanStore.h"
#include "plan/PlanTemplates.h"
#include "storage/Database.h"

#include <QSet>
#include <algorithm>

namespace sujarit::moral {

namespace {
QString day(QDate d) { return calendar::formatThaiDate(d, calendar::DateStyle::Abbreviated); }

void announcementLines(QStringList& out, const QList<announcements::Announcement>& list)
{
    const announcements::Announcement* latest = nullptr;
    for (const announcements::Announcement& a : list)
        if (a.kind == QLatin1String("moral_intent") && (!latest || a.version > latest->version))
            latest = &a;
    if (!latest)
        return;
    out << (latest->isSigned() ? QStringLiteral("ประกาศ เรื่อง %1 ลงนามโดย %2 เมื่อ %3")
                                     .arg(latest->title, latest->signedBy, day(*latest->signedOn))
                               : QStringLiteral("ประกาศ เรื่อง %1 (ร่าง ยังไม่ได้ลงนาม)").arg(latest->title));
}

void planLines(QList<QStringList>& out, const plan::Plan& p)
{
    const qsizetype tagged = std::count_if(p.activities.begin(), p.activities.end(),
                                           [](const plan::Activity& a) { return !a.virtues.isEmpty(); });
    out[2] << QStringLiteral("แผนปฏิบัติการ %1: %2 กิจกรรม (ระบุคุณธรรมเป้าหมาย %3 กิจกรรม)")
                  .arg(p.title)
                  .arg(p.activities.size())
                  .arg(tagged);
    for (int round : plan::rounds()) {
        const plan::RoundInfo info = p.round(round);
        if (!info.locked())
            continue;
        const qsizetype done = std::count_if(p.activities.begin(), p.activities.end(), [&](const plan::Activity& a) {
            return p.progressAt(a.id, round).status == QLatin1String("done");
        });
        out[3] << QStringLiteral("รายงานผลรอบ %1 เดือน: ดำเนินการแล้วเสร็จ %2 จาก %3 กิจกรรม")
                      .arg(round)
                      .arg(done)
                      .arg(p.activities.size());
        out[4] << QStringLiteral("ติดตามและรายงานผลรอบ %1 เดือน ปิดรอบเมื่อ %2").arg(round).arg(day(info.lockedAt->date()));
    }
}

void committeeLines(QList<QStringList>& out, storage::Database& db, int fiscalYear)
{
    committee::CommitteeStore committees(db);
    if (!committees.exists(fiscalYear))
        return;
    const auto c = committees.load(fiscalYear);
    if (c)
        out[2] << (c->orderSignedOn ? QStringLiteral("คำสั่งแต่งตั้ง%1 ที่ %2 ลงวันที่ %3: กรรมการ %4 คน")
                                          .arg(c->name, c->orderNumber, day(*c->orderSignedOn))
                                          .arg(c->members.size())
                                    : QStringLiteral("%1: กรรมการ %2 คน (คำสั่งแต่งตั้งยังไม่ได้ลงนาม)")
                                          .arg(c->name)
                                          .arg(c->members.size()));
    committee::MeetingStore meetings(db);
    if (const auto list = meetings.list(fiscalYear); list && !list->isEmpty()) {
        const qsizetype held = std::count_if(list->begin(), list->end(), [](const committee::Meeting& m) {
            return m.status == QLatin1String("held") || m.status == QLatin1String("minutes_approved");
        });
        const qsizetype planned = std::count_if(list->begin(), list->end(), [](const committee::Meeting& m) {
            return m.status != QLatin1String("cancelled");
        });
        out[4] << QStringLiteral("การประชุม%1: ประชุมแล้ว %2 ครั้ง จากที่กำหนด %3 ครั้ง")
                      .arg(c ? c->name : QString())
                      .arg(held)
                      .arg(planned);
    }
}

void virtueLines(QList<QStringList>& out, const QList<VirtueTarget>& virtues)
{
    if (virtues.isEmpty())
        return;
    QStringList names, reported, beyond;
    for (const VirtueTarget& v : virtues) {
        names << v.virtue;
        if (!v.results.isEmpty())
            reported << QStringLiteral("%1 (รอบ %2 เดือน)").arg(v.virtue).arg(v.results.lastKey());
        if (v.dimension == QLatin1String("religion") || v.dimension == QLatin1String("sufficiency"))
            beyond << QStringLiteral("%1 (%2)").arg(v.virtue, text::labelIn(virtueDimensions(), v.dimension).value_or(v.dimension));
    }
    out[1] << QStringLiteral("คุณธรรมเป้าหมาย %1 ประการ: %2").arg(virtues.size()).arg(names.join(QStringLiteral(", ")));
    if (!reported.isEmpty())
        out[6] << QStringLiteral("ผลการดำเนินงานตามคุณธรรมเป้าหมาย %1 จาก %2 ประการ: %3")
                      .arg(reported.size())
                      .arg(virtues.size())
                      .arg(reported.join(QStringLiteral(", ")));
    if (!beyond.isEmpty())
        out[7] << QStringLiteral("คุณธรรมเป้าหมายตามหลักศาสนาและหลักปรัชญาของเศรษฐกิจพอเพียง: %1").arg(beyond.join(QStringLiteral(", ")));
}
} // namespace

std::optional<QList<QStringList>> heldEvidence(storage::Database& db, int fiscalYear, QString* error)
{
    if (!db.require(access::Permission::ViewIntegrity)) {
        if (error)
            *error = db.errorString();
        return std::nullopt;
    }
    QList<QStringList> out(criteria().size());
    announcements::AnnouncementStore announcementStore(db);
    if (const auto list = announcementStore.list(fiscalYear))
        announcementLines(out[0], *list);
    VirtueStore virtues(db);
    if (const auto list = virtues.list(fiscalYear))
        virtueLines(out, *list);
    plan::PlanStore plans(db);
    if (plans.years().contains(fiscalYear))
        if (const auto p = plans.load(fiscalYear))
            planLines(out, *p);
    committeeLines(out, db, fiscalYear);
    announcements::NoGiftCulture culture(db);
    if (const auto list = culture.activities(fiscalYear); list && !list->isEmpty())
        out[3] << QStringLiteral("กิจกรรมสร้างวัฒนธรรม No Gift Policy %1 ครั้ง").arg(list->size());
    SelectionStore selections(db);
    if (const auto opened = selections.opened(fiscalYear))
        for (const OpenedSelection& o : *opened)
            out[5] << (o.announcedOn ? QStringLiteral("%1: ผู้ถูกเสนอชื่อ %2 ราย ประกาศผลเมื่อ %3")
                                           .arg(selectionTitle(fiscalYear, o.kind))
                                           .arg(o.nominees)
                                           .arg(day(*o.announcedOn))
                                     : QStringLiteral("%1: ผู้ถูกเสนอชื่อ %2 ราย (ยังไม่ประกาศผล)")
                                           .arg(selectionTitle(fiscalYear, o.kind))
                                           .arg(o.nominees));
    DeedStore deeds(db);
    if (const auto list = deeds.list(fiscalYear); list && !list->isEmpty())
        out[5] << QStringLiteral("บันทึกสะสมความดี %1 รายการ ของบุคลากร %2 คน")
                      .arg(list->size())
                      .arg(countDeeds(*list).byPerson.size());
    BestPracticeStore practices(db);
    if (const auto list = practices.list(fiscalYear))
        for (const BestPractice& p : *list)
            out[8] << QStringLiteral("ถอดบทเรียน เรื่อง %1 (%2)").arg(p.title, p.division);
    return out;
}

} // namespace sujarit::moral
