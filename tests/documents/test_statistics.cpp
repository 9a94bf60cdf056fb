// SPDX-License-Identifier: GPL-3.0-or-later
// Annual statistics against a hand-built register whose answers are counted here, independently.
#include "TestSupport.h"

#include "complaints/ComplaintRepository.h"
#include "documents/PageWriter.h"
#include "documents/PdfExport.h"
#include "office/OfficeProfile.h"
#include "ita/ItaItems.h"
#include "ita/ItaPack.h"
#include "reports/Statistics.h"
#include "reports/StatisticsExport.h"
#include "text/Csv.h"

#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace sujarit;

namespace {

struct Case {
    const char* received;
    const char* channel;
    const char* category;
    bool anonymous;
    QList<std::pair<const char*, const char*>> steps; ///< step, time (reason or unit after a '|')
};

/** Fills a register with \a cases; returns their receipt numbers. */
void fill(storage::Database& db, const QList<Case>& cases)
{
    complaints::ComplaintRepository repo(db, [] { return dt("2026-01-31T12:00:00"); });
    for (const Case& k : cases) {
        complaints::Complaint c = sampleComplaint(dt(k.received));
        c.channel = QString::fromLatin1(k.channel);
        c.category = QString::fromLatin1(k.category);
        c.anonymous = k.anonymous;
        if (k.anonymous)
            c.complainant = {};
        REQUIRE(repo.add(c));
        for (const auto& [step, at] : k.steps) {
            complaints::StepRequest r;
            const QString s = QString::fromUtf8(step);
            r.step = s.section(u'|', 0, 0);
            const QString extra = s.section(u'|', 1);
            if (r.step == QLatin1String("not_accepted"))
                r.reason = extra;
            else
                r.unit = extra;
            r.at = dt(at);
            INFO(r.step.toStdString());
            REQUIRE(repo.recordStep(c.receipt, r));
        }
    }
}

const QList<Case> Register = {
    // Fiscal year 2567 (before the year asked): one left open (carried over), two completed in time (one of them
    // concluded in September and its result notified in October: completed before the year, so not carried over).
    {"2024-07-01T10:00:00", "walk_in", "service", false,
     {{"registered", "2024-07-01T11:00:00"}, {"accepted", "2024-07-02T09:00:00"}, {"assigned|กองช่าง", "2024-07-02T10:00:00"},
      {"fact_finding", "2024-07-03T09:00:00"}, {"concluded", "2024-09-20T09:00:00"},
      {"complainant_notified", "2024-10-03T09:00:00"}}},
    {"2024-08-01T10:00:00", "post", "corruption", false, {}},
    {"2024-08-02T10:00:00", "post", "service", false,
     {{"registered", "2024-08-02T11:00:00"}, {"not_accepted|private_dispute", "2024-08-05T10:00:00"}}},
    // Fiscal year 2568.
    {"2024-09-30T23:59:00", "walk_in", "misconduct", false, {}}, // still FY 2567: carried over
    {"2024-10-01T00:00:00", "walk_in", "misconduct", false, // first minute of FY 2568
     {{"registered", "2024-10-01T09:00:00"}, {"accepted", "2024-10-02T09:00:00"}, {"assigned|กองช่าง", "2024-10-02T10:00:00"},
      {"progress_notified", "2024-10-10T09:00:00"}, {"fact_finding", "2024-10-11T09:00:00"},
      {"concluded", "2024-10-25T09:00:00"}, {"complainant_notified", "2024-10-28T09:00:00"}}},
    {"2024-11-15T10:00:00", "phone", "procurement", false,
     {{"registered", "2024-11-15T11:00:00"}, {"accepted", "2024-11-18T09:00:00"}, {"assigned|กองคลัง", "2024-11-18T10:00:00"},
      {"fact_finding", "2024-11-19T09:00:00"}, {"concluded", "2025-01-10T09:00:00"},
      {"complainant_notified", "2025-01-30T09:00:00"}}}, // answered late, notified late
    {"2025-01-20T10:00:00", "complaint_box", "service", true, {{"registered", "2025-01-20T11:00:00"}}},
    {"2025-03-31T16:00:00", "website", "corruption", false,
     {{"registered", "2025-03-31T16:30:00"}, {"not_accepted|other_agency_jurisdiction", "2025-04-02T09:00:00"}}},
    {"2025-04-01T08:30:00", "facebook", "misconduct", false, {{"registered", "2025-04-01T09:00:00"}, {"referred|สตง.", "2025-04-03T09:00:00"}}},
    {"2025-09-30T23:59:00", "walk_in", "corruption", true, {}}, // last minute of FY 2568
    // Fiscal year 2569.
    {"2025-10-01T00:00:00", "post", "service", false, {}},
};

} // namespace

