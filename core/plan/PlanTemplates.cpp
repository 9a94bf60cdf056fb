// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTemplates.h"

#include "calendar/FiscalYear.h"

namespace sujarit::plan {

const QList<Term>& areas()
{
    static const QList<Term> list = {
        { QStringLiteral("strategy"), QStringLiteral("ด้านการจัดทำยุทธศาสตร์/มาตรการการส่งเสริมคุณธรรม จริยธรรม") },
        { QStringLiteral("campaign"), QStringLiteral("ด้านการรณรงค์ส่งเสริม ป้องกันและประชาสัมพันธ์") },
        { QStringLiteral("monitoring"), QStringLiteral("ด้านการติดตาม สอดส่องการใช้บังคับ และการประเมินผล") },
        { QStringLiteral("network"), QStringLiteral("ด้านการขยายผลสู่องค์กรเครือข่ายคุณธรรม จริยธรรม") },
    };
    return list;
}

const QList<Term>& virtues()
{
    static const QList<Term> list = {
        { QStringLiteral("sufficiency"), QStringLiteral("พอเพียง") },
        { QStringLiteral("discipline"), QStringLiteral("วินัย") },
        { QStringLiteral("honesty"), QStringLiteral("สุจริต") },
        { QStringLiteral("volunteer"), QStringLiteral("จิตอาสา") },
        { QStringLiteral("gratitude"), QStringLiteral("กตัญญู") },
    };
    return list;
}

const QList<Term>& statuses()
{
    static const QList<Term> list = {
        { QStringLiteral("not_started"), QStringLiteral("ยังไม่ดำเนินการ"), QStringLiteral("Not started") },
        { QStringLiteral("in_progress"), QStringLiteral("อยู่ระหว่างดำเนินการ"), QStringLiteral("In progress") },
        { QStringLiteral("done"), QStringLiteral("ดำเนินการแล้วเสร็จ"), QStringLiteral("Done") },
        { QStringLiteral("cancelled"), QStringLiteral("ยกเลิก"), QStringLiteral("Cancelled") },
    };
    return list;
}

const QList<Term>& kpiKinds()
{
    static const QList<Term> list = {
        { QStringLiteral("count"), QStringLiteral("จำนวน") },
        { QStringLiteral("percent"), QStringLiteral("ร้อยละ") },
        { QStringLiteral("done"), QStringLiteral("ดำเนินการแล้วเสร็จ") },
    };
    return list;
}

const QList<KpiSource>& kpiSources()
{
    static const QList<KpiSource> list = {
        { QStringLiteral("complaints_answered_in_time"),
          QStringLiteral("ร้อยละของเรื่องร้องเรียนที่แจ้งผลการดำเนินการเบื้องต้นภายใน 15 วันทำการ"), QStringLiteral("percent"),
          QStringLiteral("ร้อยละ") },
        { QStringLiteral("complaints_completed"), QStringLiteral("ร้อยละของเรื่องร้องเรียนที่ดำเนินการแล้วเสร็จ"),
          QStringLiteral("percent"), QStringLiteral("ร้อยละ") },
        { QStringLiteral("complaints_received"), QStringLiteral("จำนวนเรื่องร้องเรียนที่ได้รับและลงทะเบียน"),
          QStringLiteral("count"), QStringLiteral("เรื่อง") },
        { QStringLiteral("declarations_annual"),
          QStringLiteral("จำนวนบุคลากรที่ยื่นแบบแสดงการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม"), QStringLiteral("count"),
          QStringLiteral("คน") },
        { QStringLiteral("declarations_annual_share"),
          QStringLiteral("ร้อยละของบุคลากรที่ยื่นแบบแสดงการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม"),
          QStringLiteral("percent"), QStringLiteral("ร้อยละ") },
    };
    return list;
}

std::optional<KpiSource> kpiSource(const QString& code)
{
    for (const KpiSource& s : kpiSources())
        if (s.code == code)
            return s;
    return std::nullopt;
}


const QList<int>& rounds()
{
    static const QList<int> list = { 6, 9, 12 };
    return list;
}

QDate defaultRoundDue(int fiscalYear, int round)
{
    const int ce = fiscalYear - 543; // the fiscal year ends in September of this CE year
    if (round == 6)
        return QDate(ce, 3, 20);
    if (round == 9)
        return QDate(ce, 6, 20);
    return QDate(ce, 9, 10);
}

QDate roundEnd(int fiscalYear, int round)
{
    const int ce = fiscalYear - 543;
    if (round == 6)
        return QDate(ce, 3, 31);
    if (round == 9)
        return QDate(ce, 6, 30);
    return calendar::fiscalYearEnd(fiscalYear);
}

} // namespace sujarit::plan
