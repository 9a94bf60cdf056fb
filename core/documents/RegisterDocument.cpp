// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterDocument.h"

#include "PageWriter.h"
#include "TablePainter.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/Deadlines.h"
#include "complaints/HolidayTable.h"
#include "office/OfficeProfile.h"

#include <QCoreApplication>

namespace sujarit::documents {

namespace {
struct RegisterText {
    Q_DECLARE_TR_FUNCTIONS(RegisterText)
};
} // namespace

bool paintRegister(PageWriter& page, storage::Database& db, const office::OfficeProfile& office,
                   const RegisterOptions& options, QString* error)
{
    if (office.name.isEmpty()) {
        if (error)
            *error = RegisterText::tr("the office profile lacks its name (name); set it with “sujarit-cli office set”");
        return false;
    }
    complaints::ComplaintFilter filter;
    filter.fiscalYear = options.fiscalYear;
    filter.from = options.from;
    filter.to = options.to;
    complaints::ComplaintRepository repo(db);
    if (!options.circulation)
        repo.setRevealReason(options.revealReason);
    const auto rows = repo.list(filter);
    if (!rows) {
        if (error)
            *error = repo.errorString();
        return false;
    }
    complaints::HolidayTable table(db);
    const auto workingCalendar = table.workingCalendar();
    const complaints::DeadlineRule answer = complaints::ruleFor(table.deadlineRules(), QStringLiteral("first_answer"));

    page.left = 12;
    page.right = 12;
    page.top = 14;
    page.bottom = 14;
    constexpr qreal Size = 12;
    TablePainter t(page,
                   {{QStringLiteral("ลำดับ"), 12, Align::Center},
                    {QStringLiteral("เลขที่รับ"), 23, Align::Center}, // "1234/2568" whole
                    {QStringLiteral("วัน เดือน ปี ที่รับ"), 22, Align::Center},
                    {QStringLiteral("ช่องทาง"), 26},
                    {QStringLiteral("ผู้ร้อง"), 30, Align::Left, true},
                    {QStringLiteral("เรื่อง"), 47},
                    {QStringLiteral("ผู้ถูกร้อง/ หน่วยงาน"), 30, Align::Left, true},
                    {QStringLiteral("ส่งหน่วยงาน"), 20},
                    {QStringLiteral("กำหนดแจ้งผล"), 22, Align::Center},
                    {QStringLiteral("สถานะ/ผล"), 23},
                    {QStringLiteral("หมายเหตุ"), 18}},
                   Size);
    int n = 0;
    for (const complaints::ComplaintSummary& s : *rows) {
        const QString complainant = options.circulation ? QStringLiteral("ไม่เปิดเผยชื่อ")
            : s.anonymous                               ? QStringLiteral("ไม่ประสงค์ออกนาม")
                                                        : s.complainantName;
        QString accused = s.accusedName;
        if (!s.accusedUnit.isEmpty())
            accused += (accused.isEmpty() ? QString() : QStringLiteral(" / ")) + s.accusedUnit;
        QString status = complaints::stepShortLabel(s.status);
        if (!s.notAcceptedReason.isEmpty())
            status += QStringLiteral(" (") + complaints::labelOf(complaints::notAcceptedReasons(), s.notAcceptedReason)
                + u')';
        const QString due = s.anonymous ? QStringLiteral("-")
                                        : calendar::formatThaiDate(complaints::dueFrom(s.receivedDate, answer, workingCalendar),
                                                                   calendar::DateStyle::AbbreviatedShortYear);
        const QString note = s.isOverdue(options.today) ? QStringLiteral("เกินกำหนด") : QString();
        t.addRow({QString::number(++n), s.receipt.toString(),
                  calendar::formatThaiDate(s.receivedDate, calendar::DateStyle::AbbreviatedShortYear),
                  complaints::labelOf(complaints::channels(), s.channel), complainant, s.subject, accused,
                  s.assignedUnit, due, status, note});
    }

    QString period;
    if (options.fiscalYear)
        period = QStringLiteral("ปีงบประมาณ %1").arg(*options.fiscalYear);
    if (options.from || options.to) {
        const QString from = options.from ? calendar::formatThaiDate(*options.from) : QStringLiteral("…");
        const QString to = options.to ? calendar::formatThaiDate(*options.to) : QStringLiteral("…");
        period += (period.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("ระหว่างวันที่ %1 ถึง %2").arg(from, to);
    }
    const QString title = QStringLiteral("ทะเบียนรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
        + (options.circulation ? QStringLiteral(" (ฉบับเวียน ไม่เปิดเผยชื่อผู้ร้อง)") : QString());
    const qreal center = page.left + t.width() / 2;
    const qreal headingEnd = page.top + 3 * page.lineHeight(16);
    t.layout(headingEnd, page.top + page.lineHeight(13) + 2);
    const int pages = t.pageCount();
    t.paint([&](int index) {
        const QString number = QStringLiteral("หน้า %1/%2").arg(index + 1).arg(pages);
        page.text(page.left + t.width(), page.pageHeight() - page.bottom + 6, number, 12, false, Align::Right);
        if (index == 0) {
            page.text(center, page.top + 5, title, 16, true, Align::Center);
            page.text(center, page.top + 5 + page.lineHeight(16), office.fullName() + QStringLiteral("  ") + period, 14,
                      false, Align::Center);
        } else {
            page.text(page.left, page.top + 4, QStringLiteral("%1 — %2 %3").arg(title, office.name, period), 11);
        }
    });
    if (rows->isEmpty())
        page.text(center, page.y + page.lineHeight(14), QStringLiteral("ไม่มีเรื่องร้องเรียน"), 14, false, Align::Center);
    return true;
}

} // namespace sujarit::documents