TEST_CASE("Statistics of a fiscal year equal the counts made by hand", "[statistics]")
{
    TempRegister r;
    fill(r.db, Register);
    QString error;
    const auto s = reports::computeStatistics(r.db, 2568, false, d("2026-01-31"), &error);
    REQUIRE(s);
    CHECK(s->from == d("2024-10-01"));
    CHECK(s->to == d("2025-09-30"));
    CHECK(s->total == 6); // 1 Oct 2024 00:00 … 30 Sep 2025 23:59: Oct, Nov, Jan, Mar, Apr, Sep
    CHECK(s->completed == 4); // two concluded-and-notified, one not accepted, one referred
    CHECK(s->inProgress == 2); // 20 Jan (registered) and 30 Sep 2025 (received)
    CHECK(s->anonymous == 2);
    CHECK(s->carriedOver == 2); // 1 Aug 2024 (open) and 30 Sep 2024 23:59 (open); 2 Aug was closed in time
    const auto month = [&](const char* key) {
        for (const auto& row : s->breakdown(QStringLiteral("by_month"))->rows)
            if (row.key == QLatin1String(key))
                return row.count;
        return -1;
    };
    CHECK(s->breakdown(QStringLiteral("by_month"))->rows.size() == 12);
    CHECK(s->breakdown(QStringLiteral("by_month"))->rows.first().key == QStringLiteral("10"));
    CHECK(month("10") == 1);
    CHECK(month("11") == 1);
    CHECK(month("1") == 1);
    CHECK(month("3") == 1);
    CHECK(month("4") == 1);
    CHECK(month("9") == 1);
    CHECK(month("12") == 0);
    const auto quarters = s->breakdown(QStringLiteral("by_quarter"))->rows;
    REQUIRE(quarters.size() == 4);
    CHECK(quarters[0].count == 2);
    CHECK(quarters[1].count == 2);
    CHECK(quarters[2].count == 1);
    CHECK(quarters[3].count == 1);
    const auto count = [&](const char* table, const char* key) {
        for (const auto& row : s->breakdown(QString::fromLatin1(table))->rows)
            if (row.key == QString::fromUtf8(key))
                return row.count;
        return -1;
    };
    CHECK(count("by_channel", "walk_in") == 2);
    CHECK(count("by_channel", "email") == 0);
    CHECK(count("by_category", "misconduct") == 2);
    CHECK(count("by_status", "complainant_notified") == 2);
    CHECK(count("by_status", "registered") == 1);
    CHECK(count("by_not_accepted_reason", "other_agency_jurisdiction") == 1);
    CHECK(count("by_division", "กองช่าง") == 1);
    CHECK(count("by_division", "สตง.") == 1);
    // Timeliness: named cases whose answer fell due by 31 Jan 2026: the four named ones of the year.
    CHECK(s->answerDue == 4);
    CHECK(s->answeredInTime == 1); // only 1 Oct 2024 had an answer within 15 working days
    CHECK(s->notifyDue == 2);
    CHECK(s->notifiedInTime == 1);
    REQUIRE(s->medianWorkingDaysToConclusion);

    const QJsonObject json = reports::statisticsToJson(*s);
    for (const char* key : {"fiscal_year", "total", "completed", "in_progress", "anonymous", "by_month", "by_quarter",
                            "by_channel", "by_category", "by_status"})
        CHECK(json.contains(QString::fromLatin1(key)));
    CHECK(json[QStringLiteral("by_month")].toObject().keys().size() == 12);
    CHECK(json[QStringLiteral("by_month")].toObject()[QStringLiteral("12")].toInt(-1) == 0);
    CHECK(json[QStringLiteral("by_quarter")].toObject()[QStringLiteral("4")].toInt() == 1);
    CHECK(json[QStringLiteral("completed")].toInt() == 4);

    const auto half = reports::computeStatistics(r.db, 2568, true, d("2026-01-31"), &error);
    REQUIRE(half);
    CHECK(half->to == d("2025-03-31"));
    CHECK(half->total == 4);
    CHECK(half->breakdown(QStringLiteral("by_month"))->rows.size() == 6);
}

