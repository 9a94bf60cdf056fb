// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QFile>
#include <QSet>

#include "complaints/Codes.h"
#include "complaints/ComplaintFields.h"
#include "text/Csv.h"
#include "text/NationalId.h"
#include "text/ThaiAddressBook.h"
#include "text/TextDecoding.h"
#include "text/ThaiDigits.h"

using namespace sujarit;

TEST_CASE("Thai digits on and off", "[text]")
{
    CHECK(text::toThaiDigits(QStringLiteral("12/2568 เวลา 09.30")) == QStringLiteral("๑๒/๒๕๖๘ เวลา ๐๙.๓๐"));
    CHECK(text::toArabicDigits(QStringLiteral("๑๒/๒๕๖๘")) == QStringLiteral("12/2568"));
    CHECK(text::toArabicDigits(text::toThaiDigits(QStringLiteral("0123456789"))) == QStringLiteral("0123456789"));
}

TEST_CASE("National ID checksum", "[text]")
{
    CHECK(text::isValidNationalId(QStringLiteral("1234567890121")));
    CHECK(text::isValidNationalId(QStringLiteral("1101700203450"))); // check digit 0: (11 - sum mod 11) is 10
    CHECK(text::isValidNationalId(QStringLiteral("1-1017-00203-45-0")));
    CHECK(text::isValidNationalId(QStringLiteral("๑๒๓๔๕๖๗๘๙๐๑๒๑")));
    CHECK_FALSE(text::isValidNationalId(QStringLiteral("1101700203451")));
    CHECK_FALSE(text::isValidNationalId(QStringLiteral("1234567890122")));
    CHECK_FALSE(text::isValidNationalId(QStringLiteral("123456789012")));
    CHECK_FALSE(text::isValidNationalId(QStringLiteral("12345678901211")));
    CHECK_FALSE(text::isValidNationalId(QStringLiteral("12345678901a1")));
}

TEST_CASE("CSV as Excel writes it", "[text][csv]")
{
    QString error;
    const auto records = text::parseCsv(
        QStringLiteral("a,b,c\r\n1,\"two, with comma\",\"say \"\"hi\"\"\"\r\n\r\n\"multi\nline\",,x\n"), u',', &error);
    REQUIRE(records);
    REQUIRE(records->size() == 3);
    CHECK(records->at(1).fields == QStringList{QStringLiteral("1"), QStringLiteral("two, with comma"), QStringLiteral("say \"hi\"")});
    CHECK(records->at(2).fields == QStringList{QStringLiteral("multi\nline"), QString(), QStringLiteral("x")});
    CHECK(records->at(2).line == 4);

    CHECK_FALSE(text::parseCsv(QStringLiteral("a,b\n\"open,2\n3,4\n"), u',', &error));
    CHECK(error.contains(QStringLiteral("line 2")));
    CHECK_FALSE(text::parseCsv(QStringLiteral("a,b\n\"x\"y,2\n"), u',', &error));
    CHECK(error.contains(QStringLiteral("line 2")));

    CHECK(text::detectCsvDelimiter(QStringLiteral("a;b;c\n1,2;3")) == u';');
    CHECK(text::detectCsvDelimiter(QStringLiteral("a\tb\tc")) == u'\t');
    CHECK(text::csvLine({QStringLiteral("x,y"), QStringLiteral("q\"")}) == QStringLiteral("\"x,y\",\"q\"\"\"\r\n"));
}

TEST_CASE("Decoding: UTF-8 with and without BOM, Windows-874, UTF-16 - other files refused", "[text][encoding]")
{
    const QString thai = QStringLiteral("วันที่รับ,เรื่อง\n๑๕ ม.ค. ๒๕๖๘,ทุจริต “จัดซื้อ”…\n");
    QString error;
    auto plain = text::decodeText(thai.toUtf8(), &error);
    REQUIRE(plain);
    CHECK(plain->text == thai);
    CHECK(plain->encoding == QStringLiteral("UTF-8"));

    auto bom = text::decodeText(QByteArray("\xEF\xBB\xBF") + thai.toUtf8(), &error);
    REQUIRE(bom);
    CHECK(bom->text == thai);

    const auto tis = text::encodeWindows874(thai);
    REQUIRE(tis);
    CHECK(tis->size() == thai.size());
    auto cp874 = text::decodeText(*tis, &error);
    REQUIRE(cp874);
    CHECK(cp874->text == thai);
    CHECK(cp874->encoding == QStringLiteral("Windows-874"));

    QByteArray utf16("\xFF\xFE", 2);
    for (QChar c : thai) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    auto u16 = text::decodeText(utf16, &error);
    REQUIRE(u16);
    CHECK(u16->text == thai);

    CHECK_FALSE(text::decodeText(QByteArray("caf\xE9,na\xEFve\n"), &error)); // Latin-1
    CHECK(error.contains(QStringLiteral("UTF-8")));
    CHECK_FALSE(text::decodeText(QByteArray("PK\x03\x04rest"), &error));
    CHECK(error.contains(QStringLiteral(".xlsx")));
    CHECK_FALSE(text::decodeText(QByteArray("a,b\n\xFC\xFD\n"), &error));
    CHECK(error.contains(QStringLiteral("line 2")));
}

