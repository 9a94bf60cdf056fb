// SPDX-License-Identifier: GPL-3.0-or-later
// The official documents, written to real PDFs and read back with poppler's pdftotext and pdffonts.
#include "TestSupport.h"

#include "complaints/ComplaintRepository.h"
#include "documents/ComplaintForm.h"
#include "documents/LetterDocument.h"
#include "documents/PageWriter.h"
#include "documents/PdfExport.h"
#include "documents/ComplaintReports.h"
#include "documents/ReceiptDocument.h"
#include "documents/RegisterDocument.h"
#include "documents/ThaiTextPainter.h"
#include "office/OfficeProfile.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>

using namespace sujarit;
using namespace sujarit::documents;

namespace {

/** The PDF's text in content order, as pdftotext -raw reads it. */
QString pdfText(const QString& path) { return runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}); }
QString pdfText(const QString& path, int page)
{
    return runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                             QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
}
int pdfPages(const QString& path)
{
    const QString info = runProgram(QStringLiteral("pdfinfo"), {path});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}
QString squeezed(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s"))); }

office::OfficeProfile koKyae()
{
    office::OfficeProfile o;
    o.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    o.district = QStringLiteral("หนองแค");
    o.province = QStringLiteral("สระบุรี");
    o.address = QStringLiteral("เลขที่ 40 หมู่ 6 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230");
    o.phone = QStringLiteral("036-374047");
    o.executiveName = QStringLiteral("นายสมชาย ใจดี");
    o.executiveTitle = QStringLiteral("นายกองค์การบริหารส่วนตำบลโคกแย้");
    o.letterPrefix = QStringLiteral("สบ 71201");
    o.responsibleUnit = QStringLiteral("สำนักปลัด งานกฎหมายและคดี");
    o.unitPhone = QStringLiteral("036-374047 ต่อ 17");
    return o;
}

struct Fixture {
    TempRegister reg;
    complaints::ComplaintRepository repo{reg.db, [] { return dt("2025-03-01T12:00:00"); }};
    Fixture() { repo.setRevealReason(QStringLiteral("พิมพ์เอกสาร")); }
    office::OfficeProfile office = koKyae();
    QString out(const char* name) const { return reg.dir.filePath(QString::fromLatin1(name)); }

    complaints::Complaint add(const QString& details = QStringLiteral("เจ้าหน้าที่เรียกเงิน 500 บาท"))
    {
        complaints::Complaint c = sampleComplaint(dt("2025-01-15T09:30:00"), QStringLiteral("เรียกรับเงินค่าออกใบอนุญาต"));
        c.complainant.name = QStringLiteral("นางสาวสมศรี ใจงาม");
        c.complainant.age = 41;
        c.complainant.address = QStringLiteral("12 หมู่ที่ 3 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230");
        c.complainant.phone = QStringLiteral("0812345678");
        c.details = details;
        c.requestedAction = QStringLiteral("ขอให้ตรวจสอบข้อเท็จจริงและลงโทษตามระเบียบ");
        c.evidence = {{QStringLiteral("ภาพถ่าย"), 2}, {QStringLiteral("สำเนาใบเสร็จ"), 1}};
        c.receivedBy = QStringLiteral("นางสาวสมใจ ใจดี");
        c.receivedByPosition = QStringLiteral("นิติกร");
        REQUIRE(repo.add(c));
        return *repo.find(c.receipt);
    }
};

} // namespace

