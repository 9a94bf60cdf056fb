// SPDX-License-Identifier: GPL-3.0-or-later
#include "Declarations.h"

#include "calendar/Clock.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "gifts/GiftRule.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace sujarit::conflicts {

namespace {
struct DeclarationText
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationText)
};
QString stamp()
{
    return calendar::now().toString(Qt::ISODate);
}
QString thaiDay(QDate d)
{
    return calendar::formatThaiDate(d, calendar::DateStyle::Long);
}
} // namespace

const QList<Choice>& declarationKinds()
{
    static const QList<Choice> list = {
        { QStringLiteral("annual"), QStringLiteral("แบบแสดงการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม ประจำปี") },
        { QStringLiteral("procurement"), QStringLiteral("แบบแสดงความบริสุทธิ์ใจในการจัดซื้อจัดจ้าง") },
        { QStringLiteral("situational"),
          QStringLiteral("แบบแสดงการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม (เมื่อมีสถานการณ์)") },
        { QStringLiteral("gift_report"), QStringLiteral("แบบรายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา") },
    };
    return list;
}

const QList<Choice>& conflictForms()
{
    static const QList<Choice> list = {
        { QStringLiteral("property"), QStringLiteral("การนำทรัพย์สินของหน่วยงานไปใช้ในกิจการส่วนตน") },
        { QStringLiteral("gifts"), QStringLiteral("การรับทรัพย์สินหรือประโยชน์ที่มีผลต่อการตัดสินใจในการปฏิบัติหน้าที่") },
        { QStringLiteral("inside_information"), QStringLiteral("การใช้ข้อมูลภายในของรัฐเพื่อประโยชน์ของตนหรือพวกพ้อง") },
        { QStringLiteral("private_work"), QStringLiteral("การทำงานพิเศษในเวลาปฏิบัติราชการ") },
        { QStringLiteral("contract_interest"), QStringLiteral("การทำธุรกิจหรือมีส่วนได้เสียในสัญญากับหน่วยงานของรัฐ") },
        { QStringLiteral("post_employment"), QStringLiteral("การทำงานในภาคเอกชนที่เกี่ยวข้องกับหน้าที่เดิมหลังพ้นตำแหน่ง") },
        { QStringLiteral("project_steering"),
          QStringLiteral("การนำโครงการสาธารณะลงในพื้นที่ของตนเพื่อเอื้อประโยชน์ตนหรือพวกพ้อง") },
        { QStringLiteral("spouse_business"), QStringLiteral("การดำเนินกิจการของคู่สมรสที่ขัดกับหน้าที่") },
        { QStringLiteral("other"), QStringLiteral("อื่น ๆ") },
    };
    return list;
}

const QList<Choice>& partyRelations()
{
    static const QList<Choice> list = [] {
        QList<Choice> out = { { QStringLiteral("none"), QStringLiteral("ไม่มีความเกี่ยวข้อง") },
                              { QStringLiteral("self"), QStringLiteral("ตนเอง") } };
        for (const gifts::Relation& r : gifts::relations())
            if (r.code != QLatin1String("none"))
                out.append({ r.code, r.label });
        return out;
    }();
    return list;
}

const QList<Choice>& reviewDecisions()
{
    static const QList<Choice> list = {
        { QStringLiteral("no_conflict"), QStringLiteral("ไม่มีการขัดกันระหว่างประโยชน์ ให้ปฏิบัติหน้าที่ต่อไปได้") },
        { QStringLiteral("recuse"), QStringLiteral("ให้ผู้นั้นงดเว้นจากการพิจารณาเรื่องนั้น") },
        { QStringLiteral("reassign"), QStringLiteral("มอบหมายงานให้ผู้อื่นดำเนินการแทน") },
        { QStringLiteral("stop"), QStringLiteral("ให้ยุติการดำเนินการหรือกิจกรรมนั้น") },
        { QStringLiteral("other"), QStringLiteral("อื่น ๆ") },
    };
    return list;
}

int Declaration::fiscalYear() const
{
    return calendar::fiscalYearOf(date);
}

