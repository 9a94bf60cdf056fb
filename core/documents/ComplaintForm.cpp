// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintForm.h"

#include "PageWriter.h"
#include "calendar/ThaiDate.h"

#include <QCoreApplication>

namespace sujarit::documents {

namespace {

struct FormText {
    Q_DECLARE_TR_FUNCTIONS(FormText)
};

constexpr qreal Body = 16; // pt
constexpr qreal Pitch = 6.8; // mm between written lines

QString dayOf(const QDate& d) { return d.isValid() ? QString::number(d.day()) : QString(); }
QString monthOf(const QDate& d) { return d.isValid() ? calendar::thaiMonthName(d.month()) : QString(); }
QString yearOf(const QDate& d) { return d.isValid() ? QString::number(calendar::toBuddhistYear(d.year())) : QString(); }
QString timeOf(const QDateTime& t) { return t.isValid() ? t.time().toString(QStringLiteral("HH.mm")) : QString(); }

} // namespace

QStringList complaintFormNeeds() { return {QStringLiteral("name"), QStringLiteral("executive_title")}; }

bool paintComplaintForm(PageWriter& page, const complaints::Complaint* c, const office::OfficeProfile& office,
                        QString* error)
{
    if (const QStringList missing = office.missing(complaintFormNeeds()); !missing.isEmpty()) {
        if (error)
            *error = FormText::tr("the office profile lacks %1; set it with “sujarit-cli office set”")
                         .arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    const bool named = c && !c->anonymous;
    const complaints::Complainant none;
    const complaints::Complainant& p = named ? c->complainant : none;
    const QDate date = c ? c->receivedAt.date() : QDate();

    const qreal center = page.left + page.contentWidth() / 2;
    page.top = 20;
    page.bottom = 15;
    page.y = page.top + 2;
    page.text(center, page.y, QStringLiteral("แบบคำร้องเรียนการทุจริตและประพฤติมิชอบ"), 18, true, Align::Center);
    page.advance(Pitch);
    page.text(center, page.y, office.fullName(), Body, false, Align::Center);
    page.advance(Pitch * 1.2);

    // วันที่...........เดือน......................................พ.ศ..................
    page.formLine(page.left + 72, page.y,
                  {words(QStringLiteral("วันที่")), field(dayOf(date), -1), words(QStringLiteral("เดือน")),
                   field(monthOf(date), -2.6), words(QStringLiteral("พ.ศ.")), field(yearOf(date), -1.2)},
                  Body);
    page.advance(Pitch * 1.1);
    page.formLine(page.left, page.y, {words(QStringLiteral("เรื่อง ")), field(c ? c->subject : QString(), 0, false)},
                  Body);
    page.advance(Pitch * 1.1);
    page.text(page.left, page.y, QStringLiteral("เรียน ") + office.executiveTitle, Body);
    page.advance(Pitch * 1.1);

    const QString name = named ? (p.title + u' ' + p.name).trimmed()
        : (c && c->anonymous ? QStringLiteral("ไม่ประสงค์ออกนาม") : QString());
    const qreal indent = page.left + 25;
    page.formLine(indent, page.y,
                  {words(QStringLiteral("ข้าพเจ้า")), field(name, -5), words(QStringLiteral("อายุ")),
                   field(p.age ? QString::number(*p.age) : QString(), -1), words(QStringLiteral("ปี อยู่บ้านเลขที่")),
                   field(p.houseNo, -1.6), words(QStringLiteral("หมู่ที่")), field(p.moo, -0.8)},
                  Body);
    page.advance(Pitch);
    page.formLine(page.left, page.y,
                  {words(QStringLiteral("ตำบล")), field(p.subdistrict, -1.6), words(QStringLiteral("อำเภอ")),
                   field(p.district, -1.6), words(QStringLiteral("จังหวัด")), field(p.province, -1.5),
                   words(QStringLiteral("โทรศัพท์")), field(p.phone, -1.6)},
                  Body);
    // An address that could not be read into its parts is written whole under the line.
    if (named && p.subdistrict.isEmpty() && p.district.isEmpty() && !p.address.isEmpty()) {
        page.advance(Pitch);
        page.formLine(page.left, page.y, {words(QStringLiteral("ที่อยู่ ")), field(p.address, 0, false)}, Body);
    }
    page.advance(Pitch);
    for (const QString& l :
         page.wrap(QStringLiteral("มีความประสงค์ขอร้องเรียน/แจ้งเบาะแสการทุจริตและประพฤติมิชอบ เพื่อให้%1 "
                                  "พิจารณาดำเนินการตรวจสอบหรือช่วยเหลือและแก้ไขปัญหา")
                       .arg(office.name),
                   page.contentWidth(), Body)) {
        page.text(page.left, page.y, l, Body);
        page.advance(Pitch);
    }
    page.text(page.left, page.y, QStringLiteral("ข้อกล่าวหา/ข้อร้องเรียน"), Body, true);
    page.advance(Pitch);
    page.text(page.left, page.y, QStringLiteral("(เรื่อง)"), Body);
    page.dottedText(page.left + page.textWidth(QStringLiteral("(เรื่อง)"), Body) + 1, c ? c->details : QString(), 5,
                    Pitch, Body);
    page.advance(Pitch);
    for (const QString& l : page.wrap(QStringLiteral("ทั้งนี้เพื่อให้%1 พิจารณาดำเนินการ ดังนี้").arg(office.executiveTitle),
                                      page.contentWidth(), Body)) {
        page.text(page.left, page.y, l, Body);
        page.advance(Pitch);
    }
    page.dottedText(page.left, c ? c->requestedAction : QString(), 4, Pitch, Body);
    page.advance(Pitch);
    for (const QString& l :
         page.wrap(QStringLiteral("โดยข้าพเจ้าขอรับรองว่าคำขอร้องเรียน/แจ้งเบาะแส ตามข้อความข้างต้นเป็นจริงทุกประการ "
                                  "โดยข้าพเจ้าขอส่งเอกสารหลักฐานประกอบการร้องเรียน/แจ้งเบาะแส (ถ้ามี) ได้แก่"),
                   page.contentWidth(), Body, 25)) {
        page.text(l.startsWith(QStringLiteral("โดยข้าพเจ้า")) ? indent : page.left, page.y, l, Body);
        page.advance(Pitch);
    }
    const QList<complaints::EvidenceItem> evidence = c ? c->evidence : QList<complaints::EvidenceItem>();
    const int items = std::max<int>(3, int(evidence.size()));
    for (int i = 0; i < items; ++i) {
        const complaints::EvidenceItem e = evidence.value(i);
        page.formLine(page.left, page.y,
                      {words(QStringLiteral("%1)").arg(i + 1)), field(e.description, -5, false),
                       words(QStringLiteral("จำนวน")),
                       field(e.description.isEmpty() ? QString() : QString::number(e.sets), -1),
                       words(QStringLiteral("ชุด"))},
                      Body);
        page.advance(Pitch);
    }

    // The complainant signs on the right; the receiving box, for the office, sits on the left beside it.
    constexpr qreal Box = 14; // pt
    constexpr qreal BoxPitch = 6.2;
    constexpr int BoxLines = 8;
    if (!page.fits(BoxPitch * BoxLines + 4))
        page.newPage();
    else
        page.advance(Pitch * 0.5);
    const qreal top = page.y;
    const qreal sign = page.left + 92;
    page.formLine(sign, top, {words(QStringLiteral("ลงชื่อ")), field(QString(), -1), words(QStringLiteral("ผู้ร้อง"))}, Body);
    page.formLine(sign + 5, top + Pitch,
                  {words(QStringLiteral("(")), field(named ? name : QString(), -1), words(QStringLiteral(")"))}, Body,
                  page.contentRight() - 5);

    const qreal bx = page.left + 2, boxRight = page.left + 82;
    page.rect(page.left, top - BoxPitch + 1.5, boxRight - page.left, BoxPitch * BoxLines + 2.5);
    const complaints::ReceiptNumber r = c ? c->receipt : complaints::ReceiptNumber();
    const QString time = c ? timeOf(c->receivedAt) : QString();
    const QList<QList<FormPart>> rows = {
        {words(QStringLiteral("เลขที่รับ")), field(r.isValid() ? QString::number(r.running) : QString(), -1),
         words(QStringLiteral("/")), field(r.isValid() ? QString::number(r.year) : QString(), -1)},
        {words(QStringLiteral("วันที่")),
         field(date.isValid() ? calendar::formatThaiDate(date, calendar::DateStyle::Long) : QString(), -1)},
        {words(QStringLiteral("เวลา")), field(time, -1), words(QStringLiteral("น."))},
        {words(QStringLiteral("ลงชื่อ")), field(QString(), -1), words(QStringLiteral("ผู้รับคำร้อง"))},
        {words(QStringLiteral("(")), field(c ? c->receivedBy : QString(), -1), words(QStringLiteral(")"))},
        {words(QStringLiteral("ตำแหน่ง")), field(c ? c->receivedByPosition : QString(), -1)},
        {words(QStringLiteral("วันที่")), field(dayOf(date), -1), words(QStringLiteral("เดือน")), field(monthOf(date), -2.2),
         words(QStringLiteral("พ.ศ.")), field(yearOf(date), -1.2)},
        {words(QStringLiteral("เวลา")), field(time, -1), words(QStringLiteral("น."))},
    };
    for (int i = 0; i < rows.size(); ++i)
        page.formLine(i == 4 ? bx + 6 : bx, top + i * BoxPitch, rows[i], Box, i == 4 ? boxRight - 8 : boxRight - 2);
    page.y = top + (BoxLines - 1) * BoxPitch;
    return true;
}

} // namespace sujarit::documents
