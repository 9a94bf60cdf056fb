// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Meetings.h"
#include "documents/PdfExport.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sujarit::office {
struct OfficeProfile;
}
namespace sujarit::storage {
class Database;
}

namespace sujarit::committee {

struct Absence
{
    QString name;
    QString reason;
};

struct MinutesItem
{
    int section = 1; ///< 1 … 6, as on the agenda
    QString title;
    QString discussion; ///< what was reported or discussed
    QString resolution; ///< มติที่ประชุม
};

struct Action
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString title;
    QString owner;
    QDate due;
    std::optional<QDate> doneOn;
    QString meetingNumber; ///< the meeting that gave it, "3/2569"
};

/** รายงานการประชุม of one meeting, as one version of it. */
struct Minutes
{
    Meeting meeting;
    int version = 1;
    QString place, starts, ends;
    QStringList attendees; ///< ผู้มาประชุม: members present
    QList<Absence> absent; ///< ผู้ไม่มาประชุม, with why
    QStringList others; ///< ผู้เข้าร่วมประชุม: others present
    QList<MinutesItem> items;
    QList<Action> actions;
    QString taker, checker; ///< ผู้จดรายงานการประชุม, ผู้ตรวจรายงานการประชุม
    QString reason; ///< why this version replaced the one before
    std::optional<qint64> approvedAt; ///< the meeting that approved it: locked
    QString approvedAtNumber;
};

/**
 * The minutes of the committee's meetings. Writing them records the meeting as held; every member is present or
 * absent with a reason, every action has an owner and a due day. Approved at a later meeting, they are locked; a
 * correction after that is a new version that says why. The follow-up actions are carried into the agendas of the
 * meetings after theirs (section ๓) until they are marked done.
 */
class MinutesBook
{
public:
    explicit MinutesBook(storage::Database& db);

    /** The latest version of the minutes of \a meetingId (nothing, with the reason, when there are none). */
    std::optional<Minutes> minutes(qint64 meetingId);
    /** Writes \a m for its meeting: replaces the latest version while it is not approved; else, given \a reason, a new
     *  version. */
    bool write(Minutes m, const QString& reason = {});
    /** The minutes of \a meetingId approved at meeting \a at, a later meeting of the year that is not cancelled. */
    bool approve(qint64 meetingId, qint64 at);
    /** The actions of \a fiscalYear still open before \a before (all when invalid). */
    std::optional<QList<Action>> openActions(int fiscalYear, QDate before = {});
    bool markDone(qint64 actionId, QDate day);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);

    storage::Database& m_db;
    QString m_error;
};

/** The minutes' fields from \a o as the command line and the register write them (place, start, end, attendees,
 *  absent [{name, reason}], others, items [{section, title, discussion, resolution}], taker, checker); actions apart. */
void minutesFromJson(const QJsonObject& o, Minutes& minutes);

/** รายงานการประชุม on paper: the meeting, who came and who did not, each item with its resolution, the actions, the
 *  minute-taker and the checker; "ฉบับแก้ไขครั้งที่ N" on a later version, and the approval once given. */
documents::DocumentPainter minutesPaper(const Minutes& minutes, const QString& committeeName,
                                        const office::OfficeProfile& office);

} // namespace sujarit::committee