TEST_CASE("An empty year has every month and quarter at zero and says so on paper", "[statistics]")
{
    TempRegister r;
    office::OfficeProfile office;
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    QString error;
    const auto s = reports::computeStatistics(r.db, 2570, false, d("2026-01-31"), &error);
    REQUIRE(s);
    CHECK(s->total == 0);
    CHECK(s->breakdown(QStringLiteral("by_month"))->total() == 0);
    CHECK(s->breakdown(QStringLiteral("by_quarter"))->rows.size() == 4);
    const QString pdf = r.dir.filePath(QStringLiteral("empty.pdf"));
    REQUIRE(documents::writePdf(pdf, QPageLayout::Portrait,
                                [&](documents::PageWriter& p, QString* e) { return reports::paintStatisticsReport(p, *s, office, e); },
                                &error));
    CHECK(runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
              .contains(QStringLiteral("ไม่มีเรื่องร้องเรียน")));
}

TEST_CASE("The workbook re-read by another program matches cell by cell", "[statistics][xlsx]")
{
    TempRegister r;
    fill(r.db, Register);
    office::OfficeProfile office;
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    QString error;
    const auto s = reports::computeStatistics(r.db, 2568, false, d("2026-01-31"), &error);
    REQUIRE(s);
    const QString path = r.dir.filePath(QStringLiteral("stats.xlsx"));
    REQUIRE(reports::writeStatisticsXlsx(*s, office, path, &error));
    // openpyxl (Debian's python3-openpyxl) reads every sheet back as tab-separated rows.
    const QString dump = runProgram(QStringLiteral("/usr/bin/python3"),
                             {QStringLiteral("-c"),
                              QStringLiteral("import openpyxl,sys\n"
                                             "wb=openpyxl.load_workbook(sys.argv[1])\n"
                                             "for ws in wb:\n"
                                             "  for row in ws.iter_rows(values_only=True):\n"
                                             "    print(ws.title+'\\t'+'\\t'.join('' if v is None else repr(v) for v in row))\n"),
                              path});
    const QStringList lines = dump.split(u'\n', Qt::SkipEmptyParts);
    auto cell = [&](const QString& sheet, const QString& label) -> QString {
        for (const QString& l : lines) {
            const QStringList f = l.split(u'\t');
            if (f.size() >= 3 && f[0] == sheet && f[1] == QStringLiteral("'%1'").arg(label))
                return f[2];
        }
        return QStringLiteral("(missing)");
    };
    CHECK(cell(QStringLiteral("สรุป"), QStringLiteral("เรื่องร้องเรียนที่ได้รับทั้งหมด")) == QStringLiteral("6"));
    CHECK(cell(QStringLiteral("สรุป"), QStringLiteral("ดำเนินการแล้วเสร็จ")) == QStringLiteral("4"));
    CHECK(cell(QStringLiteral("สรุป"), QStringLiteral("อยู่ระหว่างดำเนินการ")) == QStringLiteral("2"));
    for (const auto& row : s->breakdown(QStringLiteral("by_month"))->rows)
        CHECK(cell(QStringLiteral("รายเดือน"), row.label) == QString::number(row.count)); // numbers, not text
    for (const auto& row : s->breakdown(QStringLiteral("by_channel"))->rows)
        CHECK(cell(QStringLiteral("ช่องทาง"), row.label) == QString::number(row.count));
    CHECK(cell(QStringLiteral("รายไตรมาส"), QStringLiteral("รวม")) == QStringLiteral("6"));
    CHECK(dump.contains(QStringLiteral("ประจำปีงบประมาณ 2568")));
    CHECK(dump.contains(QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้")));
    CHECK_FALSE(dump.contains(QStringLiteral("จันทร์เพ็ญ"))); // never an identity

    CHECK_FALSE(reports::writeStatisticsXlsx(*s, office, r.dir.filePath(QStringLiteral("no/such/dir/x.xlsx")), &error));
    CHECK(error.contains(QStringLiteral("cannot write")));
}

TEST_CASE("The CSV and the PDF report carry the same counts and no identity", "[statistics]")
{
    TempRegister r;
    fill(r.db, Register);
    office::OfficeProfile office;
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    QString error;
    const auto s = reports::computeStatistics(r.db, 2568, false, d("2026-01-31"), &error);
    REQUIRE(s);
    const QByteArray csv = reports::statisticsToCsv(*s);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const auto rows = text::parseCsv(QString::fromUtf8(csv.mid(3)), u',');
    REQUIRE(rows);
    bool found = false;
    for (const auto& rec : *rows)
        if (rec.fields.value(0) == QStringLiteral("summary") && rec.fields.value(1) == QStringLiteral("completed"))
            found = rec.fields.value(3) == QStringLiteral("4");
    CHECK(found);
    const QString pdf = r.dir.filePath(QStringLiteral("stats.pdf"));
    REQUIRE(documents::writePdf(pdf, QPageLayout::Portrait,
                                [&](documents::PageWriter& p, QString* e) { return reports::paintStatisticsReport(p, *s, office, e); },
                                &error));
    const QString text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("ประจำปีงบประมาณ 2568")));
    CHECK(text.contains(QStringLiteral("จำแนกตามช่องทาง")));
    CHECK(text.contains(QStringLiteral("ร้องเรียนด้วยตนเอง")));
    CHECK_FALSE(text.contains(QStringLiteral("จันทร์เพ็ญ")));
}

