// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintFields.h"

#include "Codes.h"
#include "calendar/ThaiDate.h"
#include "text/NationalId.h"
#include "text/ThaiDigits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace sujarit::complaints {

namespace {

struct FieldText {
    Q_DECLARE_TR_FUNCTIONS(FieldText)
};

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

QString number(qsizetype n) { return QLocale(QLocale::English).toString(n); }

} // namespace

const QList<FieldSpec>& complaintFields()
{
    static const QList<FieldSpec> list = {
        {s("receipt_no"), s("เลขที่รับ"), false, 20},
        {s("received_at"), s("วันที่รับ"), true, 100},
        {s("received_by"), s("ผู้รับคำร้อง"), false, MaxShortText},
        {s("received_by_position"), s("ตำแหน่งผู้รับคำร้อง"), false, MaxShortText},
        {s("channel"), s("ช่องทาง"), true, 100},
        {s("category"), s("ประเภท"), true, 100},
        {s("anonymous"), s("ไม่ประสงค์ออกนาม"), false, 50},
        {s("complainant_title"), s("คำนำหน้า"), false, 100},
        {s("complainant_name"), s("ชื่อผู้ร้อง"), false, MaxShortText},
        {s("complainant_age"), s("อายุ"), false, 20},
        {s("complainant_address"), s("ที่อยู่"), false, MaxShortText},
        {s("complainant_phone"), s("โทรศัพท์"), false, 100},
        {s("complainant_email"), s("อีเมล"), false, 200},
        {s("complainant_national_id"), s("เลขประจำตัวประชาชน"), false, 30},
        {s("subject"), s("เรื่อง"), true, MaxShortText},
        {s("details"), s("รายละเอียด"), false, MaxLongText},
        {s("requested_action"), s("ขอให้ดำเนินการ"), false, MaxLongText},
        {s("accused_name"), s("ผู้ถูกร้อง"), false, MaxShortText},
        {s("accused_position"), s("ตำแหน่ง"), false, MaxShortText},
        {s("accused_unit"), s("สังกัด"), false, MaxShortText},
        {s("incident_time"), s("วันเวลาที่เกิดเหตุ"), false, MaxShortText},
        {s("incident_place"), s("สถานที่เกิดเหตุ"), false, MaxShortText},
        {s("witnesses"), s("พยาน"), false, MaxLongText},
        {s("evidence"), s("หลักฐาน"), false, MaxLongText},
    };
    return list;
}

std::optional<QString> fieldKeyForHeader(const QString& header)
{
    QString h = header.trimmed();
    if (h.startsWith(u'\uFEFF'))
        h = h.mid(1).trimmed();
    h = h.toCaseFolded();
    for (const FieldSpec& f : complaintFields())
        if (h == f.key || h == f.thaiHeader)
            return f.key;
    // A few common alternatives.
    static const QHash<QString, QString> aliases = {
        {s("วันเดือนปีที่รับ"), s("received_at")}, {s("วัน เดือน ปี ที่รับ"), s("received_at")},
        {s("ชื่อผู้ร้องเรียน"), s("complainant_name")}, {s("ผู้ร้อง"), s("complainant_name")},
        {s("ผู้ร้องเรียน"), s("complainant_name")},     {s("ข้อกล่าวหา"), s("details")},
        {s("ข้อร้องเรียน"), s("details")},             {s("ผู้ถูกกล่าวหา"), s("accused_name")},
        {s("หน่วยงาน"), s("accused_unit")},            {s("เบอร์โทรศัพท์"), s("complainant_phone")},
        {s("ผู้รับเรื่อง"), s("received_by")},            {s("บัตรสนเท่ห์"), s("anonymous")},
    };
    if (auto it = aliases.find(h); it != aliases.end())
        return it.value();
    return std::nullopt;
}

