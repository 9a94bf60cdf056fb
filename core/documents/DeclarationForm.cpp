// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeclarationForm.h"

#include "PageWriter.h"
#include "TablePainter.h"
#include "calendar/ThaiDate.h"
#include "office/OfficeProfile.h"

#include <QCoreApplication>

namespace sujarit::documents {

namespace {
struct DeclarationFormText
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationFormText)
};

constexpr qreal Body = 16; // pt
constexpr qreal Pitch = 6.8; // mm between lines

QString longDay(QDate d)
{
    return d.isValid() ? calendar::formatThaiDate(d, calendar::DateStyle::Long) : QString();
}

/** A box to tick, its top-left corner a little above the baseline \a y, and the words after it. */
void choice(PageWriter& page, qreal x, qreal y, bool ticked, const QString& words)
{
    constexpr qreal Size = 3.6;
    page.rect(x, y - Size + 0.3, Size, Size, 0.25);
    if (ticked) {
        page.line(x + 0.6, y - Size + 0.9, x + Size - 0.6, y - 0.3, 0.35);
        page.line(x + Size - 0.6, y - Size + 0.9, x + 0.6, y - 0.3, 0.35);
    }
    page.text(x + Size + 2, y, words, Body);
}

/** A paragraph wrapped across the text width, the first line indented by \a indent. */
void paragraph(PageWriter& page, const QString& s, qreal indent = 0)
{
    const QStringList lines = page.wrap(s, page.contentWidth(), Body, indent);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        page.text(page.left + (i == 0 ? indent : 0), page.y, lines[i], Body);
        page.advance(Pitch);
    }
}

void signature(PageWriter& page, const QString& name, const QString& role, const QString& date)
{
    const qreal x = page.left + page.contentWidth() * 0.45;
    const qreal until = page.contentRight();
    const qreal middle = (x + until) / 2;
    if (!page.fits(4 * Pitch))
        page.newPage();
    page.formLine(x, page.y, { words(QStringLiteral("ลงชื่อ")), field(QString(), -1), words(role) }, Body, until);
    page.advance(Pitch);
    page.text(middle, page.y,
              QStringLiteral("(%1)").arg(name.isEmpty() ? QStringLiteral("...................................") : name),
              Body, false, Align::Center);
    page.advance(Pitch);
    page.formLine(x, page.y, { words(QStringLiteral("วันที่")), field(date, -1) }, Body, until);
    page.advance(Pitch * 1.4);
}
} // namespace

