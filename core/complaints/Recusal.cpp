// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recusal.h"

#include "conflicts/Declarations.h"
#include "staff/StaffList.h"
#include "calendar/ThaiDate.h"
#include "Complaint.h"

namespace sujarit::complaints {

using conflicts::Declaration;
using conflicts::DeclarationRegister;
using conflicts::Party;

QString comparableName(const QString& name)
{
    QString n = name.simplified();
    for (const char* title : { "นางสาว", "นาง", "นาย", "น.ส.", "Mr.", "Mrs.", "Ms.", "Miss" }) {
        const QString t = QString::fromUtf8(title);
        if (n.startsWith(t)) {
            n = n.mid(t.size()).trimmed();
            break;
        }
    }
    return n.toCaseFolded();
}

std::optional<QList<RecusalFlag>> recusalFlags(storage::Database& db, const complaints::Complaint& c,
                                               const QStringList& officers, QString* error)
{
    staff::StaffList staffList(db);
    DeclarationRegister declarations(db);
    const QString accused = comparableName(c.accused.name);
    const QString accusedUnit = c.accused.unit.simplified();
    QList<RecusalFlag> flags;
    for (const QString& name : officers) {
        const auto officer = staffList.find(name);
        if (!officer) {
            if (error)
                *error = staffList.errorString();
            return std::nullopt;
        }
        if (!accused.isEmpty() && comparableName(officer->name) == accused)
            flags.append({ officer->name, QStringLiteral("เป็นผู้ถูกร้องเรียนในเรื่องนี้เอง") });
        const auto declared = declarations.byDeclarant(officer->name);
        if (!declared) {
            if (error)
                *error = declarations.errorString();
            return std::nullopt;
        }
        for (const Declaration& d : *declared) {
            if (d.review.decision == QLatin1String("no_conflict"))
                continue;
            for (const Party& p : d.parties) {
                if (p.relation == QLatin1String("none"))
                    continue;
                const QString party = comparableName(p.name);
                const bool names = !accused.isEmpty() && party == accused;
                const bool unit = !accusedUnit.isEmpty() && p.name.simplified() == accusedUnit;
                if (names || unit)
                    flags.append({ officer->name,
                                   QStringLiteral("ได้แสดงว่ามีความเกี่ยวข้องกับ %1 (%2) ในแบบแสดงการขัดกันฯ วันที่ %3")
                                       .arg(p.name, labelIn(conflicts::partyRelations(), p.relation).value_or(p.relation),
                                            calendar::formatThaiDate(d.date, calendar::DateStyle::Long)) });
            }
        }
        if (c.category == QLatin1String("procurement") && !accusedUnit.isEmpty()
            && officer->division.simplified() == accusedUnit)
            flags.append(
                { officer->name, QStringLiteral("สังกัด%1 ซึ่งเป็นหน่วยงานที่ถูกร้องเรียนเรื่องการจัดซื้อจัดจ้าง").arg(accusedUnit) });
    }
    return flags;
}

} // namespace sujarit::complaints
