// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanStore.h"

#include "PlanTemplates.h"
#include "calendar/Clock.h"
#include "storage/Database.h"
#include "text/ThaiBahtText.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sujarit::plan {

namespace {
struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)
};
QString joinInts(const QList<int>& list)
{
    QStringList out;
    for (int i : list)
        out << QString::number(i);
    return out.join(u',');
}

QList<int> splitInts(const QString& text)
{
    QList<int> out;
    for (const QString& s : text.split(u',', Qt::SkipEmptyParts))
        out << s.toInt();
    return out;
}

const QString ActivityColumns = QStringLiteral(
    "id, measure, line, position, title, area, kpi_name, kpi_unit, kpi_kind, kpi_target, kpi_source, budget_satang,"
    " division, person, months, virtues, catalogue_ref");

Activity activityFrom(const QSqlQuery& q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.measure = q.value(1).toInt();
    a.line = q.value(2).toInt();
    a.position = q.value(3).toInt();
    a.title = q.value(4).toString();
    a.area = q.value(5).toString();
    a.kpi = { q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toDouble(),
              q.value(10).toString() };
    if (!q.value(11).isNull())
        a.budgetSatang = q.value(11).toLongLong();
    a.division = q.value(12).toString();
    a.person = q.value(13).toString();
    a.months = splitInts(q.value(14).toString());
    a.virtues = q.value(15).toString().split(u',', Qt::SkipEmptyParts);
    a.catalogueRef = q.value(16).toString();
    return a;
}

} // namespace

QString PlanStore::stamp()
{
    return calendar::now().toString(Qt::ISODate);
}

PlanStore::PlanStore(storage::Database& db)
    : m_db(db)
{
}

bool PlanStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool PlanStore::allowed(access::Permission permission)
{
    return m_db.require(permission) || fail(m_db.errorString());
}

QList<int> PlanStore::years()
{
    QList<int> out;
    QSqlQuery q = m_db.query();
    if (m_db.exec(q, QStringLiteral("SELECT fiscal_year FROM plans ORDER BY fiscal_year DESC")))
        while (q.next())
            out << q.value(0).toInt();
    return out;
}

