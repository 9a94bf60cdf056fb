// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectionPapers.h"

#include "announcements/AnnouncementDocument.h"
#include "documents/PageWriter.h"
#include "office/OfficeProfile.h"

namespace sujarit::moral {

namespace {
/** "ที่ | ผู้ถูกเสนอชื่อ | (1) … (n) | last": the columns of a sheet and of the summary, fitted to a portrait page. */
QList<documents::TableColumn> columns(const Selection& s, const QString& first, const QString& last)
{
    using documents::Align;
    QList<documents::TableColumn> out{{first, 15, Align::Center}, {QStringLiteral("ผู้ถูกเสนอชื่อ"), 0}};
    const qreal each = s.criteria.size() <= 7 ? 13 : s.criteria.size() <= 9 ? 11 : 9;
    for (qsizetype i = 0; i < s.criteria.size(); ++i)
        out << documents::TableColumn{QStringLiteral("(%1)").arg(i + 1), each, Align::Center};
    out << documents::TableColumn{last, 18, Align::Right};
    return out;
}

QString nomineeCell(const Nominee& n)
{
    QStringList lines{n.name};
    if (!n.position.isEmpty())
        lines << n.position;
    if (!n.division.isEmpty() && n.division != n.name)
        lines << n.division;
    return lines.join(u'\n');
}

QStringList legend(const Selection& s)
{
    QStringList out{QStringLiteral("หลักเกณฑ์การให้คะแนน:")};
    for (qsizetype i = 0; i < s.criteria.size(); ++i)
        out << QStringLiteral("(%1) %2 (คะแนนเต็ม %3 น้ำหนัก %4)")
                   .arg(i + 1)
                   .arg(s.criteria[i].name)
                   .arg(s.criteria[i].max)
                   .arg(QString::number(s.criteria[i].weight, 'g', 4));
    out << QStringLiteral("คะแนนรวม = ผลรวมของ (คะแนนเฉลี่ยของกรรมการในแต่ละหลักเกณฑ์ × น้ำหนัก) คะแนนรวมสูงสุด %1; "
                          "ให้คะแนน: กรรมการที่ให้คะแนนครบทุกหลักเกณฑ์/ที่มีสิทธิให้คะแนน; ความดี: บันทึกสะสมความดีของปี")
               .arg(totalText(highestTotal(s.criteria)));
    return out;
}
} // namespace

documents::ListDocument scoringSheet(const Selection& s, const Scorer& member, const office::OfficeProfile& office)
{
    documents::ListDocument d;
    d.orientation = QPageLayout::Portrait;
    d.title = QStringLiteral("แบบให้คะแนน%1").arg(s.title());
    d.subtitles = {office.fullName(), QStringLiteral("กรรมการผู้ให้คะแนน %1%2")
                                          .arg(member.name, member.position.isEmpty() ? QString()
                                                                                      : QStringLiteral(" ตำแหน่ง ") + member.position)};
    d.sheetName = QStringLiteral("แบบให้คะแนน");
    d.columns = columns(s, QStringLiteral("ที่"), QStringLiteral("รวม"));
    d.emptyText = QStringLiteral("ยังไม่มีผู้ถูกเสนอชื่อ");
    for (qsizetype i = 0; i < s.nominees.size(); ++i) {
        const Nominee& n = s.nominees[i];
        QStringList row{QString::number(i + 1), nomineeCell(n)};
        if (const Recusal* r = s.recusal(member.staffId, n.id)) {
            row[1] += QStringLiteral("\n(งดให้คะแนน: %1)").arg(r->reason);
            for (qsizetype c = 0; c < s.criteria.size(); ++c)
                row << QStringLiteral("-");
            row << QStringLiteral("-");
            d.rows << row;
            continue;
        }
        int sum = 0, given = 0;
        for (qsizetype c = 0; c < s.criteria.size(); ++c) {
            QString cell;
            for (const Score& x : s.scores)
                if (x.nominee == n.id && x.member == member.staffId && x.criterion == c + 1) {
                    cell = QString::number(x.score);
                    sum += x.score;
                    ++given;
                }
            row << cell;
        }
        row << (given > 0 ? QString::number(sum) : QString());
        d.rows << row;
    }
    d.closing = legend(s);
    d.signatures = {QStringLiteral("กรรมการผู้ให้คะแนน")};
    return d;
}

documents::ListDocument selectionSummary(const Selection& s, const office::OfficeProfile& office)
{
    documents::ListDocument d;
    d.orientation = QPageLayout::Portrait;
    d.title = QStringLiteral("สรุปผล%1").arg(s.title());
    d.subtitles = {office.fullName()};
    d.sheetName = QStringLiteral("สรุปผล");
    d.columns = columns(s, QStringLiteral("อันดับ"), QStringLiteral("คะแนนรวม"));
    d.emptyText = QStringLiteral("ยังไม่มีผู้ถูกเสนอชื่อ");
    QStringList ties;
    for (const Standing& st : standings(s)) {
        QString name = st.nominee.name;
        if (!st.nominee.position.isEmpty())
            name += u'\n' + st.nominee.position;
        name += QStringLiteral("\nให้คะแนน %1/%2 คน").arg(st.sheets).arg(st.scorers);
        if (s.kind == QLatin1String("official"))
            name += QStringLiteral(" ความดี %1").arg(s.deeds.value(st.nominee.id));
        if (st.tie) {
            name += QStringLiteral("\n(คะแนนเท่ากัน)");
            ties << st.nominee.name;
        }
        QStringList row{st.rank > 0 ? QString::number(st.rank) : QStringLiteral("-"), name};
        for (const std::optional<double>& m : st.means)
            row << (m ? QString::number(*m, 'f', 2) : QStringLiteral("-"));
        row << (st.rank > 0 ? totalText(st.total) : QStringLiteral("-"));
        d.rows << row;
    }
    d.closing = legend(s);
    if (!ties.isEmpty())
        d.closing << QStringLiteral("ผู้ที่มีคะแนนรวมเท่ากันอยู่ในอันดับเดียวกัน (%1) คณะกรรมการพิจารณาตัดสินต่อไป")
                         .arg(ties.join(QStringLiteral(", ")));
    if (!s.recusals.isEmpty()) {
        d.closing << QStringLiteral("กรรมการที่งดให้คะแนน:");
        for (const Recusal& r : s.recusals) {
            QString member, nominee;
            for (const Scorer& m : s.scorers)
                if (m.staffId == r.member)
                    member = m.name;
            for (const Nominee& n : s.nominees)
                if (n.id == r.nominee)
                    nominee = n.name;
            d.closing << QStringLiteral("- %1 ไม่ให้คะแนน %2 เนื่องจาก%3").arg(member, nominee, r.reason);
        }
    }
    d.signatures = {QStringLiteral("เลขานุการคณะกรรมการ"), QStringLiteral("ประธานคณะกรรมการ")};
    return d;
}

documents::DocumentPainter selectionAnnouncement(const Selection& s, const office::OfficeProfile& office,
                                                 const QString& signerTitle)
{
    announcements::Announcement a;
    a.fiscalYear = s.fiscalYear;
    a.title = QStringLiteral("ผล%1").arg(s.title());
    const QString kind = text::labelIn(selectionKinds(), s.kind).value_or(s.kind);
    QStringList p;
    p << QStringLiteral("ตามที่%1ได้ดำเนินการคัดเลือก%2 ประจำปีงบประมาณ พ.ศ. %3 เพื่อยกย่อง เชิดชู ผู้ประพฤติตนเป็นแบบอย่างที่ดี "
                        "โดยคณะกรรมการจริยธรรมได้พิจารณาให้คะแนนตามหลักเกณฑ์ %4 ข้อ นั้น")
             .arg(office.name, kind)
             .arg(s.fiscalYear)
             .arg(s.criteria.size());
    p << QStringLiteral("บัดนี้ การพิจารณาคัดเลือกได้เสร็จสิ้นแล้ว จึงประกาศผลการคัดเลือก ดังนี้");
    for (const Standing& st : standings(s)) {
        if (st.rank == 0)
            continue;
        QString who = st.nominee.name;
        if (!st.nominee.position.isEmpty())
            who += QStringLiteral(" ตำแหน่ง ") + st.nominee.position;
        if (s.kind == QLatin1String("official") && !st.nominee.division.isEmpty())
            who += QStringLiteral(" สังกัด") + st.nominee.division;
        p << QStringLiteral("ลำดับที่ %1 %2 คะแนนรวม %3 จาก %4%5")
                 .arg(st.rank)
                 .arg(who, totalText(st.total), totalText(highestTotal(s.criteria)),
                      st.tie ? QStringLiteral(" (คะแนนเท่ากัน)") : QString());
    }
    p << QStringLiteral("จึงประกาศมาเพื่อทราบโดยทั่วกัน");
    a.body = p.join(u'\n');
    a.signedOn = s.announcedOn;
    a.signedBy = s.announcedBy;
    a.signerTitle = signerTitle;
    return [a, office](documents::PageWriter& page, QString* error) {
        page.digits = office.letterDigits();
        return announcements::paintAnnouncement(page, a, office, error);
    };
}

documents::DocumentPainter selectionPaper(const Selection& s, const office::OfficeProfile& office,
                                          const QString& signerTitle, const QStringList& given)
{
    const QStringList parts = given.isEmpty() ? QStringList{QStringLiteral("sheets"), QStringLiteral("summary"),
                                                            QStringLiteral("announcement")}
                                              : given;
    QList<documents::DocumentPainter> painters;
    for (const QString& part : parts) {
        if (part == QLatin1String("sheets"))
            for (const Scorer& m : s.scorers)
                painters << documents::listPainter(scoringSheet(s, m, office), office.documentDigits());
        else if (part == QLatin1String("summary"))
            painters << documents::listPainter(selectionSummary(s, office), office.documentDigits());
        else if (part == QLatin1String("announcement"))
            painters << selectionAnnouncement(s, office, signerTitle);
    }
    return [painters](documents::PageWriter& page, QString* error) {
        for (qsizetype i = 0; i < painters.size(); ++i)
            if ((i > 0 && !page.newPage()) || !painters[i](page, error))
                return false;
        return true;
    };
}

} // namespace sujarit::moral
