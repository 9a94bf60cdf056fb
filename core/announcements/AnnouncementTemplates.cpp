// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnouncementTemplates.h"

#include "gifts/GiftRule.h"
#include "office/OfficeProfile.h"
#include "risks/Risk.h"
#include "text/ThaiBahtText.h"

namespace sujarit::announcements {

namespace {

QString noGift(int year, const office::OfficeProfile& o)
{
    const gifts::GiftRuleSet rule = gifts::GiftRuleSet::nacc2563();
    const QString limit = text::formatBaht(rule.thresholdSatang, false);
    QStringList p;
    p << QStringLiteral("ตามที่คณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติได้ออกประกาศคณะกรรมการ ป.ป.ช. เรื่อง "
                        "หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าหน้าที่ของรัฐ พ.ศ. 2563 "
                        "อาศัยอำนาจตามมาตรา 128 แห่งพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต "
                        "พ.ศ. 2561 กำหนดให้เจ้าหน้าที่ของรัฐรับทรัพย์สินหรือประโยชน์อื่นใดได้เฉพาะที่เป็นไปตามหลักเกณฑ์ดังกล่าว "
                        "ประกอบกับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                        "กำหนดให้หน่วยงานประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ นั้น")
      << QStringLiteral("เพื่อเสริมสร้างวัฒนธรรมองค์กรที่ดีและป้องกันการทุจริตและประพฤติมิชอบ %1 จึงประกาศเจตนารมณ์ "
                        "ประจำปีงบประมาณ พ.ศ. %2 ดังนี้")
             .arg(o.name)
             .arg(year)
      << QStringLiteral("1. ผู้บริหารและบุคลากรของ%1ทุกคนจะไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
                        "(No Gift Policy) และจะไม่ให้ของขวัญหรือของกำนัลแก่ผู้บังคับบัญชาหรือบุคคลใดเพื่อประโยชน์ในการปฏิบัติหน้าที่")
             .arg(o.name)
      << QStringLiteral("2. กรณีจำเป็นต้องรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ให้รับได้ตามหลักเกณฑ์ของประกาศคณะกรรมการ ป.ป.ช. "
                        "ดังกล่าว ซึ่งมีราคาหรือมูลค่าไม่เกิน %1 บาท ต่อบุคคล ต่อโอกาส หากเกินกว่านั้นให้รายงานผู้บังคับบัญชา "
                        "ภายใน %2 วัน เพื่อวินิจฉัยว่าสมควรรับไว้หรือส่งคืน")
             .arg(limit)
             .arg(rule.reportWithinDays)
      << QStringLiteral("3. ให้ผู้บังคับบัญชาทุกระดับเป็นแบบอย่างที่ดี และกำกับดูแลให้บุคลากรปฏิบัติตามประกาศนี้อย่างเคร่งครัด")
      << (o.website.isEmpty()
              ? QStringLiteral("4. ให้เผยแพร่ประกาศนี้ให้บุคลากรและประชาชนทราบโดยทั่วกัน")
              : QStringLiteral("4. ให้เผยแพร่ประกาศนี้ทางเว็บไซต์ %1 และช่องทางอื่น ให้บุคลากรและประชาชนทราบโดยทั่วกัน").arg(o.website))
      << QStringLiteral("จึงประกาศมาเพื่อทราบโดยทั่วกัน");
    return p.join(u'\n');
}

QString coiMeasures(const office::OfficeProfile& o, const risks::RiskRegister& reg, const risks::LevelBands& bands)
{
    QStringList p;
    p << QStringLiteral("# ความเป็นมา")
      << QStringLiteral("การขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม ตามความในมาตรา 126 "
                        "แห่งพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 "
                        "คือการที่เจ้าหน้าที่ของรัฐตกอยู่ในฐานะผู้มีส่วนได้เสียในรูปแบบที่กฎหมายห้ามไว้ "
                        "และยังเข้าไปพิจารณาดำเนินการในกิจการสาธารณะตามอำนาจหน้าที่ "
                        "โดยมีประโยชน์ส่วนตนเข้าไปแอบแฝงหรือมีอิทธิพลต่อการตัดสินใจ "
                        "%1 จึงได้วิเคราะห์ความเสี่ยงและกำหนดมาตรการ เพื่อสร้างจิตสำนึกและความตระหนักในการรักษาประโยชน์สาธารณะ")
             .arg(o.name)
      << QStringLiteral("# กฎหมายที่เกี่ยวข้อง")
      << QStringLiteral("1. พระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 มาตรา 126 "
                        "มาตรา 127 และมาตรา 128")
      << QStringLiteral("2. ประมวลกฎหมายอาญา มาตรา 152")
      << QStringLiteral("3. ประกาศคณะกรรมการ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าหน้าที่ของรัฐ "
                        "พ.ศ. 2563")
      << QStringLiteral("# การวิเคราะห์ความเสี่ยง");
    int n = 0;
    for (const risks::Ranked& x : reg.ranked(bands)) {
        const risks::Risk& r = *x.risk;
        QString line = QStringLiteral("%1. %2").arg(++n).arg(r.process.isEmpty() ? r.event : r.process + QStringLiteral(": ") + r.event);
        if (!x.level.isEmpty())
            line += QStringLiteral(" (ความเสี่ยงระดับ%1)").arg(text::labelIn(risks::levels(), x.level).value_or(x.level));
        p << line;
    }
    p << QStringLiteral("# มาตรการป้องกัน");
    n = 0;
    for (const risks::Measure& m : reg.measures) {
        QString line = QStringLiteral("%1. %2").arg(++n).arg(m.title);
        if (!m.division.isEmpty())
            line += QStringLiteral(" (ผู้รับผิดชอบ: %1)").arg(m.division);
        p << line;
    }
    p << QStringLiteral("จึงประกาศมาเพื่อทราบและถือปฏิบัติโดยทั่วกัน");
    return p.join(u'\n');
}

QString channels(const office::OfficeProfile& o)
{
    QStringList items;
    for (const Channel& c : complaintChannels(o))
        items << (c.detail.isEmpty() ? c.name : c.name + u' ' + c.detail);
    QStringList p;
    p << QStringLiteral("เพื่อให้การรับเรื่องร้องเรียน/แจ้งเบาะแสการทุจริตและประพฤติมิชอบของเจ้าหน้าที่เป็นไปด้วยความสะดวก "
                        "รวดเร็ว และผู้ร้องเรียนได้รับความคุ้มครอง %1 จึงประกาศช่องทางการร้องเรียน/แจ้งเบาะแส ดังนี้")
             .arg(o.name);
    for (qsizetype i = 0; i < items.size(); ++i)
        p << QStringLiteral("%1. %2").arg(i + 1).arg(items[i]);
    p << QStringLiteral("ทั้งนี้ ข้อมูลของผู้ร้องเรียนและผู้แจ้งเบาะแสจะถูกเก็บรักษาไว้เป็นความลับ "
                        "และเรื่องร้องเรียนจะดำเนินการตามคู่มือการจัดการเรื่องร้องเรียนของหน่วยงาน")
      << QStringLiteral("จึงประกาศมาเพื่อทราบโดยทั่วกัน");
    return p.join(u'\n');
}

QString moralIntent(int year, const office::OfficeProfile& o)
{
    QStringList p;
    p << QStringLiteral("%1 มุ่งมั่นที่จะเป็นองค์กรคุณธรรม ส่งเสริมให้ผู้บริหารและบุคลากรยึดมั่นในคุณธรรมเป้าหมาย 5 ประการ "
                        "ได้แก่ พอเพียง วินัย สุจริต จิตอาสา และกตัญญู ตามหลักศาสนา หลักปรัชญาของเศรษฐกิจพอเพียง "
                        "และวิถีวัฒนธรรมไทย จึงประกาศเจตนารมณ์ ประจำปีงบประมาณ พ.ศ. %2 ดังนี้")
             .arg(o.name)
             .arg(year)
      << QStringLiteral("1. ผู้บริหารและบุคลากรจะร่วมกันกำหนดปัญหาที่อยากแก้และความดีที่อยากทำ เป็นคุณธรรมเป้าหมายขององค์กร")
      << QStringLiteral("2. จะปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้ และไม่ใช้ตำแหน่งหน้าที่แสวงหาประโยชน์โดยมิชอบ")
      << QStringLiteral("3. จะส่งเสริม ยกย่อง และเชิดชูบุคลากรที่ประพฤติตนเป็นแบบอย่างที่ดี")
      << QStringLiteral("4. จะจัดทำแผนส่งเสริมคุณธรรม และติดตามประเมินผลอย่างต่อเนื่อง")
      << QStringLiteral("จึงประกาศมาเพื่อทราบและถือปฏิบัติโดยทั่วกัน");
    return p.join(u'\n');
}

} // namespace

QList<Channel> complaintChannels(const office::OfficeProfile& o)
{
    QList<Channel> list;
    list << Channel{QStringLiteral("ร้องเรียนด้วยตนเอง"), QStringLiteral("ที่ศูนย์ปฏิบัติการต่อต้านการทุจริต%1").arg(o.name), true};
    if (!o.address.isEmpty())
        list << Channel{QStringLiteral("ทางไปรษณีย์"), QStringLiteral("ถึง%1 %2").arg(o.name, o.address), true};
    const QString phone = o.unitPhone.isEmpty() ? o.phone : o.unitPhone;
    if (!phone.isEmpty())
        list << Channel{QStringLiteral("ทางโทรศัพท์"),
                        o.fax.isEmpty() ? QStringLiteral("หมายเลข %1").arg(phone)
                                        : QStringLiteral("หมายเลข %1 โทรสาร %2").arg(phone, o.fax),
                        true};
    list << Channel{QStringLiteral("ตู้รับเรื่องร้องเรียน/ร้องทุกข์"), o.name, false};
    if (!o.website.isEmpty())
        list << Channel{QStringLiteral("เว็บไซต์"), o.website, false};
    if (!o.facebook.isEmpty())
        list << Channel{QStringLiteral("Facebook:"), o.facebook, false};
    if (!o.hotline.isEmpty())
        list << Channel{QStringLiteral("สายตรงผู้บริหาร"), o.hotline, true};
    return list;
}

Draft draftOf(const QString& kind, int fiscalYear, const office::OfficeProfile& office,
              const risks::RiskRegister* risks, const risks::LevelBands& bands)
{
    const QString year = QString::number(fiscalYear);
    if (kind == u"no_gift")
        return {QStringLiteral("เจตนารมณ์นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) "
                               "ประจำปีงบประมาณ พ.ศ. %1")
                    .arg(year),
                noGift(fiscalYear, office)};
    if (kind == u"coi_measures")
        return {QStringLiteral("มาตรการในการสร้างจิตสำนึกและความตระหนักในการรักษาประโยชน์สาธารณะ ประจำปีงบประมาณ พ.ศ. %1")
                    .arg(year),
                risks ? coiMeasures(office, *risks, bands) : QString()};
    if (kind == u"channels")
        return {QStringLiteral("ช่องทางการร้องเรียน/แจ้งเบาะแสการทุจริตและประพฤติมิชอบ"), channels(office)};
    return {QStringLiteral("เจตนารมณ์การเป็นองค์กรคุณธรรม ประจำปีงบประมาณ พ.ศ. %1").arg(year), moralIntent(fiscalYear, office)};
}

} // namespace sujarit::announcements
