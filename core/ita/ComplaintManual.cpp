// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintManual.h"

#include "announcements/AnnouncementTemplates.h"
#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "documents/FlowWriter.h"
#include "office/OfficeProfile.h"

#include <QCoreApplication>
#include <QImage>

namespace sujarit::ita {

using documents::Align;
using documents::PageWriter;

namespace {
struct ManualText
{
    Q_DECLARE_TR_FUNCTIONS(ManualText)
};

constexpr qreal Line = documents::FlowWriter::Line;
constexpr qreal Indent = documents::FlowWriter::Indent;

/** "15 วันทำการ" or "7 วัน". */
QString lengthOf(const complaints::DeadlineRule& r)
{
    return QStringLiteral("%1 %2").arg(r.amount).arg(r.unit == complaints::DeadlineUnit::WorkingDays
                                                         ? QStringLiteral("วันทำการ")
                                                         : QStringLiteral("วัน"));
}

/** Where each clock starts, in the manual's words. */
QString startOf(const QString& clock)
{
    if (clock == u"register" || clock == u"first_answer")
        return QStringLiteral("วันที่รับเรื่อง");
    if (clock == u"unit_report")
        return QStringLiteral("วันที่มอบหมายหน่วยงาน");
    if (clock == u"notify_result")
        return QStringLiteral("วันที่เรื่องยุติหรือแต่งตั้งคณะกรรมการ");
    return {};
}

using Flow = documents::FlowWriter;

/** Seed 003 §6: the flowchart, a box a step with its time, drawn top to bottom on a page of its own. */
void flowchart(Flow& flow, const QList<std::pair<QString, QString>>& boxes)
{
    PageWriter& page = flow.page();
    const qreal width = 136, x = page.left + (page.contentWidth() - width) / 2, gap = 8;
    constexpr qreal Small = 15, SmallLine = 6.8;
    qreal total = 0;
    QList<QStringList> texts;
    for (const auto& [step, time] : boxes) {
        QStringList lines = page.wrap(step, width - 8, Small, 0, true);
        if (!time.isEmpty())
            lines << page.wrap(time, width - 8, Small);
        texts << lines;
        total += lines.size() * SmallLine + 4 + gap;
    }
    flow.room(total);
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const qreal h = texts[i].size() * SmallLine + 4;
        const qreal top = page.y;
        page.rect(x, top, width, h, 0.3);
        qreal y = top + 2 + SmallLine * 0.8;
        const int boldLines = int(page.wrap(boxes[i].first, width - 8, Small, 0, true).size());
        for (qsizetype l = 0; l < texts[i].size(); ++l) {
            page.text(x + width / 2, y, texts[i][l], Small, l < boldLines, Align::Center);
            y += SmallLine;
        }
        page.y = top + h;
        if (i + 1 < boxes.size()) { // an arrow down to the next box
            const qreal cx = x + width / 2;
            page.line(cx, page.y, cx, page.y + gap - 1, 0.3);
            page.line(cx - 1.5, page.y + gap - 2.8, cx, page.y + gap - 0.6, 0.3);
            page.line(cx + 1.5, page.y + gap - 2.8, cx, page.y + gap - 0.6, 0.3);
            page.y += gap;
        }
    }
    page.y += Line * 1.5;
}
} // namespace

QStringList manualNeeds()
{
    return {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("responsible_unit")};
}