TEST_CASE("The ITA pack's statistics: six months and the year, titled with the year's item", "[statistics][ita]")
{
    TempRegister r;
    fill(r.db, Register);
    office::OfficeProfile office;
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    REQUIRE(office.save(r.db));
    ita::ItemStore items(r.db);
    CHECK(items.statisticsItem(2566) == QStringLiteral("O29"));
    CHECK(items.statisticsItem(2568) == QStringLiteral("O19"));
    CHECK(items.statisticsItem(2569) == QStringLiteral("O18"));
    REQUIRE(items.setStatisticsItem(2570, QStringLiteral("o30")));
    CHECK(items.statisticsItem(2570) == QStringLiteral("O30"));
    CHECK_FALSE(items.setStatisticsItem(2570, QStringLiteral("O17"))); // the channels' code, borrowed from 2569
    CHECK(items.errorString().contains(QStringLiteral("O17")));
    QString error;
    const QString dir = r.dir.filePath(QStringLiteral("ita"));
    const auto pack = ita::writePack(r.db, 2568, d("2026-01-31"), dir, &error);
    INFO(error.toStdString());
    REQUIRE(pack);
    const QStringList files = QDir(dir).entryList(QDir::Files);
    CHECK(files.contains(QStringLiteral("O19-complaint-statistics-6-months-2568.pdf")));
    CHECK(files.contains(QStringLiteral("O19-complaint-statistics-2568.csv")));
    const QString year = runProgram(QStringLiteral("pdftotext"),
                             {QStringLiteral("-raw"), QDir(dir).filePath(QStringLiteral("O19-complaint-statistics-2568.pdf")),
                              QStringLiteral("-")});
    CHECK(year.contains(QStringLiteral("O19 ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")));
    CHECK_FALSE(year.contains(QStringLiteral("จันทร์เพ็ญ")));
    const QString later = r.dir.filePath(QStringLiteral("ita-2570"));
    REQUIRE(ita::writePack(r.db, 2570, d("2026-01-31"), later, &error));
    CHECK(runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"),
                                            QDir(later).filePath(QStringLiteral("O30-complaint-statistics-6-months-2570.pdf")),
                                            QStringLiteral("-")})
              .contains(QStringLiteral("ไม่มีเรื่องร้องเรียน")));
}
