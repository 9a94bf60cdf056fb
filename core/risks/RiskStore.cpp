// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskStore.h"

#include "RiskTemplates.h"
#include "calendar/Clock.h"
#include "gifts/GiftRegister.h"
#include "office/OfficeProfile.h"
#include "plan/PlanStore.h"
#include "staff/StaffList.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <functional>

namespace sujarit::risks {

namespace {
struct RiskText
{
    Q_DECLARE_TR_FUNCTIONS(RiskText)
};

QString stamp() { return calendar::now().toString(Qt::ISODate); }

QString joinInts(const QList<int>& list)
{
    QStringList out;
    for (int i : list)
        out << QString::number(i);
    return out.join(u',');
}

QVariant optionalInt(const std::optional<int>& v) { return v ? QVariant(*v) : QVariant(); }
QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }

const QString RiskColumns = QStringLiteral(
    "id, number, process, event, type, causes, controls, division, likelihood, impact");
const QString MeasureColumns
    = QStringLiteral("id, risk_id, number, title, division, person, period, due, indicator, plan_activity_id");

Risk riskFrom(const QSqlQuery& q)
{
    Risk r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toInt();
    r.process = q.value(2).toString();
    r.event = q.value(3).toString();
    r.type = q.value(4).toString();
    r.causes = q.value(5).toString();
    r.controls = q.value(6).toString();
    r.division = q.value(7).toString();
    if (!q.value(8).isNull())
        r.likelihood = q.value(8).toInt();
    if (!q.value(9).isNull())
        r.impact = q.value(9).toInt();
    return r;
}

Measure measureFrom(const QSqlQuery& q)
{
    Measure m;
    m.id = q.value(0).toLongLong();
    m.risk = q.value(1).toLongLong();
    m.number = q.value(2).toInt();
    m.title = q.value(3).toString();
    m.division = q.value(4).toString();
    m.person = q.value(5).toString();
    m.period = q.value(6).toString();
    if (!q.value(7).isNull())
        m.due = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    m.indicator = q.value(8).toString();
    m.planActivity = q.value(9).toLongLong();
    return m;
}

bool inScale(const std::optional<int>& v) { return !v || (*v >= 1 && *v <= 5); }

} // namespace

RiskStore::RiskStore(storage::Database& db)
    : m_db(db)
{
}

bool RiskStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool RiskStore::allowed(access::Permission permission)
{
    return m_db.require(permission) || fail(m_db.errorString());
}

QList<int> RiskStore::years()
{
    QList<int> out;
    QSqlQuery q = m_db.query();
    if (m_db.exec(q, QStringLiteral("SELECT fiscal_year FROM risk_registers ORDER BY fiscal_year DESC")))
        while (q.next())
            out << q.value(0).toInt();
    return out;
}

std::optional<QList<Term>> RiskStore::types()
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT code, label FROM risk_types ORDER BY position, code"))) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<Term> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

bool RiskStore::addType(const QString& code, const QString& label)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!valid.match(code).hasMatch())
        return fail(RiskText::tr("code: “%1” is not a code (a–z, 0–9 and _, starting with a letter)").arg(code));
    if (label.simplified().isEmpty())
        return fail(RiskText::tr("label: the type's name is missing"));
    const auto known = types();
    if (!known)
        return false;
    if (text::findCode(*known, code))
        return fail(RiskText::tr("code: there is a risk type “%1” already").arg(code));
    return m_db.exec(QStringLiteral("INSERT INTO risk_types (code, label, position) VALUES (?, ?, ?)"),
                     {code, label.simplified(), int(known->size()) + 1})
        || fail(m_db.errorString());
}

LevelBands RiskStore::bands()
{
    LevelBands b;
    b.medium = m_db.setting(QStringLiteral("risk_band_medium"), QString::number(b.medium)).toInt();
    b.high = m_db.setting(QStringLiteral("risk_band_high"), QString::number(b.high)).toInt();
    b.veryHigh = m_db.setting(QStringLiteral("risk_band_very_high"), QString::number(b.veryHigh)).toInt();
    if (!b.check().isEmpty())
        return LevelBands{};
    return b;
}

bool RiskStore::setBands(const LevelBands& b)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (const QString why = b.check(); !why.isEmpty())
        return fail(why);
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    const bool ok = m_db.setSetting(QStringLiteral("risk_band_medium"), QString::number(b.medium))
        && m_db.setSetting(QStringLiteral("risk_band_high"), QString::number(b.high))
        && m_db.setSetting(QStringLiteral("risk_band_very_high"), QString::number(b.veryHigh));
    return (ok && tx.commit()) || fail(m_db.errorString());
}

