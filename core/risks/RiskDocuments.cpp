// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskDocuments.h"

#include "calendar/ThaiDate.h"
#include "documents/PageWriter.h"
#include "office/OfficeProfile.h"

#include <QColor>

namespace sujarit::risks {

using documents::Align;
using documents::ListDocument;

namespace {

QString riskCode(int number) { return QStringLiteral("R%1").arg(number); }

QString levelText(const QString& level) { return text::labelIn(levels(), level).value_or(QString()); }

QString typeText(const RiskRegister& reg, const QString& code) { return text::labelIn(reg.types, code).value_or(code); }

QString statusText(const QString& status) { return text::labelIn(measureStatuses(), status).value_or(status); }

QString whoText(const Measure& m)
{
    QStringList parts;
    if (!m.division.isEmpty())
        parts << m.division;
    if (!m.person.isEmpty())
        parts << m.person;
    return parts.join(QStringLiteral(" / "));
}

QString whenText(const Measure& m)
{
    QStringList parts;
    if (!m.period.isEmpty())
        parts << m.period;
    if (m.due)
        parts << QStringLiteral("ภายใน ") + calendar::formatThaiDate(*m.due, calendar::DateStyle::AbbreviatedShortYear);
    return parts.join(QStringLiteral(" "));
}

QString measuresText(const RiskRegister& reg, const Risk& r)
{
    QStringList lines;
    for (const Measure* m : reg.measuresOf(r.id)) {
        QString line = QStringLiteral("%1. %2").arg(m->number).arg(m->title);
        const QString who = whoText(*m), when = whenText(*m);
        if (!who.isEmpty() || !when.isEmpty())
            line += QStringLiteral(" (%1)").arg(who.isEmpty() || when.isEmpty() ? who + when : who + QStringLiteral(", ") + when);
        lines << line;
    }
    return lines.join(u'\n');
}

QString figuresText(const RiskFigures& f, const Risk& r)
{
    QStringList parts;
    if (!r.division.isEmpty())
        parts << QStringLiteral("ร้องเรียน%1: %2").arg(r.division).arg(f.complaintsOfDivision)
              << QStringLiteral("ของขวัญต้องรายงาน: %1").arg(f.giftsToReport);
    if (!r.process.isEmpty())
        parts << QStringLiteral("ร้องเรียนเรื่อง%1: %2").arg(r.process).arg(f.complaintsOfProcess);
    return parts.join(u'\n');
}

QString yearTitle(const QString& what, int fiscalYear)
{
    return QStringLiteral("%1 ประจำปีงบประมาณ พ.ศ. %2").arg(what).arg(fiscalYear);
}

} // namespace

QColor levelColour(const QString& level)
{
    if (level == u"very_high")
        return QColor(0xE5, 0x39, 0x35);
    if (level == u"high")
        return QColor(0xFF, 0xA7, 0x26);
    if (level == u"medium")
        return QColor(0xFF, 0xEB, 0x3B);
    return QColor(0x8B, 0xC3, 0x4A);
}

ListDocument registerList(const RiskRegister& reg, const LevelBands& bands, const QHash<qint64, RiskFigures>& figures,
                          const office::OfficeProfile& office, bool paper)
{
    ListDocument d;
    d.title = yearTitle(QStringLiteral("ทะเบียนความเสี่ยงการทุจริต"), reg.fiscalYear);
    d.subtitles = {office.fullName()};
    d.sheetName = QStringLiteral("ทะเบียนความเสี่ยง");
    d.emptyText = QStringLiteral("ยังไม่มีความเสี่ยงในทะเบียน");
    // On paper the rating is one column (4 × 4 = 16) so the texts have room; a file keeps each number in its own.
    if (paper)
        d.columns = {{QStringLiteral("ลำดับ"), 14, Align::Center},
                     {QStringLiteral("ที่"), 10, Align::Center},
                     {QStringLiteral("กระบวนงาน / เหตุการณ์ความเสี่ยง"), 0},
                     {QStringLiteral("ประเภท"), 30},
                     {QStringLiteral("สาเหตุ / การควบคุมที่มีอยู่"), 40},
                     {QStringLiteral("โอกาส × ผลกระทบ"), 27, Align::Center},
                     {QStringLiteral("ระดับ"), 20, Align::Center},
                     {QStringLiteral("ข้อมูลของหน่วยงาน"), 30},
                     {QStringLiteral("มาตรการป้องกัน"), 52}};
    else
        d.columns = {{QStringLiteral("ลำดับ"), 0},  {QStringLiteral("ที่"), 0},       {QStringLiteral("กระบวนงาน"), 0},
                     {QStringLiteral("เหตุการณ์ความเสี่ยง"), 0}, {QStringLiteral("ประเภท"), 0}, {QStringLiteral("สาเหตุ"), 0},
                     {QStringLiteral("การควบคุมที่มีอยู่"), 0}, {QStringLiteral("ส่วนราชการ"), 0}, {QStringLiteral("โอกาส"), 0},
                     {QStringLiteral("ผลกระทบ"), 0},  {QStringLiteral("คะแนน"), 0},     {QStringLiteral("ระดับ"), 0},
                     {QStringLiteral("เรื่องร้องเรียนเกี่ยวกับส่วนราชการ"), 0},
                     {QStringLiteral("เรื่องร้องเรียนในกระบวนงาน"), 0},
                     {QStringLiteral("ของขวัญที่ต้องรายงาน"), 0},     {QStringLiteral("มาตรการป้องกัน"), 0}};
    if (!paper)
        d.numericColumns = {0, 8, 9, 10, 12, 13, 14};
    for (const Ranked& x : reg.ranked(bands)) {
        const Risk& r = *x.risk;
        const RiskFigures f = figures.value(r.id);
        const QString rank = x.rank > 0 ? QString::number(x.rank) : QStringLiteral("–");
        const QString level = x.level.isEmpty() ? QStringLiteral("ยังไม่ประเมิน") : levelText(x.level);
        if (!paper) {
            const auto number = [](const std::optional<int>& v) { return v ? QString::number(*v) : QString(); };
            d.rows << QStringList{x.rank > 0 ? rank : QString(), riskCode(r.number), r.process, r.event,
                                  typeText(reg, r.type), r.causes, r.controls, r.division, number(r.likelihood),
                                  number(r.impact), number(r.score()), level,
                                  QString::number(f.complaintsOfDivision), QString::number(f.complaintsOfProcess),
                                  QString::number(f.giftsToReport), measuresText(reg, r)};
            continue;
        }
        QStringList causes;
        if (!r.causes.isEmpty())
            causes << QStringLiteral("สาเหตุ: ") + r.causes;
        if (!r.controls.isEmpty())
            causes << QStringLiteral("การควบคุม: ") + r.controls;
        d.rows << QStringList{rank,
                              riskCode(r.number),
                              r.process.isEmpty() ? r.event : r.process + QStringLiteral(":\n") + r.event,
                              typeText(reg, r.type),
                              causes.join(u'\n'),
                              r.assessed() ? QStringLiteral("%1 × %2 = %3").arg(*r.likelihood).arg(*r.impact).arg(*r.score())
                                           : QStringLiteral("–"),
                              level,
                              figuresText(f, r),
                              measuresText(reg, r)};
    }
    const QList<const Measure*> general = reg.measuresOf(0);
    if (!general.isEmpty()) {
        d.closing << QStringLiteral("มาตรการที่ใช้กับทุกความเสี่ยง");
        for (const Measure* m : general) {
            QString line = QStringLiteral("%1. %2").arg(m->number).arg(m->title);
            if (const QString who = whoText(*m); !who.isEmpty())
                line += QStringLiteral(" (ผู้รับผิดชอบ: %1)").arg(who);
            d.closing << line;
        }
    }
    return d;
}

documents::DocumentPainter assessmentReport(const RiskRegister& reg, const LevelBands& bands,
                                            const QHash<qint64, RiskFigures>& figures,
                                            const office::OfficeProfile& office)
{
    ListDocument list = registerList(reg, bands, figures, office, true);
    list.title = yearTitle(QStringLiteral("ผลการประเมินความเสี่ยงการทุจริต เรียงตามลำดับความเสี่ยง"), reg.fiscalYear);
    if (!reg.findings.isEmpty()) {
        list.closing << QStringLiteral("ความคาดหวังของผู้มีส่วนได้ส่วนเสีย");
        for (const Finding& f : reg.findings) {
            QStringList risks;
            for (int n : f.risks)
                risks << riskCode(n);
            list.closing << QStringLiteral("%1: %2%3")
                                .arg(text::labelIn(findingSources(), f.source).value_or(f.source), f.text,
                                     risks.isEmpty() ? QString() : QStringLiteral(" (") + risks.join(QStringLiteral(", ")) + u')');
        }
    }
    list.signatures = {QStringLiteral("ผู้จัดทำ"), office.executiveTitle.isEmpty() ? QStringLiteral("ผู้บริหาร")
                                                                                  : office.executiveTitle};
    const QList<Ranked> ranked = reg.ranked(bands);
    const QString officeName = office.fullName();
    return [list, ranked, bands, officeName, year = reg.fiscalYear](documents::PageWriter& page, QString* why) {
        page.left = 15;
        page.right = 15;
        page.top = 14;
        page.bottom = 14;
        const qreal centre = page.left + page.contentWidth() / 2;
        qreal y = page.top + 6;
        page.text(centre, y, QStringLiteral("รายงานผลการประเมินความเสี่ยงการทุจริต"), 18, true, Align::Center);
        y += page.lineHeight(18);
        page.text(centre, y, QStringLiteral("ประจำปีงบประมาณ พ.ศ. %1").arg(year), 16, true, Align::Center);
        y += page.lineHeight(16);
        page.text(centre, y, officeName, 14, false, Align::Center);
        y += page.lineHeight(14) * 1.2;

        // The matrix: impact up the side (5 at the top), likelihood along the foot.
        constexpr qreal Cell = 24;
        const qreal gridLeft = page.left + 22, gridTop = y + 4;
        QPainter& p = page.painter();
        QHash<int, QStringList> inCell; // likelihood * 10 + impact → R-numbers
        QMap<QString, int> count;
        int unassessed = 0;
        for (const Ranked& x : ranked) {
            if (x.rank == 0) {
                ++unassessed;
                continue;
            }
            inCell[*x.risk->likelihood * 10 + *x.risk->impact] << riskCode(x.risk->number);
            ++count[x.level];
        }
        for (int impact = 5; impact >= 1; --impact) {
            for (int likelihood = 1; likelihood <= 5; ++likelihood) {
                const QRectF cell(page.toDevice(gridLeft + (likelihood - 1) * Cell),
                                  page.toDevice(gridTop + (5 - impact) * Cell), page.toDevice(Cell), page.toDevice(Cell));
                p.fillRect(cell, levelColour(levelOf(likelihood * impact, bands)));
                page.rect(gridLeft + (likelihood - 1) * Cell, gridTop + (5 - impact) * Cell, Cell, Cell, 0.3);
                page.text(gridLeft + (likelihood - 1) * Cell + 1.5, gridTop + (5 - impact) * Cell + 4.5,
                          QString::number(likelihood * impact), 9);
                const QStringList names = inCell.value(likelihood * 10 + impact);
                const QStringList lines = page.wrapAtSpaces(names.join(u' '), Cell - 3, 13);
                qreal ly = gridTop + (5 - impact) * Cell + Cell / 2 - (lines.size() - 1) * page.lineHeight(13) / 2 + 1.5;
                for (const QString& l : lines) {
                    page.text(gridLeft + (likelihood - 0.5) * Cell, ly, l, 13, true, Align::Center);
                    ly += page.lineHeight(13);
                }
            }
            page.text(gridLeft - 3, gridTop + (5.5 - impact) * Cell + 2, QString::number(impact), 14, true, Align::Right);
        }
        for (int likelihood = 1; likelihood <= 5; ++likelihood)
            page.text(gridLeft + (likelihood - 0.5) * Cell, gridTop + 5 * Cell + 6, QString::number(likelihood), 14,
                      true, Align::Center);
        page.text(gridLeft + 2.5 * Cell, gridTop + 5 * Cell + 12, QStringLiteral("โอกาสที่จะเกิด (Likelihood)"), 14,
                  false, Align::Center);
        p.save();
        p.translate(page.toDevice(page.left + 5), page.toDevice(gridTop + 2.5 * Cell));
        p.rotate(-90);
        p.translate(-page.toDevice(page.left + 5), -page.toDevice(gridTop + 2.5 * Cell));
        page.text(page.left + 5, gridTop + 2.5 * Cell + 2, QStringLiteral("ผลกระทบ (Impact)"), 14, false, Align::Center);
        p.restore();

        // Beside it: the bands, then what each level means.
        const qreal x = gridLeft + 5 * Cell + 14;
        const qreal width = page.contentRight() - x;
        qreal ry = gridTop + 2;
        page.text(x, ry, QStringLiteral("ระดับความเสี่ยง (คะแนน = โอกาส × ผลกระทบ)"), 14, true);
        ry += page.lineHeight(14);
        for (auto it = levels().crbegin(); it != levels().crend(); ++it) {
            p.fillRect(QRectF(page.toDevice(x), page.toDevice(ry - 4), page.toDevice(8), page.toDevice(5)),
                       levelColour(it->code));
            page.rect(x, ry - 4, 8, 5, 0.2);
            page.text(x + 11, ry, QStringLiteral("%1 คะแนน %2: %3 ความเสี่ยง")
                                      .arg(it->label, levelRange(it->code, bands))
                                      .arg(count.value(it->code)),
                      14);
            ry += page.lineHeight(14);
        }
        if (unassessed > 0) {
            page.text(x + 11, ry, QStringLiteral("ยังไม่ได้ประเมิน: %1 ความเสี่ยง").arg(unassessed), 14);
            ry += page.lineHeight(14);
        }
        const auto scale = [&](const QString& heading, const QList<Term>& levels) {
            ry += page.lineHeight(12) * 0.5;
            page.text(x, ry, heading, 13, true);
            ry += page.lineHeight(12);
            for (const Term& t : levels) {
                const QStringList lines = page.wrap(QStringLiteral("%1 = %2").arg(t.code, t.label), width, 12);
                for (const QString& l : lines) {
                    page.text(x, ry, l, 12);
                    ry += page.lineHeight(12);
                }
            }
        };
        scale(QStringLiteral("โอกาสที่จะเกิด"), likelihoodLevels());
        scale(QStringLiteral("ผลกระทบ"), impactLevels());
        if (!page.newPage())
            return false;
        page.y = 0;
        return documents::paintList(page, list, why);
    };
}

ListDocument roundReport(const RiskRegister& reg, int round, const LevelBands& bands,
                         const office::OfficeProfile& office)
{
    ListDocument d;
    d.title = yearTitle(QStringLiteral("รายงานผลการดำเนินการตามมาตรการป้องกันความเสี่ยงการทุจริต รอบ %1 เดือน").arg(round),
                        reg.fiscalYear);
    const RoundInfo info = reg.round(round);
    d.subtitles = {office.fullName()};
    if (info.locked())
        d.subtitles << QStringLiteral("ส่งรายงานแล้ว เมื่อ %1")
                           .arg(calendar::formatThaiDate(info.lockedAt->date()));
    d.sheetName = QStringLiteral("รอบ %1 เดือน").arg(round);
    d.columns = {{QStringLiteral("ที่"), 12, Align::Center},
                 {QStringLiteral("ความเสี่ยง / มาตรการ"), 0},
                 {QStringLiteral("ผู้รับผิดชอบ"), 34},
                 {QStringLiteral("ระยะเวลา"), 28},
                 {QStringLiteral("ระดับก่อน"), 22, Align::Center},
                 {QStringLiteral("ระดับหลังมาตรการ"), 24, Align::Center},
                 {QStringLiteral("สถานะ"), 26},
                 {QStringLiteral("ผลการดำเนินการ"), 62}};
    d.emptyText = QStringLiteral("ยังไม่มีความเสี่ยงในทะเบียน");
    int measures = 0, done = 0, cancelled = 0, highBefore = 0, highAfter = 0, lowered = 0;
    const auto measureRow = [&](const Measure& m) {
        const std::optional<FollowUp> reported = reg.followUp(m.id, round);
        const FollowUp f = reported.value_or(FollowUp{});
        ++measures;
        done += f.status == u"done";
        cancelled += f.status == u"cancelled";
        QString result = f.done;
        if (f.status == u"cancelled")
            result = QStringLiteral("ยกเลิก เพราะ") + f.cancelReason + (f.done.isEmpty() ? QString() : u'\n' + f.done);
        d.rows << QStringList{QString::number(m.number), m.title, whoText(m), whenText(m), QString(), QString(),
                              reported ? statusText(f.status) : QStringLiteral("ยังไม่รายงาน"),
                              result};
    };
    for (const Ranked& x : reg.ranked(bands)) {
        const Risk& r = *x.risk;
        const Residual after = reg.residuals.value(r.id).value(round, Residual{});
        const QString before = x.level.isEmpty() ? QStringLiteral("ยังไม่ประเมิน")
                                                 : QStringLiteral("%1 (%2)").arg(levelText(x.level)).arg(x.score);
        const QString afterLevel = after.likelihood > 0 ? levelOf(after.score(), bands) : QString();
        const auto high = [](const QString& level) { return level == u"high" || level == u"very_high"; };
        highBefore += high(x.level);
        highAfter += afterLevel.isEmpty() ? high(x.level) : high(afterLevel);
        lowered += !afterLevel.isEmpty() && after.score() < x.score;
        d.rows << QStringList{riskCode(r.number),
                              r.process.isEmpty() ? r.event : QStringLiteral("%1: %2").arg(r.process, r.event),
                              r.division, QString(), before,
                              afterLevel.isEmpty() ? QStringLiteral("ยังไม่ประเมิน")
                                                   : QStringLiteral("%1 (%2)").arg(levelText(afterLevel)).arg(after.score()),
                              QString(), QString()};
        for (const Measure* m : reg.measuresOf(r.id))
            measureRow(*m);
    }
    const QList<const Measure*> general = reg.measuresOf(0);
    if (!general.isEmpty()) {
        d.rows << QStringList{QString(), QStringLiteral("มาตรการที่ใช้กับทุกความเสี่ยง"), QString(), QString(), QString(),
                              QString(), QString(), QString()};
        for (const Measure* m : general)
            measureRow(*m);
    }
    d.closing << QStringLiteral("สรุป: มาตรการทั้งหมด %1 มาตรการ ดำเนินการแล้วเสร็จ %2 มาตรการ ยกเลิก %3 มาตรการ "
                                "ความเสี่ยงระดับสูงขึ้นไป %4 ความเสี่ยงก่อนมาตรการ เหลือ %5 ความเสี่ยงหลังมาตรการ "
                                "(ลดระดับคะแนนลง %6 ความเสี่ยง)")
                     .arg(measures)
                     .arg(done)
                     .arg(cancelled)
                     .arg(highBefore)
                     .arg(highAfter)
                     .arg(lowered);
    d.signatures = {QStringLiteral("ผู้รายงาน"), QStringLiteral("หัวหน้าหน่วยงาน")};
    return d;
}

} // namespace sujarit::risks
