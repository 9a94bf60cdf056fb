// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "complaints/ComplaintImport.h"
#include "complaints/ComplaintRepository.h"
#include "text/Csv.h"
#include "text/TextDecoding.h"

using namespace sujarit;
using namespace sujarit::complaints;

namespace {

const QDateTime Now = dt("2026-01-31T12:00:00");

const QString EnglishHeader = QStringLiteral(
    "received_at,channel,category,anonymous,complainant_name,complainant_age,complainant_address,complainant_phone,"
    "subject,details,requested_action,accused_name,accused_position,accused_unit\r\n");
const QString ThaiHeader = QStringLiteral(
    "วันที่รับ,ช่องทาง,ประเภท,ไม่ประสงค์ออกนาม,ชื่อผู้ร้อง,อายุ,ที่อยู่,โทรศัพท์,เรื่อง,รายละเอียด,ขอให้ดำเนินการ,ผู้ถูกร้อง,"
    "ตำแหน่ง,สังกัด\r\n");

QString goodRows()
{
    return QStringLiteral(
        "2025-01-15T09:30,walk_in,misconduct,no,นายจันทร์เพ็ญ รักไทย,32,277 หมู่ที่ 11 ตำบลบางเสาธง,0893984085,"
        "ละเว้นการปฏิบัติหน้าที่ในการเก็บขยะ,\"พบเห็น, \"\"ขอให้ตรวจสอบ\"\"\",ขอให้ตรวจสอบ,นายสุรชัย พึ่งบุญ,นายช่างโยธา,กองช่าง\r\n"
        "27/10/2567 14.44 น.,ตู้รับเรื่องร้องเรียน,service,ใช่,,,,,ล่าช้าในการซ่อมไฟฟ้า,\"หลายบรรทัด\nบรรทัดสอง\",,,,\r\n"
        "๑๔ พฤศจิกายน ๒๕๖๗ 11.34 น.,สายตรงนายก,corruption,ไม่ใช่,นางอรุณี สายสุด,22,,,เบิกจ่ายเป็นเท็จ,,,,,\r\n");
}

ImportPlan read(const QByteArray& bytes)
{
    QString error;
    auto plan = readRegister(bytes, Now, &error);
    INFO(error.toStdString());
    REQUIRE(plan);
    return *plan;
}

QString readError(const QByteArray& bytes)
{
    QString error;
    REQUIRE_FALSE(readRegister(bytes, Now, &error));
    REQUIRE_FALSE(error.isEmpty());
    return error;
}

QString firstRejection(const QString& csv)
{
    const ImportPlan plan = read(csv.toUtf8());
    REQUIRE(plan.rejected.size() == 1);
    return plan.rejected.first().describe();
}

} // namespace

TEST_CASE("Import reads English and Thai headers in any order and every date spelling", "[import]")
{
    const ImportPlan en = read((EnglishHeader + goodRows()).toUtf8());
    CHECK(en.rejected.isEmpty());
    REQUIRE(en.complaints.size() == 3);
    CHECK(en.complaints[0].details == QStringLiteral("พบเห็น, \"ขอให้ตรวจสอบ\""));
    CHECK(en.complaints[1].anonymous);
    CHECK(en.complaints[1].channel == QStringLiteral("complaint_box"));
    CHECK(en.complaints[1].details == QStringLiteral("หลายบรรทัด\nบรรทัดสอง"));
    CHECK(en.complaints[2].receivedAt == dt("2024-11-14T11:34:00"));
    CHECK(en.complaints[0].complainant.moo == QStringLiteral("11"));

    const ImportPlan th = read(QString(QStringLiteral("\uFEFF") + ThaiHeader + goodRows()).toUtf8());
    CHECK(th.encoding == QStringLiteral("UTF-8 with BOM"));
    REQUIRE(th.complaints.size() == 3);
    CHECK(th.complaints[0].subject == en.complaints[0].subject);

    // Columns in another order, with an extra column Sujarit does not know.
    const QString shuffled = QStringLiteral("เรื่อง,หมายเหตุ,ประเภท,ช่องทาง,วันที่รับ,ชื่อผู้ร้อง\r\n"
                                            "ทุจริตจัดซื้อ,ดูแล้ว,procurement,ทางไปรษณีย์,15 ม.ค. 2568,นายก ข\r\n");
    const ImportPlan s = read(shuffled.toUtf8());
    REQUIRE(s.complaints.size() == 1);
    CHECK(s.ignoredColumns == QStringList{QStringLiteral("หมายเหตุ")});
    CHECK(s.complaints[0].channel == QStringLiteral("post"));
}

TEST_CASE("Import reads Excel's Thai Windows-874 files", "[import][encoding]")
{
    const auto bytes = text::encodeWindows874(ThaiHeader + goodRows());
    REQUIRE(bytes);
    const ImportPlan plan = read(*bytes);
    CHECK(plan.encoding == QStringLiteral("Windows-874"));
    REQUIRE(plan.complaints.size() == 3);
    CHECK(plan.complaints[0].complainant.name == QStringLiteral("นายจันทร์เพ็ญ รักไทย"));
}

