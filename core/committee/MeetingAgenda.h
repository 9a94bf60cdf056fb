// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Meetings.h"
#include "documents/PdfExport.h"

#include <QDate>
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

/** The six sections of an agenda in the usual order: ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ … ๖ เรื่องอื่น ๆ. */
const QStringList& agendaSections();

struct AgendaItem
{
    int section = 1; ///< 1 … 6
    QString title;
    QString details;
    bool known = false; ///< added by Sujarit from the registers, not typed
};

/** A meeting's agenda: what the secretary typed and what Sujarit adds. */
struct Agenda
{
    Meeting meeting;
    QString committeeName;
    QString place, starts; ///< ณ …, เวลา … น.
    std::optional<QDate> sentOn; ///< when it went to the members
    QList<AgendaItem> items; ///< by section, the known items of a section before the typed ones
    QDate monthlyReport; ///< the month (its first day) whose complaint report goes under ๔
};

/**
 * The agendas of the committee's meetings. Sujarit adds what it knows when an agenda is read: under ๒ the minutes of
 * the last meeting held, to approve; under ๓ the follow-up actions of earlier meetings not yet done; under ๔ the complaint report of the month before the meeting (seed 001 §3.3)
 * and the rounds of the action plan and of the risk register falling due since the last meeting.
 */
class AgendaBook
{
public:
    explicit AgendaBook(storage::Database& db);

    std::optional<Agenda> agenda(qint64 meetingId);
    /**
     * Writes the agenda of meeting \a meetingId (its place, time and typed items, replacing those typed before)
     * and records it sent to the members on \a sentOn. Refused for a meeting held or cancelled, and for an item
     * without a title or outside sections 1 to 6 (\a places name them); nothing is written then.
     */
    bool setAgenda(qint64 meetingId, const QString& place, const QString& starts, const QList<AgendaItem>& items,
                   QDate sentOn, const QStringList& places = {});

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);

    storage::Database& m_db;
    QString m_error;
};

/**
 * ระเบียบวาระการประชุม: the committee, the meeting's number, day, time and place, then each section with its items
 * ("- ไม่มี -" for an empty one); followed, on pages of their own, by the monthly complaint report the agenda carries.
 */
documents::DocumentPainter agendaPaper(const Agenda& agenda, const office::OfficeProfile& office, storage::Database& db,
                                       QDate today);

} // namespace sujarit::committee
