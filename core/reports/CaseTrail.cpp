// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTrail.h"

#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"
#include "complaints/Deadlines.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>

namespace sujarit::reports {

namespace {

QString actionText(const QString& action)
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("insert"), QStringLiteral("บันทึก") },
        { QStringLiteral("update"), QStringLiteral("แก้ไข") },
        { QStringLiteral("delete"), QStringLiteral("ลบ") },
        { QStringLiteral("insert_batch"), QStringLiteral("นำเข้าเป็นชุด") },
        { QStringLiteral("print"), QStringLiteral("พิมพ์เอกสารที่มีชื่อผู้ร้อง") },
        { QStringLiteral("reveal"), QStringLiteral("เปิดดูชื่อผู้ร้อง") },
    };
    return names.value(action, action);
}

QString entityText(const QString& entity)
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("complaints"), QStringLiteral("เรื่องร้องเรียน") },
        { QStringLiteral("complaint_texts"), QStringLiteral("รายละเอียดเรื่อง") },
        { QStringLiteral("complaint_steps"), QStringLiteral("ขั้นตอนการดำเนินการ") },
        { QStringLiteral("evidence_items"), QStringLiteral("เอกสารหลักฐาน") },
        { QStringLiteral("attachments"), QStringLiteral("ไฟล์แนบ") },
    };
    return names.value(entity, entity);
}

QString keyText(const QString& key)
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("status"), QStringLiteral("ขั้นตอน") },
        { QStringLiteral("step"), QStringLiteral("ขั้นตอน") },
        { QStringLiteral("status_at"), QStringLiteral("เมื่อ") },
        { QStringLiteral("at"), QStringLiteral("เมื่อ") },
        { QStringLiteral("by"), QStringLiteral("ผู้บันทึก") },
        { QStringLiteral("note"), QStringLiteral("หมายเหตุ") },
        { QStringLiteral("reason"), QStringLiteral("เหตุผล") },
        { QStringLiteral("unit"), QStringLiteral("หน่วยงาน") },
        { QStringLiteral("assigned_unit"), QStringLiteral("ส่งหน่วยงาน") },
        { QStringLiteral("officers"), QStringLiteral("เจ้าหน้าที่") },
        { QStringLiteral("next_deadline"), QStringLiteral("กำหนดถัดไป") },
        { QStringLiteral("next_clock"), QStringLiteral("กำหนดที่นับ") },
        { QStringLiteral("not_accepted_reason"), QStringLiteral("เหตุที่ไม่รับ") },
        { QStringLiteral("subject"), QStringLiteral("เรื่อง") },
        { QStringLiteral("details"), QStringLiteral("ข้อกล่าวหา") },
        { QStringLiteral("accused_name"), QStringLiteral("ผู้ถูกร้อง") },
        { QStringLiteral("accused_unit"), QStringLiteral("สังกัดผู้ถูกร้อง") },
        { QStringLiteral("complainant_name"), QStringLiteral("ชื่อผู้ร้อง") },
        { QStringLiteral("count"), QStringLiteral("จำนวนเรื่อง") },
        { QStringLiteral("receipt"), QStringLiteral("เลขรับ") },
        { QStringLiteral("receipts"), QStringLiteral("เลขรับ") },
        { QStringLiteral("document"), QStringLiteral("เอกสาร") },
        { QStringLiteral("to"), QStringLiteral("ไปที่") },
        { QStringLiteral("description"), QStringLiteral("รายการ") },
        { QStringLiteral("file_name"), QStringLiteral("ไฟล์") },
    };
    return names.value(key, key);
}

QString valueText(const QString& key, const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts << item.toVariant().toString();
        return parts.join(QStringLiteral(", "));
    }
    const QString s = v.isDouble() ? QString::number(v.toDouble()) : v.toVariant().toString();
    if (key == QLatin1String("status") || key == QLatin1String("step"))
        return complaints::labelOf(complaints::steps(), s);
    if (key == QLatin1String("next_clock"))
        return s.isEmpty() ? s : complaints::clockLabel(s);
    // Dates and times as a Thai reader writes them.
    if (s.size() >= 10 && s[4] == u'-' && s[7] == u'-') {
        if (s.size() == 10)
            return calendar::formatThaiDate(QDate::fromString(s, Qt::ISODate), calendar::DateStyle::Abbreviated);
        const QDateTime at = QDateTime::fromString(s.left(19), Qt::ISODate);
        if (at.isValid())
            return calendar::formatThaiDateTime(at, calendar::DateStyle::Abbreviated);
    }
    return s;
}

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

