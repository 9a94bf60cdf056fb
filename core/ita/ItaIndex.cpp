// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItaIndex.h"

#include "calendar/ThaiDate.h"
#include "documents/ListDocument.h"
#include "office/OfficeProfile.h"
#include "storage/SafeFile.h"

#include <QDir>

namespace sujarit::ita {

namespace {
/** "ยังไม่ครบ: …what is missing", "หน่วยงานจัดทำเอง: …what the item shows", or "พร้อมเผยแพร่". */
QString stateText(const ItemState& s)
{
    QString out = text::labelIn(itemStates(), s.state).value_or(s.state);
    if (!s.missing.isEmpty())
        out += QStringLiteral(": ") + s.missing.join(QStringLiteral("; "));
    else if (s.state == u"not_kept" && !s.byHand.isEmpty())
        out += QStringLiteral(": ") + s.byHand.join(QStringLiteral("; "));
    return out;
}

/** What the office adds beside Sujarit's files, for an item Sujarit keeps. */
QString handNote(const ItemState& s)
{
    return s.state == u"not_kept" || s.byHand.isEmpty()
        ? QString()
        : QStringLiteral("หน่วยงานเพิ่มเอง: ") + s.byHand.join(QStringLiteral("; "));
}

QString title(const Pack& pack)
{
    return QStringLiteral("การเปิดเผยข้อมูลสาธารณะ (ITA) ด้านการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. %1").arg(pack.fiscalYear);
}

QString madeLine(const Pack& pack)
{
    QString line = QStringLiteral("จัดทำเมื่อ %1").arg(calendar::formatThaiDate(pack.made));
    if (pack.basisYear != pack.fiscalYear)
        line += QStringLiteral(" · รายการข้อตามปี %1 (ยังไม่ได้ตรวจกับคู่มือ ITA ปี %2)").arg(pack.basisYear).arg(pack.fiscalYear);
    return line;
}

documents::ListDocument indexList(const Pack& pack, const office::OfficeProfile& office)
{
    documents::ListDocument doc;
    doc.title = title(pack);
    doc.subtitles << office.fullName() << madeLine(pack);
    doc.columns = {{QStringLiteral("ข้อ"), 14, documents::Align::Center},
                   {QStringLiteral("หัวข้อ"), 62},
                   {QStringLiteral("เอกสาร"), 0},
                   {QStringLiteral("ช่วงเวลา"), 50},
                   {QStringLiteral("สถานะ"), 62}};
    for (const ItemState& s : pack.items) {
        QStringList files, covers;
        for (const PackFile& f : s.files) {
            files << f.name;
            if (!covers.contains(f.covers))
                covers << f.covers;
        }
        QString state = stateText(s);
        if (const QString hand = handNote(s); !hand.isEmpty())
            state += u'\n' + hand;
        doc.rows << QStringList{s.item.code, s.item.title, files.join(u'\n'), covers.join(u'\n'), state};
    }
    doc.emptyText = QStringLiteral("ไม่มีรายการข้อของปีนี้");
    doc.sheetName = QStringLiteral("ITA");
    return doc;
}
} // namespace

QByteArray indexHtml(const Pack& pack, const office::OfficeProfile& office)
{
    const auto e = [](const QString& s) { return s.toHtmlEscaped(); };
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"generator\" content=\"Sujarit\">\n");
    h += QStringLiteral("<title>%1</title>\n").arg(e(title(pack) + QStringLiteral(" — ") + office.name));
    h += QStringLiteral("<style>body{font-family:'TH Sarabun New','Sarabun',Tahoma,sans-serif;font-size:18px;margin:2em;}"
                        "table{border-collapse:collapse;width:100%;}th,td{border:1px solid #999;padding:.4em;vertical-align:top;"
                        "text-align:left;}th{background:#eee;}.ready{color:#17612a;}.incomplete{color:#9a4a00;}"
                        ".not_kept{color:#555;}ul{margin:0;padding-left:1.2em;}</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n<p>%3</p>\n")
             .arg(e(title(pack)), e(office.fullName()), e(madeLine(pack)));
    h += QStringLiteral("<table>\n<thead><tr><th>ข้อ</th><th>หัวข้อ</th><th>เอกสาร</th><th>สถานะ</th></tr></thead>\n<tbody>\n");
    for (const ItemState& s : pack.items) {
        h += QStringLiteral("<tr id=\"%1\"><td>%1</td><td>%2</td><td>").arg(e(s.item.code), e(s.item.title));
        if (!s.files.isEmpty()) {
            h += QStringLiteral("<ul>");
            for (const PackFile& f : s.files)
                h += QStringLiteral("<li><a href=\"%1\">%2</a> — %3</li>").arg(e(f.name), e(f.what), e(f.covers));
            h += QStringLiteral("</ul>");
        } else {
            h += QStringLiteral("-");
        }
        h += QStringLiteral("</td><td class=\"%1\">%2").arg(e(s.state), e(stateText(s)));
        if (const QString hand = handNote(s); !hand.isEmpty())
            h += QStringLiteral("<br>") + e(hand);
        h += QStringLiteral("</td></tr>\n");
    }
    h += QStringLiteral("</tbody>\n</table>\n</body>\n</html>\n");
    return h.toUtf8();
}

bool writeIndex(const Pack& pack, const office::OfficeProfile& office, const QString& dir, QString* error)
{
    const QDir folder(dir);
    if (!storage::writeFileAtomically(folder.filePath(QLatin1String(IndexHtml)), indexHtml(pack, office),
                                      storage::OwnerOnly, error))
        return false;
    const documents::ListDocument doc = indexList(pack, office);
    return documents::writePdf(folder.filePath(QLatin1String(IndexPdf)), doc.orientation,
                               documents::listPainter(doc, office.documentDigits()), error, doc.title);
}

} // namespace sujarit::ita
