<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>Sujarit — complaint register</source>
        <translation>Sujarit — complaint register</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>subject, allegation, complainant or accused</source>
        <translation>subject, allegation, complainant or accused</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>S&amp;tep:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Import register (CSV)…</source>
        <translation>&amp;Import register (CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Complaint &amp;form of this case…</source>
        <translation>Complaint &amp;form of this case…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Receipt for the complainant…</source>
        <translation>&amp;Receipt for the complainant…</translation>
    </message>
    <message>
        <source>&amp;Acknowledgement letter…</source>
        <translation>&amp;Acknowledgement letter…</translation>
    </message>
    <message>
        <source>Re&amp;sult letter…</source>
        <translation>Re&amp;sult letter…</translation>
    </message>
    <message>
        <source>&amp;Blank complaint form…</source>
        <translation>&amp;Blank complaint form…</translation>
    </message>
    <message>
        <source>Re&amp;gister of the fiscal year…</source>
        <translation>Re&amp;gister of the fiscal year…</translation>
    </message>
    <message>
        <source>Register, &amp;circulation copy (no names)…</source>
        <translation>Register, &amp;circulation copy (no names)…</translation>
    </message>
    <message>
        <source>&amp;Quarterly summary for the executive…</source>
        <translation>&amp;Quarterly summary for the executive…</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>This document cannot be printed: %1</source>
        <translation>This document cannot be printed: %1</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::MainWindow</name>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) — %1</source>
        <translation>
            <numerusform>%n complaint(s) — %1</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allegation</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Requested action</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Accused</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue by %n working day(s)</source>
        <translation>
            <numerusform>%1 — overdue by %n working day(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n working day(s) left</source>
        <translation>
            <numerusform>%1 — %n working day(s) left</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Import a complaint register</source>
        <translation>Import a complaint register</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported:</source>
        <translation>
            <numerusform>%n row(s) cannot be imported, so nothing was imported:</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n complaint(s).</source>
        <translation>
            <numerusform>Imported %n complaint(s).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a complaint to see its case file.</source>
        <translation>Select a complaint to see its case file.</translation>
    </message>
    <message>
        <source>Blank complaint form</source>
        <translation>Blank complaint form</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Complaint form %1</source>
        <translation>Complaint form %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Letter to the complainant %1</source>
        <translation>Letter to the complainant %1</translation>
    </message>
    <message>
        <source>Register of fiscal year %1</source>
        <translation>Register of fiscal year %1</translation>
    </message>
    <message>
        <source>Quarterly summary %1/%2</source>
        <translation>Quarterly summary %1/%2</translation>
    </message>
</context>
<context>
    <name>sujarit::gui::RegisterModel</name>
    <message>
        <source>%1, due %2</source>
        <translation>%1, due %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Accused</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
</context>
</TS>
