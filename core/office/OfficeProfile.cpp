// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeProfile.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace sujarit::office {

namespace {
struct OfficeText {
    Q_DECLARE_TR_FUNCTIONS(OfficeText)
};

const QString Prefix = QStringLiteral("office.");

bool parseBool(const QString& v, bool* ok)
{
    const QString t = v.trimmed().toLower();
    *ok = true;
    if (t == u"1" || t == u"yes" || t == u"true" || t == u"on" || t == QStringLiteral("ใช่"))
        return true;
    if (t == u"0" || t == u"no" || t == u"false" || t == u"off" || t == QStringLiteral("ไม่ใช่"))
        return false;
    *ok = false;
    return false;
}
} // namespace

QList<std::pair<QString, QString>> OfficeProfile::fields()
{
    return {
        {QStringLiteral("name"), QStringLiteral("ชื่อหน่วยงาน")},
        {QStringLiteral("district"), QStringLiteral("อำเภอ")},
        {QStringLiteral("province"), QStringLiteral("จังหวัด")},
        {QStringLiteral("address"), QStringLiteral("ที่อยู่")},
        {QStringLiteral("phone"), QStringLiteral("โทรศัพท์")},
        {QStringLiteral("fax"), QStringLiteral("โทรสาร")},
        {QStringLiteral("website"), QStringLiteral("เว็บไซต์")},
        {QStringLiteral("facebook"), QStringLiteral("เพจ Facebook")},
        {QStringLiteral("hotline"), QStringLiteral("สายตรงผู้บริหาร")},
        {QStringLiteral("executive_name"), QStringLiteral("ชื่อผู้บริหาร")},
        {QStringLiteral("executive_title"), QStringLiteral("ตำแหน่งผู้บริหาร")},
        {QStringLiteral("letter_prefix"), QStringLiteral("รหัสเลขที่หนังสือ")},
        {QStringLiteral("responsible_unit"), QStringLiteral("ส่วนราชการเจ้าของเรื่อง")},
        {QStringLiteral("unit_phone"), QStringLiteral("โทรศัพท์ของส่วนราชการ")},
        {QStringLiteral("follow_up"), QStringLiteral("ช่องทางติดตามเรื่อง")},
        {QStringLiteral("emblem_path"), QStringLiteral("ไฟล์ภาพตราครุฑ")},
        {QStringLiteral("divisions"), QStringLiteral("ส่วนราชการ (คั่นด้วย ,)")},
        {QStringLiteral("thai_digits_letters"), QStringLiteral("ใช้เลขไทยในหนังสือ")},
        {QStringLiteral("thai_digits_documents"), QStringLiteral("ใช้เลขไทยในเอกสารอื่น")},
    };
}

QString OfficeProfile::get(const QString& key) const
{
    if (key == u"name") return name;
    if (key == u"district") return district;
    if (key == u"province") return province;
    if (key == u"address") return address;
    if (key == u"phone") return phone;
    if (key == u"fax") return fax;
    if (key == u"website") return website;
    if (key == u"facebook") return facebook;
    if (key == u"hotline") return hotline;
    if (key == u"executive_name") return executiveName;
    if (key == u"executive_title") return executiveTitle;
    if (key == u"letter_prefix") return letterPrefix;
    if (key == u"responsible_unit") return responsibleUnit;
    if (key == u"unit_phone") return unitPhone;
    if (key == u"follow_up") return followUp;
    if (key == u"emblem_path") return emblemPath;
    if (key == u"divisions") return divisions.join(QStringLiteral(", "));
    if (key == u"thai_digits_letters") return thaiDigitsInLetters ? QStringLiteral("yes") : QStringLiteral("no");
    if (key == u"thai_digits_documents") return thaiDigitsInOtherDocuments ? QStringLiteral("yes") : QStringLiteral("no");
    return {};
}

bool OfficeProfile::set(const QString& key, const QString& raw, QString* error)
{
    const QString value = raw.trimmed();
    bool ok = true;
    if (key == u"name") name = value;
    else if (key == u"district") district = value;
    else if (key == u"province") province = value;
    else if (key == u"address") address = value;
    else if (key == u"phone") phone = value;
    else if (key == u"fax") fax = value;
    else if (key == u"website") website = value;
    else if (key == u"facebook") facebook = value;
    else if (key == u"hotline") hotline = value;
    else if (key == u"executive_name") executiveName = value;
    else if (key == u"executive_title") executiveTitle = value;
    else if (key == u"letter_prefix") letterPrefix = value;
    else if (key == u"responsible_unit") responsibleUnit = value;
    else if (key == u"unit_phone") unitPhone = value;
    else if (key == u"follow_up") followUp = value;
    else if (key == u"emblem_path") emblemPath = value;
    else if (key == u"divisions") {
        divisions.clear();
        for (const QString& d : value.split(u',', Qt::SkipEmptyParts))
            if (!d.trimmed().isEmpty())
                divisions << d.trimmed();
    } else if (key == u"thai_digits_letters")
        thaiDigitsInLetters = parseBool(value, &ok);
    else if (key == u"thai_digits_documents")
        thaiDigitsInOtherDocuments = parseBool(value, &ok);
    else {
        if (error) {
            QStringList keys;
            for (const auto& [k, label] : fields())
                keys << k;
            *error = OfficeText::tr("“%1” is not a field of the office profile; the fields are: %2")
                         .arg(key, keys.join(QStringLiteral(", ")));
        }
        return false;
    }
    if (!ok && error)
        *error = OfficeText::tr("%1 is yes or no, not “%2”").arg(key, value);
    return ok;
}

OfficeProfile OfficeProfile::load(storage::Database& db)
{
    OfficeProfile p;
    for (const auto& [key, label] : fields()) {
        const QString stored = db.setting(Prefix + key, QStringLiteral("\x01"));
        if (stored != QStringLiteral("\x01"))
            p.set(key, stored);
    }
    return p;
}

bool OfficeProfile::save(storage::Database& db) const
{
    if (!db.require(access::Permission::ManageSettings))
        return false;
    storage::Database::Transaction tx(db);
    if (!tx.isActive())
        return false;
    for (const auto& [key, label] : fields())
        if (!db.setSetting(Prefix + key, get(key)))
            return false;
    return tx.commit();
}

QString OfficeProfile::fullName() const
{
    QString s = name;
    if (!district.isEmpty())
        s += QStringLiteral(" อำเภอ") + district;
    if (!province.isEmpty())
        s += QStringLiteral(" จังหวัด") + province;
    return s;
}

QStringList OfficeProfile::missing(const QStringList& required) const
{
    QStringList out;
    for (const auto& [key, label] : fields())
        if (required.contains(key) && get(key).trimmed().isEmpty())
            out << QStringLiteral("%1 (%2)").arg(label, key);
    return out;
}

} // namespace sujarit::office
