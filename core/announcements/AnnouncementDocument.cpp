// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnouncementDocument.h"

#include "calendar/ThaiDate.h"
#include "documents/PageWriter.h"
#include "office/OfficeProfile.h"

#include <QCoreApplication>
#include <QImage>

namespace sujarit::announcements {

using documents::Align;

namespace {
struct AnnouncementText
{
    Q_DECLARE_TR_FUNCTIONS(AnnouncementText)
};

constexpr qreal Body = 16;
constexpr qreal Indent = 25; // the first line of a paragraph, 2.5 cm
} // namespace

QStringList announcementNeeds()
{
    return {QStringLiteral("name"), QStringLiteral("executive_name"), QStringLiteral("executive_title")};
}

bool paintAnnouncement(documents::PageWriter& page, const Announcement& a, const office::OfficeProfile& office,
                       QString* error, const PaperWords& words)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QStringList missing = office.missing(announcementNeeds()); !missing.isEmpty())
        return fail(AnnouncementText::tr("the office profile lacks %1; set it with “sujarit-cli office set”")
                        .arg(missing.join(QStringLiteral(", "))));
    const qreal centre = page.left + page.contentWidth() / 2;
    const qreal Line = 7.6; // single spacing of 16 pt, with room for the marks above and below a Thai line
    if (!a.isSigned())
        page.text(page.contentRight(), 12, QStringLiteral("ร่าง"), 18, true, Align::Right);
    if (a.version > 1)
        page.text(page.contentRight(), a.isSigned() ? 12 : 19, QStringLiteral("ฉบับแก้ไขครั้งที่ %1").arg(a.version - 1), 12,
                  false, Align::Right);
    if (!office.emblemPath.isEmpty()) {
        const QImage emblem(office.emblemPath);
        if (emblem.isNull())
            return fail(AnnouncementText::tr("the Garuda image %1 cannot be read").arg(office.emblemPath));
        page.image(emblem, QRectF(centre - 15 * emblem.width() / std::max(1, emblem.height()), 15,
                                  30.0 * emblem.width() / std::max(1, emblem.height()), 30));
    }
    page.y = 15 + 30 + 9;
    page.text(centre, page.y, words.heading + office.name, Body, true, Align::Center);
    page.y += Line;
    if (!words.number.isEmpty()) {
        page.text(centre, page.y, words.number, Body, false, Align::Center);
        page.y += Line;
    }
    const QStringList titleLines = page.wrap(QStringLiteral("เรื่อง ") + a.title, page.contentWidth() - 20, Body, 0, true);
    for (const QString& l : titleLines) {
        page.text(centre, page.y, l, Body, true, Align::Center);
        page.y += Line;
    }
    page.line(centre - 25, page.y - 2.5, centre + 25, page.y - 2.5, 0.3);
    page.y += Line * 0.8;
    // A page after the first carries its number at the top, "- ๒ -", as official papers do.
    const auto nextPage = [&] {
        page.newPage();
        page.text(centre, page.top, QStringLiteral("- %1 -").arg(page.pageNumber()), Body, false, Align::Center);
        page.y = page.top + Line * 1.5;
    };
    const QStringList paragraphs = a.body.split(u'\n');

    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const QString& paragraph = paragraphs[p];
        if (paragraph.isEmpty()) {
            page.y += Line * 0.5;
            continue;
        }
        if (paragraph.startsWith(QLatin1String("# "))) {
            if (!page.fits(Line * 3))
                nextPage();
            page.y += Line * 0.3;
            page.text(page.left, page.y, paragraph.mid(2), Body, true);
            page.y += Line * 1.1;
            continue;
        }
        // A paragraph, or a numbered item, starts at the indent and runs on from the margin, as the office types it.
        const QStringList lines = page.wrap(paragraph, page.contentWidth(), Body, Indent);
        // The closing paragraph (จึงประกาศมา…) stays on the page of the date and the signature.
        if (p == paragraphs.size() - 1 && !page.fits(Line * (lines.size() + 7)))
            nextPage();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!page.fits(Line))
                nextPage();
            page.text(page.left + (i == 0 ? Indent : 0), page.y, lines[i], Body);
            page.y += Line;
        }
        page.y += Line * 0.25;
    }

    // The date and the signature block, kept together.
    if (!page.fits(Line * 7))
        nextPage();
    page.y += Line * 0.8;
    const QString date = a.signedOn
        ? QStringLiteral("%1 %2").arg(words.dated, calendar::formatThaiDate(*a.signedOn))
        : QStringLiteral("%1 ....... เดือน .................... พ.ศ. .......").arg(words.dated);
    page.text(page.left + Indent + 25, page.y, date, Body);
    page.y += Line * 4;
    const qreal signature = page.left + 100;
    const QString name = a.isSigned() ? a.signedBy : office.executiveName;
    const QString title = a.isSigned() && !a.signerTitle.isEmpty() ? a.signerTitle : office.executiveTitle;
    page.text(signature, page.y, QStringLiteral("(%1)").arg(name), Body, false, Align::Center);
    page.y += Line;
    for (const QString& l : page.wrap(title, page.contentRight() - page.left - 60, Body)) {
        page.text(signature, page.y, l, Body, false, Align::Center);
        page.y += Line;
    }
    return true;
}

} // namespace sujarit::announcements