bool RiskStore::create(int fiscalYear, const QString& templateName)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (fiscalYear < 2500 || fiscalYear > 2700)
        return fail(RiskText::tr("%1 is not a fiscal year in the Buddhist era (e.g. 2570)").arg(fiscalYear));
    std::optional<RiskRegister> source;
    if (templateName.startsWith(QLatin1String("copy:"))) {
        bool ok = false;
        const int from = templateName.mid(5).toInt(&ok);
        if (!ok)
            return fail(RiskText::tr("template: “%1” is not copy:BBBB").arg(templateName));
        source = load(from);
        if (!source)
            return fail(RiskText::tr("template: there is no risk register of fiscal year %1 to copy").arg(from));
    } else if (templateName != QLatin1String("seed002") && templateName != QLatin1String("empty")) {
        return fail(RiskText::tr("template: “%1” is not one of seed002, copy:BBBB, empty").arg(templateName));
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM risk_registers WHERE fiscal_year = ?"), {fiscalYear}))
        return fail(m_db.errorString());
    if (q.next())
        return fail(RiskText::tr("fiscal year %1 already has a risk register").arg(fiscalYear));
    if (!m_db.exec(QStringLiteral("INSERT INTO risk_registers (fiscal_year, template, created_at) VALUES (?, ?, ?)"),
                   {fiscalYear, templateName, stamp()}))
        return fail(m_db.errorString());
    for (int round : rounds())
        if (!m_db.exec(QStringLiteral("INSERT INTO risk_rounds (fiscal_year, round, due) VALUES (?, ?, ?)"),
                       {fiscalYear, round, defaultRoundDue(fiscalYear, round).toString(Qt::ISODate)}))
            return fail(m_db.errorString());
    if (templateName == QLatin1String("seed002")) {
        for (const TemplateRisk& t : seed002Risks()) {
            Risk r;
            r.event = t.event;
            r.type = t.type;
            if (!insertRisk(fiscalYear, r))
                return false;
        }
        for (const QString& title : seed002Measures(office::OfficeProfile::load(m_db).name)) {
            Measure m;
            m.title = title;
            if (!insertMeasure(fiscalYear, m))
                return false;
        }
    } else if (source) {
        // The plan's activities are the year's own: a copied measure keeps its tie only within one plan year.
        QHash<qint64, qint64> riskIds;
        for (Risk r : source->risks) {
            const qint64 old = r.id;
            if (!insertRisk(fiscalYear, r))
                return false;
            riskIds.insert(old, r.id);
        }
        for (Measure m : source->measures) {
            m.risk = riskIds.value(m.risk);
            m.planActivity = 0;
            m.due.reset();
            if (!insertMeasure(fiscalYear, m))
                return false;
        }
        for (Finding f : source->findings)
            if (!insertFinding(fiscalYear, f))
                return false;
    }
    return tx.commit() || fail(m_db.errorString());
}

