// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>

class QWidget;

namespace sujarit::storage {
class Database;
}

namespace sujarit::gui {

/** The papers of one case the Print menu makes (and the blank form, of no case). */
enum class CaseDocument { BlankForm, Form, Receipt, Acknowledgement, Result };

/**
 * The main window's Print menu: the papers of a case, the blank form, the register of a year and its quarterly
 * summary, each previewed before it is printed. A paper that names a complainant is made only for a user who may see
 * him, and the trail records it.
 */
class PrintMenu : public QObject
{
    Q_OBJECT
public:
    PrintMenu(storage::Database& db, QWidget* parent);

    /** \a document of the case \a id (none for the blank form). */
    void printCase(qint64 id, CaseDocument document);
    /** The register of \a fiscalYear, or its circulation copy without complainants (\a circulation). */
    void printRegister(int fiscalYear, bool circulation);
    /** The quarterly summary of \a fiscalYear: this quarter for the current year, the fourth for one gone by. */
    void printQuarterly(int fiscalYear);
    /** The monthly report to the executive: asks which month (the last one by default), then previews it. */
    void printMonthly();

private:
    storage::Database& m_db;
    QWidget* m_parent;
};

} // namespace sujarit::gui