bool Declaration::hasTie() const
{
    for (const Party& p : parties)
        if (p.relation != QLatin1String("none"))
            return true;
    return false;
}

QString validate(const Declaration& d)
{
    using T = DeclarationText;
    if (!labelIn(declarationKinds(), d.kind))
        return T::tr("kind: “%1” is not one of %2").arg(d.kind, codesOf(declarationKinds()));
    if (d.declarant.simplified().isEmpty())
        return T::tr("declarant: who declares is missing");
    if (!d.date.isValid())
        return T::tr("date: the day of the declaration is missing or impossible");
    if (d.date > calendar::now().date())
        return T::tr("date: %1 is in the future").arg(thaiDay(d.date));
    if (!d.form.isEmpty() && !labelIn(conflictForms(), d.form))
        return T::tr("form: “%1” is not one of %2").arg(d.form, codesOf(conflictForms()));
    for (qsizetype i = 0; i < d.parties.size(); ++i) {
        if (d.parties[i].name.simplified().isEmpty())
            return T::tr("parties: person or company %1 has no name").arg(i + 1);
        if (!labelIn(partyRelations(), d.parties[i].relation))
            return T::tr("parties: the relation to %1, “%2”, is not one of %3")
                .arg(d.parties[i].name.simplified(), d.parties[i].relation, codesOf(partyRelations()));
    }
    if (d.kind == QLatin1String("procurement")) {
        if (d.procurementName.simplified().isEmpty())
            return T::tr("procurement: the procurement's name is missing");
        if (d.procurementNumber.simplified().isEmpty())
            return T::tr("procurement_number: the procurement's number is missing");
        if (d.parties.isEmpty())
            return T::tr("bidders: a procurement declaration lists the bidders (with relation “none” where there is no "
                         "tie)");
        if (d.noInterest && d.hasTie())
            return T::tr("no_interest: the declaration says there is no interest, yet it names a tie to a bidder");
    } else if (d.noInterest) {
        if (d.kind != QLatin1String("annual"))
            return T::tr("no_interest: only the annual declaration may be a nil return");
        if (d.hasTie() || !d.form.isEmpty())
            return T::tr("no_interest: a nil return names no form of conflict and no tie");
    } else {
        if (d.form.isEmpty() && d.kind != QLatin1String("gift_report"))
            return T::tr("form: the form of conflict is missing (one of %1), or declare no interest")
                .arg(codesOf(conflictForms()));
        if (d.parties.isEmpty() && d.details.simplified().isEmpty())
            return T::tr("parties: name the persons or companies involved, or describe the situation in details");
        if (d.kind == QLatin1String("gift_report") && d.details.simplified().isEmpty())
            return T::tr("details: a gift report says what was received, from whom and its value");
    }
    return {};
}

QString validate(const Review& r, QDate declaredOn)
{
    using T = DeclarationText;
    if (r.reviewer.simplified().isEmpty())
        return T::tr("reviewer: the supervisor who reviews is missing");
    if (!labelIn(reviewDecisions(), r.decision))
        return T::tr("decision: “%1” is not one of %2").arg(r.decision, codesOf(reviewDecisions()));
    if (!r.date.isValid())
        return T::tr("date: the day of the review is missing or impossible");
    if (r.date < declaredOn)
        return T::tr("date: the review (%1) is before the declaration (%2)").arg(thaiDay(r.date), thaiDay(declaredOn));
    if (r.date > calendar::now().date())
        return T::tr("date: %1 is in the future").arg(thaiDay(r.date));
    if (r.decision != QLatin1String("no_conflict") && r.reason.simplified().isEmpty())
        return T::tr("reason: say why the supervisor decided so");
    return {};
}

DeclarationRegister::DeclarationRegister(storage::Database& db)
    : m_db(db)
{
}

bool DeclarationRegister::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool DeclarationRegister::allowed(access::Permission permission)
{
    return m_db.require(permission) || fail(m_db.errorString());
}