TEST_CASE("The complaint form has every line of the seed's form, filled, with the font embedded", "[documents][form]")
{
    Fixture f;
    const complaints::Complaint c = f.add();
    const QString path = f.out("form.pdf");
    QString error;
    REQUIRE(writePdf(path, QPageLayout::Portrait,
                     [&](PageWriter& p, QString* e) { return paintComplaintForm(p, &c, f.office, e); }, &error));
    CHECK(pdfPages(path) == 1);
    const QString text = pdfText(path);
    // The seed's form, line by line, in its order.
    const QStringList seedLines = {
        QStringLiteral("แบบคำร้องเรียนการทุจริตและประพฤติมิชอบ"),
        QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี"),
        QStringLiteral("วันที่"), QStringLiteral("เดือน"), QStringLiteral("พ.ศ."),
        QStringLiteral("เรื่อง"),
        QStringLiteral("เรียน นายกองค์การบริหารส่วนตำบลโคกแย้"),
        QStringLiteral("ข้าพเจ้า"), QStringLiteral("อายุ"), QStringLiteral("ปี อยู่บ้านเลขที่"), QStringLiteral("หมู่ที่"),
        QStringLiteral("ตำบล"), QStringLiteral("อำเภอ"), QStringLiteral("จังหวัด"), QStringLiteral("โทรศัพท์"),
        QStringLiteral("มีความประสงค์ขอร้องเรียน/แจ้งเบาะแสการทุจริตและประพฤติมิชอบ"),
        QStringLiteral("พิจารณาดำเนินการตรวจสอบ"),
        QStringLiteral("ข้อกล่าวหา/ข้อร้องเรียน"), QStringLiteral("(เรื่อง)"),
        QStringLiteral("ทั้งนี้เพื่อให้นายกองค์การบริหารส่วนตำบลโคกแย้ พิจารณาดำเนินการ ดังนี้"),
        QStringLiteral("โดยข้าพเจ้าขอรับรองว่าคำขอร้องเรียน/แจ้งเบาะแส"),
        QStringLiteral("1)"), QStringLiteral("จำนวน"), QStringLiteral("ชุด"), QStringLiteral("2)"), QStringLiteral("3)"),
        QStringLiteral("ลงชื่อ"), QStringLiteral("ผู้ร้อง"),
        QStringLiteral("เลขที่รับ"), QStringLiteral("เวลา"), QStringLiteral("น."), QStringLiteral("ผู้รับคำร้อง"),
        QStringLiteral("ตำแหน่ง"),
    };
    const QString flat = squeezed(text);
    qsizetype at = 0;
    for (const QString& line : seedLines) {
        const qsizetype found = flat.indexOf(squeezed(line), at);
        INFO("missing or out of order: " << line.toStdString());
        CHECK(found >= 0);
        if (found >= 0)
            at = found;
    }
    // The values, on their lines, read back exactly (tone marks and all).
    for (const QString& value : {QStringLiteral("นางสาวสมศรี ใจงาม"), QStringLiteral("เรียกรับเงินค่าออกใบอนุญาต"),
                                 QStringLiteral("เจ้าหน้าที่เรียกเงิน 500 บาท"), QStringLiteral("ภาพถ่าย"),
                                 QStringLiteral("สำเนาใบเสร็จ"), QStringLiteral("ขอให้ตรวจสอบข้อเท็จจริงและลงโทษตามระเบียบ"),
                                 QStringLiteral("นางสาวสมใจ ใจดี"), QStringLiteral("นิติกร"), QStringLiteral("มกราคม"),
                                 QStringLiteral("2568"), QStringLiteral("09.30"), QStringLiteral("ตำบล โคกแย้")}) {
        INFO(value.toStdString());
        CHECK(flat.contains(squeezed(value)));
    }
    CHECK(text.contains(c.receipt.toString().section(u'/', 0, 0)));

    const QString fonts = runProgram(QStringLiteral("pdffonts"), {path});
    CHECK(fonts.contains(PageWriter::fontFamily().remove(u' ')));
    for (const QString& line : fonts.split(u'\n').mid(2))
        if (!line.trimmed().isEmpty())
            CHECK(line.contains(QRegularExpression(QStringLiteral("\\syes\\s+(yes|no)\\s+yes\\s")))); // embedded, with a ToUnicode map
}

