// SPDX-License-Identifier: GPL-3.0-or-later
#include "GiftRule.h"

#include "calendar/ThaiDate.h"
#include "text/ThaiBahtText.h"

#include <QCoreApplication>
#include <QHash>

namespace sujarit::gifts {

namespace {

struct GiftText
{
    Q_DECLARE_TR_FUNCTIONS(GiftText)
};

QString key(const QString& s)
{
    return s.simplified().toCaseFolded();
}

QString baht(qint64 satang)
{
    return text::formatBaht(satang, false);
}

} // namespace

GiftRuleSet GiftRuleSet::nacc2563()
{
    GiftRuleSet r;
    r.version
        = QStringLiteral("ประกาศคณะกรรมการ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าหน้าที่ของรัฐ "
                         "พ.ศ. 2563");
    r.section = QStringLiteral("พ.ร.ป. ว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 มาตรา 128");
    r.thresholdSatang = 3000 * 100;
    r.reportWithinDays = 30;
    for (const Relation& rel : relations())
        if (rel.code != QLatin1String("none"))
            r.relativeRelations << rel.code;
    return r;
}

const QList<Relation>& relations()
{
    static const QList<Relation> list = {
        { QStringLiteral("none"), QStringLiteral("ไม่ใช่ญาติ") },
        { QStringLiteral("relative"), QStringLiteral("ญาติ") },
        { QStringLiteral("ascendant"), QStringLiteral("บุพการี (บิดา มารดา ปู่ ย่า ตา ยาย)") },
        { QStringLiteral("descendant"), QStringLiteral("ผู้สืบสันดาน (บุตร หลาน)") },
        { QStringLiteral("sibling"), QStringLiteral("พี่น้องร่วมบิดามารดา") },
        { QStringLiteral("half_sibling"), QStringLiteral("พี่น้องร่วมบิดาหรือมารดาเดียวกัน") },
        { QStringLiteral("uncle_aunt"), QStringLiteral("ลุง ป้า น้า อา") },
        { QStringLiteral("spouse"), QStringLiteral("คู่สมรส") },
        { QStringLiteral("spouse_ascendant"), QStringLiteral("บุพการีของคู่สมรส") },
        { QStringLiteral("spouse_descendant"), QStringLiteral("ผู้สืบสันดานของคู่สมรส") },
        { QStringLiteral("adopted_child"), QStringLiteral("บุตรบุญธรรม") },
        { QStringLiteral("adoptive_parent"), QStringLiteral("ผู้รับบุตรบุญธรรม") },
    };
    return list;
}

std::optional<QString> relationLabel(const QString& code) { return text::labelIn(relations(), code); }

QString validate(const GiftEntry& e)
{
    if (e.receiver.trimmed().isEmpty())
        return GiftText::tr("receiver: the official who received the gift is missing");
    if (e.giver.trimmed().isEmpty())
        return GiftText::tr("giver: who gave the gift is missing");
    if (!e.date.isValid())
        return GiftText::tr("date: the day the gift was received is missing or impossible");
    if (e.valueSatang < 0)
        return GiftText::tr("value: %1 baht is negative; a gift's value is 0 or more").arg(baht(e.valueSatang));
    if (!relationLabel(e.relation)) {
        QStringList codes;
        for (const Relation& r : relations())
            codes << r.code;
        return GiftText::tr("relation: “%1” is not one of %2").arg(e.relation, codes.join(QStringLiteral(", ")));
    }
    return {};
}

QString verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::MayKeep:
        return QStringLiteral("may_keep");
    case Verdict::MustReport:
        return QStringLiteral("must_report");
    case Verdict::Refused:
        break;
    }
    return QStringLiteral("refused");
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::MayKeep:
        return QStringLiteral("รับได้");
    case Verdict::MustReport:
        return QStringLiteral("ต้องรายงาน");
    case Verdict::Refused:
        break;
    }
    return QStringLiteral("ปฏิเสธการรับ");
}

QList<GiftJudgement> judge(const QList<GiftEntry>& entries, const GiftRuleSet& rules)
{
    const auto counts = [&](const GiftEntry& e) {
        return e.accepted && !e.publicOffer && !rules.relativeRelations.contains(e.relation);
    };
    // What each giver gave each receiver on each occasion, of the gifts the limit applies to.
    QHash<QString, qint64> totals;
    const auto groupOf = [](const GiftEntry& e) {
        return key(e.receiver) + QChar(0x1F) + key(e.giver) + QChar(0x1F) + key(e.occasion);
    };
    for (const GiftEntry& e : entries)
        if (counts(e))
            totals[groupOf(e)] += e.valueSatang;

    QList<GiftJudgement> out;
    out.reserve(entries.size());
    const QString basis = QStringLiteral("(%1; %2)").arg(rules.version, rules.section);
    for (const GiftEntry& e : entries) {
        GiftJudgement j;
        j.ruleVersion = rules.version;
        if (!e.accepted) {
            j.verdict = Verdict::Refused;
            j.rule = QStringLiteral("refused");
            j.reason = QStringLiteral("ได้ปฏิเสธการรับแล้ว จึงไม่ต้องรายงาน %1").arg(basis);
        } else if (rules.relativeRelations.contains(e.relation)) {
            j.rule = QStringLiteral("relative");
            j.reason = QStringLiteral("รับได้ เพราะรับจากญาติ (%1) ซึ่งให้โดยเสน่หาตามจำนวนที่เหมาะสมตามฐานานุรูป %2")
                           .arg(relationLabel(e.relation).value_or(e.relation), basis);
        } else if (e.publicOffer) {
            j.rule = QStringLiteral("public_offer");
            j.reason = QStringLiteral("รับได้ เพราะเป็นการให้ในลักษณะให้แก่บุคคลทั่วไป %1").arg(basis);
        } else {
            j.occasionTotalSatang = totals.value(groupOf(e));
            const QString total = QStringLiteral("%1 บาท (%2)")
                                      .arg(baht(j.occasionTotalSatang), text::thaiBahtText(j.occasionTotalSatang));
            const QString limit = baht(rules.thresholdSatang);
            if (j.occasionTotalSatang <= rules.thresholdSatang) {
                j.rule = QStringLiteral("within_threshold");
                j.reason = QStringLiteral("รับได้ เพราะมูลค่ารวมจากผู้ให้รายเดียวกันในโอกาสเดียวกัน %1 ไม่เกิน %2 บาท %3")
                               .arg(total, limit, basis);
            } else {
                j.verdict = Verdict::MustReport;
                j.rule = QStringLiteral("over_threshold");
                j.reportDue = e.date.addDays(rules.reportWithinDays);
                j.reason = QStringLiteral("ต้องรายงานผู้บังคับบัญชาภายใน %1 วัน เพราะมูลค่ารวมจากผู้ให้รายเดียวกันในโอกาสเดียวกัน %2 "
                                          "เกิน %3 บาท %4")
                               .arg(rules.reportWithinDays)
                               .arg(total, limit, basis);
            }
        }
        if (e.receiverLeftOn)
            j.reason += QStringLiteral(" ทั้งนี้ ผู้รับพ้นจากตำแหน่งเมื่อ %1 ยังไม่ถึงสองปี จึงอยู่ในบังคับของหลักเกณฑ์นี้โดยอนุโลม")
                            .arg(calendar::formatThaiDate(*e.receiverLeftOn, calendar::DateStyle::Long));
        out << j;
    }
    return out;
}

} // namespace sujarit::gifts
