// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "access/Session.h"

#include "Announcement.h"

namespace sujarit::storage {
class Database;
}

namespace sujarit::announcements {

/**
 * The announcements in the database: every write one transaction, refused unless the session may manage the
 * integrity work. Only the latest version of a year's announcement of a kind is written on: a draft changes in
 * place; a signed one gets a new version, with the reason, and stays as it was signed.
 */
/**
 * Who may sign the office's papers (an announcement, an order) on \a day: the executive of the office profile or an
 * executive on the staff list, on a day that has come. Their title to print under the name, or nothing with the
 * reason in \a error.
 */
std::optional<QString> signerTitle(storage::Database& db, const QString& by, QDate day, QString* error);

class AnnouncementStore
{
public:
    explicit AnnouncementStore(storage::Database& db);

    /** Every version of fiscal year \a fiscalYear's announcements, by kind and then version. */
    std::optional<QList<Announcement>> list(int fiscalYear);
    std::optional<Announcement> find(qint64 id);
    /** A new draft of \a kind for \a fiscalYear from its template (announcements/AnnouncementTemplates.h); refused
     *  when the year has one of that kind already (revise it instead), or, for coi_measures, no risk register. */
    std::optional<Announcement> create(int fiscalYear, const QString& kind);
    /** Changes the latest version \a id: a draft in place; a signed one as a new version that says \a reason. */
    std::optional<Announcement> revise(qint64 id, const QString& title, const QString& body, const QString& reason);
    /**
     * Writes announcement \a id again from its template, with what the profile and (for coi_measures) the risk
     * register hold today, so that nothing is typed twice: a draft in place; a signed one as a new version that says
     * \a reason.
     */
    std::optional<Announcement> redraft(qint64 id, const QString& reason);
    /**
     * Records that \a by signed draft \a id on \a day: the office's executive (the profile's) or a member of staff
     * of the executive kind; not after today (an announcement signed on paper years ago may be entered now), and
     * never twice.
     */
    std::optional<Announcement> sign(qint64 id, const QString& by, QDate day);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool allowed(access::Permission permission);
    /** The template's title and text of \a kind for \a fiscalYear, or nullopt (with the reason). */
    std::optional<std::pair<QString, QString>> templateOf(int fiscalYear, const QString& kind);
    /** \a id when it is the latest version of its year and kind; nullopt (with the reason) otherwise. */
    std::optional<Announcement> latest(qint64 id);

    storage::Database& m_db;
    QString m_error;
};

} // namespace sujarit::announcements