TEST_CASE("A long allegation wraps onto further dotted lines and a second page, never cut", "[documents][form]")
{
    Fixture f;
    QString longText;
    for (int i = 1; i <= 40; ++i)
        longText += QStringLiteral("ข้อเท็จจริงลำดับที่ %1 เจ้าหน้าที่กองช่างเรียกรับเงินจากผู้รับเหมาก่อสร้างถนนคอนกรีตเสริมเหล็ก ").arg(i);
    const complaints::Complaint c = f.add(longText.trimmed());
    const QString path = f.out("long.pdf");
    QString error;
    REQUIRE(writePdf(path, QPageLayout::Portrait,
                     [&](PageWriter& p, QString* e) { return paintComplaintForm(p, &c, f.office, e); }, &error));
    CHECK(pdfPages(path) >= 2);
    CHECK(squeezed(pdfText(path)).contains(squeezed(longText)));
    CHECK(pdfText(path, pdfPages(path)).contains(QStringLiteral("ผู้รับคำร้อง")));
}

TEST_CASE("The blank form has the labels and no values", "[documents][form]")
{
    Fixture f;
    const QString path = f.out("blank.pdf");
    QString error;
    REQUIRE(writePdf(path, QPageLayout::Portrait,
                     [&](PageWriter& p, QString* e) { return paintComplaintForm(p, nullptr, f.office, e); }, &error));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("ข้อกล่าวหา/ข้อร้องเรียน")));
    CHECK(text.contains(QStringLiteral("ผู้รับคำร้อง")));
    CHECK_FALSE(text.contains(QStringLiteral("2568")));
}

TEST_CASE("The receipt carries the answer date and a check code that verifies", "[documents][receipt]")
{
    Fixture f;
    const complaints::Complaint c = f.add();
    const QString path = f.out("receipt.pdf");
    QString error;
    REQUIRE(writePdf(path, QPageLayout::Portrait,
                     [&](PageWriter& p, QString* e) { return paintReceipt(p, f.reg.db, c, f.office, e); }, &error));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("ใบรับเรื่องร้องเรียน")));
    CHECK(text.contains(c.receipt.toString()));
    CHECK(text.contains(c.receiptCode));
    // Received Wed 15 Jan 2568: the 15th working day after it is Wed 5 Feb 2568.
    CHECK(text.contains(QStringLiteral("5 กุมภาพันธ์ 2568")));
    CHECK(text.contains(QStringLiteral("ร้องเรียนด้วยตนเอง")));
    const auto found = f.repo.findByReceiptCode(c.receiptCode.toLower().remove(u'-'));
    REQUIRE(found);
    CHECK(found->receipt == c.receipt);
    CHECK(f.repo.receiptCodeMatches(*found));
    QString forged = c.receiptCode;
    forged[0] = forged[0] == u'7' ? u'8' : u'7';
    CHECK_FALSE(f.repo.findByReceiptCode(forged));
}

TEST_CASE("The register runs over pages with headers and page numbers - the circulation copy names no one", "[documents][register]")
{
    Fixture f;
    QList<complaints::Complaint> many;
    for (int i = 0; i < 60; ++i) {
        complaints::Complaint c = sampleComplaint(dt("2024-10-01T09:00:00").addDays(i * 2),
                                                  QStringLiteral("เรื่องร้องเรียนลำดับ %1").arg(i + 1));
        c.complainant.name = QStringLiteral("นายผู้ร้อง ลำดับ%1").arg(i + 1);
        c.anonymous = i % 7 == 0;
        if (c.anonymous)
            c.complainant = {};
        many << c;
    }
    REQUIRE(f.repo.add(many));
    for (bool circulation : {false, true}) {
        const QString path = f.out(circulation ? "circulation.pdf" : "register.pdf");
        RegisterOptions options;
        options.fiscalYear = 2568;
        options.circulation = circulation;
        options.revealReason = QStringLiteral("ทะเบียนฉบับเก็บในแฟ้ม");
        options.today = d("2025-03-01");
        QString error;
        REQUIRE(writePdf(path, QPageLayout::Landscape,
                         [&](PageWriter& p, QString* e) { return paintRegister(p, f.reg.db, f.office, options, e); },
                         &error));
        const int pages = pdfPages(path);
        CHECK(pages >= 3);
        for (int p = 1; p <= pages; ++p) {
            const QString page = pdfText(path, p);
            CHECK(page.contains(QStringLiteral("หน้า %1/%2").arg(p).arg(pages)));
            CHECK(squeezed(page).contains(QStringLiteral("กำหนดแจ้งผล"))); // the headers repeat
        }
        const QString text = pdfText(path);
        CHECK(text.contains(QStringLiteral("ปีงบประมาณ 2568")));
        CHECK(squeezed(text).contains(squeezed(QStringLiteral("เรื่องร้องเรียนลำดับ 60"))));
        if (circulation) {
            CHECK_FALSE(text.contains(QStringLiteral("นายผู้ร้อง")));
            CHECK(text.contains(QStringLiteral("ไม่เปิดเผยชื่อ")));
        } else {
            CHECK(squeezed(text).contains(squeezed(QStringLiteral("นายผู้ร้อง ลำดับ2"))));
            CHECK(squeezed(text).contains(QStringLiteral("ไม่ประสงค์ออกนาม")));
        }
    }
}

