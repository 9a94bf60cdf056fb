// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanStore.h"

#include "PlanTemplates.h"
#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "complaints/Attachments.h"
#include "storage/Database.h"
#include "text/CsvTable.h"
#include "text/ThaiBahtText.h"
#include "text/ThaiDigits.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sujarit::plan {

namespace {
struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)
};
QString stamp()
{
    return calendar::now().toString(Qt::ISODate);
}

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

QJsonObject progressJson(const Progress& p)
{
    return QJsonObject { { QStringLiteral("result"), p.result ? QJsonValue(*p.result) : QJsonValue() },
                         { QStringLiteral("budget_spent"),
                           p.spentSatang ? QJsonValue(double(*p.spentSatang) / 100) : QJsonValue() },
                         { QStringLiteral("status"), p.status },
                         { QStringLiteral("cancel_reason"), p.cancelReason },
                         { QStringLiteral("problems"), p.problems },
                         { QStringLiteral("suggestions"), p.suggestions } };
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

/** The columns of a round's results, in English or Thai. */
const text::CsvColumns& roundColumns()
{
    static const text::CsvColumns columns { {
        { QStringLiteral("activity"), QStringLiteral("activity") },
        { QStringLiteral("ที่"), QStringLiteral("activity") },
        { QStringLiteral("กิจกรรม"), QStringLiteral("activity") },
        { QStringLiteral("result"), QStringLiteral("result") },
        { QStringLiteral("ผลการดำเนินการ"), QStringLiteral("result") },
        { QStringLiteral("budget_spent"), QStringLiteral("budget_spent") },
        { QStringLiteral("งบประมาณที่ใช้"), QStringLiteral("budget_spent") },
        { QStringLiteral("status"), QStringLiteral("status") },
        { QStringLiteral("สถานะ"), QStringLiteral("status") },
        { QStringLiteral("problems"), QStringLiteral("problems") },
        { QStringLiteral("ปัญหาอุปสรรค"), QStringLiteral("problems") },
        { QStringLiteral("suggestions"), QStringLiteral("suggestions") },
        { QStringLiteral("ข้อเสนอแนะ"), QStringLiteral("suggestions") },
        { QStringLiteral("cancel_reason"), QStringLiteral("cancel_reason") },
        { QStringLiteral("เหตุที่ยกเลิก"), QStringLiteral("cancel_reason") },
        { QStringLiteral("title"), QStringLiteral("title") },
        { QStringLiteral("โครงการ/กิจกรรม"), QStringLiteral("title") },
    },
        { QStringLiteral("activity") },
        QStringLiteral("activity (its number, e.g. 1.2.3), result, budget_spent, status, problems, suggestions, "
                       "cancel_reason") };
    return columns;
}
} // namespace

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
    if (!m_db.exec(
            q,
            QStringLiteral(
                "INSERT INTO plan_activities (fiscal_year, measure, line, position, title, area, kpi_name,"
                " kpi_unit, kpi_kind, kpi_target, kpi_source, budget_satang, division, person, months,"
                " virtues, catalogue_ref, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { fiscalYear, a.measure, a.line, a.position, a.title.simplified(), m_db.bindable(a.area),
              m_db.bindable(a.kpi.name.simplified()), m_db.bindable(a.kpi.unit.simplified()), a.kpi.kind, a.kpi.target,
              m_db.bindable(a.kpi.source), a.budgetSatang ? QVariant(*a.budgetSatang) : QVariant(),
              m_db.bindable(a.division.simplified()), m_db.bindable(a.person.simplified()), joinInts(a.months),
              a.virtues.join(u','), m_db.bindable(a.catalogueRef), stamp() }))
        return fail(m_db.errorString());
    a.id = q.lastInsertId().toLongLong();
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

