// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuarterlyReport.h"

#include "PageWriter.h"
#include "TablePainter.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "complaints/ComplaintRepository.h"
#include "office/OfficeProfile.h"

#include <QCoreApplication>
#include <QMap>

namespace sujarit::documents {

namespace {
struct QuarterText {
    Q_DECLARE_TR_FUNCTIONS(QuarterText)
};
constexpr qreal Body = 15;
} // namespace

bool paintQuarterlyReport(PageWriter& page, storage::Database& db, const office::OfficeProfile& office, int fiscalYear,
                          int quarter, QDate today, QString* error)
{
    if (office.name.isEmpty()) {
        if (error)
            *error = QuarterText::tr("the office profile lacks its name (name); set it with “sujarit-cli office set”");
        return false;
    }
    complaints::ComplaintFilter filter;
    filter.from = calendar::fiscalQuarterStart(fiscalYear, quarter);
    filter.to = calendar::fiscalQuarterEnd(fiscalYear, quarter);
    complaints::ComplaintRepository repo(db);
    const auto rows = repo.list(filter);
    if (!rows) {
        if (error)
            *error = repo.errorString();
        return false;
    }
    QMap<QString, int> byChannel, byCategory, byStatus;
    int overdue = 0, completed = 0;
    for (const auto& s : *rows) {
        ++byChannel[s.channel];
        ++byCategory[s.category];
        ++byStatus[s.status];
        overdue += s.isOverdue(today) ? 1 : 0;
        completed += complaints::isCompleted(s.status) ? 1 : 0;
    }

    const qreal center = page.left + page.contentWidth() / 2;
    const qreal lh = page.lineHeight(Body) * 1.25;
    page.y = page.top;
    page.text(center, page.y, QStringLiteral("รายงานสรุปผลการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"), 17, true,
              Align::Center);
    page.y += lh;
    page.text(center, page.y,
              QStringLiteral("ประจำไตรมาสที่ %1 ปีงบประมาณ %2 (%3 – %4)")
                  .arg(quarter)
                  .arg(fiscalYear)
                  .arg(calendar::formatThaiDate(*filter.from), calendar::formatThaiDate(*filter.to)),
              Body, true, Align::Center);
    page.y += lh;
    page.text(center, page.y, office.fullName(), Body, false, Align::Center);
    page.y += lh * 1.3;
    page.text(page.left, page.y,
              QStringLiteral("เรียน %1").arg(office.executiveTitle.isEmpty() ? QStringLiteral("ผู้บริหาร") : office.executiveTitle),
              Body);
    page.y += lh;
    const QString summary = rows->isEmpty()
        ? QStringLiteral("ในไตรมาสนี้ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
        : QStringLiteral("ในไตรมาสนี้ได้รับเรื่องร้องเรียนทั้งสิ้น %1 เรื่อง ดำเนินการแล้วเสร็จ %2 เรื่อง อยู่ระหว่างดำเนินการ %3 เรื่อง "
                         "และเกินกำหนดเวลา ณ วันที่ %4 จำนวน %5 เรื่อง รายละเอียดดังนี้")
              .arg(rows->size())
              .arg(completed)
              .arg(rows->size() - completed)
              .arg(calendar::formatThaiDate(today))
              .arg(overdue);
    const QStringList lines = page.wrap(summary, page.contentWidth(), Body, 20);
    for (int i = 0; i < lines.size(); ++i) {
        page.text(i == 0 ? page.left + 20 : page.left, page.y, lines[i], Body);
        page.y += lh;
    }

    auto countTable = [&](const QString& title, const QList<complaints::Code>& codes, const QMap<QString, int>& counts) {
        page.y += 2;
        if (!page.fits(lh * 3))
            page.newPage();
        page.text(page.left, page.y, title, Body, true);
        page.y += 2;
        TablePainter t(page, {{title.section(u' ', 1), 120}, {QStringLiteral("จำนวน (เรื่อง)"), 40, Align::Center}}, 14);
        int total = 0;
        for (const complaints::Code& c : codes) {
            t.addRow({c.label, QString::number(counts.value(c.code))});
            total += counts.value(c.code);
        }
        t.addRow({QStringLiteral("รวม"), QString::number(total)});
        t.layout(page.y, page.top);
        t.paint([](int) {});
        page.y += lh;
    };
    countTable(QStringLiteral("1. ช่องทาง"), complaints::channels(), byChannel);
    countTable(QStringLiteral("2. ประเภท"), complaints::categories(), byCategory);
    countTable(QStringLiteral("3. ขั้นตอน"), complaints::steps(), byStatus);

    if (!page.fits(lh * 4))
        page.newPage();
    page.text(page.left, page.y, QStringLiteral("4. รายการเรื่องร้องเรียนในไตรมาส (ไม่เปิดเผยชื่อผู้ร้อง)"), Body, true);
    page.y += 2;
    TablePainter list(page,
                      {{QStringLiteral("เลขที่รับ"), 20, Align::Center},
                       {QStringLiteral("วันที่รับ"), 22, Align::Center},
                       {QStringLiteral("เรื่อง"), 60},
                       {QStringLiteral("หน่วยงานที่ถูกร้อง"), 28},
                       {QStringLiteral("สถานะ"), 30}},
                      14);
    for (const auto& s : *rows)
        list.addRow({s.receipt.toString(), calendar::formatThaiDate(s.receivedDate, calendar::DateStyle::AbbreviatedShortYear),
                     s.subject, s.accusedUnit,
                     complaints::stepShortLabel(s.status)
                         + (s.isOverdue(today) ? QStringLiteral(" (เกินกำหนด)") : QString())});
    list.layout(page.y, page.top);
    list.paint([](int) {});
    if (rows->isEmpty()) {
        page.y += lh;
        page.text(center, page.y, QStringLiteral("ไม่มีเรื่องร้องเรียน"), Body, false, Align::Center);
    }
    page.y += lh * 2;
    if (!page.fits(lh * 4))
        page.newPage();
    page.text(page.left + 90, page.y, QStringLiteral("จึงเรียนมาเพื่อโปรดทราบ"), Body, false, Align::Center);
    page.y += lh * 2.5;
    page.formLine(page.left + 60, page.y, {words(QStringLiteral("ลงชื่อ")), field(QString(), -1), words(QStringLiteral("ผู้รายงาน"))},
                  Body, page.left + 150);
    return true;
}

} // namespace sujarit::documents
