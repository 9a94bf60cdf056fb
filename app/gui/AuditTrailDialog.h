// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>

class QTableWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/** The audit trail of one case — who entered, changed, printed or revealed what, and when — to read and to print. */
class AuditTrailDialog : public QDialog
{
    Q_OBJECT
public:
    /**
     * The complainant reads ไม่เปิดเผยชื่อ unless \a revealReason is the reason given to show him on the main window
     * (an integrity officer's): then the trail shows him too, and says so in itself.
     */
    AuditTrailDialog(storage::Database& db, qint64 complaintId, QWidget* parent = nullptr,
                     const QString& revealReason = {});
    QTableWidget* table() const { return m_table; }
    /** False (after saying why) when the trail could not be read, e.g. the user may not see it. */
    bool isValid() const { return m_valid; }

private:
    void print();

    storage::Database& m_db;
    qint64 m_id;
    QString m_receipt, m_subject, m_revealReason;
    QTableWidget* m_table = nullptr;
    bool m_valid = false;
};

} // namespace sujarit::gui