std::optional<bool> parseYesNo(const QString& text)
{
    static const QSet<QString> no = {QString(), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                     QStringLiteral("0"), QStringLiteral("ไม่ใช่"), QStringLiteral("ไม่"),
                                     QStringLiteral("ประสงค์ออกนาม"), QStringLiteral("เปิดเผยชื่อ")};
    static const QSet<QString> yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                      QStringLiteral("1"), QStringLiteral("ใช่"), QStringLiteral("ไม่ประสงค์ออกนาม"),
                                      QStringLiteral("บัตรสนเท่ห์"), QStringLiteral("ไม่เปิดเผยชื่อ"),
                                      QStringLiteral("x"), QStringLiteral("✓")};
    const QString t = text.trimmed().toCaseFolded();
    if (t.isEmpty() || no.contains(t))
        return false;
    if (yes.contains(t))
        return true;
    return std::nullopt;
}

QList<EvidenceItem> parseEvidence(const QString& text)
{
    static const QRegularExpression split(QStringLiteral("[;\\n]"));
    static const QRegularExpression sets(QStringLiteral(R"(^(.*?)\s*(?:จำนวน\s*)?(\d+)\s*ชุด\s*$)"));
    static const QRegularExpression bullet(QStringLiteral(R"(^\s*(?:\d+[).]|[-•])\s*)"));
    QList<EvidenceItem> out;
    for (QString part : text::toArabicDigits(text).split(split, Qt::SkipEmptyParts)) {
        part.remove(bullet);
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (const auto m = sets.match(part); m.hasMatch() && !m.captured(1).isEmpty())
            out.append({m.captured(1).trimmed(), std::max(1, m.captured(2).toInt())});
        else
            out.append({part, 1});
    }
    return out;
}

QString evidenceToText(const QList<EvidenceItem>& items)
{
    QStringList parts;
    for (const EvidenceItem& e : items)
        parts << QStringLiteral("%1 %2 ชุด").arg(e.description).arg(e.sets);
    return parts.join(QStringLiteral("; "));
}

void splitThaiAddress(Complainant& p)
{
    static const QRegularExpression houseNo(QStringLiteral(R"(^(?:บ้านเลขที่\s*|เลขที่\s*)?(\d+(?:/\d+)?)(?:\s|$))"));
    static const QRegularExpression moo(QStringLiteral(R"((?:หมู่ที่|หมู่|ม\.)\s*(\d+))"));
    static const QRegularExpression subdistrict(QStringLiteral(R"((?:ตำบล|แขวง|ต\.)\s*([^\s\d]+))"));
    static const QRegularExpression district(QStringLiteral(R"((?:อำเภอ|เขต|อ\.)\s*([^\s\d]+))"));
    static const QRegularExpression province(QStringLiteral(R"((?:จังหวัด|จ\.)\s*([^\s\d]+))"));
    static const QRegularExpression postcode(QStringLiteral(R"((?:^|\s)(\d{5})(?:\s|$))"));
    if (p.address.isEmpty())
        return;
    const QString a = text::toArabicDigits(p.address).simplified();
    for (const auto& [re, into] : {std::pair{&houseNo, &p.houseNo}, std::pair{&moo, &p.moo},
                                   std::pair{&subdistrict, &p.subdistrict}, std::pair{&district, &p.district},
                                   std::pair{&province, &p.province}, std::pair{&postcode, &p.postcode}}) {
        if (!into->isEmpty())
            continue;
        if (const auto m = re->match(a); m.hasMatch())
            *into = m.captured(1).trimmed();
    }
}

