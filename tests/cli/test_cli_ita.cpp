// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the year's ITA section through sujarit-cli — the items' states flipping from incomplete to ready as
// the registers fill, the whole pack written and read back (every PDF through pdftotext, the workbooks through
// openpyxl, the index's links), no complainant's name in any file, an earlier pack replaced whole and a folder
// Sujarit did not write left alone, the item list corrected, and the manual following the deadline settings.
#include "CliRunner.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString pdfText(const QString& pdf)
{
    return runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
}
QString squeezed(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s"))); }

const QByteArray Register = QStringLiteral(
    "\uFEFFวันที่รับ,ช่องทาง,ประเภท,ไม่ประสงค์ออกนาม,ชื่อผู้ร้อง,อายุ,ที่อยู่,โทรศัพท์,เรื่อง,รายละเอียด,ขอให้ดำเนินการ,ผู้ถูกร้อง,ตำแหน่ง,สังกัด\r\n"
    "4 ต.ค. 2567 15.56 น.,ร้องเรียนด้วยตนเอง,misconduct,ไม่ใช่,นายจันทร์เพ็ญ รักไทย,32,277 หมู่ที่ 11,0893984085,ละเว้นการปฏิบัติหน้าที่ในการเก็บขยะ,มีภาพถ่าย,ขอให้ตรวจสอบ,นายสุรชัย พึ่งบุญ,นายช่างโยธา,กองช่าง\r\n"
    "14/11/2567 11.34 น.,สายตรงนายก,corruption,ไม่ใช่,นางอรุณี สายสุด,22,,,เบิกจ่ายค่าตอบแทนเป็นเท็จ,,,นายชูชาติ บุญมา,นักวิชาการเงินและบัญชี,กองคลัง\r\n"
    "2025-01-19 16.06 น.,ทางโทรศัพท์,procurement,ไม่ใช่,นายธนากร พึ่งบุญ,72,,,ผู้รับจ้างเป็นญาติของเจ้าหน้าที่,,,นายวิชัย เพชรรัตน์,นายช่างโยธา,กองช่าง\r\n")
                                .toUtf8();
const QStringList Complainants = {QStringLiteral("นายจันทร์เพ็ญ รักไทย"), QStringLiteral("จันทร์เพ็ญ"),
                                  QStringLiteral("นางอรุณี สายสุด"), QStringLiteral("อรุณี"), QStringLiteral("ธนากร"),
                                  QStringLiteral("0893984085")};

QHash<QString, QJsonObject> items(const Cli& cli, const char* year = "2568")
{
    QHash<QString, QJsonObject> out;
    const QJsonDocument doc
        = QJsonDocument::fromJson(cli.ok(args({"ita", "items", "--fiscal-year", year, "--format", "json"})).out.toUtf8());
    for (const QJsonValue& v : doc.array())
        out.insert(v[QStringLiteral("code")].toString(), v.toObject());
    return out;
}
QString state(const QHash<QString, QJsonObject>& items, const char* code)
{
    return items.value(QString::fromLatin1(code))[QStringLiteral("state")].toString();
}
QString missing(const QHash<QString, QJsonObject>& items, const char* code)
{
    return items.value(QString::fromLatin1(code))[QStringLiteral("missing")].toString();
}

/** Every text of the folder: PDFs through pdftotext, workbooks through openpyxl, the rest as they are. */
QString everyText(const QString& dir)
{
    QString all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString f = it.next();
        if (f.endsWith(QLatin1String(".pdf")))
            all += pdfText(f);
        else if (f.endsWith(QLatin1String(".xlsx")))
            all += readXlsx(f, QStringLiteral("[[c.value for c in r] for r in ws.iter_rows()]"));
        else {
            QFile file(f);
            REQUIRE(file.open(QIODevice::ReadOnly));
            all += QString::fromUtf8(file.readAll());
        }
        all += u'\n';
    }
    return all;
}
} // namespace