bool PlanStore::setRoundDue(int fiscalYear, int round, QDate due)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (!rounds().contains(round))
        return fail(PlanText::tr("round: %1 is not 6, 9 or 12").arg(round));
    if (!due.isValid())
        return fail(PlanText::tr("due: the date is missing or impossible"));
    if (!load(fiscalYear))
        return false;
    return m_db.exec(QStringLiteral("UPDATE plan_rounds SET due = ? WHERE fiscal_year = ? AND round = ?"),
                     { due.toString(Qt::ISODate), fiscalYear, round })
        || fail(m_db.errorString());
}

bool PlanStore::lockRound(int fiscalYear, int round, const QString& by)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    if (!rounds().contains(round))
        return fail(PlanText::tr("round: %1 is not 6, 9 or 12").arg(round));
    const auto plan = load(fiscalYear);
    if (!plan)
        return false;
    if (plan->round(round).locked())
        return fail(PlanText::tr("round %1 of %2 is already locked").arg(round).arg(fiscalYear));
    if (by.simplified().isEmpty())
        return fail(PlanText::tr("by: who submits and locks the round is missing"));
    return m_db.exec(QStringLiteral(
                         "UPDATE plan_rounds SET locked_at = ?, locked_by = ? WHERE fiscal_year = ? AND round = ?"),
                     { stamp(), by.simplified(), fiscalYear, round })
        || fail(m_db.errorString());
}

bool PlanStore::recordProgress(int fiscalYear, int round, const QList<ProgressEntry>& entries,
                               const QStringList& places, const std::optional<Override>& override)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    using T = PlanText;
    if (!rounds().contains(round))
        return fail(T::tr("round: %1 is not 6, 9 or 12").arg(round));
    const auto plan = load(fiscalYear);
    if (!plan)
        return false;
    const bool locked = plan->round(round).locked();
    if (locked && (!override || override->reason.simplified().isEmpty()))
        return fail(T::tr("round %1 of %2 was locked on %3 by %4; a change needs an administrator's name and a reason, "
                          "and is logged")
                        .arg(round)
                        .arg(fiscalYear)
                        .arg(calendar::formatThaiDateTime(*plan->round(round).lockedAt), plan->round(round).lockedBy));
    if (locked && !m_db.session().has(access::Role::Administrator))
        return fail(T::tr("round %1 of %2 is locked: only an administrator may change it (%3 is signed in)")
                        .arg(round)
                        .arg(fiscalYear)
                        .arg(m_db.session().describe()));
    // Who changed it is the administrator signed in; a name typed beside it (say, the head who asked) is kept too.
    const QString by
        = !override || override->by.simplified().isEmpty() || override->by.simplified() == m_db.session().user
        ? m_db.session().user
        : QStringLiteral("%1 (%2)").arg(override->by.simplified(), m_db.session().user);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ProgressEntry& e = entries[i];
        const Progress& p = e.progress;
        const Activity* a = plan->activity(e.activity);
        const QString where = places.value(i, a ? T::tr("activity %1").arg(a->code()) : T::tr("entry %1").arg(i + 1));
        if (!a)
            return fail(T::tr("%1: activity: the plan of %2 has no such activity").arg(where).arg(fiscalYear));
        if (!termLabel(statuses(), p.status))
            return fail(T::tr("%1: status: “%2” is not one of %3").arg(where, p.status, termCodes(statuses())));
        if (p.status == QLatin1String("cancelled") && p.cancelReason.simplified().isEmpty())
            return fail(T::tr("%1: cancel_reason: say why the activity was cancelled").arg(where));
        if (p.result && *p.result < 0)
            return fail(T::tr("%1: result: %2 is negative").arg(where).arg(*p.result));
        if (p.result && a->kpi.kind == QLatin1String("percent") && *p.result > 100)
            return fail(T::tr("%1: result: %2 is over 100 per cent").arg(where).arg(*p.result));
        if (p.spentSatang && *p.spentSatang < 0)
            return fail(T::tr("%1: budget_spent: %2 baht is negative").arg(where, text::formatBaht(*p.spentSatang)));
        if (p.spentSatang && *p.spentSatang > 0 && !a->budgetSatang)
            return fail(T::tr("%1: budget_spent: the activity uses no budget (ไม่ใช้งบประมาณ)").arg(where));
        // Results are cumulative: a later round never reports less than an earlier one.
        for (int earlier : rounds()) {
            if (earlier >= round)
                break;
            const auto before = plan->progress.value(a->id).value(earlier);
            if (!plan->progress.value(a->id).contains(earlier))
                continue;
            if (p.result && before.result && a->kpi.kind == QLatin1String("count") && *p.result < *before.result)
                return fail(T::tr("%1: result: %2 is less than the %3 reported at %4 months; results are cumulative")
                                .arg(where)
                                .arg(*p.result)
                                .arg(*before.result)
                                .arg(earlier));
            if (p.spentSatang && before.spentSatang && *p.spentSatang < *before.spentSatang)
                return fail(T::tr("%1: budget_spent: %2 baht is less than the %3 baht spent by %4 months; spending is "
                                  "cumulative")
                                .arg(where, text::formatBaht(*p.spentSatang), text::formatBaht(*before.spentSatang))
                                .arg(earlier));
        }
    }
    storage::Database::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(m_db.errorString());
    for (const ProgressEntry& e : entries) {
        const Progress& p = e.progress;
        if (locked) {
            const auto before = plan->progress.value(e.activity).value(round);
            const QString was = plan->progress.value(e.activity).contains(round)
                ? QString::fromUtf8(QJsonDocument(progressJson(before)).toJson(QJsonDocument::Compact))
                : QString();
            if (!m_db.exec(
                    QStringLiteral("INSERT INTO plan_changes (fiscal_year, round, activity_id, at, by, reason, before,"
                                   " after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    { fiscalYear, round, e.activity, stamp(), by, override->reason.simplified(),
                      was, QString::fromUtf8(QJsonDocument(progressJson(p)).toJson(QJsonDocument::Compact)) }))
                return fail(m_db.errorString());
        }
        if (!m_db.exec(
                QStringLiteral("INSERT OR REPLACE INTO plan_progress (activity_id, round, result, spent_satang, status,"
                               " cancel_reason, problems, suggestions, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { e.activity, round, p.result ? QVariant(*p.result) : QVariant(),
                  p.spentSatang ? QVariant(*p.spentSatang) : QVariant(), p.status,
                  m_db.bindable(p.cancelReason.simplified()), m_db.bindable(p.problems.trimmed()),
                  m_db.bindable(p.suggestions.trimmed()), stamp() }))
            return fail(m_db.errorString());
    }
    return tx.commit() || fail(m_db.errorString());
}