TEST_CASE("Letters: official layout, Thai digits, the result from the case - anonymous cases have none", "[documents][letter]")
{
    Fixture f;
    complaints::Complaint c = f.add();
    REQUIRE(f.repo.recordStep(c.receipt, {QStringLiteral("registered"), {}, {}, dt("2025-01-15T10:00:00"), {}, {}}));
    REQUIRE(f.repo.recordStep(c.receipt, {QStringLiteral("accepted"), {}, {}, dt("2025-01-16T10:00:00"), {}, {}}));
    REQUIRE(f.repo.recordStep(c.receipt, {QStringLiteral("assigned"), {}, {}, dt("2025-01-16T11:00:00"), {}, QStringLiteral("กองช่าง")}));
    REQUIRE(f.repo.recordStep(c.receipt, {QStringLiteral("fact_finding"), {}, {}, dt("2025-01-17T11:00:00"), {}, {}}));
    LetterOptions options;
    options.date = d("2025-01-20");
    options.kind = LetterKind::Result;
    QString error;
    CHECK_FALSE(writePdf(f.out("early.pdf"), QPageLayout::Portrait,
                         [&](PageWriter& p, QString* e) { return paintLetter(p, *f.repo.find(c.receipt), f.office, options, e); },
                         &error));
    CHECK(error.contains(QStringLiteral("no result yet")));
    CHECK_FALSE(QFile::exists(f.out("early.pdf")));

    REQUIRE(f.repo.recordStep(c.receipt, {QStringLiteral("concluded"), {}, QStringLiteral("ข้อเท็จจริงไม่ปรากฏว่ามีการเรียกรับเงิน"),
                                          dt("2025-02-10T11:00:00"), {}, {}}));
    c = *f.repo.find(c.receipt);
    const QString path = f.out("result.pdf");
    REQUIRE(writePdf(path, QPageLayout::Portrait,
                     [&](PageWriter& p, QString* e) {
                         p.digits = text::Digits::Thai;
                         return paintLetter(p, c, f.office, options, e);
                     },
                     &error));
    CHECK(pdfPages(path) == 1);
    const QString text = squeezed(pdfText(path));
    for (const QString& part : {QStringLiteral("ที่ สบ ๗๑๒๐๑/"), QStringLiteral("๒๐ มกราคม ๒๕๖๘"), QStringLiteral("เรื่อง แจ้งผลการดำเนินการเรื่องร้องเรียน"),
                                QStringLiteral("เรียน นางสาวสมศรี ใจงาม"), QStringLiteral("อ้างถึง"),
                                QStringLiteral("ข้อเท็จจริงไม่ปรากฏว่ามีการเรียกรับเงิน"), QStringLiteral("ขอแสดงความนับถือ"),
                                QStringLiteral("(นายสมชาย ใจดี)"), QStringLiteral("สำนักปลัด งานกฎหมายและคดี"),
                                QStringLiteral("โทร. ๐๓๖-๓๗๔๐๔๗ ต่อ ๑๗"), QStringLiteral("๑๘๒๓๐")}) {
        INFO(part.toStdString());
        CHECK(text.contains(squeezed(part)));
    }
    options.kind = LetterKind::Acknowledgement;
    REQUIRE(writePdf(f.out("ack.pdf"), QPageLayout::Portrait,
                     [&](PageWriter& p, QString* e) { return paintLetter(p, c, f.office, options, e); }, &error));
    CHECK(squeezed(pdfText(f.out("ack.pdf"))).contains(squeezed(QStringLiteral("อยู่ระหว่างดำเนินการตรวจสอบข้อเท็จจริง"))));

    complaints::Complaint anonymous = sampleComplaint(dt("2025-01-20T09:00:00"));
    anonymous.anonymous = true;
    anonymous.complainant = {};
    REQUIRE(f.repo.add(anonymous));
    CHECK_FALSE(writePdf(f.out("anon.pdf"), QPageLayout::Portrait,
                         [&](PageWriter& p, QString* e) { return paintLetter(p, anonymous, f.office, options, e); }, &error));
    CHECK(error.contains(QStringLiteral("anonymous")));

    office::OfficeProfile partial = f.office;
    partial.executiveName.clear();
    CHECK_FALSE(writePdf(f.out("partial.pdf"), QPageLayout::Portrait,
                         [&](PageWriter& p, QString* e) { return paintLetter(p, c, partial, options, e); }, &error));
    CHECK(error.contains(QStringLiteral("executive_name")));
}

