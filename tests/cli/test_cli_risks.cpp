// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the corruption-risk register through sujarit-cli — a register from seed 002, risks added from JSON and
// assessed, refusals that write nothing, the ranked JSON, CSV and Excel, a follow-up round locked, and the printed
// assessment (its heat map looked at with pdftoppm, its cells read back with pdftotext -bbox) and round report.
#include "CliRunner.h"

#include <QImage>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const char* Risks = R"([
 {"process": "การจัดซื้อจัดจ้าง", "event": "กำหนดคุณลักษณะเฉพาะ (TOR) เอื้อผู้เสนอราคารายหนึ่ง", "type": "budget",
  "likelihood": 4, "impact": 4, "division": "กองคลัง", "causes": "ผู้กำหนด TOR ขาดความรู้", "controls": "คณะกรรมการกำหนดราคากลาง",
  "measures": [{"title": "เผยแพร่ร่าง TOR ให้ประชาชนวิจารณ์", "owner": "กองคลัง", "person": "ผู้อำนวยการกองคลัง", "due": "31/3/2570"}]},
 {"process": "การอนุญาตก่อสร้างอาคาร", "event": "เรียกรับเงินเพื่ออนุญาตเร็วขึ้น", "type": "permits", "likelihood": 3,
  "impact": 5, "division": "กองช่าง", "measures": [{"title": "ประกาศขั้นตอนและระยะเวลาการอนุญาต", "owner": "กองช่าง"}]},
 {"process": "การใช้รถราชการ", "event": "นำรถไปใช้ส่วนตัว", "type": "authority", "likelihood": 2, "impact": 2}
])";

struct Word
{
    QString text;
    QRectF box; ///< points, from the page's top-left
};