std::optional<RiskRegister> RiskStore::load(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT template FROM risk_registers WHERE fiscal_year = ?"), {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(RiskText::tr("fiscal year %1 has no risk register yet (make one with “risks new”)").arg(fiscalYear));
        return std::nullopt;
    }
    RiskRegister reg;
    reg.fiscalYear = fiscalYear;
    reg.templateName = q.value(0).toString();
    const auto read = [&](const QString& sql, const QVariantList& values, const std::function<void()>& row) {
        if (!m_db.exec(q, sql, values))
            return fail(m_db.errorString());
        while (q.next())
            row();
        return true;
    };
    const bool ok
        = read(QStringLiteral("SELECT code, label FROM risk_types ORDER BY position, code"), {},
               [&] { reg.types.append({q.value(0).toString(), q.value(1).toString()}); })
        && read(QStringLiteral("SELECT %1 FROM risks WHERE fiscal_year = ? ORDER BY number").arg(RiskColumns),
                {fiscalYear}, [&] { reg.risks << riskFrom(q); })
        && read(QStringLiteral("SELECT %1 FROM risk_measures WHERE fiscal_year = ? ORDER BY number").arg(MeasureColumns),
                {fiscalYear}, [&] { reg.measures << measureFrom(q); })
        && read(QStringLiteral("SELECT id, source, finding, risks FROM risk_findings WHERE fiscal_year = ? ORDER BY id"),
                {fiscalYear},
                [&] {
                    Finding f{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}};
                    for (const QString& n : q.value(3).toString().split(u',', Qt::SkipEmptyParts))
                        f.risks << n.toInt();
                    reg.findings << f;
                })
        && read(QStringLiteral("SELECT round, due, locked_at, locked_by FROM risk_rounds WHERE fiscal_year = ?"
                               " ORDER BY round"),
                {fiscalYear},
                [&] {
                    RoundInfo r{q.value(0).toInt(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                std::nullopt, q.value(3).toString()};
                    if (!q.value(2).isNull())
                        r.lockedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
                    reg.rounds << r;
                })
        && read(QStringLiteral("SELECT f.measure_id, f.round, f.status, f.done, f.cancel_reason FROM risk_follow_ups f"
                               " JOIN risk_measures m ON m.id = f.measure_id WHERE m.fiscal_year = ?"),
                {fiscalYear},
                [&] {
                    reg.followUps[q.value(0).toLongLong()].insert(
                        q.value(1).toInt(), {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
                })
        && read(QStringLiteral("SELECT r.risk_id, r.round, r.likelihood, r.impact FROM risk_residuals r"
                               " JOIN risks k ON k.id = r.risk_id WHERE k.fiscal_year = ?"),
                {fiscalYear}, [&] {
                    reg.residuals[q.value(0).toLongLong()].insert(q.value(1).toInt(),
                                                                 {q.value(2).toInt(), q.value(3).toInt()});
                });
    if (!ok)
        return std::nullopt;
    // A measure tied to an activity of the plan is reported once, there: its follow-up is the activity's.
    bool tied = false;
    for (const Measure& m : reg.measures)
        tied = tied || m.planActivity > 0;
    if (tied) {
        plan::PlanStore plans(m_db);
        if (const auto plan = plans.load(fiscalYear))
            for (const Measure& m : reg.measures) {
                const plan::Activity* a = m.planActivity > 0 ? plan->activity(m.planActivity) : nullptr;
                if (!a)
                    continue;
                for (int round : rounds()) {
                    if (!plan->progress.contains(a->id) || plan->progress.value(a->id).firstKey() > round)
                        continue; // not reported in the plan yet
                    const plan::Progress p = plan->progressAt(a->id, round);
                    QString done = RiskText::tr("reported through the action plan, activity %1").arg(a->code());
                    if (!p.problems.isEmpty())
                        done += QStringLiteral(": ") + p.problems;
                    reg.planFollowUps[m.id].insert(round, {p.status, done, p.cancelReason});
                }
            }
    }
    return reg;
}

std::optional<RiskRegister> RiskStore::forWrite(int fiscalYear)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    return load(fiscalYear);
}

QString RiskStore::check(const Risk& r, const RiskRegister& reg) const
{
    if (r.event.simplified().isEmpty())
        return RiskText::tr("event: the risk event (เหตุการณ์ความเสี่ยง) is missing");
    if (!text::findCode(reg.types, r.type))
        return RiskText::tr("type: “%1” is not one of %2").arg(r.type, text::codesOf(reg.types));
    if (!inScale(r.likelihood))
        return RiskText::tr("likelihood: %1 is not 1 to 5").arg(*r.likelihood);
    if (!inScale(r.impact))
        return RiskText::tr("impact: %1 is not 1 to 5").arg(*r.impact);
    if (r.likelihood.has_value() != r.impact.has_value())
        return r.likelihood ? RiskText::tr("impact: missing (likelihood is given; a risk is rated on both)")
                            : RiskText::tr("likelihood: missing (impact is given; a risk is rated on both)");
    return {};
}

QString RiskStore::check(const Measure& m, const RiskRegister& reg) const
{
    if (m.title.simplified().isEmpty())
        return RiskText::tr("title: what the measure does is missing");
    if (m.risk != 0 && !reg.risk(m.risk))
        return RiskText::tr("risk: the register of %1 has no risk %2").arg(reg.fiscalYear).arg(m.risk);
    return {};
}

bool RiskStore::insertRisk(int fiscalYear, Risk& r)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM risks WHERE fiscal_year = ?"),
                   {fiscalYear}) || !q.next())
        return fail(m_db.errorString());
    r.number = q.value(0).toInt();
    const auto id = m_db.insert(
        QStringLiteral("INSERT INTO risks (fiscal_year, number, process, event, type, causes, controls, division,"
                       " likelihood, impact, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {fiscalYear, r.number, r.process.simplified(), r.event.simplified(), r.type, r.causes.trimmed(),
         r.controls.trimmed(), r.division.simplified(), optionalInt(r.likelihood), optionalInt(r.impact), stamp()});
    if (!id)
        return fail(m_db.errorString());
    r.id = *id;
    return true;
}