TEST_CASE("The quarterly summary counts the quarter and names no complainant", "[documents][quarterly]")
{
    Fixture f;
    f.add();
    const QString path = f.out("quarter.pdf");
    QString error;
    REQUIRE(writePdf(path, QPageLayout::Portrait,
                     [&](PageWriter& p, QString* e) {
                         return paintQuarterlyReport(p, f.reg.db, f.office, 2568, 2, d("2025-03-01"), e);
                     },
                     &error));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("ประจำไตรมาสที่ 2 ปีงบประมาณ 2568")));
    CHECK(squeezed(text).contains(squeezed(QStringLiteral("ได้รับเรื่องร้องเรียนทั้งสิ้น 1 เรื่อง"))));
    CHECK(text.contains(QStringLiteral("เรียกรับเงินค่าออกใบอนุญาต")));
    CHECK_FALSE(text.contains(QStringLiteral("สมศรี")));
    REQUIRE(writePdf(f.out("empty.pdf"), QPageLayout::Portrait,
                     [&](PageWriter& p, QString* e) {
                         return paintQuarterlyReport(p, f.reg.db, f.office, 2568, 4, d("2025-03-01"), e);
                     },
                     &error));
    CHECK(pdfText(f.out("empty.pdf")).contains(QStringLiteral("ไม่มีเรื่องร้องเรียน")));
}