Complaint complaintFromFields(const QHash<QString, QString>& values, const QDateTime& now, QList<FieldError>& errors)
{
    auto value = [&](const char* key) { return values.value(QString::fromLatin1(key)).trimmed(); };
    auto error = [&](const char* key, const QString& message) { errors.append({QString::fromLatin1(key), message}); };

    for (const FieldSpec& f : complaintFields()) {
        const qsizetype len = values.value(f.key).size();
        if (len > f.maxLength)
            errors.append({f.key, FieldText::tr("the text is %1 characters long; at most %2 are allowed")
                                      .arg(number(len), number(f.maxLength))});
    }

    Complaint c;
    if (const QString r = value("receipt_no"); !r.isEmpty()) {
        if (auto parsed = ReceiptNumber::parse(r))
            c.receipt = *parsed;
        else
            error("receipt_no", FieldText::tr("“%1” is not a receipt number; write it as running number/BE year, e.g. 12/2568").arg(r));
    }

    if (const QString r = value("received_at"); r.isEmpty()) {
        error("received_at", FieldText::tr("the date of receipt is missing"));
    } else {
        QString why;
        if (auto dt = calendar::parseThaiDateTime(r, &why)) {
            c.receivedAt = dt->toDateTime();
            if (now.isValid() && dt->date > now.date())
                error("received_at", FieldText::tr("“%1” is in the future").arg(r));
        } else {
            error("received_at", why);
        }
    }
    c.receivedBy = value("received_by");
    c.receivedByPosition = value("received_by_position");

    if (const QString ch = value("channel"); ch.isEmpty())
        error("channel", FieldText::tr("the channel is missing; use one of: %1").arg(codeListForMessage(channels())));
    else if (auto code = channelFromText(ch))
        c.channel = *code;
    else
        error("channel", FieldText::tr("“%1” is not a known channel; use a code (%2) or its Thai name")
                             .arg(ch, codeListForMessage(channels())));

    if (const QString cat = value("category"); cat.isEmpty())
        error("category", FieldText::tr("the category is missing; use one of: %1").arg(codeListForMessage(categories())));
    else if (auto code = categoryFromText(cat))
        c.category = *code;
    else
        error("category", FieldText::tr("“%1” is not a known category; use a code (%2) or its Thai name")
                              .arg(cat, codeListForMessage(categories())));

    if (auto anon = parseYesNo(value("anonymous")))
        c.anonymous = *anon;
    else
        error("anonymous", FieldText::tr("“%1” is neither yes nor no (ใช่/ไม่ใช่)").arg(value("anonymous")));

    Complainant& p = c.complainant;
    p.title = value("complainant_title");
    p.name = value("complainant_name");
    p.address = value("complainant_address");
    p.phone = value("complainant_phone");
    p.email = value("complainant_email");
    p.nationalId = text::normalizeNationalId(value("complainant_national_id"));
    if (const QString age = text::toArabicDigits(value("complainant_age")); !age.isEmpty()) {
        bool ok = false;
        const int years = age.toInt(&ok);
        if (!ok || years < 1 || years > 120)
            error("complainant_age", FieldText::tr("“%1” is not an age in years (1–120)").arg(value("complainant_age")));
        else
            p.age = years;
    }
    if (!p.email.isEmpty() && !p.email.contains(u'@'))
        error("complainant_email", FieldText::tr("“%1” is not an e-mail address").arg(p.email));
    if (!p.nationalId.isEmpty() && !text::isValidNationalId(p.nationalId))
        error("complainant_national_id",
              FieldText::tr("“%1” is not a valid national ID (13 digits with a correct check digit)")
                  .arg(value("complainant_national_id")));
    splitThaiAddress(p);
    if (c.anonymous && !p.isEmpty())
        error(p.name.isEmpty() ? "complainant_address" : "complainant_name",
              FieldText::tr("the complaint is marked anonymous but names the complainant; clear the complainant's "
                            "details or mark it not anonymous"));
    if (!c.anonymous && p.name.isEmpty())
        error("complainant_name", FieldText::tr("the complainant's name is missing; give it, or mark the complaint "
                                                "anonymous (ไม่ประสงค์ออกนาม)"));

    c.subject = value("subject");
    if (c.subject.isEmpty())
        error("subject", FieldText::tr("the subject (เรื่อง) is missing"));
    c.details = values.value(QStringLiteral("details")).trimmed();
    c.requestedAction = value("requested_action");
    c.accused = {value("accused_name"), value("accused_position"), value("accused_unit")};
    c.incidentTime = value("incident_time");
    c.incidentPlace = value("incident_place");
    c.witnesses = value("witnesses");
    c.evidence = parseEvidence(value("evidence"));
    return c;
}

} // namespace sujarit::complaints