bool RiskStore::insertMeasure(int fiscalYear, Measure& m)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM risk_measures WHERE fiscal_year = ?"),
                   {fiscalYear}) || !q.next())
        return fail(m_db.errorString());
    m.number = q.value(0).toInt();
    const auto id = m_db.insert(
        QStringLiteral("INSERT INTO risk_measures (fiscal_year, risk_id, number, title, division, person, period, due,"
                       " indicator, plan_activity_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {fiscalYear, idOrNull(m.risk), m.number, m.title.simplified(), m.division.simplified(),
         m.person.simplified(), m.period.simplified(), m.due ? QVariant(m.due->toString(Qt::ISODate)) : QVariant(),
         m.indicator.simplified(), idOrNull(m.planActivity), stamp()});
    if (!id)
        return fail(m_db.errorString());
    m.id = *id;
    return true;
}

bool RiskStore::insertFinding(int fiscalYear, Finding& f)
{
    const auto id = m_db.insert(
        QStringLiteral("INSERT INTO risk_findings (fiscal_year, source, finding, risks, created_at) VALUES (?, ?, ?, ?, ?)"),
        {fiscalYear, f.source, f.text.simplified(), joinInts(f.risks), stamp()});
    if (!id)
        return fail(m_db.errorString());
    f.id = *id;
    return true;
}

namespace {
/** What is wrong with the division or the plan activity of \a m, or empty. */
QString checkOwner(const Measure& m, const office::OfficeProfile& office, const std::optional<plan::Plan>& plan,
                   int fiscalYear)
{
    if (!m.division.isEmpty() && !office.divisions.contains(m.division.simplified())) {
        if (office.divisions.isEmpty())
            return RiskText::tr("owner: the office profile lists no divisions yet, so “%1” is not one; add the "
                                "divisions (ส่วนราชการ) to the office's details first")
                .arg(m.division);
        return RiskText::tr("owner: “%1” is not one of the office's divisions (%2)")
            .arg(m.division, office.divisions.join(QStringLiteral(", ")));
    }
    if (m.planActivity != 0 && (!plan || !plan->activity(m.planActivity)))
        return RiskText::tr("plan activity: the action plan of %1 has no activity %2")
            .arg(fiscalYear)
            .arg(m.planActivity);
    return {};
}
} // namespace

