// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoralTerms.h"

#include "plan/PlanTemplates.h"

namespace sujarit::moral {

QString levelLabel(int level)
{
    switch (level) {
    case 1: return QStringLiteral("องค์กรส่งเสริมคุณธรรม");
    case 2: return QStringLiteral("องค์กรคุณธรรม");
    case 3: return QStringLiteral("องค์กรคุณธรรมต้นแบบ");
    default: return {};
    }
}

QString levelDefinition(int level)
{
    switch (level) {
    case 1:
        return QStringLiteral("องค์กรที่แสดงเจตนารมณ์จะพัฒนาเป็นองค์กรคุณธรรม โดยมีการกำหนดเป้าหมายในการพัฒนาคุณธรรม "
                              "มีแผนการดำเนินการพัฒนาองค์กรคุณธรรม มีการจัดกลไกผู้รับผิดชอบ มีการจัดกิจกรรมส่งเสริมคุณธรรม "
                              "ซึ่งผลการดำเนินงานอาจเกิดขึ้นบางส่วน แต่ผลการเปลี่ยนแปลงเชิงพฤติกรรมของคนหรือปัญหาเชิงคุณธรรมที่ลดลง "
                              "อาจยังไม่เห็นผลชัดเจน");
    case 2:
        return QStringLiteral("องค์กรส่งเสริมคุณธรรมที่มีกระบวนการพัฒนาองค์กรคุณธรรมที่ได้มาตรฐานขององค์กรส่งเสริมคุณธรรม "
                              "และมีการจัดระบบภายในองค์กรที่เอื้อต่อการพัฒนาองค์กรคุณธรรม และมีการบริหารจัดการให้สามารถบรรลุ"
                              "ตามเป้าหมายที่วางไว้ ทำให้เกิดการเปลี่ยนแปลงเชิงพฤติกรรมของคนในองค์กร การทำดีเพิ่มขึ้น "
                              "ปัญหาเชิงคุณธรรมลดลง และมีแนวโน้มจะเกิดการพัฒนาที่ต่อเนื่อง เกิดความยั่งยืนได้");
    case 3:
        return QStringLiteral("องค์กรคุณธรรมที่ดำเนินการประสบความสำเร็จทั้งในกระบวนการพัฒนาและการเปลี่ยนแปลงพฤติกรรมของคน"
                              "ที่สะท้อนการมีคุณธรรม คนมีความสุข องค์กรมีคุณภาพและคุณธรรมเชิงประจักษ์ มีองค์ความรู้ "
                              "สามารถเป็นแหล่งเรียนรู้ให้กับองค์กรต่าง ๆ ได้");
    default: return {};
    }
}

const QStringList& criteria()
{
    static const QStringList list = {
        QStringLiteral("องค์กรมีการประกาศข้อตกลง (เจตนารมณ์/ธรรมนูญ/ปฏิญญา) ร่วมกันของผู้บริหารและสมาชิกในองค์กร"
                       "ที่จะพัฒนาให้เป็นองค์กรคุณธรรม"),
        QStringLiteral("องค์กรมีการกำหนดคุณธรรมเป้าหมาย “ปัญหาที่อยากแก้” และ “ความดีที่อยากทำ” ที่สอดคล้องกับปัญหา"
                       "คุณธรรมขององค์กร หรือคุณธรรม 4 ประการ “พอเพียง วินัย สุจริต จิตอาสา”"),
        QStringLiteral("องค์กรมีการจัดทำแผนการดำเนินงานด้านส่งเสริมคุณธรรมและจัดบุคลากร/ทีมงาน/ผู้รับผิดชอบการดำเนินงาน"
                       "ส่งเสริมคุณธรรมในองค์กรตามประเด็นคุณธรรมเป้าหมายองค์กร"),
        QStringLiteral("องค์กรมีผลสำเร็จการดำเนินงาน/กิจกรรมส่งเสริมคุณธรรมในองค์กรตามคุณธรรมเป้าหมายและแผนงานที่กำหนด"
                       "เป็นระบบและต่อเนื่องมากยิ่งขึ้น"),
        QStringLiteral("องค์กรมีการจัดระบบติดตาม รายงานประเมินผลและจัดกิจกรรมรณรงค์ แลกเปลี่ยนเรียนรู้เพื่อพัฒนา ปรับปรุง "
                       "แก้ไขการดำเนินงานส่งเสริมคุณธรรมในองค์กรอย่างต่อเนื่อง"),
        QStringLiteral("องค์กรมีกระบวนการยกย่อง เชิดชู การทำความดีหรือบุคคลผู้มีความดี ในรูปแบบต่าง ๆ เช่น บุคคลคุณธรรม "
                       "โครงการดีเด่นด้านส่งเสริมคุณธรรม ส่วนงานดีเด่นด้านคุณธรรม ฯลฯ"),
        QStringLiteral("องค์กรมีผลสำเร็จการดำเนินงานขององค์กรตาม “ปัญหาที่อยากแก้” และ “ความดีที่อยากทำ” ตามคุณธรรม "
                       "พอเพียง วินัย สุจริต จิตอาสา เพิ่มมากขึ้น"),
        QStringLiteral("องค์กรมีการเพิ่มประเด็นคุณธรรมเป้าหมาย ในมิติการนำหลักศาสนา และหลักปรัชญาของเศรษฐกิจพอเพียง"
                       "มากำหนดเป็นปัญหาที่อยากแก้ ความดีที่อยากทำ เพิ่มเติมจากคุณธรรมอื่น ๆ อย่างชัดเจน"),
        QStringLiteral("องค์กรมีองค์ความรู้จากการดำเนินงานองค์กรคุณธรรม สามารถเป็นแหล่งเรียนรู้และถ่ายทอดขยายผล"
                       "ไปสู่องค์กรอื่นได้"),
    };
    return list;
}

const QList<text::Code>& criterionStatuses()
{
    static const QList<text::Code> list = {
        {QStringLiteral("met"), QStringLiteral("เป็นไปตามเกณฑ์"), QStringLiteral("Met")},
        {QStringLiteral("partly"), QStringLiteral("เป็นไปตามเกณฑ์บางส่วน"), QStringLiteral("Partly met")},
        {QStringLiteral("not"), QStringLiteral("ยังไม่เป็นไปตามเกณฑ์"), QStringLiteral("Not met")},
    };
    return list;
}

const QList<text::Code>& virtueDimensions()
{
    static const QList<text::Code> list = {
        {QStringLiteral("core"), QStringLiteral("คุณธรรมหลัก 5 ประการ"), QStringLiteral("Core virtue")},
        {QStringLiteral("religion"), QStringLiteral("หลักศาสนา"), QStringLiteral("Religious principle")},
        {QStringLiteral("sufficiency"), QStringLiteral("หลักปรัชญาของเศรษฐกิจพอเพียง"), QStringLiteral("Sufficiency economy")},
        {QStringLiteral("culture"), QStringLiteral("วิถีวัฒนธรรมไทย"), QStringLiteral("Thai culture")},
        {QStringLiteral("other"), QStringLiteral("คุณธรรมอื่นขององค์กร"), QStringLiteral("The office's own")},
    };
    return list;
}

QString virtueName(const QString& text)
{
    const QString t = text.simplified();
    for (const text::Code& v : plan::virtues())
        if (v.code == t)
            return v.label;
    return t;
}

QString virtueCode(const QString& name)
{
    for (const text::Code& v : plan::virtues())
        if (v.label == name.simplified() || v.code == name.simplified())
            return v.code;
    return {};
}

const QList<text::Code>& selectionKinds()
{
    static const QList<text::Code> list = {
        {QStringLiteral("official"), QStringLiteral("บุคลากรผู้มีคุณธรรมและจริยธรรมดีเด่น"), QStringLiteral("Outstanding official")},
        {QStringLiteral("division"), QStringLiteral("ส่วนราชการที่มีผลงานส่งเสริมคุณธรรมดีเด่น"), QStringLiteral("Outstanding division")},
    };
    return list;
}

QList<SelectionCriterion> defaultSelectionCriteria()
{
    const char* standards[] = {
        "ยึดมั่นในสถาบันหลักของประเทศ อันได้แก่ ชาติ ศาสนา พระมหากษัตริย์ และการปกครองระบอบประชาธิปไตย"
        "อันมีพระมหากษัตริย์ทรงเป็นประมุข",
        "ซื่อสัตย์สุจริต มีจิตสำนึกที่ดี และรับผิดชอบต่อหน้าที่",
        "กล้าตัดสินใจและกระทำในสิ่งที่ถูกต้องชอบธรรม",
        "คิดถึงประโยชน์ส่วนรวมมากกว่าประโยชน์ส่วนตัว และมีจิตสาธารณะ",
        "มุ่งผลสัมฤทธิ์ของงาน",
        "ปฏิบัติหน้าที่อย่างเป็นธรรมและไม่เลือกปฏิบัติ",
        "ดำรงตนเป็นแบบอย่างที่ดีและรักษาภาพลักษณ์ของทางราชการ",
    };
    QList<SelectionCriterion> out;
    for (const char* s : standards)
        out << SelectionCriterion{QString::fromUtf8(s), 1, 10};
    return out;
}

} // namespace sujarit::moral
