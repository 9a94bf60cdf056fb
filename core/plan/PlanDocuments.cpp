// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDocuments.h"

#include "PlanTemplates.h"
#include "calendar/ThaiDate.h"
#include "office/OfficeProfile.h"
#include "text/ThaiBahtText.h"

namespace sujarit::plan {

using documents::Align;
using documents::ListDocument;

namespace {

QString virtuesText(const QStringList& codes)
{
    QStringList out;
    for (const QString& c : codes)
        out << termLabel(virtues(), c).value_or(c);
    return out.join(QStringLiteral(" "));
}

QString targetText(const Activity& a)
{
    if (a.kpi.kind == QLatin1String("done"))
        return QStringLiteral("ดำเนินการแล้วเสร็จ");
    const QString number = QString::number(a.kpi.target, 'g', 10);
    return a.kpi.kind == QLatin1String("percent") ? QStringLiteral("ร้อยละ %1").arg(number)
                                                  : QStringLiteral("%1 %2").arg(number, a.kpi.unit).trimmed();
}

QString resultText(const Activity& a, const Progress& p)
{
    if (a.kpi.kind == QLatin1String("done") || !p.result)
        return termLabel(statuses(), p.status).value_or(p.status);
    const QString number = QString::number(*p.result, 'g', 10);
    return a.kpi.kind == QLatin1String("percent") ? QStringLiteral("ร้อยละ %1").arg(number)
                                                  : QStringLiteral("%1 %2").arg(number, a.kpi.unit).trimmed();
}

QString percent(double value)
{
    return QString::number(value, 'f', 2);
}

/** A measure's or line's heading, as a row of its own: its number in the first column, its title in the second. */
QStringList heading(const QString& number, const QString& title, int columns)
{
    QStringList row { number, title };
    while (row.size() < columns)
        row << QString();
    return row;
}

QString roundTitle(int round)
{
    return QStringLiteral("รอบ %1 เดือน").arg(round);
}

} // namespace

ListDocument planList(const Plan& plan, const office::OfficeProfile& office)
{
    ListDocument d;
    d.title = plan.title;
    d.subtitles = { office.fullName() };
    d.sheetName = QStringLiteral("แผนปฏิบัติการ");
    d.columns = { { QStringLiteral("ที่"), 14, Align::Center },
                  { QStringLiteral("มาตรการ / แนวทาง / โครงการ กิจกรรม"), 0 },
                  { QStringLiteral("ตัวชี้วัด"), 48 },
                  { QStringLiteral("เป้าหมาย"), 24 },
                  { QStringLiteral("งบประมาณ (บาท)"), 27, Align::Right },
                  { QStringLiteral("ผู้รับผิดชอบ"), 30 },
                  { QStringLiteral("ระยะเวลา"), 26 },
                  { QStringLiteral("คุณธรรม"), 20 } };
    d.numericColumns = { 4 };
    d.emptyText = QStringLiteral("ยังไม่มีโครงการ/กิจกรรม");
    const int width = int(d.columns.size());
    qint64 total = 0;
    for (const Measure& m : plan.measures) {
        qint64 measureTotal = 0;
        for (const Activity& a : plan.activities)
            if (a.measure == m.number)
                measureTotal += a.budgetSatang.value_or(0);
        QStringList row
            = heading(QString::number(m.number), QStringLiteral("มาตรการที่ %1 %2").arg(m.number).arg(m.title), width);
        row[4] = text::formatBaht(measureTotal);
        d.rows << row;
        total += measureTotal;
        const auto addActivities = [&](int line) {
            for (const Activity& a : plan.activities)
                if (a.measure == m.number && a.line == line)
                    d.rows << QStringList { a.code(),
                                            a.title,
                                            a.kpi.name,
                                            targetText(a),
                                            budgetText(a.budgetSatang),
                                            QStringList { a.division, a.person }.join(QStringLiteral(" ")).trimmed(),
                                            monthsText(a.months, plan.fiscalYear),
                                            virtuesText(a.virtues) };
        };
        addActivities(0);
        for (const Line& l : m.lines) {
            d.rows << heading(QStringLiteral("%1.%2").arg(m.number).arg(l.number),
                              QStringLiteral("แนวทางที่ %1.%2 %3").arg(m.number).arg(l.number).arg(l.title), width);
            addActivities(l.number);
        }
    }
    d.closing << QStringLiteral("รวม %1 มาตรการ %2 โครงการ/กิจกรรม งบประมาณรวม %3 บาท (%4)")
                     .arg(plan.measures.size())
                     .arg(plan.activities.size())
                     .arg(text::formatBaht(total), text::thaiBahtText(total));
    return d;
}

ListDocument itaPlanList(const Plan& plan, const office::OfficeProfile& office)
{
    ListDocument d = planList(plan, office);
    d.title = QStringLiteral("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. %1").arg(plan.fiscalYear);
    d.subtitles = { office.fullName(),
                    QStringLiteral("(เผยแพร่ตามการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ITA)") };
    d.sheetName = QStringLiteral("แผน ITA");
    return d;
}

ListDocument roundReport(const Plan& plan, const PlanStanding& s, const office::OfficeProfile& office)
{
    ListDocument d;
    d.title = QStringLiteral("แบบรายงานผลการดำเนินการตามแผน %1").arg(roundTitle(s.round));
    d.subtitles = { plan.title, office.fullName() };
    const RoundInfo info = plan.round(s.round);
    if (info.due.isValid())
        d.subtitles << QStringLiteral("ผลการดำเนินการสะสมถึงวันที่ %1 (กำหนดส่ง %2)")
                           .arg(calendar::formatThaiDate(roundEnd(plan.fiscalYear, s.round)),
                                calendar::formatThaiDate(info.due));
    d.sheetName = roundTitle(s.round);
    d.columns = { { QStringLiteral("ที่"), 14, Align::Center },
                  { QStringLiteral("โครงการ/กิจกรรม"), 0 },
                  { QStringLiteral("ตัวชี้วัด / เป้าหมาย"), 40 },
                  { QStringLiteral("ผลการดำเนินการ"), 28 },
                  { QStringLiteral("งบประมาณที่ใช้ (บาท)"), 26, Align::Right },
                  { QStringLiteral("สถานะ"), 24 },
                  { QStringLiteral("ปัญหาอุปสรรค"), 32 },
                  { QStringLiteral("ข้อเสนอแนะ"), 32 } };
    d.numericColumns = { 4 };
    d.emptyText = QStringLiteral("ยังไม่มีโครงการ/กิจกรรม");
    const int width = int(d.columns.size());
    for (const Measure& m : plan.measures) {
        const Success& sum = s.byMeasure.value(m.number);
        QStringList row
            = heading(QString::number(m.number), QStringLiteral("มาตรการที่ %1 %2").arg(m.number).arg(m.title), width);
        row[3] = sum.planned ? QStringLiteral("สำเร็จร้อยละ %1").arg(percent(sum.donePercent())) : QStringLiteral("-");
        d.rows << row;
        for (const ActivityStanding& st : s.activities) {
            const Activity& a = *st.activity;
            if (a.measure != m.number)
                continue;
            QString status = termLabel(statuses(), st.progress.status).value_or(st.progress.status);
            if (st.progress.status == QLatin1String("cancelled"))
                status += QStringLiteral(" (%1)").arg(st.progress.cancelReason);
            if (st.progress.carried)
                status += QStringLiteral(" (ยังไม่รายงานรอบนี้)");
            d.rows << QStringList {
                a.code(),
                a.title,
                a.kpi.kind == QLatin1String("done") || a.kpi.name.isEmpty()
                    ? (a.kpi.name.isEmpty() ? targetText(a) : a.kpi.name)
                    : QStringLiteral("%1: %2").arg(a.kpi.name, targetText(a)),
                resultText(a, st.progress)
                    + (st.kpiMet && a.kpi.kind != QLatin1String("done") ? QStringLiteral(" (บรรลุ)") : QString()),
                a.budgetSatang ? text::formatBaht(st.progress.spentSatang.value_or(0)) : QStringLiteral("-"),
                status,
                st.progress.problems,
                st.progress.suggestions
            };
        }
    }
    const Success& all = s.overall;
    d.closing << QStringLiteral(
                     "สรุป: โครงการ/กิจกรรมตามแผน %1 รายการ ดำเนินการแล้วเสร็จ %2 รายการ คิดเป็นร้อยละ %3 บรรลุตัวชี้วัด %4 "
                     "รายการ คิดเป็นร้อยละ %5 ใช้งบประมาณ %6 บาท จากที่ตั้งไว้ %7 บาท")
                     .arg(all.planned)
                     .arg(all.done)
                     .arg(percent(all.donePercent()))
                     .arg(all.kpiMet)
                     .arg(percent(all.kpiPercent()), text::formatBaht(all.budgetSpentSatang),
                          text::formatBaht(all.budgetPlannedSatang));
    d.signatures = { QStringLiteral("ผู้รายงาน"), QStringLiteral("หัวหน้าหน่วยงาน") };
    return d;
}

} // namespace sujarit::plan
