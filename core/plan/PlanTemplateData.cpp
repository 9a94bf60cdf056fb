// SPDX-License-Identifier: GPL-3.0-or-later
// Generated once from the seeds (shared/seeds/001 and 004) and checked against them by tests/core/test_plan.cpp.
#include "PlanTemplates.h"

namespace sujarit::plan {

const QList<CatalogueActivity>& seed001Catalogue()
{
    static const QList<CatalogueActivity> list = {
        {QStringLiteral("strategy"), QStringLiteral(""), 1, QStringLiteral("จัดทำแผนยุทธศาสตร์ขับเคลื่อนประมวลจริยธรรม/ หรือยุทธศาสตร์การส่งเสริมคุณธรรมจริยธรรมของกรม")},
        {QStringLiteral("strategy"), QStringLiteral(""), 2, QStringLiteral("จัดทำแผนงาน/โครงการเพื่อขับเคลื่อนประมวลจริยธรรมฯ เช่น จังหวัดเพชรบุรีวางแผนโครงการไว้ 29 โครงการ")},
        {QStringLiteral("strategy"), QStringLiteral(""), 3, QStringLiteral("นำประมวลจริยธรรมฯ บูรณาการในนโยบายด้านอื่นๆที่มีอยู่แล้ว เช่น นโยบายการกำกับดูแลองค์การที่ดีตามหลักธรรมาภิบาล / บูรณาการในแผนพัฒนาจังหวัด")},
        {QStringLiteral("strategy"), QStringLiteral(""), 4, QStringLiteral("จัดประชุมคณะกรรมการจริยธรรมอย่างสม่ำเสมอทุกเดือน หรือทุก 2 เดือน")},
        {QStringLiteral("strategy"), QStringLiteral(""), 5, QStringLiteral("รวมภารกิจที่เกี่ยวข้องกับงานจริยธรรมไว้ด้วยกัน เช่น กลุ่มงานคุ้มครองจริยธรรม การร้องเรียนผ่านศูนย์ดำรงธรรม ตู๋ ป.ณ. 1111 การกำกับดูแลองค์การที่ดีตามหลักธรรมาภิบาล")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 1, QStringLiteral("จัดทำคำประกาศวาระจังหวัดด้านจริยธรรมข้าราชการพลเรือน ตามหมวด 2 ของประมวลจริยธรรมฯ รวม 10 ข้อ")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 2, QStringLiteral("จัดทำข้อบังคับจรรยาข้าราชการและคู่มือการปฏิบัติตามข้อบังคับจรรยาฯ")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 3, QStringLiteral("จัดทำมาตรฐานความโปร่งใสของส่วนราชการ")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 4, QStringLiteral("ตั้งศูนย์ให้คำปรึกษาเกี่ยวกับการปฏิบัติตามประมวลจริยธรรม/สายด่วนชี้แจงข้อมูล หรือข้อสงสัย")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 5, QStringLiteral("นโยบายให้ผู้บริหารระดับสูงของกรมสอดแทรกเนื้อหาเกี่ยวกับประมวลจริยธรรม และจรรยาข้าราชการในพิธีเปิดงานหรือการบรรยายพิเศษ/การประชุมสัมมนา")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 6, QStringLiteral("ส่งเสริมให้มีองค์กรต้นแบบด้านคุณธรรม จริยธรรม")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 7, QStringLiteral("จัดเสวนาเกี่ยวกับคุณธรรม จริยธรรมและประมวลจริยธรรมโดยผู้ทรงคุณวุฒิ และผู้บริหารระดับสูงของกรม เรื่องคุณธรรม จริยธรรม ประมวลจริยธรรมสู่การปฏิบัติ")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 8, QStringLiteral("โครงการ/กิจกรรม ยกย่องข้าราชการและเจ้าหน้าที่ของรัฐ เช่น โครงการเพชรเม็ดงาม")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 9, QStringLiteral("จัดการฝึกอบรมเรื่องคุณธรรมจริยธรรมแก่กลุ่มข้าราชการบรรจุใหม่ และข้าราชการที่ปฏิบัติงาน")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 10, QStringLiteral("บรรจุประมวลจริยธรรมในหลักสูตรการฝึกอบรม / จัดทำชุดวิชาการส่งเสริมจริยธรรมของข้าราชการ")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 11, QStringLiteral("เสริมสร้างศักยภาพในการปฏิบัติงานของคณะกรรมการจริยธรรม")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 12, QStringLiteral("จัดสัปดาห์ หรือวันส่งเสริมคุณธรรม")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 13, QStringLiteral("ให้หน่วยงานกำหนดธรรมเนียมปฏิบัติในการจัดซื้อจัดจ้าง")},
        {QStringLiteral("campaign"), QStringLiteral("2.1"), 14, QStringLiteral("กำหนดมาตรฐานการให้บริการประชาชน")},
        {QStringLiteral("campaign"), QStringLiteral("2.2"), 15, QStringLiteral("จัดพิมพ์เอกสารประมวลจริยธรรมเผยแพร่ให้กับส่วนราชการระดับจังหวัด/อำเภอ/องค์กรปกครองส่วนท้องถิ่น/เอกชน")},
        {QStringLiteral("campaign"), QStringLiteral("2.2"), 16, QStringLiteral("ประชุมชี้แจงทำความเข้าใจกับข้าราชการโดยตรง/ VDO Conference")},
        {QStringLiteral("campaign"), QStringLiteral("2.2"), 17, QStringLiteral("เผยแพร่ประมวลจริยธรรมฯ /จรรยาข้าราชการและผลการดำเนินงานของคณะกรรมการจริยธรรม และกลุ่มงานคุ้มครองจริยธรรมใน Website")},
        {QStringLiteral("campaign"), QStringLiteral("2.2"), 18, QStringLiteral("การจัดทำ Facebook เพื่อประชาสัมพันธ์งานประมวลจริยธรรมให้แพร่หลาย")},
        {QStringLiteral("campaign"), QStringLiteral("2.2"), 19, QStringLiteral("ภาพพท์หน้าจอ(Screen Server) ส่งเสริมจรรยาข้าราชการ")},
        {QStringLiteral("campaign"), QStringLiteral("2.2"), 20, QStringLiteral("จัดทำโปสเตอร์ /แผ่นพับ/ปฏิทิน/ Roll up/ป้ายประชาสัมพันธ์รณรงค์ด้านการส่งเสริมจริยธรรม/ จรรยา/พระบรมราโชวาท เป็นต้น")},
        {QStringLiteral("campaign"), QStringLiteral("2.2"), 21, QStringLiteral("จัดทำข่าวจริยธรรมรายเดือนเผยแพร่ผลงานของคณะกรรมการจริยธรรม/เขียนบทความประจำในวารสาร เช่น วารสารที่ดินสัมพันธ์ ข่าวคุณประพฤติ")},
        {QStringLiteral("campaign"), QStringLiteral("2.2"), 22, QStringLiteral("มีแผนตรวจเยี่ยมเพื่อรับฟังปัญหา และผลงานด้านจริยธรรมของหน่วยงาน")},
        {QStringLiteral("campaign"), QStringLiteral("2.2"), 23, QStringLiteral("ประชาสัมพันธ์โดยสื่อวิทยุ และเคเบิลทีวีของจังหวัด เช่น รายการผู้ว่าราชการจังหวัดพบประชาชน")},
        {QStringLiteral("monitoring"), QStringLiteral(""), 1, QStringLiteral("การลงนามรับทราบประมวลจริยธรรม โดยแบบฟอร์มที่กำหนดขึ้น")},
        {QStringLiteral("monitoring"), QStringLiteral(""), 2, QStringLiteral("จัดเก็บสถิติเรื่องร้องเรียนและการกระทำผิดวินัย")},
        {QStringLiteral("monitoring"), QStringLiteral(""), 3, QStringLiteral("วางแนวทางการวินิจฉัยเรื่องร้องเรียน และหลักเกณฑ์วิธีการคุ้มครองผู้ร้องเรียนหรือผู้ให้เบาะแส")},
        {QStringLiteral("monitoring"), QStringLiteral(""), 4, QStringLiteral("ออกแบบตู้รับเรื่องร้องเรียนและร้องทุกข์ให้สื่อถึงการส่งเสริมจริยธรรมข้าราชการ")},
        {QStringLiteral("monitoring"), QStringLiteral(""), 5, QStringLiteral("รายงานเรื่องร้องเรียนให้ผู้บริหารรับทราบเป็นประจำทุกเดือน")},
        {QStringLiteral("monitoring"), QStringLiteral(""), 6, QStringLiteral("ทบทวนกฎหมาย ระเบียบ เพื่อลดช่องทางการใช้ดุลยพินิจและการแสวงหาผลประโยชน์")},
        {QStringLiteral("monitoring"), QStringLiteral(""), 7, QStringLiteral("หลักเกณฑ์การตรวจพิสูจน์ข้าราชการที่มีคุณธรรม จริยธรรมเพื่อประโยชน์ในการแต่งตั้ง")},
        {QStringLiteral("monitoring"), QStringLiteral(""), 8, QStringLiteral("กำหนดตัวชี้วัดการปฏิบัติตนตามจริยธรรมข้าราชการพลเรือนในการคัดเลือกข้าราชการดีเด่น")},
        {QStringLiteral("monitoring"), QStringLiteral(""), 9, QStringLiteral("ควบคุม กำกับให้ปฏิบัติเป็นไปตามกฎหมายควบคุมภายใน")},
        {QStringLiteral("monitoring"), QStringLiteral(""), 10, QStringLiteral("โครงการประเมินผลการรับรู้ประมวลจริยธรรมข้าราชการ")},
        {QStringLiteral("monitoring"), QStringLiteral(""), 11, QStringLiteral("โครงการประเมินผลการดำเนินงานด้านส่งเสริมจริยธรรม")},
        {QStringLiteral("network"), QStringLiteral(""), 1, QStringLiteral("จัดทำสื่อรณรงค์/กิจกรรมส่งเสริมจริยธรรมและเผยแพร่ข้อบังคับจรรยาไปยังองค์กรเครือข่าย คู่สมรส ญาติ พี่น้อง พรรคพวก")},
        {QStringLiteral("network"), QStringLiteral(""), 2, QStringLiteral("จัดกิจกรรมสัญจรให้ความรู้แก่ อสม.และประชาชนในพื้นที่เพื่อร่วมกำกับ สอดส่องและช่วยเผยแพร่ คุณธรรม จริยธรรม")},
        {QStringLiteral("network"), QStringLiteral(""), 3, QStringLiteral("จัดทำค่ายจริยธรรมเยาวชน")},
        {QStringLiteral("network"), QStringLiteral(""), 4, QStringLiteral("สนับสนุนให้มีหลักสูตรการเรียนการสอนวิชาหน้าที่ศีลธรรมในโรงเรียน")},
        {QStringLiteral("network"), QStringLiteral(""), 5, QStringLiteral("จัดเสวนาพิเศษในประเด็นความเสี่ยงทางจริยธรรมที่ส่งผลกระทบต่อเครือข่ายและชุมชน เช่น ปัญหาเยาวชน ปัญหาการบุกรุกชายหาด เป็นต้น")},
    };
    return list;
}

const QList<TemplateMeasure>& seed004Measures()
{
    static const QList<TemplateMeasure> list = {
        {QStringLiteral("ส่งเสริม สนับสนุน กิจกรรมส่งเสริมคุณธรรมภายในองค์กรเพื่อรักษามาตรฐานการเป็นองค์กรคุณธรรมต้นแบบ"),
         {QStringLiteral("ส่งเสริม สนับสนุน ขับเคลื่อน กระบวนการรักษามาตรฐานการเป็นองค์กรคุณธรรมต้นแบบ"),
          QStringLiteral("ส่งเสริม สนับสนุน พฤติกรรมของบุคคลและบทบาทขององค์กรด้านคุณธรรม จริยธรรม"),
          QStringLiteral("ส่งเสริม สนับสนุน ขับเคลื่อนกระบวนการสร้างองค์ความรู้และแหล่งเรียนรู้ด้านการส่งเสริมคุณธรรม จริยธรรม"),
          QStringLiteral("พัฒนาบุคลากรให้เป็นไปตามประมวลจริยธรรมเจ้าหน้าที่ของรัฐสภา")}},
        {QStringLiteral("การส่งเสริม สนับสนุน การดำเนินการตามคุณธรรมเป้าหมาย ๕ ประการ (พอเพียง วินัย สุจริต จิตอาสา กตัญญู) ตามหลักกรรมทางศาสนา หลักปรัชญาเศรษฐกิจพอเพียง และวิถีวัฒนธรรมไทย"),
         {QStringLiteral("ส่งเสริม สนับสนุน การดำเนินการตามคุณธรรมเป้าหมาย ๕ ประการ (พอเพียง วินัย สุจริต จิตอาสา กตัญญู)"),
          QStringLiteral("ส่งเสริม สนับสนุน การปฏิบัติตนตามหลักกรรมทางศาสนา หลักปรัชญาเศรษฐกิจพอเพียง วิถีวัฒนธรรมไทย และนำความรู้มาปรับใช้กับการปฏิบัติตนและการดำเนินชีวิต")}},
        {QStringLiteral("การส่งเสริมคุณธรรม ความโปร่งใส และต่อต้านการทุจริต"),
         {QStringLiteral("ขับเคลื่อนและประเมิน การดำเนินการตามประมวลจริยธรรมเจ้าหน้าที่ของรัฐสภา และวินัยข้าราชการรัฐสภา"),
          QStringLiteral("ส่งเสริม สนับสนุน ดำเนินการตามคุณธรรม ความโปร่งใส และการต่อต้านการทุจริต")}},
    };
    return list;
}

} // namespace sujarit::plan
