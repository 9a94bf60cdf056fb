<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
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
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>This document cannot be printed: %1</source>
        <translation>พิมพ์เอกสารนี้ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::MainWindow</name>
    <message>
        <source>All years</source>
        <translation>ทุกปี</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>ทุกขั้นตอน</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) — %1</source>
        <translation>
            <numerusform>%n เรื่อง — %1</numerusform>
        </translation>
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
        <source>History</source>
        <translation>ประวัติการดำเนินการ</translation>
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
        <source>Cannot read %1: %2</source>
        <translation>อ่านไฟล์ %1 ไม่ได้: %2</translation>
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
        <source>Select a complaint to see its case file.</source>
        <translation>เลือกเรื่องร้องเรียนเพื่อดูรายละเอียดของเรื่อง</translation>
    </message>
    <message>
        <source>Blank complaint form</source>
        <translation>แบบคำร้องเรียนเปล่า</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Complaint form %1</source>
        <translation>แบบคำร้องเรียน %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>ใบรับเรื่องร้องเรียน %1</translation>
    </message>
    <message>
        <source>Letter to the complainant %1</source>
        <translation>หนังสือถึงผู้ร้อง %1</translation>
    </message>
    <message>
        <source>Register of fiscal year %1</source>
        <translation>ทะเบียนรับเรื่องร้องเรียน ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>Quarterly summary %1/%2</source>
        <translation>รายงานสรุปไตรมาสที่ %1/%2</translation>
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
</TS>
