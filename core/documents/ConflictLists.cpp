// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictLists.h"

#include "calendar/ThaiDate.h"
#include "office/OfficeProfile.h"
#include "text/ThaiBahtText.h"

namespace sujarit::documents {

using conflicts::Declaration;
using conflicts::Party;

namespace {
QString shortDay(QDate d)
{
    return calendar::formatThaiDate(d, calendar::DateStyle::AbbreviatedShortYear);
}
QString yearLine(int fiscalYear)
{
    return QStringLiteral("ประจำปีงบประมาณ พ.ศ. %1").arg(fiscalYear);
}
} // namespace

QString giftAction(const gifts::RegisteredGift& g)
{
    if (g.decision.done())
        return QStringLiteral("%1 (%2)").arg(
            gifts::giftDecisionLabel(g.decision.decision).value_or(g.decision.decision), shortDay(g.decision.date));
    if (!g.disposition.isEmpty())
        return g.disposition;
    if (g.judgement.verdict == gifts::Verdict::MustReport)
        return QStringLiteral("ต้องรายงานภายใน %1").arg(shortDay(*g.judgement.reportDue));
    return gifts::verdictLabel(g.judgement.verdict);
}

QString partiesText(const QList<Party>& parties)
{
    QStringList out;
    for (const Party& p : parties)
        out << QStringLiteral("%1 (%2)").arg(p.name, labelIn(conflicts::partyRelations(), p.relation).value_or(p.relation));
    return out.join(QStringLiteral("; "));
}

ListDocument giftRegisterList(const QList<gifts::RegisteredGift>& list, int fiscalYear,
                              const office::OfficeProfile& office)
{
    ListDocument d;
    d.title = QStringLiteral("ทะเบียนการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา");
    d.subtitles = { office.fullName() + QStringLiteral("  ") + yearLine(fiscalYear) };
    d.sheetName = QStringLiteral("ทะเบียนของขวัญ");
    d.columns = { { QStringLiteral("ลำดับ"), 14, Align::Center },
                  { QStringLiteral("วันที่รับ"), 22, Align::Center },
                  { QStringLiteral("ผู้รับ"), 32, Align::Left, true },
                  { QStringLiteral("ผู้ให้ (ความสัมพันธ์)"), 34, Align::Left, true },
                  { QStringLiteral("โอกาส"), 24 },
                  { QStringLiteral("รายการ"), 34 },
                  { QStringLiteral("มูลค่า (บาท)"), 25, Align::Right },
                  { QStringLiteral("ผลตามหลักเกณฑ์"), 0 },
                  { QStringLiteral("การดำเนินการ"), 30 } };
    d.numericColumns = { 6 };
    d.emptyText = QStringLiteral("ไม่มีการรับทรัพย์สินหรือประโยชน์อื่นใด");
    qint64 total = 0;
    int n = 0;
    for (const gifts::RegisteredGift& g : list) {
        const QString receiver = g.receiverPosition.isEmpty()
            ? g.entry.receiver
            : g.entry.receiver + QStringLiteral(" ") + g.receiverPosition;
        const QString giver = QStringLiteral("%1 (%2)").arg(
            g.entry.giver, gifts::relationLabel(g.entry.relation).value_or(g.entry.relation));
        QString verdict = gifts::verdictLabel(g.judgement.verdict);
        if (g.judgement.rule == QLatin1String("public_offer"))
            verdict += QStringLiteral(" (ให้แก่บุคคลทั่วไป)");
        else if (g.judgement.rule == QLatin1String("relative"))
            verdict += QStringLiteral(" (ญาติ)");
        else if (g.judgement.rule != QLatin1String("refused"))
            verdict += QStringLiteral(" (รวมในโอกาสนี้ %1 บาท)").arg(text::formatBaht(g.judgement.occasionTotalSatang));
        d.rows << QStringList { QString::number(++n),
                                shortDay(g.entry.date),
                                receiver,
                                giver,
                                g.entry.occasion,
                                g.description,
                                text::formatBaht(g.entry.valueSatang),
                                verdict,
                                giftAction(g) };
        if (g.entry.accepted)
            total += g.entry.valueSatang;
    }
    if (!list.isEmpty())
        d.closing << QStringLiteral("รวมมูลค่าทรัพย์สินที่ได้รับ (ไม่รวมที่ปฏิเสธการรับ) %1 บาท (%2)")
                         .arg(text::formatBaht(total), text::thaiBahtText(total));
    d.closing << QStringLiteral("พิจารณาตาม%1").arg(gifts::GiftRuleSet::nacc2563().version);
    return d;
}

ListDocument noGiftReportList(const QList<gifts::RegisteredGift>& list, int fiscalYear,
                              const office::OfficeProfile& office)
{
    ListDocument d;
    d.title = QStringLiteral("รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา");
    d.subtitles = { office.fullName(), yearLine(fiscalYear) };
    d.sheetName = QStringLiteral("รายงาน No Gift");
    d.columns = { { QStringLiteral("ลำดับ"), 14, Align::Center },
                  { QStringLiteral("ชื่อ-สกุล"), 38, Align::Left, true },
                  { QStringLiteral("ตำแหน่ง"), 36 },
                  { QStringLiteral("วันที่ได้รับ"), 22, Align::Center },
                  { QStringLiteral("รายการทรัพย์สินหรือประโยชน์"), 0 },
                  { QStringLiteral("มูลค่า (บาท)"), 25, Align::Right },
                  { QStringLiteral("ผู้ให้"), 36, Align::Left, true },
                  { QStringLiteral("การดำเนินการ"), 40 } };
    d.numericColumns = { 5 };
    d.emptyText = QStringLiteral("ไม่มี");
    int n = 0;
    for (const gifts::RegisteredGift& g : list)
        d.rows << QStringList { QString::number(++n),   g.entry.receiver, g.receiverPosition,
                                shortDay(g.entry.date), g.description,    text::formatBaht(g.entry.valueSatang),
                                g.entry.giver,          giftAction(g) };
    d.closing << (list.isEmpty() ? QStringLiteral("ในปีงบประมาณ พ.ศ. %1 ไม่มีบุคลากรของ%2รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด")
                                       .arg(fiscalYear)
                                       .arg(office.fullName())
                                 : QStringLiteral("รวม %1 รายการ").arg(list.size()));
    d.signatures = { QStringLiteral("ผู้รายงาน"), QStringLiteral("หัวหน้าหน่วยงาน") };
    return d;
}

ListDocument declarationsList(const QList<Declaration>& list, std::optional<int> fiscalYear,
                              const office::OfficeProfile& office)
{
    ListDocument d;
    d.title = QStringLiteral("ทะเบียนการแสดงการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม");
    d.subtitles = { office.fullName() + (fiscalYear ? QStringLiteral("  ") + yearLine(*fiscalYear) : QString()) };
    d.sheetName = QStringLiteral("แบบแสดงการขัดกันฯ");
    d.columns = { { QStringLiteral("ลำดับ"), 14, Align::Center },      { QStringLiteral("วันที่ยื่น"), 22, Align::Center },
                  { QStringLiteral("ผู้ยื่น"), 34, Align::Left, true },   { QStringLiteral("แบบ"), 30 },
                  { QStringLiteral("รูปแบบการขัดกันฯ / รายละเอียด"), 0 }, { QStringLiteral("ผู้เกี่ยวข้อง (ความสัมพันธ์)"), 50 },
                  { QStringLiteral("ผลการพิจารณาของผู้บังคับบัญชา"), 45 } };
    d.emptyText = QStringLiteral("ไม่มีการยื่นแบบ");
    static const QHash<QString, QString> kindShort
        = { { QStringLiteral("annual"), QStringLiteral("ประจำปี") },
            { QStringLiteral("procurement"), QStringLiteral("จัดซื้อจัดจ้าง") },
            { QStringLiteral("situational"), QStringLiteral("เมื่อมีสถานการณ์") },
            { QStringLiteral("gift_report"), QStringLiteral("รายงานการรับของขวัญ") } };
    int n = 0;
    for (const Declaration& x : list) {
        QString kind = kindShort.value(x.kind, x.kind);
        if (x.kind == QLatin1String("procurement"))
            kind += QStringLiteral(" %1 (%2)").arg(x.procurementName, x.procurementNumber);
        QString what
            = x.noInterest ? QStringLiteral("ไม่มีส่วนได้เสีย") : labelIn(conflicts::conflictForms(), x.form).value_or(QString());
        if (!x.details.isEmpty())
            what += (what.isEmpty() ? QString() : QStringLiteral(": ")) + x.details;
        const QString review = x.review.done()
            ? QStringLiteral("%1 (%2, %3)%4")
                  .arg(labelIn(conflicts::reviewDecisions(), x.review.decision).value_or(x.review.decision), x.review.reviewer,
                       shortDay(x.review.date),
                       x.review.reason.isEmpty() ? QString() : QStringLiteral(" ") + x.review.reason)
            : QStringLiteral("รอพิจารณา");
        d.rows << QStringList { QString::number(++n),
                                shortDay(x.date),
                                x.position.isEmpty() ? x.declarant : x.declarant + QStringLiteral(" ") + x.position,
                                kind,
                                what,
                                partiesText(x.parties),
                                review };
    }
    return d;
}

ListDocument missingDeclarationsList(const QList<staff::StaffMember>& missing, int fiscalYear, QDate due,
                                     const office::OfficeProfile& office)
{
    ListDocument d;
    d.title = QStringLiteral("รายชื่อบุคลากรที่ยังไม่ได้ยื่นแบบแสดงการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม");
    d.subtitles = { office.fullName() + QStringLiteral("  ") + yearLine(fiscalYear) };
    d.orientation = QPageLayout::Portrait;
    d.sheetName = QStringLiteral("ยังไม่ยื่นแบบ");
    d.columns = { { QStringLiteral("ลำดับ"), 14, Align::Center },
                  { QStringLiteral("ชื่อ-สกุล"), 0, Align::Left, true },
                  { QStringLiteral("ตำแหน่ง"), 40 },
                  { QStringLiteral("สังกัด"), 32 },
                  { QStringLiteral("ลงชื่อรับทราบ"), 28 } };
    d.emptyText = QStringLiteral("บุคลากรทุกคนยื่นแบบครบแล้ว");
    int n = 0;
    for (const staff::StaffMember& m : missing)
        d.rows << QStringList { QString::number(++n), m.name, m.position, m.division, QString() };
    if (!missing.isEmpty())
        d.closing << QStringLiteral("ขอให้บุคลากรตามรายชื่อข้างต้นจำนวน %1 ราย ยื่นแบบแสดงการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์"
                                    "ส่วนรวม ประจำปีงบประมาณ พ.ศ. %2 (กรณีไม่มีส่วนได้เสียให้ระบุว่า \"ไม่มี\") ภายในวันที่ %3")
                         .arg(missing.size())
                         .arg(fiscalYear)
                         .arg(calendar::formatThaiDate(due, calendar::DateStyle::Long));
    d.signatures = { QStringLiteral("ผู้รับผิดชอบ") };
    return d;
}

} // namespace sujarit::documents
