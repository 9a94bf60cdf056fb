// SPDX-License-Identifier: GPL-3.0-or-later
#include "Codes.h"

#include <QHash>
#include <QStringList>

namespace sujarit::complaints {

namespace {

struct Row {
    const char* code;
    const char* thai;
    const char* english;
};

QList<Code> make(std::initializer_list<Row> rows)
{
    QList<Code> out;
    for (const Row& r : rows)
        out.append({QString::fromLatin1(r.code), QString::fromUtf8(r.thai), QString::fromLatin1(r.english)});
    return out;
}

/** The comparison key: lower case, no spaces, no dots, Thai "ๆ" spacing ignored. */
QString key(const QString& s)
{
    QString k = s.toCaseFolded();
    k.remove(u' ');
    k.remove(u'.');
    k.remove(u'\u00A0');
    return k;
}

/** Spellings of a Thai label as hand-kept registers write it. */
QStringList variantsOf(const QString& label)
{
    QStringList out{label};
    const QStringList parts = label.split(u'/', Qt::SkipEmptyParts);
    QString prefix;
    for (const QString& part : parts) {
        // "หนังสือจากจังหวัด/อำเภอ/หน่วยงานอื่น" → "หนังสือจากจังหวัด", "หนังสือจากจังหวัด/อำเภอ", …
        prefix = prefix.isEmpty() ? part : prefix + u'/' + part;
        out << part << prefix;
    }
    for (const QString& v : QStringList(out)) {
        for (const char* lead : {"ทาง", "ร้องเรียนทาง", "ร้องเรียนผ่าน", "ผ่าน", "ร้องเรียน"}) {
            const QString l = QString::fromUtf8(lead);
            if (v.startsWith(l) && v.size() > l.size())
                out << v.mid(l.size());
            else
                out << l + v;
        }
    }
    return out;
}

using Spellings = std::initializer_list<std::pair<const char*, const char*>>;

/** Every accepted spelling of every code of \a list, by comparison key. */
QHash<QString, QString> spellingTable(const QList<Code>& list, Spellings extra)
{
    QHash<QString, QString> table;
    for (const auto& [spelling, code] : extra)
        table.insert(key(QString::fromUtf8(spelling)), QString::fromLatin1(code));
    for (const Code& c : list)
        for (const QString& v : variantsOf(c.label))
            table.insert(key(v), c.code);
    for (const Code& c : list)
        table.insert(key(c.code), c.code);
    return table;
}

std::optional<QString> lookUp(const QHash<QString, QString>& table, const QString& text)
{
    const auto it = table.constFind(key(text));
    if (it == table.constEnd() || text.trimmed().isEmpty())
        return std::nullopt;
    return it.value();
}

} // namespace

const QList<Code>& channels()
{
    static const QList<Code> list = make({
        {"walk_in", "ร้องเรียนด้วยตนเอง", "In person"},
        {"post", "ทางไปรษณีย์", "By post"},
        {"phone", "ทางโทรศัพท์/โทรสาร", "Phone or fax"},
        {"complaint_box", "ตู้รับเรื่องร้องเรียน/ร้องทุกข์", "Complaint box"},
        {"website", "เว็บไซต์", "Website"},
        {"facebook", "Facebook", "Facebook"},
        {"mayor_hotline", "สายตรงนายก", "Mayor's hotline"},
        {"official_letter", "หนังสือจากจังหวัด/อำเภอ/หน่วยงานอื่น", "Letter from the province, district or another agency"},
        {"email", "อีเมล", "E-mail"},
        {"other", "อื่น ๆ", "Other"},
    });
    return list;
}

const QList<Code>& categories()
{
    static const QList<Code> list = make({
        {"corruption", "ทุจริต", "Corruption"},
        {"misconduct", "ประพฤติมิชอบ / ปฏิบัติหรือละเว้นการปฏิบัติหน้าที่โดยมิชอบ", "Misconduct or dereliction of duty"},
        {"procurement", "ความผิดปกติในการจัดซื้อจัดจ้าง", "Irregular procurement"},
        {"service", "ร้องทุกข์ทั่วไป", "Grievance about service"},
    });
    return list;
}

const QList<Code>& steps()
{
    static const QList<Code> list = make({
        {"received", "รับเรื่อง/ลงทะเบียนหนังสือรับ", "Received"},
        {"registered", "ลงทะเบียนศูนย์ฯ และเสนอผู้บังคับบัญชา", "Registered and put to the commander"},
        {"accepted", "รับไว้พิจารณา", "Accepted"},
        {"not_accepted", "ไม่รับไว้พิจารณา", "Not accepted"},
        {"assigned", "แจกจ่ายหน่วยงานที่เกี่ยวข้อง", "Assigned to a division"},
        {"fact_finding", "ตรวจสอบข้อเท็จจริง", "Fact-finding"},
        {"committee", "แต่งตั้งคณะกรรมการสอบข้อเท็จจริง", "Fact-finding committee appointed"},
        {"concluded", "เรื่องยุติ", "Concluded"},
        {"complainant_notified", "แจ้งผลผู้ร้องเป็นหนังสือ", "Complainant notified in writing"},
        {"reported", "รายงานผลผู้บังคับบัญชา/ผู้บริหาร", "Reported to the executive"},
        {"closed", "ปิดเรื่อง", "Closed"},
        {"referred", "ส่งต่อหน่วยงานที่มีอำนาจ", "Referred to the competent agency"},
    });
    return list;
}

const QList<Code>& notAcceptedReasons()
{
    static const QList<Code> list = make({
        {"anonymous_without_evidence", "บัตรสนเท่ห์ที่ไม่ระบุพยานหลักฐาน", "Anonymous letter without evidence"},
        {"in_judicial_process", "เข้าสู่กระบวนการยุติธรรมแล้ว/ศาลพิพากษาถึงที่สุดแล้ว", "Already before the courts, or finally judged"},
        {"other_agency_jurisdiction", "อยู่ในอำนาจหน่วยงานอื่นหรือองค์กรอิสระ", "Another agency's or an independent body's jurisdiction"},
        {"private_dispute", "โต้แย้งสิทธิระหว่างบุคคล", "A dispute between private persons"},
        {"insufficient_information", "ข้อมูลไม่เพียงพอ (ยุติเรื่อง / เก็บเป็นฐานข้อมูล)", "Not enough information (closed, kept on file)"},
        {"discretion", "ดุลยพินิจของผู้บังคับบัญชา", "The commander's discretion"},
    });
    return list;
}

QString englishLabelOf(const QList<Code>& list, const QString& code)
{
    const Code* c = text::findCode(list, code);
    return c ? c->english : code;
}

QString labelOf(const QList<Code>& list, const QString& code) { return text::labelIn(list, code).value_or(code); }

bool isKnownCode(const QList<Code>& list, const QString& code) { return text::findCode(list, code) != nullptr; }

std::optional<QString> channelFromText(const QString& text)
{
    static const QHash<QString, QString> table = spellingTable(channels(),
                    {{"ด้วยตนเอง", "walk_in"},
                     {"walk-in", "walk_in"},
                     {"walkin", "walk_in"},
                     {"จดหมาย", "post"},
                     {"โทรศัพท์", "phone"},
                     {"โทรสาร", "phone"},
                     {"แฟกซ์", "phone"},
                     {"fax", "phone"},
                     {"ตู้ร้องเรียน", "complaint_box"},
                     {"ตู้รับเรื่อง", "complaint_box"},
                     {"ตู้ร้องเรียน/ร้องทุกข์", "complaint_box"},
                     {"เว็บไซด์", "website"},
                     {"เว็ปไซต์", "website"},
                     {"web", "website"},
                     {"เฟซบุ๊ก", "facebook"},
                     {"เฟสบุ๊ค", "facebook"},
                     {"สายตรงนายก อบต.", "mayor_hotline"},
                     {"สายตรงนายกฯ", "mayor_hotline"},
                     {"สายด่วนนายก", "mayor_hotline"},
                     {"hotline", "mayor_hotline"},
                     {"หนังสือราชการ", "official_letter"},
                     {"หนังสือจังหวัด/อำเภอ", "official_letter"},
                     {"e-mail", "email"},
                     {"อีเมล์", "email"},
                     {"อื่นๆ", "other"}});
    return lookUp(table, text);
}

std::optional<QString> categoryFromText(const QString& text)
{
    static const QHash<QString, QString> table = spellingTable(categories(),
                    {{"ประพฤติมิชอบ", "misconduct"},
                     {"ปฏิบัติหรือละเว้นการปฏิบัติหน้าที่โดยมิชอบ", "misconduct"},
                     {"จัดซื้อจัดจ้าง", "procurement"},
                     {"ร้องทุกข์", "service"},
                     {"การทุจริต", "corruption"}});
    return lookUp(table, text);
}

std::optional<QString> notAcceptedReasonFromText(const QString& text)
{
    static const QHash<QString, QString> table = spellingTable(notAcceptedReasons(), {});
    return lookUp(table, text);
}

QString stepShortLabel(const QString& step)
{
    static const QHash<QString, QString> shortNames = {
        {QStringLiteral("received"), QStringLiteral("รับเรื่อง")},
        {QStringLiteral("registered"), QStringLiteral("ลงทะเบียนแล้ว")},
        {QStringLiteral("accepted"), QStringLiteral("รับไว้พิจารณา")},
        {QStringLiteral("not_accepted"), QStringLiteral("ไม่รับไว้พิจารณา")},
        {QStringLiteral("assigned"), QStringLiteral("ส่งหน่วยงานแล้ว")},
        {QStringLiteral("fact_finding"), QStringLiteral("ตรวจสอบข้อเท็จจริง")},
        {QStringLiteral("committee"), QStringLiteral("ตั้งกรรมการสอบ")},
        {QStringLiteral("concluded"), QStringLiteral("ยุติเรื่อง")},
        {QStringLiteral("complainant_notified"), QStringLiteral("แจ้งผลผู้ร้องแล้ว")},
        {QStringLiteral("reported"), QStringLiteral("รายงานผู้บริหารแล้ว")},
        {QStringLiteral("closed"), QStringLiteral("ปิดเรื่อง")},
        {QStringLiteral("referred"), QStringLiteral("ส่งต่อหน่วยงานอื่น")},
    };
    return shortNames.value(step, step);
}

bool isCompleted(const QString& status)
{
    static const QStringList done = {QStringLiteral("concluded"), QStringLiteral("complainant_notified"),
                                     QStringLiteral("reported"), QStringLiteral("closed"),
                                     QStringLiteral("not_accepted"), QStringLiteral("referred")};
    return done.contains(status);
}

QString stepsForSql(bool completed)
{
    QStringList quoted;
    for (const Code& c : steps())
        if (isCompleted(c.code) == completed)
            quoted << QLatin1Char('\'') + c.code + QLatin1Char('\'');
    return quoted.join(u',');
}

QString codeListForMessage(const QList<Code>& list) { return text::codesOf(list); }

} // namespace sujarit::complaints
