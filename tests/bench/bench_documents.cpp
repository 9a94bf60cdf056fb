// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the official documents: one filled complaint form, and a 1,000-row register, written as real PDFs.
// Usage: bench_documents [ROWS=1000]. Prints figures; asserts nothing (see README "Performance").
#include "BenchSupport.h"
#include "complaints/ComplaintRepository.h"
#include "documents/ComplaintForm.h"
#include "documents/PageWriter.h"
#include "documents/PdfExport.h"
#include "documents/RegisterDocument.h"
#include "office/OfficeProfile.h"
#include "storage/Database.h"
#include "schema/RegisterSchema.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>


using namespace sujarit;


int main(int argc, char* argv[])
{
    sujarit::schema::install(); // the register's schema, before any database is opened
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    storage::Database db;
    if (!db.open(dir.filePath(QStringLiteral("bench.db"))))
        return 1;
    db.setSession(benchSession());
    complaints::ComplaintRepository repo(db, [] { return QDateTime(QDate(2025, 10, 15), QTime(12, 0)); });
    QList<complaints::Complaint> batch;
    for (int i = 0; i < rows; ++i) {
        complaints::Complaint c;
        c.receivedAt = QDateTime(QDate(2024, 10, 1).addDays(i % 365), QTime(9, 0).addSecs(60 * (i % 400)));
        c.channel = QStringLiteral("walk_in");
        c.category = QStringLiteral("misconduct");
        c.complainant.name = QStringLiteral("นายสมชาย ใจดี %1").arg(i);
        c.subject = QStringLiteral("ละเว้นการปฏิบัติหน้าที่ในการเก็บขยะมูลฝอยในหมู่บ้าน เรื่องที่ %1").arg(i);
        c.details = QStringLiteral("ผู้ร้องพบเห็นเหตุการณ์ดังกล่าว และมีหลักฐานภาพถ่าย ขอให้ตรวจสอบข้อเท็จจริงและดำเนินการตามระเบียบ");
        c.accused = {QStringLiteral("นายสุรชัย พึ่งบุญ"), QStringLiteral("นายช่างโยธา"), QStringLiteral("กองช่าง")};
        batch << c;
    }
    if (!repo.add(batch))
        return 1;
    office::OfficeProfile office;
    office.name = QStringLiteral("องค์การบริหารส่วนตำบลโคกแย้");
    office.district = QStringLiteral("หนองแค");
    office.province = QStringLiteral("สระบุรี");
    office.executiveTitle = QStringLiteral("นายกองค์การบริหารส่วนตำบลโคกแย้");
    const complaints::Complaint first = *repo.find(batch.first().receipt);
    const QString form = dir.filePath(QStringLiteral("form.pdf"));
    QString error;
    const double formMs = medianMs(50, [&](int) {
        documents::writePdf(form, QPageLayout::Portrait,
                            [&](documents::PageWriter& p, QString* e) { return documents::paintComplaintForm(p, &first, office, e); },
                            &error);
    });
    const QString reg = dir.filePath(QStringLiteral("register.pdf"));
    documents::RegisterOptions options;
    options.fiscalYear = 2568;
    options.today = QDate(2025, 10, 15);
    const double registerMs = medianMs(5, [&](int) {
        documents::writePdf(reg, QPageLayout::Landscape,
                            [&](documents::PageWriter& p, QString* e) { return documents::paintRegister(p, db, office, options, e); },
                            &error);
    });
    out << QStringLiteral("one filled complaint form (median of 50): %1 ms, %2 KiB\n")
               .arg(formMs, 0, 'f', 1)
               .arg(QFileInfo(form).size() / 1024);
    out << QStringLiteral("register of %1 rows (median of 5): %2 ms, %3 KiB\n")
               .arg(rows)
               .arg(registerMs, 0, 'f', 1)
               .arg(QFileInfo(reg).size() / 1024);
    out << QStringLiteral("peak memory of the whole run: %1 MiB\n").arg(peakKiB() / 1024.0, 0, 'f', 1);
    return 0;
}
