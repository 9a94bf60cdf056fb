// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoralPapers.h"

#include "MoralTerms.h"
#include "calendar/ThaiDate.h"
#include "documents/FlowWriter.h"
#include "office/OfficeProfile.h"
#include "plan/PlanTemplates.h"

#include <QCoreApplication>

namespace sujarit::moral {

namespace {
struct PaperText
{
    Q_DECLARE_TR_FUNCTIONS(PaperText)
};

bool needsName(const office::OfficeProfile& office, QString* error)
{
    if (!office.name.isEmpty())
        return true;
    if (error)
        *error = PaperText::tr("the office profile lacks its name (name); set it with “sujarit-cli office set”");
    return false;
}

/** Text kept with line breaks, each line a paragraph (an empty text a dotted line for the pen). */
void paragraphs(documents::FlowWriter& flow, const QString& text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        flow.paragraph(QStringLiteral("........................................................................"));
    for (const QString& line : lines)
        flow.paragraph(line.trimmed());
}
} // namespace

documents::DocumentPainter moralReport(const SelfAssessment& a, const QList<QStringList>& held,
                                       const QList<risks::EvidenceFiles::File>& files, QDate due,
                                       const office::OfficeProfile& office)
{
    return [a, held, files, due, office](documents::PageWriter& page, QString* error) {
        if (!needsName(office, error))
            return false;
        page.digits = office.documentDigits();
        documents::FlowWriter flow(page);
        flow.title({QStringLiteral("รายงานองค์กรคุณธรรม ประจำปีงบประมาณ พ.ศ. %1").arg(a.fiscalYear), office.fullName(),
                    QStringLiteral("(ส่งรายงานภายในวันที่ %1)").arg(calendar::formatThaiDate(due))});
        flow.heading(QStringLiteral("ส่วนที่ 1 ระดับขององค์กรคุณธรรมที่ประเมินตนเอง"));
        if (a.level == 0) {
            flow.paragraph(QStringLiteral("ยังไม่ได้ระบุระดับ ☐ ระดับที่ 1 องค์กรส่งเสริมคุณธรรม ☐ ระดับที่ 2 องค์กรคุณธรรม "
                                          "☐ ระดับที่ 3 องค์กรคุณธรรมต้นแบบ"));
        } else {
            flow.paragraph(QStringLiteral("ระดับที่ %1 %2").arg(a.level).arg(levelLabel(a.level)), documents::FlowWriter::Indent, 0, true);
            flow.paragraph(QStringLiteral("%1 คือ %2").arg(levelLabel(a.level), levelDefinition(a.level)));
        }
        flow.heading(QStringLiteral("ส่วนที่ 2 ผลการดำเนินงานตามเกณฑ์ 9 ข้อ"));
        for (const CriterionAnswer& c : a.criteria) {
            flow.room(documents::FlowWriter::Line * 5);
            flow.paragraph(QStringLiteral("เกณฑ์ข้อที่ %1 %2").arg(c.number).arg(criteria().value(c.number - 1)),
                           documents::FlowWriter::Indent, 0, true);
            flow.paragraph(QStringLiteral("ผลการประเมินตนเอง: %1")
                               .arg(c.status.isEmpty() ? QStringLiteral("ยังไม่ได้ประเมิน")
                                                       : text::labelIn(criterionStatuses(), c.status).value_or(c.status)));
            flow.paragraph(QStringLiteral("ผลการดำเนินงาน:"));
            paragraphs(flow, c.text);
            const QStringList kept = held.value(c.number - 1);
            QStringList names;
            for (const risks::EvidenceFiles::File& f : files)
                if (f.round == c.number)
                    names << f.fileName;
            if (!kept.isEmpty() || !names.isEmpty()) {
                flow.paragraph(QStringLiteral("หลักฐาน:"));
                for (const QString& line : kept)
                    flow.item(QStringLiteral("- %1").arg(line));
                if (!names.isEmpty())
                    flow.item(QStringLiteral("- ไฟล์แนบ %1 ไฟล์: %2").arg(names.size()).arg(names.join(QStringLiteral(", "))));
            }
        }
        flow.heading(QStringLiteral("ส่วนที่ 3 สรุปผลการประเมินตนเอง"));
        QList<QStringList> rows;
        for (const CriterionAnswer& c : a.criteria)
            rows << QStringList{QString::number(c.number), criteria().value(c.number - 1),
                                c.status.isEmpty() ? QStringLiteral("-")
                                                   : text::labelIn(criterionStatuses(), c.status).value_or(c.status)};
        const qreal w = page.contentWidth();
        flow.table({{QStringLiteral("ข้อ"), 12, documents::Align::Center},
                    {QStringLiteral("เกณฑ์"), w - 12 - 45},
                    {QStringLiteral("ผลการประเมิน"), 45}},
                   rows);
        flow.signature(QStringLiteral("ผู้รายงาน"));
        flow.signature(QStringLiteral("หัวหน้าหน่วยงาน"));
        return true;
    };
}

documents::ListDocument virtuesPaper(int fiscalYear, const QList<VirtueTarget>& virtues, const office::OfficeProfile& office)
{
    using documents::Align;
    documents::ListDocument d;
    d.title = QStringLiteral("รายงานปัญหาที่อยากแก้ ความดีที่อยากทำ ประจำปีงบประมาณ พ.ศ. %1").arg(fiscalYear);
    d.subtitles = {office.fullName()};
    d.sheetName = QStringLiteral("คุณธรรมเป้าหมาย");
    d.columns = {{QStringLiteral("ที่"), 10, Align::Center},
                 {QStringLiteral("คุณธรรมเป้าหมาย"), 30},
                 {QStringLiteral("ปัญหาที่อยากแก้"), 0},
                 {QStringLiteral("ความดีที่อยากทำ"), 0},
                 {QStringLiteral("ตัวชี้วัด / ค่าเป้าหมาย"), 40},
                 {QStringLiteral("กิจกรรม"), 0},
                 {QStringLiteral("ผลการดำเนินงาน"), 0}};
    d.emptyText = QStringLiteral("ยังไม่ได้กำหนดคุณธรรมเป้าหมาย");
    for (qsizetype i = 0; i < virtues.size(); ++i) {
        const VirtueTarget& v = virtues[i];
        QStringList activities;
        if (!v.activities.isEmpty())
            activities << v.activities;
        for (const QString& a : v.planActivities)
            activities << QStringLiteral("แผน %1").arg(a);
        QStringList results;
        for (int round : plan::rounds())
            if (!v.results.value(round).isEmpty())
                results << QStringLiteral("รอบ %1 เดือน: %2").arg(round).arg(v.results.value(round));
        QStringList indicator;
        if (!v.indicator.isEmpty())
            indicator << v.indicator;
        if (!v.target.isEmpty())
            indicator << QStringLiteral("เป้าหมาย: %1").arg(v.target);
        d.rows << QStringList{QString::number(i + 1),
                              QStringLiteral("%1\n(%2)").arg(v.virtue,
                                                            text::labelIn(virtueDimensions(), v.dimension).value_or(v.dimension)),
                              v.problem,
                              v.good,
                              indicator.join(u'\n'),
                              activities.join(u'\n'),
                              results.isEmpty() ? QStringLiteral("-") : results.join(u'\n')};
    }
    d.signatures = {QStringLiteral("ผู้รายงาน"), QStringLiteral("หัวหน้าหน่วยงาน")};
    return d;
}

documents::ListDocument deedsPaper(int fiscalYear, const QList<GoodDeed>& deeds, const QString& staff,
                                   const QString& position, const office::OfficeProfile& office)
{
    using documents::Align;
    const bool one = !staff.isEmpty();
    documents::ListDocument d;
    d.title = QStringLiteral("บันทึกสะสมความดี ประจำปีงบประมาณ พ.ศ. %1").arg(fiscalYear);
    d.subtitles = {office.fullName()};
    if (one)
        d.subtitles.prepend(QStringLiteral("ชื่อ %1%2%3")
                                .arg(staff, position.isEmpty() ? QString() : QStringLiteral(" ตำแหน่ง ") + position,
                                     deeds.isEmpty() || deeds.first().division.isEmpty()
                                         ? QString()
                                         : QStringLiteral(" สังกัด ") + deeds.first().division));
    d.sheetName = QStringLiteral("บันทึกความดี");
    d.columns = {{QStringLiteral("ที่"), 10, Align::Center}, {QStringLiteral("วันที่"), 24}};
    if (!one)
        d.columns << documents::TableColumn{QStringLiteral("ชื่อ - สกุล"), 45};
    d.columns << documents::TableColumn{QStringLiteral("ความดีที่ทำ"), 0} << documents::TableColumn{QStringLiteral("คุณธรรม"), 24}
              << documents::TableColumn{QStringLiteral("สถานที่"), 40} << documents::TableColumn{QStringLiteral("ผู้รับรอง"), 45};
    d.emptyText = QStringLiteral("ยังไม่มีความดีที่บันทึกไว้");
    for (qsizetype i = 0; i < deeds.size(); ++i) {
        const GoodDeed& x = deeds[i];
        QStringList row{QString::number(i + 1), calendar::formatThaiDate(x.date, calendar::DateStyle::AbbreviatedShortYear)};
        if (!one)
            row << x.staff;
        row << x.deed << x.virtue << x.place << x.certifiedBy;
        d.rows << row;
    }
    const DeedCounts counts = countDeeds(deeds);
    const auto joined = [](const QList<std::pair<QString, int>>& list) {
        QStringList out;
        for (const auto& [name, n] : list)
            out << QStringLiteral("%1 %2").arg(name).arg(n);
        return out.join(QStringLiteral(", "));
    };
    d.closing << QStringLiteral("รวม %1 รายการ").arg(deeds.size());
    if (!deeds.isEmpty()) {
        d.closing << QStringLiteral("จำแนกตามคุณธรรม: %1").arg(joined(counts.byVirtue));
        if (!one) {
            d.closing << QStringLiteral("จำแนกตามบุคคล: %1").arg(joined(counts.byPerson));
            d.closing << QStringLiteral("จำแนกตามสังกัด: %1").arg(joined(counts.byDivision));
        }
    }
    d.signatures = {one ? QStringLiteral("ผู้บันทึก") : QStringLiteral("ผู้รายงาน"), QStringLiteral("หัวหน้าหน่วยงาน")};
    return d;
}

documents::DocumentPainter bestPracticePaper(const BestPractice& p, int evidenceFiles, const office::OfficeProfile& office)
{
    return [p, evidenceFiles, office](documents::PageWriter& page, QString* error) {
        if (!needsName(office, error))
            return false;
        page.digits = office.documentDigits();
        documents::FlowWriter flow(page);
        flow.title({QStringLiteral("แบบรายงานการถอดบทเรียนและประสบการณ์ (Best Practice)"),
                    QStringLiteral("ประจำปีงบประมาณ พ.ศ. %1").arg(p.fiscalYear), office.fullName()},
                   2);
        flow.paragraph(QStringLiteral("ชื่อผลงาน %1").arg(p.title), 0, 0, true);
        flow.paragraph(QStringLiteral("หน่วยงานเจ้าของผลงาน %1").arg(p.division), 0);
        QStringList steps = p.steps.split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < steps.size(); ++i)
            steps[i] = QStringLiteral("ขั้นตอนที่ %1 %2").arg(i + 1).arg(steps[i].trimmed());
        const std::pair<const char*, QString> parts[] = {
            {"1. ความเป็นมาและความสำคัญ", p.background}, {"2. ขั้นตอนการดำเนินงาน", steps.join(u'\n')},
            {"3. ผลการดำเนินงาน", p.results},          {"4. ปัจจัยแห่งความสำเร็จ", p.factors},
            {"5. บทเรียนที่ได้รับ", p.lessons},
        };
        for (const auto& [heading, body] : parts) {
            flow.heading(QString::fromUtf8(heading));
            paragraphs(flow, body);
        }
        flow.heading(QStringLiteral("6. หลักฐาน"));
        flow.paragraph(evidenceFiles > 0 ? QStringLiteral("ภาพถ่ายและเอกสารประกอบ %1 ไฟล์ แนบท้ายรายงานนี้").arg(evidenceFiles)
                                         : QStringLiteral("ยังไม่ได้แนบหลักฐาน"));
        flow.signature(QStringLiteral("ผู้รายงาน"));
        flow.signature(QStringLiteral("หัวหน้า%1").arg(p.division));
        return true;
    };
}

} // namespace sujarit::moral