bool PlanStore::create(int fiscalYear, const QString& templateName)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (fiscalYear < 2500 || fiscalYear > 2700)
        return fail(PlanText::tr("%1 is not a fiscal year in the Buddhist era (e.g. 2570)").arg(fiscalYear));
    std::optional<Plan> source;
    if (templateName.startsWith(QLatin1String("copy:"))) {
        bool ok = false;
        const int from = templateName.mid(5).toInt(&ok);
        if (!ok)
            return fail(PlanText::tr("template: “%1” is not copy:BBBB").arg(templateName));
        source = load(from);
        if (!source)
            return fail(PlanText::tr("template: there is no plan of fiscal year %1 to copy").arg(from));
    } else if (templateName != QLatin1String("seed001") && templateName != QLatin1String("seed004")
               && templateName != QLatin1String("empty")) {
        return fail(PlanText::tr("template: “%1” is not one of seed001, seed004, copy:BBBB, empty").arg(templateName));
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM plans WHERE fiscal_year = ?"), { fiscalYear }))
        return fail(m_db.errorString());
    if (q.next())
        return fail(PlanText::tr("fiscal year %1 already has a plan").arg(fiscalYear));
    const QString title
        = QStringLiteral("แผนปฏิบัติการส่งเสริมคุณธรรม จริยธรรม และป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. %1").arg(fiscalYear);
    if (!m_db.exec(QStringLiteral("INSERT INTO plans (fiscal_year, title, template, created_at) VALUES (?, ?, ?, ?)"),
                   { fiscalYear, title, templateName, stamp() }))
        return fail(m_db.errorString());
    for (int round : rounds())
        if (!m_db.exec(QStringLiteral("INSERT INTO plan_rounds (fiscal_year, round, due) VALUES (?, ?, ?)"),
                       { fiscalYear, round, defaultRoundDue(fiscalYear, round).toString(Qt::ISODate) }))
            return fail(m_db.errorString());

    QList<Measure> measures;
    QList<Activity> activities;
    if (templateName == QLatin1String("seed004")) {
        for (const TemplateMeasure& m : seed004Measures()) {
            Measure measure { int(measures.size()) + 1, m.title, {} };
            for (const QString& line : m.lines)
                measure.lines.append({ int(measure.lines.size()) + 1, line });
            measures << measure;
        }
    } else if (templateName == QLatin1String("seed001")) {
        for (const Term& area : areas()) {
            Measure measure { int(measures.size()) + 1, area.label, {} };
            if (area.code == QLatin1String("campaign"))
                measure.lines
                    = { { 1, QStringLiteral("การรณรงค์ส่งเสริม / ป้องกัน") }, { 2, QStringLiteral("การประชาสัมพันธ์เผยแพร่") } };
            measures << measure;
        }
        QHash<QString, int> measureOf;
        for (qsizetype i = 0; i < areas().size(); ++i)
            measureOf.insert(areas()[i].code, int(i) + 1);
        for (const CatalogueActivity& c : seed001Catalogue()) {
            Activity a;
            a.measure = measureOf.value(c.area);
            a.line = c.group.isEmpty() ? 0 : c.group.mid(2).toInt();
            a.title = c.text;
            a.area = c.area;
            a.kpi = { QStringLiteral("ดำเนินการแล้วเสร็จ"), QStringLiteral("กิจกรรม"), QStringLiteral("done"), 1, {} };
            a.months = { 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
            a.catalogueRef = QStringLiteral("seed001:%1:%2").arg(c.area).arg(c.number);
            activities << a;
        }
    } else if (source) {
        measures = source->measures;
        activities = source->activities;
    }
    for (const Measure& m : measures) {
        if (!m_db.exec(QStringLiteral("INSERT INTO plan_measures (fiscal_year, number, title) VALUES (?, ?, ?)"),
                       { fiscalYear, m.number, m.title }))
            return fail(m_db.errorString());
        for (const Line& l : m.lines)
            if (!m_db.exec(
                    QStringLiteral("INSERT INTO plan_lines (fiscal_year, measure, number, title) VALUES (?, ?, ?, ?)"),
                    { fiscalYear, m.number, l.number, l.title }))
                return fail(m_db.errorString());
    }
    for (Activity& a : activities)
        if (!insertActivity(fiscalYear, a))
            return false;
    return tx.commit() || fail(m_db.errorString());
}

bool PlanStore::insertActivity(int fiscalYear, Activity& a)
{
    QSqlQuery q = m_db.query();
    if (a.position <= 0) {
        if (!m_db.exec(q,
                       QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM plan_activities"
                                      " WHERE fiscal_year = ? AND measure = ? AND line = ?"),
                       { fiscalYear, a.measure, a.line }))
            return fail(m_db.errorString());
        q.next();
        a.position = q.value(0).toInt();
    }
    const auto id = m_db.insert(
            QStringLiteral(
                "INSERT INTO plan_activities (fiscal_year, measure, line, position, title, area, kpi_name,"
                " kpi_unit, kpi_kind, kpi_target, kpi_source, budget_satang, division, person, months,"
                " virtues, catalogue_ref, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { fiscalYear, a.measure, a.line, a.position, a.title.simplified(), m_db.bindable(a.area),
              m_db.bindable(a.kpi.name.simplified()), m_db.bindable(a.kpi.unit.simplified()), a.kpi.kind, a.kpi.target,
              m_db.bindable(a.kpi.source), a.budgetSatang ? QVariant(*a.budgetSatang) : QVariant(),
              m_db.bindable(a.division.simplified()), m_db.bindable(a.person.simplified()), joinInts(a.months),
              a.virtues.join(u','), m_db.bindable(a.catalogueRef), stamp() });
    if (!id)
        return fail(m_db.errorString());
    a.id = *id;
    return true;
}

