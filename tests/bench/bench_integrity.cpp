// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the integrity registers at the size of a large municipality: STAFF staff members with an annual
// declaration each but a tenth, GIFTS gifts in one fiscal year, and an action plan of ACTIVITIES activities with
// three rounds reported. Times the year's gift register judged by the NACC rule, the campaign's missing list, the
// plan's load and success with computed KPIs, and the PDFs of the gift register and the 12-month report; and a risk
// register of RISKS risks with two measures each, a round followed up: loaded, ranked with its figures, and printed;
// the moral organisation's year — good deeds of every member of staff, a selection of outstanding officials with NOMINEES
// nominees scored by a committee of nine on the seven standards — its result beside the same averages computed by one
// SQL statement, and its papers; then the year's ITA items assessed and the whole pack written, beside the same files
// copied and flushed.
// Usage: bench_integrity [STAFF=500] [GIFTS=10000] [ACTIVITIES=200] [RISKS=100] [NOMINEES=100]. Prints figures;
// asserts nothing.
#include "BenchSupport.h"
#include "calendar/Clock.h"
#include "documents/ConflictLists.h"
#include "conflicts/Declarations.h"
#include "staff/StaffList.h"
#include "gifts/GiftRegister.h"
#include "office/OfficeProfile.h"
#include "plan/PlanDocuments.h"
#include "plan/PlanStore.h"
#include "plan/PlanTemplates.h"
#include "reports/TableExport.h"
#include "documents/PdfExport.h"
#include "announcements/AnnouncementStore.h"
#include "committee/CommitteeStore.h"
#include "ita/ItaPack.h"
#include "moral/GoodDeeds.h"
#include "moral/HeldEvidence.h"
#include "moral/MoralPapers.h"
#include "moral/SelectionPapers.h"
#include "moral/SelectionStore.h"
#include "moral/SelfAssessment.h"
#include <QSqlQuery>
#include "risks/RiskDocuments.h"
#include "risks/RiskStore.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"
#include "schema/RegisterSchema.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sujarit;