bool RiskStore::addRisks(int fiscalYear, QList<NewRisk>& risks, const QStringList& places)
{
    const auto reg = forWrite(fiscalYear);
    if (!reg)
        return false;
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    std::optional<plan::Plan> plan;
    for (qsizetype i = 0; i < risks.size(); ++i) {
        const QString where = places.value(i, RiskText::tr("risk %1").arg(i + 1));
        Risk& r = risks[i].risk;
        if (QString why = check(r, *reg); !why.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(where, why));
        if (!r.division.isEmpty() && !office.divisions.contains(r.division.simplified()))
            return fail(QStringLiteral("%1: %2").arg(
                where, RiskText::tr("division: “%1” is not one of the office's divisions (%2)")
                           .arg(r.division, office.divisions.join(QStringLiteral(", ")))));
        for (qsizetype j = 0; j < risks[i].measures.size(); ++j) {
            const Measure& m = risks[i].measures[j];
            if (m.planActivity != 0 && !plan)
                plan = plan::PlanStore(m_db).load(fiscalYear);
            QString why = m.title.simplified().isEmpty() ? RiskText::tr("title: what the measure does is missing")
                                                         : checkOwner(m, office, plan, fiscalYear);
            if (!why.isEmpty())
                return fail(RiskText::tr("%1, measure %2: %3").arg(where).arg(j + 1).arg(why));
        }
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (NewRisk& n : risks) {
        if (!insertRisk(fiscalYear, n.risk))
            return false;
        for (Measure& m : n.measures) {
            m.risk = n.risk.id;
            if (!insertMeasure(fiscalYear, m))
                return false;
        }
    }
    return tx.commit() || fail(m_db.errorString());
}

bool RiskStore::updateRisk(int fiscalYear, const Risk& r)
{
    const auto reg = forWrite(fiscalYear);
    if (!reg)
        return false;
    const Risk* old = reg->risk(r.id);
    if (!old)
        return fail(RiskText::tr("the risk register of %1 has no risk %2").arg(fiscalYear).arg(r.id));
    if (QString why = check(r, *reg); !why.isEmpty())
        return fail(RiskText::tr("risk %1: %2").arg(old->number).arg(why));
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    if (!r.division.isEmpty() && r.division != old->division && !office.divisions.contains(r.division.simplified()))
        return fail(RiskText::tr("risk %1: division: “%2” is not one of the office's divisions (%3)")
                        .arg(old->number)
                        .arg(r.division, office.divisions.join(QStringLiteral(", "))));
    return m_db.exec(QStringLiteral("UPDATE risks SET process = ?, event = ?, type = ?, causes = ?, controls = ?,"
                                    " division = ?, likelihood = ?, impact = ? WHERE id = ?"),
                     {r.process.simplified(), r.event.simplified(), r.type, r.causes.trimmed(), r.controls.trimmed(),
                      r.division.simplified(), optionalInt(r.likelihood), optionalInt(r.impact), r.id})
        || fail(m_db.errorString());
}

bool RiskStore::addMeasures(int fiscalYear, QList<Measure>& measures, const QStringList& places)
{
    const auto reg = forWrite(fiscalYear);
    if (!reg)
        return false;
    const office::OfficeProfile office = office::OfficeProfile::load(m_db);
    const std::optional<plan::Plan> plan = plan::PlanStore(m_db).load(fiscalYear);
    for (qsizetype i = 0; i < measures.size(); ++i) {
        QString why = check(measures[i], *reg);
        if (why.isEmpty())
            why = checkOwner(measures[i], office, plan, fiscalYear);
        if (!why.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(places.value(i, RiskText::tr("measure %1").arg(i + 1)), why));
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (Measure& m : measures)
        if (!insertMeasure(fiscalYear, m))
            return false;
    return tx.commit() || fail(m_db.errorString());
}

bool RiskStore::updateMeasure(int fiscalYear, const Measure& m)
{
    const auto reg = forWrite(fiscalYear);
    if (!reg)
        return false;
    const Measure* old = reg->measure(m.id);
    if (!old)
        return fail(RiskText::tr("the risk register of %1 has no measure %2").arg(fiscalYear).arg(m.id));
    QString why = check(m, *reg);
    if (why.isEmpty() && (m.division != old->division || m.planActivity != old->planActivity))
        why = checkOwner(m, office::OfficeProfile::load(m_db), plan::PlanStore(m_db).load(fiscalYear), fiscalYear);
    if (!why.isEmpty())
        return fail(RiskText::tr("measure %1: %2").arg(old->number).arg(why));
    return m_db.exec(QStringLiteral("UPDATE risk_measures SET risk_id = ?, title = ?, division = ?, person = ?,"
                                    " period = ?, due = ?, indicator = ?, plan_activity_id = ? WHERE id = ?"),
                     {idOrNull(m.risk), m.title.simplified(), m.division.simplified(), m.person.simplified(),
                      m.period.simplified(), m.due ? QVariant(m.due->toString(Qt::ISODate)) : QVariant(),
                      m.indicator.simplified(), idOrNull(m.planActivity), m.id})
        || fail(m_db.errorString());
}

bool RiskStore::removeRisk(int fiscalYear, qint64 id)
{
    const auto reg = forWrite(fiscalYear);
    if (!reg)
        return false;
    const Risk* r = reg->risk(id);
    if (!r)
        return fail(RiskText::tr("the risk register of %1 has no risk %2").arg(fiscalYear).arg(id));
    for (const Measure* m : reg->measuresOf(id))
        if (reg->followUps.contains(m->id))
            return fail(RiskText::tr("risk %1 has measures already followed up; it stays on the register").arg(r->number));
    if (reg->residuals.contains(id))
        return fail(RiskText::tr("risk %1 has been followed up; it stays on the register").arg(r->number));
    storage::Database::Transaction tx(m_db);
    const bool ok = tx.isActive() && m_db.exec(QStringLiteral("DELETE FROM risk_measures WHERE risk_id = ?"), {id})
        && m_db.exec(QStringLiteral("DELETE FROM risks WHERE id = ?"), {id});
    return (ok && tx.commit()) || fail(m_db.errorString());
}

bool RiskStore::removeMeasure(int fiscalYear, qint64 id)
{
    const auto reg = forWrite(fiscalYear);
    if (!reg)
        return false;
    const Measure* m = reg->measure(id);
    if (!m)
        return fail(RiskText::tr("the risk register of %1 has no measure %2").arg(fiscalYear).arg(id));
    if (reg->followUps.contains(id))
        return fail(RiskText::tr("measure %1 has been followed up; mark it cancelled, with the reason, instead")
                        .arg(m->number));
    return m_db.exec(QStringLiteral("DELETE FROM risk_measures WHERE id = ?"), {id}) || fail(m_db.errorString());
}

bool RiskStore::addFindings(int fiscalYear, QList<Finding>& findings, const QStringList& places)
{
    const auto reg = forWrite(fiscalYear);
    if (!reg)
        return false;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        const QString where = places.value(i, RiskText::tr("finding %1").arg(i + 1));
        if (!text::findCode(findingSources(), f.source))
            return fail(RiskText::tr("%1: source: “%2” is not one of %3")
                            .arg(where, f.source, text::codesOf(findingSources())));
        if (f.text.simplified().isEmpty())
            return fail(RiskText::tr("%1: finding: what stakeholders expect is missing").arg(where));
        for (int n : f.risks)
            if (!reg->riskNumbered(n))
                return fail(RiskText::tr("%1: risks: the register of %2 has no risk %3").arg(where).arg(fiscalYear).arg(n));
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (Finding& f : findings)
        if (!insertFinding(fiscalYear, f))
            return false;
    return tx.commit() || fail(m_db.errorString());
}

bool RiskStore::removeFinding(int fiscalYear, qint64 id)
{
    if (!forWrite(fiscalYear))
        return false;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("DELETE FROM risk_findings WHERE id = ? AND fiscal_year = ?"), {id, fiscalYear}))
        return fail(m_db.errorString());
    return q.numRowsAffected() > 0
        || fail(RiskText::tr("the risk register of %1 has no finding %2").arg(fiscalYear).arg(id));
}

