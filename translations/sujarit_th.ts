<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name></name>
    <message>
        <source>kind: “%1” is not one of %2</source>
        <translation>แบบ: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>declarant: who declares is missing</source>
        <translation>ผู้ยื่น: ยังไม่ได้ระบุผู้ยื่นแบบ</translation>
    </message>
    <message>
        <source>date: the day of the declaration is missing or impossible</source>
        <translation>วันที่: ไม่ได้ระบุวันที่ยื่นแบบ หรือเป็นวันที่ที่ไม่มีจริง</translation>
    </message>
    <message>
        <source>date: %1 is in the future</source>
        <translation>วันที่: %1 เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>form: “%1” is not one of %2</source>
        <translation>รูปแบบ: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>parties: person or company %1 has no name</source>
        <translation>ผู้เกี่ยวข้อง: บุคคลหรือนิติบุคคลลำดับที่ %1 ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>parties: the relation to %1, “%2”, is not one of %3</source>
        <translation>ผู้เกี่ยวข้อง: ความเกี่ยวข้องกับ %1 “%2” ไม่ใช่หนึ่งใน %3</translation>
    </message>
    <message>
        <source>procurement: the procurement&apos;s name is missing</source>
        <translation>การจัดซื้อจัดจ้าง: ยังไม่ได้ระบุชื่อโครงการจัดซื้อจัดจ้าง</translation>
    </message>
    <message>
        <source>procurement_number: the procurement&apos;s number is missing</source>
        <translation>เลขที่: ยังไม่ได้ระบุเลขที่โครงการจัดซื้อจัดจ้าง</translation>
    </message>
    <message>
        <source>bidders: a procurement declaration lists the bidders (with relation “none” where there is no tie)</source>
        <translation>ผู้เสนอราคา: แบบแสดงความบริสุทธิ์ใจต้องระบุผู้เสนอราคาทุกราย (ระบุ “ไม่มีความเกี่ยวข้อง” หากไม่มี)</translation>
    </message>
    <message>
        <source>no_interest: the declaration says there is no interest, yet it names a tie to a bidder</source>
        <translation>ไม่มีส่วนได้เสีย: แบบระบุว่าไม่มีส่วนได้เสีย แต่ระบุความเกี่ยวข้องกับผู้เสนอราคา</translation>
    </message>
    <message>
        <source>no_interest: only the annual declaration may be a nil return</source>
        <translation>ไม่มีส่วนได้เสีย: ระบุ “ไม่มี” ได้เฉพาะแบบประจำปี</translation>
    </message>
    <message>
        <source>no_interest: a nil return names no form of conflict and no tie</source>
        <translation>ไม่มีส่วนได้เสีย: แบบที่ระบุ “ไม่มี” ต้องไม่ระบุรูปแบบการขัดกันหรือความเกี่ยวข้อง</translation>
    </message>
    <message>
        <source>form: the form of conflict is missing (one of %1), or declare no interest</source>
        <translation>รูปแบบ: ยังไม่ได้ระบุรูปแบบการขัดกันระหว่างประโยชน์ (หนึ่งใน %1) หรือให้ระบุว่าไม่มีส่วนได้เสีย</translation>
    </message>
    <message>
        <source>parties: name the persons or companies involved, or describe the situation in details</source>
        <translation>ผู้เกี่ยวข้อง: ระบุบุคคลหรือนิติบุคคลที่เกี่ยวข้อง หรืออธิบายสถานการณ์ในรายละเอียด</translation>
    </message>
    <message>
        <source>details: a gift report says what was received, from whom and its value</source>
        <translation>รายละเอียด: รายงานการรับของขวัญต้องระบุสิ่งที่ได้รับ จากผู้ใด และมูลค่า</translation>
    </message>
    <message>
        <source>reviewer: the supervisor who reviews is missing</source>
        <translation>ผู้พิจารณา: ยังไม่ได้ระบุผู้บังคับบัญชาผู้พิจารณา</translation>
    </message>
    <message>
        <source>decision: “%1” is not one of %2</source>
        <translation>ผลการพิจารณา: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>date: the day of the review is missing or impossible</source>
        <translation>วันที่: ไม่ได้ระบุวันที่พิจารณา หรือเป็นวันที่ที่ไม่มีจริง</translation>
    </message>
    <message>
        <source>date: the review (%1) is before the declaration (%2)</source>
        <translation>วันที่: วันที่พิจารณา (%1) อยู่ก่อนวันที่ยื่นแบบ (%2)</translation>
    </message>
    <message>
        <source>reason: say why the supervisor decided so</source>
        <translation>เหตุผล: ระบุเหตุผลของผู้บังคับบัญชา</translation>
    </message>
    <message>
        <source>declaration %1</source>
        <translation>แบบที่ %1</translation>
    </message>
    <message>
        <source>%1: declarant: %2 is not on the staff list (add them with “staff add”)</source>
        <translation>%1: ผู้ยื่น: %2 ไม่มีในรายชื่อบุคลากร (เพิ่มรายชื่อก่อน)</translation>
    </message>
    <message>
        <source>%1: declarant: %2 left office on %3, before the declaration&apos;s date</source>
        <translation>%1: ผู้ยื่น: %2 พ้นจากตำแหน่งเมื่อ %3 ก่อนวันที่ยื่นแบบ</translation>
    </message>
    <message>
        <source>%1: %2 already made the annual declaration of fiscal year %3 (on %4)</source>
        <translation>%1: %2 ยื่นแบบประจำปีงบประมาณ %3 แล้ว (เมื่อ %4)</translation>
    </message>
    <message>
        <source>%1: %2 already declared for procurement %3</source>
        <translation>%1: %2 ยื่นแบบสำหรับการจัดซื้อจัดจ้างเลขที่ %3 แล้ว</translation>
    </message>
    <message>
        <source>%1: review: %2</source>
        <translation>%1: การพิจารณา: %2</translation>
    </message>
    <message>
        <source>title: the activity&apos;s title is missing</source>
        <translation>ชื่อ: ยังไม่ได้ระบุชื่อโครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>measure: the plan has no measure %1</source>
        <translation>มาตรการ: แผนไม่มีมาตรการที่ %1</translation>
    </message>
    <message>
        <source>line: measure %1 has no line of action %1.%2</source>
        <translation>แนวทาง: มาตรการที่ %1 ไม่มีแนวทางที่ %1.%2</translation>
    </message>
    <message>
        <source>line: measure %1 has lines of action; say which one the activity serves</source>
        <translation>แนวทาง: มาตรการที่ %1 มีแนวทางย่อย โปรดระบุว่ากิจกรรมอยู่ภายใต้แนวทางใด</translation>
    </message>
    <message>
        <source>area: “%1” is not one of %2</source>
        <translation>ด้าน: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>kpi source: “%1” is not one of %2</source>
        <translation>แหล่งตัวชี้วัด: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>kpi kind: “%1” is not one of %2</source>
        <translation>ประเภทตัวชี้วัด: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>target: %1 is negative</source>
        <translation>เป้าหมาย: %1 ติดลบ</translation>
    </message>
    <message>
        <source>target: %1 is over 100 per cent</source>
        <translation>เป้าหมาย: %1 เกินร้อยละ 100</translation>
    </message>
    <message>
        <source>budget: %1 baht is negative</source>
        <translation>งบประมาณ: %1 บาท ติดลบ</translation>
    </message>
    <message>
        <source>months: %1 is not a month (1 to 12)</source>
        <translation>เดือน: %1 ไม่ใช่เดือน (1 ถึง 12)</translation>
    </message>
    <message>
        <source>virtues: “%1” is not one of %2</source>
        <translation>คุณธรรม: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>round: %1 is not 6, 9 or 12</source>
        <translation>รอบ: %1 ไม่ใช่ 6, 9 หรือ 12</translation>
    </message>
    <message>
        <source>round %1 of %2 was locked on %3 by %4; a change needs an administrator&apos;s name and a reason, and is logged</source>
        <translation>รอบ %1 เดือน ปี %2 ล็อกแล้วเมื่อ %3 โดย %4 การแก้ไขต้องระบุชื่อผู้ดูแลระบบและเหตุผล และจะถูกบันทึกไว้</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>กิจกรรมที่ %1</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>รายการที่ %1</translation>
    </message>
    <message>
        <source>%1: activity: the plan of %2 has no such activity</source>
        <translation>%1: กิจกรรม: แผนปี %2 ไม่มีกิจกรรมนี้</translation>
    </message>
    <message>
        <source>%1: status: “%2” is not one of %3</source>
        <translation>%1: สถานะ: “%2” ไม่ใช่หนึ่งใน %3</translation>
    </message>
    <message>
        <source>%1: cancel_reason: say why the activity was cancelled</source>
        <translation>%1: เหตุที่ยกเลิก: โปรดระบุเหตุที่ยกเลิกกิจกรรม</translation>
    </message>
    <message>
        <source>%1: result: %2 is negative</source>
        <translation>%1: ผลการดำเนินการ: %2 ติดลบ</translation>
    </message>
    <message>
        <source>%1: result: %2 is over 100 per cent</source>
        <translation>%1: ผลการดำเนินการ: %2 เกินร้อยละ 100</translation>
    </message>
    <message>
        <source>%1: budget_spent: %2 baht is negative</source>
        <translation>%1: งบประมาณที่ใช้: %2 บาท ติดลบ</translation>
    </message>
    <message>
        <source>%1: budget_spent: the activity uses no budget (ไม่ใช้งบประมาณ)</source>
        <translation>%1: งบประมาณที่ใช้: กิจกรรมนี้ไม่ใช้งบประมาณ</translation>
    </message>
    <message>
        <source>%1: result: %2 is less than the %3 reported at %4 months; results are cumulative</source>
        <translation>%1: ผลการดำเนินการ: %2 น้อยกว่า %3 ที่รายงานในรอบ %4 เดือน ผลการดำเนินการเป็นผลสะสม</translation>
    </message>
    <message>
        <source>%1: budget_spent: %2 baht is less than the %3 baht spent by %4 months; spending is cumulative</source>
        <translation>%1: งบประมาณที่ใช้: %2 บาท น้อยกว่า %3 บาท ที่ใช้ถึงรอบ %4 เดือน การใช้งบประมาณเป็นยอดสะสม</translation>
    </message>
    <message>
        <source>%1 has no results: a header line (activity, result, budget_spent, status, …) and one line per activity are expected</source>
        <translation>%1 ไม่มีผลการดำเนินการ: ต้องมีบรรทัดหัวตาราง (ที่, ผลการดำเนินการ, งบประมาณที่ใช้, สถานะ, …) และบรรทัดละหนึ่งกิจกรรม</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1 บรรทัดที่ %2</translation>
    </message>
    <message>
        <source>%1, column activity: “%2” is not an activity of the plan of %3</source>
        <translation>%1 คอลัมน์ที่: “%2” ไม่ใช่กิจกรรมในแผนปี %3</translation>
    </message>
    <message>
        <source>%1, column result: “%2” is not a number</source>
        <translation>%1 คอลัมน์ผลการดำเนินการ: “%2” ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>%1, column budget_spent: “%2” is not an amount in baht</source>
        <translation>%1 คอลัมน์งบประมาณที่ใช้: “%2” ไม่ใช่จำนวนเงินบาท</translation>
    </message>
    <message>
        <source>%1 (activity %2)</source>
        <translation>%1 (กิจกรรมที่ %2)</translation>
    </message>
    <message>
        <source>round %1 of %2 is locked: only an administrator may change it (%3 is signed in)</source>
        <translation>รอบ %1 ของปี %2 ล็อกแล้ว ผู้ดูแลระบบเท่านั้นที่แก้ไขได้ (ผู้ใช้ขณะนี้: %3)</translation>
    </message>
</context>
<context>
    <name>AccessText</name>
    <message>
        <source>clerk</source>
        <translation>เจ้าหน้าที่รับเรื่อง</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>เจ้าหน้าที่ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>integrity officer</source>
        <translation>เจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>executive</source>
        <translation>ผู้บริหาร</translation>
    </message>
    <message>
        <source>“%1” is not a role; the roles are %2</source>
        <translation>“%1” ไม่ใช่บทบาท บทบาทที่มีคือ %2</translation>
    </message>
    <message>
        <source>a user needs at least one role</source>
        <translation>ผู้ใช้ต้องมีบทบาทอย่างน้อยหนึ่งบทบาท</translation>
    </message>
    <message>
        <source>enter complaints</source>
        <translation>รับเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>open the complaint register</source>
        <translation>เปิดทะเบียนเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>record steps on cases</source>
        <translation>บันทึกขั้นตอนของเรื่อง</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>จัดการผู้ใช้</translation>
    </message>
    <message>
        <source>change settings, holidays or the office&apos;s details</source>
        <translation>แก้ไขการตั้งค่า วันหยุด หรือข้อมูลหน่วยงาน</translation>
    </message>
    <message>
        <source>back up or restore the register</source>
        <translation>สำรองหรือกู้คืนทะเบียน</translation>
    </message>
    <message>
        <source>see statistics and reports</source>
        <translation>ดูสถิติและรายงาน</translation>
    </message>
    <message>
        <source>change staff, declarations, gifts or the action plan</source>
        <translation>แก้ไขรายชื่อบุคลากร การเปิดเผยผลประโยชน์ ของขวัญ หรือแผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>see staff, declarations, gifts or the action plan</source>
        <translation>ดูรายชื่อบุคลากร การเปิดเผยผลประโยชน์ ของขวัญ หรือแผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation>ดูบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>nobody is signed in: sign in to %1</source>
        <translation>ยังไม่ได้เข้าสู่ระบบ: เข้าสู่ระบบก่อนจึงจะ%1ได้</translation>
    </message>
    <message>
        <source>%1 may not %2</source>
        <translation>%1 ไม่มีสิทธิ์%2</translation>
    </message>
    <message>
        <source>a password needs at least 8 characters</source>
        <translation>รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>a password may not begin or end with a space</source>
        <translation>รหัสผ่านต้องไม่ขึ้นต้นหรือลงท้ายด้วยช่องว่าง</translation>
    </message>
    <message>
        <source>a user needs a sign-in name</source>
        <translation>ผู้ใช้ต้องมีชื่อเข้าระบบ</translation>
    </message>
    <message>
        <source>the sign-in name “%1” may not contain spaces or commas</source>
        <translation>ชื่อเข้าระบบ “%1” ต้องไม่มีช่องว่างหรือจุลภาค</translation>
    </message>
    <message>
        <source>an officer needs a division: the cases assigned to it are hers</source>
        <translation>เจ้าหน้าที่ผู้รับผิดชอบต้องระบุกอง/ส่วน: เรื่องที่ส่งไปยังกองนั้นจึงเป็นของเธอ</translation>
    </message>
    <message>
        <source>the password could not be protected (out of memory?); nothing was saved</source>
        <translation>เข้ารหัสรหัสผ่านไม่ได้ (หน่วยความจำไม่พอ?) จึงไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>there is already a user “%1”</source>
        <translation>มีผู้ใช้ “%1” อยู่แล้ว</translation>
    </message>
    <message>
        <source>this register already has users: an administrator adds the others</source>
        <translation>ทะเบียนนี้มีผู้ใช้แล้ว ผู้ดูแลระบบเป็นผู้เพิ่มผู้ใช้อื่น</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>ไม่มีผู้ใช้ “%1”</translation>
    </message>
    <message>
        <source>“%1” is the last administrator: make someone else administrator first</source>
        <translation>“%1” เป็นผู้ดูแลระบบคนสุดท้าย ให้ผู้อื่นเป็นผู้ดูแลระบบก่อน</translation>
    </message>
    <message>
        <source>you cannot disable yourself</source>
        <translation>ระงับบัญชีของตนเองไม่ได้</translation>
    </message>
    <message>
        <source>the current password is wrong; the password was not changed</source>
        <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง จึงไม่ได้เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>type your sign-in name</source>
        <translation>พิมพ์ชื่อเข้าระบบ</translation>
    </message>
    <message numerus="yes">
        <source>too many wrong passwords for “%1”: wait %n second(s) and try again</source>
        <translation>
            <numerusform>ใส่รหัสผ่านของ “%1” ผิดหลายครั้ง กรุณารอ %n วินาทีแล้วลองใหม่</numerusform>
        </translation>
    </message>
    <message>
        <source>the user “%1” has been disabled; ask the administrator</source>
        <translation>บัญชีผู้ใช้ “%1” ถูกระงับ กรุณาติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>wrong name or password</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>ยังไม่มีผู้เข้าสู่ระบบ</translation>
    </message>
</context>
<context>
    <name>AgendaText</name>
    <message>
        <source>meeting %1 is %2: its agenda is written before it is held</source>
        <translation>การประชุม %1 %2 แล้ว ระเบียบวาระจัดทำก่อนการประชุมเท่านั้น</translation>
    </message>
    <message>
        <source>sent: %1 is after today; record the agenda once it has gone to the members</source>
        <translation>วันที่ส่ง: %1 เป็นวันในอนาคต ให้บันทึกเมื่อส่งระเบียบวาระถึงกรรมการแล้ว</translation>
    </message>
    <message>
        <source>sent: %1 is after the meeting (%2)</source>
        <translation>วันที่ส่ง: %1 อยู่หลังวันประชุม (%2)</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>รายการที่ %1</translation>
    </message>
    <message>
        <source>%1: section: %2 is not 1 to 6; nothing was written</source>
        <translation>%1: ระเบียบวาระที่: %2 ไม่อยู่ระหว่าง 1 ถึง 6 จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>%1: title: missing; nothing was written</source>
        <translation>%1: เรื่อง: ยังไม่ได้ระบุ จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังไม่มีชื่อหน่วยงาน กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
