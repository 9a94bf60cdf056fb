// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTrail.h"

#include "calendar/ThaiDate.h"
#include "complaints/Codes.h"

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

QString valueText(const QString& key, const QJsonValue& v)
{
    const QString s = v.isDouble() ? QString::number(v.toDouble()) : v.toVariant().toString();
    if (key == QLatin1String("status") || key == QLatin1String("step"))
        return complaints::labelOf(complaints::steps(), s);
    return s;
}

/** "key: value" lines of \a after, or "key: before → after" for a change. */
QString changes(const QString& beforeJson, const QString& afterJson)
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    static const QStringList skipped
        = { QStringLiteral("id"),         QStringLiteral("complaint_id"), QStringLiteral("created_at"),
            QStringLiteral("updated_at"), QStringLiteral("recorded_at"),  QStringLiteral("receipt_code"),
            QStringLiteral("ids"),        QStringLiteral("sha256") };
    QStringList lines;
    const QJsonObject& main = after.isEmpty() ? before : after;
    for (auto it = main.begin(); it != main.end(); ++it) {
        if (skipped.contains(it.key()))
            continue;
        const QString now = valueText(it.key(), it.value());
        if (!before.isEmpty() && !after.isEmpty())
            lines << QStringLiteral("%1: %2 → %3").arg(it.key(), valueText(it.key(), before.value(it.key())), now);
        else if (!now.isEmpty())
            lines << QStringLiteral("%1: %2").arg(it.key(), now);
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
    doc.columns = { { QStringLiteral("ลำดับ"), 12, documents::Align::Center },
                    { QStringLiteral("วันเวลา"), 38 },
                    { QStringLiteral("ผู้ดำเนินการ"), 34 },
                    { QStringLiteral("การดำเนินการ"), 45 },
                    { QStringLiteral("รายละเอียด"), 128 } };
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
