// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptDocument.h"

#include "PageWriter.h"
#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "complaints/Deadlines.h"
#include "complaints/HolidayTable.h"
#include "office/OfficeProfile.h"

#include <QCoreApplication>

namespace sujarit::documents {

namespace {
struct ReceiptText {
    Q_DECLARE_TR_FUNCTIONS(ReceiptText)
};
} // namespace

bool paintReceipt(PageWriter& page, storage::Database& db, const complaints::Complaint& c,
                  const office::OfficeProfile& office, QString* error)
{
    if (const QStringList missing = office.missing({QStringLiteral("name"), QStringLiteral("phone")}); !missing.isEmpty()) {
        if (error)
            *error = ReceiptText::tr("the office profile lacks %1; set it with “sujarit-cli office set”")
                         .arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    complaints::HolidayTable table(db);
    const complaints::DeadlineRule answer = complaints::ruleFor(table.deadlineRules(), QStringLiteral("first_answer"));
    const QDate answerBy = complaints::dueFrom(c.receivedAt.date(), answer, table.workingCalendar());

    constexpr qreal Size = 15;
    const qreal lh = 7.4;
    const qreal center = page.left + page.contentWidth() / 2;
    for (int copy = 0; copy < 2; ++copy) {
        page.y = copy == 0 ? page.top : page.pageHeight() / 2 + 12;
        page.text(page.contentRight(), page.y, copy == 0 ? QStringLiteral("(สำหรับผู้ร้อง)") : QStringLiteral("(สำหรับหน่วยงาน)"),
                  12, false, Align::Right);
        page.text(center, page.y + 4, QStringLiteral("ใบรับเรื่องร้องเรียน"), 20, true, Align::Center);
        page.y += 4 + lh * 1.2;
        page.text(center, page.y, office.fullName(), Size, false, Align::Center);
        page.y += lh * 1.4;
        auto row = [&](const QString& label, const QString& value) {
            page.text(page.left, page.y, label, Size, true);
            const QStringList lines = page.wrap(value, page.contentWidth() - 45, Size);
            for (int i = 0; i < lines.size(); ++i) {
                page.text(page.left + 45, page.y, lines[i], Size);
                if (i + 1 < lines.size())
                    page.y += lh;
            }
            page.y += lh;
        };
        row(QStringLiteral("เลขที่รับ"), c.receipt.toString());
        row(QStringLiteral("วันที่รับ"),
            calendar::formatThaiDate(c.receivedAt.date()) + QStringLiteral(" เวลา ") + calendar::formatThaiTime(c.receivedAt.time()));
        row(QStringLiteral("ช่องทาง"), complaints::labelOf(complaints::channels(), c.channel));
        row(QStringLiteral("เรื่อง"), c.subject);
        row(QStringLiteral("ผู้รับเรื่อง"),
            c.receivedBy.isEmpty() ? QStringLiteral("-")
                                   : c.receivedBy + (c.receivedByPosition.isEmpty() ? QString() : QStringLiteral(" ตำแหน่ง ") + c.receivedByPosition));
        row(QStringLiteral("กำหนดแจ้งผู้ร้อง"),
            c.anonymous ? QStringLiteral("ไม่มี (ไม่ประสงค์ออกนาม)")
                        : QStringLiteral("ภายในวันที่ %1 (%2 %3นับแต่วันที่รับเรื่อง)")
                              .arg(calendar::formatThaiDate(answerBy))
                              .arg(answer.amount)
                              .arg(answer.unit == complaints::DeadlineUnit::WorkingDays ? QStringLiteral("วันทำการ")
                                                                                      : QStringLiteral("วัน")));
        row(QStringLiteral("ติดตามเรื่อง"),
            office.followUp.isEmpty()
                ? QStringLiteral("โทรศัพท์ %1 โดยแจ้งเลขที่รับ %2").arg(office.phone, c.receipt.toString())
                : office.followUp);
        page.y += lh * 0.3;
        page.text(page.left, page.y, QStringLiteral("รหัสตรวจสอบใบรับ"), Size, true);
        page.text(page.left + 45, page.y + 1, c.receiptCode, 22, true);
        page.y += lh;
        page.text(page.left, page.y,
                  QStringLiteral("เจ้าหน้าที่ตรวจสอบความถูกต้องของใบรับนี้ได้ในระบบสุจริตด้วยรหัสข้างต้น"), 12);
        page.y += lh * 1.6;
        page.formLine(center - 10, page.y, {words(QStringLiteral("ลงชื่อ")), field(QString(), -1), words(QStringLiteral("ผู้รับเรื่อง"))},
                      Size);
        if (copy == 0) {
            const qreal cut = page.pageHeight() / 2 + 2;
            page.dots(10, page.pageWidth() - 10, cut);
            page.text(page.pageWidth() / 2, cut - 1.5, QStringLiteral("ตัดตามรอยประ"), 10, false, Align::Center);
        }
    }
    return true;
}

} // namespace sujarit::documents