int main(int argc, char* argv[])
{
    sujarit::schema::install(); // the register's schema, before any database is opened
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const auto arg = [&](int i, int fallback) { return argc > i ? QString::fromLocal8Bit(argv[i]).toInt() : fallback; };
    const int staffCount = arg(1, 500), giftCount = arg(2, 10000), activityCount = arg(3, 200), riskCount = arg(4, 100),
              nomineeCount = arg(5, 100);
    calendar::setNowForTesting(QDateTime(QDate(2026, 9, 30), QTime(12, 0)));
    QTextStream out(stdout);
    QTemporaryDir dir;
    storage::Database db;
    if (!db.open(dir.filePath(QStringLiteral("bench.db"))))
        return 1;
    db.setSession(benchSession());
    office::OfficeProfile office = office::OfficeProfile::load(db);
    office.name = QStringLiteral("เทศบาลนครตัวอย่าง");
    for (int i = 0; i < 8; ++i)
        office.divisions << QStringLiteral("กอง%1").arg(i); // the staff's divisions below
    office.save(db);

    QElapsedTimer t;
    t.start();
    QList<staff::StaffMember> staff;
    for (int i = 0; i < staffCount; ++i)
        staff.append({0, QStringLiteral("เจ้าหน้าที่ คนที่%1").arg(i), QStringLiteral("นักวิชาการ"),
                      QStringLiteral("กอง%1").arg(i % 8), QStringLiteral("official"), true, std::nullopt});
    staff::StaffList(db).add(staff);
    QList<conflicts::Declaration> declarations;
    for (int i = 0; i < staffCount; ++i) {
        if (i % 10 == 9)
            continue;
        conflicts::Declaration d;
        d.kind = QStringLiteral("annual");
        d.declarant = staff[i].name;
        d.date = QDate(2025, 10, 1).addDays(i % 200);
        d.noInterest = i % 3 != 0;
        if (!d.noInterest) {
            d.form = QStringLiteral("contract_interest");
            d.parties = {{QStringLiteral("บริษัท %1 จำกัด").arg(i), QStringLiteral("sibling")}};
        }
        declarations << d;
    }
    conflicts::DeclarationRegister declarationRegister(db);
    if (!declarationRegister.add(declarations)) {
        out << declarationRegister.errorString() << Qt::endl;
        return 1;
    }
    QList<gifts::RegisteredGift> giftList;
    for (int i = 0; i < giftCount; ++i) {
        gifts::RegisteredGift g;
        g.entry.receiver = staff[i % staffCount].name;
        g.entry.date = QDate(2025, 10, 1).addDays(i % 360);
        g.entry.giver = QStringLiteral("ห้างหุ้นส่วน %1").arg(i % 300);
        g.entry.occasion = QStringLiteral("โอกาส %1").arg(i % 40);
        g.entry.valueSatang = 50000 + (i % 50) * 10000;
        g.entry.relation = i % 7 == 0 ? QStringLiteral("sibling") : QStringLiteral("none");
        g.description = QStringLiteral("ของขวัญ");
        giftList << g;
    }
    gifts::GiftRegister giftRegister(db);
    if (!giftRegister.addGifts(giftList)) {
        out << giftRegister.errorString() << Qt::endl;
        return 1;
    }
    plan::PlanStore store(db);
    store.create(2569, QStringLiteral("seed004"));
    QList<plan::Activity> activities;
    for (int i = 0; i < activityCount; ++i) {
        plan::Activity a;
        a.measure = 1 + i % 3;
        a.line = 1 + i % 2;
        a.title = QStringLiteral("กิจกรรมที่ %1").arg(i);
        a.kpi = {QStringLiteral("ผู้เข้าร่วม"), QStringLiteral("คน"), QStringLiteral("count"), 50, {}};
        if (i % 20 == 0)
            a.kpi.source = QStringLiteral("declarations_annual_share");
        a.budgetSatang = 1000000;
        a.months = {10, 11, 12};
        activities << a;
    }
    store.addActivities(2569, activities);
    for (int round : plan::rounds()) {
        QList<plan::ProgressEntry> entries;
        for (int i = 0; i < activityCount; ++i) {
            plan::Progress p;
            p.result = round * 4 + i % 10;
            p.spentSatang = round * 50000;
            p.status = round == 12 && i % 3 ? QStringLiteral("done") : QStringLiteral("in_progress");
            entries.append({activities[i].id, p});
        }
        store.recordProgress(2569, round, entries);
    }
    out << "Integrity registers: " << staffCount << " staff, " << declarations.size() << " declarations, " << giftCount
        << " gifts, a plan of " << activityCount << " activities (set-up " << t.elapsed() << " ms)\n";

    const double giftsMs = medianMs(5, [&](int) { giftRegister.gifts(2569, gifts::GiftRuleSet::nacc2563()); });
    const double missingMs = medianMs(5, [&](int) { declarationRegister.missingAnnual(2569); });
    const double declarationListMs = medianMs(5, [&](int) { declarationRegister.list(2569); });
    const double planMs = medianMs(5, [&](int) {
        const auto p = store.load(2569);
        QString error;
        const auto kpis = plan::computeKpis(db, *p, 12, &error);
        plan::standing(*p, 12, *kpis);
    });
    const auto year = giftRegister.gifts(2569, gifts::GiftRuleSet::nacc2563());
    QString error;
    const QString giftPdf = dir.filePath(QStringLiteral("gifts.pdf"));
    const double giftPdfMs = medianMs(3, [&](int) {
        reports::writeList(documents::giftRegisterList(*year, 2569, office), QStringLiteral("pdf"), text::Digits::Arabic,
                           giftPdf, &error);
    });
    const QString giftXlsx = dir.filePath(QStringLiteral("gifts.xlsx"));
    const double giftXlsxMs = medianMs(3, [&](int) {
        reports::writeList(documents::giftRegisterList(*year, 2569, office), QStringLiteral("xlsx"), text::Digits::Arabic,
                           giftXlsx, &error);
    });
    const auto p = store.load(2569);
    const QString roundPdf = dir.filePath(QStringLiteral("round12.pdf"));
    const double roundPdfMs = medianMs(3, [&](int) {
        reports::writeList(plan::roundReport(*p, plan::standing(*p, 12), office), QStringLiteral("pdf"), text::Digits::Thai,
                           roundPdf, &error);
    });
    // The risk register: RISKS risks over the divisions, two measures each, round 6 followed up.
    risks::RiskStore riskStore(db);
    riskStore.create(2569, QStringLiteral("empty"));
    const QStringList& divisions = office.divisions;
    QList<risks::NewRisk> newRisks;
    for (int i = 0; i < riskCount; ++i) {
        risks::NewRisk n;
        n.risk.process = QStringLiteral("กระบวนงานที่ %1").arg(i % 12);
        n.risk.event = QStringLiteral("เหตุการณ์ความเสี่ยงที่ %1 ในการปฏิบัติงาน").arg(i);
        n.risk.type = risks::shippedRiskTypes()[i % 6].code;
        n.risk.division = divisions[i % divisions.size()];
        n.risk.likelihood = 1 + i % 5;
        n.risk.impact = 1 + (i / 5) % 5;
        for (int m = 0; m < 2; ++m)
            n.measures.append(risks::Measure{0, 0, 0, QStringLiteral("มาตรการที่ %1 ของความเสี่ยงที่ %2").arg(m).arg(i),
                                             n.risk.division, {}, QStringLiteral("ตลอดปีงบประมาณ"), {}, {}, 0});
        newRisks << n;
    }
    riskStore.addRisks(2569, newRisks);
    QList<risks::FollowUpEntry> follow;
    for (const risks::NewRisk& n : newRisks)
        follow.append({n.measures[0].id, {QStringLiteral("done"), QStringLiteral("ดำเนินการแล้ว"), {}}});
    riskStore.recordFollowUp(2569, 6, follow, {});
    const double riskMs = medianMs(5, [&](int) {
        const auto reg = riskStore.load(2569);
        riskStore.figures(*reg);
        reg->ranked(riskStore.bands());
    });
    const auto reg = riskStore.load(2569);
    const auto figures = riskStore.figures(*reg);
    const QString assessmentPdf = dir.filePath(QStringLiteral("assessment.pdf"));
    const double assessmentMs = medianMs(3, [&](int) {
        documents::writePdf(assessmentPdf, QPageLayout::Landscape,
                            risks::assessmentReport(*reg, riskStore.bands(), *figures, office), &error);
    });
    const QString riskRoundPdf = dir.filePath(QStringLiteral("risk-round6.pdf"));
    const double riskRoundMs = medianMs(3, [&](int) {
        reports::writeList(risks::roundReport(*reg, 6, riskStore.bands(), office), QStringLiteral("pdf"),
                           text::Digits::Arabic, riskRoundPdf, &error);
    });
    // The ITA pack of the year: every item from these registers, the announcements signed.
    office.address = QStringLiteral("เลขที่ 1 ถนนตัวอย่าง");
    office.responsibleUnit = QStringLiteral("สำนักปลัดเทศบาล");
    office.executiveName = QStringLiteral("นายกเทศมนตรีตัวอย่าง");
    office.executiveTitle = QStringLiteral("นายกเทศมนตรีนครตัวอย่าง");
    office.save(db);
    announcements::AnnouncementStore announcementStore(db);
    for (const char* kind : {"channels", "no_gift"})
        if (const auto a = announcementStore.create(2569, QString::fromLatin1(kind)))
            announcementStore.sign(a->id, office.executiveName, QDate(2025, 10, 1));
    // The moral organisation: ten good deeds a member of staff, a committee of nine, NOMINEES nominees fully scored.
    const auto everyone = staff::StaffList(db).all();
    QList<moral::GoodDeed> deeds;
    for (qsizetype i = 0; i < everyone->size() * 10; ++i)
        deeds << moral::GoodDeed{0, 0, everyone->at(i % everyone->size()).name, {}, QDate(2025, 10, 1).addDays(i % 360),
                                 QStringLiteral("ช่วยงานชุมชน %1").arg(i), QStringLiteral("จิตอาสา"), QString(),
                                 QStringLiteral("ผู้ใหญ่บ้าน")};
    moral::DeedStore deedStore(db);
    deedStore.add(deeds);
    QList<committee::NewMember> members;
    for (int i = 0; i < 9; ++i)
        members << committee::NewMember{everyone->at(i).name, i == 0 ? QStringLiteral("chair") : QStringLiteral("member")};
    committee::CommitteeStore(db).addMembers(2569, members);
    moral::SelectionStore selectionStore(db);
    selectionStore.create(2569, QStringLiteral("official"));
    QList<moral::NewNominee> nominees;
    for (int i = 0; i < nomineeCount; ++i)
        nominees << moral::NewNominee{everyone->at(9 + i % (everyone->size() - 9)).name, {}};
    selectionStore.nominate(2569, QStringLiteral("official"), nominees);
    QList<moral::Sheet> sheets;
    for (int m = 0; m < 9; ++m)
        for (int n = 0; n < nomineeCount; ++n) {
            moral::Sheet sheet{members[m].name, nominees[n].name, {}};
            for (int c = 1; c <= 7; ++c)
                sheet.scores.insert(c, (m * 7 + n * 3 + c) % 11);
            sheets << sheet;
        }
    t.start();
    selectionStore.score(2569, QStringLiteral("official"), sheets);
    const qint64 scoreMs = t.elapsed();
    const double resultMs = medianMs(5, [&](int) {
        if (const auto sel = selectionStore.load(2569, QStringLiteral("official")))
            moral::standings(*sel);
    });
    // The floor: the same weighted totals by one statement (weights 1), ranked by the database.
    const double sqlMs = medianMs(5, [&](int) {
        QSqlQuery q = db.query();
        db.exec(q, QStringLiteral("SELECT nominee_id, SUM(mean) AS total FROM (SELECT nominee_id, criterion, AVG(score) AS mean"
                                  " FROM selection_scores GROUP BY nominee_id, criterion) GROUP BY nominee_id ORDER BY total DESC"));
        while (q.next()) {
        }
    });
    const auto selection = selectionStore.load(2569, QStringLiteral("official"));
    const QString selectionPdf = dir.filePath(QStringLiteral("selection.pdf"));
    const double selectionPdfMs = medianMs(3, [&](int) {
        documents::writePdf(selectionPdf, QPageLayout::Portrait,
                            moral::selectionPaper(*selection, office, office.executiveTitle), &error);
    });
    if (!QFileInfo::exists(selectionPdf))
        out << "  (the selection papers were not written: " << error << ")\n";
    const QString moralPdf = dir.filePath(QStringLiteral("moral-report.pdf"));
    const double moralReportMs = medianMs(3, [&](int) {
        moral::SelfAssessmentStore assessments(db);
        const auto held = moral::heldEvidence(db, 2569, &error);
        documents::writePdf(moralPdf, QPageLayout::Portrait,
                            moral::moralReport(*assessments.load(2569), *held, {}, moral::reportDue(db, 2569), office), &error);
    });
    const double deedCountMs = medianMs(5, [&](int) { moral::countDeeds(*deedStore.list(2569)); });

    const QString packDir = dir.filePath(QStringLiteral("ita-2569"));
    const QDate packDay(2026, 5, 15);
    const double assessMs = medianMs(3, [&](int) { ita::assessPack(db, 2569, packDay, &error); });
    const double packMs = medianMs(3, [&](int) { ita::writePack(db, 2569, packDay, packDir, &error); });
    qint64 packBytes = 0;
    int packFiles = 0;
    QStringList packNames;
    for (QDirIterator it(packDir, QDir::Files | QDir::Hidden); it.hasNext();) {
        it.next();
        packBytes += it.fileInfo().size();
        ++packFiles;
        packNames << it.fileName();
    }
    // The floor: the same bytes copied into a fresh folder, each file flushed as the pack does.
    const double copyMs = medianMs(3, [&](int i) {
        const QString copy = dir.filePath(QStringLiteral("copy-%1").arg(i));
        QDir().mkpath(copy);
        for (const QString& name : packNames) {
            QFile::copy(QDir(packDir).filePath(name), QDir(copy).filePath(name));
            storage::syncFile(QDir(copy).filePath(name));
        }
    });
    out << "  gift register of the year, judged: " << giftsMs << " ms\n"
        << "  declarations of the year: " << declarationListMs << " ms; missing annual list: " << missingMs << " ms\n"
        << "  plan loaded, KPIs computed, success at 12 months: " << planMs << " ms\n"
        << "  gift register PDF (" << QFileInfo(giftPdf).size() / 1024 << " KiB): " << giftPdfMs << " ms; .xlsx: " << giftXlsxMs
        << " ms\n"
        << "  12-month report PDF: " << roundPdfMs << " ms\n"
        << "  risk register of " << riskCount << " risks loaded, ranked, its figures computed: " << riskMs << " ms\n"
        << "  risk assessment PDF (heat map and register, " << QFileInfo(assessmentPdf).size() / 1024
        << " KiB): " << assessmentMs << " ms; round-6 report PDF: " << riskRoundMs << " ms\n"
        << "  good deeds of the year (" << deeds.size() << ") read and counted by person, division and virtue: " << deedCountMs
        << " ms\n"
        << "  selection: " << sheets.size() << " sheets (" << sheets.size() * 7 << " scores) recorded in " << scoreMs
        << " ms; result (recusals from the declarations, weighted totals, ranks): " << resultMs
        << " ms; the same averages by one SQL statement: " << sqlMs << " ms\n"
        << "  selection papers (9 sheets, summary, announcement; " << QFileInfo(selectionPdf).size() / 1024
        << " KiB): " << selectionPdfMs << " ms; moral-organisation report PDF: " << moralReportMs << " ms\n"
        << "  ITA pack of the year: items assessed " << assessMs << " ms; written (" << packFiles << " files, "
        << packBytes / 1024 << " KiB) " << packMs << " ms; the same files copied and flushed: " << copyMs << " ms\n"
        << "  peak memory: " << peakKiB() / 1024 << " MiB\n";
    return 0;
}
