// SPDX-License-Identifier: GPL-3.0-or-later
#include "Risk.h"

#include "plan/PlanTemplates.h"

#include <QCoreApplication>
#include <algorithm>

namespace sujarit::risks {

namespace {
struct RiskText
{
    Q_DECLARE_TR_FUNCTIONS(RiskText)
};
} // namespace

QString LevelBands::check() const
{
    if (!(medium >= 2 && medium < high && high < veryHigh && veryHigh <= 25))
        return RiskText::tr("the level bands must rise within 2–25 (medium %1, high %2, very high %3): each level "
                            "starts at a higher score than the one below it")
            .arg(medium)
            .arg(high)
            .arg(veryHigh);
    return {};
}

QString levelOf(int score, const LevelBands& bands)
{
    if (score >= bands.veryHigh)
        return QStringLiteral("very_high");
    if (score >= bands.high)
        return QStringLiteral("high");
    if (score >= bands.medium)
        return QStringLiteral("medium");
    return QStringLiteral("low");
}

const QList<Term>& levels()
{
    static const QList<Term> list = {
        {QStringLiteral("low"), QStringLiteral("ต่ำ"), QStringLiteral("Low")},
        {QStringLiteral("medium"), QStringLiteral("ปานกลาง"), QStringLiteral("Medium")},
        {QStringLiteral("high"), QStringLiteral("สูง"), QStringLiteral("High")},
        {QStringLiteral("very_high"), QStringLiteral("สูงมาก"), QStringLiteral("Very high")},
    };
    return list;
}

QString levelRange(const QString& level, const LevelBands& b)
{
    const auto range = [](int from, int to) { return QStringLiteral("%1–%2").arg(from).arg(to); };
    if (level == u"very_high")
        return range(b.veryHigh, 25);
    if (level == u"high")
        return range(b.high, b.veryHigh - 1);
    if (level == u"medium")
        return range(b.medium, b.high - 1);
    return range(1, b.medium - 1);
}

const QList<Term>& likelihoodLevels()
{
    static const QList<Term> list = {
        {QStringLiteral("1"), QStringLiteral("น้อยมาก: แทบจะไม่เกิดขึ้น (ไม่เกิน 1 ครั้งในรอบ 5 ปี)")},
        {QStringLiteral("2"), QStringLiteral("น้อย: อาจเกิดขึ้นได้บ้าง (1 ครั้งในรอบ 2–5 ปี)")},
        {QStringLiteral("3"), QStringLiteral("ปานกลาง: เกิดขึ้นได้เป็นบางครั้ง (1 ครั้งในรอบปี)")},
        {QStringLiteral("4"), QStringLiteral("สูง: มีโอกาสเกิดขึ้นบ่อย (หลายครั้งในรอบปี)")},
        {QStringLiteral("5"), QStringLiteral("สูงมาก: เกิดขึ้นเกือบทุกครั้งที่ปฏิบัติงาน")},
    };
    return list;
}

const QList<Term>& impactLevels()
{
    static const QList<Term> list = {
        {QStringLiteral("1"), QStringLiteral("น้อยมาก: แทบไม่มีผลเสียหายต่อหน่วยงานและประชาชน")},
        {QStringLiteral("2"), QStringLiteral("น้อย: เสียหายเล็กน้อย แก้ไขได้ภายในหน่วยงาน")},
        {QStringLiteral("3"), QStringLiteral("ปานกลาง: เสียหายต่อการให้บริการหรือภาพลักษณ์ของหน่วยงาน")},
        {QStringLiteral("4"), QStringLiteral("สูง: เสียหายต่องบประมาณหรือประชาชนเป็นวงกว้าง")},
        {QStringLiteral("5"), QStringLiteral("สูงมาก: เสียหายร้ายแรง เป็นความผิดฐานทุจริตหรือต้องชดใช้ค่าเสียหาย")},
    };
    return list;
}

const QList<Term>& shippedRiskTypes()
{
    static const QList<Term> list = {
        {QStringLiteral("permits"), QStringLiteral("การอนุมัติ อนุญาต ตาม พ.ร.บ.การอำนวยความสะดวกฯ พ.ศ. 2558")},
        {QStringLiteral("authority"), QStringLiteral("การใช้อำนาจและตำแหน่งหน้าที่")},
        {QStringLiteral("budget"), QStringLiteral("การใช้จ่ายงบประมาณและทรัพยากรภาครัฐ")},
        {QStringLiteral("conflict_of_interest"), QStringLiteral("ผลประโยชน์ทับซ้อน")},
        {QStringLiteral("bribery"), QStringLiteral("การรับสินบน")},
        {QStringLiteral("other"), QStringLiteral("อื่น ๆ")},
    };
    return list;
}

const QList<Term>& findingSources()
{
    static const QList<Term> list = {
        {QStringLiteral("survey"), QStringLiteral("แบบสำรวจความคิดเห็น"), QStringLiteral("Survey")},
        {QStringLiteral("meeting"), QStringLiteral("การประชุม/เวทีประชาคม"), QStringLiteral("Meeting")},
        {QStringLiteral("complaints"), QStringLiteral("เรื่องร้องเรียน"), QStringLiteral("Complaints")},
        {QStringLiteral("ita"), QStringLiteral("ผลการประเมิน ITA"), QStringLiteral("ITA results")},
        {QStringLiteral("other"), QStringLiteral("อื่น ๆ"), QStringLiteral("Other")},
    };
    return list;
}

const QList<Term>& measureStatuses() { return plan::statuses(); }

const QList<int>& rounds()
{
    static const QList<int> list = {6, 12};
    return list;
}

QDate defaultRoundDue(int fiscalYear, int round) { return plan::defaultRoundDue(fiscalYear, round); }

std::optional<int> Risk::score() const
{
    if (!assessed())
        return std::nullopt;
    return *likelihood * *impact;
}

const Risk* RiskRegister::risk(qint64 id) const
{
    for (const Risk& r : risks)
        if (r.id == id)
            return &r;
    return nullptr;
}

const Risk* RiskRegister::riskNumbered(int number) const
{
    for (const Risk& r : risks)
        if (r.number == number)
            return &r;
    return nullptr;
}

const Measure* RiskRegister::measure(qint64 id) const
{
    for (const Measure& m : measures)
        if (m.id == id)
            return &m;
    return nullptr;
}

QList<const Measure*> RiskRegister::measuresOf(qint64 id, bool general) const
{
    QList<const Measure*> out;
    for (const Measure& m : measures)
        if (m.risk == id)
            out << &m;
    if (general && id != 0)
        for (const Measure& m : measures)
            if (m.risk == 0)
                out << &m;
    return out;
}

RoundInfo RiskRegister::round(int number) const
{
    for (const RoundInfo& r : rounds)
        if (r.round == number)
            return r;
    return {number, defaultRoundDue(fiscalYear, number), std::nullopt, {}};
}

std::optional<FollowUp> RiskRegister::followUp(qint64 id, int round) const
{
    if (planFollowUps.value(id).contains(round))
        return planFollowUps.value(id).value(round);
    if (followUps.value(id).contains(round))
        return followUps.value(id).value(round);
    return std::nullopt;
}

QList<Ranked> RiskRegister::ranked(const LevelBands& bands) const
{
    QList<Ranked> assessed, rest;
    for (const Risk& r : risks) {
        if (r.assessed())
            assessed.append({&r, *r.score(), levelOf(*r.score(), bands), 0});
        else
            rest.append({&r, 0, QString(), 0});
    }
    const auto key = [](const Ranked& x) { return std::make_tuple(x.score, *x.risk->impact, *x.risk->likelihood); };
    std::stable_sort(assessed.begin(), assessed.end(), [&](const Ranked& a, const Ranked& b) {
        if (key(a) != key(b))
            return key(a) > key(b);
        return a.risk->number < b.risk->number;
    });
    for (qsizetype i = 0; i < assessed.size(); ++i)
        assessed[i].rank = i > 0 && key(assessed[i]) == key(assessed[i - 1]) ? assessed[i - 1].rank : int(i) + 1;
    return assessed + rest;
}

} // namespace sujarit::risks