TEST_CASE("the ITA pack: each item from the registers, its state, the whole folder read back", "[cli][ita]")
{
    Cli cli;
    cli.today = QStringLiteral("2025-05-15"); // the first half of fiscal 2568 is over
    cli.init();
    for (const auto& [key, value] : std::initializer_list<std::pair<const char*, const char*>>{
             {"name", "องค์การบริหารส่วนตำบลโคกแย้"},
             {"district", "หนองแค"},
             {"province", "สระบุรี"},
             {"address", "เลขที่ 40 หมู่ 6 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230"},
             {"phone", "036-374047"},
             {"website", "http://kokyae.go.th"},
             {"facebook", "องค์การบริหารส่วนตำบลโคกแย้"},
             {"executive_name", "นายสมชาย ใจดี"},
             {"executive_title", "นายกองค์การบริหารส่วนตำบลโคกแย้"},
             {"responsible_unit", "สำนักปลัด งานกฎหมายและคดี"},
             {"divisions", "สำนักปลัด, กองคลัง, กองช่าง"}})
        cli.ok(args({"office", "set", key, value}));
    cli.ok(args({"complaints", "import"}) << cli.write(QStringLiteral("register.csv"), Register));

    // An empty year: the manual and the statistics come from the register at once; the rest say what they miss.
    auto now = items(cli);
    REQUIRE(now.size() == 11);
    CHECK(state(now, "O17") == QStringLiteral("ready"));
    CHECK(state(now, "O19") == QStringLiteral("ready"));
    CHECK(state(now, "O20") == QStringLiteral("not_kept"));
    CHECK(state(now, "O18") == QStringLiteral("incomplete"));
    CHECK(missing(now, "O18").contains(QStringLiteral("ยังไม่ได้จัดทำประกาศช่องทางการร้องเรียน")));
    CHECK(state(now, "O23") == QStringLiteral("incomplete"));
    CHECK(missing(now, "O23").contains(QStringLiteral("ยังไม่มีทะเบียนความเสี่ยง")));
    CHECK(state(now, "O22") == QStringLiteral("ready")); // no gift this year: the report says ไม่มี

    // The announcements: a draft is not enough; signed, the item is ready.
    cli.ok(args({"announcements", "new", "--fiscal-year", "2568", "--kind", "channels"}));
    CHECK(missing(items(cli), "O18").contains(QStringLiteral("ยังไม่ได้ลงนาม")));
    cli.ok(args({"announcements", "sign", "1", "--by", "นายสมชาย ใจดี", "--date", "1/10/2567"}));
    CHECK(state(items(cli), "O18") == QStringLiteral("ready"));
    cli.ok(args({"announcements", "new", "--fiscal-year", "2568", "--kind", "no_gift"}));
    cli.ok(args({"announcements", "sign", "2", "--by", "นายสมชาย ใจดี", "--date", "1/10/2567"}));
    now = items(cli);
    CHECK(state(now, "O21") == QStringLiteral("incomplete"));
    CHECK(missing(now, "O21").contains(QStringLiteral("ยังไม่มีกิจกรรมสร้างวัฒนธรรม No Gift Policy")));
    cli.ok(args({"no-gift", "add", "--json", "-"}),
           R"([{"date": "1 พ.ย. 2567", "kind": "campaign", "title": "รณรงค์งดให้ของขวัญปีใหม่", "headcount": 25}])");
    CHECK(state(items(cli), "O21") == QStringLiteral("ready"));

    // A gift over the limit waits for the head's decision.
    cli.ok(args({"staff", "add", "--json", "-"}), R"([{"name": "นางมาลี แสงทอง", "division": "กองคลัง", "kind": "official"}])");
    cli.ok(args({"gifts", "add", "--json", "-"}),
           R"({"receiver": "นางมาลี แสงทอง", "date": "2/1/2568", "giver": "บริษัท ก จำกัด", "relation": "none", "occasion": "ปีใหม่", "value": 5000})");
    CHECK(missing(items(cli), "O22").contains(QStringLiteral("รอผู้บังคับบัญชาวินิจฉัย")));
    cli.ok(args({"gifts", "decide", "1", "--decision", "return", "--by", "นายสมชาย ใจดี", "--date", "3/1/2568"}));
    CHECK(state(items(cli), "O22") == QStringLiteral("ready"));

    // The plan: its activities drive the ethics item; its results wait for the 6-month round.
    cli.ok(args({"plan", "new", "--fiscal-year", "2568", "--template", "seed001"}));
    now = items(cli);
    CHECK(state(now, "O16") == QStringLiteral("ready"));
    CHECK(now.value(QStringLiteral("O16"))[QStringLiteral("by_hand")].toString().contains(QStringLiteral("ประมวลจริยธรรม")));
    CHECK(state(now, "O25") == QStringLiteral("ready"));
    CHECK(state(now, "O26") == QStringLiteral("incomplete"));
    CHECK(missing(now, "O26").contains(QStringLiteral("รอบ 6 เดือนของแผนปฏิบัติการ ยังไม่ได้รายงาน")));
    cli.ok(args({"plan", "lock", "--fiscal-year", "2568", "--round", "6", "--by", "นางมาลี แสงทอง"}));
    CHECK(state(items(cli), "O26") == QStringLiteral("ready"));

    // The ethics committee: once the year has one, its order must be signed for the ethics item.
    cli.ok(args({"committee", "add", "--fiscal-year", "2568", "--json", "-"}), R"({"name": "นางมาลี แสงทอง", "role": "chair"})");
    CHECK(missing(items(cli), "O16").contains(QStringLiteral("คำสั่งแต่งตั้งคณะกรรมการจริยธรรม ปีงบประมาณ พ.ศ. 2568 ยังไม่ได้ลงนาม")));
    CHECK(missing(items(cli), "O16").contains(QStringLiteral("ยังไม่ได้กำหนดการประชุม")));
    cli.ok(args({"meetings", "plan", "--fiscal-year", "2568", "--every", "2", "--day", "10"}));
    cli.ok(args({"committee", "order", "--fiscal-year", "2568", "--number", "45/2568", "--date", "1/10/2567", "--by", "นายสมชาย ใจดี"}));
    now = items(cli);
    CHECK(state(now, "O16") == QStringLiteral("ready"));
    CHECK(now.value(QStringLiteral("O16"))[QStringLiteral("files")].toArray().size() == 3); // the plan's, the order, the meetings

    // The risks: seed 002 rates none, so the assessment is incomplete until every risk is rated.
    cli.ok(args({"risks", "new", "--fiscal-year", "2568", "--template", "seed002"}));
    now = items(cli);
    CHECK(state(now, "O23") == QStringLiteral("incomplete"));
    CHECK(missing(now, "O23").contains(QStringLiteral("R1, R2")));
    for (const char* n : {"1", "2", "3", "4", "5", "6"})
        cli.ok(args({"risks", "edit", n, "--fiscal-year", "2568", "--json", "-"}), R"({"process": "การจัดซื้อจัดจ้าง", "likelihood": 3, "impact": 4})");
    CHECK(state(items(cli), "O23") == QStringLiteral("ready"));
    CHECK(state(items(cli), "O24") == QStringLiteral("incomplete"));
    cli.ok(args({"risks", "lock", "--fiscal-year", "2568", "--round", "6", "--by", "นางมาลี แสงทอง"}));
    now = items(cli);
    for (const char* code : {"O16", "O17", "O18", "O19", "O21", "O22", "O23", "O24", "O25", "O26"}) {
        INFO(code << " " << missing(now, code).toStdString());
        CHECK(state(now, code) == QStringLiteral("ready"));
    }

    // The pack: every listed file is there and opens; every PDF is headed with its item.
    const QString dir = cli.dir.filePath(QStringLiteral("ita-2568"));
    CHECK(cli.ok(args({"ita-pack", "--fiscal-year", "2568", "--out"}) << dir).out.contains(QStringLiteral("10 of 11 items ready")));
    now = items(cli);
    int pdfs = 0;
    for (const QJsonObject& item : now) {
        const QString code = item[QStringLiteral("code")].toString();
        for (const QJsonValue& f : item[QStringLiteral("files")].toArray()) {
            const QString name = f[QStringLiteral("name")].toString();
            INFO(name.toStdString());
            CHECK(QRegularExpression(QStringLiteral("^%1-[a-z0-9-]+-2568\\.(pdf|csv|xlsx)$").arg(code)).match(name).hasMatch());
            const QString path = QDir(dir).filePath(name);
            REQUIRE(QFileInfo::exists(path));
            if (name.endsWith(QLatin1String(".pdf"))) {
                ++pdfs;
                const QString text = pdfText(path);
                CHECK(squeezed(text).contains(squeezed(QStringLiteral("ITA 2568 · %1 ").arg(code))));
                CHECK(squeezed(text).contains(squeezed(item[QStringLiteral("title")].toString()).left(20)));
            }
        }
    }
    CHECK(pdfs >= 13);
    CHECK(squeezed(pdfText(QDir(dir).filePath(QStringLiteral("O16-ethics-committee-order-2568.pdf"))))
              .contains(squeezed(QStringLiteral("แต่งตั้งคณะกรรมการจริยธรรม"))));
    CHECK(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("O19-complaint-statistics-2568.pdf"))));
    CHECK(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("O19-complaint-statistics-6-months-2568.xlsx"))));
    CHECK(readXlsx(QDir(dir).filePath(QStringLiteral("O19-complaint-statistics-6-months-2568.xlsx")),
                   QStringLiteral("ws.max_row")).toInt() > 3);
    CHECK(squeezed(pdfText(QDir(dir).filePath(QStringLiteral("O17-complaint-handling-manual-2568.pdf"))))
              .contains(squeezed(QStringLiteral("http://kokyae.go.th"))));
    CHECK(squeezed(pdfText(QDir(dir).filePath(QStringLiteral("O18-complaint-channels-2568.pdf"))))
              .contains(squeezed(QStringLiteral("ช่องทางการร้องเรียน"))));

    // The index: Thai, every link resolves to a file of the folder, each item's state.
    QFile index(QDir(dir).filePath(QStringLiteral("index.html")));
    REQUIRE(index.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(index.readAll());
    CHECK(html.contains(QStringLiteral("<html lang=\"th\">")));
    CHECK(html.contains(QStringLiteral("จัดทำเมื่อ 15 พฤษภาคม 2568")));
    CHECK(html.contains(QStringLiteral("หน่วยงานจัดทำเอง")));
    int links = 0;
    for (const auto& m : QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).globalMatch(html)) {
        ++links;
        INFO(m.captured(1).toStdString());
        CHECK(QFileInfo(QDir(dir).filePath(m.captured(1))).isFile());
        CHECK(!m.captured(1).contains(u'/'));
    }
    CHECK(links >= 20);
    CHECK(squeezed(pdfText(QDir(dir).filePath(QStringLiteral("index.pdf")))).contains(squeezed(QStringLiteral("O24"))));

    // Nothing in the folder names a complainant.
    const QString all = everyText(dir);
    CHECK(all.size() > 20000);
    for (const QString& name : Complainants) {
        INFO(name.toStdString());
        CHECK(!all.contains(name));
    }

    // A second pack replaces the first whole; a stray file of Sujarit's own earlier pack name goes with it.
    cli.ok(args({"ita", "set-item", "--fiscal-year", "2568", "--code", "O20", "--answers", "none", "--title",
                 "การเปิดโอกาสให้เกิดการมีส่วนร่วม (แก้ไข)"}));
    cli.ok(args({"ita-pack", "--fiscal-year", "2568", "--out"}) << dir);
    QFile again(QDir(dir).filePath(QStringLiteral("index.html")));
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(again.readAll()).contains(QStringLiteral("(แก้ไข)")));
    CHECK(QDir(cli.dir.path()).entryList({QStringLiteral(".ita-2568.*")}, QDir::AllEntries | QDir::Hidden).isEmpty());

    // Another year's pack is not replaced by this one.
    CHECK(cli.run(args({"ita-pack", "--fiscal-year", "2569", "--out"}) << dir).err.contains(QStringLiteral("holds the ITA 2568 pack")));
    CHECK(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("O19-complaint-statistics-2568.pdf"))));

    // A folder holding anything Sujarit did not write is never replaced.
    cli.write(QStringLiteral("ita-2568/O20-participation-by-hand.pdf"), "%PDF-1.4 the office's own");
    const Result foreign = cli.run(args({"ita-pack", "--fiscal-year", "2568", "--out"}) << dir);
    CHECK(foreign.code == 1);
    CHECK(foreign.err.contains(QStringLiteral("O20-participation-by-hand.pdf, which Sujarit did not write")));
    CHECK(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("index.html"))));
    const QString documents = cli.dir.filePath(QStringLiteral("Documents"));
    REQUIRE(QDir().mkpath(documents));
    cli.write(QStringLiteral("Documents/letter.docx"), "mine");
    CHECK(cli.run(args({"ita-pack", "--fiscal-year", "2568", "--out"}) << documents).err.contains(QStringLiteral("not written by Sujarit")));
    CHECK(QFileInfo::exists(documents + QStringLiteral("/letter.docx")));
    CHECK(cli.run(args({"ita-pack", "--fiscal-year", "2568", "--out", "/"})).err.contains(QStringLiteral("choose a folder of its own")));
    CHECK(cli.run(args({"ita-pack", "--fiscal-year", "2568", "--out"}) << documents + QStringLiteral("/letter.docx"))
              .err.contains(QStringLiteral("is not a folder")));
    REQUIRE(QFile::link(dir, cli.dir.filePath(QStringLiteral("linked"))));
    CHECK(cli.run(args({"ita-pack", "--fiscal-year", "2568", "--out"}) << cli.dir.filePath(QStringLiteral("linked")))
              .err.contains(QStringLiteral("is not a folder")));

    // A failure half-way (the Garuda of the announcements is not an image) leaves the earlier pack as it was.
    QFile::remove(QDir(dir).filePath(QStringLiteral("O20-participation-by-hand.pdf")));
    const QDateTime before = QFileInfo(QDir(dir).filePath(QStringLiteral("index.html"))).lastModified();
    cli.ok(args({"office", "set", "emblem_path"}) << cli.write(QStringLiteral("garuda.png"), "not a picture"));
    const Result broken = cli.run(args({"ita-pack", "--fiscal-year", "2568", "--out"}) << dir);
    CHECK(broken.code == 1);
    CHECK(broken.err.contains(QStringLiteral("is as it was")));
    CHECK(QFileInfo(QDir(dir).filePath(QStringLiteral("index.html"))).lastModified() == before);
    CHECK(QDir(cli.dir.path()).entryList({QStringLiteral(".ita-2568.*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
}

TEST_CASE("the ITA item list is data: shipped years, a borrowed list, an administrator's corrections", "[cli][ita]")
{
    Cli cli;
    cli.today = QStringLiteral("2026-11-20");
    cli.init();
    cli.ok(args({"office", "set", "name", "องค์การบริหารส่วนตำบลโคกแย้"}));
    CHECK(items(cli, "2569").contains(QStringLiteral("O26")));
    CHECK(items(cli, "2566").value(QStringLiteral("O33"))[QStringLiteral("answers")].toArray().first().toString()
          == QStringLiteral("gift_report"));
    // 2570 has no list yet: 2569's is used, and the command says so.
    const Result borrowed = cli.ok(args({"ita", "items", "--fiscal-year", "2570"}));
    CHECK(borrowed.err.contains(QStringLiteral("the list of 2569 is used")));
    cli.ok(args({"ita", "set-item", "--fiscal-year", "2570", "--code", "O27", "--title", "รายงานการประชุมคณะกรรมการจริยธรรม",
                 "--answers", "ethics"}));
    auto y2570 = items(cli, "2570");
    CHECK(y2570.contains(QStringLiteral("O27")));
    CHECK(y2570.contains(QStringLiteral("O18"))); // the borrowed items are kept with the new one
    CHECK(!cli.ok(args({"ita", "items", "--fiscal-year", "2570"})).err.contains(QStringLiteral("is used"))); // the office's own list now
    cli.ok(args({"ita", "set-item", "--fiscal-year", "2570", "--code", "o18", "--title", "ข้อมูลสถิติ"}));
    CHECK(items(cli, "2570").value(QStringLiteral("O18"))[QStringLiteral("title")].toString() == QStringLiteral("ข้อมูลสถิติ"));
    CHECK(items(cli, "2570").value(QStringLiteral("O18"))[QStringLiteral("answers")].toArray().size() == 1); // kept
    cli.ok(args({"ita", "remove-item", "--fiscal-year", "2570", "--code", "O27"}));
    CHECK(!items(cli, "2570").contains(QStringLiteral("O27")));
    // The older command still names the statistics item.
    cli.ok(args({"settings", "ita-item", "2570", "O30"}));
    CHECK(cli.ok(args({"settings", "ita-item", "2570"})).out.trimmed() == QStringLiteral("O30"));
    CHECK(items(cli, "2570").value(QStringLiteral("O30"))[QStringLiteral("answers")].toArray().first().toString()
          == QStringLiteral("statistics"));

    // Bad input: a clear message and nothing changed.
    CHECK(cli.run(args({"ita", "set-item", "--fiscal-year", "2570", "--code", "O/19", "--title", "x"})).err.contains(QStringLiteral("such as O19")));
    CHECK(cli.run(args({"ita", "set-item", "--fiscal-year", "2570", "--code", "O40", "--answers", "poetry"}))
              .err.contains(QStringLiteral("poetry is not something Sujarit writes")));
    CHECK(cli.run(args({"ita", "set-item", "--fiscal-year", "2570", "--code", "O41"})).err.contains(QStringLiteral("needs its title")));
    CHECK(!items(cli, "2570").contains(QStringLiteral("O41")));

    // Only an administrator corrects the list; a clerk may not even read the pack.
    const QString clerk = cli.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    Q_UNUSED(clerk);
    CHECK(cli.as(QStringLiteral("clerk")).run(args({"ita", "set-item", "--fiscal-year", "2570", "--code", "O18", "--title", "x"})).code == 1);
    CHECK(cli.as(QStringLiteral("clerk")).run(args({"ita", "items", "--fiscal-year", "2570"})).code == 1);
    CHECK(cli.as(QStringLiteral("clerk")).run(args({"ita-pack", "--fiscal-year", "2570", "--out"}) << cli.dir.filePath(QStringLiteral("x"))).code == 1);
}

TEST_CASE("print manual: the complaint-handling manual follows the office's settings", "[cli][ita]")
{
    Cli cli;
    cli.init();
    const QString pdf = cli.dir.filePath(QStringLiteral("manual.pdf"));
    CHECK(cli.run(args({"print", "manual", "--out"}) << pdf).err.contains(QStringLiteral("lacks")));
    CHECK(!QFileInfo::exists(pdf));
    for (const auto& [key, value] : std::initializer_list<std::pair<const char*, const char*>>{
             {"name", "องค์การบริหารส่วนตำบลโคกแย้"},
             {"address", "เลขที่ 40 หมู่ 6 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230"},
             {"unit_phone", "036-374047 ต่อ 17"},
             {"hotline", "091-7715901"},
             {"responsible_unit", "สำนักปลัด งานกฎหมายและคดี"}})
        cli.ok(args({"office", "set", key, value}));
    cli.ok(args({"print", "manual", "--out"}) << pdf);
    QString text = squeezed(pdfText(pdf));
    CHECK(text.contains(squeezed(QStringLiteral("แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต"))));
    CHECK(text.contains(squeezed(QStringLiteral("036-374047 ต่อ 17"))));
    CHECK(text.contains(squeezed(QStringLiteral("สายตรงผู้บริหาร 091-7715901"))));
    CHECK(text.contains(squeezed(QStringLiteral("ภายใน 15 วันทำการ"))));
    CHECK(text.contains(squeezed(QStringLiteral("บัตรสนเท่ห์ที่ไม่ระบุพยานหลักฐาน"))));
    CHECK(!text.contains(squeezed(QStringLiteral("ภายใน 10 วันทำการ"))));
    // Seed 003's sections, in its order (each heading's first words: the seed's text has glitches from its PDF).
    QFile seed(QStringLiteral(TEST_DATA_DIR "/seeds/003-complaint-handling-manual.txt"));
    REQUIRE(seed.open(QIODevice::ReadOnly));
    qsizetype at = 0;
    int sections = 0;
    for (const QString& line : QString::fromUtf8(seed.readAll()).split(u'\n')) {
        const auto m = QRegularExpression(QStringLiteral("^\\s*[0-9๐-๙]+\\.\\s*(\\S.*)$")).match(line);
        if (!m.hasMatch())
            continue;
        const QString words = squeezed(m.captured(1)).left(10);
        INFO("seed 003 section " << m.captured(1).trimmed().toStdString());
        const qsizetype found = text.indexOf(words, at);
        CHECK(found > at);
        at = std::max(at, found);
        ++sections;
    }
    CHECK(sections == 13);

    cli.ok(args({"settings", "deadline", "first_answer", "10", "working_days"}));
    cli.ok(args({"settings", "deadline", "notify_result", "5", "working_days"}));
    cli.ok(args({"print", "manual", "--out"}) << pdf);
    text = squeezed(pdfText(pdf));
    CHECK(text.contains(squeezed(QStringLiteral("ภายใน 10 วันทำการ"))));
    CHECK(!text.contains(squeezed(QStringLiteral("ภายใน 15 วันทำการ"))));
    CHECK(text.contains(squeezed(QStringLiteral("ภายใน 5 วันทำการ นับจากวันที่เรื่องยุติ"))));
}
