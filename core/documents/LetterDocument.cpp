// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterDocument.h"

#include "PageWriter.h"
#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "office/OfficeProfile.h"

#include <QCoreApplication>
#include <QImage>

namespace sujarit::documents {

namespace {

struct LetterText {
    Q_DECLARE_TR_FUNCTIONS(LetterText)
};

constexpr qreal Body = 16;
constexpr qreal Line = 7.0; // single spacing for 16 pt

/** The outcome in words, from the last deciding step of the case. */
QString outcomeOf(const complaints::Complaint& c)
{
    for (auto it = c.history.crbegin(); it != c.history.crend(); ++it) {
        if (it->step == QLatin1String("concluded") && !it->note.isEmpty())
            return it->note;
        if (it->step == QLatin1String("not_accepted"))
            return QStringLiteral("เรื่องร้องเรียนของท่านไม่อยู่ในหลักเกณฑ์ที่จะรับไว้พิจารณา เนื่องจาก%1%2")
                .arg(complaints::labelOf(complaints::notAcceptedReasons(), it->reason),
                     it->note.isEmpty() ? QString() : QStringLiteral(" (") + it->note + u')');
        if (it->step == QLatin1String("referred"))
            return QStringLiteral("เรื่องร้องเรียนของท่านอยู่ในอำนาจหน้าที่ของ%1 จึงได้ส่งเรื่องให้หน่วยงานดังกล่าวดำเนินการต่อไป")
                .arg(it->unit.isEmpty() ? QStringLiteral("หน่วยงานอื่น") : it->unit);
    }
    return {};
}

} // namespace

QStringList letterNeeds()
{
    return {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("executive_name"),
            QStringLiteral("executive_title"), QStringLiteral("letter_prefix"), QStringLiteral("responsible_unit"),
            QStringLiteral("unit_phone")};
}

bool paintLetter(PageWriter& page, const complaints::Complaint& c, const office::OfficeProfile& office,
                 const LetterOptions& options, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (c.anonymous)
        return fail(LetterText::tr("%1 is anonymous: there is no complainant to write to").arg(c.receipt.toString()));
    if (const QStringList missing = office.missing(letterNeeds()); !missing.isEmpty())
        return fail(LetterText::tr("the office profile lacks %1; set it with “sujarit-cli office set”")
                        .arg(missing.join(QStringLiteral(", "))));
    const bool result = options.kind == LetterKind::Result;
    const QString outcome = options.result.isEmpty() ? outcomeOf(c) : options.result;
    if (result && outcome.isEmpty())
        return fail(LetterText::tr("%1 has no result yet: record the conclusion with a note (complaints step %1 "
                                   "concluded --note …), or give the result with --result")
                        .arg(c.receipt.toString()));

    // Garuda: 3 cm high, centred at the top.
    const qreal center = page.left + page.contentWidth() / 2;
    if (!office.emblemPath.isEmpty()) {
        const QImage emblem(office.emblemPath);
        if (emblem.isNull())
            return fail(LetterText::tr("the Garuda image %1 cannot be read").arg(office.emblemPath));
        page.image(emblem, QRectF(center - 15, 15, 30, 30));
    }
    page.y = 15 + 30 + 8;
    const QString number = options.letterNumber.isEmpty() ? QStringLiteral("…………") : options.letterNumber;
    page.text(page.left, page.y, QStringLiteral("ที่ %1/%2").arg(office.letterPrefix, number), Body);
    const qreal addressX = page.left + 82;
    qreal ay = page.y;
    for (const QString& l : page.wrap(office.name + u'\n' + office.address, page.contentRight() - addressX, Body)) {
        page.text(addressX, ay, l, Body);
        ay += Line;
    }
    page.y = ay + Line * 0.3;
    page.text(page.left + 75, page.y, calendar::formatThaiDate(options.date), Body);
    page.y += Line * 1.4;

    const qreal tab = page.left + 18;
    auto header = [&](const QString& label, const QString& value) {
        page.text(page.left, page.y, label, Body);
        const QStringList lines = page.wrap(value, page.contentRight() - tab, Body);
        for (int i = 0; i < lines.size(); ++i) {
            page.text(tab, page.y, lines[i], Body);
            page.y += Line;
        }
        page.y += Line * 0.3;
    };
    const QString name = (c.complainant.title + u' ' + c.complainant.name).trimmed();
    const QString received = calendar::formatThaiDate(c.receivedAt.date());
    header(QStringLiteral("เรื่อง"), result ? QStringLiteral("แจ้งผลการดำเนินการเรื่องร้องเรียน")
                                            : QStringLiteral("ตอบรับเรื่องร้องเรียน"));
    header(QStringLiteral("เรียน"), name);
    header(QStringLiteral("อ้างถึง"),
           QStringLiteral("เรื่องร้องเรียนของท่าน ลงวันที่ %1 (เลขที่รับ %2)").arg(received, c.receipt.toString()));
    if (!options.enclosure.isEmpty())
        header(QStringLiteral("สิ่งที่ส่งมาด้วย"), options.enclosure);
    page.y += Line * 0.4;

    QStringList paragraphs;
    paragraphs << QStringLiteral("ตามที่ท่านได้ร้องเรียน/แจ้งเบาะแส เรื่อง %1 ต่อ%2 เมื่อวันที่ %3 ความละเอียดแจ้งแล้ว นั้น")
                      .arg(c.subject, office.name, received);
    if (result)
        paragraphs << QStringLiteral("%1 ได้ดำเนินการตรวจสอบข้อเท็จจริงแล้ว ผลการดำเนินการปรากฏว่า %2").arg(office.name, outcome);
    else
        paragraphs << QStringLiteral("%1 ได้รับเรื่องร้องเรียนของท่านไว้แล้ว และอยู่ระหว่างดำเนินการตรวจสอบข้อเท็จจริง "
                                     "เมื่อได้ผลประการใดจะแจ้งให้ท่านทราบต่อไป ทั้งนี้ ข้อมูลของผู้ร้องเรียนจะถูกเก็บรักษาไว้เป็นความลับ")
                          .arg(office.name);
    paragraphs << QStringLiteral("จึงเรียนมาเพื่อโปรดทราบ");
    constexpr qreal Indent = 25;
    for (const QString& p : paragraphs) {
        const QStringList lines = page.wrap(p, page.contentWidth(), Body, Indent);
        for (int i = 0; i < lines.size(); ++i) {
            if (!page.fits(Line))
                page.newPage();
            page.text(i == 0 ? page.left + Indent : page.left, page.y, lines[i], Body);
            page.y += Line;
        }
        page.y += Line * 0.3;
    }

    // Closing and signature block, kept together and above the unit's lines at the foot.
    const qreal foot = page.pageHeight() - page.bottom - Line;
    if (page.y + Line * 5.5 > foot - Line * 1.5)
        page.newPage();
    page.y += Line * 0.5;
    page.text(page.left + 90, page.y, QStringLiteral("ขอแสดงความนับถือ"), Body, false, Align::Center);
    page.y += Line * 3.5;
    page.text(page.left + 90, page.y, QStringLiteral("(%1)").arg(office.executiveName), Body, false, Align::Center);
    page.y += Line;
    page.text(page.left + 90, page.y, office.executiveTitle, Body, false, Align::Center);

    // The responsible unit at the foot of the page.
    page.text(page.left, foot - Line, office.responsibleUnit, Body);
    page.text(page.left, foot, QStringLiteral("โทร. ") + office.unitPhone, Body);
    return true;
}

} // namespace sujarit::documents
