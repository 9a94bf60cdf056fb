// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitteeOrder.h"

#include "announcements/AnnouncementDocument.h"
#include "announcements/AnnouncementStore.h"
#include "documents/PageWriter.h"
#include "office/OfficeProfile.h"

namespace sujarit::committee {

documents::DocumentPainter committeeOrder(const Committee& c, const office::OfficeProfile& office,
                                          const QString& signerTitle)
{
    announcements::Announcement a;
    a.fiscalYear = c.fiscalYear;
    a.title = QStringLiteral("แต่งตั้ง%1 ประจำปีงบประมาณ พ.ศ. %2").arg(c.name).arg(c.fiscalYear);
    QStringList p;
    p << QStringLiteral("เพื่อให้การขับเคลื่อนประมวลจริยธรรมและการส่งเสริมคุณธรรม จริยธรรมของ%1 เป็นไปอย่างต่อเนื่อง "
                        "มีประสิทธิภาพ และเป็นรูปธรรม จึงแต่งตั้ง%2 ประกอบด้วย")
             .arg(office.name, c.name);
    for (qsizetype i = 0; i < c.members.size(); ++i) {
        const Member& m = c.members[i];
        p << QStringLiteral("%1. %2%3 %4")
                 .arg(i + 1)
                 .arg(m.name, m.position.isEmpty() ? QString() : QStringLiteral(" ตำแหน่ง ") + m.position,
                      text::labelIn(roles(), m.role).value_or(m.role));
    }
    p << QStringLiteral("ให้%1มีหน้าที่ ดังนี้").arg(c.name);
    const QStringList duties = committee::duties();
    for (qsizetype i = 0; i < duties.size(); ++i)
        p << QStringLiteral("%1. %2").arg(i + 1).arg(duties[i]);
    if (!c.goals.isEmpty()) {
        p << QStringLiteral("โดยมีเป้าหมายการทำงานประจำปีงบประมาณ พ.ศ. %1 ดังนี้").arg(c.fiscalYear);
        for (qsizetype i = 0; i < c.goals.size(); ++i)
            p << QStringLiteral("%1. %2").arg(i + 1).arg(c.goals[i].goal);
    }
    p << QStringLiteral("ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป");
    a.body = p.join(u'\n');
    a.signedOn = c.orderSignedOn;
    a.signedBy = c.orderSignedBy;
    a.signerTitle = signerTitle;
    announcements::PaperWords words;
    words.heading = QStringLiteral("คำสั่ง");
    words.number = c.orderNumber.isEmpty() ? QStringLiteral("ที่ ........../%1").arg(c.fiscalYear)
                                           : QStringLiteral("ที่ %1").arg(c.orderNumber);
    words.dated = QStringLiteral("สั่ง ณ วันที่");
    return [a, office, words](documents::PageWriter& page, QString* error) {
        page.digits = office.letterDigits();
        return announcements::paintAnnouncement(page, a, office, error, words);
    };
}

QString orderSignerTitle(storage::Database& db, const Committee& c)
{
    const QString executive = office::OfficeProfile::load(db).executiveTitle;
    if (!c.orderSignedOn)
        return executive;
    return announcements::signerTitle(db, c.orderSignedBy, *c.orderSignedOn, nullptr).value_or(executive);
}

} // namespace sujarit::committee