TEST_CASE("Files that cannot be read at all are refused whole", "[import]")
{
    CHECK(readError(QByteArray("PK\x03\x04...")).contains(QStringLiteral(".xlsx")));
    CHECK(readError(QByteArray("received_at,subject\n2025-01-01,caf\xE9\n")).contains(QStringLiteral("UTF-8")));
    CHECK(readError(QByteArray()).contains(QStringLiteral("empty")));
    const QString missing = readError(QStringLiteral("received_at,channel,subject\n2025-01-01,post,x\n").toUtf8());
    CHECK(missing.contains(QStringLiteral("category")));
    const QString broken = readError((EnglishHeader + QStringLiteral("2025-01-15,walk_in,misconduct,no,\"นาย ก,32\n")).toUtf8());
    CHECK(broken.contains(QStringLiteral("line 2")));
    CHECK(broken.contains(QStringLiteral("never closed")));
    const QString twice = readError(QStringLiteral("subject,เรื่อง,received_at,channel,category\n").toUtf8());
    CHECK(twice.contains(QStringLiteral("twice")));
}

TEST_CASE("Bad rows name the row, the column and what is wrong", "[import]")
{
    auto row = [](const char* line) { return EnglishHeader + QString::fromUtf8(line) + QStringLiteral("\r\n"); };
    CHECK(firstRejection(row("31/2/2568,walk_in,misconduct,no,นาย ก,,,,เรื่อง,,,,,"))
          == QStringLiteral("row 2, column received_at: “31/2/2568” is not a real date: กุมภาพันธ์ 2568 has 28 days, not 31"));
    CHECK(firstRejection(row("15/13/2568,walk_in,misconduct,no,นาย ก,,,,เรื่อง,,,,,")).contains(QStringLiteral("month 13")));
    CHECK(firstRejection(row("15/1/2568,pigeon,misconduct,no,นาย ก,,,,เรื่อง,,,,,"))
              .startsWith(QStringLiteral("row 2, column channel: “pigeon” is not a known channel")));
    CHECK(firstRejection(row("15/1/2568,walk_in,gossip,no,นาย ก,,,,เรื่อง,,,,,")).contains(QStringLiteral("column category")));
    CHECK(firstRejection(row("15/1/2568,walk_in,misconduct,no,,,,,เรื่อง,,,,,")).contains(QStringLiteral("column complainant_name")));
    CHECK(firstRejection(row("15/1/2568,walk_in,misconduct,yes,นาย ก,,,,เรื่อง,,,,,")).contains(QStringLiteral("anonymous")));
    CHECK(firstRejection(row("15/1/2568,walk_in,misconduct,maybe,นาย ก,,,,เรื่อง,,,,,")).contains(QStringLiteral("column anonymous")));
    CHECK(firstRejection(row("15/1/2568,walk_in,misconduct,no,นาย ก,200,,,เรื่อง,,,,,")).contains(QStringLiteral("column complainant_age")));
    CHECK(firstRejection(row("15/1/2568,walk_in,misconduct,no,นาย ก,,,,,,,,,")).contains(QStringLiteral("column subject")));
    CHECK(firstRejection(row("15/1/2570,walk_in,misconduct,no,นาย ก,,,,เรื่อง,,,,,")).contains(QStringLiteral("future")));
    CHECK(firstRejection(row("15/1/2568,walk_in,misconduct,no,นาย ก,,,,เรื่อง,,,,,,extra")).contains(QStringLiteral("15 values")));
}

TEST_CASE("A 1 MB field is refused with its size, and the parser copes with it", "[import]")
{
    const QString huge(1024 * 1024, u'ก');
    const QString csv = EnglishHeader + QStringLiteral("15/1/2568,walk_in,misconduct,no,นาย ก,,,,เรื่อง,\"") + huge
        + QStringLiteral("\",,,,\r\n");
    const QString why = firstRejection(csv);
    CHECK(why.contains(QStringLiteral("column details")));
    CHECK(why.contains(QStringLiteral("1,048,576")));
    CHECK(why.contains(QStringLiteral("100,000")));
}

TEST_CASE("Import is all or nothing - skip-invalid sets bad rows aside", "[import]")
{
    TempRegister r;
    ComplaintRepository repo(r.db, [] { return Now; });
    const QString csv = EnglishHeader + goodRows()
        + QStringLiteral("31/2/2568,walk_in,misconduct,no,นาย ก,,,,เรื่อง,,,,,\r\n");
    ImportPlan plan = read(csv.toUtf8());
    CHECK(plan.complaints.size() == 3);
    REQUIRE(plan.rejected.size() == 1);
    CHECK(plan.rejected[0].row == 5); // the header is row 1; a value spanning two lines is still one row

    const QByteArray rejects = rejectsCsv(plan);
    CHECK(rejects.startsWith("\xEF\xBB\xBF"));
    const auto back = text::parseCsv(QString::fromUtf8(rejects.mid(3)), u',');
    REQUIRE(back);
    REQUIRE(back->size() == 2);
    CHECK(back->at(0).fields.mid(0, 3) == QStringList{QStringLiteral("row"), QStringLiteral("error"), QStringLiteral("received_at")});
    CHECK(back->at(1).fields.at(2) == QStringLiteral("31/2/2568"));

    QString error;
    REQUIRE(importPlan(repo, plan, &error));
    CHECK(repo.count({}) == 3);

    // Kept receipt numbers that clash make the whole file fail and name the row.
    const QString clash = QStringLiteral("receipt_no,received_at,channel,category,complainant_name,subject\r\n"
                                         "7/2568,15/1/2568,post,service,นาย ข,ก\r\n"
                                         "1/2568,16/1/2568,post,service,นาย ค,ข\r\n");
    ImportPlan p2 = read(clash.toUtf8());
    CHECK_FALSE(importPlan(repo, p2, &error));
    CHECK(error.startsWith(QStringLiteral("row 3:")));
    CHECK(repo.count({}) == 3);
}