/** The words of page \a page with their boxes, as pdftotext -bbox reads them. */
QList<Word> words(const QString& pdf, int page)
{
    const QString html = runProgram(QStringLiteral("pdftotext"),
                                    {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                     QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<Word> out;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out.append({m.captured(5), QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                          QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return out;
}

QRectF boxOf(const QList<Word>& list, const QString& text)
{
    for (const Word& w : list)
        if (w.text == text)
            return w.box;
    FAIL("no word " << text.toStdString());
    return {};
}

} // namespace

TEST_CASE("risks: a register from seed 002, risks from JSON, refusals that write nothing, ranked lists", "[cli][risks]")
{
    Cli cli;
    cli.today = QStringLiteral("2026-11-20");
    cli.init();
    cli.ok(args({"office", "set", "name", "องค์การบริหารส่วนตำบลโคกแย้"}));
    cli.ok(args({"office", "set", "divisions", "สำนักปลัด, กองคลัง, กองช่าง"}));
    CHECK(cli.ok(args({"risks", "new", "--fiscal-year", "2570", "--template", "seed002"}))
              .out.contains(QStringLiteral("6 risk(s), 7 measure(s)")));
    CHECK(cli.run(args({"risks", "new", "--fiscal-year", "2570", "--template", "empty"})).err.contains(QStringLiteral("already")));
    CHECK(cli.run(args({"risks", "new", "--fiscal-year", "2571", "--template", "seed003"})).err.contains(QStringLiteral("seed002, copy:BBBB, empty")));

    const auto refused = [&](const char* json, const char* words) {
        INFO(json);
        const Result r = cli.run(args({"risks", "add", "--fiscal-year", "2570", "--json", "-"}), json);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QString::fromUtf8(words)));
        CHECK(r.err.contains(QStringLiteral("nothing was added")));
    };
    refused(R"([{"process":"p","event":"e","type":"budget","likelihood":3,"impact":3},
                {"process":"p","event":"e","type":"budget","likelihood":7,"impact":3}])", "-: risk 2: likelihood: 7 is not 1 to 5");
    refused(R"({"process":"p","type":"budget","likelihood":3,"impact":3})", "risk 1: event");
    refused(R"({"process":"p","event":"e","type":"gambling","likelihood":3,"impact":3})", "type: “gambling” is not one of");
    refused(R"({"process":"p","event":"e","type":"budget","likelihood":3,"impact":3,"measures":[{"title":"t","owner":"กองประปา"}]})",
            "owner: “กองประปา” is not one of the office's divisions");
    refused(R"({"process":"p","event":"e","type":"budget","likelihood":3,"impact":3,"measures":[{"title":"t","plan_activity":"9.9"}]})",
            "plan_activity");
    CHECK(QJsonDocument::fromJson(cli.ok(args({"risks", "list", "--fiscal-year", "2570", "--format", "json"})).out.toUtf8())
              .array()
              .size()
          == 6);

    CHECK(cli.ok(args({"risks", "add", "--fiscal-year", "2570", "--json", "-"}), Risks).out.contains(QStringLiteral("R7")));
    cli.ok(args({"risks", "edit", "1", "--fiscal-year", "2570", "--json", "-"}),
           R"({"process": "การออกข้อบัญญัติ", "likelihood": 4, "impact": 4})");
    CHECK(cli.run(args({"risks", "edit", "1", "--fiscal-year", "2570", "--json", "-"}), R"({"impact": 9})")
              .err.contains(QStringLiteral("impact: 9 is not 1 to 5")));
    const QJsonArray list
        = QJsonDocument::fromJson(cli.ok(args({"risks", "list", "--fiscal-year", "2570", "--format", "json"})).out.toUtf8()).array();
    REQUIRE(list.size() == 9);
    // R1 (4 × 4, impact 4, likelihood 4) ties R7 wholly: both rank 1; R8 (3 × 5 = 15) is third.
    const auto at = [&](int i) { return list[i].toObject(); };
    CHECK(at(0)[QStringLiteral("number")].toInt() == 1);
    CHECK(at(0)[QStringLiteral("rank")].toInt() == 1);
    CHECK(at(1)[QStringLiteral("number")].toInt() == 7);
    CHECK(at(1)[QStringLiteral("rank")].toInt() == 1);
    CHECK(at(2)[QStringLiteral("number")].toInt() == 8);
    CHECK(at(2)[QStringLiteral("rank")].toInt() == 3);
    CHECK(at(2)[QStringLiteral("score")].toInt() == 15);
    CHECK(at(2)[QStringLiteral("level")].toString() == QStringLiteral("high"));
    CHECK(at(3)[QStringLiteral("level")].toString() == QStringLiteral("low"));
    CHECK(at(4)[QStringLiteral("rank")].isNull()); // seed 002's risks not yet assessed
    for (const char* key : {"id", "likelihood", "impact", "score", "level", "rank", "measures"})
        CHECK(at(1).contains(QString::fromLatin1(key)));
    const QJsonArray measures = at(1)[QStringLiteral("measures")].toArray();
    REQUIRE(measures.size() == 8); // its own, and seed 002's seven against all risks
    CHECK(measures[0].toObject()[QStringLiteral("owner")].toString() == QStringLiteral("กองคลัง"));
    CHECK(measures[0].toObject()[QStringLiteral("due")].toString() == QStringLiteral("2027-03-31"));
    const qint64 torMeasure = measures[0].toObject()[QStringLiteral("id")].toInteger();
    const qint64 r7 = at(1)[QStringLiteral("id")].toInteger();

    // A risk entered by mistake is removed; one followed up later stays (below).
    cli.ok(args({"risks", "add", "--fiscal-year", "2570", "--json", "-"}),
           R"({"process": "ทดสอบ", "event": "พิมพ์ผิด", "type": "other", "likelihood": 1, "impact": 1})");
    const QJsonArray withMistake
        = QJsonDocument::fromJson(cli.ok(args({"risks", "list", "--fiscal-year", "2570", "--format", "json"})).out.toUtf8()).array();
    qint64 mistake = 0;
    for (const QJsonValue& v : withMistake)
        if (v.toObject()[QStringLiteral("event")].toString() == QStringLiteral("พิมพ์ผิด"))
            mistake = v.toObject()[QStringLiteral("id")].toInteger();
    REQUIRE(mistake > 0);
    cli.ok(args({"risks", "remove", "--fiscal-year", "2570", "--risk"}) << QString::number(mistake));
    CHECK(cli.run(args({"risks", "remove", "--fiscal-year", "2570", "--risk"}) << QString::number(mistake))
              .err.contains(QStringLiteral("has no risk")));

    // Types are data: another guide's type is added, and then accepted.
    CHECK(cli.run(args({"risks", "types", "add", "Bad Code", "x"})).err.contains(QStringLiteral("is not a code")));
    CHECK(cli.ok(args({"risks", "types", "add", "procurement_collusion", "การสมยอมกันในการเสนอราคา"})).out.contains(QStringLiteral("procurement_collusion")));
    cli.ok(args({"risks", "add", "--fiscal-year", "2570", "--json", "-"}),
           R"({"process": "การจัดซื้อจัดจ้าง", "event": "ผู้เสนอราคาสมยอมกัน", "type": "procurement_collusion", "likelihood": 1, "impact": 1})");

    // Bands are the office's: with high from 16, R8's 15 is medium.
    cli.ok(args({"risks", "bands", "5", "16", "20"}));
    CHECK(QJsonDocument::fromJson(cli.ok(args({"risks", "list", "--fiscal-year", "2570", "--format", "json"})).out.toUtf8())
              .array()[2].toObject()[QStringLiteral("level")].toString() == QStringLiteral("medium"));
    CHECK(cli.run(args({"risks", "bands", "10", "5", "20"})).err.contains(QStringLiteral("rise")));
    cli.ok(args({"risks", "bands", "5", "10", "17"}));

    // CSV and Excel of the register, Excel read back by another program.
    const QString csv = cli.ok(args({"risks", "list", "--fiscal-year", "2570", "--format", "csv"})).out;
    CHECK(csv.contains(QStringLiteral("เหตุการณ์ความเสี่ยง")));
    CHECK(csv.contains(QStringLiteral("เรียกรับเงินเพื่ออนุญาตเร็วขึ้น")));
    const QString xlsx = cli.dir.filePath(QStringLiteral("risks.xlsx"));
    cli.ok(args({"risks", "list", "--fiscal-year", "2570", "--format", "xlsx", "--out"}) << xlsx);
    const QString cells = readXlsx(xlsx, QStringLiteral("[[c.value for c in r] for r in ws.iter_rows()]"));
    CHECK(cells.contains(QStringLiteral("'R8'")));
    CHECK(cells.contains(QStringLiteral("15")));

    // Follow-up: a bad entry refuses the whole round; a good one is kept; a locked round takes no more.
    const Result bad = cli.run(args({"risks", "follow-up", "--fiscal-year", "2570", "--round", "6", "--json", "-"}),
                               QStringLiteral(R"([{"measure": %1, "status": "done"}, {"measure": 99999, "status": "done"}])")
                                   .arg(torMeasure).toUtf8());
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("entry 2: measure: the register of 2570 has no measure 99999")));
    CHECK(bad.err.contains(QStringLiteral("nothing was recorded")));
    cli.ok(args({"risks", "follow-up", "--fiscal-year", "2570", "--round", "6", "--json", "-"}),
           QStringLiteral(R"([{"measure": %1, "status": "done", "done": "เผยแพร่ร่าง TOR 12 โครงการ"},
                              {"risk": %2, "likelihood": 2, "impact": 4}])")
               .arg(torMeasure)
               .arg(r7)
               .toUtf8());
    CHECK(cli.run(args({"risks", "remove", "--fiscal-year", "2570", "--risk"}) << QString::number(r7))
              .err.contains(QStringLiteral("stays on the register")));
    cli.ok(args({"risks", "lock", "--fiscal-year", "2570", "--round", "6", "--by", "นางสาวสมใจ รักษ์ดี"}));
    CHECK(cli.run(args({"risks", "follow-up", "--fiscal-year", "2570", "--round", "6", "--json", "-"}),
                  QStringLiteral(R"({"measure": %1, "status": "in_progress"})").arg(torMeasure).toUtf8())
              .err.contains(QStringLiteral("locked")));
    // An administrator changes the locked round with a reason; the change is logged with what it was.
    cli.ok(args({"risks", "follow-up", "--fiscal-year", "2570", "--round", "6", "--json", "-", "--admin", "นายสมชาย ใจดี",
                 "--reason", "แก้ตามหนังสือของอำเภอ"}),
           QStringLiteral(R"({"measure": %1, "status": "done", "done": "เผยแพร่ร่าง TOR 14 โครงการ"})").arg(torMeasure).toUtf8());
    const QJsonArray changes
        = QJsonDocument::fromJson(cli.ok(args({"risks", "changes", "--fiscal-year", "2570"})).out.toUtf8()).array();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0][QStringLiteral("reason")].toString() == QStringLiteral("แก้ตามหนังสือของอำเภอ"));
    CHECK(changes[0][QStringLiteral("by")].toString().contains(QStringLiteral("นายสมชาย ใจดี")));
    CHECK(changes[0][QStringLiteral("before")][QStringLiteral("done")].toString() == QStringLiteral("เผยแพร่ร่าง TOR 12 โครงการ"));
    CHECK(changes[0][QStringLiteral("after")][QStringLiteral("done")].toString() == QStringLiteral("เผยแพร่ร่าง TOR 14 โครงการ"));

    const QJsonObject six = QJsonDocument::fromJson(cli.ok(args({"risks", "list", "--fiscal-year", "2570", "--format", "json"})).out.toUtf8())
                                .array()[1].toObject()[QStringLiteral("rounds")].toObject()[QStringLiteral("6")].toObject();
    CHECK(six[QStringLiteral("level")].toString() == QStringLiteral("medium"));
    CHECK(six[QStringLiteral("measures")].toObject()[QString::number(torMeasure)].toObject()[QStringLiteral("status")].toString()
          == QStringLiteral("done"));

    // A clerk may not touch the register, nor read it.
    cli.addUser(QStringLiteral("somsri"), QStringLiteral("clerk"));
    CHECK(cli.as(QStringLiteral("somsri")).run(args({"risks", "list", "--fiscal-year", "2570"})).code == 1);
    CHECK(cli.as(QStringLiteral("somsri")).run(args({"risks", "add", "--fiscal-year", "2570", "--json", "-"}), Risks).code == 1);

    // The printed assessment: the heat map's page, then the ranked register.
    const QString pdf = cli.dir.filePath(QStringLiteral("assessment.pdf"));
    cli.ok(args({"print", "risk-assessment", "--fiscal-year", "2570", "--out"}) << pdf);
    const QString first = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-l"),
                                                                    QStringLiteral("1"), pdf, QStringLiteral("-")});
    CHECK(first.contains(QStringLiteral("รายงานผลการประเมินความเสี่ยงการทุจริต")));
    CHECK(first.contains(QStringLiteral("สูงมาก คะแนน 17–25: 0 ความเสี่ยง")));
    CHECK(first.contains(QStringLiteral("สูง คะแนน 10–16: 3 ความเสี่ยง")));
    CHECK(first.contains(QStringLiteral("ยังไม่ได้ประเมิน: 5 ความเสี่ยง")));
    const QString all = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    CHECK(all.contains(QStringLiteral("เรียงตามลำดับความเสี่ยง")));
    CHECK(all.contains(QStringLiteral("3 × 5 = 15")));

    // Each risk in its cell: R1 and R7 (likelihood 4, impact 4) share one, R8 (3, 5) is one column left and one row
    // up, R9 (2, 2) lower left; and the cell under each is coloured for its level.
    const QList<Word> page = words(pdf, 1);
    const QRectF b1 = boxOf(page, QStringLiteral("R1")), b7 = boxOf(page, QStringLiteral("R7")),
                 b8 = boxOf(page, QStringLiteral("R8")), b9 = boxOf(page, QStringLiteral("R9"));
    CHECK(std::abs(b1.center().y() - b7.center().y()) < 2);
    const qreal cell = 24 * 72 / 25.4; // 24 mm in points
    CHECK(std::abs(b1.center().x() - b7.center().x()) < cell / 2); // the same cell
    CHECK(std::abs(b7.center().x() - b8.center().x() - cell) < cell / 2);
    CHECK(std::abs(b7.center().y() - b8.center().y() - cell) < cell / 2);
    CHECK(std::abs(b9.center().x() - (b8.center().x() - cell)) < cell / 2);
    CHECK(std::abs(b9.center().y() - (b7.center().y() + 2 * cell)) < cell / 2);
    runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"),
                                            QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                            QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                                            cli.dir.filePath(QStringLiteral("heat"))});
    const QImage heat(cli.dir.filePath(QStringLiteral("heat.png")));
    REQUIRE(!heat.isNull());
    // A point of the cell beside the R-number (72 dpi: one pixel a point), away from the text.
    const auto colourBeside = [&](const QRectF& box) { return heat.pixelColor(int(box.right() + 8), int(box.center().y())); };
    const auto isOrange = [](QColor c) { return c.red() > 230 && c.green() > 140 && c.green() < 190 && c.blue() < 80; };
    const auto isGreen = [](QColor c) { return c.green() > 170 && c.red() < 170 && c.blue() < 110; };
    CHECK(isOrange(colourBeside(b7))); // 16: high
    CHECK(isOrange(colourBeside(b8))); // 15: high
    CHECK(isGreen(colourBeside(b9))); // 4: low

    const QString report = cli.dir.filePath(QStringLiteral("round6.pdf"));
    cli.ok(args({"print", "risk-report", "--fiscal-year", "2570", "--round", "6", "--out"}) << report);
    const QString text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), report, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("รอบ 6 เดือน")));
    CHECK(text.contains(QStringLiteral("เผยแพร่ร่าง TOR 14 โครงการ")));
    CHECK(text.contains(QStringLiteral("ส่งรายงานแล้ว")));
    CHECK(QString(text).remove(QRegularExpression(QStringLiteral("\\s"))).contains(QStringLiteral("ปานกลาง(8)"))); // R7 after
}