bool paintDeclarationForm(PageWriter& page, const conflicts::Declaration& d, const office::OfficeProfile& office,
                          QString* error)
{
    using namespace conflicts;
    if (office.name.isEmpty()) {
        if (error)
            *error = DeclarationFormText::tr(
                "the office profile lacks its name (name); set it with “sujarit-cli office set”");
        return false;
    }
    page.top = 20;
    page.bottom = 15;
    page.y = page.top + 2;
    const qreal center = page.left + page.contentWidth() / 2;
    for (const QString& line :
         page.wrap(labelIn(declarationKinds(), d.kind).value_or(d.kind), page.contentWidth(), 18, 0, true)) {
        page.text(center, page.y, line, 18, true, Align::Center);
        page.advance(Pitch);
    }
    page.text(center, page.y, office.fullName(), Body, false, Align::Center);
    page.advance(Pitch * 1.3);
    page.formLine(page.left + page.contentWidth() * 0.5, page.y,
                  { words(QStringLiteral("วันที่")), field(longDay(d.date)) }, Body);
    page.advance(Pitch * 1.2);
    page.text(page.left, page.y,
              QStringLiteral("เรียน ")
                  + (office.executiveTitle.isEmpty() ? QStringLiteral("ผู้บังคับบัญชา") : office.executiveTitle),
              Body);
    page.advance(Pitch * 1.2);
    page.formLine(page.left + 25, page.y,
                  { words(QStringLiteral("ข้าพเจ้า")), field(d.declarant, -3), words(QStringLiteral("ตำแหน่ง")),
                    field(d.position, -2.4) },
                  Body);
    page.advance(Pitch);
    page.formLine(page.left, page.y,
                  { words(QStringLiteral("สังกัด")), field(d.division, -2), words(QStringLiteral("ปีงบประมาณ")),
                    field(QString::number(d.fiscalYear()), -1) },
                  Body);
    page.advance(Pitch * 1.2);

    if (d.kind == QLatin1String("procurement")) {
        paragraph(
            page,
            QStringLiteral("ในฐานะกรรมการในการจัดซื้อจัดจ้าง %1 เลขที่ %2 ขอแสดงความบริสุทธิ์ใจว่า ข้าพเจ้าได้ตรวจสอบรายชื่อผู้เสนอราคา"
                           "ทุกรายแล้ว และ")
                .arg(d.procurementName, d.procurementNumber),
            25);
        choice(page, page.left + 10, page.y, !d.hasTie(), QStringLiteral("ไม่มีความเกี่ยวข้องหรือมีส่วนได้เสียกับผู้เสนอราคารายใด"));
        page.advance(Pitch);
        choice(page, page.left + 10, page.y, d.hasTie(), QStringLiteral("มีความเกี่ยวข้องกับผู้เสนอราคา ดังนี้"));
        page.advance(Pitch);
    } else {
        paragraph(page,
                  d.kind == QLatin1String("gift_report")
                      ? QStringLiteral(
                          "ขอรายงานการรับทรัพย์สินหรือประโยชน์อื่นใด ตามประกาศคณะกรรมการ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือ"
                          "ประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าหน้าที่ของรัฐ พ.ศ. ๒๕๖๓ ดังนี้")
                      : QStringLiteral("ขอแสดงการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม ดังนี้"),
                  25);
        if (d.kind != QLatin1String("gift_report")) {
            choice(page, page.left + 10, page.y, d.noInterest,
                   QStringLiteral("ไม่มีผลประโยชน์ส่วนตนที่ขัดกับประโยชน์ส่วนรวมในการปฏิบัติหน้าที่"));
            page.advance(Pitch);
            choice(page, page.left + 10, page.y, !d.noInterest,
                   QStringLiteral("มีหรืออาจมีผลประโยชน์ส่วนตนที่ขัดกับประโยชน์ส่วนรวม ดังนี้"));
            page.advance(Pitch);
            if (!d.noInterest && !d.form.isEmpty())
                paragraph(page, QStringLiteral("รูปแบบ: ") + labelIn(conflictForms(), d.form).value_or(d.form), 16);
        }
    }
    if (!d.parties.isEmpty()) {
        TablePainter t(
            page,
            { { QStringLiteral("ลำดับ"), 15, Align::Center },
              { d.kind == QLatin1String("procurement") ? QStringLiteral("ผู้เสนอราคา") : QStringLiteral("บุคคลหรือนิติบุคคล"),
                page.contentWidth() - 15 - 60, Align::Left, true },
              { QStringLiteral("ความเกี่ยวข้องกับผู้ยื่น"), 60 } },
            14);
        int n = 0;
        for (const Party& p : d.parties)
            t.addRow({ QString::number(++n), p.name, labelIn(partyRelations(), p.relation).value_or(p.relation) });
        t.layout(page.y - Pitch + 2.5, page.top);
        t.paint([](int) {});
        page.advance(Pitch);
    }
    if (!d.details.isEmpty()) {
        page.text(page.left, page.y, QStringLiteral("รายละเอียด"), Body, true);
        page.advance(Pitch);
        paragraph(page, d.details, 10);
    }
    paragraph(
        page,
        QStringLiteral("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ หากมีข้อเท็จจริงเปลี่ยนแปลงไป ข้าพเจ้าจะแจ้งให้ทราบโดยเร็ว"),
        25);
    page.advance(Pitch * 0.5);
    signature(page, d.declarant, QStringLiteral("ผู้ยื่น"), longDay(d.date));

    // The supervisor's section.
    if (!page.fits(Pitch * 11.5))
        page.newPage();
    const qreal boxTop = page.y - Pitch * 0.8;
    page.text(page.left + 2, page.y, QStringLiteral("ความเห็นของผู้บังคับบัญชา"), Body, true);
    page.advance(Pitch);
    for (const Choice& c : reviewDecisions()) {
        choice(page, page.left + 6, page.y, d.review.decision == c.code, c.label);
        page.advance(Pitch);
    }
    page.formLine(page.left + 2, page.y, { words(QStringLiteral("เหตุผล")), field(d.review.reason, 0, false) }, Body,
                  page.contentRight() - 2);
    page.advance(Pitch * 1.2);
    signature(page, d.review.reviewer, QStringLiteral("ผู้บังคับบัญชา"), longDay(d.review.date));
    page.rect(page.left, boxTop, page.contentWidth(), page.y - boxTop - Pitch * 0.6, 0.25);
    return true;
}

DocumentPainter declarationForm(const conflicts::Declaration& d, const office::OfficeProfile& office)
{
    return [d, office](PageWriter& page, QString* why) {
        page.digits = office.documentDigits();
        return paintDeclarationForm(page, d, office, why);
    };
}

} // namespace sujarit::documents