bool DeclarationRegister::add(QList<Declaration>& declarations, const QStringList& places)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    using T = DeclarationText;
    staff::StaffList staffList(m_db);
    const auto members = staffList.all();
    if (!members)
        return fail(staffList.errorString());
    QHash<QString, staff::StaffMember> byName;
    for (const staff::StaffMember& m : *members)
        byName.insert(m.name, m);

    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    QSqlQuery q = m_db.query();
    for (qsizetype i = 0; i < declarations.size(); ++i) {
        Declaration& d = declarations[i];
        const QString where = places.value(i, T::tr("declaration %1").arg(i + 1));
        d.declarant = d.declarant.simplified();
        if (const QString why = validate(d); !why.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(where, why));
        const auto member = byName.constFind(d.declarant);
        if (member == byName.constEnd())
            return fail(T::tr("%1: declarant: %2 is not on the staff list (add them with “staff add”)")
                            .arg(where, d.declarant));
        if (member->leftOn && d.date > *member->leftOn)
            return fail(T::tr("%1: declarant: %2 left office on %3, before the declaration's date")
                            .arg(where, d.declarant, thaiDay(*member->leftOn)));
        if (d.kind == QLatin1String("annual")) {
            if (!m_db.exec(q,
                           QStringLiteral("SELECT declared_on FROM declarations WHERE kind = 'annual' AND staff_id = ?"
                                          " AND fiscal_year = ?"),
                           { member->id, d.fiscalYear() }))
                return fail(m_db.errorString());
            if (q.next())
                return fail(T::tr("%1: %2 already made the annual declaration of fiscal year %3 (on %4)")
                                .arg(where, d.declarant)
                                .arg(d.fiscalYear())
                                .arg(thaiDay(QDate::fromString(q.value(0).toString(), Qt::ISODate))));
        }
        if (d.kind == QLatin1String("procurement")) {
            if (!m_db.exec(q,
                           QStringLiteral("SELECT 1 FROM declarations WHERE kind = 'procurement' AND staff_id = ?"
                                          " AND procurement_number = ?"),
                           { member->id, d.procurementNumber.simplified() }))
                return fail(m_db.errorString());
            if (q.next())
                return fail(T::tr("%1: %2 already declared for procurement %3")
                                .arg(where, d.declarant, d.procurementNumber.simplified()));
        }
        const auto id = m_db.insert(
                       QStringLiteral("INSERT INTO declarations (kind, staff_id, declared_on, fiscal_year, no_interest,"
                                      " conflict_form, details, procurement_name, procurement_number, created_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       { d.kind, member->id, d.date.toString(Qt::ISODate), d.fiscalYear(), d.noInterest ? 1 : 0,
                         m_db.bindable(d.form), m_db.bindable(d.details.trimmed()),
                         m_db.bindable(d.procurementName.simplified()), m_db.bindable(d.procurementNumber.simplified()),
                         stamp() });
        if (!id)
            return fail(m_db.errorString());
        d.id = *id;
        for (qsizetype p = 0; p < d.parties.size(); ++p)
            if (!m_db.exec(q,
                           QStringLiteral("INSERT INTO declaration_parties (declaration_id, position, name, relation)"
                                          " VALUES (?, ?, ?, ?)"),
                           { d.id, p + 1, d.parties[p].name.simplified(), d.parties[p].relation }))
                return fail(m_db.errorString());
        if (d.review.done()) {
            if (const QString why = validate(d.review, d.date); !why.isEmpty())
                return fail(T::tr("%1: review: %2").arg(where, why));
            if (!m_db.exec(q,
                           QStringLiteral("UPDATE declarations SET reviewer = ?, review_decision = ?, reviewed_on = ?,"
                                          " review_reason = ? WHERE id = ?"),
                           { d.review.reviewer.simplified(), d.review.decision, d.review.date.toString(Qt::ISODate),
                             m_db.bindable(d.review.reason.trimmed()), d.id }))
                return fail(m_db.errorString());
        }
    }
    return tx.commit() || fail(m_db.errorString());
}

