// SPDX-License-Identifier: GPL-3.0-or-later
// Realistic complaints for the benchmarks: ten fiscal years (2560-2569) of a Thai local office's register as CSV.
#pragma once
#include "text/Csv.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace bench {

inline const QStringList FirstNames = {QStringLiteral("สมชาย"), QStringLiteral("สมศรี"), QStringLiteral("วิชัย"),
                                QStringLiteral("มาลี"), QStringLiteral("อรุณี"), QStringLiteral("ธนากร"),
                                QStringLiteral("จันทร์เพ็ญ"), QStringLiteral("สุรชัย"), QStringLiteral("ลำดวน"),
                                QStringLiteral("ชูชาติ"), QStringLiteral("กิตติ"), QStringLiteral("รัตนา")};
inline const QStringList LastNames = {QStringLiteral("รักไทย"), QStringLiteral("พึ่งบุญ"), QStringLiteral("แสงทอง"),
                               QStringLiteral("สายสุด"), QStringLiteral("อินทร์แก้ว"), QStringLiteral("บุญมา"),
                               QStringLiteral("เพชรรัตน์"), QStringLiteral("ปานทอง"), QStringLiteral("มีสุข")};
inline const QStringList Subjects = {
    QStringLiteral("ละเว้นการปฏิบัติหน้าที่ในการเก็บขยะ"), QStringLiteral("ล่าช้าในการซ่อมไฟฟ้าส่องสว่าง"),
    QStringLiteral("เบิกจ่ายค่าตอบแทนเป็นเท็จ"), QStringLiteral("ผู้รับจ้างเป็นญาติของเจ้าหน้าที่"),
    QStringLiteral("เรียกรับเงินค่าออกใบอนุญาตก่อสร้าง"), QStringLiteral("จัดซื้อวัสดุราคาสูงเกินจริง"),
    QStringLiteral("น้ำประปาหมู่บ้านไม่ไหล"), QStringLiteral("พูดจาไม่สุภาพต่อประชาชนผู้มาติดต่อ"),
    QStringLiteral("ไม่ได้รับเบี้ยยังชีพผู้สูงอายุตามกำหนด"), QStringLiteral("ถนนลูกรังชำรุดหลังก่อสร้างไม่นาน")};
inline const QStringList Channels = {QStringLiteral("ร้องเรียนด้วยตนเอง"), QStringLiteral("ทางไปรษณีย์"),
                              QStringLiteral("ทางโทรศัพท์"), QStringLiteral("ตู้รับเรื่องร้องเรียน"),
                              QStringLiteral("เว็บไซต์"), QStringLiteral("Facebook"), QStringLiteral("สายตรงนายก")};
inline const QStringList Categories = {QStringLiteral("corruption"), QStringLiteral("misconduct"),
                                QStringLiteral("procurement"), QStringLiteral("service")};
inline const QStringList Units = {QStringLiteral("สำนักปลัด"), QStringLiteral("กองคลัง"), QStringLiteral("กองช่าง"),
                           QStringLiteral("กองการศึกษา")};

inline QByteArray generate(int count, QRandomGenerator& rng)
{
    QString csv = QStringLiteral("วันที่รับ,ช่องทาง,ประเภท,ไม่ประสงค์ออกนาม,ชื่อผู้ร้อง,อายุ,ที่อยู่,โทรศัพท์,เรื่อง,"
                                 "รายละเอียด,ขอให้ดำเนินการ,ผู้ถูกร้อง,ตำแหน่ง,สังกัด\r\n");
    csv.reserve(count * 520);
    const QDateTime start(QDate(2016, 10, 1), QTime(8, 30));
    const qint64 span = start.secsTo(QDateTime(QDate(2026, 9, 30), QTime(16, 30)));
    auto pick = [&](const QStringList& l) { return l.at(rng.bounded(int(l.size()))); };
    for (int i = 0; i < count; ++i) {
        const QDateTime at = start.addSecs(rng.bounded(span));
        const bool anonymous = rng.bounded(5) == 0;
        const QString name = anonymous ? QString() : QStringLiteral("นาย%1 %2").arg(pick(FirstNames), pick(LastNames));
        const QString subject = pick(Subjects);
        csv += sujarit::text::csvLine({at.toString(QStringLiteral("d/M/")) + QString::number(at.date().year() + 543)
                                  + at.toString(QStringLiteral(" HH.mm")) + QStringLiteral(" น."),
                              pick(Channels), pick(Categories), anonymous ? QStringLiteral("ใช่") : QStringLiteral("ไม่ใช่"),
                              name, anonymous ? QString() : QString::number(20 + rng.bounded(60)),
                              anonymous ? QString()
                                        : QStringLiteral("%1 หมู่ที่ %2 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230")
                                              .arg(rng.bounded(1, 400))
                                              .arg(rng.bounded(1, 12)),
                              anonymous ? QString() : QStringLiteral("08%1").arg(rng.bounded(10000000, 99999999)),
                              subject,
                              QStringLiteral("ผู้ร้องพบเห็นเหตุการณ์%1 เมื่อประมาณเดือนที่ผ่านมา มีหลักฐานภาพถ่ายและพยานบุคคล "
                                             "ขอให้ตรวจสอบข้อเท็จจริงและดำเนินการตามระเบียบโดยเร็ว เรื่องที่ %2")
                                  .arg(subject)
                                  .arg(i),
                              QStringLiteral("ขอให้ตรวจสอบข้อเท็จจริงและดำเนินการตามระเบียบ"),
                              QStringLiteral("นาย%1 %2").arg(pick(FirstNames), pick(LastNames)),
                              QStringLiteral("เจ้าพนักงาน"), pick(Units)});
    }
    return csv.toUtf8();
}

} // namespace bench