bool RiskStore::setRoundDue(int fiscalYear, int round, QDate due)
{
    const auto reg = forWrite(fiscalYear);
    if (!reg)
        return false;
    if (!rounds().contains(round))
        return fail(RiskText::tr("round: %1 is not 6 or 12").arg(round));
    if (reg->round(round).locked())
        return fail(RiskText::tr("round %1 of %2 is locked; its due date stays").arg(round).arg(fiscalYear));
    return m_db.exec(QStringLiteral("UPDATE risk_rounds SET due = ? WHERE fiscal_year = ? AND round = ?"),
                     {due.toString(Qt::ISODate), fiscalYear, round})
        || fail(m_db.errorString());
}

bool RiskStore::lockRound(int fiscalYear, int round, const QString& by)
{
    const auto reg = forWrite(fiscalYear);
    if (!reg)
        return false;
    if (!rounds().contains(round))
        return fail(RiskText::tr("round: %1 is not 6 or 12").arg(round));
    if (by.simplified().isEmpty())
        return fail(RiskText::tr("by: say who locks the round"));
    if (reg->round(round).locked())
        return fail(RiskText::tr("round %1 of %2 is already locked (by %3)").arg(round).arg(fiscalYear).arg(reg->round(round).lockedBy));
    return m_db.exec(QStringLiteral("UPDATE risk_rounds SET locked_at = ?, locked_by = ? WHERE fiscal_year = ? AND round = ?"),
                     {stamp(), by.simplified(), fiscalYear, round})
        || fail(m_db.errorString());
}