/** "key: value" lines of \a after, or "key: จาก before เป็น after" for a change. */
QString changes(const QString& beforeJson, const QString& afterJson)
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    static const QStringList skipped = { QStringLiteral("id"),
                                         QStringLiteral("complaint_id"),
                                         QStringLiteral("created_at"),
                                         QStringLiteral("updated_at"),
                                         QStringLiteral("recorded_at"),
                                         QStringLiteral("receipt_code"),
                                         QStringLiteral("ids"),
                                         QStringLiteral("sha256"),
                                         QStringLiteral("first_id"),
                                         QStringLiteral("last_id"),
                                         QStringLiteral("position"),
                                         QStringLiteral("first_answer_day"),
                                         QStringLiteral("concluded_day"),
                                         QStringLiteral("result_notified_day"),
                                         QStringLiteral("received_day"),
                                         QStringLiteral("fiscal_year") };
    QStringList lines;
    const QJsonObject& main = after.isEmpty() ? before : after;
    for (auto it = main.begin(); it != main.end(); ++it) {
        if (skipped.contains(it.key()))
            continue;
        const QString now = valueText(it.key(), it.value());
        if (!before.isEmpty() && !after.isEmpty())
            lines << QStringLiteral("%1: จาก %2 เป็น %3")
                         .arg(keyText(it.key()), orDash(valueText(it.key(), before.value(it.key()))), orDash(now));
        else if (!now.isEmpty())
            lines << QStringLiteral("%1: %2").arg(keyText(it.key()), now);
    }
    return lines.join(u'\n');
}

} // namespace

QList<TrailLine> trailLines(const QList<storage::AuditEntry>& entries)
{
    QList<TrailLine> out;
    for (const storage::AuditEntry& e : entries) {
        TrailLine line;
        line.when = calendar::formatThaiDateTime(e.at, calendar::DateStyle::Abbreviated);
        line.who = e.actor;
        line.what = actionText(e.action) + QStringLiteral(" ") + entityText(e.entity);
        line.details = changes(e.before, e.after);
        if (line.details.isEmpty() && e.action == QLatin1String("update"))
            continue; // only bookkeeping changed (the time of the last change, a derived date)
        if (!e.reason.isEmpty())
            line.details += (line.details.isEmpty() ? QString() : QStringLiteral("\n")) + e.reason;
        out << line;
    }
    return out;
}

documents::ListDocument caseTrailDocument(const QString& receipt, const QString& subject, const QString& office,
                                          const QList<storage::AuditEntry>& entries)
{
    documents::ListDocument doc;
    doc.title = QStringLiteral("ประวัติการบันทึกและการเข้าถึงเรื่องร้องเรียน เลขรับที่ %1").arg(receipt);
    doc.subtitles = { subject, office };
    doc.columns = { { QStringLiteral("ลำดับ"), 15, documents::Align::Center },
                    { QStringLiteral("วันเวลา"), 38 },
                    { QStringLiteral("ผู้ดำเนินการ"), 34 },
                    { QStringLiteral("การดำเนินการ"), 45 },
                    { QStringLiteral("รายละเอียด"), 125 } };
    int n = 0;
    for (const TrailLine& l : trailLines(entries))
        doc.rows << QStringList { QString::number(++n), l.when, l.who, l.what, l.details };
    doc.emptyText = QStringLiteral("ไม่มีรายการ");
    doc.closing = { QStringLiteral("รายการทั้งหมดมาจากบันทึกการตรวจสอบ (audit trail) ซึ่งตรวจความครบถ้วนด้วยค่าแฮชแบบลูกโซ่ "
                                   "(SHA-256) ชื่อผู้ร้องแสดงเฉพาะผู้มีสิทธิ์") };
    doc.signatures = { QStringLiteral("ผู้ตรวจสอบ") };
    doc.orientation = QPageLayout::Landscape;
    doc.sheetName = QStringLiteral("ประวัติ");
    return doc;
}

} // namespace sujarit::reports
