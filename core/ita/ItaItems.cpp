// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItaItems.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace sujarit::ita {

namespace {
struct ItaText
{
    Q_DECLARE_TR_FUNCTIONS(ItaText)
};

QString key(int fiscalYear) { return QStringLiteral("ita.items.%1").arg(fiscalYear); }
/** The older setting: the code of the statistics item alone (schema 2). */
QString statisticsKey(int fiscalYear) { return QStringLiteral("ita.item.%1").arg(fiscalYear); }

/** O9 < O19 < O20: letters, then the number. */
bool codeOrder(const Item& a, const Item& b)
{
    static const QRegularExpression split(QStringLiteral("^([A-Z]*)(\\d*)$"));
    const auto x = split.match(a.code), y = split.match(b.code);
    if (x.captured(1) != y.captured(1))
        return x.captured(1) < y.captured(1);
    return x.captured(2).toInt() < y.captured(2).toInt();
}

Item item(const char* code, const char* title, const char* shows, QStringList answers)
{
    return {QString::fromLatin1(code), QString::fromUtf8(title), QString::fromUtf8(shows), std::move(answers)};
}

const QString Ethics = QStringLiteral("ethics"), Manual = QStringLiteral("manual"), Channels = QStringLiteral("channels"),
              Statistics = QStringLiteral("statistics"), NoGift = QStringLiteral("no_gift_announcement"),
              Culture = QStringLiteral("no_gift_culture"), Gifts = QStringLiteral("gift_report"),
              Coi = QStringLiteral("coi_measures"), Risks = QStringLiteral("risk_assessment"),
              RiskResults = QStringLiteral("risk_results"), PlanList = QStringLiteral("plan"),
              PlanSix = QStringLiteral("plan_six_months"), PlanResults = QStringLiteral("plan_results"),
              Integrity = QStringLiteral("integrity_report");

const char* const EthicsShows = "ประมวลจริยธรรมของหน่วยงาน และการขับเคลื่อนจริยธรรม: กิจกรรมส่งเสริมคุณธรรม จริยธรรม "
                                "และการประชุมของคณะกรรมการจริยธรรม";
const char* const ManualShows = "คู่มือหรือแนวปฏิบัติการจัดการเรื่องร้องเรียน: ช่องทาง ขั้นตอน ระยะเวลา ผู้รับผิดชอบ "
                                "และการคุ้มครองผู้ร้องเรียน";
const char* const ChannelsShows = "ช่องทางที่ผู้ร้องเรียนใช้แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบได้";
const char* const StatisticsShows = "จำนวนเรื่องร้องเรียน เรื่องที่ดำเนินการแล้วเสร็จ อยู่ระหว่างดำเนินการ ประเภท "
                                    "และช่องทาง ของรอบ 6 เดือนและของทั้งปี";
const char* const ParticipationShows = "การเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงานของหน่วยงาน "
                                       "(เช่น การรับฟังความคิดเห็น เวทีประชาคม)";
const char* const RiskShows = "ผลการประเมินความเสี่ยงการทุจริต: เหตุการณ์ความเสี่ยง ระดับ และมาตรการควบคุม";
const char* const RiskResultsShows = "ผลการดำเนินการตามมาตรการจัดการความเสี่ยงการทุจริต ในรอบ 6 เดือนและ 12 เดือน";
const char* const PlanShows = "แผนปฏิบัติการป้องกันการทุจริตประจำปี: โครงการ กิจกรรม งบประมาณ และระยะเวลา";
const char* const PlanResultsShows = "ผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ในแต่ละรอบ";
} // namespace