bool PlanStore::importRound(int fiscalYear, int round, const QByteArray& bytes, const QString& fileName,
                            const std::optional<Override>& override, int* count)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return false;
    using T = PlanText;
    const auto plan = load(fiscalYear);
    if (!plan)
        return false;
    QString why;
    const auto table = text::readCsvTable(bytes, fileName, roundColumns(), &why);
    if (!table)
        return fail(why);
    if (table->rows.isEmpty())
        return fail(
            T::tr("%1 has no results: a header line (activity, result, budget_spent, status, …) and one line per "
                  "activity are expected")
                .arg(fileName));
    QList<ProgressEntry> entries;
    QStringList places;
    for (const text::CsvRecord& rec : table->rows) {
        const auto field = [&](const char* c) { return table->field(rec, c).trimmed(); };
        const QString where = T::tr("%1, line %2").arg(fileName).arg(rec.line);
        const Activity* a = plan->findActivity(text::toArabicDigits(field("activity")));
        if (!a)
            return fail(T::tr("%1, column activity: “%2” is not an activity of the plan of %3")
                            .arg(where, field("activity"))
                            .arg(fiscalYear));
        Progress p;
        p.round = round;
        if (const QString result = text::toArabicDigits(field("result")).remove(u',').remove(u'%'); !result.isEmpty()) {
            bool ok = false;
            p.result = result.toDouble(&ok);
            if (!ok)
                return fail(T::tr("%1, column result: “%2” is not a number").arg(where, field("result")));
        }
        if (const QString spent = field("budget_spent"); !spent.isEmpty() && spent != QLatin1String("-")) {
            p.spentSatang = text::parseBaht(spent);
            if (!p.spentSatang)
                return fail(T::tr("%1, column budget_spent: “%2” is not an amount in baht").arg(where, spent));
        }
        const QString status = field("status");
        if (!status.isEmpty()) {
            p.status = status;
            for (const Term& t : statuses())
                if (t.label == status)
                    p.status = t.code;
        } else {
            p.status = p.result ? QStringLiteral("in_progress") : QStringLiteral("not_started");
        }
        p.problems = field("problems");
        p.suggestions = field("suggestions");
        p.cancelReason = field("cancel_reason");
        entries.append({ a->id, p });
        places << T::tr("%1 (activity %2)").arg(where, a->code());
    }
    if (!recordProgress(fiscalYear, round, entries, places, override))
        return false;
    if (count)
        *count = int(entries.size());
    return true;
}

