// SPDX-License-Identifier: GPL-3.0-or-later
#include "Committee.h"

namespace sujarit::committee {

const QList<Term>& roles()
{
    static const QList<Term> list = {
        {QStringLiteral("chair"), QStringLiteral("ประธาน"), QStringLiteral("Chair")},
        {QStringLiteral("vice_chair"), QStringLiteral("รองประธาน"), QStringLiteral("Vice-chair")},
        {QStringLiteral("member"), QStringLiteral("กรรมการ"), QStringLiteral("Member")},
        {QStringLiteral("secretary"), QStringLiteral("กรรมการและเลขานุการ"), QStringLiteral("Member and secretary")},
        {QStringLiteral("assistant_secretary"), QStringLiteral("ผู้ช่วยเลขานุการ"), QStringLiteral("Assistant secretary")},
    };
    return list;
}

std::optional<QString> roleFromText(const QString& text)
{
    const QString t = text.simplified();
    for (const Term& r : roles())
        if (t == r.code || t == r.label || t.compare(r.english, Qt::CaseInsensitive) == 0)
            return r.code;
    // The longer spellings orders use.
    if (t == u"ประธานกรรมการ")
        return QStringLiteral("chair");
    if (t == u"รองประธานกรรมการ")
        return QStringLiteral("vice_chair");
    if (t == u"กรรมการและผู้ช่วยเลขานุการ")
        return QStringLiteral("assistant_secretary");
    return std::nullopt;
}

QStringList duties()
{
    return {
        QStringLiteral("จัดประชุมคณะกรรมการจริยธรรมอย่างสม่ำเสมอทุกเดือน หรือทุก 2 เดือน"),
        QStringLiteral("กำหนดเป้าหมายการทำงานของคณะกรรมการจริยธรรม"),
        QStringLiteral("กำหนดกรอบประเด็นการประชุมของคณะกรรมการจริยธรรมล่วงหน้า"),
        QStringLiteral("การวางแนวทางการรณรงค์ ส่งเสริมและเผยแพร่ประชาสัมพันธ์"),
        QStringLiteral("การวางแนวทางการติดตาม สอดส่องให้ข้าราชการปฏิบัติตามประมวลจริยธรรม"),
        QStringLiteral("การวางแนวทางการประเมินผลการปฏิบัติตามประมวลจริยธรรม"),
        QStringLiteral("การวางแนวทางการวินิจฉัยเรื่องร้องเรียน และหลักเกณฑ์วิธีการคุ้มครองผู้ร้องเรียน หรือผู้ให้เบาะแส"),
        QStringLiteral("วางแนวทางการพัฒนาความโปร่งใสและตรวจสอบได้ของส่วนราชการเพื่อลดความเสี่ยงและสร้างภูมิคุ้มกันต่อปัญหาการทุจริต"
                       "ประพฤติมิชอบ"),
    };
}

QString defaultName() { return QStringLiteral("คณะกรรมการจริยธรรม"); }

const Member* Committee::member(const QString& who) const
{
    for (const Member& m : members)
        if (m.name.simplified() == who.simplified())
            return &m;
    return nullptr;
}

} // namespace sujarit::committee