documents::DocumentPainter complaintManual(const office::OfficeProfile& o, const QList<complaints::DeadlineRule>& rules,
                                           QDate made)
{
    return [o, rules, made](PageWriter& page, QString* error) {
        if (const QStringList missing = o.missing(manualNeeds()); !missing.isEmpty()) {
            if (error)
                *error = ManualText::tr("the office profile lacks %1; set it with “sujarit-cli office set”")
                             .arg(missing.join(QStringLiteral(", ")));
            return false;
        }
        page.digits = o.documentDigits();
        const auto rule = [&](const char* clock) { return complaints::ruleFor(rules, QString::fromLatin1(clock)); };
        const complaints::DeadlineRule reg = rule("register"), first = rule("first_answer"), unit = rule("unit_report"),
                                       notify = rule("notify_result");
        const QString centre = QStringLiteral("ศูนย์ปฏิบัติการต่อต้านการทุจริต%1").arg(o.name);
        const qreal mid = page.left + page.contentWidth() / 2;

        // The cover.
        if (!o.emblemPath.isEmpty()) {
            const QImage emblem(o.emblemPath);
            if (!emblem.isNull())
                page.image(emblem, QRectF(mid - 20 * emblem.width() / std::max(1, emblem.height()), 45,
                                          40.0 * emblem.width() / std::max(1, emblem.height()), 40));
        }
        page.y = 110;
        for (const QString& l : {QStringLiteral("คู่มือ"), QStringLiteral("แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต"),
                                 QStringLiteral("และประพฤติมิชอบของเจ้าหน้าที่")}) {
            page.text(mid, page.y, l, 24, true, Align::Center);
            page.y += 12;
        }
        page.y += 20;
        page.text(mid, page.y, o.name, 20, true, Align::Center);
        page.y += 10;
        if (!o.district.isEmpty() || !o.province.isEmpty()) {
            page.text(mid, page.y,
                      QStringLiteral("%1 %2")
                          .arg(o.district.isEmpty() ? QString() : QStringLiteral("อำเภอ") + o.district,
                               o.province.isEmpty() ? QString() : QStringLiteral("จังหวัด") + o.province)
                          .trimmed(),
                      20, true, Align::Center);
        }
        page.text(mid, page.pageHeight() - 35,
                  QStringLiteral("จัดทำจากการตั้งค่าของหน่วยงานในโปรแกรม ณ วันที่ %1").arg(calendar::formatThaiDate(made)), 14,
                  false, Align::Center);

        Flow flow(page);
        page.newPage();
        page.y = page.top;
        page.text(mid, page.y, QStringLiteral("คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"), 18, true,
                  Align::Center);
        page.y += Line * 1.5;

        flow.heading(QStringLiteral("1. หลักการและเหตุผล"));
        flow.paragraph(QStringLiteral(
                           "%1 มีหน้าที่ป้องกันและปราบปรามการทุจริตและประพฤติมิชอบ และส่งเสริมและคุ้มครองจริยธรรมของบุคลากร "
                           "ให้สอดคล้องกับยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต การจัดการเรื่องร้องเรียนเป็นไปตาม"
                           "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. 2546 มาตรา 38 "
                           "ซึ่งให้ส่วนราชการตอบหรือแจ้งการดำเนินการให้ผู้ติดต่อทราบภายใน 15 วัน หรือภายในระยะเวลาที่กำหนด "
                           "หน่วยงานจึงกำหนดให้แจ้งผู้ร้องเรียนครั้งแรกภายใน %2 และจัดทำคู่มือนี้ขึ้น")
                           .arg(o.name, lengthOf(first)));

        flow.heading(QStringLiteral("2. วัตถุประสงค์"));
        flow.item(QStringLiteral("1) เพื่อให้การจัดการเรื่องร้องเรียนการทุจริตของ%1 มีขั้นตอนและแนวทางการปฏิบัติงานเป็นมาตรฐานเดียวกัน")
                      .arg(o.name));
        flow.item(QStringLiteral("2) เพื่อให้มั่นใจว่าได้ปฏิบัติตามระเบียบ หลักเกณฑ์ และระยะเวลาการจัดการเรื่องร้องเรียนอย่างสม่ำเสมอ"));
        flow.item(QStringLiteral("3) เพื่อพิทักษ์สิทธิของประชาชนและผู้ร้องเรียน/แจ้งเบาะแส ตามหลักธรรมาภิบาล"));

        flow.heading(QStringLiteral("3. สถานที่ตั้ง"));
        flow.paragraph(QStringLiteral("ที่ทำการ%1 %2").arg(o.name, o.address));

        flow.heading(QStringLiteral("4. คำจำกัดความ"));
        flow.paragraph(QStringLiteral("เรื่องร้องเรียน หมายถึง ความเดือดร้อนเสียหายอันเกิดจากการปฏิบัติหน้าที่ของเจ้าหน้าที่สังกัด%1 "
                                      "เช่น การประพฤติมิชอบ พฤติการณ์ส่อไปในทางทุจริต หรือความผิดปกติในการจัดซื้อจัดจ้าง")
                           .arg(o.name));
        flow.paragraph(QStringLiteral("ผู้ร้องเรียน/แจ้งเบาะแส หมายถึง ผู้พบเห็นการกระทำอันมิชอบด้านการทุจริต ซึ่งเสนอคำร้องเรียน"
                                      "หรือแจ้งเบาะแสต่อ%1 หรือส่วนราชการที่เกี่ยวข้อง")
                           .arg(o.name));
        flow.paragraph(QStringLiteral("เจ้าหน้าที่ หมายถึง เจ้าหน้าที่ของรัฐ พนักงานส่วนท้องถิ่น และพนักงานจ้าง"));
        flow.paragraph(QStringLiteral("หน่วยรับเรื่องร้องเรียน/แจ้งเบาะแส หมายถึง %1").arg(centre));
        flow.paragraph(QStringLiteral("วันทำการ หมายถึง วันจันทร์ถึงวันศุกร์ที่ไม่ใช่วันหยุดราชการ ตามตารางวันหยุดที่หน่วยงานใช้นับระยะเวลา"));

        flow.heading(QStringLiteral("5. ช่องทางการร้องเรียน/แจ้งเบาะแส"));
        const QList<announcements::Channel> channels = announcements::complaintChannels(o);
        for (qsizetype i = 0; i < channels.size(); ++i)
            flow.item(QStringLiteral("%1) %2 %3").arg(i + 1).arg(channels[i].name, channels[i].detail));
        flow.paragraph(QStringLiteral("เรื่องที่ต้องพิจารณาวินิจฉัย: เสนอตามลำดับขั้น แต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง ดำเนินการแก้ไข "
                                      "รายงานผลผู้บังคับบัญชา และแจ้งผู้ร้องเป็นหนังสือ (กรณีไม่แล้วเสร็จในครั้งเดียว ให้แจ้งครั้งแรก"
                                      "ภายใน %1)")
                           .arg(lengthOf(first)));

        flow.nextPage();
        flow.heading(QStringLiteral("6. แผนผังกระบวนการจัดการเรื่องร้องเรียนการทุจริต"));
        flowchart(flow,
                  {{QStringLiteral("รับเรื่องร้องเรียนจากทุกช่องทาง"),
                    QStringLiteral("ลงทะเบียนหนังสือรับ ทุกช่องทางบันทึกลงทะเบียนเรื่องร้องเรียน")},
                   {QStringLiteral("ลงทะเบียนศูนย์ฯ และเสนอผู้บังคับบัญชาสั่งการ"),
                    QStringLiteral("ภายใน %1 นับจากวันที่รับเรื่อง").arg(lengthOf(reg))},
                   {QStringLiteral("พิจารณารับหรือไม่รับไว้พิจารณา"),
                    QStringLiteral("ไม่รับไว้พิจารณา: แจ้งผู้ร้องพร้อมเหตุผล ภายใน %1").arg(lengthOf(first))},
                   {QStringLiteral("แจกจ่ายหน่วยงานที่เกี่ยวข้อง ตรวจสอบข้อเท็จจริง"),
                    QStringLiteral("หน่วยงานรายงานผลภายใน %1 นับจากวันที่ได้รับมอบหมาย").arg(lengthOf(unit))},
                   {QStringLiteral("เรื่องยุติ หรือแต่งตั้งคณะกรรมการสอบข้อเท็จจริง"), QString()},
                   {QStringLiteral("แจ้งผลให้ผู้ร้องเรียนทราบเป็นหนังสือ"),
                    QStringLiteral("ภายใน %1 นับจากวันที่เรื่องยุติหรือตั้งคณะกรรมการ (แจ้งครั้งแรกภายใน %2 นับจากวันที่รับเรื่อง)")
                        .arg(lengthOf(notify), lengthOf(first))},
                   {QStringLiteral("รายงานผลผู้บริหาร และปิดเรื่อง"), QString()}});

        flow.heading(QStringLiteral("7. ส่วนงานที่รับผิดชอบ/เจ้าหน้าที่ผู้รับผิดชอบ"));
        flow.paragraph(o.unitPhone.isEmpty() ? o.responsibleUnit
                                             : QStringLiteral("%1 โทรศัพท์ %2").arg(o.responsibleUnit, o.unitPhone));

        flow.heading(QStringLiteral("8. ขั้นตอนการปฏิบัติงาน"));
        flow.item(QStringLiteral("1) %1 (ในฐานะผู้รับผิดชอบ) รับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบตามช่องทางที่%2ประกาศกำหนด "
                                 "ลงทะเบียนและเสนอผู้บังคับบัญชาภายใน %3")
                      .arg(o.responsibleUnit, o.name, lengthOf(reg)));
        flow.item(QStringLiteral("2) เจ้าหน้าที่ผู้รับผิดชอบประสานหน่วยงานที่เกี่ยวข้องตรวจสอบข้อเท็จจริง "
                                 "หน่วยงานรายงานผลให้คณะกรรมการร้องเรียนทราบภายใน %1")
                      .arg(lengthOf(unit)));
        flow.item(QStringLiteral("3) กรณีเรื่องยุติ ให้แจ้งผลให้ผู้ร้องเรียนทราบภายใน %1 กรณีเรื่องไม่ยุติ ให้ตั้งคณะกรรมการสอบข้อเท็จจริง "
                                 "และแจ้งผลการดำเนินงานให้ผู้ร้องเรียนทราบภายใน %1")
                      .arg(lengthOf(notify)));
        flow.item(QStringLiteral("4) ผู้ร้องเรียนที่แจ้งชื่อและที่อยู่ ได้รับแจ้งการดำเนินการครั้งแรกภายใน %1 นับจากวันที่รับเรื่อง "
                                 "ผู้ร้องเรียนที่ไม่ประสงค์ออกนามไม่มีผู้ให้แจ้ง จึงนับเฉพาะระยะเวลาลงทะเบียนและการรายงานของหน่วยงาน")
                      .arg(lengthOf(first)));
        flow.item(QStringLiteral("5) เจ้าหน้าที่ผู้รับผิดชอบจัดทำรายงานสรุปผลเรื่องร้องเรียนเสนอผู้บริหาร"));
        flow.paragraph(QStringLiteral("ระยะเวลาที่หน่วยงานกำหนด (นับตามตารางวันหยุดของหน่วยงาน):"));
        QList<QStringList> clockRows;
        for (const complaints::DeadlineRule& r : rules)
            clockRows << QStringList{complaints::clockLabel(r.clock), startOf(r.clock), lengthOf(r), r.basis};
        flow.table({{QStringLiteral("ขั้นตอน"), 38}, {QStringLiteral("นับจาก"), 32}, {QStringLiteral("ระยะเวลา"), 28, Align::Center},
                    {QStringLiteral("ที่มา"), page.contentWidth() - 98}},
                   clockRows);

        flow.heading(QStringLiteral("9. การรับและตรวจสอบข้อร้องเรียนจากช่องทางต่าง ๆ"));
        QList<QStringList> channelRows;
        for (const announcements::Channel& c : channels)
            channelRows << QStringList{c.name.endsWith(u':') ? c.name.chopped(1) : c.name, QStringLiteral("ทุกวันทำการ"), QStringLiteral("ภายใน %1").arg(lengthOf(first)),
                                       c.officeHoursOnly ? QStringLiteral("เว้นวันหยุดราชการ") : QStringLiteral("-")};
        flow.table({{QStringLiteral("ช่องทาง"), 50}, {QStringLiteral("ความถี่ในการตรวจสอบช่องทาง"), 38, Align::Center},
                    {QStringLiteral("ระยะเวลารับข้อร้องเรียนเพื่อประสานแก้ไข"), 44, Align::Center},
                    {QStringLiteral("หมายเหตุ"), page.contentWidth() - 132, Align::Center}},
                   channelRows);

        flow.heading(QStringLiteral("10. หลักเกณฑ์ในการรับเรื่องร้องเรียน/แจ้งเบาะแสด้านการทุจริตและประพฤติมิชอบ"));
        flow.item(QStringLiteral("1) ใช้ถ้อยคำสุภาพ ระบุวัน เดือน ปี ของหนังสือร้องเรียน และข้อเท็จจริงหรือพฤติการณ์ของเรื่องที่ร้องเรียน"
                                 "ชัดแจ้งเพียงพอที่จะสืบสวนสอบสวนได้ พร้อมพยานเอกสาร พยานวัตถุ และพยานบุคคล (ถ้ามี)"));
        flow.item(QStringLiteral("2) เป็นเรื่องจริงที่มีมูลเหตุ อันเนื่องมาจากการปฏิบัติหน้าที่ของเจ้าหน้าที่สังกัด%1").arg(o.name));
        flow.item(QStringLiteral("3) เรื่องที่ไม่รับไว้พิจารณา (บันทึกเหตุผลไว้ทุกเรื่อง):"));
        const QList<text::Code>& reasons = complaints::notAcceptedReasons();
        for (qsizetype i = 0; i < reasons.size(); ++i)
            flow.paragraph(QStringLiteral("(%1) %2").arg(i + 1).arg(reasons[i].label), Indent + 8, Indent + 14);
        flow.paragraph(QStringLiteral("บัตรสนเท่ห์ที่ระบุพยานหลักฐานแวดล้อมชัดเจนเพียงพอ รับไว้ดำเนินการได้ นอกเหนือจากหลักเกณฑ์ข้างต้น "
                                      "ให้อยู่ในดุลยพินิจของผู้บังคับบัญชาเป็นกรณีไป"));

        flow.heading(QStringLiteral("11. การบันทึกข้อร้องเรียนและการรักษาความลับ"));
        flow.item(QStringLiteral("1) ทุกช่องทางที่มีการร้องเรียน เจ้าหน้าที่ต้องบันทึกลงทะเบียนเรื่องร้องเรียนการทุจริตของ%1 "
                                 "พร้อมออกเลขรับและใบรับเรื่องให้ผู้ร้องเรียน")
                      .arg(o.name));
        flow.item(QStringLiteral("2) ชื่อ ที่อยู่ และเลขประจำตัวประชาชนของผู้ร้องเรียนถูกปกปิดในทะเบียน รายงาน และเอกสารที่ส่งหน่วยงานอื่น "
                                 "ผู้มีสิทธิ์เปิดดูมีเพียงเจ้าหน้าที่ผู้รับผิดชอบ และทุกครั้งที่เปิดต้องบันทึกเหตุผลไว้ในประวัติการใช้งาน"));
        flow.item(QStringLiteral("3) เจ้าหน้าที่ที่มีส่วนได้เสียกับเรื่องร้องเรียน ต้องถอนตัวจากการพิจารณาเรื่องนั้น"));

        flow.heading(QStringLiteral("12. การประสานหน่วยงานเพื่อแก้ไขข้อร้องเรียนและการแจ้งกลับข้อร้องเรียน"));
        flow.item(QStringLiteral("1) หากเรื่องร้องเรียนอยู่ในอำนาจหน้าที่ของกองหรือสำนัก ให้หน่วยงานนั้นรายงานผลภายใน %1 "
                                 "นับจากวันที่ได้รับมอบหมาย และสำเนาให้%2 เพื่อรวบรวมสรุปรายงาน")
                      .arg(lengthOf(unit), centre));
        flow.item(QStringLiteral("2) แจ้งผู้ร้องเรียนทราบครั้งแรกภายใน %1 นับจากวันที่รับเรื่อง และแจ้งผลภายใน %2 นับจากวันที่เรื่องยุติ")
                      .arg(lengthOf(first), lengthOf(notify)));
        flow.item(QStringLiteral("3) เรื่องที่อยู่ในอำนาจของหน่วยงานอื่น ส่งต่อหน่วยงานที่มีอำนาจ และแจ้งผู้ร้องเรียนทราบ"));

        flow.heading(QStringLiteral("13. การรายงานผลการจัดการข้อร้องเรียนของหน่วยงาน"));
        flow.item(QStringLiteral("1) รวบรวมและรายงานสรุปการจัดการข้อร้องเรียนให้%1ทราบทุกไตรมาส")
                      .arg(o.executiveTitle.isEmpty() ? QStringLiteral("ผู้บริหาร") : o.executiveTitle));
        flow.item(QStringLiteral("2) หลังสิ้นปีงบประมาณ จัดทำข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี และวิเคราะห์ภาพรวม"
                                 "เพื่อแก้ไข ปรับปรุง และพัฒนาองค์กร"));
        return true;
    };
}

} // namespace sujarit::ita
