// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoverySheet.h"

#include "access/IdentityKey.h"
#include "calendar/ThaiDate.h"

#include <QRegularExpression>

#include <qrencode.h>

namespace sujarit::users {

QString recoverySheet(const QString& registerName, const QByteArray& recoveryKey, const QDateTime& made)
{
    return QString::fromUtf8(
               "แผ่นกู้คืนกุญแจข้อมูลผู้ร้องเรียน (Sujarit)\n"
               "ทะเบียน: %1\n"
               "ทำเมื่อ: %2\n"
               "\n"
               "รหัสกู้คืน:\n"
               "    %3\n"
               "\n"
               "ชื่อ ที่อยู่ และข้อมูลที่ระบุตัวผู้ร้องเรียนและพยานในทะเบียนนี้ถูกเข้ารหัสไว้ เปิดอ่านได้เฉพาะผู้ใช้ที่ถือกุญแจ"
               " (เจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต) ด้วยรหัสผ่านของตนเอง\n"
               "\n"
               "ใช้แผ่นนี้เมื่อใด: เมื่อไม่มีผู้ถือกุญแจคนใดเปิดได้อีก เช่น ทุกคนลืมรหัสผ่าน ย้าย หรือถูกปิดบัญชี\n"
               "วิธีใช้: ผู้ดูแลระบบบันทึกรหัสข้างต้นลงในแฟ้ม แล้วสั่ง\n"
               "    sujarit-cli keys recover --recovery-file แฟ้มนั้น --for ชื่อผู้ใช้ที่จะรับกุญแจ\n"
               "ผู้รับต้องเป็นเจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต และเคยเข้าระบบแล้วอย่างน้อยหนึ่งครั้ง\n"
               "\n"
               "เก็บรักษา: ใส่ซองปิดผนึก เก็บในตู้นิรภัยของสำนักงาน แยกจากเครื่องคอมพิวเตอร์และแฟ้มสำรองข้อมูล"
               " อย่าถ่ายรูปหรือเก็บไว้ในเครื่อง ผู้ที่ได้แผ่นนี้พร้อมสำเนาทะเบียนจะอ่านชื่อผู้ร้องเรียนได้ทั้งหมด\n"
               "\n"
               "หากไม่มีแผ่นนี้ และไม่มีผู้ถือกุญแจเหลืออยู่ ข้อมูลผู้ร้องเรียนทุกเรื่องจะเปิดอ่านไม่ได้อีกเลย"
               " (เรื่อง ข้อกล่าวหา ผู้ถูกร้อง และขั้นตอนของเรื่องยังอยู่ครบ) เมื่อทำแผ่นใหม่ แผ่นเก่าจะใช้ไม่ได้อีก\n")
        .arg(registerName, calendar::formatThaiDateTime(made), access::recoveryKeyText(recoveryKey));
}

QImage recoveryQrCode(const QByteArray& recoveryKey, int scale)
{
    const QByteArray text = access::recoveryKeyText(recoveryKey).toLatin1();
    if (text.isEmpty() || scale < 1)
        return {};
    QRcode* code = QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    constexpr int Quiet = 4;
    const int side = (code->width + 2 * Quiet) * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        image.setPixel((x + Quiet) * scale + dx, (y + Quiet) * scale + dy, 1);
    QRcode_free(code);
    return image;
}

std::optional<QByteArray> recoveryKeyIn(const QString& text)
{
    if (auto key = access::recoveryKeyFromText(text.trimmed()))
        return key;
    static const QRegularExpression groups(QStringLiteral("(?:[0-9A-Za-z]{4}[ \\-]?){13}[0-9A-Za-z]{4}"));
    for (auto it = groups.globalMatch(text); it.hasNext();)
        if (auto key = access::recoveryKeyFromText(it.next().captured(0)))
            return key;
    return std::nullopt;
}

} // namespace sujarit::users
