// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the complaint register: generates realistic complaints over ten fiscal years, imports them through
// the real CSV path into a real SQLite file, then times search, a fiscal-year list and the overdue query.
// Usage: bench_register [COUNT=100000] [DB_PATH]. Prints figures; asserts nothing (see README "Performance").
#include "BenchSupport.h"
#include "complaints/ComplaintImport.h"
#include "complaints/ComplaintRepository.h"
#include "storage/Database.h"
#include "text/Csv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>


using namespace sujarit;

namespace {

const QStringList FirstNames = {QStringLiteral("สมชาย"), QStringLiteral("สมศรี"), QStringLiteral("วิชัย"),
                                QStringLiteral("มาลี"), QStringLiteral("อรุณี"), QStringLiteral("ธนากร"),
                                QStringLiteral("จันทร์เพ็ญ"), QStringLiteral("สุรชัย"), QStringLiteral("ลำดวน"),
                                QStringLiteral("ชูชาติ"), QStringLiteral("กิตติ"), QStringLiteral("รัตนา")};
const QStringList LastNames = {QStringLiteral("รักไทย"), QStringLiteral("พึ่งบุญ"), QStringLiteral("แสงทอง"),
                               QStringLiteral("สายสุด"), QStringLiteral("อินทร์แก้ว"), QStringLiteral("บุญมา"),
                               QStringLiteral("เพชรรัตน์"), QStringLiteral("ปานทอง"), QStringLiteral("มีสุข")};
const QStringList Subjects = {
    QStringLiteral("ละเว้นการปฏิบัติหน้าที่ในการเก็บขยะ"), QStringLiteral("ล่าช้าในการซ่อมไฟฟ้าส่องสว่าง"),
    QStringLiteral("เบิกจ่ายค่าตอบแทนเป็นเท็จ"), QStringLiteral("ผู้รับจ้างเป็นญาติของเจ้าหน้าที่"),
    QStringLiteral("เรียกรับเงินค่าออกใบอนุญาตก่อสร้าง"), QStringLiteral("จัดซื้อวัสดุราคาสูงเกินจริง"),
    QStringLiteral("น้ำประปาหมู่บ้านไม่ไหล"), QStringLiteral("พูดจาไม่สุภาพต่อประชาชนผู้มาติดต่อ"),
    QStringLiteral("ไม่ได้รับเบี้ยยังชีพผู้สูงอายุตามกำหนด"), QStringLiteral("ถนนลูกรังชำรุดหลังก่อสร้างไม่นาน")};
const QStringList Channels = {QStringLiteral("ร้องเรียนด้วยตนเอง"), QStringLiteral("ทางไปรษณีย์"),
                              QStringLiteral("ทางโทรศัพท์"), QStringLiteral("ตู้รับเรื่องร้องเรียน"),
                              QStringLiteral("เว็บไซต์"), QStringLiteral("Facebook"), QStringLiteral("สายตรงนายก")};
const QStringList Categories = {QStringLiteral("corruption"), QStringLiteral("misconduct"),
                                QStringLiteral("procurement"), QStringLiteral("service")};
const QStringList Units = {QStringLiteral("สำนักปลัด"), QStringLiteral("กองคลัง"), QStringLiteral("กองช่าง"),
                           QStringLiteral("กองการศึกษา")};

QByteArray generate(int count, QRandomGenerator& rng)
{
    QString csv = QStringLiteral("วันที่รับ,ช่องทาง,ประเภท,ไม่ประสงค์ออกนาม,ชื่อผู้ร้อง,อายุ,ที่อยู่,โทรศัพท์,เรื่อง,"
                                 "รายละเอียด,ขอให้ดำเนินการ,ผู้ถูกร้อง,ตำแหน่ง,สังกัด\r\n");
    csv.reserve(count * 520);
    const QDateTime start(QDate(2016, 10, 1), QTime(8, 30));
    const qint64 span = start.secsTo(QDateTime(QDate(2026, 9, 30), QTime(16, 30)));
    auto pick = [&](const QStringList& l) { return l.at(rng.bounded(int(l.size()))); };
    for (int i = 0; i < count; ++i) {
        const QDateTime at = start.addSecs(rng.bounded(span));
        const bool anonymous = rng.bounded(5) == 0;
        const QString name = anonymous ? QString() : QStringLiteral("นาย%1 %2").arg(pick(FirstNames), pick(LastNames));
        const QString subject = pick(Subjects);
        csv += text::csvLine({at.toString(QStringLiteral("d/M/")) + QString::number(at.date().year() + 543)
                                  + at.toString(QStringLiteral(" HH.mm")) + QStringLiteral(" น."),
                              pick(Channels), pick(Categories), anonymous ? QStringLiteral("ใช่") : QStringLiteral("ไม่ใช่"),
                              name, anonymous ? QString() : QString::number(20 + rng.bounded(60)),
                              anonymous ? QString()
                                        : QStringLiteral("%1 หมู่ที่ %2 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230")
                                              .arg(rng.bounded(1, 400))
                                              .arg(rng.bounded(1, 12)),
                              anonymous ? QString() : QStringLiteral("08%1").arg(rng.bounded(10000000, 99999999)),
                              subject,
                              QStringLiteral("ผู้ร้องพบเห็นเหตุการณ์%1 เมื่อประมาณเดือนที่ผ่านมา มีหลักฐานภาพถ่ายและพยานบุคคล "
                                             "ขอให้ตรวจสอบข้อเท็จจริงและดำเนินการตามระเบียบโดยเร็ว เรื่องที่ %2")
                                  .arg(subject)
                                  .arg(i),
                              QStringLiteral("ขอให้ตรวจสอบข้อเท็จจริงและดำเนินการตามระเบียบ"),
                              QStringLiteral("นาย%1 %2").arg(pick(FirstNames), pick(LastNames)),
                              QStringLiteral("เจ้าพนักงาน"), pick(Units)});
    }
    return csv.toUtf8();
}


} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.db"));
    QFile::remove(path);
    QTextStream out(stdout);
    QRandomGenerator rng(2568);

    const QByteArray csv = generate(count, rng);
    out << "data: " << count << " complaints over fiscal years 2560-2569, CSV " << csv.size() / (1024 * 1024)
        << " MiB (UTF-8, Thai headers and dates)\n";

    storage::Database db;
    if (!db.open(path)) {
        out << db.errorString() << '\n';
        return 1;
    }
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0));
    complaints::ComplaintRepository repo(db, [now] { return now; });

    QElapsedTimer t;
    t.start();
    QString error;
    auto plan = complaints::readRegister(std::move(csv), now, &error);
    if (!plan || !plan->rejected.isEmpty()) {
        out << "read failed: " << error << (plan ? plan->rejected.first().describe() : QString()) << '\n';
        return 1;
    }
    const double readMs = t.nsecsElapsed() / 1e6;
    t.restart();
    if (!complaints::importPlan(repo, *plan, &error)) {
        out << "import failed: " << error << '\n';
        return 1;
    }
    const double writeMs = t.nsecsElapsed() / 1e6;
    out << QStringLiteral("import %1 rows: %2 s (read, check %3 s + write %4 s, one transaction)\n")
               .arg(count)
               .arg((readMs + writeMs) / 1000, 0, 'f', 2)
               .arg(readMs / 1000, 0, 'f', 2)
               .arg(writeMs / 1000, 0, 'f', 2);
    plan.reset();

    // As in a real office, cases older than a few months are closed, but for one in fifty that stalled; the
    // recent ones are open (and, on 21 Nov 2026, mostly overdue since nobody recorded a step in this benchmark).
    db.exec(QStringLiteral("UPDATE complaints SET status = 'closed', next_deadline = NULL, next_clock = '' "
                           "WHERE received_at < '2026-08-01' AND id % 50 <> 0"));
    db.exec(QStringLiteral("ANALYZE"));

    const QStringList words = {QStringLiteral("ขยะ"), QStringLiteral("ไฟฟ้า"), QStringLiteral("ก่อสร้าง"),
                               QStringLiteral("ประปา"), QStringLiteral("แสงทอง"), QStringLiteral("เบี้ยยังชีพ"),
                               QStringLiteral("สุภาพ"), QStringLiteral("ญาติ"), QStringLiteral("เรื่องที่ 4242"),
                               QStringLiteral("ลูกรัง")};
    int hits = 0;
    const double searchMs = medianMs(50, [&](int i) {
        complaints::ComplaintFilter f;
        f.search = words[i % words.size()];
        f.limit = 200;
        hits = repo.list(f)->size();
    });
    const double searchCountMs = medianMs(50, [&](int i) {
        complaints::ComplaintFilter f;
        f.search = words[i % words.size()];
        hits = *repo.count(f);
    });
    const double shortMs = medianMs(20, [&](int) {
        complaints::ComplaintFilter f;
        f.search = QStringLiteral("ขย");
        f.limit = 200;
        repo.list(f);
    });
    int fyRows = 0;
    const double fyMs = medianMs(20, [&](int i) {
        complaints::ComplaintFilter f;
        f.fiscalYear = 2560 + i % 10;
        fyRows = repo.list(f)->size();
    });
    int overdueRows = 0;
    const double overdueMs = medianMs(20, [&](int) {
        complaints::ComplaintFilter f;
        f.overdueOnly = true;
        overdueRows = repo.list(f)->size();
    });
    out << QStringLiteral("search, first 200 matches of a Thai word (median of 50): %1 ms\n").arg(searchMs, 0, 'f', 2);
    out << QStringLiteral("search, count all matches of a Thai word (median of 50): %1 ms (last: %2 hits)\n")
               .arg(searchCountMs, 0, 'f', 2)
               .arg(hits);
    out << QStringLiteral("search, 2-character query, first 200 matches (median of 20): %1 ms\n").arg(shortMs, 0, 'f', 2);
    out << QStringLiteral("list one fiscal year (median of 20): %1 ms (%2 rows)\n").arg(fyMs, 0, 'f', 2).arg(fyRows);
    out << QStringLiteral("overdue query (median of 20): %1 ms (%2 rows)\n").arg(overdueMs, 0, 'f', 2).arg(overdueRows);
    out << QStringLiteral("peak memory: %1 MiB\n").arg(peakKiB() / 1024.0, 0, 'f', 1);
    out << QStringLiteral("database file: %1 MiB\n").arg(QFileInfo(path).size() / (1024.0 * 1024.0), 0, 'f', 1);
    return 0;
}