std::optional<PlanStore::Evidence> PlanStore::addEvidence(int fiscalYear, qint64 activity, int round,
                                                          const QString& fileName, const QByteArray& data)
{
    if (!allowed(access::Permission::ManageIntegrity))
        return std::nullopt;
    const auto plan = load(fiscalYear);
    if (!plan)
        return std::nullopt;
    const QString mime = complaints::Attachments::sniff(data);
    if (!plan->activity(activity))
        fail(PlanText::tr("the plan of %1 has no activity %2").arg(fiscalYear).arg(activity));
    else if (!rounds().contains(round))
        fail(PlanText::tr("round: %1 is not 6, 9 or 12").arg(round));
    else if (mime.isEmpty())
        fail(PlanText::tr("%1 is not a PDF, JPEG or PNG file").arg(fileName));
    else if (data.size() > complaints::Attachments::MaxSize)
        fail(PlanText::tr("%1 is larger than 50 MB").arg(fileName));
    else {
        QSqlQuery q = m_db.query();
        if (m_db.exec(q,
                      QStringLiteral(
                          "INSERT INTO plan_evidence (activity_id, round, file_name, mime_type, size, data, added_at)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      { activity, round, fileName, mime, data.size(), data, stamp() }))
            return Evidence { q.lastInsertId().toLongLong(), round, fileName, mime, data.size() };
        fail(m_db.errorString());
    }
    return std::nullopt;
}

std::optional<QList<PlanStore::Evidence>> PlanStore::evidence(qint64 activity)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT id, round, file_name, mime_type, size FROM plan_evidence WHERE activity_id = ?"
                           " ORDER BY round, id"),
            { activity })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<Evidence> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong() });
    return out;
}

std::optional<QByteArray> PlanStore::evidenceData(qint64 evidenceId)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT data FROM plan_evidence WHERE id = ?"), { evidenceId })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(PlanText::tr("there is no evidence file %1").arg(evidenceId));
        return std::nullopt;
    }
    return q.value(0).toByteArray();
}

std::optional<QList<PlanStore::Change>> PlanStore::changes(int fiscalYear)
{
    if (!allowed(access::Permission::ViewIntegrity))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT c.at, c.round, a.measure, a.line, a.position, c.by, c.reason, c.before, c.after"
                           " FROM plan_changes c JOIN plan_activities a ON a.id = c.activity_id"
                           " WHERE c.fiscal_year = ? ORDER BY c.id"),
            { fiscalYear })) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    QList<Change> out;
    while (q.next()) {
        Activity a;
        a.measure = q.value(2).toInt();
        a.line = q.value(3).toInt();
        a.position = q.value(4).toInt();
        out.append({ QDateTime::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(), a.code(),
                     q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString() });
    }
    return out;
}

} // namespace sujarit::plan
