// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintReports.h"

#include "PageWriter.h"
#include "TablePainter.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/Deadlines.h"
#include "office/OfficeProfile.h"

#include <QCoreApplication>
#include <QMap>

namespace sujarit::documents {

namespace {
struct QuarterText {
    Q_DECLARE_TR_FUNCTIONS(QuarterText)
};
constexpr qreal Body = 15;

bool needsName(const office::OfficeProfile& office, QString* error)
{
    if (!office.name.isEmpty())
        return true;
    if (error)
        *error = QuarterText::tr("the office profile lacks its name (name); set it with “sujarit-cli office set”");
    return false;
}

/** A heading and a two-column table of counts by \a codes, with the total; \a width mm wide from the left margin. */
void countTable(PageWriter& page, const QString& title, const QList<complaints::Code>& codes,
                const QMap<QString, int>& counts, qreal lh, qreal width = 160)
{
    page.y += 2;
    if (!page.fits(lh * 3))
        page.newPage();
    page.text(page.left, page.y, title, Body, true);
    page.y += 2;
    TablePainter t(page, {{title.section(u' ', 1), width * 0.75}, {QStringLiteral("จำนวน (เรื่อง)"), width * 0.25, Align::Center}},
                   width < 160 ? 13 : 14);
    int total = 0;
    for (const complaints::Code& c : codes) {
        t.addRow({c.label, QString::number(counts.value(c.code))});
        total += counts.value(c.code);
    }
    t.addRow({QStringLiteral("รวม"), QString::number(total)});
    t.layout(page.y, page.top);
    t.paint([](int) {});
    page.y += lh;
}

/** The title lines, the office and "เรียน …" at the top of a report to the executive. */
void heading(PageWriter& page, const office::OfficeProfile& office, const QString& period, qreal lh)
{
    const qreal center = page.left + page.contentWidth() / 2;
    page.y = page.top;
    page.text(center, page.y, QStringLiteral("รายงานสรุปผลการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"), 17, true,
              Align::Center);
    page.y += lh;
    page.text(center, page.y, period, Body, true, Align::Center);
    page.y += lh;
    page.text(center, page.y, office.fullName(), Body, false, Align::Center);
    page.y += lh * 1.3;
    page.text(page.left, page.y,
              QStringLiteral("เรียน %1").arg(office.executiveTitle.isEmpty() ? QStringLiteral("ผู้บริหาร") : office.executiveTitle),
              Body);
    page.y += lh;
}

void paragraph(PageWriter& page, const QString& text, qreal lh)
{
    const QStringList lines = page.wrap(text, page.contentWidth(), Body, 20);
    for (int i = 0; i < lines.size(); ++i) {
        page.text(i == 0 ? page.left + 20 : page.left, page.y, lines[i], Body);
        page.y += lh;
    }
}

/** "จึงเรียนมาเพื่อโปรดทราบ" and the reporter's signature line. */
void closing(PageWriter& page, qreal lh)
{
    page.y += lh * 2;
    if (!page.fits(lh * 4))
        page.newPage();
    page.text(page.left + 90, page.y, QStringLiteral("จึงเรียนมาเพื่อโปรดทราบ"), Body, false, Align::Center);
    page.y += lh * 2.5;
    page.formLine(page.left + 60, page.y, {words(QStringLiteral("ลงชื่อ")), field(QString(), -1), words(QStringLiteral("ผู้รายงาน"))},
                  Body, page.left + 150);
}
} // namespace

bool paintQuarterlyReport(PageWriter& page, storage::Database& db, const office::OfficeProfile& office, int fiscalYear,
                          int quarter, QDate today, QString* error)
{
    if (!needsName(office, error))
        return false;
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
    heading(page, office,
            QStringLiteral("ประจำไตรมาสที่ %1 ปีงบประมาณ %2 (%3 – %4)")
                .arg(quarter)
                .arg(fiscalYear)
                .arg(calendar::formatThaiDate(*filter.from), calendar::formatThaiDate(*filter.to)),
            lh);
    const QString summary = rows->isEmpty()
        ? QStringLiteral("ในไตรมาสนี้ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
        : QStringLiteral("ในไตรมาสนี้ได้รับเรื่องร้องเรียนทั้งสิ้น %1 เรื่อง ดำเนินการแล้วเสร็จ %2 เรื่อง อยู่ระหว่างดำเนินการ %3 เรื่อง "
                         "และเกินกำหนดเวลา ณ วันที่ %4 จำนวน %5 เรื่อง รายละเอียดดังนี้")
              .arg(rows->size())
              .arg(completed)
              .arg(rows->size() - completed)
              .arg(calendar::formatThaiDate(today))
              .arg(overdue);
    paragraph(page, summary, lh);
    countTable(page, QStringLiteral("1. ช่องทาง"), complaints::channels(), byChannel, lh);
    countTable(page, QStringLiteral("2. ประเภท"), complaints::categories(), byCategory, lh);
    countTable(page, QStringLiteral("3. ขั้นตอน"), complaints::steps(), byStatus, lh);

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
    closing(page, lh);
    return true;
}

bool paintMonthlyReport(PageWriter& page, storage::Database& db, const office::OfficeProfile& office, QDate month,
                        QDate today, QString* error)
{
    if (!needsName(office, error))
        return false;
    complaints::ComplaintRepository repo(db);
    complaints::ComplaintFilter received;
    received.from = QDate(month.year(), month.month(), 1);
    received.to = received.from->addMonths(1).addDays(-1);
    const auto rows = repo.list(received);
    // Every case past a deadline on the report's day, whenever it came in, the most overdue first.
    complaints::ComplaintFilter late;
    late.dueTo = today.addDays(-1);
    late.sort = complaints::SortKey::Deadline;
    const auto overdue = rows ? repo.list(late) : std::nullopt;
    if (!overdue) {
        if (error)
            *error = repo.errorString();
        return false;
    }
    QMap<QString, int> byChannel, byCategory;
    int completed = 0;
    for (const auto& s : *rows) {
        ++byChannel[s.channel];
        ++byCategory[s.category];
        completed += complaints::isCompleted(s.status) ? 1 : 0;
    }
    const qreal lh = page.lineHeight(Body) * 1.25;
    heading(page, office,
            QStringLiteral("ประจำเดือน%1 (%2 – %3)")
                .arg(calendar::formatThaiDate(*received.from, calendar::DateStyle::Long).section(u' ', 1),
                     calendar::formatThaiDate(*received.from), calendar::formatThaiDate(*received.to)),
            lh);
    paragraph(page,
              (rows->isEmpty() ? QStringLiteral("ในเดือนนี้ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
                               : QStringLiteral("ในเดือนนี้ได้รับเรื่องร้องเรียนทั้งสิ้น %1 เรื่อง ดำเนินการแล้วเสร็จ %2 เรื่อง "
                                                "อยู่ระหว่างดำเนินการ %3 เรื่อง")
                                     .arg(rows->size())
                                     .arg(completed)
                                     .arg(rows->size() - completed))
                  + QStringLiteral(" ณ วันที่ %1 มีเรื่องที่เกินกำหนดเวลา %2 เรื่อง รายละเอียดดังนี้")
                        .arg(calendar::formatThaiDate(today))
                        .arg(overdue->size()),
              lh);
    // Side by side, so that the month fits on one page.
    const qreal top = page.y, left = page.left, half = (page.contentWidth() - 6) / 2;
    countTable(page, QStringLiteral("1. ประเภท"), complaints::categories(), byCategory, lh, half);
    const qreal below = page.y;
    const int pageOfFirst = page.pageNumber();
    page.y = top;
    page.left = left + half + 6;
    countTable(page, QStringLiteral("2. ช่องทาง"), complaints::channels(), byChannel, lh, half);
    page.left = left;
    if (page.pageNumber() == pageOfFirst)
        page.y = std::max(page.y, below);
    page.y += 2;
    if (!page.fits(lh * 4))
        page.newPage();
    page.text(page.left, page.y, QStringLiteral("3. เรื่องที่เกินกำหนดเวลา ณ วันที่ %1").arg(calendar::formatThaiDate(today)), Body,
              true);
    page.y += 2;
    TablePainter list(page,
                      {{QStringLiteral("เลขที่รับ"), 22, Align::Center},
                       {QStringLiteral("วันที่รับ"), 26, Align::Center},
                       {QStringLiteral("ขั้นตอนปัจจุบัน"), 36},
                       {QStringLiteral("ระยะเวลาที่เกิน"), 48},
                       {QStringLiteral("ครบกำหนด"), 28, Align::Center}},
                      14);
    for (const auto& s : *overdue)
        list.addRow({s.receipt.toString(), calendar::formatThaiDate(s.receivedDate, calendar::DateStyle::AbbreviatedShortYear),
                     complaints::stepShortLabel(s.status), complaints::clockLabel(s.nextClock),
                     s.nextDeadline ? calendar::formatThaiDate(*s.nextDeadline, calendar::DateStyle::AbbreviatedShortYear)
                                    : QString()});
    list.layout(page.y, page.top);
    list.paint([](int) {});
    if (overdue->isEmpty()) {
        page.y += lh;
        page.text(page.left + page.contentWidth() / 2, page.y, QStringLiteral("ไม่มีเรื่องที่เกินกำหนดเวลา"), Body, false,
                  Align::Center);
    }
    closing(page, lh);
    return true;
}

} // namespace sujarit::documents
