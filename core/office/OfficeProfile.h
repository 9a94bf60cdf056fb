// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "text/ThaiDigits.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sujarit::storage {
class Database;
}

namespace sujarit::office {

/**
 * The office that prints: its name and address, its executive, its letter-number prefix and divisions. Kept in
 * the register's settings (keys "office.*") so every PC on the register prints the same letterhead.
 */
struct OfficeProfile {
    QString name; ///< องค์การบริหารส่วนตำบลโคกแย้
    QString district; ///< หนองแค (without "อำเภอ")
    QString province; ///< สระบุรี (without "จังหวัด")
    QString address; ///< เลขที่ 40 หมู่ 6 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230
    QString phone; ///< 036-374047
    QString fax; ///< 0-3637-4048 ต่อ 34
    QString website; ///< http://kokyae.go.th
    QString facebook; ///< the Facebook page's name or address
    QString hotline; ///< the executive's hotline (สายตรงนายก): 0-3637-4047-8, 091-7715901
    QString executiveName; ///< นายสมชาย ใจดี
    QString executiveTitle; ///< นายกองค์การบริหารส่วนตำบลโคกแย้
    QString letterPrefix; ///< สบ ๗๑๒๐๑
    QString responsibleUnit; ///< สำนักปลัด งานกฎหมายและคดี
    QString unitPhone; ///< 036-374047 ต่อ 17
    QString followUp; ///< how a complainant follows up, printed on the receipt
    QString emblemPath; ///< the Garuda image an office supplies; empty keeps the space blank
    QStringList divisions; ///< สำนักปลัด, กองคลัง, กองช่าง, …
    bool thaiDigitsInLetters = true;
    bool thaiDigitsInOtherDocuments = false;

    static OfficeProfile load(storage::Database& db);
    bool save(storage::Database& db) const;

    /** The digits letters are printed in. */
    text::Digits letterDigits() const { return thaiDigitsInLetters ? text::Digits::Thai : text::Digits::Arabic; }
    /** The digits other documents (form, receipt, register, reports) are printed in. */
    text::Digits documentDigits() const
    {
        return thaiDigitsInOtherDocuments ? text::Digits::Thai : text::Digits::Arabic;
    }

    /** "องค์การบริหารส่วนตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี" */
    QString fullName() const;

    /** The setting keys and their Thai labels, in the order a form shows them. */
    static QList<std::pair<QString, QString>> fields();
    /** Reads one field by key; false when the key is unknown. */
    bool set(const QString& key, const QString& value, QString* error = nullptr);
    QString get(const QString& key) const;
    /** Keys of \a required that are empty, as Thai labels with keys, for a message. */
    QStringList missing(const QStringList& required) const;
};

} // namespace sujarit::office