TEST_CASE("The monthly report: the month's complaints and every case past a deadline, never a name or a subject",
          "[documents][monthly]")
{
    Fixture f;
    const complaints::Complaint c = f.add(); // received 15 January 2025, never registered: overdue by March
    QString error;
    REQUIRE(writePdf(f.out("january.pdf"), QPageLayout::Portrait,
                     [&](PageWriter& p, QString* e) {
                         return paintMonthlyReport(p, f.reg.db, f.office, d("2025-01-01"), d("2025-03-01"), e);
                     },
                     &error));
    const QString january = squeezed(pdfText(f.out("january.pdf")));
    CHECK(january.contains(squeezed(QStringLiteral("ประจำเดือนมกราคม 2568 (1 มกราคม 2568 – 31 มกราคม 2568)"))));
    CHECK(january.contains(squeezed(QStringLiteral("ได้รับเรื่องร้องเรียนทั้งสิ้น 1 เรื่อง"))));
    CHECK(january.contains(squeezed(QStringLiteral("มีเรื่องที่เกินกำหนดเวลา 1 เรื่อง"))));
    CHECK(january.contains(squeezed(c.receipt.toString())));
    CHECK_FALSE(january.contains(QStringLiteral("สมศรี")));
    CHECK_FALSE(january.contains(squeezed(QStringLiteral("เรียกรับเงินค่าออกใบอนุญาต"))));
    CHECK(runProgram(QStringLiteral("pdfinfo"), {f.out("january.pdf")}).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")))); // one page
    // February received nothing; the January case is still late and still listed.
    REQUIRE(writePdf(f.out("february.pdf"), QPageLayout::Portrait,
                     [&](PageWriter& p, QString* e) {
                         return paintMonthlyReport(p, f.reg.db, f.office, d("2025-02-01"), d("2025-03-01"), e);
                     },
                     &error));
    const QString february = squeezed(pdfText(f.out("february.pdf")));
    CHECK(february.contains(squeezed(QStringLiteral("ในเดือนนี้ไม่มีเรื่องร้องเรียน"))));
    CHECK(february.contains(squeezed(c.receipt.toString())));
    // On the day it was received nothing is late yet.
    REQUIRE(writePdf(f.out("early.pdf"), QPageLayout::Portrait,
                     [&](PageWriter& p, QString* e) {
                         return paintMonthlyReport(p, f.reg.db, f.office, d("2025-01-01"), d("2025-01-15"), e);
                     },
                     &error));
    CHECK(squeezed(pdfText(f.out("early.pdf"))).contains(squeezed(QStringLiteral("ไม่มีเรื่องที่เกินกำหนดเวลา"))));
}

TEST_CASE("Thai lines break between words: never inside a syllable, never leaving a mark alone", "[documents][thai]")
{
    QTemporaryDir dir;
    QPdfWriter pdf(dir.filePath(QStringLiteral("x.pdf")));
    PageWriter page(&pdf);
    const QString text = QStringLiteral(
        "ผู้ร้องพบเห็นเหตุการณ์ดังกล่าวและมีหลักฐานภาพถ่ายขอให้ตรวจสอบข้อเท็จจริงและดำเนินการตามระเบียบโดยเร็ว"
        "เจ้าหน้าที่เรียกรับเงินค่าออกใบอนุญาตก่อสร้างจากประชาชนที่มาติดต่อราชการในวันที่สิบห้ามกราคม");
    for (qreal width : {30.0, 45.0, 60.0, 90.0}) {
        const QStringList lines = page.wrap(text, width, 16);
        CHECK(lines.size() > 1);
        CHECK(lines.join(QString()) == text);
        for (const QString& l : lines) {
            INFO(l.toStdString());
            CHECK(page.textWidth(l, 16) <= width + 0.01);
            const char16_t first = l.front().unicode(), last = l.back().unicode();
            // No line starts with a vowel sign or tone mark that belongs to the previous consonant …
            CHECK_FALSE((first == 0x0E31 || (first >= 0x0E33 && first <= 0x0E3A) || (first >= 0x0E47 && first <= 0x0E4E)
                         || first == 0x0E30 || first == 0x0E32 || first == 0x0E45));
            // … and none ends with a leading vowel waiting for its consonant.
            CHECK_FALSE((last >= 0x0E40 && last <= 0x0E44));
        }
    }
    // Receipt numbers stay whole.
    for (const QString& l : page.wrap(QStringLiteral("อ้างถึง เรื่องร้องเรียนของท่าน ลงวันที่ 5 มีนาคม 2568 (เลขที่รับ 1/2568)"), 70, 16))
        CHECK_FALSE(l.endsWith(u'/'));
}

TEST_CASE("No half-written PDF is ever left behind", "[documents]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("an earlier good PDF");
    }
    QString error;
    CHECK_FALSE(writePdf(path, QPageLayout::Portrait,
                         [](PageWriter& p, QString* e) {
                             p.text(30, 30, QStringLiteral("ครึ่งหนึ่ง"), 16);
                             *e = QStringLiteral("stopped halfway");
                             return false;
                         },
                         &error));
    CHECK(error == QStringLiteral("stopped halfway"));
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "an earlier good PDF");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("kept.pdf")});

    CHECK_FALSE(writePdf(dir.filePath(QStringLiteral("no/such/folder/x.pdf")), QPageLayout::Portrait,
                         [](PageWriter&, QString*) { return true; }, &error));
    CHECK(error.contains(QStringLiteral("cannot write")));
}