std::optional<Plan> PlanStore::load(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT title, template FROM plans WHERE fiscal_year = ?"), { fiscalYear })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(PlanText::tr("fiscal year %1 has no plan yet (make one with “plan new”)").arg(fiscalYear));
        return std::nullopt;
    }
    Plan plan;
    plan.fiscalYear = fiscalYear;
    plan.title = q.value(0).toString();
    plan.templateName = q.value(1).toString();
    const auto read = [&](const QString& sql, const std::function<void()>& row) {
        if (!m_db.exec(q, sql, { fiscalYear }))
            return fail(m_db.errorString());
        while (q.next())
            row();
        return true;
    };
    const bool ok
        = read(QStringLiteral("SELECT number, title FROM plan_measures WHERE fiscal_year = ? ORDER BY number"),
               [&] {
                   plan.measures.append({ q.value(0).toInt(), q.value(1).toString(), {} });
               })
        && read(QStringLiteral(
                    "SELECT measure, number, title FROM plan_lines WHERE fiscal_year = ? ORDER BY measure, number"),
                [&] {
                    for (Measure& m : plan.measures)
                        if (m.number == q.value(0).toInt())
                            m.lines.append({ q.value(1).toInt(), q.value(2).toString() });
                })
        && read(QStringLiteral("SELECT %1 FROM plan_activities WHERE fiscal_year = ? ORDER BY measure, line, position")
                    .arg(ActivityColumns),
                [&] { plan.activities << activityFrom(q); })
        && read(QStringLiteral(
                    "SELECT p.activity_id, p.round, p.result, p.spent_satang, p.status, p.cancel_reason,"
                    " p.problems, p.suggestions FROM plan_progress p JOIN plan_activities a ON a.id = p.activity_id"
                    " WHERE a.fiscal_year = ?"),
                [&] {
                    Progress p;
                    p.round = q.value(1).toInt();
                    if (!q.value(2).isNull())
                        p.result = q.value(2).toDouble();
                    if (!q.value(3).isNull())
                        p.spentSatang = q.value(3).toLongLong();
                    p.status = q.value(4).toString();
                    p.cancelReason = q.value(5).toString();
                    p.problems = q.value(6).toString();
                    p.suggestions = q.value(7).toString();
                    plan.progress[q.value(0).toLongLong()].insert(p.round, p);
                })
        && read(QStringLiteral(
                    "SELECT round, due, locked_at, locked_by FROM plan_rounds WHERE fiscal_year = ? ORDER BY round"),
                [&] {
                    RoundInfo r { q.value(0).toInt(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                  std::nullopt, q.value(3).toString() };
                    if (!q.value(2).isNull())
                        r.lockedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
                    plan.rounds << r;
                });
    if (!ok)
        return std::nullopt;
    return plan;
}

std::optional<int> PlanStore::addMeasure(int fiscalYear, const QString& title)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    auto plan = load(fiscalYear);
    if (!plan)
        return std::nullopt;
    if (title.simplified().isEmpty()) {
        fail(PlanText::tr("measure: the title is missing"));
        return std::nullopt;
    }
    const int number = plan->measures.isEmpty() ? 1 : plan->measures.constLast().number + 1;
    if (!m_db.exec(QStringLiteral("INSERT INTO plan_measures (fiscal_year, number, title) VALUES (?, ?, ?)"),
                   { fiscalYear, number, title.simplified() })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    return number;
}

std::optional<int> PlanStore::addLine(int fiscalYear, int measure, const QString& title)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    auto plan = load(fiscalYear);
    if (!plan)
        return std::nullopt;
    const Measure* m = plan->measure(measure);
    if (!m || title.simplified().isEmpty()) {
        fail(m ? PlanText::tr("line of action: the title is missing")
               : PlanText::tr("measure: the plan of %1 has no measure %2").arg(fiscalYear).arg(measure));
        return std::nullopt;
    }
    const int number = m->lines.isEmpty() ? 1 : m->lines.constLast().number + 1;
    if (!m_db.exec(QStringLiteral("INSERT INTO plan_lines (fiscal_year, measure, number, title) VALUES (?, ?, ?, ?)"),
                   { fiscalYear, measure, number, title.simplified() })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    return number;
}