</context>
<context>
    <name>AnnouncementText</name>
    <message>
        <source>the office profile lacks %1; set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังขาด %1 กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
    <message>
        <source>the Garuda image %1 cannot be read</source>
        <translation>อ่านไฟล์ภาพตราครุฑ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>there is no announcement %1</source>
        <translation>ไม่มีประกาศ %1</translation>
    </message>
    <message>
        <source>announcement %1 is version %2; version %3 (announcement %4) replaced it: work on that one</source>
        <translation>ประกาศ %1 เป็นฉบับที่ %2 ซึ่งถูกแทนด้วยฉบับที่ %3 (ประกาศ %4) แล้ว ให้แก้ไขฉบับนั้น</translation>
    </message>
    <message>
        <source>%1 is not a fiscal year in the Buddhist era (e.g. 2570)</source>
        <translation>%1 ไม่ใช่ปีงบประมาณ พ.ศ. (เช่น 2570)</translation>
    </message>
    <message>
        <source>kind: “%1” is not one of %2</source>
        <translation>แบบ: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>the office profile lacks its name (name): an announcement is the office&apos;s; set it first</source>
        <translation>ข้อมูลหน่วยงานยังไม่มีชื่อหน่วยงาน (name) ประกาศเป็นของหน่วยงาน จึงต้องกำหนดชื่อก่อน</translation>
    </message>
    <message>
        <source>the conflict-of-interest measures are taken from the year&apos;s risk register, and fiscal year %1 has none yet (make it first)</source>
        <translation>มาตรการป้องกันผลประโยชน์ทับซ้อนนำมาจากทะเบียนความเสี่ยงของปี แต่ปีงบประมาณ %1 ยังไม่มีทะเบียนความเสี่ยง (สร้างก่อน)</translation>
    </message>
    <message>
        <source>fiscal year %1 already has its %2 (announcement %3): revise it instead</source>
        <translation>ปีงบประมาณ %1 มี%2แล้ว (ประกาศ %3) ให้แก้ไขฉบับเดิมแทน</translation>
    </message>
    <message>
        <source>title: an announcement needs its title (เรื่อง)</source>
        <translation>title: ประกาศต้องมีชื่อเรื่อง</translation>
    </message>
    <message>
        <source>body: an announcement needs its text</source>
        <translation>body: ประกาศต้องมีข้อความ</translation>
    </message>
    <message>
        <source>announcement %1 already says this; nothing changed</source>
        <translation>ประกาศ %1 มีข้อความนี้อยู่แล้ว ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>announcement %1 was signed on %2 by %3: a change is a new version, and it says why (a reason)</source>
        <translation>ประกาศ %1 ลงนามแล้วเมื่อ %2 โดย %3 การแก้ไขจะเป็นฉบับใหม่ และต้องระบุเหตุผล</translation>
    </message>
    <message>
        <source>announcement %1 was signed already, on %2 by %3; to change it, revise it (a new version)</source>
        <translation>ประกาศ %1 ลงนามแล้วเมื่อ %2 โดย %3 หากจะเปลี่ยนแปลง ให้แก้ไขเป็นฉบับใหม่</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>date: %1 is after today; record a signing once it is done</source>
        <translation>date: %1 เป็นวันในอนาคต ให้บันทึกการลงนามเมื่อลงนามแล้ว</translation>
    </message>
    <message>
        <source>by: “%1” is not the office&apos;s executive (%2 in the office profile) nor an executive on the staff list; the office&apos;s announcements and orders are signed by the executive</source>
        <translation>ลงนามโดย: “%1” ไม่ใช่ผู้บริหารของหน่วยงาน (%2 ตามข้อมูลหน่วยงาน) และไม่ใช่ผู้บริหารในรายชื่อบุคลากร ประกาศและคำสั่งของหน่วยงานต้องลงนามโดยผู้บริหาร</translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message>
        <source>%1 is empty</source>
        <translation>ไฟล์ %1 ว่างเปล่า</translation>
    </message>
    <message>
        <source>%1 is %2 MB; at most %3 MB can be attached</source>
        <translation>ไฟล์ %1 มีขนาด %2 MB แนบได้ไม่เกิน %3 MB</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file</source>
        <translation>ไฟล์ %1 ไม่ใช่ไฟล์ PDF, JPEG หรือ PNG</translation>
    </message>
    <message>
        <source>there is no complaint with id %1</source>
        <translation>ไม่พบเรื่องร้องเรียนรหัส %1</translation>
    </message>
    <message>
        <source>there is no attachment with id %1</source>
        <translation>ไม่พบไฟล์แนบรหัส %1</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>cannot read the audit trail: %1</source>
        <translation>อ่านร่องรอยการตรวจสอบไม่ได้: %1</translation>
    </message>
    <message>
        <source>audit entry %1 (%2, %3 %4 %5)</source>
        <translation>รายการตรวจสอบที่ %1 (%2, %3 %4 %5)</translation>
    </message>
    <message>
        <source>audit entries %1 to %2 are missing (deleted)</source>
        <translation>รายการตรวจสอบที่ %1 ถึง %2 หายไป (ถูกลบ)</translation>
    </message>
    <message>
        <source>%1 is out of order</source>
        <translation>%1 อยู่ผิดลำดับ</translation>
    </message>
    <message>
        <source>%1 was never sealed into the chain</source>
        <translation>%1 ไม่เคยถูกผนึกเข้าสายรายการ</translation>
    </message>
    <message>
        <source>%1 does not follow the entry before it (entries removed or moved)</source>
        <translation>%1 ไม่ต่อจากรายการก่อนหน้า (มีรายการถูกลบหรือย้าย)</translation>
    </message>
    <message>
        <source>%1 has been changed since it was written</source>
        <translation>%1 ถูกแก้ไขหลังจากบันทึกแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>the audit trail is intact: %n entries, each in its place and unchanged</source>
        <translation>
            <numerusform>ร่องรอยการตรวจสอบครบถ้วน: %n รายการ อยู่ในลำดับและไม่ถูกแก้ไข</numerusform>
        </translation>
    </message>
    <message>
        <source>a reason is needed to show a complainant&apos;s identity: say why it must be seen (the reason is kept in the audit trail)</source>
        <translation>ต้องระบุเหตุผลจึงจะแสดงตัวตนผู้ร้องได้ โปรดระบุว่าเหตุใดจึงต้องเห็น (เหตุผลจะบันทึกในร่องรอยการตรวจสอบ)</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: ไม่มีไฟล์นี้</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: อ่านไฟล์ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is not a Sujarit backup: it is not an SQLite file (another kind of file, or a damaged one)</source>
        <translation>%1 ไม่ใช่ไฟล์สำรองของสุจริต: ไม่ใช่ไฟล์ SQLite (เป็นไฟล์ชนิดอื่น หรือไฟล์เสียหาย)</translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation>%1: เปิดไฟล์ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 เสียหาย: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2)</source>
        <translation>%1 เสียหาย (ผลการตรวจสอบของ SQLite: %2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a Sujarit register</source>
        <translation>%1 เป็นไฟล์ SQLite แต่ไม่ใช่ทะเบียนของสุจริต</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sujarit (schema %2; this version knows up to %3); update Sujarit before restoring it</source>
        <translation>%1 สร้างโดยสุจริตรุ่นใหม่กว่า (schema %2 รุ่นนี้รู้จักถึง %3) โปรดปรับรุ่นสุจริตก่อนกู้คืน</translation>
    </message>
    <message>
        <source>cannot write %1: the folder cannot be made</source>
        <translation>เขียน %1 ไม่ได้: สร้างโฟลเดอร์ไม่ได้</translation>
    </message>
    <message>
        <source>%1 is the register itself; choose another file for the backup</source>
        <translation>%1 คือไฟล์ทะเบียนเอง โปรดเลือกไฟล์อื่นสำหรับสำรองข้อมูล</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>บันทึก %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the backup written to %1 did not pass its check, so it was removed: %2</source>
        <translation>ไฟล์สำรองที่เขียนไปที่ %1 ไม่ผ่านการตรวจสอบ จึงลบทิ้งแล้ว: %2</translation>
    </message>
    <message>
        <source>; the register was not changed</source>
        <translation> ทะเบียนไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>cannot make the backup folder %1</source>
        <translation>สร้างโฟลเดอร์สำรองข้อมูล %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1: its audit trail does not verify: %2</source>
        <translation>%1: บันทึกการตรวจสอบย้อนหลังไม่ผ่านการตรวจสอบ: %2</translation>
    </message>
    <message>
        <source>a register on a server is not overwritten in place: ask whoever looks after the server for a new empty database, and copy the backup into it with “sujarit-cli --db %1 migrate-to postgresql://…/NEW”; the register was not changed</source>
        <translation>ทะเบียนบนเครื่องแม่ข่ายจะไม่ถูกเขียนทับ ให้ขอฐานข้อมูลว่างใหม่จากผู้ดูแลเครื่องแม่ข่าย แล้วคัดลอกไฟล์สำรองเข้าไปด้วยคำสั่ง “sujarit-cli --db %1 migrate-to postgresql://…/NEW” ทะเบียนไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%1 is a database server; a backup is a file: choose a file on this PC or on a shared folder (to copy a register onto a server, use migrate-to)</source>
        <translation>%1 เป็นเครื่องแม่ข่ายฐานข้อมูล แต่ข้อมูลสำรองต้องเป็นแฟ้ม: เลือกแฟ้มบนเครื่องนี้หรือในโฟลเดอร์ที่ใช้ร่วมกัน (หากต้องการย้ายทะเบียนไปไว้บนเครื่องแม่ข่าย ให้ใช้ migrate-to)</translation>
    </message>
    <message>
        <source>the backup was stopped before it was finished (Sujarit was closing); nothing of it was kept</source>
        <translation>การสำรองข้อมูลถูกหยุดก่อนเสร็จ (สุจริตกำลังปิด) จึงไม่เก็บส่วนใดไว้</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder or a device, not a file</source>
        <translation>เขียน %1 ไม่ได้: เป็นโฟลเดอร์หรืออุปกรณ์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>no backup was written to %1: the register could not record it in its audit trail: %2</source>
        <translation>ไม่ได้เขียนข้อมูลสำรองลง %1: ทะเบียนบันทึกการสำรองนี้ลงร่องรอยการตรวจสอบไม่ได้: %2</translation>
    </message>
    <message>
        <source>the register is in use by another program (another Sujarit?): close it on every PC, then restore</source>
        <translation>ทะเบียนกำลังถูกใช้โดยโปรแกรมอื่น (สุจริตอีกเครื่อง?): ปิดโปรแกรมทุกเครื่องก่อน แล้วจึงกู้คืน</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot prepare the copy of %1: %2</source>
        <translation>เตรียมสำเนาของ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened after copying (%2)</source>
        <translation>เปิด %1 หลังคัดลอกไม่ได้ (%2)</translation>
    </message>
    <message>
        <source>cannot make a temporary folder to check the backup in</source>
        <translation>สร้างโฟลเดอร์ชั่วคราวสำหรับตรวจข้อมูลสำรองไม่ได้</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (บน %2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> และอีก %1 รายการ</translation>
    </message>
    <message>
        <source>it holds what Sujarit does not make: %1</source>
        <translation>มีสิ่งที่สุจริตไม่ได้สร้าง: %1</translation>
    </message>
    <message>
        <source>these differ from what Sujarit makes: %1</source>
        <translation>รายการเหล่านี้ต่างจากที่สุจริตสร้าง: %1</translation>
    </message>
    <message>
        <source>these are missing: %1</source>
        <translation>รายการเหล่านี้หายไป: %1</translation>
    </message>
    <message>
        <source>its manifest says schema %1, the file is of schema %2</source>
        <translation>บัญชีกำกับระบุโครงสร้างรุ่น %1 แต่ไฟล์เป็นรุ่น %2</translation>
    </message>
    <message>
        <source>its audit trail ends at entry %1 (%2 entries), but it was written ending at entry %3 (%4 entries): entries were removed or added after it was written</source>
        <translation>ร่องรอยการตรวจสอบจบที่รายการ %1 (%2 รายการ) แต่ตอนสำรองจบที่รายการ %3 (%4 รายการ): มีการลบหรือเพิ่มรายการหลังการสำรอง</translation>
    </message>
    <message>
        <source>it holds %1 complaints, but it was written with %2</source>
        <translation>มีเรื่องร้องเรียน %1 เรื่อง แต่ตอนสำรองมี %2 เรื่อง</translation>
    </message>
    <message>
        <source>its contents are not what was written into it: rows were changed after it was written (outside Sujarit)</source>
        <translation>ข้อมูลไม่ตรงกับที่สำรองไว้: มีการแก้ไขแถวข้อมูลหลังการสำรอง (นอกโปรแกรมสุจริต)</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file</source>
        <translation>%1 ไม่ใช่ไฟล์ธรรมดา</translation>
    </message>
    <message>
        <source>%1 says it is of schema %2, which no version of Sujarit writes: it is not a Sujarit backup, or it was altered</source>
        <translation>%1 ระบุโครงสร้างรุ่น %2 ซึ่งสุจริตไม่เคยเขียน: ไม่ใช่ข้อมูลสำรองของสุจริต หรือถูกแก้ไข</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>ตรวจ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is not as Sujarit writes a backup of schema %2, so it is not trusted: %3</source>
        <translation>%1 ไม่ตรงกับข้อมูลสำรองโครงสร้างรุ่น %2 ที่สุจริตเขียน จึงไม่น่าเชื่อถือ: %3</translation>
    </message>
    <message>
        <source>%1: its manifest is not one Sujarit writes</source>
        <translation>%1: บัญชีกำกับไม่ใช่แบบที่สุจริตเขียน</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: %2</source>
        <translation>%1 ถูกแก้ไขหลังการสำรอง: %2</translation>
    </message>
    <message>
        <source>%1 was written by a version of Sujarit that gives every backup a manifest, and its manifest has been removed: it is not trusted</source>
        <translation>%1 เขียนโดยสุจริตรุ่นที่ใส่บัญชีกำกับในข้อมูลสำรองทุกชุด แต่บัญชีกำกับถูกลบออก จึงไม่น่าเชื่อถือ</translation>
    </message>
    <message>
        <source>the register recorded this backup (%1, made %2 by %3) differently when it made it: the file and its manifest were changed since, so it is not trusted</source>
        <translation>ทะเบียนบันทึกข้อมูลสำรองชุดนี้ (%1 ทำเมื่อ %2 โดย %3) ไว้ไม่ตรงกับไฟล์: ไฟล์และบัญชีกำกับถูกแก้ไขภายหลัง จึงไม่น่าเชื่อถือ</translation>
    </message>
    <message>
        <source>it is a backup this register made, and its manifest has been removed: it is not trusted</source>
        <translation>เป็นข้อมูลสำรองที่ทะเบียนนี้ทำไว้ แต่บัญชีกำกับถูกลบออก จึงไม่น่าเชื่อถือ</translation>
    </message>
    <message>
        <source>It was written by an older Sujarit, without a manifest: its trail and tables are checked, but entries removed from the end of its trail, or rows changed with another program, could not be detected.</source>
        <translation>ข้อมูลสำรองนี้ทำโดยสุจริตรุ่นเก่าซึ่งไม่มีบัญชีกำกับ: ตรวจร่องรอยและตารางแล้ว แต่ตรวจไม่พบหากมีการตัดรายการท้ายร่องรอยหรือแก้แถวข้อมูลด้วยโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>Written %1 by %2; its audit trail ends at entry %3 as written, and its contents are as written.</source>
        <translation>สำรองเมื่อ %1 โดย %2 ร่องรอยการตรวจสอบจบที่รายการ %3 ตรงตามที่สำรอง และข้อมูลตรงตามที่สำรอง</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ไม่ทราบ)</translation>
    </message>
    <message>
        <source>The register had recorded this backup when it made it, and it matches.</source>
        <translation>ทะเบียนได้บันทึกข้อมูลสำรองชุดนี้ไว้เมื่อทำ และตรงกัน</translation>
    </message>
    <message>
        <source>The register had no record of this backup (another register&apos;s, or one made before an earlier restore): it was checked by its own manifest.</source>
        <translation>ทะเบียนไม่มีบันทึกของข้อมูลสำรองชุดนี้ (ของทะเบียนอื่น หรือทำก่อนการกู้คืนครั้งก่อน): ตรวจด้วยบัญชีกำกับของตัวเอง</translation>
    </message>
    <message>
        <source>It was made before complainants&apos; identities were sealed: it holds their names and addresses in clear, for anyone who opens it. Keep it as safe as the paper files, or destroy it as the office&apos;s rules allow; a register restored from it is sealed again (with a new identity key and recovery sheet) when it is opened.</source>
        <translation>แฟ้มนี้ทำไว้ก่อนที่ข้อมูลผู้ร้องเรียนจะถูกเข้ารหัส จึงมีชื่อและที่อยู่ของผู้ร้องเรียนที่ใครเปิดก็อ่านได้ ให้เก็บรักษาอย่างเดียวกับแฟ้มเอกสาร หรือทำลายตามระเบียบของสำนักงาน ทะเบียนที่กู้คืนจากแฟ้มนี้จะถูกเข้ารหัสอีกครั้ง (ด้วยกุญแจใหม่และแผ่นกู้คืนใหม่) เมื่อเปิดใช้</translation>
    </message>
</context>
<context>
    <name>CommitteeText</name>
    <message>
        <source>fiscal year %1 has no ethics committee yet (add its members with “committee add”)</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีคณะกรรมการจริยธรรม (เพิ่มกรรมการก่อน)</translation>
    </message>
    <message>
        <source>role: a committee has one %1, not %2 (%3)</source>
        <translation>ตำแหน่งในคณะ: คณะกรรมการมี%1ได้คนเดียว ไม่ใช่ %2 คน (%3)</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>กรรมการลำดับที่ %1</translation>
    </message>
    <message>
        <source>name: missing</source>
        <translation>ชื่อ: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>name: %1 is not on the staff list (add them with “staff add”)</source>
        <translation>ชื่อ: %1 ไม่มีในรายชื่อบุคลากร (เพิ่มรายชื่อก่อน)</translation>
    </message>
    <message>
        <source>name: %1 left office on %2</source>
        <translation>ชื่อ: %1 พ้นจากตำแหน่งเมื่อ %2</translation>
    </message>
    <message>
        <source>role: “%1” is not one of %2</source>
        <translation>ตำแหน่งในคณะ: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>name: %1 is on the committee of %2 already</source>
        <translation>ชื่อ: %1 เป็นกรรมการของปี %2 อยู่แล้ว</translation>
    </message>
    <message>
        <source>; nothing was added</source>
        <translation> จึงไม่ได้เพิ่มรายการใด</translation>
    </message>
    <message>
        <source>%1 is not on the committee of %2</source>
        <translation>%1 ไม่ได้เป็นกรรมการของปี %2</translation>
    </message>
    <message>
        <source>name: the committee&apos;s name is missing</source>
        <translation>ชื่อ: ยังไม่ได้ระบุชื่อคณะกรรมการ</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>เป้าหมายที่ %1</translation>
    </message>
    <message>
        <source>%1: goal: the text is missing; nothing was added</source>
        <translation>%1: เป้าหมาย: ยังไม่ได้ระบุข้อความ จึงไม่ได้เพิ่มรายการใด</translation>
    </message>
    <message>
        <source>%1: plan_activity: the plan of %2 has no activity %3; nothing was added</source>
        <translation>%1: กิจกรรมในแผน: แผนปี %2 ไม่มีกิจกรรม %3 จึงไม่ได้เพิ่มรายการใด</translation>
    </message>
    <message>
        <source>the committee of %1 has no goal %2</source>
        <translation>คณะกรรมการปี %1 ไม่มีเป้าหมายที่ %2</translation>
    </message>
    <message>
        <source>number: “%1” is not an order&apos;s number such as 12/2569</source>
        <translation>เลขที่: “%1” ไม่ใช่เลขที่คำสั่ง เช่น 12/2569</translation>
    </message>
    <message>
        <source>the committee of %1 has no members yet: an order appoints someone</source>
        <translation>คณะกรรมการปี %1 ยังไม่มีกรรมการ คำสั่งต้องแต่งตั้งผู้ใดผู้หนึ่ง</translation>
    </message>
</context>
<context>
    <name>CopyText</name>
    <message>
        <source>%1 already holds a register (users, complaints or an audit trail); a copy goes only into an empty one. Nothing was changed</source>
        <translation>%1 มีทะเบียนอยู่แล้ว (มีผู้ใช้ เรื่องร้องเรียน หรือบันทึกการตรวจสอบย้อนหลัง) การคัดลอกทำได้เฉพาะไปยังฐานข้อมูลว่าง ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>the two registers have different schemas (%1 and %2); open both with this version of Sujarit first</source>
        <translation>ทะเบียนทั้งสองมีโครงสร้างต่างรุ่นกัน (%1 และ %2) ให้เปิดทั้งสองด้วยสุจริตรุ่นนี้ก่อน</translation>
    </message>
    <message>
        <source>the table %1 differs between the two registers (%2)</source>
        <translation>ตาราง %1 ของทะเบียนทั้งสองไม่ตรงกัน (%2)</translation>
    </message>
    <message>
        <source>copying %1 failed: %2</source>
        <translation>คัดลอก %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>the copy could not be saved: %1</source>
        <translation>บันทึกสำเนาไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>the copy of %1 is not the same as the original (%2 rows there, %3 in the copy)</source>
        <translation>สำเนาของ %1 ไม่ตรงกับต้นฉบับ (ต้นฉบับ %2 แถว สำเนา %3 แถว)</translation>
    </message>
    <message>
        <source>the audit trail does not check out: original: %1; copy: %2</source>
        <translation>บันทึกการตรวจสอบย้อนหลังไม่ผ่านการตรวจสอบ: ต้นฉบับ: %1 สำเนา: %2</translation>
    </message>
    <message>
        <source>the copy&apos;s audit trail does not end where the original&apos;s does</source>
        <translation>บันทึกการตรวจสอบย้อนหลังของสำเนาไม่ได้สิ้นสุดที่รายการเดียวกับต้นฉบับ</translation>
    </message>
    <message>
        <source>the copy was stopped before it was finished (Sujarit was closing); nothing of it was kept</source>
        <translation>การคัดลอกถูกหยุดก่อนเสร็จ (Sujarit กำลังปิด) จึงไม่ได้เก็บส่วนใดไว้</translation>
    </message>
    <message>
        <source>the register has no table %1</source>
        <translation>ทะเบียนไม่มีตาราง %1</translation>
    </message>
</context>
<context>
    <name>CsvTableText</name>
    <message>
        <source>%1 is empty: a header line (%2) and a line for each entry are expected</source>
        <translation>%1 ไม่มีข้อมูล: ต้องมีบรรทัดหัวตาราง (%2) และบรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <source>%1, line 1: column “%2” is not known; use %3</source>
        <translation>%1 บรรทัดที่ 1: ไม่รู้จักคอลัมน์ “%2” ใช้ %3</translation>
    </message>
    <message>
        <source>%1, line 1: the column “%2” is missing; use %3</source>
        <translation>%1 บรรทัดที่ 1: ไม่มีคอลัมน์ “%2” ใช้ %3</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>line %1: a quoted field opens here and is never closed (a &quot; is missing)</source>
        <translation>บรรทัด %1: มีเครื่องหมายคำพูดเปิดแต่ไม่มีปิด (ขาด &quot;)</translation>
    </message>
    <message>
        <source>line %1: text follows the closing quote of a field; a quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation>บรรทัด %1: มีข้อความต่อท้ายเครื่องหมายคำพูดปิด เครื่องหมายคำพูดภายในข้อความต้องเขียนซ้ำสองตัว (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>CustodyText</name>
    <message>
        <source>the identity key could not be given to %1: the user&apos;s key pair is damaged</source>
        <translation>มอบกุญแจข้อมูลผู้ร้องเรียนให้ %1 ไม่ได้ เพราะกุญแจของผู้ใช้นั้นเสียหาย</translation>
    </message>
    <message>
        <source>the user&apos;s key could not be protected (out of memory?); nothing was saved</source>
        <translation>ป้องกันกุญแจของผู้ใช้ไม่ได้ (หน่วยความจำไม่พอ?) จึงไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>libsodium cannot start: no key pair could be made</source>
        <translation>libsodium เริ่มทำงานไม่ได้ จึงสร้างกุญแจไม่ได้</translation>
    </message>
    <message>
        <source>%1 may not see who holds the identity key</source>
        <translation>%1 ไม่มีสิทธิ์ดูว่าผู้ใดถือกุญแจข้อมูลผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>this register has no identity key</source>
        <translation>ทะเบียนนี้ไม่มีกุญแจข้อมูลผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>this recovery key is not this register&apos;s, or the sheet was replaced by a newer one: nothing was changed</source>
        <translation>รหัสกู้คืนนี้ไม่ใช่ของทะเบียนนี้ หรือมีการทำแผ่นกู้คืนใหม่แทนแล้ว จึงไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>%1 is not one who may hold the identity key: make the user an integrity officer first</source>
        <translation>%1 ไม่ใช่ผู้ที่ถือกุญแจข้อมูลผู้ร้องเรียนได้ ให้กำหนดผู้ใช้นี้เป็นเจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริตก่อน</translation>
    </message>
    <message>
        <source>%1 has no key pair yet: it is made at the user&apos;s next sign-in; let the user sign in once, then recover again</source>
        <translation>%1 ยังไม่มีกุญแจของตนเอง ซึ่งจะสร้างเมื่อเข้าระบบครั้งถัดไป ให้ผู้ใช้นั้นเข้าระบบหนึ่งครั้งแล้วกู้คืนอีกครั้ง</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>ไม่มีผู้ใช้ “%1”</translation>
    </message>
    <message>
        <source>%1 does not hold the identity key: only a holder can make a new recovery sheet</source>
        <translation>%1 ไม่ได้ถือกุญแจข้อมูลผู้ร้องเรียน ผู้ถือกุญแจเท่านั้นที่ทำแผ่นกู้คืนใหม่ได้</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is not a Sujarit database: it is not an SQLite file (another kind of file, or a damaged one)</source>
        <translation>%1 ไม่ใช่ฐานข้อมูลของสุจริต: ไม่ใช่แฟ้ม SQLite (เป็นแฟ้มชนิดอื่นหรือแฟ้มเสียหาย)</translation>
    </message>
    <message>
        <source>there is no database at %1; create it with “sujarit-cli init”</source>
        <translation>ไม่พบฐานข้อมูลที่ %1 สร้างได้ด้วยคำสั่ง “sujarit-cli init”</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 เป็นโฟลเดอร์ ไม่ใช่แฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sujarit (schema %2; this version knows up to %3). It has not been changed; please update Sujarit.</source>
        <translation>%1 สร้างด้วยสุจริตรุ่นใหม่กว่า (โครงสร้างรุ่น %2 รุ่นนี้รู้จักถึงรุ่น %3) ยังไม่มีการแก้ไขแฟ้มใด ๆ กรุณาปรับรุ่นโปรแกรมสุจริต</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Sujarit register; it has not been changed</source>
        <translation>%1 เป็นฐานข้อมูล SQLite ของโปรแกรมอื่น ไม่ใช่ทะเบียนของสุจริต ยังไม่มีการแก้ไขแฟ้มใด ๆ</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>เตรียมฐานข้อมูล %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1 failed; nothing was changed: %2</source>
        <translation>ปรับฐานข้อมูลเป็นโครงสร้างรุ่น %1 ไม่สำเร็จ ไม่มีการเปลี่ยนแปลงใด ๆ: %2</translation>
    </message>
    <message>
        <source>cannot prepare the audit trail of %1: %2</source>
        <translation>เตรียมบันทึกการตรวจสอบย้อนหลังของ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the register&apos;s file or its folder is read-only, and Sujarit saves every change at once. Nothing was saved. Copy the register to a folder of yours, or ask whoever looks after this computer to allow writing to it</source>
        <translation>ไฟล์ทะเบียนหรือโฟลเดอร์ของไฟล์เป็นแบบอ่านอย่างเดียว แต่สุจริตต้องบันทึกทุกการเปลี่ยนแปลงทันที จึงไม่ได้บันทึกสิ่งใด ให้คัดลอกทะเบียนไปไว้ในโฟลเดอร์ของท่าน หรือขอให้ผู้ดูแลเครื่องอนุญาตให้เขียนได้</translation>
    </message>
    <message numerus="yes">
        <source>the register is busy: another program (another Sujarit?) has kept it locked for more than %n second(s). Nothing was saved; try again in a moment</source>
        <translation>
            <numerusform>ทะเบียนกำลังถูกใช้งาน: โปรแกรมอื่น (สุจริตอีกเครื่อง?) ล็อกไว้นานเกิน %n วินาที จึงไม่ได้บันทึกสิ่งใด กรุณาลองใหม่อีกครู่</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full. Nothing was saved and nothing already saved was harmed; free some space on the disk and try again</source>
        <translation>ดิสก์เต็ม จึงไม่ได้บันทึกสิ่งใด และข้อมูลที่บันทึกไว้แล้วไม่เสียหาย กรุณาลบไฟล์ที่ไม่ใช้เพื่อเพิ่มพื้นที่แล้วลองใหม่</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Sujarit database (%2). It has not been changed; restore the newest backup (File → Restore…, or sujarit-cli restore FILE)</source>
        <translation>%1 เสียหายหรือไม่ใช่ฐานข้อมูลของสุจริต (%2) ไฟล์ไม่ได้ถูกแก้ไข ให้กู้คืนจากสำเนาสำรองล่าสุด (แฟ้ม → กู้คืน… หรือ sujarit-cli restore FILE)</translation>
    </message>
    <message>
        <source>the connection to the database server %1 was lost or refused (restarted, switched off, or the network is down). What was being saved was not kept; Sujarit reconnects by itself: try again in a moment, and call whoever looks after the server if it goes on</source>
        <translation>การเชื่อมต่อกับเครื่องแม่ข่ายฐานข้อมูล %1 ขาดหายหรือถูกปฏิเสธ (เครื่องเริ่มใหม่ ปิดอยู่ หรือเครือข่ายขัดข้อง) สิ่งที่กำลังบันทึกยังไม่ได้บันทึก สุจริตจะเชื่อมต่อใหม่เอง กรุณาลองอีกครั้งในอีกสักครู่ หากยังเป็นอยู่ให้แจ้งผู้ดูแลเครื่องแม่ข่าย</translation>
    </message>
    <message>
        <source>this Sujarit cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is missing (on Debian, install libqt6sql6-psql)</source>
        <translation>สุจริตชุดนี้เชื่อมต่อ PostgreSQL ไม่ได้ เพราะไม่มีไดรเวอร์ PostgreSQL ของ Qt (บน Debian ให้ติดตั้ง libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the server %1 asks for %2&apos;s password: give it when asked, or put it in PGPASSWORD or the .pgpass file</source>
        <translation>เครื่องแม่ข่าย %1 ต้องการรหัสผ่านของ %2 ให้ใส่เมื่อถูกถาม หรือกำหนดไว้ใน PGPASSWORD หรือแฟ้ม .pgpass</translation>
    </message>
    <message>
        <source>the server %1 refused %2&apos;s password</source>
        <translation>เครื่องแม่ข่าย %1 ไม่รับรหัสผ่านของ %2</translation>
    </message>
    <message>
        <source>the server has no database “%1”; ask whoever looks after the server to create it (createdb -O %2 %1), then run “sujarit-cli init”</source>
        <translation>เครื่องแม่ข่ายไม่มีฐานข้อมูล “%1” ให้ผู้ดูแลเครื่องแม่ข่ายสร้างให้ (createdb -O %2 %1) แล้วสั่ง “sujarit-cli init”</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>เชื่อมต่อ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot prepare the connection to %1: %2</source>
        <translation>เตรียมการเชื่อมต่อ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the database %1 holds another program&apos;s tables, not a Sujarit register; it has not been changed</source>
        <translation>ฐานข้อมูล %1 มีตารางของโปรแกรมอื่น ไม่ใช่ทะเบียนของสุจริต ไม่มีการแก้ไขใด ๆ</translation>
    </message>
    <message>
        <source>there is no Sujarit register in %1 yet; create it with “sujarit-cli --db %1 init”</source>
        <translation>ยังไม่มีทะเบียนของสุจริตใน %1 สร้างได้ด้วยคำสั่ง “sujarit-cli --db %1 init”</translation>
    </message>
    <message>
        <source>the database %1 stores text as %2, which cannot hold Thai; ask whoever looks after the server for a UTF-8 database (createdb -E UTF8 -T template0 …); nothing was changed</source>
        <translation>ฐานข้อมูล %1 เก็บข้อความแบบ %2 ซึ่งเก็บภาษาไทยไม่ได้ ให้ขอฐานข้อมูลแบบ UTF-8 จากผู้ดูแลเครื่องแม่ข่าย (createdb -E UTF8 -T template0 …) ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>the connection to the database server %1 was lost just as the save was being confirmed, and the server could not be asked whether it kept it. Look for it in the register before entering it again</source>
        <translation>การเชื่อมต่อกับเครื่องแม่ข่ายฐานข้อมูล %1 ขาดลงขณะกำลังยืนยันการบันทึก และไม่สามารถสอบถามเครื่องแม่ข่ายได้ว่าได้เก็บรายการนั้นไว้หรือไม่ โปรดค้นหารายการนั้นในทะเบียนก่อนบันทึกซ้ำ</translation>
    </message>
    <message>
        <source>%1 says it is of schema %2, which no version of Sujarit writes: it is not a Sujarit register, or it was altered outside Sujarit. It has not been changed</source>
        <translation>%1 ระบุโครงสร้างรุ่น %2 ซึ่งสุจริตไม่เคยเขียน: ไม่ใช่ทะเบียนของสุจริต หรือถูกแก้ไขนอกโปรแกรม ไฟล์ยังไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>this register is at schema %1, which this version of Sujarit cannot bring up to %2. It has not been changed</source>
        <translation>ทะเบียนนี้อยู่ที่โครงสร้างฐานข้อมูลรุ่น %1 ซึ่งสุจริตรุ่นนี้ปรับขึ้นเป็นรุ่น %2 ไม่ได้ ทะเบียนยังไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <source>(an upgrade changes the schema, which only its owner may: run sujarit-cli init with the address of the role that made the register)</source>
        <translation>(การปรับรุ่นเปลี่ยนโครงสร้างฐานข้อมูล ซึ่งทำได้เฉพาะเจ้าของ ให้สั่ง sujarit-cli init ด้วยที่อยู่ของบทบาทที่สร้างทะเบียน)</translation>
    </message>
    <message>
        <source>a register in a file has no server roles to grant to</source>
        <translation>ทะเบียนที่เป็นแฟ้มไม่มีบทบาทบนเซิร์ฟเวอร์ให้มอบสิทธิ์</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL role name Sujarit grants to: lower-case letters, digits and _, starting with a letter</source>
        <translation>“%1” ไม่ใช่ชื่อบทบาท PostgreSQL ที่ Sujarit มอบสิทธิ์ให้ได้ ใช้อักษรอังกฤษตัวเล็ก ตัวเลข และ _ โดยขึ้นต้นด้วยตัวอักษร</translation>
    </message>
    <message>
        <source>only the owner of the register&apos;s tables grants its rows to the PCs&apos; role: run this as the role that ran init</source>
        <translation>เฉพาะเจ้าของตารางของทะเบียนเท่านั้นที่มอบสิทธิ์ให้บทบาทของเครื่องลูกข่ายได้ ให้สั่งด้วยบทบาทที่ใช้สั่ง init</translation>
    </message>
    <message>
        <source>the server has no role “%1”: create it first (CREATE ROLE %1 NOLOGIN; then GRANT %1 TO each PC&apos;s login role)</source>
        <translation>เซิร์ฟเวอร์ไม่มีบทบาท “%1” ให้สร้างก่อน (CREATE ROLE %1 NOLOGIN; แล้ว GRANT %1 TO บทบาทเข้าระบบของแต่ละเครื่อง)</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>“%1” is not a real date: %2 %3 has %4 days, not %5</source>
        <translation>“%1” ไม่ใช่วันที่ที่มีอยู่จริง: เดือน%2 %3 มี %4 วัน ไม่ใช่ %5</translation>
    </message>
    <message>
        <source>“%1” is not a real date: there is no month %2</source>
        <translation>“%1” ไม่ใช่วันที่ที่มีอยู่จริง: ไม่มีเดือนที่ %2</translation>
    </message>
    <message>
        <source>“%1” has an impossible time of day</source>
        <translation>“%1” มีเวลาที่เป็นไปไม่ได้</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>ยังไม่ได้ระบุวันที่</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a Thai month name</source>
        <translation>“%1”: “%2” ไม่ใช่ชื่อเดือนภาษาไทย</translation>
    </message>
    <message>
        <source>“%1” is not a date Sujarit can read; write it like 15/1/2568, 15 ม.ค. 2568 or 2025-01-15, with an optional time such as 09.30 น.</source>
        <translation>อ่าน “%1” เป็นวันที่ไม่ได้ กรุณาเขียนเช่น 15/1/2568, 15 ม.ค. 2568 หรือ 2025-01-15 และจะระบุเวลาด้วยก็ได้ เช่น 09.30 น.</translation>
    </message>
    <message>
        <source>“%1”: a date without a time of day is expected here</source>
        <translation>“%1”: ช่องนี้รับเฉพาะวันที่ ไม่ต้องระบุเวลา</translation>
    </message>
    <message>
        <source>“%1”: the year was read as %2 of the Buddhist era (พ.ศ.; a year of 2400 or more is taken as พ.ศ.), that is %3 CE, which is out of range: Sujarit takes พ.ศ. 2443 to 2743 (1900 to 2200 CE)</source>
        <translation>“%1”: อ่านปีเป็น พ.ศ. %2 (ปีตั้งแต่ 2400 ขึ้นไปถือเป็น พ.ศ.) คือ ค.ศ. %3 ซึ่งอยู่นอกช่วง: สุจริตรับ พ.ศ. 2443 ถึง 2743 (ค.ศ. 1900 ถึง 2200)</translation>
    </message>
    <message>
        <source>“%1”: the year was read as %2 of the Christian era (ค.ศ.; a four-digit year under 2400 is taken as ค.ศ.), which is out of range: Sujarit takes 1900 to 2200 CE (พ.ศ. 2443 to 2743)</source>
        <translation>“%1”: อ่านปีเป็น ค.ศ. %2 (ปีสี่หลักที่ต่ำกว่า 2400 ถือเป็น ค.ศ.) ซึ่งอยู่นอกช่วง: สุจริตรับ ค.ศ. 1900 ถึง 2200 (พ.ศ. 2443 ถึง 2743)</translation>
    </message>
</context>
<context>
    <name>DeclarationFormText</name>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังไม่มีชื่อหน่วยงาน กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
</context>
<context>
    <name>DeclarationText</name>
    <message>
        <source>declaration %1: %2</source>
        <translation>แบบที่ %1: %2</translation>
    </message>
    <message>
        <source>there is no declaration %1</source>
        <translation>ไม่มีแบบที่ %1</translation>
    </message>
</context>
<context>
    <name>DecodingText</name>
    <message>
        <source>In Excel choose File → Save As → “CSV UTF-8 (Comma delimited)”.</source>
        <translation>ใน Excel ให้เลือก แฟ้ม → บันทึกเป็น → “CSV UTF-8 (Comma delimited)”</translation>
    </message>
    <message>
        <source>this is an Excel workbook (.xlsx) or another zip file, not a CSV file. %1</source>
        <translation>แฟ้มนี้เป็นสมุดงาน Excel (.xlsx) หรือแฟ้ม zip ไม่ใช่แฟ้ม CSV %1</translation>
    </message>
    <message>
        <source>this is an old Excel workbook (.xls), not a CSV file. %1</source>
        <translation>แฟ้มนี้เป็นสมุดงาน Excel รุ่นเก่า (.xls) ไม่ใช่แฟ้ม CSV %1</translation>
    </message>
    <message>
        <source>the file says it is UTF-8 but contains bytes that are not UTF-8; it is damaged or was saved in two encodings. %1</source>
        <translation>แฟ้มระบุว่าเป็น UTF-8 แต่มีข้อมูลที่ไม่ใช่ UTF-8 แฟ้มอาจเสียหายหรือบันทึกปนกันสองรหัส %1</translation>
    </message>
    <message>
        <source>the file says it is UTF-16 but cannot be read as such. %1</source>
        <translation>แฟ้มระบุว่าเป็น UTF-16 แต่อ่านไม่ได้ %1</translation>
    </message>
    <message>
        <source>line %1 holds a NUL byte: this is not a text file. %2</source>
        <translation>บรรทัด %1 มีอักขระ NUL: ไม่ใช่แฟ้มข้อความ %2</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Thai Windows-874: byte 0x%1 on line %2 cannot be read. %3</source>
        <translation>แฟ้มไม่ใช่ทั้ง UTF-8 และ Windows-874 (ภาษาไทย): อ่านไบต์ 0x%1 ในบรรทัด %2 ไม่ได้ %3</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Thai Windows-874 (line %1 does not read as Thai text in either). %2</source>
        <translation>แฟ้มไม่ใช่ทั้ง UTF-8 และ Windows-874 (บรรทัด %1 อ่านเป็นภาษาไทยไม่ได้ทั้งสองแบบ) %2</translation>
    </message>
    <message>
        <source>the file is UTF-8, but byte 0x%1 on line %2 is not (a damaged file, or text pasted in from another encoding). %3</source>
        <translation>ไฟล์เป็น UTF-8 แต่ไบต์ 0x%1 ในบรรทัด %2 ไม่ใช่ (ไฟล์เสียหาย หรือวางข้อความจากการเข้ารหัสอื่น) %3</translation>
    </message>
</context>
<context>
    <name>DeedText</name>
    <message>
        <source>deed %1</source>
        <translation>ความดีรายการที่ %1</translation>
    </message>
    <message>
        <source>staff: missing</source>
        <translation>ผู้ทำความดี: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>staff: %1 is not on the staff list (add them with “staff add”)</source>
        <translation>ผู้ทำความดี: %1 ไม่มีในรายชื่อบุคลากร (เพิ่มรายชื่อก่อน)</translation>
    </message>
    <message>
        <source>date: missing</source>
        <translation>date: ไม่ได้ระบุวันที่</translation>
    </message>
    <message>
        <source>date: %1 is after today; record a deed once it is done</source>
        <translation>วันที่: %1 ยังมาไม่ถึง บันทึกความดีเมื่อได้ทำแล้ว</translation>
    </message>
    <message>
        <source>date: %1 is not in fiscal year %2 (%3 – %4)</source>
        <translation>วันที่: %1 ไม่อยู่ในปีงบประมาณ %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>date: %1 left office on %2</source>
        <translation>วันที่: %1 พ้นจากตำแหน่งเมื่อ %2</translation>
    </message>
    <message>
        <source>deed: missing (what was done)</source>
        <translation>ความดีที่ทำ: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>virtue: missing</source>
        <translation>คุณธรรม: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>certified_by: missing (who certifies it)</source>
        <translation>ผู้รับรอง: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>%1: %2; nothing was added</source>
        <translation>%1: %2 จึงไม่ได้เพิ่มรายการใด</translation>
    </message>
    <message>
        <source>staff: %1 is not on the staff list</source>
        <translation>ผู้ทำความดี: %1 ไม่มีในรายชื่อบุคลากร</translation>
    </message>
    <message>
        <source>there is no good deed %1</source>
        <translation>ไม่มีบันทึกความดีรายการที่ %1</translation>
    </message>
</context>
<context>
    <name>DialectText</name>
    <message>
        <source>“%1” is not a server address Sujarit understands: %2. Write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>“%1” ไม่ใช่ที่อยู่เครื่องแม่ข่ายที่สุจริตเข้าใจ: %2 ให้เขียนในรูป postgresql://ผู้ใช้@เครื่อง:พอร์ต/ฐานข้อมูล</translation>
    </message>
    <message>
        <source>the server&apos;s name is missing</source>
        <translation>ไม่มีชื่อเครื่องแม่ข่าย</translation>
    </message>
    <message>
        <source>the database&apos;s name is missing after the server</source>
        <translation>ไม่มีชื่อฐานข้อมูลต่อจากชื่อเครื่องแม่ข่าย</translation>
    </message>
    <message>
        <source>the user name is missing before the “@”</source>
        <translation>ไม่มีชื่อผู้ใช้หน้า “@”</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file</source>
        <translation>%1 ไม่ใช่ไฟล์ PDF, JPEG หรือ PNG</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB</source>
        <translation>%1 มีขนาดเกิน 50 MB</translation>
    </message>
    <message>
        <source>there is no evidence file %1 here</source>
        <translation>ไม่มีไฟล์หลักฐาน %1 ในรายการนี้</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>บันทึก %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังไม่มีชื่อหน่วยงาน กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
    <message>
        <source>“%1” is not a format: xlsx, pdf, csv or json</source>
        <translation>“%1” ไม่ใช่รูปแบบที่ส่งออกได้: xlsx, pdf, csv หรือ json</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;ส่งออก</translation>
    </message>
    <message>
        <source>Excel (.xlsx)…</source>
        <translation>Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed</source>
        <translation>ข้อความยาว %1 ตัวอักษร รับได้ไม่เกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>“%1” is not a receipt number; write it as running number/BE year, e.g. 12/2568</source>
        <translation>“%1” ไม่ใช่เลขที่รับ กรุณาเขียนเป็น ลำดับ/ปี พ.ศ. เช่น 12/2568</translation>
    </message>
    <message>
        <source>the date of receipt is missing</source>
        <translation>ยังไม่ได้ระบุวันที่รับเรื่อง</translation>
    </message>
    <message>
        <source>“%1” is in the future</source>
        <translation>“%1” เป็นวันที่ในอนาคต</translation>
    </message>
    <message>
        <source>the channel is missing; use one of: %1</source>
        <translation>ยังไม่ได้ระบุช่องทาง ใช้ได้: %1</translation>
    </message>
    <message>
        <source>“%1” is not a known channel; use a code (%2) or its Thai name</source>
        <translation>ไม่รู้จักช่องทาง “%1” ใช้รหัส (%2) หรือชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>the category is missing; use one of: %1</source>
        <translation>ยังไม่ได้ระบุประเภท ใช้ได้: %1</translation>
    </message>
    <message>
        <source>“%1” is not a known category; use a code (%2) or its Thai name</source>
        <translation>ไม่รู้จักประเภท “%1” ใช้รหัส (%2) หรือชื่อภาษาไทย</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no (ใช่/ไม่ใช่)</source>
        <translation>“%1” ไม่ใช่ ใช่/ไม่ใช่</translation>
    </message>
    <message>
        <source>“%1” is not an age in years (1–120)</source>
        <translation>“%1” ไม่ใช่อายุเป็นปี (1–120)</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1” ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>“%1” is not a valid national ID (13 digits with a correct check digit)</source>
        <translation>“%1” ไม่ใช่เลขประจำตัวประชาชนที่ถูกต้อง (13 หลัก และหลักสุดท้ายต้องตรงตามสูตร)</translation>
    </message>
    <message>
        <source>the complaint is marked anonymous but names the complainant; clear the complainant&apos;s details or mark it not anonymous</source>
        <translation>เรื่องนี้ระบุว่าไม่ประสงค์ออกนาม แต่มีข้อมูลผู้ร้อง กรุณาลบข้อมูลผู้ร้องหรือยกเลิกการไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <source>the complainant&apos;s name is missing; give it, or mark the complaint anonymous (ไม่ประสงค์ออกนาม)</source>
        <translation>ยังไม่ได้ระบุชื่อผู้ร้อง กรุณาระบุ หรือเลือกไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <source>the subject (เรื่อง) is missing</source>
        <translation>ยังไม่ได้ระบุเรื่อง</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>บันทึก %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot write %1 to the disk</source>
        <translation>เขียน %1 ลงดิสก์ไม่ได้</translation>
    </message>
    <message>
        <source>cannot put %1 in place of %2: %3</source>
        <translation>นำ %1 แทนที่ %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 Sujarit accepts; nothing was read from it</source>
        <translation>%1 ใหญ่เกิน %2 ที่สุจริตรับได้ จึงไม่ได้อ่านไฟล์นี้</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: ไม่มีไฟล์นี้</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device, a pipe or a socket); give Sujarit a file saved on the disk</source>
        <translation>%1 ไม่ใช่ไฟล์ธรรมดา (เป็นอุปกรณ์ ท่อ หรือซ็อกเก็ต) โปรดเลือกไฟล์ที่บันทึกไว้บนดิสก์</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 Sujarit accepts (%3); nothing was read from it</source>
        <translation>%1 ใหญ่เกิน %2 ที่สุจริตรับได้ (%3) จึงไม่ได้อ่านไฟล์นี้</translation>
    </message>
</context>
<context>
    <name>FolderText</name>
    <message>
        <source>%1 cannot hold a pack: choose a folder of its own</source>
        <translation>%1 ใช้เก็บชุดเอกสารไม่ได้ กรุณาเลือกโฟลเดอร์เฉพาะ</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>cannot put the earlier folder %1 back in place of %2</source>
        <translation>นำโฟลเดอร์เดิม %1 กลับไปแทนที่ %2 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>the folder %1 is not empty and was not written by Sujarit; choose an empty folder, or one Sujarit wrote before</source>
        <translation>โฟลเดอร์ %1 มีไฟล์อยู่แล้วและไม่ได้สร้างโดยโปรแกรมสุจริต กรุณาเลือกโฟลเดอร์ว่าง หรือโฟลเดอร์ที่โปรแกรมเคยเขียนไว้</translation>
    </message>
    <message>
        <source>the folder %1 holds %2, which Sujarit did not write; move it elsewhere or choose another folder</source>
        <translation>โฟลเดอร์ %1 มีไฟล์ %2 ซึ่งโปรแกรมไม่ได้เขียนไว้ กรุณาย้ายไฟล์ออกหรือเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>cannot write in the folder %1</source>
        <translation>เขียนไฟล์ในโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>nothing was prepared to write into %1</source>
        <translation>ยังไม่ได้เตรียมสิ่งที่จะเขียนลงใน %1</translation>
    </message>
    <message>
        <source>cannot put the new folder in place of %1</source>
        <translation>นำโฟลเดอร์ใหม่ไปแทนที่ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>cannot move the earlier folder %1 aside; is one of its files open in another program? Close it and try again</source>
        <translation>ย้ายโฟลเดอร์เดิม %1 ออกไม่ได้ อาจมีไฟล์ในโฟลเดอร์เปิดอยู่ในโปรแกรมอื่น กรุณาปิดแล้วลองใหม่</translation>
    </message>
</context>
<context>
    <name>FormText</name>
    <message>
        <source>the office profile lacks %1; set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังขาด %1 กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>left office on %1</source>
        <translation>พ้นจากตำแหน่งเมื่อ %1</translation>
    </message>
</context>
<context>
    <name>GiftText</name>
    <message>
        <source>receiver: the official who received the gift is missing</source>
        <translation>ผู้รับ: ยังไม่ได้ระบุเจ้าหน้าที่ผู้รับ</translation>
    </message>
    <message>
        <source>giver: who gave the gift is missing</source>
        <translation>ผู้ให้: ยังไม่ได้ระบุผู้ให้</translation>
    </message>
    <message>
        <source>date: the day the gift was received is missing or impossible</source>
        <translation>วันที่: ไม่ได้ระบุวันที่ได้รับ หรือเป็นวันที่ที่ไม่มีจริง</translation>
    </message>
    <message>
        <source>value: %1 baht is negative; a gift&apos;s value is 0 or more</source>
        <translation>มูลค่า: %1 บาท ติดลบ มูลค่าต้องเป็น 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>relation: “%1” is not one of %2</source>
        <translation>ความสัมพันธ์: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
</context>
<context>
    <name>HolidayText</name>
    <message>
        <source>the holiday&apos;s date is not a valid date</source>
        <translation>วันที่ของวันหยุดไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the holiday needs a name</source>
        <translation>กรุณาระบุชื่อวันหยุด</translation>
    </message>
    <message>
        <source>%1 is already a holiday (%2)</source>
        <translation>%1 เป็นวันหยุดอยู่แล้ว (%2)</translation>
    </message>
    <message>
        <source>%1 is not in the holiday table</source>
        <translation>%1 ไม่อยู่ในตารางวันหยุด</translation>
    </message>
    <message>
        <source>a deadline must be between 0 and 365 days</source>
        <translation>กำหนดเวลาต้องอยู่ระหว่าง 0 ถึง 365 วัน</translation>
    </message>
    <message>
        <source>“%1” is not a deadline clock</source>
        <translation>“%1” ไม่ใช่กำหนดเวลาที่รู้จัก</translation>
    </message>
    <message>
        <source>%1 is not a computed day: there is nothing to confirm</source>
        <translation>%1 ไม่ใช่วันที่ระบบคำนวณ จึงไม่มีสิ่งที่ต้องยืนยัน</translation>
    </message>
    <message>
        <source>computed — awaiting the Cabinet&apos;s announcement</source>
        <translation>คำนวณ — รอประกาศ ครม.</translation>
    </message>
    <message>
        <source>counts the holidays of %1 as Sujarit computed them; the Cabinet has not announced that year&apos;s days yet, and an extra day it adds will move this deadline</source>
        <translation>นับวันหยุดปี %1 ตามที่ระบบคำนวณไว้ ครม. ยังไม่ประกาศวันหยุดของปีนั้น หากประกาศวันหยุดเพิ่ม กำหนดนี้จะเลื่อนออกไป</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Open the &amp;holidays</source>
        <translation>เปิดตาราง&amp;วันหยุด</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>ไว้ภายหลัง</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>row %1: %2</source>
        <translation>แถวที่ %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>แถวที่ %1 คอลัมน์ %2: %3</translation>
    </message>
    <message>
        <source>the header names the same column twice: “%1” and “%2” (columns %3 and %4)</source>
        <translation>หัวตารางมีคอลัมน์ซ้ำกัน: “%1” และ “%2” (คอลัมน์ที่ %3 และ %4)</translation>
    </message>
    <message>
        <source>the header row lacks the required column(s) %1; the header is: %2</source>
        <translation>หัวตารางขาดคอลัมน์ที่จำเป็น %1 หัวตารางที่มีคือ: %2</translation>
    </message>
    <message>
        <source>the row has %1 values but the header has %2 columns (a comma inside a value that is not in quotes?)</source>
        <translation>แถวนี้มีข้อมูล %1 ช่อง แต่หัวตารางมี %2 คอลัมน์ (อาจมีเครื่องหมายจุลภาคในข้อความที่ไม่ได้ครอบด้วยเครื่องหมายคำพูด)</translation>
    </message>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>แฟ้มว่างเปล่า ไม่มีแถวหัวตาราง</translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation> … และอีก %1 รายการ</translation>
    </message>
    <message>
        <source>receipt number %1 is in the file twice (rows %2 and %3)</source>
        <translation>เลขที่รับ %1 ซ้ำกันในไฟล์ (แถว %2 และ %3)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New complaint</source>
        <translation>รับเรื่องร้องเรียนใหม่</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>วันเวลาที่รับ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>ผู้รับคำร้อง</translation>
    </message>
    <message>
        <source>Position of the receiver</source>
        <translation>ตำแหน่งผู้รับคำร้อง</translation>
    </message>
    <message>
        <source>The complainant gives no name (anonymous)</source>
        <translation>ผู้ร้องไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation>ชื่อ-สกุลผู้ร้อง</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Address (house no., moo, subdistrict, district, province, postcode)</source>
        <translation>ที่อยู่ (บ้านเลขที่ หมู่ที่ ตำบล อำเภอ จังหวัด รหัสไปรษณีย์)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Allegation, in the complainant&apos;s words</source>
        <translation>ข้อกล่าวหา/ข้อร้องเรียน (ตามคำของผู้ร้อง)</translation>
    </message>
    <message>
        <source>Action requested</source>
        <translation>ขอให้ดำเนินการ</translation>
    </message>
    <message>
        <source>Accused: name</source>
        <translation>ผู้ถูกร้อง: ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Accused: position</source>
        <translation>ผู้ถูกร้อง: ตำแหน่ง</translation>
    </message>
    <message>
        <source>Accused: division or unit</source>
        <translation>ผู้ถูกร้อง: สังกัด</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>วันเวลาที่เกิดเหตุ</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>สถานที่เกิดเหตุ</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>พยาน</translation>
    </message>
    <message>
        <source>Evidence enclosed</source>
        <translation>เอกสารหลักฐานที่ส่งมา</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>จำนวน (ชุด)</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>&amp;เพิ่มรายการ</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <source>Print the &amp;receipt…</source>
        <translation>พิมพ์&amp;ใบรับเรื่อง…</translation>
    </message>
    <message>
        <source>Print the complaint &amp;form…</source>
        <translation>พิมพ์แบบ&amp;คำร้องเรียน…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิ&amp;ด</translation>
    </message>
    <message>
        <source>15/1/2568 09.30 น.</source>
        <translation>15/1/2568 09.30 น.</translation>
    </message>
    <message>
        <source>house no., moo, road</source>
        <translation>บ้านเลขที่ หมู่ที่ ถนน</translation>
    </message>
    <message>
        <source>subdistrict, district or province: type to find it</source>
        <translation>ตำบล อำเภอ หรือจังหวัด: พิมพ์เพื่อค้นหา</translation>
    </message>
</context>
<context>
    <name>ItaText</name>
    <message>
        <source>the item code “%1” is not one or two letters and a number, such as O19</source>
        <translation>รหัสข้อ “%1” ต้องเป็นอักษรหนึ่งหรือสองตัวตามด้วยตัวเลข เช่น O19</translation>
    </message>
    <message>
        <source>the ITA item list of %1 kept in the settings (%2) cannot be read: %3</source>
        <translation>อ่านรายการข้อ ITA ปี %1 ที่เก็บในการตั้งค่า (%2) ไม่ได้: %3</translation>
    </message>
    <message>
        <source>the ITA item list of %1 kept in the settings has an item that is not whole (%2)</source>
        <translation>รายการข้อ ITA ปี %1 ที่เก็บในการตั้งค่ามีข้อที่ข้อมูลไม่ครบ (%2)</translation>
    </message>
    <message>
        <source>%1 is not something Sujarit writes; it writes %2</source>
        <translation>โปรแกรมไม่ได้จัดทำ %1 สิ่งที่จัดทำได้คือ %2</translation>
    </message>
    <message>
        <source>a new item %1 needs its title (--title)</source>
        <translation>ข้อใหม่ %1 ต้องมีชื่อหัวข้อ</translation>
    </message>
    <message>
        <source>%1 has no ITA item %2</source>
        <translation>ปี %1 ไม่มีข้อ ITA %2</translation>
    </message>
    <message>
        <source>%1 is already the item “%2” of %3; give the statistics another code</source>
        <translation>%1 เป็นรหัสของข้อ “%2” ปี %3 อยู่แล้ว กรุณาใช้รหัสอื่นสำหรับข้อสถิติ</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>“%1” is not a field of a complaint</source>
        <translation>“%1” ไม่ใช่ช่องข้อมูลของเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>each evidence item needs a description and a number of sets of at least 1</source>
        <translation>หลักฐานแต่ละรายการต้องมีคำอธิบายและจำนวนอย่างน้อย 1 ชุด</translation>
    </message>
    <message>
        <source>“%1” must be text, a number or true/false</source>
        <translation>“%1” ต้องเป็นข้อความ ตัวเลข หรือ true/false</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>อักขระ NUL</translation>
    </message>
    <message>
        <source>half of a UTF-16 pair (a lone surrogate)</source>
        <translation>อักขระ UTF-16 ที่ขาดคู่ (surrogate เดี่ยว)</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 มี %2</translation>
    </message>
    <message>
        <source>%1[%2]</source>
        <translation>%1[%2]</translation>
    </message>
    <message>
        <source>the key “%1” holds %2</source>
        <translation>คีย์ “%1” มี %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at character %2</source>
        <translation>ไม่ใช่ JSON ที่ถูกต้อง: %1 ที่อักขระที่ %2</translation>
    </message>
    <message>
        <source>the key “%1” is written twice in one object (at character %2): which one is meant?</source>
        <translation>คีย์ “%1” ซ้ำสองครั้งในออบเจกต์เดียว (ที่อักขระที่ %2) ต้องการค่าใด</translation>
    </message>
    <message>
        <source>%1, which a register does not keep</source>
        <translation>%1 ซึ่งทะเบียนไม่เก็บไว้</translation>
    </message>
</context>
<context>
    <name>LetterText</name>
    <message>
        <source>%1 is anonymous: there is no complainant to write to</source>
        <translation>เรื่อง %1 ไม่ประสงค์ออกนาม ไม่มีผู้ร้องที่จะมีหนังสือถึง</translation>
    </message>
    <message>
        <source>the office profile lacks %1; set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังขาด %1 กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
    <message>
        <source>%1 has no result yet: record the conclusion with a note (complaints step %1 concluded --note …), or give the result with --result</source>
        <translation>เรื่อง %1 ยังไม่มีผลการดำเนินการ กรุณาบันทึกขั้นตอนยุติเรื่องพร้อมบันทึกผล หรือระบุผลด้วย --result</translation>
    </message>
    <message>
        <source>the Garuda image %1 cannot be read</source>
        <translation>อ่านไฟล์ภาพตราครุฑ %1 ไม่ได้</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sujarit — complaint register</source>
        <translation>สุจริต — ทะเบียนเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;ค้นหา:</translation>
    </message>
    <message>
        <source>subject, allegation, complainant or accused</source>
        <translation>เรื่อง ข้อกล่าวหา ชื่อผู้ร้อง หรือผู้ถูกร้อง</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;ปีงบประมาณ:</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>ขั้น&amp;ตอน:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>เฉพาะที่&amp;เกินกำหนด</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;แฟ้ม</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <source>&amp;Import register (CSV)…</source>
        <translation>&amp;นำเข้าทะเบียน (CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;โหลดใหม่</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;ออก</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;พิมพ์</translation>
    </message>
    <message>
        <source>Complaint &amp;form of this case…</source>
        <translation>แบบคำร้องเรียนของเรื่องนี้…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Receipt for the complainant…</source>
        <translation>ใบรับเรื่องสำหรับผู้ร้อง…</translation>
    </message>
    <message>
        <source>&amp;Acknowledgement letter…</source>
        <translation>หนังสือตอบรับเรื่องร้องเรียน…</translation>
    </message>
    <message>
        <source>Re&amp;sult letter…</source>
        <translation>หนังสือแจ้งผลการดำเนินการ…</translation>
    </message>
    <message>
        <source>&amp;Blank complaint form…</source>
        <translation>แบบคำร้องเรียนเปล่า…</translation>
    </message>
    <message>
        <source>Re&amp;gister of the fiscal year…</source>
        <translation>ทะเบียนรับเรื่องร้องเรียนประจำปีงบประมาณ…</translation>
    </message>
    <message>
        <source>Register, &amp;circulation copy (no names)…</source>
        <translation>ทะเบียนฉบับเวียน (ไม่เปิดเผยชื่อผู้ร้อง)…</translation>
    </message>
    <message>
        <source>&amp;Quarterly summary for the executive…</source>
        <translation>รายงานสรุปประจำไตรมาสเสนอผู้บริหาร…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;เรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>&amp;รับเรื่องใหม่…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Record a step…</source>
        <translation>&amp;บันทึกขั้นตอน…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;ตั้งค่า…</translation>
    </message>
    <message>
        <source>&amp;Attach a scan…</source>
        <translation>&amp;แนบไฟล์สแกน…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;เปิด</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;รายงาน</translation>
    </message>
    <message>
        <source>&amp;Integrity</source>
        <translation>งาน&amp;คุณธรรม</translation>
    </message>
    <message>
        <source>Conflict of interest: &amp;declarations and gifts…</source>
        <translation>ผลประโยชน์ทับซ้อน: &amp;แบบแสดงการขัดกันฯ และการรับของขวัญ…</translation>
    </message>
    <message>
        <source>Ethics and anti-corruption &amp;action plan…</source>
        <translation>&amp;แผนปฏิบัติการส่งเสริมคุณธรรมและป้องกันการทุจริต…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;สำรองข้อมูลเดี๋ยวนี้…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;กู้คืนจากไฟล์สำรอง…</translation>
    </message>
    <message>
        <source>Show the &amp;complainant…</source>
        <translation>แสดง&amp;ชื่อผู้ร้อง…</translation>
    </message>
    <message>
        <source>The complainant&apos;s name is hidden; showing it asks for a reason, which goes into the case&apos;s trail</source>
        <translation>ชื่อผู้ร้องถูกปกปิด การแสดงต้องระบุเหตุผล ซึ่งจะบันทึกไว้ในประวัติของเรื่อง</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;ผู้ใช้…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>เปลี่ยน&amp;รหัสผ่านของฉัน…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;ล็อกหน้าจอ</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Case &amp;trail…</source>
        <translation>&amp;ประวัติการเข้าถึงเรื่อง…</translation>
    </message>
    <message>
        <source>&amp;My division&apos;s cases</source>
        <translation>เฉพาะเรื่องของ&amp;กองฉัน</translation>
    </message>
    <message>
        <source>Only the cases assigned to your division</source>
        <translation>เฉพาะเรื่องที่ส่งมายังกองของท่าน</translation>
    </message>
    <message>
        <source>Corruption &amp;risks: assessment, measures, follow-up…</source>
        <translation>ความเสี่ยงการทุจริ&amp;ต: การประเมิน มาตรการ การติดตามผล…</translation>
    </message>
    <message>
        <source>A&amp;nnouncements and the No Gift culture…</source>
        <translation>&amp;ประกาศและการสร้างวัฒนธรรม No Gift…</translation>
    </message>
    <message>
        <source>Annual &amp;statistics…</source>
        <translation>&amp;สถิติเรื่องร้องเรียนประจำปี…</translation>
    </message>
    <message>
        <source>&amp;ITA: the integrity section of the year…</source>
        <translation>&amp;ITA: การเปิดเผยข้อมูลด้านการป้องกันการทุจริตประจำปี…</translation>
    </message>
    <message>
        <source>&amp;Monthly complaint report for the executive…</source>
        <translation>รายงานเรื่องร้องเรียน&amp;ประจำเดือนเสนอผู้บริหาร…</translation>
    </message>
    <message>
        <source>The &amp;ethics committee: members, goals, its order…</source>
        <translation>&amp;คณะกรรมการจริยธรรม: กรรมการ เป้าหมาย คำสั่งแต่งตั้ง…</translation>
    </message>
    <message>
        <source>The &amp;moral organisation: self-assessment, virtues, good deeds, outstanding officials…</source>
        <translation>&amp;องค์กรคุณธรรม: ประเมินตนเอง คุณธรรมเป้าหมาย บันทึกความดี คัดเลือกบุคคลดีเด่น…</translation>
    </message>
</context>
<context>
    <name>ManualText</name>
    <message>
        <source>the office profile lacks %1; set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังขาด %1 กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
</context>
<context>
    <name>MeetingText</name>
    <message>
        <source>every: %1 is not 1 or 2 (months)</source>
        <translation>ทุก: %1 ไม่ใช่ 1 หรือ 2 (เดือน)</translation>
    </message>
    <message>
        <source>day: give a day of the month, or a weekday and a week, not both</source>
        <translation>วันที่: ระบุวันที่ของเดือน หรือวันในสัปดาห์และสัปดาห์ที่ อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>day: %1 is not 1 to 28</source>
        <translation>วันที่: %1 ไม่อยู่ระหว่าง 1 ถึง 28</translation>
    </message>
    <message>
        <source>weekday and week: say when in the month (the 2nd Tuesday: weekday 2, week 2), or give a day</source>
        <translation>วันและสัปดาห์: ระบุว่าประชุมเมื่อใดในเดือน (วันอังคารที่สอง: วัน 2 สัปดาห์ 2) หรือระบุวันที่</translation>
    </message>
    <message>
        <source>weekday: %1 is not 1 (Monday) to 5 (Friday)</source>
        <translation>วัน: %1 ไม่อยู่ระหว่าง 1 (จันทร์) ถึง 5 (ศุกร์)</translation>
    </message>
    <message>
        <source>week: %1 is not 1 to 4</source>
        <translation>สัปดาห์: %1 ไม่อยู่ระหว่าง 1 ถึง 4</translation>
    </message>
    <message>
        <source>date: missing or impossible</source>
        <translation>วันที่: ไม่ได้ระบุ หรือเป็นวันที่ที่ไม่มีจริง</translation>
    </message>
    <message>
        <source>date: %1 is not in fiscal year %2</source>
        <translation>วันที่: %1 ไม่อยู่ในปีงบประมาณ %2</translation>
    </message>
    <message>
        <source>date: %1 is not a working day</source>
        <translation>วันที่: %1 ไม่ใช่วันทำการ</translation>
    </message>
    <message>
        <source>fiscal year %1 has no ethics committee yet (add its members with “committee add”)</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีคณะกรรมการจริยธรรม (เพิ่มกรรมการก่อน)</translation>
    </message>
    <message>
        <source>%1 of the meetings of %2 have gone past planning (an agenda sent, a meeting held); move, add or cancel meetings one by one instead</source>
        <translation>การประชุมปี %2 จำนวน %1 ครั้ง ผ่านขั้นกำหนดการแล้ว (ส่งระเบียบวาระหรือประชุมแล้ว) กรุณาเลื่อน เพิ่ม หรือยกเลิกเป็นรายครั้ง</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>ไม่มีการประชุม %1</translation>
    </message>
    <message>
        <source>meeting %1 is %2: only a meeting still to come is moved</source>
        <translation>การประชุม %1 %2 แล้ว เลื่อนได้เฉพาะการประชุมที่ยังไม่ถึง</translation>
    </message>
    <message>
        <source>reason: say why the meeting is moved</source>
        <translation>เหตุผล: โปรดระบุเหตุที่เลื่อนการประชุม</translation>
    </message>
    <message>
        <source>meeting %1 is %2: only a meeting still to come is cancelled</source>
        <translation>การประชุม %1 %2 แล้ว ยกเลิกได้เฉพาะการประชุมที่ยังไม่ถึง</translation>
    </message>
    <message>
        <source>reason: say why the meeting is cancelled</source>
        <translation>เหตุผล: โปรดระบุเหตุที่ยกเลิกการประชุม</translation>
    </message>
    <message>
        <source>agenda days: %1 is not 0 to 60</source>
        <translation>จำนวนวันส่งระเบียบวาระ: %1 ไม่อยู่ระหว่าง 0 ถึง 60</translation>
    </message>
</context>
<context>
    <name>MinutesText</name>
    <message>
        <source>meeting %1 has no minutes yet</source>
        <translation>การประชุมครั้งที่ %1 ยังไม่มีรายงานการประชุม</translation>
    </message>
    <message>
        <source>meeting %1 was cancelled (%2): it has no minutes</source>
        <translation>การประชุม %1 ถูกยกเลิก (%2) จึงไม่มีรายงานการประชุม</translation>
    </message>
    <message>
        <source>meeting %1 is on %2, still to come: write its minutes once it is held</source>
        <translation>การประชุมครั้งที่ %1 วันที่ %2 ยังไม่ถึง ให้จัดทำรายงานการประชุมเมื่อประชุมแล้ว</translation>
    </message>
    <message>
        <source>%1: %2 is not on the committee of %3</source>
        <translation>%1: %2 ไม่ได้เป็นกรรมการของปี %3</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation>%1: %2 มีชื่อซ้ำ</translation>
    </message>
    <message>
        <source>; nothing was written</source>
        <translation> จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>absent: say why %1 did not come; nothing was written</source>
        <translation>ผู้ไม่มาประชุม: โปรดระบุเหตุที่ %1 ไม่มาประชุม จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>attendees: %1 is neither present nor absent; nothing was written</source>
        <translation>ผู้มาประชุม: %1 ไม่ได้ระบุว่ามาหรือไม่มาประชุม จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>item %1: section: %2 is not 1 to 6; nothing was written</source>
        <translation>เรื่องที่ %1: ระเบียบวาระที่ %2 ไม่อยู่ระหว่าง 1 ถึง 6 จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>item %1: title: missing; nothing was written</source>
        <translation>เรื่องที่ %1: ยังไม่ได้ระบุชื่อเรื่อง จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>item %1: resolution: what did the meeting resolve (มติที่ประชุม)? nothing was written</source>
        <translation>เรื่องที่ %1: ยังไม่ได้ระบุมติที่ประชุม จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>action %1: title: missing; nothing was written</source>
        <translation>สิ่งที่ต้องติดตามที่ %1: ยังไม่ได้ระบุเรื่อง จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>action %1: owner: who does it? nothing was written</source>
        <translation>สิ่งที่ต้องติดตามที่ %1: ยังไม่ได้ระบุผู้รับผิดชอบ จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>action %1: due: missing or impossible; nothing was written</source>
        <translation>สิ่งที่ต้องติดตามที่ %1: กำหนดเสร็จไม่ได้ระบุหรือไม่มีจริง จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>taker: who took the minutes (ผู้จดรายงานการประชุม)? nothing was written</source>
        <translation>ยังไม่ได้ระบุผู้จดรายงานการประชุม จึงไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>the minutes of meeting %1 were approved at meeting %2 and are locked; a correction is a new version: say why (--reason)</source>
        <translation>รายงานการประชุมครั้งที่ %1 ได้รับการรับรองในการประชุมครั้งที่ %2 แล้ว การแก้ไขเป็นฉบับใหม่ที่ต้องระบุเหตุผล</translation>
    </message>
    <message>
        <source>the minutes of meeting %1 were approved already, at meeting %2</source>
        <translation>รายงานการประชุมครั้งที่ %1 ได้รับการรับรองแล้วในการประชุมครั้งที่ %2</translation>
    </message>
    <message>
        <source>meeting %1 was cancelled: minutes are approved at a meeting held</source>
        <translation>การประชุม %1 ถูกยกเลิก รายงานการประชุมรับรองในการประชุมที่มีการประชุมจริง</translation>
    </message>
    <message>
        <source>meeting %1 is of another year</source>
        <translation>การประชุมครั้งที่ %1 เป็นของปีอื่น</translation>
    </message>
    <message>
        <source>--at: meeting %1 (%2) is not after meeting %3 (%4): minutes are approved at a later meeting</source>
        <translation>การประชุมครั้งที่ %1 (%2) ไม่ได้อยู่หลังการประชุมครั้งที่ %3 (%4) รายงานการประชุมรับรองในการประชุมครั้งถัดไป</translation>
    </message>
    <message>
        <source>date: %1 is after today</source>
        <translation>วันที่: %1 เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>there is no action %1</source>
        <translation>ไม่มีสิ่งที่ต้องติดตามที่ %1</translation>
    </message>
    <message>
        <source>action %1 was done already, on %2</source>
        <translation>สิ่งที่ต้องติดตามที่ %1 ดำเนินการแล้วเมื่อ %2</translation>
    </message>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังไม่มีชื่อหน่วยงาน กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
</context>
<context>
    <name>MoralText</name>
    <message>
        <source>level: %1 is not 1 (%2), 2 (%3) or 3 (%4); nothing was saved</source>
        <translation>ระดับ: %1 ไม่ใช่ 1 (%2) 2 (%3) หรือ 3 (%4) จึงไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>เกณฑ์รายการที่ %1</translation>
    </message>
    <message>
        <source>number: %1 is not a criterion (they are 1 to %2)</source>
        <translation>ข้อ: %1 ไม่ใช่เกณฑ์ (มีข้อ 1 ถึง %2)</translation>
    </message>
    <message>
        <source>number: criterion %1 is given twice</source>
        <translation>ข้อ: เกณฑ์ข้อ %1 ระบุซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>status: “%1” is not one of %2</source>
        <translation>status: “%1” ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was saved</source>
        <translation>%1: %2 จึงไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>criterion: %1 is not a criterion (they are 1 to %2)</source>
        <translation>เกณฑ์: %1 ไม่ใช่เกณฑ์ (มีข้อ 1 ถึง %2)</translation>
    </message>
</context>
<context>
    <name>NoGiftText</name>
    <message>
        <source>activity %1</source>
        <translation>กิจกรรมที่ %1</translation>
    </message>
    <message>
        <source>date: missing</source>
        <translation>date: ไม่ได้ระบุวันที่</translation>
    </message>
    <message>
        <source>date: %1 is after today; record an activity once it is held</source>
        <translation>date: %1 เป็นวันในอนาคต ให้บันทึกกิจกรรมเมื่อจัดแล้ว</translation>
    </message>
    <message>
        <source>kind: “%1” is not one of %2</source>
        <translation>แบบ: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>title: missing</source>
        <translation>title: ไม่ได้ระบุชื่อกิจกรรม</translation>
    </message>
    <message>
        <source>headcount: %1 is negative</source>
        <translation>headcount: %1 ติดลบ</translation>
    </message>
    <message>
        <source>participants: “%1” is not on the staff list</source>
        <translation>participants: “%1” ไม่อยู่ในรายชื่อบุคลากร</translation>
    </message>
    <message>
        <source>headcount: %1 is fewer than the %2 participants named</source>
        <translation>headcount: %1 น้อยกว่าผู้เข้าร่วมที่ระบุชื่อ %2 คน</translation>
    </message>
    <message>
        <source>there is no No Gift activity %1</source>
        <translation>ไม่มีกิจกรรม No Gift %1</translation>
    </message>
</context>
<context>
    <name>OfficeText</name>
    <message>
        <source>“%1” is not a field of the office profile; the fields are: %2</source>
        <translation>“%1” ไม่ใช่ช่องข้อมูลของหน่วยงาน ช่องที่มีคือ: %2</translation>
    </message>
    <message>
        <source>%1 is yes or no, not “%2”</source>
        <translation>%1 ต้องเป็น ใช่ หรือ ไม่ใช่ ไม่ใช่ “%2”</translation>
    </message>
</context>
<context>
    <name>PackText</name>
    <message>
        <source>%1 (%2) was not written: %3; the folder %4 is as it was</source>
        <translation>เขียน %1 (%2) ไม่สำเร็จ: %3 โฟลเดอร์ %4 ยังเป็นเหมือนเดิม</translation>
    </message>
    <message>
        <source>the folder %2 holds the %3 pack; write the pack of %1 into a folder of its own</source>
        <translation>โฟลเดอร์ %2 เก็บชุดเอกสาร %3 อยู่แล้ว กรุณาจัดทำชุดเอกสารปี %1 ไว้ในโฟลเดอร์แยกต่างหาก</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังไม่มีชื่อหน่วยงาน กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>cannot start a PDF at %1</source>
        <translation>เริ่มเขียน PDF ที่ %1 ไม่ได้</translation>
    </message>
</context>
<context>
    <name>PlanJsonText</name>
    <message>
        <source>target: “%1” is not a number</source>
        <translation>target: “%1” ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>budget: “%1” is not an amount in baht (or null for ไม่ใช้งบประมาณ)</source>
        <translation>budget: “%1” ไม่ใช่จำนวนเงินบาท (หรือ null สำหรับไม่ใช้งบประมาณ)</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>%1 is not a fiscal year in the Buddhist era (e.g. 2570)</source>
        <translation>%1 ไม่ใช่ปีงบประมาณ พ.ศ. (เช่น 2570)</translation>
    </message>
    <message>
        <source>template: “%1” is not copy:BBBB</source>
        <translation>แม่แบบ: “%1” ไม่อยู่ในรูป copy:ปปปป</translation>
    </message>
    <message>
        <source>template: there is no plan of fiscal year %1 to copy</source>
        <translation>แม่แบบ: ไม่มีแผนปีงบประมาณ %1 ให้คัดลอก</translation>
    </message>
    <message>
        <source>template: “%1” is not one of seed001, seed004, copy:BBBB, empty</source>
        <translation>แม่แบบ: “%1” ไม่ใช่หนึ่งใน seed001, seed004, copy:ปปปป, empty</translation>
    </message>
    <message>
        <source>fiscal year %1 already has a plan</source>
        <translation>ปีงบประมาณ %1 มีแผนแล้ว</translation>
    </message>
    <message>
        <source>fiscal year %1 has no plan yet (make one with “plan new”)</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีแผน (สร้างด้วย “plan new”)</translation>
    </message>
    <message>
        <source>measure: the title is missing</source>
        <translation>มาตรการ: ยังไม่ได้ระบุชื่อ</translation>
    </message>
    <message>
        <source>line of action: the title is missing</source>
        <translation>แนวทาง: ยังไม่ได้ระบุชื่อ</translation>
    </message>
    <message>
        <source>measure: the plan of %1 has no measure %2</source>
        <translation>มาตรการ: แผนปี %1 ไม่มีมาตรการที่ %2</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>กิจกรรมที่ %1</translation>
    </message>
    <message>
        <source>the plan of %1 has no activity %2</source>
        <translation>แผนปี %1 ไม่มีกิจกรรม %2</translation>
    </message>
    <message>
        <source>activity %1 has progress reported; mark it cancelled, with the reason, instead</source>
        <translation>กิจกรรมที่ %1 มีการรายงานผลแล้ว โปรดบันทึกสถานะยกเลิกพร้อมเหตุผลแทนการลบ</translation>
    </message>
    <message>
        <source>round: %1 is not 6, 9 or 12</source>
        <translation>รอบ: %1 ไม่ใช่ 6, 9 หรือ 12</translation>
    </message>
    <message>
        <source>due: the date is missing or impossible</source>
        <translation>กำหนดส่ง: ไม่ได้ระบุวันที่ หรือเป็นวันที่ที่ไม่มีจริง</translation>
    </message>
    <message>
        <source>round %1 of %2 is already locked</source>
        <translation>รอบ %1 เดือน ปี %2 ล็อกแล้ว</translation>
    </message>
    <message>
        <source>by: who submits and locks the round is missing</source>
        <translation>ผู้ล็อก: ยังไม่ได้ระบุผู้ส่งรายงานและล็อกรอบ</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file</source>
        <translation>ไฟล์ %1 ไม่ใช่ไฟล์ PDF, JPEG หรือ PNG</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB</source>
        <translation>%1 มีขนาดเกิน 50 MB</translation>
    </message>
    <message>
        <source>there is no evidence file %1</source>
        <translation>ไม่มีไฟล์หลักฐานหมายเลข %1</translation>
    </message>
</context>
<context>
    <name>PracticeText</name>
    <message>
        <source>division: missing</source>
        <translation>หน่วยงาน: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>division: “%1” is not a division of the staff list (%2)</source>
        <translation>หน่วยงาน: “%1” ไม่ใช่หน่วยงานในรายชื่อบุคลากร (%2)</translation>
    </message>
    <message>
        <source>it names none</source>
        <translation>ยังไม่มีหน่วยงานใด</translation>
    </message>
    <message>
        <source>title: missing</source>
        <translation>title: ไม่ได้ระบุชื่อกิจกรรม</translation>
    </message>
    <message>
        <source>steps: missing (what was done, step by step)</source>
        <translation>ขั้นตอนการดำเนินงาน: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>results: missing</source>
        <translation>ผลการดำเนินงาน: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>title: %1 has “%2” for %3 already</source>
        <translation>ชื่อผลงาน: %1 มีผลงาน “%2” ของปี %3 แล้ว</translation>
    </message>
    <message>
        <source>; nothing was added</source>
        <translation> จึงไม่ได้เพิ่มรายการใด</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation> ไม่ได้แก้ไขรายการใด</translation>
    </message>
    <message>
        <source>there is no best practice %1</source>
        <translation>ไม่มีผลงานถอดบทเรียนรายการที่ %1</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>This document cannot be printed: %1</source>
        <translation>พิมพ์เอกสารนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>ใบรับเรื่องร้องเรียน %1</translation>
    </message>
    <message>
        <source>Complaint form %1</source>
        <translation>แบบคำร้องเรียน %1</translation>
    </message>
    <message>
        <source>Blank complaint form</source>
        <translation>แบบคำร้องเรียนเปล่า</translation>
    </message>
</context>
<context>
    <name>QuarterText</name>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังไม่มีชื่อหน่วยงาน กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>the office profile lacks %1; set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังขาด %1 กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
</context>
<context>
    <name>RegisterText</name>
    <message>
        <source>the office profile lacks its name (name); set it with “sujarit-cli office set”</source>
        <translation>ข้อมูลหน่วยงานยังไม่มีชื่อหน่วยงาน กรุณากรอกในหน้าตั้งค่า (หรือคำสั่ง “sujarit-cli office set”)</translation>
    </message>
    <message>
        <source>gift %1</source>
        <translation>รายการที่ %1</translation>
    </message>
    <message>
        <source>%1: receiver: %2 is not on the staff list (add them with “staff add”)</source>
        <translation>%1: ผู้รับ: %2 ไม่มีในรายชื่อบุคลากร (เพิ่มรายชื่อก่อน)</translation>
    </message>
    <message>
        <source>%1: receiver: %2 left office on %3, more than two years before the gift; the gift rule no longer applies and the register does not record it</source>
        <translation>%1: ผู้รับ: %2 พ้นจากตำแหน่งเมื่อ %3 เกินสองปีก่อนวันที่ได้รับ หลักเกณฑ์ไม่ใช้บังคับแล้ว จึงไม่บันทึกในทะเบียน</translation>
    </message>
    <message>
        <source>there is no gift %1</source>
        <translation>ไม่มีรายการที่ %1</translation>
    </message>
    <message>
        <source>%1: the rule lets the receiver keep it (%2); the head decides only on gifts that must be reported</source>
        <translation>%1: ตามหลักเกณฑ์ผู้รับรับไว้ได้ (%2) หัวหน้าหน่วยงานวินิจฉัยเฉพาะรายการที่ต้องรายงาน</translation>
    </message>
    <message>
        <source>%1: decision: “%2” is not one of %3</source>
        <translation>%1: คำวินิจฉัย: “%2” ไม่ใช่หนึ่งใน %3</translation>
    </message>
    <message>
        <source>%1: date: the day of the decision is missing or impossible</source>
        <translation>%1: วันที่: ไม่ได้ระบุวันที่วินิจฉัย หรือเป็นวันที่ที่ไม่มีจริง</translation>
    </message>
    <message>
        <source>%1: date: the decision (%2) is before the gift was received (%3)</source>
        <translation>%1: วันที่: วันที่วินิจฉัย (%2) อยู่ก่อนวันที่ได้รับ (%3)</translation>
    </message>
    <message>
        <source>%1: date: %2 is in the future</source>
        <translation>%1: วันที่: %2 เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>%1: by: the head who decided is missing</source>
        <translation>%1: ผู้วินิจฉัย: ยังไม่ได้ระบุหัวหน้าหน่วยงานผู้วินิจฉัย</translation>
    </message>
</context>
<context>
    <name>RepositoryText</name>
    <message>
        <source>receipt number %1 is already in the register</source>
        <translation>เลขที่รับ %1 มีอยู่ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>saving complaint %1 failed</source>
        <translation>บันทึกเรื่อง %1 ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>there is no complaint with receipt number %1</source>
        <translation>ไม่พบเรื่องร้องเรียนเลขที่รับ %1</translation>
    </message>
    <message>
        <source>there is no complaint with id %1</source>
        <translation>ไม่พบเรื่องร้องเรียนรหัส %1</translation>
    </message>
    <message>
        <source>“%1” is not a receipt check code (ten letters and digits, like 7KQ2M-X9D4A)</source>
        <translation>“%1” ไม่ใช่รหัสตรวจสอบใบรับ (ตัวอักษรและตัวเลข 10 ตัว เช่น 7KQ2M-X9D4A)</translation>
    </message>
    <message>
        <source>no receipt with the check code %1 was issued from this register</source>
        <translation>ทะเบียนนี้ไม่เคยออกใบรับที่มีรหัสตรวจสอบ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: assigning a case needs the division it goes to</source>
        <translation>%1: การแจกจ่ายเรื่องต้องระบุหน่วยงานที่รับไปดำเนินการ</translation>
    </message>
    <message>
        <source>%1: a division or agency is named only when a case is assigned or referred</source>
        <translation>%1: ระบุหน่วยงานได้เฉพาะเมื่อแจกจ่ายหรือส่งต่อเรื่อง</translation>
    </message>
    <message>
        <source>%1: the step&apos;s time (%2) is before the complaint was received (%3)</source>
        <translation>%1: เวลาของขั้นตอน (%2) อยู่ก่อนวันที่รับเรื่อง (%3)</translation>
    </message>
    <message>
        <source>%1: the step&apos;s time (%2) is before the last recorded step (%3)</source>
        <translation>%1: เวลาของขั้นตอน (%2) อยู่ก่อนขั้นตอนล่าสุดที่บันทึกไว้ (%3)</translation>
    </message>
    <message>
        <source>%1: the step&apos;s time (%2) is in the future</source>
        <translation>%1: เวลาของขั้นตอน (%2) เป็นเวลาในอนาคต</translation>
    </message>
    <message>
        <source>%1: officers are named only when a case is assigned, fact-finding begins or a committee is appointed</source>
        <translation>%1: ระบุผู้รับผิดชอบได้เฉพาะขั้นตอนแจกจ่ายหน่วยงาน ตรวจสอบข้อเท็จจริง หรือแต่งตั้งคณะกรรมการ</translation>
    </message>
    <message>
        <source>%1: officers: %2</source>
        <translation>%1: ผู้รับผิดชอบ: %2</translation>
    </message>
    <message>
        <source>%1: flagged for recusal: %2. Choose another officer, or have the supervisor review the declaration first</source>
        <translation>%1: มีเหตุที่ควรงดเว้นการปฏิบัติหน้าที่: %2 โปรดเลือกผู้อื่น หรือให้ผู้บังคับบัญชาพิจารณาแบบแสดงการขัดกันฯ ก่อน</translation>
    </message>
    <message>
        <source>%1: %2 may not record this step on this case (it is not assigned to their division)</source>
        <translation>%1: %2 ไม่มีสิทธิ์บันทึกขั้นตอนนี้ในเรื่องนี้ (เรื่องไม่ได้ส่งมายังกองของผู้ใช้)</translation>
    </message>
    <message>
        <source>this register has no identity key to seal a complainant&apos;s name with</source>
        <translation>ทะเบียนนี้ไม่มีกุญแจสำหรับเข้ารหัสชื่อผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>sealing the complainant&apos;s identity failed</source>
        <translation>เข้ารหัสข้อมูลผู้ร้องเรียนไม่สำเร็จ</translation>
    </message>
    <message>
        <source>%1 may see complainants&apos; identities but does not hold the register&apos;s identity key yet: it is given at the next sign-in of an integrity officer who holds it, or from the recovery sheet (sujarit-cli keys recover)</source>
        <translation>%1 มีสิทธิ์ดูข้อมูลผู้ร้องเรียน แต่ยังไม่ได้รับกุญแจของทะเบียน ซึ่งจะได้รับเมื่อเจ้าหน้าที่ผู้ถือกุญแจเข้าระบบครั้งถัดไป หรือจากแผ่นกู้คืน (sujarit-cli keys recover)</translation>
    </message>
    <message>
        <source>%1: the complainant&apos;s sealed identity does not open with the register&apos;s key (damaged, or written with another key)</source>
        <translation>%1: ข้อมูลผู้ร้องเรียนที่เข้ารหัสไว้เปิดด้วยกุญแจของทะเบียนไม่ได้ (เสียหาย หรือเข้ารหัสด้วยกุญแจอื่น)</translation>
    </message>
</context>
<context>
    <name>RiskJsonText</name>
    <message>
        <source>%1: not a key Sujarit reads here (it reads %2)</source>
        <translation>%1: สุจริตไม่รู้จักคีย์นี้ (คีย์ที่อ่านได้: %2)</translation>
    </message>
    <message>
        <source>%1: expected text</source>
        <translation>%1: ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number</source>
        <translation>%1: “%2” ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <source>%1: %2 is not 1 to 5</source>
        <translation>%1: %2 ไม่อยู่ในช่วง 1 ถึง 5</translation>
    </message>
    <message>
        <source>title: what the measure does is missing</source>
        <translation>title: ไม่ได้ระบุว่ามาตรการทำอะไร</translation>
    </message>
    <message>
        <source>process: the work process (e.g. การจัดซื้อจัดจ้าง) is missing</source>
        <translation>process: ไม่ได้ระบุกระบวนงาน (เช่น การจัดซื้อจัดจ้าง)</translation>
    </message>
    <message>
        <source>event: the risk event (เหตุการณ์ความเสี่ยง) is missing</source>
        <translation>event: ไม่ได้ระบุเหตุการณ์ความเสี่ยง</translation>
    </message>
    <message>
        <source>type: missing</source>
        <translation>type: ไม่ได้ระบุประเภท</translation>
    </message>
    <message>
        <source>impact: missing (1 to 5)</source>
        <translation>impact: ไม่ได้ระบุผลกระทบ (1 ถึง 5)</translation>
    </message>
    <message>
        <source>likelihood: missing (1 to 5)</source>
        <translation>likelihood: ไม่ได้ระบุโอกาส (1 ถึง 5)</translation>
    </message>
    <message>
        <source>measures: expected an array of objects</source>
        <translation>measures: ต้องเป็นรายการ (array) ของ object</translation>
    </message>
    <message>
        <source>measures, %1: expected an object</source>
        <translation>measures ข้อ %1: ต้องเป็น object</translation>
    </message>
    <message>
        <source>measures, %1: risk: a risk&apos;s own measure is against that risk</source>
        <translation>measures ข้อ %1: risk: มาตรการของความเสี่ยงใช้กับความเสี่ยงนั้นอยู่แล้ว ไม่ต้องระบุ</translation>
    </message>
    <message>
        <source>measures, %1: %2</source>
        <translation>measures ข้อ %1: %2</translation>
    </message>
    <message>
        <source>status: missing (not_started, in_progress, done, cancelled)</source>
        <translation>status: ไม่ได้ระบุสถานะ (not_started, in_progress, done, cancelled)</translation>
    </message>
    <message>
        <source>measure: missing</source>
        <translation>measure: ไม่ได้ระบุมาตรการ</translation>
    </message>
    <message>
        <source>each entry names a measure (its status) or a risk (its likelihood and impact after the measures)</source>
        <translation>แต่ละรายการต้องระบุมาตรการ (พร้อมสถานะ) หรือความเสี่ยง (พร้อมโอกาสและผลกระทบหลังมาตรการ)</translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <source>the level bands must rise within 2–25 (medium %1, high %2, very high %3): each level starts at a higher score than the one below it</source>
        <translation>เกณฑ์ระดับความเสี่ยงต้องเพิ่มขึ้นตามลำดับภายใน 2–25 (ปานกลาง %1 สูง %2 สูงมาก %3): แต่ละระดับต้องเริ่มที่คะแนนสูงกว่าระดับที่ต่ำกว่า</translation>
    </message>
    <message>
        <source>%1 is not a fiscal year in the Buddhist era (e.g. 2570)</source>
        <translation>%1 ไม่ใช่ปีงบประมาณ พ.ศ. (เช่น 2570)</translation>
    </message>
    <message>
        <source>template: “%1” is not copy:BBBB</source>
        <translation>แม่แบบ: “%1” ไม่อยู่ในรูป copy:ปปปป</translation>
    </message>
    <message>
        <source>template: there is no risk register of fiscal year %1 to copy</source>
        <translation>template: ไม่มีทะเบียนความเสี่ยงของปีงบประมาณ %1 ให้คัดลอก</translation>
    </message>
    <message>
        <source>template: “%1” is not one of seed002, copy:BBBB, empty</source>
        <translation>template: “%1” ไม่ใช่ seed002, copy:BBBB หรือ empty</translation>
    </message>
    <message>
        <source>fiscal year %1 already has a risk register</source>
        <translation>ปีงบประมาณ %1 มีทะเบียนความเสี่ยงแล้ว</translation>
    </message>
    <message>
        <source>fiscal year %1 has no risk register yet (make one with “risks new”)</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีทะเบียนความเสี่ยง (สร้างด้วย “risks new”)</translation>
    </message>
    <message>
        <source>owner: the office profile lists no divisions yet, so “%1” is not one; add the divisions (ส่วนราชการ) to the office&apos;s details first</source>
        <translation>owner: ข้อมูลหน่วยงานยังไม่มีรายชื่อส่วนราชการ “%1” จึงไม่ใช่ส่วนราชการของหน่วยงาน ให้เพิ่มส่วนราชการในข้อมูลหน่วยงานก่อน</translation>
    </message>
    <message>
        <source>owner: “%1” is not one of the office&apos;s divisions (%2)</source>
        <translation>owner: “%1” ไม่ใช่ส่วนราชการของหน่วยงาน (%2)</translation>
    </message>
    <message>
        <source>plan activity: the action plan of %1 has no activity %2</source>
        <translation>plan activity: แผนปฏิบัติการปี %1 ไม่มีกิจกรรม %2</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>ความเสี่ยงที่ %1</translation>
    </message>
    <message>
        <source>division: “%1” is not one of the office&apos;s divisions (%2)</source>
        <translation>division: “%1” ไม่ใช่ส่วนราชการของหน่วยงาน (%2)</translation>
    </message>
    <message>
        <source>title: what the measure does is missing</source>
        <translation>title: ไม่ได้ระบุว่ามาตรการทำอะไร</translation>
    </message>
    <message>
        <source>%1, measure %2: %3</source>
        <translation>%1 มาตรการที่ %2: %3</translation>
    </message>
    <message>
        <source>the risk register of %1 has no risk %2</source>
        <translation>ทะเบียนความเสี่ยงปี %1 ไม่มีความเสี่ยง %2</translation>
    </message>
    <message>
        <source>risk %1: %2</source>
        <translation>ความเสี่ยงที่ %1: %2</translation>
    </message>
    <message>
        <source>risk %1: division: “%2” is not one of the office&apos;s divisions (%3)</source>
        <translation>ความเสี่ยงที่ %1: division: “%2” ไม่ใช่ส่วนราชการของหน่วยงาน (%3)</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>มาตรการที่ %1</translation>
    </message>
    <message>
        <source>the risk register of %1 has no measure %2</source>
        <translation>ทะเบียนความเสี่ยงปี %1 ไม่มีมาตรการ %2</translation>
    </message>
    <message>
        <source>measure %1: %2</source>
        <translation>มาตรการที่ %1: %2</translation>
    </message>
    <message>
        <source>risk %1 has measures already followed up; it stays on the register</source>
        <translation>ความเสี่ยงที่ %1 มีมาตรการที่ติดตามผลแล้ว จึงต้องคงไว้ในทะเบียน</translation>
    </message>
    <message>
        <source>risk %1 has been followed up; it stays on the register</source>
        <translation>ความเสี่ยงที่ %1 ติดตามผลแล้ว จึงต้องคงไว้ในทะเบียน</translation>
    </message>
    <message>
        <source>measure %1 has been followed up; mark it cancelled, with the reason, instead</source>
        <translation>มาตรการที่ %1 ติดตามผลแล้ว ให้บันทึกว่ายกเลิกพร้อมเหตุผลแทน</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>ความคาดหวังข้อ %1</translation>
    </message>
    <message>
        <source>%1: source: “%2” is not one of %3</source>
        <translation>%1: source: “%2” ไม่ใช่ %3</translation>
    </message>
    <message>
        <source>%1: finding: what stakeholders expect is missing</source>
        <translation>%1: finding: ไม่ได้ระบุความคาดหวังของผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <source>%1: risks: the register of %2 has no risk %3</source>
        <translation>%1: risks: ทะเบียนความเสี่ยงปี %2 ไม่มีความเสี่ยงที่ %3</translation>
    </message>
    <message>
        <source>the risk register of %1 has no finding %2</source>
        <translation>ทะเบียนความเสี่ยงปี %1 ไม่มีความคาดหวังข้อ %2</translation>
    </message>
    <message>
        <source>round: %1 is not 6 or 12</source>
        <translation>round: %1 ไม่ใช่รอบ 6 หรือ 12 เดือน</translation>
    </message>
    <message>
        <source>round %1 of %2 is locked; its due date stays</source>
        <translation>รอบ %1 เดือนของปี %2 ปิดแล้ว กำหนดส่งจึงเปลี่ยนไม่ได้</translation>
    </message>
    <message>
        <source>by: say who locks the round</source>
        <translation>by: ระบุผู้ปิดรอบ</translation>
    </message>
    <message>
        <source>round %1 of %2 is already locked (by %3)</source>
        <translation>รอบ %1 เดือนของปี %2 ปิดแล้ว (โดย %3)</translation>
    </message>
    <message>
        <source>event: the risk event (เหตุการณ์ความเสี่ยง) is missing</source>
        <translation>event: ไม่ได้ระบุเหตุการณ์ความเสี่ยง</translation>
    </message>
    <message>
        <source>type: “%1” is not one of %2</source>
        <translation>type: “%1” ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>likelihood: %1 is not 1 to 5</source>
        <translation>likelihood: %1 ไม่อยู่ในช่วง 1 ถึง 5</translation>
    </message>
    <message>
        <source>impact: %1 is not 1 to 5</source>
        <translation>impact: %1 ไม่อยู่ในช่วง 1 ถึง 5</translation>
    </message>
    <message>
        <source>impact: missing (likelihood is given; a risk is rated on both)</source>
        <translation>impact: ไม่ได้ระบุ (ระบุโอกาสแล้ว ความเสี่ยงต้องประเมินทั้งสองด้าน)</translation>
    </message>
    <message>
        <source>likelihood: missing (impact is given; a risk is rated on both)</source>
        <translation>likelihood: ไม่ได้ระบุ (ระบุผลกระทบแล้ว ความเสี่ยงต้องประเมินทั้งสองด้าน)</translation>
    </message>
    <message>
        <source>risk: the register of %1 has no risk %2</source>
        <translation>risk: ทะเบียนความเสี่ยงปี %1 ไม่มีความเสี่ยง %2</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>รายการที่ %1</translation>
    </message>
    <message>
        <source>measure: the register of %1 has no measure %2</source>
        <translation>measure: ทะเบียนความเสี่ยงปี %1 ไม่มีมาตรการ %2</translation>
    </message>
    <message>
        <source>status: “%1” is not one of %2</source>
        <translation>status: “%1” ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>cancel_reason: a cancelled measure says why</source>
        <translation>cancel_reason: มาตรการที่ยกเลิกต้องระบุเหตุผล</translation>
    </message>
    <message>
        <source>code: “%1” is not a code (a–z, 0–9 and _, starting with a letter)</source>
        <translation>code: “%1” ไม่ใช่รหัส (ตัวอักษร a–z, 0–9 และ _ ขึ้นต้นด้วยตัวอักษร)</translation>
    </message>
    <message>
        <source>label: the type&apos;s name is missing</source>
        <translation>label: ไม่ได้ระบุชื่อประเภท</translation>
    </message>
    <message>
        <source>code: there is a risk type “%1” already</source>
        <translation>code: มีประเภทความเสี่ยง “%1” อยู่แล้ว</translation>
    </message>
    <message>
        <source>reported through the action plan, activity %1</source>
        <translation>รายงานผ่านแผนปฏิบัติการ กิจกรรม %1</translation>
    </message>
    <message>
        <source>measure: measure %1 is reported through the action plan&apos;s activity; record its progress in the plan&apos;s round, once</source>
        <translation>measure: มาตรการที่ %1 รายงานผ่านกิจกรรมในแผนปฏิบัติการ ให้บันทึกผลในรอบของแผนเพียงที่เดียว</translation>
    </message>
    <message>
        <source>round %1 of %2 was locked on %3 by %4: its follow-up stays as reported; a change needs an administrator and a reason, and is logged</source>
        <translation>รอบ %1 เดือนของปี %2 ปิดเมื่อ %3 โดย %4: ผลการติดตามคงไว้ตามที่รายงาน การแก้ไขต้องทำโดยผู้ดูแลระบบพร้อมเหตุผล และจะถูกบันทึกไว้</translation>
    </message>
    <message>
        <source>round %1 of %2 is locked: only an administrator may change it (%3 is signed in)</source>
        <translation>รอบ %1 ของปี %2 ล็อกแล้ว ผู้ดูแลระบบเท่านั้นที่แก้ไขได้ (ผู้ใช้ขณะนี้: %3)</translation>
    </message>
</context>
<context>
    <name>SelectionText</name>
    <message>
        <source>kind: “%1” is not one of %2</source>
        <translation>แบบ: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>name: missing</source>
        <translation>ชื่อ: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>weight: %1 is not more than 0 and at most 100</source>
        <translation>น้ำหนัก: %1 ต้องมากกว่า 0 และไม่เกิน 100</translation>
    </message>
    <message>
        <source>max: %1 is not a whole number from 1 to 100</source>
        <translation>คะแนนเต็ม: %1 ต้องเป็นจำนวนเต็ม 1 ถึง 100</translation>
    </message>
    <message>
        <source>criterion %1: %2; nothing was made</source>
        <translation>หลักเกณฑ์ข้อ %1: %2 จึงไม่ได้เปิดการคัดเลือก</translation>
    </message>
    <message>
        <source>fiscal year %1 has its selection of %2 already</source>
        <translation>ปีงบประมาณ %1 มีการคัดเลือก%2 แล้ว</translation>
    </message>
    <message>
        <source>fiscal year %1 has no selection of %2 yet (open it with “selection new”)</source>
        <translation>ปีงบประมาณ %1 ยังไม่ได้เปิดการคัดเลือก%2 (เปิดการคัดเลือกก่อน)</translation>
    </message>
    <message>
        <source>the result of %1 was announced on %2; it is not changed after</source>
        <translation>ผล%1 ประกาศแล้วเมื่อ %2 จึงแก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>nominee %1</source>
        <translation>ผู้ถูกเสนอชื่อรายที่ %1</translation>
    </message>
    <message>
        <source>name: %1 is not on the staff list</source>
        <translation>ชื่อ: %1 ไม่มีในรายชื่อบุคลากร</translation>
    </message>
    <message>
        <source>name: %1 left office on %2</source>
        <translation>ชื่อ: %1 พ้นจากตำแหน่งเมื่อ %2</translation>
    </message>
    <message>
        <source>name: “%1” is not a division of the staff list (%2)</source>
        <translation>ชื่อ: “%1” ไม่ใช่หน่วยงานในรายชื่อบุคลากร (%2)</translation>
    </message>
    <message>
        <source>name: %1 is nominated already</source>
        <translation>ชื่อ: %1 ถูกเสนอชื่อไว้แล้ว</translation>
    </message>
    <message>
        <source>%1: %2; nobody was nominated</source>
        <translation>%1: %2 จึงไม่ได้เสนอชื่อผู้ใด</translation>
    </message>
    <message>
        <source>name: %1 is not a nominee of %2</source>
        <translation>ชื่อ: %1 ไม่ใช่ผู้ถูกเสนอชื่อใน%2</translation>
    </message>
    <message>
        <source>member: fiscal year %1 has no ethics committee to score (add its members with “committee add”); nothing was scored</source>
        <translation>กรรมการ: ปีงบประมาณ %1 ยังไม่มีคณะกรรมการจริยธรรมที่จะให้คะแนน (เพิ่มกรรมการก่อน) จึงไม่ได้บันทึกคะแนน</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>แบบให้คะแนนที่ %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was scored</source>
        <translation>%1: %2 จึงไม่ได้บันทึกคะแนน</translation>
    </message>
    <message>
        <source>member: %1 is not on the ethics committee of %2</source>
        <translation>กรรมการ: %1 ไม่ได้เป็นกรรมการจริยธรรมของปี %2</translation>
    </message>
    <message>
        <source>nominee: %1 is not a nominee of %2</source>
        <translation>ผู้ถูกเสนอชื่อ: %1 ไม่ใช่ผู้ถูกเสนอชื่อใน%2</translation>
    </message>
    <message>
        <source>member: %1 may not score %2 (%3)</source>
        <translation>กรรมการ: %1 ให้คะแนน %2 ไม่ได้ (%3)</translation>
    </message>
    <message>
        <source>scores: none given</source>
        <translation>คะแนน: ยังไม่ได้ให้คะแนน</translation>
    </message>
    <message>
        <source>scores: criterion %1 is not one of the %2 criteria</source>
        <translation>คะแนน: หลักเกณฑ์ข้อ %1 ไม่อยู่ในหลักเกณฑ์ %2 ข้อ</translation>
    </message>
    <message>
        <source>scores: criterion %1: %2 is outside 0 to %3</source>
        <translation>คะแนน: หลักเกณฑ์ข้อ %1: %2 อยู่นอกช่วง 0 ถึง %3</translation>
    </message>
    <message>
        <source>%1 has no nominee yet; there is no result to announce</source>
        <translation>%1 ยังไม่มีผู้ถูกเสนอชื่อ จึงยังไม่มีผลให้ประกาศ</translation>
    </message>
    <message>
        <source>%1 is scored by %2 of the %3 members who may score it; the result is announced once every sheet is in</source>
        <translation>%1 ได้รับคะแนนจากกรรมการ %2 คน จาก %3 คนที่มีสิทธิให้คะแนน ประกาศผลได้เมื่อได้รับแบบให้คะแนนครบ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;หน่วยงาน</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>&amp;วันหยุดราชการ</translation>
    </message>
    <message>
        <source>Year (BE)</source>
        <translation>ปี พ.ศ.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>วันหยุด</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>15/5/2569</source>
        <translation>15/5/2569</translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation>ชื่อวันหยุด</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;เพิ่ม</translation>
    </message>
    <message>
        <source>&amp;Remove the selected day</source>
        <translation>&amp;ลบวันที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Deadlines and numbering</source>
        <translation>&amp;กำหนดเวลาและเลขที่รับ</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>นับเป็น</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>อ้างอิง</translation>
    </message>
    <message>
        <source>Receipt numbers run by</source>
        <translation>เลขที่รับเรียงตาม</translation>
    </message>
    <message>
        <source>&amp;calendar year (ระเบียบงานสารบรรณ)</source>
        <translation>ปี&amp;ปฏิทิน (ระเบียบงานสารบรรณ)</translation>
    </message>
    <message>
        <source>&amp;fiscal year</source>
        <translation>ปี&amp;งบประมาณ</translation>
    </message>
    <message>
        <source>&amp;Language of the interface (from the next start)</source>
        <translation>&amp;ภาษาของโปรแกรม (มีผลเมื่อเปิดโปรแกรมครั้งถัดไป)</translation>
    </message>
    <message>
        <source>Lock the screen after this many &amp;minutes without use (0: never)</source>
        <translation>ล็อกหน้าจอเมื่อไม่มีการใช้งานนาน (&amp;นาที; 0 = ไม่ล็อก)</translation>
    </message>
    <message>
        <source>&amp;Confirm the selected day</source>
        <translation>&amp;ยืนยันวันที่เลือกตามประกาศ ครม.</translation>
    </message>
    <message>
        <source>Confirm the &amp;whole year</source>
        <translation>ยืนยัน&amp;ทั้งปีตามประกาศ ครม.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>StaffText</name>
    <message>
        <source>staff member %1</source>
        <translation>บุคลากรลำดับที่ %1</translation>
    </message>
    <message>
        <source>%1: name is missing</source>
        <translation>%1: ยังไม่ได้ระบุชื่อ</translation>
    </message>
    <message>
        <source>%1 (%2): kind “%3” is not one of %4</source>
        <translation>%1 (%2): ประเภท “%3” ไม่ใช่หนึ่งใน %4</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation>%1: %2 มีชื่อซ้ำ</translation>
    </message>
    <message>
        <source>%1: %2 is already on the staff list</source>
        <translation>%1: %2 มีอยู่ในรายชื่อบุคลากรแล้ว</translation>
    </message>
    <message>
        <source>%1, line %2, column left_on: %3; nothing was added</source>
        <translation>%1 บรรทัดที่ %2 คอลัมน์วันที่พ้นตำแหน่ง: %3 ไม่ได้เพิ่มรายการใด</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1 บรรทัดที่ %2</translation>
    </message>
    <message>
        <source>the day %1 left office is missing or impossible</source>
        <translation>ไม่ได้ระบุวันที่ %1 พ้นจากตำแหน่ง หรือเป็นวันที่ที่ไม่มีจริง</translation>
    </message>
    <message>
        <source>%1 is not on the staff list (add them with “staff add”)</source>
        <translation>%1 ไม่มีในรายชื่อบุคลากร (เพิ่มรายชื่อก่อน)</translation>
    </message>
</context>
<context>
    <name>StartText</name>
    <message>
        <source>Sujarit</source>
        <translation>สุจริต</translation>
    </message>
    <message>
        <source>The register cannot be opened.</source>
        <translation>เปิดทะเบียนไม่ได้</translation>
    </message>
    <message>
        <source>Sujarit — the server&apos;s password</source>
        <translation>สุจริต — รหัสผ่านของเครื่องแม่ข่าย</translation>
    </message>
    <message>
        <source>Password of %1 on the server %2:</source>
        <translation>รหัสผ่านของ %1 บนเครื่องแม่ข่าย %2:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Another register…</source>
        <translation>ทะเบียนอื่น…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Record a step</source>
        <translation>บันทึกขั้นตอนการดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;ขั้นตอน</translation>
    </message>
    <message>
        <source>&amp;Reason for not accepting</source>
        <translation>&amp;เหตุที่ไม่รับไว้พิจารณา</translation>
    </message>
    <message>
        <source>&amp;Division or agency</source>
        <translation>&amp;หน่วยงาน</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;วันเวลา</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;บันทึกเพิ่มเติม</translation>
    </message>
    <message>
        <source>15/1/2568 09.30 น.</source>
        <translation>15/1/2568 09.30 น.</translation>
    </message>
    <message>
        <source>&amp;Officers responsible</source>
        <translation>&amp;ผู้รับผิดชอบ</translation>
    </message>
</context>
<context>
    <name>TableExportText</name>
    <message>
        <source>cannot write %1: the folder does not exist</source>
        <translation>บันทึก %1 ไม่ได้: ไม่มีโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>บันทึก %1 ไม่ได้</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>บันทึก %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>“%1” is not a format: pdf, xlsx or csv</source>
        <translation>“%1” ไม่ใช่รูปแบบไฟล์ที่รองรับ: pdf, xlsx หรือ csv</translation>
    </message>
</context>
<context>
    <name>VirtueText</name>
    <message>
        <source>virtue: missing</source>
        <translation>คุณธรรม: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>dimension: “%1” is not one of %2</source>
        <translation>มิติ: “%1” ไม่ใช่หนึ่งใน %2</translation>
    </message>
    <message>
        <source>problem: missing (ปัญหาที่อยากแก้)</source>
        <translation>ปัญหาที่อยากแก้: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>good: missing (ความดีที่อยากทำ)</source>
        <translation>ความดีที่อยากทำ: ยังไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>results: %1 is not a round (they are 6, 9 and 12 months)</source>
        <translation>ผลการดำเนินงาน: %1 ไม่ใช่รอบรายงาน (มีรอบ 6, 9 และ 12 เดือน)</translation>
    </message>
    <message>
        <source>virtue %1</source>
        <translation>คุณธรรมเป้าหมายรายการที่ %1</translation>
    </message>
    <message>
        <source>virtue: %1 has its targets for %2 already (change them with “virtues update”)</source>
        <translation>คุณธรรม: %1 มีเป้าหมายของปี %2 แล้ว (แก้ไขรายการเดิมแทน)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was added</source>
        <translation>%1: %2 จึงไม่ได้เพิ่มรายการใด</translation>
    </message>
    <message>
        <source>virtue %1: %2; nothing was changed</source>
        <translation>คุณธรรมเป้าหมายรายการที่ %1: %2 จึงไม่ได้แก้ไข</translation>
    </message>
    <message>
        <source>virtue: %1 has its targets for %2 already; nothing was changed</source>
        <translation>คุณธรรม: %1 มีเป้าหมายของปี %2 แล้ว จึงไม่ได้แก้ไข</translation>
    </message>
    <message>
        <source>there is no target virtue %1</source>
        <translation>ไม่มีคุณธรรมเป้าหมายรายการที่ %1</translation>
    </message>
</context>
<context>
    <name>WorkflowText</name>
    <message>
        <source>a case is registered right after it is received</source>
        <translation>การลงทะเบียนทำได้ทันทีหลังรับเรื่อง</translation>
    </message>
    <message>
        <source>a case is accepted or not accepted only after it is registered</source>
        <translation>การพิจารณารับหรือไม่รับเรื่องทำได้หลังลงทะเบียนแล้วเท่านั้น</translation>
    </message>
    <message>
        <source>only an accepted case can be assigned</source>
        <translation>แจกจ่ายได้เฉพาะเรื่องที่รับไว้พิจารณาแล้ว</translation>
    </message>
    <message>
        <source>fact-finding starts only after the case is assigned</source>
        <translation>การตรวจสอบข้อเท็จจริงเริ่มได้หลังแจกจ่ายเรื่องแล้ว</translation>
    </message>
    <message>
        <source>a committee is appointed only during fact-finding</source>
        <translation>แต่งตั้งคณะกรรมการได้ในระหว่างตรวจสอบข้อเท็จจริงเท่านั้น</translation>
    </message>
    <message>
        <source>a case is concluded only after fact-finding or a committee</source>
        <translation>ยุติเรื่องได้หลังตรวจสอบข้อเท็จจริงหรือหลังคณะกรรมการสอบแล้วเท่านั้น</translation>
    </message>
    <message>
        <source>the complainant is notified of a result only after the case is concluded, not accepted or referred</source>
        <translation>แจ้งผลผู้ร้องได้หลังยุติเรื่อง ไม่รับไว้พิจารณา หรือส่งต่อเรื่องแล้วเท่านั้น</translation>
    </message>
    <message>
        <source>the result is reported to the executive only after the complainant is notified (or, for an anonymous case, after it is concluded)</source>
        <translation>รายงานผลผู้บริหารได้หลังแจ้งผลผู้ร้องแล้ว (หรือหลังยุติเรื่อง ในกรณีไม่ประสงค์ออกนาม)</translation>
    </message>
    <message>
        <source>a case can be closed only after its result is reported, or after it was not accepted or referred</source>
        <translation>ปิดเรื่องได้หลังรายงานผลแล้ว หรือหลังไม่รับไว้พิจารณาหรือส่งต่อเรื่องแล้วเท่านั้น</translation>
    </message>
    <message>
        <source>a case is referred to another agency only after it is registered and before it is concluded</source>
        <translation>ส่งต่อเรื่องให้หน่วยงานอื่นได้หลังลงทะเบียนและก่อนยุติเรื่องเท่านั้น</translation>
    </message>
    <message>
        <source>“%1” is not a step; the steps are: %2, %3</source>
        <translation>“%1” ไม่ใช่ขั้นตอน ขั้นตอนที่มีคือ %2, %3</translation>
    </message>
    <message>
        <source>not accepting a case needs a reason code: %1</source>
        <translation>การไม่รับเรื่องไว้พิจารณาต้องระบุเหตุ: %1</translation>
    </message>
    <message>
        <source>“%1” is not a reason for not accepting a case; the reasons are: %2</source>
        <translation>“%1” ไม่ใช่เหตุที่ไม่รับไว้พิจารณา เหตุที่มีคือ %2</translation>
    </message>
    <message>
        <source>a reason code is recorded only when a case is not accepted</source>
        <translation>ระบุเหตุได้เฉพาะเมื่อไม่รับเรื่องไว้พิจารณา</translation>
    </message>
    <message>
        <source>the case is closed (%1); no further step can be recorded</source>
        <translation>เรื่องนี้ปิดแล้ว (%1) บันทึกขั้นตอนเพิ่มไม่ได้</translation>
    </message>
    <message>
        <source>the complaint is anonymous: there is no complainant to notify</source>
        <translation>เรื่องนี้ไม่ประสงค์ออกนาม ไม่มีผู้ร้องให้แจ้ง</translation>
    </message>
    <message>
        <source>the complainant has already been notified of the result</source>
        <translation>แจ้งผลให้ผู้ร้องทราบแล้ว</translation>
    </message>
    <message>
        <source>the complaint is anonymous: there is no complainant to notify; record “reported” instead</source>
        <translation>เรื่องนี้ไม่ประสงค์ออกนาม ไม่มีผู้ร้องให้แจ้ง ให้บันทึก “รายงานผลผู้บริหาร” แทน</translation>
    </message>
    <message>
        <source>the case is already at “%1” (%2)</source>
        <translation>เรื่องนี้อยู่ที่ขั้นตอน “%1” (%2) แล้ว</translation>
    </message>
    <message>
        <source>cannot record “%1” on a case at “%2” (%3): %4</source>
        <translation>บันทึก “%1” ให้เรื่องที่อยู่ขั้นตอน “%2” (%3) ไม่ได้: %4</translation>
    </message>
</context>
<context>
    <name>YearText</name>
    <message>
        <source>Fiscal year %1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;ปี</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sujarit</source>
        <translation>สุจริต</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::ActivityDialog</name>
    <message>
        <source>Change an activity</source>
        <translation>แก้ไขโครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>เพิ่มโครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>Measure %1 %2</source>
        <translation>มาตรการที่ %1 %2</translation>
    </message>
    <message>
        <source>Line of action %1.%2 %3</source>
        <translation>แนวทางที่ %1.%2 %3</translation>
    </message>
    <message>
        <source>(type the title, or pick one of seed 001&apos;s examples)</source>
        <translation>(พิมพ์ชื่อ หรือเลือกจากตัวอย่างกิจกรรม ๔๔ รายการ)</translation>
    </message>
    <message>
        <source>typed in by the office</source>
        <translation>หน่วยงานบันทึกเอง</translation>
    </message>
    <message>
        <source>computed: %1</source>
        <translation>คำนวณจากข้อมูลในระบบ: %1</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>หน่วยนับ</translation>
    </message>
    <message>
        <source>target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>&amp;Under</source>
        <translation>&amp;ภายใต้</translation>
    </message>
    <message>
        <source>&amp;Example</source>
        <translation>&amp;ตัวอย่าง</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;ชื่อโครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>KPI &amp;measured</source>
        <translation>วิธี&amp;วัดผล</translation>
    </message>
    <message>
        <source>&amp;KPI</source>
        <translation>&amp;ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>&amp;Budget (baht)</source>
        <translation>&amp;งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;หน่วยงานที่รับดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>ระยะเวลา (เดือน)</translation>
    </message>
    <message>
        <source>Virtues</source>
        <translation>คุณธรรมเป้าหมาย</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Target: “%1” is not a number</source>
        <translation>เป้าหมาย: “%1” ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>Budget: “%1” is not an amount in baht; tick “ไม่ใช้งบประมาณ” when there is none</source>
        <translation>งบประมาณ: “%1” ไม่ใช่จำนวนเงินบาท หากไม่ใช้งบประมาณให้เลือก “ไม่ใช้งบประมาณ”</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::AnnouncementsDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Announcements and the No Gift culture</source>
        <translation>ประกาศและการสร้างวัฒนธรรม No Gift Policy</translation>
    </message>
    <message>
        <source>&amp;Announcements</source>
        <translation>&amp;ประกาศ</translation>
    </message>
    <message>
        <source>No Gift &amp;culture</source>
        <translation>การสร้าง&amp;วัฒนธรรม No Gift</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>ประกาศ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>ลงนาม</translation>
    </message>
    <message>
        <source>Why a new version</source>
        <translation>เหตุที่แก้ไข</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;สร้างใหม่…</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;เขียน/แก้ไข…</translation>
    </message>
    <message>
        <source>Record the &amp;signing…</source>
        <translation>บันทึกการ&amp;ลงนาม…</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;ดูตัวอย่างและพิมพ์…</translation>
    </message>
    <message>
        <source>A signed announcement is kept as signed: writing on it makes a new version, which says why.</source>
        <translation>ประกาศที่ลงนามแล้วจะคงไว้ตามที่ลงนาม การแก้ไขจะเป็นฉบับใหม่ซึ่งต้องระบุเหตุผล</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>People</source>
        <translation>จำนวน (คน)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>&amp;Add an activity…</source>
        <translation>&amp;เพิ่มกิจกรรม…</translation>
    </message>
    <message>
        <source>Print the &amp;report…</source>
        <translation>พิมพ์&amp;รายงาน…</translation>
    </message>
    <message>
        <source>Fiscal year %1 has no announcements yet: draft one with “New…”.</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีประกาศ: ร่างด้วยปุ่ม “สร้างใหม่…”</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>draft, not signed</source>
        <translation>ร่าง ยังไม่ลงนาม</translation>
    </message>
    <message>
        <source>Drafted: %1. Read it through, then print it for the executive to sign.</source>
        <translation>ร่างแล้ว: %1 ตรวจทานแล้วพิมพ์เสนอผู้บริหารลงนาม</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1 ฉบับที่ %2</translation>
    </message>
    <message>
        <source>Signed on %1 by %2: saving makes version %3, kept beside the signed one; say why.</source>
        <translation>ลงนามแล้วเมื่อ %1 โดย %2: การบันทึกจะเป็นฉบับที่ %3 โดยเก็บฉบับที่ลงนามไว้ด้วย ให้ระบุเหตุผล</translation>
    </message>
    <message>
        <source>One paragraph a line; a line that starts with “# ” is a heading.</source>
        <translation>หนึ่งบรรทัดคือหนึ่งย่อหน้า บรรทัดที่ขึ้นต้นด้วย “# ” คือหัวข้อ</translation>
    </message>
    <message>
        <source>&amp;Subject (เรื่อง)</source>
        <translation>&amp;เรื่อง</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;ข้อความ</translation>
    </message>
    <message>
        <source>&amp;Why a new version</source>
        <translation>&amp;เหตุที่แก้ไข</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Record the signing</source>
        <translation>บันทึกการลงนาม</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>ผู้&amp;ลงนาม</translation>
    </message>
    <message>
        <source>On (&amp;date)</source>
        <translation>&amp;วันที่ลงนาม</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>วันที่: %1</translation>
    </message>
    <message>
        <source>A No Gift activity</source>
        <translation>กิจกรรมสร้างวัฒนธรรม No Gift</translation>
    </message>
    <message>
        <source>the people ticked</source>
        <translation>ตามจำนวนผู้ที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;วันที่</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;ประเภท</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;กิจกรรม</translation>
    </message>
    <message>
        <source>&amp;Who took part (staff)</source>
        <translation>&amp;ผู้เข้าร่วม (บุคลากร)</translation>
    </message>
    <message>
        <source>&amp;How many took part</source>
        <translation>จำนวนผู้เข้าร่วม&amp;ทั้งหมด</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>The office profile lacks its name; set it in Settings first.</source>
        <translation>ยังไม่ได้ตั้งชื่อหน่วยงาน โปรดตั้งที่การตั้งค่าก่อน</translation>
    </message>
    <message>
        <source>Write again from the &amp;template</source>
        <translation>เขียนใหม่จาก&amp;แบบ</translation>
    </message>
    <message>
        <source>Write again from the template</source>
        <translation>เขียนใหม่จากแบบ</translation>
    </message>
    <message>
        <source>It was signed: the text from the template becomes version %1, beside the signed one. Why?</source>
        <translation>ประกาศนี้ลงนามแล้ว: ข้อความจากแบบจะเป็นฉบับที่ %1 โดยเก็บฉบับที่ลงนามไว้ด้วย เหตุที่แก้ไขคือ?</translation>
    </message>
    <message>
        <source>Replace the draft&apos;s text with the template&apos;s, from the office&apos;s details and the risk register as they are now? What was typed into it is lost.</source>
        <translation>แทนข้อความในร่างด้วยข้อความจากแบบ ตามข้อมูลหน่วยงานและทะเบียนความเสี่ยงปัจจุบันหรือไม่? ข้อความที่พิมพ์ไว้ในร่างจะหายไป</translation>
    </message>
    <message>
        <source>Written again from the template</source>
        <translation>เขียนใหม่จากแบบแล้ว</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>&amp;หลักฐาน…</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::AuditTrailDialog</name>
    <message>
        <source>Trail of case %1</source>
        <translation>ประวัติของเรื่องเลขรับที่ %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;พิมพ์…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::BackupMenu</name>
    <message>
        <source>Back up the register</source>
        <translation>สำรองข้อมูลทะเบียน</translation>
    </message>
    <message>
        <source>Sujarit backups (*.db)</source>
        <translation>ไฟล์สำรองของสุจริต (*.db)</translation>
    </message>
    <message>
        <source>Saved and checked: %1</source>
        <translation>บันทึกและตรวจสอบแล้ว: %1</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>ไม่ได้สำรองข้อมูล: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>กู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
        <source>Sujarit backups (*.db);;All files (*)</source>
        <translation>ไฟล์สำรองของสุจริต (*.db);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored: %1</source>
        <translation>กู้คืนจากไฟล์นี้ไม่ได้: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replace the register with %1 (%n complaint(s))? The register as it is now is kept aside, not deleted.</source>
        <translation>
            <numerusform>แทนที่ทะเบียนด้วย %1 (%n เรื่อง) หรือไม่ ทะเบียนปัจจุบันจะถูกเก็บสำรองไว้ ไม่ถูกลบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored from %1. The register as it was is kept in %2.</source>
        <translation>กู้คืนจาก %1 แล้ว ทะเบียนเดิมเก็บไว้ที่ %2</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>ไม่ได้กู้คืน: %1</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::CaseView</name>
    <message>
        <source>Show the complainant</source>
        <translation>แสดงชื่อผู้ร้อง</translation>
    </message>
    <message>
        <source>The complainant&apos;s identity is secret. Why do you need it? (This goes into the case&apos;s trail.)</source>
        <translation>ชื่อผู้ร้องเป็นความลับ ต้องการดูเพื่อเหตุใด (เหตุผลจะบันทึกไว้ในประวัติของเรื่อง)</translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation>แนบไฟล์สแกน</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>ไฟล์สแกนและภาพถ่าย (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Select a complaint to see its case file.</source>
        <translation>เลือกเรื่องร้องเรียนเพื่อดูรายละเอียดของเรื่อง</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>วันที่รับ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>ผู้ร้อง</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>ข้อกล่าวหา/ข้อร้องเรียน</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>ขอให้ดำเนินการ</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>ผู้ถูกร้อง</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue by %n working day(s)</source>
        <translation>
            <numerusform>%1 — เกินกำหนด %n วันทำการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n working day(s) left</source>
        <translation>
            <numerusform>%1 — เหลือ %n วันทำการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติการดำเนินการ</translation>
    </message>
    <message>
        <source>Nothing is shown without a reason.</source>
        <translation>ต้องระบุเหตุผลจึงจะแสดงได้</translation>
    </message>
    <message>
        <source>%1 may not see the complainant of this case.</source>
        <translation>%1 ไม่มีสิทธิ์ดูชื่อผู้ร้องของเรื่องนี้</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>บันทึกไฟล์ %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::CommitteeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The ethics committee</source>
        <translation>คณะกรรมการจริยธรรม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Role on the committee</source>
        <translation>ตำแหน่งในคณะกรรมการ</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;เพิ่มกรรมการ…</translation>
    </message>
    <message>
        <source>Change the &amp;role…</source>
        <translation>เปลี่ยน&amp;ตำแหน่งในคณะ…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;นำออก</translation>
    </message>
    <message>
        <source>Add a &amp;goal…</source>
        <translation>เพิ่ม&amp;เป้าหมาย…</translation>
    </message>
    <message>
        <source>Remove the goal</source>
        <translation>ลบเป้าหมาย</translation>
    </message>
    <message>
        <source>Remove the goal “%1”?</source>
        <translation>ลบเป้าหมาย “%1” หรือไม่</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;กรรมการ</translation>
    </message>
    <message>
        <source>G&amp;oals of the year</source>
        <translation>เป้า&amp;หมายประจำปี</translation>
    </message>
    <message>
        <source>&amp;Preview the appointment order…</source>
        <translation>&amp;ดูตัวอย่างคำสั่งแต่งตั้ง…</translation>
    </message>
    <message>
        <source>Record the order as &amp;signed…</source>
        <translation>บันทึกว่าคำสั่ง&amp;ลงนามแล้ว…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Fiscal year %1 has no committee yet: add its members.</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีคณะกรรมการ กรุณาเพิ่มกรรมการ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: กรรมการ %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (measured by plan activity %2)</source>
        <translation>%1 (วัดผลด้วยกิจกรรม %2 ของแผน)</translation>
    </message>
    <message>
        <source>Appointment order %1, signed on %2 by %3.</source>
        <translation>คำสั่งแต่งตั้งที่ %1 ลงนามเมื่อ %2 โดย %3</translation>
    </message>
    <message>
        <source>The appointment order is not signed yet: preview the draft, and record it once signed.</source>
        <translation>คำสั่งแต่งตั้งยังไม่ได้ลงนาม: ดูตัวอย่างร่าง และบันทึกเมื่อลงนามแล้ว</translation>
    </message>
    <message>
        <source>A member of the committee</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>&amp;Person (staff list)</source>
        <translation>&amp;บุคคล (จากรายชื่อบุคลากร)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;ตำแหน่งในคณะ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>The role of %1</source>
        <translation>ตำแหน่งในคณะของ %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>นำกรรมการออก</translation>
    </message>
    <message>
        <source>Take %1 off the committee of %2?</source>
        <translation>นำ %1 ออกจากคณะกรรมการปี %2 หรือไม่</translation>
    </message>
    <message>
        <source>A goal of the year</source>
        <translation>เป้าหมายประจำปี</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;เป้าหมาย</translation>
    </message>
    <message>
        <source>Measured by the &amp;plan activity</source>
        <translation>วัดผลด้วย&amp;กิจกรรมในแผน</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Add the committee&apos;s members first: the order appoints them.</source>
        <translation>กรุณาเพิ่มกรรมการก่อน คำสั่งแต่งตั้งระบุรายชื่อกรรมการ</translation>
    </message>
    <message>
        <source>The appointment order, signed</source>
        <translation>คำสั่งแต่งตั้งที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>Order &amp;number</source>
        <translation>&amp;เลขที่คำสั่ง</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>ลงนาม&amp;เมื่อ</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>ผู้&amp;ลงนาม</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>วันที่: %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Agenda due</source>
        <translation>กำหนดส่งระเบียบวาระ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>&amp;Plan the year…</source>
        <translation>&amp;กำหนดการประชุมทั้งปี…</translation>
    </message>
    <message>
        <source>A&amp;dd a meeting…</source>
        <translation>&amp;เพิ่มการประชุม…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>เ&amp;ลื่อน…</translation>
    </message>
    <message>
        <source>&amp;Cancel the meeting…</source>
        <translation>&amp;ยกเลิกการประชุม…</translation>
    </message>
    <message>
        <source>Mee&amp;tings</source>
        <translation>การ&amp;ประชุม</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>ครั้งที่ %1</translation>
    </message>
    <message>
        <source>The meetings of %1</source>
        <translation>การประชุมปี %1</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>ทุกเดือน</translation>
    </message>
    <message>
        <source>every two months</source>
        <translation>ทุก 2 เดือน</translation>
    </message>
    <message>
        <source>on a weekday of the month</source>
        <translation>ตามวันในสัปดาห์ของเดือน</translation>
    </message>
    <message>
        <source>on a day of the month</source>
        <translation>ตามวันที่ของเดือน</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>สัปดาห์ที่ %1</translation>
    </message>
    <message>
        <source>&amp;Meet</source>
        <translation>&amp;ประชุม</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;ระยะเวลา</translation>
    </message>
    <message>
        <source>Wee&amp;k</source>
        <translation>&amp;สัปดาห์</translation>
    </message>
    <message>
        <source>Week&amp;day</source>
        <translation>&amp;วัน</translation>
    </message>
    <message>
        <source>&amp;Day of the month</source>
        <translation>วัน&amp;ที่ของเดือน</translation>
    </message>
    <message>
        <source>A day that is not a working day moves to the next one, and the meeting says so. Meetings still only planned are planned again.</source>
        <translation>วันที่ไม่ใช่วันทำการจะเลื่อนไปวันทำการถัดไป และบันทึกไว้ที่การประชุมนั้น การประชุมที่ยังเป็นเพียงกำหนดการจะกำหนดใหม่ทั้งหมด</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>กำหนด</translation>
    </message>
    <message>
        <source>A meeting added</source>
        <translation>เพิ่มการประชุม</translation>
    </message>
    <message>
        <source>Cancel the meeting of %1</source>
        <translation>ยกเลิกการประชุมวันที่ %1</translation>
    </message>
    <message>
        <source>Move the meeting of %1</source>
        <translation>เลื่อนการประชุมวันที่ %1</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;วันที่</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;เหตุผล</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>ยกเลิกการประชุม</translation>
    </message>
    <message>
        <source>A&amp;genda…</source>
        <translation>&amp;ระเบียบวาระ…</translation>
    </message>
    <message>
        <source>M&amp;inutes…</source>
        <translation>รายงาน&amp;การประชุม…</translation>
    </message>
    <message>
        <source>Appro&amp;ve the minutes…</source>
        <translation>รับ&amp;รองรายงานการประชุม…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;พิมพ์…</translation>
    </message>
    <message>
        <source>The meeting&apos;s agenda…</source>
        <translation>ระเบียบวาระของการประชุม…</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes…</source>
        <translation>รายงานการประชุม…</translation>
    </message>
    <message>
        <source>The year&apos;s meeting register…</source>
        <translation>ทะเบียนการประชุมของปี…</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>เพิ่มแถว</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>ลบแถว</translation>
    </message>
    <message>
        <source>The agenda of meeting No. %1</source>
        <translation>ระเบียบวาระการประชุมครั้งที่ %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ระเบียบวาระที่</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Sujarit adds nothing to this agenda.</source>
        <translation>โปรแกรมไม่มีเรื่องที่เพิ่มให้ในระเบียบวาระนี้</translation>
    </message>
    <message>
        <source>Sujarit adds: %1</source>
        <translation>โปรแกรมเพิ่มให้: %1</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;สถานที่</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;เวลา</translation>
    </message>
    <message>
        <source>&amp;Sent to the members on</source>
        <translation>ส่งถึงกรรมการ&amp;เมื่อ</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;เรื่อง</translation>
    </message>
    <message>
        <source>Save and record as sent</source>
        <translation>บันทึกและบันทึกว่าส่งแล้ว</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>วันที่ส่ง: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>แถวที่ %1</translation>
    </message>
    <message>
        <source>The minutes of meeting No. %1</source>
        <translation>รายงานการประชุมครั้งที่ %1</translation>
    </message>
    <message>
        <source>Member (tick if present)</source>
        <translation>กรรมการ (ทำเครื่องหมายถ้ามาประชุม)</translation>
    </message>
    <message>
        <source>Why absent</source>
        <translation>เหตุที่ไม่มา</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>สาระการประชุม</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>มติที่ประชุม</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>สิ่งที่ต้องติดตาม</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนด</translation>
    </message>
    <message>
        <source>&amp;Started at</source>
        <translation>&amp;เริ่มประชุมเวลา</translation>
    </message>
    <message>
        <source>&amp;Ended at</source>
        <translation>เลิก&amp;ประชุมเวลา</translation>
    </message>
    <message>
        <source>&amp;Who came</source>
        <translation>&amp;ผู้มาประชุม</translation>
    </message>
    <message>
        <source>&amp;Others present</source>
        <translation>ผู้เข้า&amp;ร่วมประชุม</translation>
    </message>
    <message>
        <source>&amp;Follow-up actions</source>
        <translation>สิ่งที่ต้อง&amp;ติดตาม</translation>
    </message>
    <message>
        <source>Minutes &amp;taken by</source>
        <translation>ผู้&amp;จดรายงานการประชุม</translation>
    </message>
    <message>
        <source>&amp;Checked by</source>
        <translation>ผู้&amp;ตรวจรายงานการประชุม</translation>
    </message>
    <message>
        <source>Why &amp;correct approved minutes</source>
        <translation>เหตุที่&amp;แก้ไขรายงานที่รับรองแล้ว</translation>
    </message>
    <message>
        <source>Follow-up action %1: due: %2</source>
        <translation>สิ่งที่ต้องติดตามที่ %1: กำหนด: %2</translation>
    </message>
    <message>
        <source>Approve the minutes of meeting No. %1</source>
        <translation>รับรองรายงานการประชุมครั้งที่ %1</translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation>ครั้งที่ %1 วันที่ %2</translation>
    </message>
    <message>
        <source>Approved &amp;at the meeting</source>
        <translation>รับรอง&amp;ในการประชุม</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>รับรอง</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>กรุณาเลือกการประชุมก่อน</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::ConflictsDialog</name>
    <message>
        <source>Conflict of interest: declarations and gifts</source>
        <translation>ผลประโยชน์ทับซ้อน: แบบแสดงการขัดกันฯ และการรับของขวัญ</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>&amp;Declarations</source>
        <translation>แบบแสดงการ&amp;ขัดกันฯ</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>การรับ&amp;ของขวัญ</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;บุคลากร</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;ปี</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Left office</source>
        <translation>พ้นตำแหน่ง</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;เพิ่ม…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;นำเข้าจาก CSV…</translation>
    </message>
    <message>
        <source>Mark as &amp;left office…</source>
        <translation>บันทึกการ&amp;พ้นตำแหน่ง…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>ผู้ยื่น</translation>
    </message>
    <message>
        <source>Form of conflict or details</source>
        <translation>รูปแบบการขัดกันฯ / รายละเอียด</translation>
    </message>
    <message>
        <source>Persons or companies (relation)</source>
        <translation>ผู้เกี่ยวข้อง (ความสัมพันธ์)</translation>
    </message>
    <message>
        <source>Supervisor&apos;s review</source>
        <translation>ผลการพิจารณาของผู้บังคับบัญชา</translation>
    </message>
    <message>
        <source>&amp;New declaration…</source>
        <translation>&amp;ยื่นแบบ…</translation>
    </message>
    <message>
        <source>Record the &amp;review…</source>
        <translation>บันทึกผลการ&amp;พิจารณา…</translation>
    </message>
    <message>
        <source>&amp;Print the form…</source>
        <translation>&amp;พิมพ์แบบ…</translation>
    </message>
    <message>
        <source>Print the &amp;register…</source>
        <translation>พิมพ์&amp;ทะเบียน…</translation>
    </message>
    <message>
        <source>Print the list with its &amp;deadline…</source>
        <translation>พิมพ์รายชื่อพร้อม&amp;กำหนดส่ง…</translation>
    </message>
    <message>
        <source>Declare &amp;by</source>
        <translation>&amp;ยื่นภายในวันที่</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Giver (relation)</source>
        <translation>ผู้ให้ (ความสัมพันธ์)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Value (baht)</source>
        <translation>มูลค่า (บาท)</translation>
    </message>
    <message>
        <source>Rule&apos;s verdict</source>
        <translation>ผลตามหลักเกณฑ์</translation>
    </message>
    <message>
        <source>Report by</source>
        <translation>กำหนดรายงาน</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Record a gift…</source>
        <translation>&amp;บันทึกการรับ…</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;decision…</source>
        <translation>คำ&amp;วินิจฉัยของหัวหน้าหน่วยงาน…</translation>
    </message>
    <message>
        <source>Print the &amp;No Gift report…</source>
        <translation>พิมพ์รายงาน &amp;No Gift…</translation>
    </message>
    <message>
        <source>Everyone has made the annual declaration of fiscal year %1.</source>
        <translation>บุคลากรทุกคนยื่นแบบประจำปีงบประมาณ %1 ครบแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) have not yet made the annual declaration of fiscal year %1:</source>
        <translation>
            <numerusform>บุคลากรที่ยังไม่ยื่นแบบประจำปีงบประมาณ %1 จำนวน %n คน:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a gift to see why the rule judges it so.</source>
        <translation>เลือกรายการเพื่อดูเหตุผลตามหลักเกณฑ์</translation>
    </message>
    <message>
        <source>Head&apos;s decision: %1 by %2 on %3 (under %4)</source>
        <translation>คำวินิจฉัยของหัวหน้าหน่วยงาน: %1 โดย %2 เมื่อ %3 (ตาม%4)</translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation>บันทึกผลการพิจารณา</translation>
    </message>
    <message>
        <source>Choose a declaration first.</source>
        <translation>โปรดเลือกแบบก่อน</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Head&apos;s decision</source>
        <translation>คำวินิจฉัยของหัวหน้าหน่วยงาน</translation>
    </message>
    <message>
        <source>Choose a gift first.</source>
        <translation>โปรดเลือกรายการก่อน</translation>
    </message>
    <message>
        <source>%1 from %2 to %3, %4 baht: %5</source>
        <translation>%1 จาก %2 ถึง %3 มูลค่า %4 บาท: %5</translation>
    </message>
    <message>
        <source>Head&apos;s decision on a gift</source>
        <translation>คำวินิจฉัยของหัวหน้าหน่วยงานเรื่องการรับทรัพย์สิน</translation>
    </message>
    <message>
        <source>Import a staff list</source>
        <translation>นำเข้ารายชื่อบุคลากร</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ไฟล์ CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>ไม่ได้เพิ่มรายการใด: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n staff member(s).</source>
        <translation>
            <numerusform>เพิ่มบุคลากร %n คนแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a staff member first.</source>
        <translation>โปรดเลือกบุคลากรก่อน</translation>
    </message>
    <message>
        <source>%1 left office. The gift rule still binds them for two years after.</source>
        <translation>%1 พ้นจากตำแหน่ง หลักเกณฑ์การรับทรัพย์สินยังใช้บังคับต่อไปอีกสองปี</translation>
    </message>
    <message>
        <source>the office profile lacks its name; set it in Settings</source>
        <translation>ยังไม่ได้ตั้งชื่อหน่วยงาน ตั้งได้ที่การตั้งค่า</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>แฟ้ม Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>ไม่ได้บันทึกสิ่งใด: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Declare by: %1</source>
        <translation>ยื่นภายในวันที่: %1</translation>
    </message>
    <message>
        <source>The office profile lacks its name; set it in Settings first.</source>
        <translation>ยังไม่ได้ตั้งชื่อหน่วยงาน โปรดตั้งที่การตั้งค่าก่อน</translation>
    </message>
    <message>
        <source>Kind of declaration</source>
        <translation>ประเภทแบบ</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::ConnectionDialog</name>
    <message>
        <source>Sujarit — where the register is</source>
        <translation>สุจริต — ที่เก็บทะเบียน</translation>
    </message>
    <message>
        <source>One PC keeps the register in a file of its own. An office whose clerks work at several PCs keeps one register on its PostgreSQL server, and every PC connects to it.</source>
        <translation>เครื่องเดียวเก็บทะเบียนเป็นแฟ้มในเครื่องนั้น หน่วยงานที่มีเจ้าหน้าที่ทำงานหลายเครื่องเก็บทะเบียนชุดเดียวไว้บนเครื่องแม่ข่าย PostgreSQL และทุกเครื่องเชื่อมต่อเข้าไป</translation>
    </message>
    <message>
        <source>A &amp;file on this PC</source>
        <translation>แ&amp;ฟ้มในเครื่องนี้</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>เ&amp;รียกดู…</translation>
    </message>
    <message>
        <source>The register&apos;s file</source>
        <translation>แฟ้มทะเบียน</translation>
    </message>
    <message>
        <source>Sujarit registers (*.db)</source>
        <translation>ทะเบียนสุจริต (*.db)</translation>
    </message>
    <message>
        <source>The office&apos;s &amp;server (PostgreSQL)</source>
        <translation>เครื่อง&amp;แม่ข่ายของหน่วยงาน (PostgreSQL)</translation>
    </message>
    <message>
        <source>the server&apos;s name or address, e.g. 192.168.1.10</source>
        <translation>ชื่อหรือที่อยู่ของเครื่องแม่ข่าย เช่น 192.168.1.10</translation>
    </message>
    <message>
        <source>the server&apos;s user for this office, e.g. sujarit</source>
        <translation>ผู้ใช้บนเครื่องแม่ข่ายของหน่วยงาน เช่น sujarit</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>เครื่องแม่&amp;ข่าย:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;พอร์ต:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;ฐานข้อมูล:</translation>
    </message>
    <message>
        <source>&amp;User on the server:</source>
        <translation>ผู้&amp;ใช้บนเครื่องแม่ข่าย:</translation>
    </message>
    <message>
        <source>The server&apos;s password is asked when Sujarit connects (or kept by the server&apos;s administrator in this PC&apos;s pgpass file); it is not stored by Sujarit.</source>
        <translation>สุจริตจะถามรหัสผ่านของเครื่องแม่ข่ายเมื่อเชื่อมต่อ (หรือผู้ดูแลเครื่องแม่ข่ายเก็บไว้ในแฟ้ม pgpass ของเครื่องนี้) สุจริตไม่เก็บรหัสผ่านนี้</translation>
    </message>
    <message>
        <source>Open this register</source>
        <translation>เปิดทะเบียนนี้</translation>
    </message>
    <message>
        <source>Give the register&apos;s file.</source>
        <translation>กรุณาระบุแฟ้มทะเบียน</translation>
    </message>
    <message>
        <source>the server&apos;s name</source>
        <translation>ชื่อเครื่องแม่ข่าย</translation>
    </message>
    <message>
        <source>the database&apos;s name</source>
        <translation>ชื่อฐานข้อมูล</translation>
    </message>
    <message>
        <source>the user on the server</source>
        <translation>ผู้ใช้บนเครื่องแม่ข่าย</translation>
    </message>
    <message>
        <source>Give %1.</source>
        <translation>กรุณาระบุ%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::DecisionDialog</name>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;ผลการพิจารณา</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>&amp;วันที่</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>เ&amp;หตุผล</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>วันที่: %1</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::DeclarationDialog</name>
    <message>
        <source>No interest to declare (nil return)</source>
        <translation>ไม่มีผลประโยชน์ทับซ้อน (ระบุว่า “ไม่มี”)</translation>
    </message>
    <message>
        <source>Procurement and its &amp;number</source>
        <translation>โครงการจัดซื้อจัดจ้างและ&amp;เลขที่</translation>
    </message>
    <message>
        <source>New declaration of interest</source>
        <translation>ยื่นแบบแสดงการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม</translation>
    </message>
    <message>
        <source>e.g. จ้างก่อสร้างถนนคอนกรีต หมู่ 3</source>
        <translation>เช่น จ้างก่อสร้างถนนคอนกรีต หมู่ 3</translation>
    </message>
    <message>
        <source>number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>บุคคลหรือนิติบุคคล</translation>
    </message>
    <message>
        <source>Relation to the declarant</source>
        <translation>ความเกี่ยวข้องกับผู้ยื่น</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>เ&amp;พิ่มแถว</translation>
    </message>
    <message>
        <source>&amp;Remove the row</source>
        <translation>&amp;ลบแถว</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;ประเภท</translation>
    </message>
    <message>
        <source>&amp;Declarant</source>
        <translation>ผู้&amp;ยื่น</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>&amp;วันที่</translation>
    </message>
    <message>
        <source>&amp;Form of conflict</source>
        <translation>&amp;รูปแบบการขัดกันฯ</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>ราย&amp;ละเอียด</translation>
    </message>
    <message>
        <source>The &amp;bidders, and your tie to each (none when there is none)</source>
        <translation>&amp;ผู้เสนอราคาทุกราย และความเกี่ยวข้องกับท่าน (ระบุ “ไม่มีความเกี่ยวข้อง” หากไม่มี)</translation>
    </message>
    <message>
        <source>&amp;Persons or companies involved, and your relation to them</source>
        <translation>&amp;บุคคลหรือนิติบุคคลที่เกี่ยวข้อง และความเกี่ยวข้องกับท่าน</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>วันที่: %1</translation>
    </message>
    <message>
        <source>Declarant: add the staff member to the staff list first</source>
        <translation>ผู้ยื่น: โปรดเพิ่มรายชื่อบุคลากรก่อน</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>แบบ</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::DeedsPage</name>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>บุคลากร</translation>
    </message>
    <message>
        <source>Good deed</source>
        <translation>ความดีที่ทำ</translation>
    </message>
    <message>
        <source>Virtue</source>
        <translation>คุณธรรม</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>ผู้รับรอง</translation>
    </message>
    <message>
        <source>&amp;Record a good deed…</source>
        <translation>&amp;บันทึกความดี…</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>&amp;หลักฐาน…</translation>
    </message>
    <message>
        <source>Preview the person&apos;s &amp;log…</source>
        <translation>ดูบันทึกความดี&amp;รายบุคคล…</translation>
    </message>
    <message>
        <source>Preview the &amp;year&apos;s deeds…</source>
        <translation>ดูบันทึกความดีทั้ง&amp;ปี…</translation>
    </message>
    <message>
        <source>Choose a good deed first.</source>
        <translation>เลือกรายการความดีก่อน</translation>
    </message>
    <message>
        <source>No good deed is recorded for %1 yet.</source>
        <translation>ปี %1 ยังไม่มีบันทึกความดี</translation>
    </message>
    <message numerus="yes">
        <source>%n deed(s). By person: %1. By division: %2. By virtue: %3.</source>
        <translation>
            <numerusform>%n รายการ รายบุคคล: %1 รายหน่วยงาน: %2 รายคุณธรรม: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>A good deed</source>
        <translation>บันทึกความดี</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;ผู้ทำความดี</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;วันที่</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>ความดีที่&amp;ทำ</translation>
    </message>
    <message>
        <source>The &amp;virtue it shows</source>
        <translation>&amp;คุณธรรมที่แสดง</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>&amp;สถานที่</translation>
    </message>
    <message>
        <source>&amp;Certified by</source>
        <translation>ผู้&amp;รับรอง</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>วันที่: %1</translation>
    </message>
    <message>
        <source>The deed</source>
        <translation>รายการความดี</translation>
    </message>
    <message>
        <source>Recorded the good deed of %1.</source>
        <translation>บันทึกความดีของ %1 แล้ว</translation>
    </message>
    <message>
        <source>Choose a deed of the person whose log to print.</source>
        <translation>เลือกรายการความดีของบุคคลที่ต้องการพิมพ์ก่อน</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove the good deed “%1” of %2, entered by mistake?</source>
        <translation>ลบบันทึกความดี “%1” ของ %2 ที่บันทึกผิดหรือไม่</translation>
    </message>
    <message>
        <source>Removed the good deed.</source>
        <translation>ลบบันทึกความดีแล้ว</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::EvidenceDialog</name>
    <message>
        <source>Evidence of %1</source>
        <translation>หลักฐานของกิจกรรม %1</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>&amp;Attach to the %1-month round…</source>
        <translation>&amp;แนบในรอบ %1 เดือน…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;เปิด</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;บันทึกสำเนา…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>แนบหลักฐาน</translation>
    </message>
    <message>
        <source>PDF or pictures (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF หรือรูปภาพ (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>บันทึกสำเนา</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 เดือน</translation>
    </message>
    <message>
        <source>No evidence attached yet.</source>
        <translation>ยังไม่มีหลักฐานแนบ</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>แนบ %1 แล้ว</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>บันทึกไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;แนบไฟล์…</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::FilterBar</name>
    <message>
        <source>All years</source>
        <translation>ทุกปี</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>ทุกขั้นตอน</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>ทุกช่องทาง</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>ทุกประเภท</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::GiftDialog</name>
    <message>
        <source>Offered to the public at large on the same terms</source>
        <translation>เป็นการให้แก่บุคคลทั่วไปในลักษณะเดียวกัน</translation>
    </message>
    <message>
        <source>Refused (not received)</source>
        <translation>ปฏิเสธการรับ (ไม่ได้รับไว้)</translation>
    </message>
    <message>
        <source>Record a gift</source>
        <translation>บันทึกการรับทรัพย์สินหรือประโยชน์อื่นใด</translation>
    </message>
    <message>
        <source>e.g. ปีใหม่ 2570</source>
        <translation>เช่น ปีใหม่ 2570</translation>
    </message>
    <message>
        <source>baht, e.g. 3,500</source>
        <translation>บาท เช่น 3,500</translation>
    </message>
    <message>
        <source>e.g. shared in the office, returned, kept</source>
        <translation>เช่น แบ่งปันในสำนักงาน ส่งคืน เก็บไว้</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>ผู้&amp;รับ</translation>
    </message>
    <message>
        <source>D&amp;ate received</source>
        <translation>&amp;วันที่ได้รับ</translation>
    </message>
    <message>
        <source>&amp;Giver</source>
        <translation>ผู้&amp;ให้</translation>
    </message>
    <message>
        <source>Giver&apos;s re&amp;lation</source>
        <translation>&amp;ความสัมพันธ์กับผู้ให้</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>&amp;โอกาส</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>ราย&amp;การ</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;มูลค่า</translation>
    </message>
    <message>
        <source>What &amp;happened to it</source>
        <translation>การ&amp;ดำเนินการกับสิ่งที่ได้รับ</translation>
    </message>
    <message>
        <source>Under the NACC gift rule:</source>
        <translation>ตามหลักเกณฑ์ของ ป.ป.ช.:</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>วันที่: %1</translation>
    </message>
    <message>
        <source>Value: “%1” is not an amount in baht (e.g. 3500 or 3,500.50)</source>
        <translation>มูลค่า: “%1” ไม่ใช่จำนวนเงินบาท (เช่น 3500 หรือ 3,500.50)</translation>
    </message>
    <message>
        <source>(fill in the receiver, date, giver and value to see the verdict)</source>
        <translation>(กรอกผู้รับ วันที่ ผู้ให้ และมูลค่า เพื่อดูผลตามหลักเกณฑ์)</translation>
    </message>
    <message>
        <source>Report to the head by %1</source>
        <translation>ต้องรายงานหัวหน้าหน่วยงานภายใน %1</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>รายการ</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::HomePanel</name>
    <message>
        <source>Fiscal year %1: %2 received, %3 completed, %4 in progress</source>
        <translation>ปีงบประมาณ %1: รับเรื่อง %2 เรื่อง ดำเนินการแล้วเสร็จ %3 เรื่อง อยู่ระหว่างดำเนินการ %4 เรื่อง</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>เกินกำหนด (%1)</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>ครบกำหนดวันนี้ (%1)</translation>
    </message>
    <message>
        <source>Due this week (%1)</source>
        <translation>ครบกำหนดสัปดาห์นี้ (%1)</translation>
    </message>
    <message>
        <source>Not yet registered (%1)</source>
        <translation>ยังไม่ลงทะเบียน (%1)</translation>
    </message>
    <message>
        <source>The holidays of %1 are Sujarit&apos;s reckoning: the Cabinet&apos;s extra days and วันพืชมงคล are not in the table yet, and the computed days wait to be confirmed. Enter them when the Cabinet announces the year.</source>
        <translation>วันหยุดปี %1 ยังเป็นวันที่ระบบคำนวณ ยังไม่มีวันหยุดพิเศษตามมติ ครม. และวันพืชมงคล เมื่อ ครม. ประกาศแล้ว โปรดบันทึกและยืนยันในตารางวันหยุด</translation>
    </message>
    <message>
        <source>Next ethics committee meeting: No. %1 on %2; its agenda is due on %3</source>
        <translation>การประชุมคณะกรรมการจริยธรรมครั้งต่อไป: ครั้งที่ %1 วันที่ %2 ส่งระเบียบวาระภายในวันที่ %3</translation>
    </message>
    <message>
        <source>Next ethics committee meeting: No. %1 on %2; its agenda has gone to the members</source>
        <translation>การประชุมคณะกรรมการจริยธรรมครั้งต่อไป: ครั้งที่ %1 วันที่ %2 ส่งระเบียบวาระถึงกรรมการแล้ว</translation>
    </message>
    <message>
        <source>Next ethics committee meeting: No. %1 on %2; its agenda was due on %3 and is late</source>
        <translation>การประชุมคณะกรรมการจริยธรรมครั้งต่อไป: ครั้งที่ %1 วันที่ %2 ระเบียบวาระต้องส่งภายในวันที่ %3 และยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>The minutes of ethics committee meeting No. %1 (%2) are not written yet</source>
        <translation>รายงานการประชุมคณะกรรมการจริยธรรมครั้งที่ %1 (%2) ยังไม่ได้จัดทำ</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) of the ethics committee are past their due day</source>
        <translation>
            <numerusform>สิ่งที่ต้องติดตามของคณะกรรมการจริยธรรม %n รายการ เลยกำหนดแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ยังไม่ได้เริ่มจัดทำ</translation>
    </message>
    <message>
        <source>no level claimed</source>
        <translation>ยังไม่ได้ระบุระดับองค์กรคุณธรรม</translation>
    </message>
    <message>
        <source>criteria %1 not assessed</source>
        <translation>เกณฑ์ข้อ %1 ยังไม่ได้ประเมิน</translation>
    </message>
    <message numerus="yes">
        <source>The moral-organisation report of %1 is due on %2 (in %n day(s)): %3</source>
        <translation>
            <numerusform>รายงานองค์กรคุณธรรมปี %1 ต้องส่งภายใน %2 (อีก %n วัน): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The moral-organisation report of %1 was due on %2 and is late: %3</source>
        <translation>รายงานองค์กรคุณธรรมปี %1 ครบกำหนดส่งเมื่อ %2 และเลยกำหนดแล้ว: %3</translation>
    </message>
    <message numerus="yes">
        <source>The divisions&apos; results of %1 are due on %2 (in %n day(s)); not announced yet</source>
        <translation>
            <numerusform>รายงานผลการคัดเลือกส่วนราชการดีเด่นปี %1 ต้องส่งภายใน %2 (อีก %n วัน) ยังไม่ได้ประกาศผล</numerusform>
        </translation>
    </message>
    <message>
        <source>The divisions&apos; results of %1 were due on %2 and are late</source>
        <translation>รายงานผลการคัดเลือกส่วนราชการดีเด่นปี %1 ครบกำหนดส่งเมื่อ %2 และเลยกำหนดแล้ว</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::IntakeDialog</name>
    <message>
        <source>The complaint was not saved: %1</source>
        <translation>ยังไม่ได้บันทึกเรื่อง: %1</translation>
    </message>
    <message>
        <source>Saved. Receipt number %1 — check code %2</source>
        <translation>บันทึกแล้ว เลขที่รับ %1 — รหัสตรวจสอบใบรับ %2</translation>
    </message>
    <message>
        <source>The complaint has not been saved. Close and lose what was typed?</source>
        <translation>ยังไม่ได้บันทึกเรื่องนี้ ปิดหน้าต่างและทิ้งข้อมูลที่พิมพ์ไว้หรือไม่</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>กลับไปที่แบบฟอร์ม</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::ItaDialog</name>
    <message>
        <source>ITA: the integrity section of the year</source>
        <translation>ITA: การเปิดเผยข้อมูลด้านการป้องกันการทุจริตประจำปี</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>What is missing, or what the office adds</source>
        <translation>สิ่งที่ยังขาด หรือสิ่งที่หน่วยงานเพิ่มเอง</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>&amp;Write the pack…</source>
        <translation>&amp;จัดทำชุดเอกสาร…</translation>
    </message>
    <message>
        <source>Open the &amp;index</source>
        <translation>เปิด&amp;หน้าสารบัญ</translation>
    </message>
    <message>
        <source>&amp;Open the item&apos;s file</source>
        <translation>เปิด&amp;ไฟล์ของข้อ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>No pack of %1 has been written on this PC yet.</source>
        <translation>ยังไม่เคยจัดทำชุดเอกสารของปี %1 ในเครื่องนี้</translation>
    </message>
    <message>
        <source>The last pack of %1 is in %2.</source>
        <translation>ชุดเอกสารล่าสุดของปี %1 อยู่ที่ %2</translation>
    </message>
    <message>
        <source>Sujarit knows no item list for %1: the list of %2 is shown. Check it against the year&apos;s NACC manual; an administrator corrects it with “sujarit-cli ita set-item”.</source>
        <translation>โปรแกรมยังไม่มีรายการข้อของปี %1 จึงแสดงรายการของปี %2 กรุณาตรวจกับคู่มือ ITA ของ ป.ป.ช. ปีนั้น ผู้ดูแลระบบแก้ไขได้ด้วยคำสั่ง “sujarit-cli ita set-item”</translation>
    </message>
    <message>
        <source>Added by the office: %1</source>
        <translation>หน่วยงานเพิ่มเอง: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>ITA %1: %2 of %3 items ready</source>
        <translation>ITA ปี %1: พร้อม %2 จาก %3 ข้อ</translation>
    </message>
    <message>
        <source>Where to write the ITA pack (a folder ITA-%1 is made inside it)</source>
        <translation>เลือกที่เก็บชุดเอกสาร ITA (โปรแกรมสร้างโฟลเดอร์ ITA-%1 ไว้ข้างใน)</translation>
    </message>
    <message>
        <source>ITA pack</source>
        <translation>ชุดเอกสาร ITA</translation>
    </message>
    <message>
        <source>The pack was not written: %1</source>
        <translation>ไม่ได้จัดทำชุดเอกสาร: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) and the index into %1.</source>
        <translation>
            <numerusform>จัดทำ %n ไฟล์ และหน้าสารบัญไว้ที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the pack first: its files are opened from its folder.</source>
        <translation>กรุณาจัดทำชุดเอกสารก่อน ไฟล์จะเปิดจากโฟลเดอร์ของชุดเอกสาร</translation>
    </message>
    <message>
        <source>This item has no file in the last pack.</source>
        <translation>ข้อนี้ไม่มีไฟล์ในชุดเอกสารล่าสุด</translation>
    </message>
    <message>
        <source>ITA item</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>Preview the &amp;manual…</source>
        <translation>ดูตัวอย่าง&amp;คู่มือ…</translation>
    </message>
    <message>
        <source>The complaint-handling manual, written from the office&apos;s settings: its channels, clocks and responsible unit</source>
        <translation>คู่มือการจัดการเรื่องร้องเรียน จัดทำจากการตั้งค่าของหน่วยงาน: ช่องทาง ระยะเวลา และผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>The &amp;item list…</source>
        <translation>&amp;รายการข้อ…</translation>
    </message>
    <message>
        <source>&amp;Change the selected item…</source>
        <translation>&amp;แก้ไขข้อที่เลือก…</translation>
    </message>
    <message>
        <source>&amp;Add an item…</source>
        <translation>&amp;เพิ่มข้อ…</translation>
    </message>
    <message>
        <source>&amp;Remove the selected item</source>
        <translation>&amp;ลบข้อที่เลือก</translation>
    </message>
    <message>
        <source>ITA %1: item %2</source>
        <translation>ITA ปี %1: ข้อ %2</translation>
    </message>
    <message>
        <source>ITA %1: a new item</source>
        <translation>ITA ปี %1: ข้อใหม่</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;รหัสข้อ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;หัวข้อ</translation>
    </message>
    <message>
        <source>What it must &amp;show</source>
        <translation>สิ่งที่ต้อง&amp;แสดง</translation>
    </message>
    <message>
        <source>Sujarit &amp;writes</source>
        <translation>โปรแกรม&amp;จัดทำ</translation>
    </message>
    <message>
        <source>Nothing ticked: the item is not kept in Sujarit, and the index says what the office adds.</source>
        <translation>ถ้าไม่เลือกรายการใด ข้อนี้ไม่ได้จัดเก็บในโปรแกรม และหน้าสารบัญจะระบุว่าหน่วยงานต้องเพิ่มเอง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Title: the item&apos;s title is missing</source>
        <translation>หัวข้อ: ยังไม่ได้ระบุหัวข้อ</translation>
    </message>
    <message>
        <source>Remove an ITA item</source>
        <translation>ลบข้อ ITA</translation>
    </message>
    <message>
        <source>Remove %1 “%2” from the list of %3?</source>
        <translation>ลบข้อ %1 “%2” ออกจากรายการปี %3 หรือไม่</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n complaint(s) — %1</source>
        <translation>
            <numerusform>%n เรื่อง — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a complaint register</source>
        <translation>นำเข้าทะเบียนเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ไฟล์ CSV (*.csv *.txt);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

ยังไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… และอีก %n แถว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported:</source>
        <translation>
            <numerusform>มี %n แถวที่นำเข้าไม่ได้ จึงยังไม่ได้นำเข้าข้อมูลใด ๆ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n complaint(s).</source>
        <translation>
            <numerusform>นำเข้าเรื่องร้องเรียนแล้ว %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>บันทึกขั้นตอนการดำเนินการ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>งานวันนี้</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>ผู้ใช้: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>เปลี่ยนรหัสผ่านของฉัน</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>รหัสผ่านปัจจุบัน:</translation>
    </message>
    <message>
        <source>New password (8 characters or more):</source>
        <translation>รหัสผ่านใหม่ (อย่างน้อย 8 ตัวอักษร):</translation>
    </message>
    <message>
        <source>The new password again:</source>
        <translation>รหัสผ่านใหม่อีกครั้ง:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>รหัสผ่านสองช่องไม่ตรงกัน จึงไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>; nothing was changed.</source>
        <translation> จึงไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>&amp;Cases of %1</source>
        <translation>เฉพาะ&amp;%1</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation>สำรองข้อมูลประจำวันแล้ว: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed</source>
        <translation>สำรองข้อมูลประจำวันไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>สำรองข้อมูลประจำวันไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Making today&apos;s backup in the background…</source>
        <translation>กำลังสำรองข้อมูลประจำวันอยู่เบื้องหลัง…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Your role sees the office&apos;s reports: the annual statistics and the ITA pack, the action plan and its progress, the corruption-risk assessment, declarations and gifts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;บทบาทของท่านดูรายงานของหน่วยงานได้ ได้แก่ สถิติประจำปีและเอกสาร ITA แผนปฏิบัติการและความก้าวหน้า การประเมินความเสี่ยงการทุจริต การแสดงส่วนได้เสียและการรับของขวัญ&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::MoralDialog</name>
    <message>
        <source>The moral organisation</source>
        <translation>องค์กรคุณธรรม</translation>
    </message>
    <message>
        <source>Self-assessment (nine criteria)</source>
        <translation>ประเมินตนเอง (เกณฑ์ 9 ข้อ)</translation>
    </message>
    <message>
        <source>Target virtues</source>
        <translation>คุณธรรมเป้าหมาย</translation>
    </message>
    <message>
        <source>Good deeds</source>
        <translation>บันทึกสะสมความดี</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>ถอดบทเรียน</translation>
    </message>
    <message>
        <source>Outstanding officials</source>
        <translation>คัดเลือกบุคคลดีเด่น</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>The self-assessment</source>
        <translation>การประเมินตนเอง</translation>
    </message>
    <message>
        <source>The self-assessment of %1 has changes not saved.</source>
        <translation>การประเมินตนเองของปี %1 มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>ไม่บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Go on editing</source>
        <translation>แก้ไขต่อ</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::PlanDialog</name>
    <message>
        <source>Ethics and anti-corruption action plan</source>
        <translation>แผนปฏิบัติการส่งเสริมคุณธรรม จริยธรรม และป้องกันการทุจริต</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;สร้างแผน…</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;ปี</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>แ&amp;ผน</translation>
    </message>
    <message>
        <source>&amp;Progress rounds</source>
        <translation>&amp;รายงานผลรายรอบ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Measure, line of action, activity</source>
        <translation>มาตรการ / แนวทาง / โครงการ กิจกรรม</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>๖ เดือน</translation>
    </message>
    <message>
        <source>9 months</source>
        <translation>๙ เดือน</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>๑๒ เดือน</translation>
    </message>
    <message>
        <source>&amp;Add an activity…</source>
        <translation>&amp;เพิ่มกิจกรรม…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>แ&amp;ก้ไข…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <source>Print the p&amp;lan…</source>
        <translation>พิมพ์แ&amp;ผน…</translation>
    </message>
    <message>
        <source>Print for the &amp;ITA…</source>
        <translation>พิมพ์สำหรับ &amp;ITA…</translation>
    </message>
    <message>
        <source>Double-click a title, target, budget or division to change it in place.</source>
        <translation>ดับเบิลคลิกที่ชื่อ เป้าหมาย งบประมาณ หรือผู้รับผิดชอบ เพื่อแก้ไขในตาราง</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 เดือน</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>KPI and target</source>
        <translation>ตัวชี้วัดและเป้าหมาย</translation>
    </message>
    <message>
        <source>Result to date</source>
        <translation>ผลการดำเนินการสะสม</translation>
    </message>
    <message>
        <source>Budget spent</source>
        <translation>งบประมาณที่ใช้</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหาอุปสรรค</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Reason cancelled</source>
        <translation>เหตุที่ยกเลิก</translation>
    </message>
    <message>
        <source>&amp;Save the round</source>
        <translation>&amp;บันทึกผลรอบนี้</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;นำเข้าจาก CSV…</translation>
    </message>
    <message>
        <source>&amp;Lock the round…</source>
        <translation>&amp;ล็อกรอบ…</translation>
    </message>
    <message>
        <source>Print the &amp;report…</source>
        <translation>พิมพ์&amp;รายงาน…</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;รอบ</translation>
    </message>
    <message>
        <source>Activities done, per measure</source>
        <translation>ร้อยละของกิจกรรมที่แล้วเสร็จ รายมาตรการ</translation>
    </message>
    <message>
        <source>Fiscal year %1 has no plan yet: make one with “New plan…”.</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีแผน สร้างได้ที่ “สร้างแผน…”</translation>
    </message>
    <message>
        <source>Measure %1 %2</source>
        <translation>มาตรการที่ %1 %2</translation>
    </message>
    <message>
        <source>Due %1 — locked on %2 by %3; changes need an administrator and are logged</source>
        <translation>กำหนดส่ง %1 — ล็อกเมื่อ %2 โดย %3 การแก้ไขต้องได้รับอนุญาตจากผู้ดูแลระบบและจะถูกบันทึกไว้</translation>
    </message>
    <message>
        <source>Due %1; results are cumulative to %2</source>
        <translation>กำหนดส่ง %1 ผลการดำเนินการสะสมถึง %2</translation>
    </message>
    <message>
        <source>Computed from Sujarit&apos;s own data</source>
        <translation>คำนวณจากข้อมูลในระบบ</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>มาตรการที่ %1</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>ทั้งแผน</translation>
    </message>
    <message>
        <source>%1 of %2 activities done (%3%), %4 KPIs met (%5%); budget spent %6 of %7 baht.</source>
        <translation>ดำเนินการแล้วเสร็จ %1 จาก %2 กิจกรรม (ร้อยละ %3) บรรลุตัวชี้วัด %4 กิจกรรม (ร้อยละ %5) ใช้งบประมาณ %6 จาก %7 บาท</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>กิจกรรมที่ %1</translation>
    </message>
    <message>
        <source>%1: result: “%2” is not a number; nothing was saved</source>
        <translation>%1: ผลการดำเนินการ: “%2” ไม่ใช่ตัวเลข ไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>%1: budget spent: “%2” is not an amount in baht; nothing was saved</source>
        <translation>%1: งบประมาณที่ใช้: “%2” ไม่ใช่จำนวนเงินบาท ไม่ได้บันทึกรายการใด</translation>
    </message>
    <message>
        <source>Nothing was changed in this round.</source>
        <translation>ไม่มีการแก้ไขในรอบนี้</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation> ไม่ได้บันทึกรายการใด</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n activit(y/ies) of the %1-month round.</source>
        <translation>
            <numerusform>บันทึกผลรอบ %1 เดือนแล้ว %n กิจกรรม</numerusform>
        </translation>
    </message>
    <message>
        <source>Change a locked round</source>
        <translation>แก้ไขรอบที่ล็อกแล้ว</translation>
    </message>
    <message>
        <source>The round is locked. Name the administrator who allows the change and say why; both are logged.</source>
        <translation>รอบนี้ล็อกแล้ว โปรดระบุผู้ดูแลระบบผู้อนุญาตและเหตุผล ซึ่งจะถูกบันทึกไว้</translation>
    </message>
    <message>
        <source>Change the locked round</source>
        <translation>แก้ไขรอบที่ล็อกแล้ว</translation>
    </message>
    <message>
        <source>Lock the round</source>
        <translation>ล็อกรอบ</translation>
    </message>
    <message>
        <source>Lock the %1-month round once its report is submitted. Later changes need an administrator.</source>
        <translation>ล็อกรอบ %1 เดือนเมื่อส่งรายงานแล้ว การแก้ไขภายหลังต้องได้รับอนุญาตจากผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Submitted: lock the round</source>
        <translation>ส่งรายงานแล้ว: ล็อกรอบ</translation>
    </message>
    <message>
        <source>Import a round&apos;s results</source>
        <translation>นำเข้าผลการดำเนินการรายรอบ</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ไฟล์ CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>; nothing was recorded</source>
        <translation> ไม่ได้บันทึกรายการใด</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n activit(y/ies) from %1.</source>
        <translation>
            <numerusform>บันทึกผล %n กิจกรรมจาก %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an activity in the round first.</source>
        <translation>โปรดเลือกกิจกรรมในตารางก่อน</translation>
    </message>
    <message>
        <source>%1: target: “%2” is not a number</source>
        <translation>%1: เป้าหมาย: “%2” ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>%1: budget: “%2” is not an amount in baht</source>
        <translation>%1: งบประมาณ: “%2” ไม่ใช่จำนวนเงินบาท</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation> ไม่ได้แก้ไขรายการใด</translation>
    </message>
    <message>
        <source>Choose an activity first.</source>
        <translation>โปรดเลือกกิจกรรมก่อน</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove activity %1 “%2” from the plan?</source>
        <translation>ลบกิจกรรมที่ %1 “%2” ออกจากแผนหรือไม่</translation>
    </message>
    <message>
        <source>Made the plan of fiscal year %1.</source>
        <translation>สร้างแผนปีงบประมาณ %1 แล้ว</translation>
    </message>
    <message>
        <source>From seed 004: three measures and eight lines of action</source>
        <translation>จากแม่แบบ ๓ มาตรการ ๘ แนวทาง</translation>
    </message>
    <message>
        <source>From seed 001: four areas with the 44 example activities</source>
        <translation>จากแม่แบบ ๔ ด้าน พร้อมตัวอย่างกิจกรรม ๔๔ รายการ</translation>
    </message>
    <message>
        <source>Copy the plan of %1</source>
        <translation>คัดลอกแผนปี %1</translation>
    </message>
    <message>
        <source>fiscal year %1 has no plan</source>
        <translation>ปีงบประมาณ %1 ไม่มีแผน</translation>
    </message>
    <message>
        <source>the office profile lacks its name; set it in Settings</source>
        <translation>ยังไม่ได้ตั้งชื่อหน่วยงาน ตั้งได้ที่การตั้งค่า</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>The office profile lacks its name; set it in Settings first.</source>
        <translation>ยังไม่ได้ตั้งชื่อหน่วยงาน โปรดตั้งที่การตั้งค่าก่อน</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>แฟ้ม Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>ไม่ได้บันทึกสิ่งใด: %1</translation>
    </message>
    <message>
        <source>Change the &amp;due date…</source>
        <translation>แก้ไข&amp;กำหนดส่ง…</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>กำหนดส่งรายงาน</translation>
    </message>
    <message>
        <source>The day the %1-month report is due.</source>
        <translation>วันที่ต้องส่งรายงานรอบ %1 เดือน</translation>
    </message>
    <message>
        <source>Due on the date below</source>
        <translation>ส่งภายในวันที่ข้างล่าง</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>&amp;หลักฐาน…</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::PracticesPage</name>
    <message>
        <source>&amp;Write a best practice…</source>
        <translation>&amp;เขียนผลงานถอดบทเรียน…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>แ&amp;ก้ไข…</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>&amp;หลักฐาน…</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;ดูตัวอย่างก่อนพิมพ์…</translation>
    </message>
    <message>
        <source>Choose a best practice first.</source>
        <translation>เลือกผลงานถอดบทเรียนก่อน</translation>
    </message>
    <message>
        <source>A best practice</source>
        <translation>ผลงานถอดบทเรียน</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>One step a line</source>
        <translation>บรรทัดละหนึ่งขั้นตอน</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;หน่วยงานที่รับดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;หัวข้อ</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;ความเป็นมาและความสำคัญ</translation>
    </message>
    <message>
        <source>What was done, &amp;step by step</source>
        <translation>&amp;ขั้นตอนการดำเนินงาน</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;ผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>What made it &amp;work</source>
        <translation>ปัจจัยแห่ง&amp;ความสำเร็จ</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;บทเรียนที่ได้รับ</translation>
    </message>
    <message>
        <source>Saved the best practice “%1”.</source>
        <translation>บันทึกผลงาน “%1” แล้ว</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::PrintMenu</name>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>%1 may not see the complainant of this case, whom the document names; nothing is printed.</source>
        <translation>%1 ไม่มีสิทธิ์ดูชื่อผู้ร้องของเรื่องนี้ ซึ่งปรากฏในเอกสาร จึงไม่ได้พิมพ์</translation>
    </message>
    <message>
        <source>Letter to the complainant %1</source>
        <translation>หนังสือถึงผู้ร้อง %1</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>พิมพ์ทะเบียน</translation>
    </message>
    <message>
        <source>The register can name the complainants you may see. Why are their names needed on paper? (This goes into the trail.) Leave it empty to print them hidden.</source>
        <translation>ทะเบียนแสดงชื่อผู้ร้องที่ท่านมีสิทธิ์เห็นได้ ต้องใช้ชื่อบนกระดาษเพราะเหตุใด (บันทึกลงร่องรอยการตรวจสอบ) เว้นว่างไว้เพื่อพิมพ์แบบปิดชื่อ</translation>
    </message>
    <message>
        <source>Register of fiscal year %1</source>
        <translation>ทะเบียนรับเรื่องร้องเรียน ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>Quarterly summary %1/%2</source>
        <translation>รายงานสรุปไตรมาสที่ %1/%2</translation>
    </message>
    <message>
        <source>Monthly complaint report</source>
        <translation>รายงานเรื่องร้องเรียนประจำเดือน</translation>
    </message>
    <message>
        <source>The month (month/Buddhist year, for example 1/2569):</source>
        <translation>เดือน (เดือน/ปี พ.ศ. เช่น 1/2569):</translation>
    </message>
    <message>
        <source>“%1” is not a month: write the month and the Buddhist year, like 1/2569.</source>
        <translation>“%1” ไม่ใช่เดือน กรุณาระบุเดือนและปี พ.ศ. เช่น 1/2569</translation>
    </message>
    <message>
        <source>Monthly complaint report %1/%2</source>
        <translation>รายงานเรื่องร้องเรียนประจำเดือน %1/%2</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet of the identity key</source>
        <translation>แผ่นกู้คืนกุญแจข้อมูลผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>Complainants&apos; identities in this register are sealed with a new identity key. Print this sheet now and keep it sealed in the office&apos;s safe: if every holder of the key loses his password, it is the only way to read them again. It is not shown again.</source>
        <translation>ข้อมูลผู้ร้องเรียนในทะเบียนนี้ถูกเข้ารหัสด้วยกุญแจใหม่ ให้พิมพ์แผ่นนี้ทันทีและเก็บในซองปิดผนึกในตู้นิรภัยของสำนักงาน หากผู้ถือกุญแจทุกคนลืมรหัสผ่าน แผ่นนี้เป็นทางเดียวที่จะเปิดอ่านได้อีก และจะไม่แสดงอีก</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;พิมพ์…</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;บันทึกเป็นแฟ้ม…</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>เก็บรักษาแล้ว</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>บันทึกแผ่นกู้คืน</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>ข้อความ (*.txt)</translation>
    </message>
    <message>
        <source>The sheet could not be saved: %1</source>
        <translation>บันทึกแผ่นกู้คืนไม่ได้: %1</translation>
    </message>
    <message>
        <source>Saved in %1, readable by you only. Print it, keep the paper in the safe, and delete the file.</source>
        <translation>บันทึกไว้ที่ %1 ซึ่งอ่านได้เฉพาะท่าน ให้พิมพ์ออกมา เก็บกระดาษในตู้นิรภัย แล้วลบแฟ้มนั้นทิ้ง</translation>
    </message>
    <message>
        <source>The sheet was neither printed nor saved here. Have you kept the recovery key in another way? It is not shown again.</source>
        <translation>ยังไม่ได้พิมพ์หรือบันทึกแผ่นนี้ ท่านเก็บรหัสกู้คืนไว้ด้วยวิธีอื่นแล้วหรือไม่ แผ่นนี้จะไม่แสดงอีก</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::RegisterModel</name>
    <message>
        <source>%1, due %2</source>
        <translation>%1 ภายใน %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (เกินกำหนด)</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>เลขที่รับ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>วันที่รับ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>ผู้ร้อง</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>ผู้ถูกร้อง</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>กำหนดถัดไป</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::RiskDialog</name>
    <message>
        <source>not assessed</source>
        <translation>ยังไม่ประเมิน</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>โอกาสที่จะเกิด</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>ผลกระทบ</translation>
    </message>
    <message>
        <source>Corruption risks</source>
        <translation>ความเสี่ยงการทุจริต</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;สร้างทะเบียน…</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;ปี</translation>
    </message>
    <message>
        <source>&amp;Register and matrix</source>
        <translation>&amp;ทะเบียนและแผนภาพความเสี่ยง</translation>
    </message>
    <message>
        <source>&amp;Follow-up rounds</source>
        <translation>&amp;ติดตามผลรายรอบ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Work process</source>
        <translation>กระบวนงาน</translation>
    </message>
    <message>
        <source>Risk event</source>
        <translation>เหตุการณ์ความเสี่ยง</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>L × I</source>
        <translation>โอกาส × ผลกระทบ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>The office&apos;s figures</source>
        <translation>ข้อมูลของหน่วยงาน</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <source>&amp;Add a risk…</source>
        <translation>&amp;เพิ่มความเสี่ยง…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>แ&amp;ก้ไข…</translation>
    </message>
    <message>
        <source>Add a &amp;measure…</source>
        <translation>เพิ่ม&amp;มาตรการ…</translation>
    </message>
    <message>
        <source>&amp;Print the assessment…</source>
        <translation>&amp;พิมพ์ผลการประเมิน…</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 เดือน</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>เหตุที่ยกเลิก</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <source>Level before</source>
        <translation>ระดับก่อนมาตรการ</translation>
    </message>
    <message>
        <source>Likelihood after</source>
        <translation>โอกาสหลังมาตรการ</translation>
    </message>
    <message>
        <source>Impact after</source>
        <translation>ผลกระทบหลังมาตรการ</translation>
    </message>
    <message>
        <source>&amp;Save the round</source>
        <translation>&amp;บันทึกผลรอบนี้</translation>
    </message>
    <message>
        <source>&amp;Lock the round…</source>
        <translation>&amp;ปิดรอบ…</translation>
    </message>
    <message>
        <source>Print the round&apos;s &amp;report…</source>
        <translation>พิมพ์&amp;รายงานผลรอบนี้…</translation>
    </message>
    <message>
        <source>Round %1 saved</source>
        <translation>บันทึกผลรอบ %1 เดือนแล้ว</translation>
    </message>
    <message>
        <source>R&amp;ound</source>
        <translation>&amp;รอบ</translation>
    </message>
    <message>
        <source>Fiscal year %1 has no risk register yet: make one with “New register…”.</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีทะเบียนความเสี่ยง: สร้างด้วยปุ่ม “สร้างทะเบียน…”</translation>
    </message>
    <message>
        <source>%1 complaint(s) about the division, %2 naming the process; %3 gift(s) to report</source>
        <translation>ร้องเรียนส่วนราชการ %1 เรื่อง เกี่ยวกับกระบวนงาน %2 เรื่อง ของขวัญที่ต้องรายงาน %3 รายการ</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) stand against all risks (seed 002&apos;s way); they follow up in each round.</source>
        <translation>
            <numerusform>มีมาตรการที่ใช้กับทุกความเสี่ยง %n มาตรการ (แบบ seed 002) ติดตามผลในแต่ละรอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked on %1 by %2: the round stays as reported</source>
        <translation>ปิดรอบเมื่อ %1 โดย %2: ผลคงไว้ตามที่รายงาน</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>กำหนดส่ง %1</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>มาตรการที่ %1</translation>
    </message>
    <message>
        <source>%1: give both the likelihood and the impact after the measures; nothing was saved</source>
        <translation>%1: ระบุทั้งโอกาสและผลกระทบหลังมาตรการ ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation> ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Lock the round</source>
        <translation>ปิดรอบ</translation>
    </message>
    <message>
        <source>Round %1 is locked once its report is submitted. Who submits it?</source>
        <translation>รอบ %1 เดือนจะปิดเมื่อส่งรายงานแล้ว ใครเป็นผู้ส่ง?</translation>
    </message>
    <message>
        <source>Round %1 locked</source>
        <translation>ปิดรอบ %1 เดือนแล้ว</translation>
    </message>
    <message>
        <source>Seed 002&apos;s six risks and seven measures (to be rated)</source>
        <translation>ความเสี่ยง 6 ข้อและมาตรการ 7 ข้อของ seed 002 (ยังต้องประเมิน)</translation>
    </message>
    <message>
        <source>A copy of fiscal year %1&apos;s register (without its follow-up)</source>
        <translation>คัดลอกทะเบียนของปีงบประมาณ %1 (ไม่รวมผลการติดตาม)</translation>
    </message>
    <message>
        <source>An empty register</source>
        <translation>ทะเบียนว่าง</translation>
    </message>
    <message>
        <source>Risk R%1</source>
        <translation>ความเสี่ยง R%1</translation>
    </message>
    <message>
        <source>A new risk</source>
        <translation>ความเสี่ยงใหม่</translation>
    </message>
    <message>
        <source>e.g. การจัดซื้อจัดจ้าง, การอนุญาตก่อสร้างอาคาร</source>
        <translation>เช่น การจัดซื้อจัดจ้าง การอนุญาตก่อสร้างอาคาร</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>คะแนน %1: %2</translation>
    </message>
    <message>
        <source>&amp;Work process</source>
        <translation>&amp;กระบวนงาน</translation>
    </message>
    <message>
        <source>Risk &amp;event</source>
        <translation>&amp;เหตุการณ์ความเสี่ยง</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;ประเภท</translation>
    </message>
    <message>
        <source>&amp;Causes</source>
        <translation>&amp;สาเหตุ</translation>
    </message>
    <message>
        <source>Controls in &amp;place</source>
        <translation>การ&amp;ควบคุมที่มีอยู่</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;หน่วยงานที่รับดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Likelihood</source>
        <translation>&amp;โอกาส</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>ผล&amp;กระทบ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>A new measure</source>
        <translation>มาตรการใหม่</translation>
    </message>
    <message>
        <source>All the register&apos;s risks</source>
        <translation>ทุกความเสี่ยงในทะเบียน</translation>
    </message>
    <message>
        <source>e.g. ตลอดปีงบประมาณ</source>
        <translation>เช่น ตลอดปีงบประมาณ</translation>
    </message>
    <message>
        <source>a date, e.g. 31/3/2570 (optional)</source>
        <translation>วันที่ เช่น 31/3/2570 (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>&amp;ใช้กับ</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;มาตรการ</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>ผู้รับ&amp;ผิดชอบ</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;ระยะเวลา</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>กำหนดแล้&amp;วเสร็จ</translation>
    </message>
    <message>
        <source>&amp;Indicator of success</source>
        <translation>&amp;ตัวชี้วัดความสำเร็จ</translation>
    </message>
    <message>
        <source>Reported through the &amp;plan&apos;s activity</source>
        <translation>รายงานผ่านกิจกรรมใน&amp;แผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>กำหนดแล้วเสร็จ: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>The office profile lacks its name; set it in Settings first.</source>
        <translation>ยังไม่ได้ตั้งชื่อหน่วยงาน โปรดตั้งที่การตั้งค่าก่อน</translation>
    </message>
    <message>
        <source>Corruption-risk assessment %1</source>
        <translation>การประเมินความเสี่ยงการทุจริต %1</translation>
    </message>
    <message>
        <source>fiscal year %1 has no risk register</source>
        <translation>ปีงบประมาณ %1 ไม่มีทะเบียนความเสี่ยง</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>แฟ้ม Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>ไม่ได้บันทึกสิ่งใด: %1</translation>
    </message>
    <message>
        <source>What &amp;stakeholders expect</source>
        <translation>ความคาดหวังของผู้มี&amp;ส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>What stakeholders expect</source>
        <translation>ความคาดหวังของผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <source>Risks it raises</source>
        <translation>ความเสี่ยงที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>&amp;Add a finding…</source>
        <translation>&amp;เพิ่มความคาดหวัง…</translation>
    </message>
    <message>
        <source>From surveys, meetings, complaints and the ITA results: what the people the office serves expect, tied to the risks it raises (seed 001, step 3). The assessment prints them.</source>
        <translation>จากแบบสำรวจ การประชุม เรื่องร้องเรียน และผลการประเมิน ITA: สิ่งที่ผู้รับบริการและผู้มีส่วนได้ส่วนเสียคาดหวัง พร้อมความเสี่ยงที่เกี่ยวข้อง (seed 001 ขั้นตอนที่ 3) รายงานผลการประเมินจะพิมพ์รายการนี้ด้วย</translation>
    </message>
    <message>
        <source>e.g. R1, R3</source>
        <translation>เช่น R1, R3</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;ที่มา</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>&amp;ความคาดหวัง</translation>
    </message>
    <message>
        <source>&amp;Risks it raises</source>
        <translation>ความเสี่ยงที่&amp;เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Risks: “%1” is not a risk&apos;s number (R1, R2 …)</source>
        <translation>ความเสี่ยง: “%1” ไม่ใช่เลขที่ความเสี่ยง (R1, R2 …)</translation>
    </message>
    <message>
        <source>Reported through the action plan&apos;s activity: record it in the plan&apos;s round</source>
        <translation>รายงานผ่านกิจกรรมในแผนปฏิบัติการ: ให้บันทึกในรอบของแผน</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Remove a risk</source>
        <translation>ลบความเสี่ยง</translation>
    </message>
    <message>
        <source>Remove R%1 (%2) and its own measures from the register?</source>
        <translation>ลบ R%1 (%2) และมาตรการของความเสี่ยงนี้ออกจากทะเบียนหรือไม่?</translation>
    </message>
    <message>
        <source>R%1 removed</source>
        <translation>ลบ R%1 แล้ว</translation>
    </message>
    <message>
        <source>Choose the measure the evidence is of, then attach it.</source>
        <translation>เลือกมาตรการที่หลักฐานนี้เป็นของก่อน แล้วจึงแนบ</translation>
    </message>
    <message>
        <source>&amp;Due date…</source>
        <translation>&amp;กำหนดส่ง…</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>กำหนดส่งรายงาน</translation>
    </message>
    <message>
        <source>Round %1 is due on:</source>
        <translation>รอบ %1 เดือน กำหนดส่งวันที่:</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>กำหนดส่ง: %1</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>&amp;หลักฐาน…</translation>
    </message>
    <message>
        <source>Locked on %1 by %2: a correction asks why, and is logged</source>
        <translation>ปิดรอบเมื่อ %1 โดย %2: การแก้ไขต้องระบุเหตุผล และจะถูกบันทึกไว้</translation>
    </message>
    <message>
        <source>Correct a locked round</source>
        <translation>แก้ไขรอบที่ปิดแล้ว</translation>
    </message>
    <message>
        <source>Round %1 was reported and locked. Why is it corrected? (The change is logged with what it was.)</source>
        <translation>รอบ %1 เดือนรายงานและปิดแล้ว เหตุที่แก้ไขคือ? (การแก้ไขจะถูกบันทึกพร้อมค่าเดิม)</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::SelectionPage</name>
    <message>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>ผู้ถูกเสนอชื่อ</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>คะแนนรวม</translation>
    </message>
    <message>
        <source>Sheets in</source>
        <translation>ให้คะแนนแล้ว</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>&amp;Open the selection</source>
        <translation>&amp;เปิดการคัดเลือก</translation>
    </message>
    <message>
        <source>&amp;Nominate…</source>
        <translation>&amp;เสนอชื่อ…</translation>
    </message>
    <message>
        <source>&amp;Score…</source>
        <translation>&amp;ให้คะแนน…</translation>
    </message>
    <message>
        <source>Record the &amp;announcement…</source>
        <translation>บันทึกการ&amp;ประกาศผล…</translation>
    </message>
    <message>
        <source>&amp;Preview the sheets, summary and announcement…</source>
        <translation>&amp;ดูแบบให้คะแนน สรุปผล และประกาศ…</translation>
    </message>
    <message>
        <source>Open the selection first.</source>
        <translation>เปิดการคัดเลือกก่อน</translation>
    </message>
    <message>
        <source>Selection of:</source>
        <translation>การคัดเลือก:</translation>
    </message>
    <message>
        <source>No selection is open for %1 yet: open it, with the seven ethical standards of the Ethical Standards Act 2562 s.5 as its criteria.</source>
        <translation>ปี %1 ยังไม่ได้เปิดการคัดเลือก เมื่อเปิดแล้วจะใช้มาตรฐานทางจริยธรรม 7 ประการ ตามพระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562 มาตรา 5 เป็นหลักเกณฑ์</translation>
    </message>
    <message>
        <source>Announced on %1 by %2.</source>
        <translation>ประกาศผลเมื่อ %1 โดย %2</translation>
    </message>
    <message numerus="yes">
        <source>Scored by the %n member(s) of the ethics committee; not announced yet.</source>
        <translation>
            <numerusform>ให้คะแนนโดยคณะกรรมการจริยธรรม %n คน ยังไม่ได้ประกาศผล</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest total %1.</source>
        <translation>คะแนนรวมสูงสุด %1</translation>
    </message>
    <message>
        <source>tie: shares rank %1</source>
        <translation>คะแนนเท่ากัน: อยู่ในอันดับ %1 ร่วมกัน</translation>
    </message>
    <message>
        <source>%1 does not score: %2</source>
        <translation>%1 งดให้คะแนน: %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>เปิด%1แล้ว</translation>
    </message>
    <message>
        <source>Nominate</source>
        <translation>เสนอชื่อ</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;หน่วยงานที่รับดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;ผู้ทำความดี</translation>
    </message>
    <message>
        <source>&amp;Why (the work or conduct put forward)</source>
        <translation>&amp;เหตุผล (ผลงานหรือพฤติกรรมที่เสนอ)</translation>
    </message>
    <message>
        <source>The nominee</source>
        <translation>ผู้ถูกเสนอชื่อ</translation>
    </message>
    <message>
        <source>Nominated %1.</source>
        <translation>เสนอชื่อ %1 แล้ว</translation>
    </message>
    <message>
        <source>Nominate someone first.</source>
        <translation>เสนอชื่อผู้เข้ารับการคัดเลือกก่อน</translation>
    </message>
    <message>
        <source>The ethics committee of %1 has no members to score; add them under The ethics committee.</source>
        <translation>คณะกรรมการจริยธรรมของปี %1 ยังไม่มีกรรมการที่จะให้คะแนน เพิ่มกรรมการที่เมนูคณะกรรมการจริยธรรมก่อน</translation>
    </message>
    <message>
        <source>A scoring sheet</source>
        <translation>แบบให้คะแนน</translation>
    </message>
    <message>
        <source>Save the scores</source>
        <translation>บันทึกคะแนน</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;กรรมการ</translation>
    </message>
    <message>
        <source>&amp;Nominee</source>
        <translation>&amp;ผู้ถูกเสนอชื่อ</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> จาก %1</translation>
    </message>
    <message>
        <source>%1 may not score %2: %3</source>
        <translation>%1 ให้คะแนน %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <source>The sheet</source>
        <translation>แบบให้คะแนน</translation>
    </message>
    <message>
        <source>Recorded %1&apos;s scores of %2.</source>
        <translation>บันทึกคะแนนที่ %1 ให้ %2 แล้ว</translation>
    </message>
    <message>
        <source>The result announced</source>
        <translation>การประกาศผลการคัดเลือก</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Signed &amp;by (the executive)</source>
        <translation>ผู้&amp;ลงนาม (ผู้บริหาร)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;วันที่</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>วันที่: %1</translation>
    </message>
    <message>
        <source>The result is recorded as announced.</source>
        <translation>บันทึกการประกาศผลแล้ว</translation>
    </message>
    <message>
        <source>Deeds</source>
        <translation>ความดี</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;ถอนชื่อ</translation>
    </message>
    <message>
        <source>Choose a nominee first.</source>
        <translation>เลือกผู้ถูกเสนอชื่อก่อน</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>ถอนชื่อ</translation>
    </message>
    <message>
        <source>Take %1 out of the selection, with the scores given?</source>
        <translation>ถอนชื่อ %1 ออกจากการคัดเลือก พร้อมคะแนนที่ให้ไว้แล้วหรือไม่</translation>
    </message>
    <message>
        <source>Withdrew %1.</source>
        <translation>ถอนชื่อ %1 แล้ว</translation>
    </message>
    <message>
        <source>The divisions&apos; results are due on %1.</source>
        <translation>ส่งรายงานผลภายใน %1</translation>
    </message>
    <message>
        <source>The selection&apos;s criteria</source>
        <translation>หลักเกณฑ์การคัดเลือก</translation>
    </message>
    <message>
        <source>Open the selection</source>
        <translation>เปิดการคัดเลือก</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>คะแนนเต็ม</translation>
    </message>
    <message>
        <source>&amp;Add a criterion</source>
        <translation>&amp;เพิ่มหลักเกณฑ์</translation>
    </message>
    <message>
        <source>&amp;Take out the criterion</source>
        <translation>&amp;นำหลักเกณฑ์ออก</translation>
    </message>
    <message>
        <source>The seven ethical standards of the Ethical Standards Act 2562 s.5, each scored 0 to 10 with weight 1, unless the office scores by its own:</source>
        <translation>มาตรฐานทางจริยธรรม 7 ประการ ตามพระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562 มาตรา 5 ข้อละ 0 ถึง 10 คะแนน น้ำหนัก 1 เว้นแต่หน่วยงานใช้หลักเกณฑ์ของตนเอง:</translation>
    </message>
    <message>
        <source>Criterion %1: the weight is a number and the highest score a whole number</source>
        <translation>หลักเกณฑ์ข้อ %1: น้ำหนักต้องเป็นตัวเลข และคะแนนเต็มต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>A selection needs at least one criterion.</source>
        <translation>การคัดเลือกต้องมีหลักเกณฑ์อย่างน้อยหนึ่งข้อ</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::SelfAssessmentPage</name>
    <message>
        <source>Not yet claimed</source>
        <translation>ยังไม่ได้ระบุระดับ</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>ระดับที่ %1 %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>ผลการประเมินตนเอง</translation>
    </message>
    <message>
        <source>Held in Sujarit</source>
        <translation>หลักฐานในโปรแกรม</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>ยังไม่ได้ประเมิน</translation>
    </message>
    <message>
        <source>What the office did for this criterion, one paragraph a line</source>
        <translation>ผลการดำเนินงานตามเกณฑ์ข้อนี้ บรรทัดละหนึ่งย่อหน้า</translation>
    </message>
    <message>
        <source>&amp;Save the assessment</source>
        <translation>&amp;บันทึกผลการประเมิน</translation>
    </message>
    <message>
        <source>&amp;Evidence files of the criterion…</source>
        <translation>ไฟล์&amp;หลักฐานของเกณฑ์ข้อนี้…</translation>
    </message>
    <message>
        <source>&amp;Preview the report…</source>
        <translation>&amp;ดูรายงานก่อนพิมพ์…</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>เกณฑ์ข้อที่ %1</translation>
    </message>
    <message>
        <source>The level the office claims:</source>
        <translation>ระดับองค์กรคุณธรรมที่ประเมินตนเอง:</translation>
    </message>
    <message>
        <source>The office&apos;s narrative of the criterion chosen above:</source>
        <translation>ผลการดำเนินงานของเกณฑ์ที่เลือกไว้ข้างบน:</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>ส่งรายงานภายใน %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Sujarit holds nothing for criterion %1 yet.</source>
        <translation>ในโปรแกรมยังไม่มีหลักฐานของเกณฑ์ข้อที่ %1</translation>
    </message>
    <message>
        <source>Sujarit holds for criterion %1: %2</source>
        <translation>หลักฐานในโปรแกรมของเกณฑ์ข้อที่ %1: %2</translation>
    </message>
    <message>
        <source>Saved the self-assessment of %1.</source>
        <translation>บันทึกผลการประเมินตนเองของปี %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::SettingsDialog</name>
    <message>
        <source>public holiday</source>
        <translation>วันหยุดราชการประจำปี</translation>
    </message>
    <message>
        <source>substitution day</source>
        <translation>วันหยุดชดเชย</translation>
    </message>
    <message>
        <source>Cabinet&apos;s extra day</source>
        <translation>วันหยุดพิเศษตามมติ ครม.</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>วันทำการ</translation>
    </message>
    <message>
        <source>days</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Added %1. The deadlines of open cases were recomputed.</source>
        <translation>เพิ่มวันที่ %1 แล้ว คำนวณกำหนดเวลาของเรื่องที่ยังไม่ปิดใหม่แล้ว</translation>
    </message>
    <message>
        <source>Removed %1. The deadlines of open cases were recomputed.</source>
        <translation>ลบวันที่ %1 แล้ว คำนวณกำหนดเวลาของเรื่องที่ยังไม่ปิดใหม่แล้ว</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) computed by Sujarit, awaiting the Cabinet&apos;s announcement</source>
        <translation>
            <numerusform>มี %n วันที่ระบบคำนวณไว้ รอประกาศ ครม.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed %1 as the Cabinet announced it.</source>
        <translation>ยืนยัน %1 ตามประกาศ ครม. แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n computed day(s) of %1 as the Cabinet announced them.</source>
        <translation>
            <numerusform>ยืนยันวันที่คำนวณของปี %1 ตามประกาศ ครม. แล้ว %n วัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sujarit::gui::SignInDialog</name>
    <message>
        <source>Sujarit — the register&apos;s administrator</source>
        <translation>สุจริต — ผู้ดูแลระบบของทะเบียน</translation>
    </message>
    <message>
        <source>Sujarit — locked</source>
        <translation>สุจริต — ล็อกหน้าจอ</translation>
    </message>
    <message>
        <source>Sujarit — sign in</source>
        <translation>สุจริต — เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>This register has no users yet. Create its administrator: the person who adds the office&apos;s users and gives them their roles.</source>
        <translation>ทะเบียนนี้ยังไม่มีผู้ใช้ สร้างผู้ดูแลระบบก่อน ผู้ดูแลระบบเป็นผู้เพิ่มผู้ใช้ของหน่วยงานและกำหนดบทบาท</translation>
    </message>
    <message>
        <source>The screen was locked after a time without use. Type your password to go on.</source>
        <translation>หน้าจอถูกล็อกเพราะไม่มีการใช้งานระยะหนึ่ง พิมพ์รหัสผ่านเพื่อใช้งานต่อ</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>เข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <source>e.g. นางสาวสมใจ ใจดี</source>
        <translation>เช่น นางสาวสมใจ ใจดี</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>ชื่อ-&amp;สกุล:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;รหัสผ่าน:</translation>
    </message>
    <message>
        <source>The password &amp;again:</source>
        <translation>รหัสผ่าน&amp;อีกครั้ง:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Quit Sujarit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>รหัสผ่านสองช่องไม่ตรงกัน กรุณาพิมพ์ใหม่</translation>
    </message>
    <message>
        <source>Sujarit</source>
        <translation>สุจริต</translation>
    </message>
    <message>
        <source>8 characters or more</source>
        <translation>อย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>Another &amp;register…</source>
        <translation>ทะเบียน&amp;อื่น…</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::StaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>เพิ่มบุคลากร</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;ตำแหน่ง</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;หน่วยงานที่รับดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;ประเภท</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>บุคลากร</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::StatisticsDialog</name>
    <message>
        <source>Annual complaint statistics</source>
        <translation>สถิติเรื่องร้องเรียนประจำปี</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>ปีงบประมาณ:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>ช่วงเวลา:</translation>
    </message>
    <message>
        <source>Whole year (Oct–Sep)</source>
        <translation>ทั้งปี (ต.ค.–ก.ย.)</translation>
    </message>
    <message>
        <source>First six months (Oct–Mar)</source>
        <translation>รอบ 6 เดือนแรก (ต.ค.–มี.ค.)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>จำนวนเรื่อง</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>ส่งออก &amp;Excel…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>ส่งออก &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>ส่งออก &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;พิมพ์รายงาน…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>The statistics cannot be computed: %1</source>
        <translation>คำนวณสถิติไม่ได้: %1</translation>
    </message>
    <message>
        <source>Fiscal year %1: %2</source>
        <translation>ปีงบประมาณ %1: %2</translation>
    </message>
    <message>
        <source>No complaints (ไม่มีเรื่องร้องเรียน) in this period.</source>
        <translation>ไม่มีเรื่องร้องเรียนในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Received &lt;b&gt;%1&lt;/b&gt; · completed &lt;b&gt;%2&lt;/b&gt; · in progress &lt;b&gt;%3&lt;/b&gt; · anonymous %4 · carried over from earlier years %5</source>
        <translation>ได้รับ &lt;b&gt;%1&lt;/b&gt; เรื่อง · ดำเนินการแล้วเสร็จ &lt;b&gt;%2&lt;/b&gt; · อยู่ระหว่างดำเนินการ &lt;b&gt;%3&lt;/b&gt; · ไม่ประสงค์ออกนาม %4 · ค้างจากปีก่อน %5</translation>
    </message>
    <message>
        <source>First answer within 15 working days: %1 of %2 (%3) · result notified within 7 days: %4 of %5 (%6)</source>
        <translation>ตอบรับภายใน 15 วันทำการ %1 จาก %2 เรื่อง (%3) · แจ้งผลภายใน 7 วัน %4 จาก %5 เรื่อง (%6)</translation>
    </message>
    <message>
        <source>median %1 working days from receipt to conclusion</source>
        <translation>ค่ามัธยฐาน %1 วันทำการจากรับเรื่องถึงได้ข้อยุติ</translation>
    </message>
    <message>
        <source>ITA item: not set for %1</source>
        <translation>ข้อ ITA ของปี %1: ยังไม่ได้กำหนด</translation>
    </message>
    <message>
        <source>Published under ITA item %1</source>
        <translation>เผยแพร่ตามข้อ ITA %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>there are no statistics to export</source>
        <translation>ไม่มีสถิติให้ส่งออก</translation>
    </message>
    <message>
        <source>Complaint statistics, fiscal year %1</source>
        <translation>สถิติเรื่องร้องเรียน ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>แฟ้ม Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>แฟ้ม JSON (*.json)</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>ส่งออกสถิติ</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>ไม่ได้บันทึกสิ่งใด: %1</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::StepDialog</name>
    <message>
        <source>%1 — %2
Now: %3</source>
        <translation>%1 — %2
ขั้นตอนปัจจุบัน: %3</translation>
    </message>
    <message>
        <source>Interim answer to the complainant</source>
        <translation>แจ้งความคืบหน้าให้ผู้ร้องทราบ</translation>
    </message>
    <message>
        <source>This case is closed: no further step can be recorded.</source>
        <translation>เรื่องนี้ปิดแล้ว บันทึกขั้นตอนเพิ่มไม่ได้</translation>
    </message>
    <message>
        <source>&amp;Agency referred to</source>
        <translation>&amp;หน่วยงานที่ส่งต่อ</translation>
    </message>
    <message>
        <source>&amp;Division</source>
        <translation>&amp;หน่วยงานที่รับดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Committee &amp;members</source>
        <translation>&amp;กรรมการ</translation>
    </message>
    <message>
        <source>&amp;Officers responsible</source>
        <translation>&amp;ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>%1 should not work this case: %2</source>
        <translation>%1 ไม่ควรปฏิบัติหน้าที่ในเรื่องนี้: %2</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>ผู้ใช้ใหม่</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>ผู้ใช้ %1</translation>
    </message>
    <message>
        <source>for an officer: e.g. กองช่าง</source>
        <translation>สำหรับเจ้าหน้าที่ผู้รับผิดชอบ เช่น กองช่าง</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>ชื่อ-&amp;สกุล:</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>&amp;กอง/ส่วน:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>บทบาท:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;รหัสผ่าน:</translation>
    </message>
    <message>
        <source>The password &amp;again:</source>
        <translation>รหัสผ่าน&amp;อีกครั้ง:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>A clerk enters complaints; an officer works the cases assigned to her division; the integrity officer sees every case and, holding the identity key, its complainant; the administrator manages users, settings and backups, and sees no complainant unless also integrity officer; the executive sees reports.</source>
        <translation>เจ้าหน้าที่รับเรื่องบันทึกเรื่องร้องเรียน เจ้าหน้าที่ผู้รับผิดชอบดำเนินเรื่องที่มอบหมายให้กองของตน เจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริตเห็นทุกเรื่อง และเมื่อถือกุญแจ จะเห็นผู้ร้องเรียนด้วย ผู้ดูแลระบบจัดการผู้ใช้ การตั้งค่า และการสำรองข้อมูล โดยไม่เห็นผู้ร้องเรียนเว้นแต่เป็นเจ้าหน้าที่ศูนย์ฯ ด้วย ผู้บริหารดูรายงาน</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;เพิ่ม…</translation>
    </message>
    <message>
        <source>&amp;Roles and division…</source>
        <translation>&amp;บทบาทและกอง…</translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation>&amp;ระงับหรือเปิดใช้</translation>
    </message>
    <message>
        <source>Set a new &amp;password…</source>
        <translation>ตั้ง&amp;รหัสผ่านใหม่…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ระงับ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>รหัสผ่านใหม่ของ %1:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>อีกครั้ง:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>รหัสผ่านสองช่องไม่ตรงกัน จึงไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>เปลี่ยนรหัสผ่านของ %1 แล้ว</translation>
    </message>
    <message>
        <source>Identity key</source>
        <translation>กุญแจข้อมูลผู้ร้อง</translation>
    </message>
    <message>
        <source>holds it</source>
        <translation>ถือกุญแจ</translation>
    </message>
    <message>
        <source>holds it until an integrity officer does</source>
        <translation>ถือไว้จนกว่าเจ้าหน้าที่ศูนย์ฯ จะได้รับ</translation>
    </message>
    <message>
        <source>waiting for a holder&apos;s sign-in</source>
        <translation>รอผู้ถือกุญแจเข้าระบบ</translation>
    </message>
    <message>
        <source>Complainants&apos; identities are sealed: only integrity officers who hold the identity key read them. A new integrity officer is given the key at the next sign-in of one who holds it.</source>
        <translation>ข้อมูลผู้ร้องเรียนถูกเข้ารหัส อ่านได้เฉพาะเจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริตที่ถือกุญแจ เจ้าหน้าที่ศูนย์ฯ คนใหม่จะได้รับกุญแจเมื่อผู้ถือกุญแจเข้าระบบครั้งถัดไป</translation>
    </message>
    <message>
        <source>Nobody holds the identity key: no complainant&apos;s identity can be read until it is given from the recovery sheet (sujarit-cli keys recover). Without the sheet they cannot be read again.</source>
        <translation>ไม่มีผู้ใดถือกุญแจข้อมูลผู้ร้องเรียน จะอ่านข้อมูลผู้ร้องเรียนไม่ได้จนกว่าจะมอบกุญแจจากแผ่นกู้คืน (sujarit-cli keys recover) หากไม่มีแผ่นกู้คืน จะอ่านไม่ได้อีกเลย</translation>
    </message>
    <message>
        <source>The password of %1 was changed. The identity key was wrapped with the old one: it is given again at the next sign-in of an integrity officer who holds it.</source>
        <translation>เปลี่ยนรหัสผ่านของ %1 แล้ว กุญแจข้อมูลผู้ร้องเรียนผูกกับรหัสผ่านเดิม จะได้รับใหม่เมื่อเจ้าหน้าที่ผู้ถือกุญแจเข้าระบบครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::VirtuesPage</name>
    <message>
        <source>Virtue</source>
        <translation>คุณธรรม</translation>
    </message>
    <message>
        <source>Problem to fix</source>
        <translation>ปัญหาที่อยากแก้</translation>
    </message>
    <message>
        <source>Good to do</source>
        <translation>ความดีที่อยากทำ</translation>
    </message>
    <message>
        <source>Indicator and target</source>
        <translation>ตัวชี้วัดและค่าเป้าหมาย</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>&amp;Add a virtue…</source>
        <translation>&amp;เพิ่มคุณธรรมเป้าหมาย…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>แ&amp;ก้ไข…</translation>
    </message>
    <message>
        <source>&amp;Preview the form…</source>
        <translation>&amp;ดูแบบรายงานก่อนพิมพ์…</translation>
    </message>
    <message>
        <source>The problems the office wants to fix and the good it wants to do, for each target virtue; the plan&apos;s activities tagged with a virtue are listed beside it.</source>
        <translation>ปัญหาที่อยากแก้และความดีที่อยากทำของคุณธรรมเป้าหมายแต่ละประการ พร้อมกิจกรรมในแผนปฏิบัติการที่ระบุคุณธรรมนั้น</translation>
    </message>
    <message>
        <source>%1 months: %2</source>
        <translation>รอบ %1 เดือน: %2</translation>
    </message>
    <message>
        <source>A target virtue</source>
        <translation>คุณธรรมเป้าหมาย</translation>
    </message>
    <message>
        <source>The target virtue %1</source>
        <translation>คุณธรรมเป้าหมาย %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>&amp;Virtue</source>
        <translation>&amp;คุณธรรม</translation>
    </message>
    <message>
        <source>&amp;Dimension</source>
        <translation>&amp;มิติ</translation>
    </message>
    <message>
        <source>&amp;Problem to fix</source>
        <translation>&amp;ปัญหาที่อยากแก้</translation>
    </message>
    <message>
        <source>&amp;Good to do</source>
        <translation>ความดีที่&amp;อยากทำ</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;ตัวชี้วัด</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>ค่า&amp;เป้าหมาย</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>กิ&amp;จกรรม</translation>
    </message>
    <message>
        <source>Result at %1 months</source>
        <translation>ผลรอบ %1 เดือน</translation>
    </message>
    <message>
        <source>Saved the target virtue %1.</source>
        <translation>บันทึกคุณธรรมเป้าหมาย %1 แล้ว</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <source>Choose a target virtue first.</source>
        <translation>เลือกคุณธรรมเป้าหมายก่อน</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove the target virtue %1 and what it holds?</source>
        <translation>ลบคุณธรรมเป้าหมาย %1 พร้อมข้อมูลที่บันทึกไว้หรือไม่</translation>
    </message>
    <message>
        <source>Removed the target virtue %1.</source>
        <translation>ลบคุณธรรมเป้าหมาย %1 แล้ว</translation>
    </message>
</context>
</TS>