const QList<text::Code>& answerKinds()
{
    static const QList<text::Code> list = {
        {Manual, QStringLiteral("คู่มือการจัดการเรื่องร้องเรียน (จากการตั้งค่าของหน่วยงาน)"), QStringLiteral("complaint-handling manual")},
        {Channels, QStringLiteral("ประกาศช่องทางการร้องเรียน"), QStringLiteral("the channels announcement")},
        {Statistics, QStringLiteral("สถิติเรื่องร้องเรียน 6 เดือนและทั้งปี"), QStringLiteral("complaint statistics")},
        {Ethics, QStringLiteral("การขับเคลื่อนจริยธรรม (กิจกรรมด้านจริยธรรมในแผน)"), QStringLiteral("ethics driving")},
        {NoGift, QStringLiteral("ประกาศ No Gift Policy"), QStringLiteral("the No Gift Policy announcement")},
        {Culture, QStringLiteral("การสร้างวัฒนธรรม No Gift Policy"), QStringLiteral("the No Gift culture")},
        {Gifts, QStringLiteral("รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด"), QStringLiteral("the gift report")},
        {Coi, QStringLiteral("ประกาศมาตรการป้องกันผลประโยชน์ทับซ้อน"), QStringLiteral("the conflict-of-interest measures")},
        {Risks, QStringLiteral("การประเมินความเสี่ยงการทุจริต"), QStringLiteral("the risk assessment")},
        {RiskResults, QStringLiteral("ผลการจัดการความเสี่ยง (รอบ 6 และ 12 เดือน)"), QStringLiteral("the risk rounds")},
        {PlanList, QStringLiteral("แผนปฏิบัติการป้องกันการทุจริต"), QStringLiteral("the action plan")},
        {PlanSix, QStringLiteral("รายงานผลตามแผน รอบ 6 เดือน"), QStringLiteral("the plan's 6-month report")},
        {PlanResults, QStringLiteral("รายงานผลตามแผน ทุกรอบที่รายงานแล้ว"), QStringLiteral("the plan's reported rounds")},
        {Integrity, QStringLiteral("รายงานผลการส่งเสริมคุณธรรม (องค์กรคุณธรรม)"), QStringLiteral("the integrity report")},
    };
    return list;
}