bool RiskStore::recordFollowUp(int fiscalYear, int round, const QList<FollowUpEntry>& followUps,
                               const QList<ResidualEntry>& residuals, const QStringList& places,
                               const std::optional<plan::Override>& override)
{
    const auto reg = forWrite(fiscalYear);
    if (!reg)
        return false;
    if (!rounds().contains(round))
        return fail(RiskText::tr("round: %1 is not 6 or 12").arg(round));
    const RoundInfo info = reg->round(round);
    const bool locked = info.locked();
    if (locked && (!override || override->reason.simplified().isEmpty()))
        return fail(RiskText::tr("round %1 of %2 was locked on %3 by %4: its follow-up stays as reported; a change "
                                 "needs an administrator and a reason, and is logged")
                        .arg(round)
                        .arg(fiscalYear)
                        .arg(info.lockedAt->date().toString(Qt::ISODate), info.lockedBy));
    if (locked && !m_db.session().has(access::Role::Administrator))
        return fail(RiskText::tr("round %1 of %2 is locked: only an administrator may change it (%3 is signed in)")
                        .arg(round)
                        .arg(fiscalYear)
                        .arg(m_db.session().describe()));
    // Who changed it is the administrator signed in; a name typed beside it (the head who asked) is kept too.
    const QString by = !override || override->by.simplified().isEmpty()
            || override->by.simplified() == m_db.session().user
        ? m_db.session().user
        : QStringLiteral("%1 (%2)").arg(override->by.simplified(), m_db.session().user);
    const auto logChange = [&](const QString& entry, const QJsonObject& before, const QJsonObject& after) {
        return !locked
            || m_db.exec(QStringLiteral("INSERT INTO risk_changes (fiscal_year, round, entry, at, by, reason, before,"
                                        " after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {fiscalYear, round, entry, stamp(), by, override->reason.simplified(),
                          QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                          QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))});
    };
    const auto followUpJson = [](const std::optional<FollowUp>& f) {
        return f ? QJsonObject{{QStringLiteral("status"), f->status},
                               {QStringLiteral("done"), f->done},
                               {QStringLiteral("cancel_reason"), f->cancelReason}}
                 : QJsonObject{};
    };
    for (qsizetype i = 0; i < followUps.size(); ++i) {
        const FollowUpEntry& e = followUps[i];
        const QString where = places.value(i, RiskText::tr("entry %1").arg(i + 1));
        QString why;
        if (!reg->measure(e.measure))
            why = RiskText::tr("measure: the register of %1 has no measure %2").arg(fiscalYear).arg(e.measure);
        else if (reg->measure(e.measure)->planActivity > 0)
            why = RiskText::tr("measure: measure %1 is reported through the action plan's activity; record its "
                               "progress in the plan's round, once")
                      .arg(reg->measure(e.measure)->number);
        else if (!text::findCode(measureStatuses(), e.followUp.status))
            why = RiskText::tr("status: “%1” is not one of %2").arg(e.followUp.status, text::codesOf(measureStatuses()));
        else if (e.followUp.status == u"cancelled" && e.followUp.cancelReason.simplified().isEmpty())
            why = RiskText::tr("cancel_reason: a cancelled measure says why");
        if (!why.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(where, why));
    }
    for (qsizetype i = 0; i < residuals.size(); ++i) {
        const ResidualEntry& e = residuals[i];
        const QString where = places.value(followUps.size() + i, RiskText::tr("entry %1").arg(followUps.size() + i + 1));
        QString why;
        if (!reg->risk(e.risk))
            why = RiskText::tr("risk: the register of %1 has no risk %2").arg(fiscalYear).arg(e.risk);
        else if (!inScale(e.residual.likelihood) || e.residual.likelihood == 0)
            why = RiskText::tr("likelihood: %1 is not 1 to 5").arg(e.residual.likelihood);
        else if (!inScale(e.residual.impact) || e.residual.impact == 0)
            why = RiskText::tr("impact: %1 is not 1 to 5").arg(e.residual.impact);
        if (!why.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(where, why));
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (const FollowUpEntry& e : followUps) {
        const QVariantList key{e.measure, round};
        const std::optional<FollowUp> before = reg->followUps.value(e.measure).contains(round)
            ? std::optional(reg->followUps.value(e.measure).value(round))
            : std::nullopt;
        if (!logChange(RiskText::tr("measure %1").arg(reg->measure(e.measure)->number), followUpJson(before),
                       followUpJson(e.followUp)))
            return fail(m_db.errorString());
        if (!m_db.exec(QStringLiteral("DELETE FROM risk_follow_ups WHERE measure_id = ? AND round = ?"), key)
            || !m_db.exec(QStringLiteral("INSERT INTO risk_follow_ups (measure_id, round, status, done, cancel_reason,"
                                         " updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {e.measure, round, e.followUp.status, e.followUp.done.trimmed(),
                           e.followUp.status == u"cancelled" ? e.followUp.cancelReason.simplified() : QString(),
                           stamp()}))
            return fail(m_db.errorString());
    }
    for (const ResidualEntry& e : residuals) {
        const auto residualJson = [](const Residual& r) {
            return r.likelihood > 0 ? QJsonObject{{QStringLiteral("likelihood"), r.likelihood},
                                                  {QStringLiteral("impact"), r.impact}}
                                    : QJsonObject{};
        };
        if (!logChange(QStringLiteral("R%1").arg(reg->risk(e.risk)->number),
                       residualJson(reg->residuals.value(e.risk).value(round, Residual{})), residualJson(e.residual)))
            return fail(m_db.errorString());
        if (!m_db.exec(QStringLiteral("DELETE FROM risk_residuals WHERE risk_id = ? AND round = ?"), {e.risk, round})
            || !m_db.exec(QStringLiteral("INSERT INTO risk_residuals (risk_id, round, likelihood, impact, updated_at)"
                                         " VALUES (?, ?, ?, ?, ?)"),
                          {e.risk, round, e.residual.likelihood, e.residual.impact, stamp()}))
            return fail(m_db.errorString());
    }
    return tx.commit() || fail(m_db.errorString());
}

