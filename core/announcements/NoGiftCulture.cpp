// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoGiftCulture.h"

#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "office/OfficeProfile.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sujarit::announcements {

namespace {
struct NoGiftText
{
    Q_DECLARE_TR_FUNCTIONS(NoGiftText)
};
const QString Owner = QStringLiteral("no_gift_activity");
} // namespace

const QList<text::Code>& activityKinds()
{
    static const QList<text::Code> list = {
        {QStringLiteral("meeting"), QStringLiteral("ประชุมชี้แจง"), QStringLiteral("Meeting")},
        {QStringLiteral("training"), QStringLiteral("อบรม"), QStringLiteral("Training")},
        {QStringLiteral("campaign"), QStringLiteral("รณรงค์"), QStringLiteral("Campaign")},
        {QStringLiteral("notice"), QStringLiteral("ประชาสัมพันธ์/แจ้งเวียน"), QStringLiteral("Notice")},
        {QStringLiteral("other"), QStringLiteral("อื่น ๆ"), QStringLiteral("Other")},
    };
    return list;
}

NoGiftCulture::NoGiftCulture(storage::Database& db)
    : m_db(db)
{
}

bool NoGiftCulture::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool NoGiftCulture::allowed(access::Permission permission)
{
    return m_db.require(permission) || fail(m_db.errorString());
}

bool NoGiftCulture::add(QList<NoGiftActivity>& list, const QStringList& places)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    staff::StaffList staffList(m_db);
    const auto everyone = staffList.all();
    if (!everyone)
        return fail(staffList.errorString());
    QHash<QString, QString> names; // collapsed → as listed
    for (const staff::StaffMember& s : *everyone)
        names.insert(s.name.simplified(), s.name);
    for (qsizetype i = 0; i < list.size(); ++i) {
        NoGiftActivity& a = list[i];
        const QString where = places.value(i, NoGiftText::tr("activity %1").arg(i + 1));
        QString why;
        if (!a.heldOn.isValid())
            why = NoGiftText::tr("date: missing");
        else if (a.heldOn > calendar::now().date())
            why = NoGiftText::tr("date: %1 is after today; record an activity once it is held")
                      .arg(calendar::formatThaiDate(a.heldOn));
        else if (!text::findCode(activityKinds(), a.kind))
            why = NoGiftText::tr("kind: “%1” is not one of %2").arg(a.kind, text::codesOf(activityKinds()));
        else if (a.title.simplified().isEmpty())
            why = NoGiftText::tr("title: missing");
        else if (a.headcount < 0)
            why = NoGiftText::tr("headcount: %1 is negative").arg(a.headcount);
        for (QString& name : a.participants) {
            if (!why.isEmpty())
                break;
            const QString listed = names.value(name.simplified());
            if (listed.isEmpty())
                why = NoGiftText::tr("participants: “%1” is not on the staff list").arg(name);
            name = listed;
        }
        if (why.isEmpty() && a.headcount > 0 && a.headcount < a.participants.size())
            why = NoGiftText::tr("headcount: %1 is fewer than the %2 participants named").arg(a.headcount).arg(a.participants.size());
        if (!why.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(where, why));
        if (a.headcount == 0)
            a.headcount = int(a.participants.size());
        a.fiscalYear = calendar::fiscalYearOf(a.heldOn);
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (NoGiftActivity& a : list) {
        const auto id = m_db.insert(
            QStringLiteral("INSERT INTO no_gift_activities (fiscal_year, held_on, kind, title, participants, headcount,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {a.fiscalYear, a.heldOn.toString(Qt::ISODate), a.kind, a.title.simplified(), a.participants.join(u'\n'),
             a.headcount, calendar::now().toString(Qt::ISODate)});
        if (!id)
            return fail(m_db.errorString());
        a.id = *id;
    }
    return tx.commit() || fail(m_db.errorString());
}

std::optional<QList<NoGiftActivity>> NoGiftCulture::activities(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, fiscal_year, held_on, kind, title, participants, headcount FROM"
                                  " no_gift_activities WHERE fiscal_year = ? ORDER BY held_on, id"),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<NoGiftActivity> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toInt(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
                    q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString().split(u'\n', Qt::SkipEmptyParts), q.value(6).toInt()});
    return out;
}

std::optional<risks::EvidenceFiles::File> NoGiftCulture::addEvidence(qint64 activity, const QString& fileName,
                                                                     const QByteArray& data)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM no_gift_activities WHERE id = ?"), {activity}) || !q.next()) {
        fail(NoGiftText::tr("there is no No Gift activity %1").arg(activity));
        return std::nullopt;
    }
    risks::EvidenceFiles files(m_db, Owner);
    const auto added = files.add(activity, 0, fileName, data);
    if (!added)
        fail(files.errorString());
    return added;
}

std::optional<QList<risks::EvidenceFiles::File>> NoGiftCulture::evidence(qint64 activity)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    risks::EvidenceFiles files(m_db, Owner);
    const auto list = files.list(activity);
    if (!list)
        fail(files.errorString());
    return list;
}

std::optional<QByteArray> NoGiftCulture::evidenceData(qint64 activity, qint64 file)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    risks::EvidenceFiles files(m_db, Owner);
    const auto data = files.data(activity, file);
    if (!data)
        fail(files.errorString());
    return data;
}

documents::ListDocument noGiftCultureReport(int fiscalYear, const QList<NoGiftActivity>& activities,
                                            const QHash<qint64, int>& evidenceCounts,
                                            const office::OfficeProfile& office)
{
    using documents::Align;
    documents::ListDocument d;
    d.title = QStringLiteral("รายงานการสร้างวัฒนธรรม No Gift Policy ประจำปีงบประมาณ พ.ศ. %1").arg(fiscalYear);
    d.subtitles = {office.fullName()};
    d.sheetName = QStringLiteral("No Gift Policy");
    d.columns = {{QStringLiteral("ที่"), 12, Align::Center},
                 {QStringLiteral("วันที่"), 26},
                 {QStringLiteral("ลักษณะกิจกรรม"), 34},
                 {QStringLiteral("กิจกรรม"), 0},
                 {QStringLiteral("ผู้เข้าร่วม"), 70, Align::Left, true},
                 {QStringLiteral("จำนวน (คน)"), 22, Align::Right},
                 {QStringLiteral("หลักฐาน (ไฟล์)"), 24, Align::Right}};
    d.numericColumns = {5, 6};
    d.emptyText = QStringLiteral("ยังไม่มีกิจกรรมที่บันทึกไว้");
    int people = 0;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const NoGiftActivity& a = activities[i];
        people += a.headcount;
        d.rows << QStringList{QString::number(i + 1),
                              calendar::formatThaiDate(a.heldOn, calendar::DateStyle::AbbreviatedShortYear),
                              text::labelIn(activityKinds(), a.kind).value_or(a.kind),
                              a.title,
                              a.participants.join(QStringLiteral(", ")),
                              QString::number(a.headcount),
                              QString::number(evidenceCounts.value(a.id))};
    }
    d.closing << QStringLiteral("รวม %1 กิจกรรม ผู้เข้าร่วมรวม %2 คน").arg(activities.size()).arg(people);
    d.signatures = {QStringLiteral("ผู้รายงาน"), QStringLiteral("หัวหน้าหน่วยงาน")};
    return d;
}

} // namespace sujarit::announcements