QList<Item> shippedItems(int fiscalYear)
{
    switch (fiscalYear) {
    case 2566:
        return {
            item("O27", "คู่มือหรือแนวทางการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ManualShows, {Manual}),
            item("O28", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ChannelsShows, {Channels}),
            item("O29", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี", StatisticsShows, {Statistics}),
            item("O30", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", ParticipationShows, {}),
            item("O31", "ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่",
                 "ประกาศของผู้บริหารสูงสุด ว่าจะไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่", {NoGift}),
            item("O32", "การสร้างวัฒนธรรม No Gift Policy", "กิจกรรมที่สร้างวัฒนธรรม No Gift Policy ในหน่วยงาน", {Culture}),
            item("O33", "รายงานผลตามนโยบาย No Gift Policy",
                 "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด (หรือว่าไม่มี) ของปีงบประมาณ", {Gifts}),
            item("O34", "การประเมินความเสี่ยงการทุจริตประจำปี", RiskShows, {Risks}),
            item("O35", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", RiskResultsShows, {RiskResults}),
            item("O36", "แผนปฏิบัติการป้องกันการทุจริต", PlanShows, {PlanList}),
            item("O37", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน",
                 "ความก้าวหน้าของแผนปฏิบัติการป้องกันการทุจริต ในรอบ 6 เดือนแรก", {PlanSix}),
            item("O38", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", PlanResultsShows, {PlanResults}),
            item("O39", "ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ",
                 "ประมวลจริยธรรมของหน่วยงานที่ประกาศใช้", {}),
            item("O40", "การขับเคลื่อนจริยธรรม", EthicsShows, {Ethics}),
            item("O41", "การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ",
                 "ผลการประเมินการปฏิบัติตามประมวลจริยธรรมของเจ้าหน้าที่", {}),
            item("O42", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                 "มาตรการของหน่วยงานที่ป้องกันการทุจริตและผลประโยชน์ทับซ้อน", {Coi}),
            item("O43", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                 "ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", {Integrity}),
        };
    case 2568:
        return {
            item("O16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", EthicsShows, {Ethics}),
            item("O17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ManualShows, {Manual}),
            item("O18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ChannelsShows, {Channels}),
            item("O19", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", StatisticsShows, {Statistics}),
            item("O20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", ParticipationShows, {}),
            item("O21", "ประกาศเจตนารมณ์และการสร้างวัฒนธรรม No Gift Policy",
                 "ประกาศของผู้บริหาร และกิจกรรมที่สร้างวัฒนธรรม No Gift Policy", {NoGift, Culture}),
            item("O22", "รายงานผลการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
                 "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด (หรือว่าไม่มี) ของปีงบประมาณ", {Gifts}),
            item("O23", "การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ", RiskShows, {Risks}),
            item("O24", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ", RiskResultsShows,
                 {RiskResults}),
            item("O25", "แผนปฏิบัติการป้องกันการทุจริต", PlanShows, {PlanList}),
            item("O26", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", PlanResultsShows, {PlanResults}),
        };
    case 2569:
        return {
            item("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", EthicsShows, {Ethics}),
            item("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ManualShows, {Manual}),
            item("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ChannelsShows, {Channels}),
            item("O18", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", StatisticsShows, {Statistics}),
            item("O19", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", ParticipationShows, {}),
            item("O20", "การขับเคลื่อนนโยบาย No Gift Policy และการรับรู้หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใด",
                 "ประกาศ No Gift Policy กิจกรรมสร้างวัฒนธรรม และรายงานการรับทรัพย์สินหรือประโยชน์อื่นใด",
                 {NoGift, Culture, Gifts}),
            item("O21", "การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ", RiskShows, {Risks}),
            item("O22", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ", RiskResultsShows, {RiskResults}),
            item("O23", "แผนปฏิบัติการป้องกันการทุจริต", PlanShows, {PlanList}),
            item("O24", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", PlanResultsShows, {PlanResults}),
            item("O25", "การนำผลการประเมิน ITA ไปพัฒนาองค์กร",
                 "การวิเคราะห์ผลการประเมิน ITA ปีก่อน และการนำไปปรับปรุงหน่วยงาน", {}),
            item("O26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส",
                 "ผลการดำเนินงานขององค์กรคุณธรรมและการส่งเสริมความโปร่งใสของปี", {Integrity}),
        };
    default:
        return {};
    }
}

QString checkCode(const QString& code)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{1,2}[0-9]{1,3}$"));
    if (!shape.match(code).hasMatch())
        return ItaText::tr("the item code “%1” is not one or two letters and a number, such as O19").arg(code);
    return {};
}

QString checkAnswers(const QStringList& answers)
{
    QStringList unknown;
    for (const QString& a : answers)
        if (!text::findCode(answerKinds(), a))
            unknown << a;
    return unknown.join(QStringLiteral(", "));
}

ItemStore::ItemStore(storage::Database& db) : m_db(db) {}

bool ItemStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

std::optional<ItemList> ItemStore::items(int fiscalYear)
{
    const QString stored = m_db.setting(key(fiscalYear));
    ItemList out;
    out.basisYear = fiscalYear;
    if (!stored.isEmpty()) {
        // Written by save() below; still read with care, as any text in the register.
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isArray()) {
            fail(ItaText::tr("the ITA item list of %1 kept in the settings (%2) cannot be read: %3")
                     .arg(fiscalYear)
                     .arg(key(fiscalYear), parse.errorString()));
            return std::nullopt;
        }
        for (const QJsonValue& v : doc.array()) {
            const QJsonObject o = v.toObject();
            Item i{o.value(QLatin1String("code")).toString(), o.value(QLatin1String("title")).toString(),
                   o.value(QLatin1String("shows")).toString(), {}};
            for (const QJsonValue& a : o.value(QLatin1String("answers")).toArray())
                i.answers << a.toString();
            if (!checkCode(i.code).isEmpty() || i.title.isEmpty() || !checkAnswers(i.answers).isEmpty()) {
                fail(ItaText::tr("the ITA item list of %1 kept in the settings has an item that is not whole (%2)")
                         .arg(fiscalYear)
                         .arg(i.code));
                return std::nullopt;
            }
            out.items << i;
        }
        out.stored = true;
        return out;
    }
    out.items = shippedItems(fiscalYear);
    if (out.items.isEmpty()) {
        // No list of its own: the nearest earlier year's, for the office to check.
        for (int y = fiscalYear - 1; y >= 2566 && out.items.isEmpty(); --y) {
            if (const QString s = m_db.setting(key(y)); !s.isEmpty()) {
                const auto earlier = items(y);
                if (!earlier)
                    return std::nullopt;
                out.items = earlier->items;
            } else {
                out.items = shippedItems(y);
            }
            out.basisYear = y;
        }
        if (out.items.isEmpty())
            out.basisYear = fiscalYear;
    }
    // The older setting named the statistics item alone; it still wins over a shipped or borrowed list.
    if (const QString code = m_db.setting(statisticsKey(fiscalYear)); !code.isEmpty())
        for (Item& i : out.items)
            if (i.answers.contains(Statistics))
                i.code = code;
    std::sort(out.items.begin(), out.items.end(), codeOrder);
    return out;
}

bool ItemStore::save(int fiscalYear, QList<Item> items)
{
    std::sort(items.begin(), items.end(), codeOrder);
    QJsonArray array;
    for (const Item& i : items)
        array.append(QJsonObject{{QStringLiteral("code"), i.code},
                                 {QStringLiteral("title"), i.title},
                                 {QStringLiteral("shows"), i.shows},
                                 {QStringLiteral("answers"), QJsonArray::fromStringList(i.answers)}});
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    // The whole list is the office's now: the older statistics-only setting would contradict it.
    if (!m_db.setSetting(key(fiscalYear), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)))
        || !m_db.setSetting(statisticsKey(fiscalYear), QString()) || !tx.commit())
        return fail(m_db.errorString());
    return true;
}

bool ItemStore::setItem(int fiscalYear, Item item, bool keepAnswers)
{
    if (!m_db.require(access::Permission::ManageSettings))
        return fail(m_db.errorString());
    item.code = item.code.trimmed().toUpper();
    item.title = item.title.simplified();
    item.shows = item.shows.simplified();
    if (const QString why = checkCode(item.code); !why.isEmpty())
        return fail(why);
    if (const QString unknown = checkAnswers(item.answers); !unknown.isEmpty())
        return fail(ItaText::tr("%1 is not something Sujarit writes; it writes %2")
                        .arg(unknown, text::codesOf(answerKinds())));
    auto list = items(fiscalYear);
    if (!list)
        return false;
    auto it = std::find_if(list->items.begin(), list->items.end(), [&](const Item& i) { return i.code == item.code; });
    if (it == list->items.end()) {
        if (item.title.isEmpty())
            return fail(ItaText::tr("a new item %1 needs its title (--title)").arg(item.code));
        list->items << item;
    } else {
        if (!item.title.isEmpty())
            it->title = item.title;
        if (!item.shows.isEmpty())
            it->shows = item.shows;
        if (!keepAnswers)
            it->answers = item.answers;
    }
    return save(fiscalYear, list->items);
}

bool ItemStore::removeItem(int fiscalYear, const QString& code)
{
    if (!m_db.require(access::Permission::ManageSettings))
        return fail(m_db.errorString());
    auto list = items(fiscalYear);
    if (!list)
        return false;
    const auto before = list->items.size();
    list->items.removeIf([&](const Item& i) { return i.code == code.trimmed().toUpper(); });
    if (list->items.size() == before)
        return fail(ItaText::tr("%1 has no ITA item %2").arg(fiscalYear).arg(code));
    return save(fiscalYear, list->items);
}

QString ItemStore::statisticsItem(int fiscalYear)
{
    const auto list = items(fiscalYear);
    if (list)
        for (const Item& i : list->items)
            if (i.answers.contains(Statistics))
                return i.code;
    return {};
}

bool ItemStore::setStatisticsItem(int fiscalYear, const QString& code)
{
    if (!m_db.require(access::Permission::ManageSettings))
        return fail(m_db.errorString());
    const QString upper = code.trimmed().toUpper();
    if (const QString why = checkCode(upper); !why.isEmpty())
        return fail(why);
    auto list = items(fiscalYear);
    if (!list)
        return false;
    for (const Item& i : list->items)
        if (i.code == upper && !i.answers.contains(Statistics))
            return fail(ItaText::tr("%1 is already the item “%2” of %3; give the statistics another code")
                            .arg(upper, i.title)
                            .arg(fiscalYear));
    if (!list->stored) // still the shipped or a borrowed list: the older setting is enough
        return m_db.setSetting(statisticsKey(fiscalYear), upper) || fail(m_db.errorString());
    bool found = false;
    for (Item& i : list->items)
        if (i.answers.contains(Statistics))
            i.code = upper, found = true;
    if (!found)
        list->items << Item{upper, QStringLiteral("ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"), {}, {Statistics}};
    return save(fiscalYear, list->items);
}

} // namespace sujarit::ita