std::optional<QList<RiskStore::Change>> RiskStore::changes(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT at, round, entry, by, reason, before, after FROM risk_changes"
                                  " WHERE fiscal_year = ? ORDER BY id"),
                   {fiscalYear})) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<Change> out;
    while (q.next())
        out.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString()});
    return out;
}

std::optional<QHash<qint64, RiskFigures>> RiskStore::figures(const RiskRegister& reg)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QHash<qint64, RiskFigures> out;
    QHash<QString, QString> divisionOf; // staff name → division
    if (const auto staff = staff::StaffList(m_db).all())
        for (const staff::StaffMember& s : *staff)
            divisionOf.insert(s.name, s.division);
    gifts::GiftRegister register_(m_db);
    const auto gifts = register_.gifts(reg.fiscalYear, gifts::GiftRuleSet::nacc2563());
    if (!gifts) {
        fail(register_.errorString());
        return std::nullopt;
    }
    // Counted once per division and per process: a register has many risks in few of each.
    QHash<QString, int> ofDivision, ofProcess, giftsOf;
    for (const gifts::RegisteredGift& g : *gifts)
        if (g.judgement.verdict == gifts::Verdict::MustReport)
            ++giftsOf[divisionOf.value(g.entry.receiver)];
    QSqlQuery q = m_db.query();
    const auto count = [&](const QString& sql, const QVariantList& values) -> std::optional<int> {
        if (!m_db.exec(q, sql, values) || !q.next()) {
            fail(m_db.errorString());
            return std::nullopt;
        }
        return q.value(0).toInt();
    };
    for (const Risk& r : reg.risks) {
        RiskFigures f;
        if (!r.division.isEmpty()) {
            if (!ofDivision.contains(r.division)) {
                const auto n = count(QStringLiteral("SELECT count(*) FROM complaints WHERE fiscal_year = ?"
                                                    " AND (accused_unit = ? OR assigned_unit = ?)"),
                                     {reg.fiscalYear, r.division, r.division});
                if (!n)
                    return std::nullopt;
                ofDivision.insert(r.division, *n);
            }
            f.complaintsOfDivision = ofDivision.value(r.division);
            f.giftsToReport = giftsOf.value(r.division);
        }
        if (!r.process.isEmpty()) {
            if (!ofProcess.contains(r.process)) {
                QString pattern = r.process;
                pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
                const auto n = count(QStringLiteral("SELECT count(*) FROM complaints WHERE fiscal_year = ?"
                                                    " AND subject LIKE ? ESCAPE '\\'"),
                                     {reg.fiscalYear, QStringLiteral("%") + pattern + u'%'});
                if (!n)
                    return std::nullopt;
                ofProcess.insert(r.process, *n);
            }
            f.complaintsOfProcess = ofProcess.value(r.process);
        }
        out.insert(r.id, f);
    }
    return out;
}

std::optional<EvidenceFiles::File> RiskStore::addEvidence(int fiscalYear, qint64 measure, int round,
                                                          const QString& fileName, const QByteArray& data)
{
    const auto reg = forWrite(fiscalYear);
    if (!reg)
        return std::nullopt;
    if (!reg->measure(measure)) {
        fail(RiskText::tr("the risk register of %1 has no measure %2").arg(fiscalYear).arg(measure));
        return std::nullopt;
    }
    if (!rounds().contains(round)) {
        fail(RiskText::tr("round: %1 is not 6 or 12").arg(round));
        return std::nullopt;
    }
    EvidenceFiles files(m_db, QStringLiteral("risk_measure"));
    const auto added = files.add(measure, round, fileName, data);
    if (!added)
        fail(files.errorString());
    return added;
}

std::optional<QList<EvidenceFiles::File>> RiskStore::evidence(qint64 measure)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    EvidenceFiles files(m_db, QStringLiteral("risk_measure"));
    const auto list = files.list(measure);
    if (!list)
        fail(files.errorString());
    return list;
}

std::optional<QByteArray> RiskStore::evidenceData(qint64 measure, qint64 file)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    EvidenceFiles files(m_db, QStringLiteral("risk_measure"));
    const auto data = files.data(measure, file);
    if (!data)
        fail(files.errorString());
    return data;
}

} // namespace sujarit::risks