bool DeclarationRegister::review(qint64 id, const Review& r)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto d = find(id);
    if (!d)
        return false;
    if (const QString why = validate(r, d->date); !why.isEmpty())
        return fail(DeclarationText::tr("declaration %1: %2").arg(id).arg(why));
    return m_db.exec(QStringLiteral("UPDATE declarations SET reviewer = ?, review_decision = ?, reviewed_on = ?,"
                                    " review_reason = ? WHERE id = ?"),
                     { r.reviewer.simplified(), r.decision, r.date.toString(Qt::ISODate),
                       m_db.bindable(r.reason.trimmed()), id })
        || fail(m_db.errorString());
}

std::optional<QList<Declaration>> DeclarationRegister::select(const QString& where, const QVariantList& values)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT d.id, d.kind, s.name, s.position, s.division, d.declared_on, d.no_interest,"
                                  " d.conflict_form, d.details, d.procurement_name, d.procurement_number, d.reviewer,"
                                  " d.review_decision, d.reviewed_on, d.review_reason"
                                  " FROM declarations d JOIN staff s ON s.id = d.staff_id ")
                       + where + QStringLiteral(" ORDER BY d.declared_on, d.id"),
                   values)) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<Declaration> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Declaration d;
        d.id = q.value(0).toLongLong();
        d.kind = q.value(1).toString();
        d.declarant = q.value(2).toString();
        d.position = q.value(3).toString();
        d.division = q.value(4).toString();
        d.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        d.noInterest = q.value(6).toInt() != 0;
        d.form = q.value(7).toString();
        d.details = q.value(8).toString();
        d.procurementName = q.value(9).toString();
        d.procurementNumber = q.value(10).toString();
        d.review = { q.value(11).toString(), q.value(12).toString(),
                     QDate::fromString(q.value(13).toString(), Qt::ISODate), q.value(14).toString() };
        index.insert(d.id, out.size());
        out << d;
    }
    if (out.isEmpty())
        return out;
    // The parties of the declarations read, in one pass.
    if (!m_db.exec(q,
                   QStringLiteral("SELECT p.declaration_id, p.name, p.relation FROM declaration_parties p"
                                  " JOIN declarations d ON d.id = p.declaration_id JOIN staff s ON s.id = d.staff_id ")
                       + where + QStringLiteral(" ORDER BY p.declaration_id, p.position"),
                   values)) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    while (q.next())
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            out[*it].parties.append({ q.value(1).toString(), q.value(2).toString() });
    return out;
}

std::optional<Declaration> DeclarationRegister::find(qint64 id)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    const auto found = select(QStringLiteral("WHERE d.id = ?"), { id });
    if (!found)
        return std::nullopt;
    if (found->isEmpty()) {
        fail(DeclarationText::tr("there is no declaration %1").arg(id));
        return std::nullopt;
    }
    return found->first();
}

std::optional<QList<Declaration>> DeclarationRegister::list(std::optional<int> fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    return fiscalYear ? select(QStringLiteral("WHERE d.fiscal_year = ?"), { *fiscalYear }) : select(QString(), {});
}

std::optional<QList<Declaration>> DeclarationRegister::byDeclarant(const QString& declarant)
{
    return select(QStringLiteral("WHERE s.name = ?"), { declarant.simplified() });
}

std::optional<QList<staff::StaffMember>> DeclarationRegister::missingAnnual(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    staff::StaffList staffList(m_db);
    const auto members = staffList.all();
    if (!members) {
        fail(staffList.errorString());
        return std::nullopt;
    }
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT staff_id FROM declarations WHERE kind = 'annual' AND fiscal_year = ?"),
                   { fiscalYear })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QSet<qint64> declared;
    while (q.next())
        declared.insert(q.value(0).toLongLong());
    // Who is in office at the year's end, or today while the year runs, owes the year's return.
    const QDate asOf = std::min(calendar::fiscalYearEnd(fiscalYear), calendar::now().date());
    QList<staff::StaffMember> out;
    for (const staff::StaffMember& m : *members)
        if (!declared.contains(m.id) && (m.leftOn ? *m.leftOn >= asOf : m.active))
            out << m;
    return out;
}

} // namespace sujarit::conflicts