QString PlanStore::check(const Activity& a, const Plan& plan) const
{
    using T = PlanText;
    if (a.title.simplified().isEmpty())
        return T::tr("title: the activity's title is missing");
    const Measure* m = plan.measure(a.measure);
    if (!m)
        return T::tr("measure: the plan has no measure %1").arg(a.measure);
    if (a.line != 0
        && std::none_of(m->lines.cbegin(), m->lines.cend(), [&](const Line& l) { return l.number == a.line; }))
        return T::tr("line: measure %1 has no line of action %1.%2").arg(a.measure).arg(a.line);
    if (a.line == 0 && !m->lines.isEmpty())
        return T::tr("line: measure %1 has lines of action; say which one the activity serves").arg(a.measure);
    if (!a.area.isEmpty() && !termLabel(areas(), a.area))
        return T::tr("area: “%1” is not one of %2").arg(a.area, termCodes(areas()));
    if (!a.kpi.source.isEmpty() && !kpiSource(a.kpi.source)) {
        QStringList codes;
        for (const KpiSource& s : kpiSources())
            codes << s.code;
        return T::tr("kpi source: “%1” is not one of %2").arg(a.kpi.source, codes.join(QStringLiteral(", ")));
    }
    if (!termLabel(kpiKinds(), a.kpi.kind))
        return T::tr("kpi kind: “%1” is not one of %2").arg(a.kpi.kind, termCodes(kpiKinds()));
    if (a.kpi.target < 0)
        return T::tr("target: %1 is negative").arg(a.kpi.target);
    if (a.kpi.kind == QLatin1String("percent") && a.kpi.target > 100)
        return T::tr("target: %1 is over 100 per cent").arg(a.kpi.target);
    if (a.budgetSatang && *a.budgetSatang < 0)
        return T::tr("budget: %1 baht is negative").arg(text::formatBaht(*a.budgetSatang));
    for (int month : a.months)
        if (month < 1 || month > 12)
            return T::tr("months: %1 is not a month (1 to 12)").arg(month);
    for (const QString& v : a.virtues)
        if (!termLabel(virtues(), v))
            return T::tr("virtues: “%1” is not one of %2").arg(v, termCodes(virtues()));
    return {};
}

bool PlanStore::addActivities(int fiscalYear, QList<Activity>& activities, const QStringList& places)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto plan = load(fiscalYear);
    if (!plan)
        return false;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        Activity& a = activities[i];
        if (const auto source = kpiSource(a.kpi.source)) {
            a.kpi.kind = source->kind;
            if (a.kpi.unit.isEmpty())
                a.kpi.unit = source->unit;
            if (a.kpi.name.isEmpty())
                a.kpi.name = source->label;
        }
        if (const QString why = check(a, *plan); !why.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(places.value(i, PlanText::tr("activity %1").arg(i + 1)), why));
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (Activity& a : activities) {
        a.position = 0;
        if (!insertActivity(fiscalYear, a))
            return false;
    }
    return tx.commit() || fail(m_db.errorString());
}

bool PlanStore::updateActivity(int fiscalYear, const Activity& a)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto plan = load(fiscalYear);
    if (!plan)
        return false;
    const Activity* old = plan->activity(a.id);
    if (!old)
        return fail(PlanText::tr("the plan of %1 has no activity %2").arg(fiscalYear).arg(a.id));
    if (const QString why = check(a, *plan); !why.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(old->code(), why));
    return m_db.exec(QStringLiteral(
                         "UPDATE plan_activities SET title = ?, area = ?, kpi_name = ?, kpi_unit = ?, kpi_kind = ?,"
                         " kpi_target = ?, kpi_source = ?, budget_satang = ?, division = ?, person = ?, months = ?,"
                         " virtues = ? WHERE id = ?"),
                     { a.title.simplified(), m_db.bindable(a.area), m_db.bindable(a.kpi.name.simplified()),
                       m_db.bindable(a.kpi.unit.simplified()), a.kpi.kind, a.kpi.target, m_db.bindable(a.kpi.source),
                       a.budgetSatang ? QVariant(*a.budgetSatang) : QVariant(), m_db.bindable(a.division.simplified()),
                       m_db.bindable(a.person.simplified()), joinInts(a.months), a.virtues.join(u','), a.id })
        || fail(m_db.errorString());
}

bool PlanStore::removeActivity(int fiscalYear, qint64 id)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    const auto plan = load(fiscalYear);
    if (!plan)
        return false;
    if (!plan->activity(id))
        return fail(PlanText::tr("the plan of %1 has no activity %2").arg(fiscalYear).arg(id));
    if (plan->progress.contains(id))
        return fail(PlanText::tr("activity %1 has progress reported; mark it cancelled, with the reason, instead")
                        .arg(plan->activity(id)->code()));
    return m_db.exec(QStringLiteral("DELETE FROM plan_activities WHERE id = ?"), { id }) || fail(m_db.errorString());
}

} // namespace sujarit::plan