TEST_CASE("Channels, categories and reasons read from codes and register spellings", "[codes]")
{
    using namespace complaints;
    const auto ch = [](const char* s) { return channelFromText(QString::fromUtf8(s)).value_or(QStringLiteral("?")); };
    CHECK(ch("walk_in") == QStringLiteral("walk_in"));
    CHECK(ch("WALK_IN") == QStringLiteral("walk_in"));
    CHECK(ch("ร้องเรียนด้วยตนเอง") == QStringLiteral("walk_in"));
    CHECK(ch("ด้วยตนเอง") == QStringLiteral("walk_in"));
    CHECK(ch("ทางไปรษณีย์") == QStringLiteral("post"));
    CHECK(ch("ไปรษณีย์") == QStringLiteral("post"));
    CHECK(ch("ทางโทรศัพท์/โทรสาร") == QStringLiteral("phone"));
    CHECK(ch("ทางโทรศัพท์") == QStringLiteral("phone"));
    CHECK(ch("โทรสาร") == QStringLiteral("phone"));
    CHECK(ch("ตู้รับเรื่องร้องเรียน/ร้องทุกข์") == QStringLiteral("complaint_box"));
    CHECK(ch("ตู้รับเรื่องร้องเรียน") == QStringLiteral("complaint_box"));
    CHECK(ch("เว็บไซต์") == QStringLiteral("website"));
    CHECK(ch("ทางเว็บไซต์") == QStringLiteral("website"));
    CHECK(ch("facebook") == QStringLiteral("facebook"));
    CHECK(ch("เฟซบุ๊ก") == QStringLiteral("facebook"));
    CHECK(ch("สายตรงนายก") == QStringLiteral("mayor_hotline"));
    CHECK(ch("หนังสือจากจังหวัด/อำเภอ") == QStringLiteral("official_letter"));
    CHECK(ch("หนังสือจากจังหวัด/อำเภอ/หน่วยงานอื่น") == QStringLiteral("official_letter"));
    CHECK(ch("อีเมล") == QStringLiteral("email"));
    CHECK(ch("อื่น ๆ") == QStringLiteral("other"));
    CHECK(ch("นกพิราบ") == QStringLiteral("?"));
    CHECK(categoryFromText(QStringLiteral("ทุจริต")) == QStringLiteral("corruption"));
    CHECK(categoryFromText(QStringLiteral("ประพฤติมิชอบ")) == QStringLiteral("misconduct"));
    CHECK(categoryFromText(QStringLiteral("procurement")) == QStringLiteral("procurement"));
    CHECK(notAcceptedReasonFromText(QStringLiteral("ข้อมูลไม่เพียงพอ (ยุติเรื่อง / เก็บเป็นฐานข้อมูล)"))
          == QStringLiteral("insufficient_information"));
}

TEST_CASE("Evidence items and addresses as registers write them", "[fields]")
{
    using namespace complaints;
    const auto items = parseEvidence(QStringLiteral("ภาพถ่าย 2 ชุด; สำเนาสัญญา จำนวน ๑ ชุด\n3) บันทึกเสียง"));
    REQUIRE(items.size() == 3);
    CHECK(items[0] == EvidenceItem{QStringLiteral("ภาพถ่าย"), 2});
    CHECK(items[1] == EvidenceItem{QStringLiteral("สำเนาสัญญา"), 1});
    CHECK(items[2] == EvidenceItem{QStringLiteral("บันทึกเสียง"), 1});
    CHECK(parseEvidence(evidenceToText(items)) == items);

    Complainant p;
    p.address = QStringLiteral("277 หมู่ที่ 11 ตำบลบางเสาธง อำเภอบางเสาธง จังหวัดสมุทรปราการ 10570");
    splitThaiAddress(p);
    CHECK(p.houseNo == QStringLiteral("277"));
    CHECK(p.moo == QStringLiteral("11"));
    CHECK(p.subdistrict == QStringLiteral("บางเสาธง"));
    CHECK(p.district == QStringLiteral("บางเสาธง"));
    CHECK(p.province == QStringLiteral("สมุทรปราการ"));
    CHECK(p.postcode == QStringLiteral("10570"));
}

TEST_CASE("The address list: every subdistrict with its district, province and postcode", "[text][address]")
{
    QFile f(QStringLiteral(SOURCE_DIR "/resources/address/thai-address.tsv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto book = text::ThaiAddressBook::fromTsv(QString::fromUtf8(f.readAll()));
    CHECK(book.areas().size() > 7000);
    QSet<QString> provinces;
    int withoutPostcode = 0;
    for (const auto& a : book.areas()) {
        provinces.insert(a.province);
        CHECK((a.postcode.size() == 5 || a.postcode.isEmpty()));
        withoutPostcode += a.postcode.isEmpty() ? 1 : 0;
    }
    CHECK(withoutPostcode < 50); // the source lists a few island subdistricts without one
    CHECK(provinces.size() == 77);
    const auto kokyae = book.fromLabel(QStringLiteral("ต.โคกแย้ » อ.หนองแค » จ.สระบุรี » 18230"));
    REQUIRE(kokyae);
    CHECK(kokyae->addressText() == QStringLiteral("ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230"));
    complaints::Complainant p;
    p.address = QStringLiteral("40 หมู่ที่ 6 ") + kokyae->addressText();
    complaints::splitThaiAddress(p);
    CHECK(p.subdistrict == QStringLiteral("โคกแย้"));
    CHECK(p.district == QStringLiteral("หนองแค"));
    CHECK(p.province == QStringLiteral("สระบุรี"));
    CHECK(p.postcode == QStringLiteral("18230"));
    bool bangkok = false;
    for (const auto& a : book.areas())
        if (a.isBangkok()) {
            bangkok = true;
            CHECK(a.addressText().startsWith(QStringLiteral("แขวง")));
            break;
        }
    CHECK(bangkok);
}
