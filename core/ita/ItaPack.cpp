// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItaPack.h"

#include "ComplaintManual.h"
#include "ItaIndex.h"
#include "announcements/Announcement.h"
#include "announcements/AnnouncementDocument.h"
#include "announcements/AnnouncementStore.h"
#include "announcements/NoGiftCulture.h"
#include "calendar/FiscalYear.h"
#include "calendar/ThaiDate.h"
#include "committee/CommitteeOrder.h"
#include "committee/CommitteeStore.h"
#include "committee/MeetingRegister.h"
#include "complaints/HolidayTable.h"
#include "documents/ConflictLists.h"
#include "documents/ListDocument.h"
#include "documents/PageWriter.h"
#include "gifts/GiftRegister.h"
#include "moral/HeldEvidence.h"
#include "moral/MoralPapers.h"
#include "moral/Virtues.h"
#include "office/OfficeProfile.h"
#include "plan/PlanDocuments.h"
#include "plan/PlanJson.h"
#include "plan/PlanStore.h"
#include "plan/PlanTemplates.h"
#include "reports/Statistics.h"
#include "reports/StatisticsExport.h"
#include "reports/TableExport.h"
#include "risks/RiskDocuments.h"
#include "risks/RiskStore.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"
#include "storage/SafeFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <functional>

namespace sujarit::ita {

namespace {
struct PackText
{
    Q_DECLARE_TR_FUNCTIONS(PackText)
};

constexpr auto Marker = ".sujarit-ita-pack";

using Writer = std::function<bool(const QString& path, QString* error)>;

/** A file an item will have, and how to write it. */
struct Output
{
    PackFile file;
    Writer write;
};

/** What the registers hold for the year, read once for every item. */
struct Records
{
    int year = 0;
    QDate today;
    office::OfficeProfile office;
    QList<complaints::DeadlineRule> rules;
    std::optional<plan::Plan> plan;
    QList<plan::PlanStanding> standings;
    std::optional<risks::RiskRegister> risks;
    risks::LevelBands bands;
    QHash<qint64, risks::RiskFigures> figures;
    QList<announcements::Announcement> announcements;
    QList<announcements::NoGiftActivity> culture;
    QHash<qint64, int> cultureEvidence;
    QList<gifts::RegisteredGift> gifts;
    std::optional<reports::YearStatistics> firstHalf, wholeYear;
    std::optional<committee::Committee> ethicsCommittee;
    QString committeeSigner; ///< the title printed under the order's signer
    std::optional<documents::ListDocument> meetingRegister; ///< the committee's meetings of the year
    moral::SelfAssessment moral; ///< the moral-organisation report (its updatedAt empty while none is kept)
    QList<QStringList> moralHeld; ///< what the registers hold for each criterion (read only when the report is kept)
    QList<risks::EvidenceFiles::File> moralFiles;
    QDate moralDue;
    QList<moral::VirtueTarget> virtues;
};

bool failed(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

std::optional<Records> read(storage::Database& db, int year, QDate today, QString* error)
{
    for (auto p : {access::Permission::Statistics, access::Permission::ViewIntegrity})
        if (!db.require(p)) {
            failed(error, db.errorString());
            return std::nullopt;
        }
    Records r;
    r.year = year;
    r.today = today;
    r.office = office::OfficeProfile::load(db);
    r.rules = complaints::HolidayTable(db).deadlineRules();

    plan::PlanStore plans(db);
    if (plans.years().contains(year)) {
        auto loaded = plan::loadWithStandings(db, year, error);
        if (!loaded)
            return std::nullopt;
        r.plan = loaded->first;
        r.standings = loaded->second;
    }
    risks::RiskStore riskStore(db);
    if (riskStore.years().contains(year)) {
        r.risks = riskStore.load(year);
        const auto figures = r.risks ? riskStore.figures(*r.risks) : std::nullopt;
        if (!figures) {
            failed(error, riskStore.errorString());
            return std::nullopt;
        }
        r.figures = *figures;
    }
    r.bands = riskStore.bands();
    announcements::AnnouncementStore store(db);
    const auto list = store.list(year);
    if (!list) {
        failed(error, store.errorString());
        return std::nullopt;
    }
    r.announcements = *list;
    announcements::NoGiftCulture culture(db);
    const auto activities = culture.activities(year);
    if (!activities) {
        failed(error, culture.errorString());
        return std::nullopt;
    }
    r.culture = *activities;
    for (const auto& a : r.culture)
        r.cultureEvidence.insert(a.id, int(culture.evidence(a.id).value_or(QList<risks::EvidenceFiles::File>{}).size()));
    gifts::GiftRegister giftRegister(db);
    const auto gifts = giftRegister.gifts(year, gifts::GiftRuleSet::nacc2563());
    if (!gifts) {
        failed(error, giftRegister.errorString());
        return std::nullopt;
    }
    r.gifts = *gifts;
    committee::CommitteeStore committees(db);
    if (committees.exists(year)) {
        r.ethicsCommittee = committees.load(year);
        if (!r.ethicsCommittee) {
            failed(error, committees.errorString());
            return std::nullopt;
        }
        r.committeeSigner = committee::orderSignerTitle(db, *r.ethicsCommittee);
        r.meetingRegister = committee::meetingRegister(db, year, r.office, error);
        if (!r.meetingRegister)
            return std::nullopt;
    }
    moral::SelfAssessmentStore assessments(db);
    const auto assessment = assessments.load(year);
    const auto files = assessment ? assessments.evidence(year) : std::nullopt;
    moral::VirtueStore virtueStore(db);
    const auto virtues = virtueStore.list(year);
    if (!assessment || !files || !virtues) {
        failed(error, !virtues ? virtueStore.errorString() : assessments.errorString());
        return std::nullopt;
    }
    if (assessment->updatedAt) { // printed only when the office has made its report
        const auto held = moral::heldEvidence(db, year, error);
        if (!held)
            return std::nullopt;
        r.moralHeld = *held;
    }
    r.moral = *assessment;
    r.moralFiles = *files;
    r.moralDue = moral::reportDue(db, year);
    r.virtues = *virtues;
    r.firstHalf = reports::computeStatistics(db, year, true, today, error);
    r.wholeYear = r.firstHalf ? reports::computeStatistics(db, year, false, today, error) : std::nullopt;
    if (!r.wholeYear)
        return std::nullopt;
    return r;
}

QString yearText(int year)
{
    return QStringLiteral("ปีงบประมาณ พ.ศ. %1").arg(year);
}

/** "6 เดือน: 1 ตุลาคม 2567 – 31 มีนาคม 2568" */
QString roundCovers(int year, int round)
{
    return QStringLiteral("รอบ %1 เดือน: %2 – %3")
        .arg(round)
        .arg(calendar::formatThaiDate(calendar::fiscalYearStart(year)),
             calendar::formatThaiDate(calendar::fiscalQuarterEnd(year, round / 3)));
}

QString wholeYearCovers(int year)
{
    return QStringLiteral("%1 – %2").arg(calendar::formatThaiDate(calendar::fiscalYearStart(year)),
                                         calendar::formatThaiDate(calendar::fiscalYearEnd(year)));
}

/** The painter of a PDF headed with its item, for every page. */
documents::DocumentPainter headed(const QString& head, documents::DocumentPainter paint)
{
    return [head, paint](documents::PageWriter& page, QString* error) {
        page.setRunningHead(head);
        return paint(page, error);
    };
}

/** Builds one item's outputs and what it misses. */
class ItemBuilder
{
public:
    ItemBuilder(const Records& r, ItemState& state, QList<Output>& outputs) : m_r(r), m_state(state), m_out(outputs)
    {
        m_head = QStringLiteral("ITA %1 · %2 %3").arg(r.year).arg(state.item.code, state.item.title);
    }

    void answer(const QString& kind)
    {
        if (kind == u"manual")
            manual();
        else if (kind == u"channels")
            announcement(QStringLiteral("channels"), "complaint-channels");
        else if (kind == u"statistics")
            statistics();
        else if (kind == u"ethics")
            ethics();
        else if (kind == u"no_gift_announcement")
            announcement(QStringLiteral("no_gift"), "no-gift-policy");
        else if (kind == u"coi_measures")
            announcement(QStringLiteral("coi_measures"), "conflict-of-interest-measures");
        else if (kind == u"no_gift_culture")
            culture();
        else if (kind == u"gift_report")
            giftReport();
        else if (kind == u"risk_assessment")
            riskAssessment();
        else if (kind == u"risk_results")
            riskRounds();
        else if (kind == u"plan")
            planList();
        else if (kind == u"plan_six_months")
            planRounds({6});
        else if (kind == u"plan_results")
            planRounds(plan::rounds());
        else if (kind == u"integrity_report")
            moralOrganisation();
    }

private:
    QString name(const char* slug, const QString& suffix, const char* ext) const
    {
        return QStringLiteral("%1-%2%3-%4.%5")
            .arg(m_state.item.code, QLatin1String(slug), suffix)
            .arg(m_r.year)
            .arg(QLatin1String(ext));
    }
    void add(const QString& file, const QString& what, const QString& covers, Writer write)
    {
        m_out << Output{{file, what, covers}, std::move(write)};
    }
    void pdf(const QString& file, const QString& what, const QString& covers, QPageLayout::Orientation orientation,
             const QString& title, documents::DocumentPainter paint)
    {
        add(file, what + QStringLiteral(" (PDF)"), covers,
            [orientation, title, paint = headed(m_head, std::move(paint))](const QString& path, QString* error) {
                return documents::writePdf(path, orientation, paint, error, title);
            });
    }
    /** A list on paper, and as CSV and Excel when \a files. */
    void list(const char* slug, const QString& suffix, const QString& what, const QString& covers,
              const documents::ListDocument& doc, bool files)
    {
        pdf(name(slug, suffix, "pdf"), what, covers, doc.orientation, doc.title,
            documents::listPainter(doc, m_r.office.documentDigits()));
        if (!files)
            return;
        add(name(slug, suffix, "csv"), what + QStringLiteral(" (CSV)"), covers, [doc](const QString& path, QString* error) {
            return storage::writeFileAtomically(path, reports::listToCsv(doc), storage::OwnerOnly, error);
        });
        add(name(slug, suffix, "xlsx"), what + QStringLiteral(" (Excel)"), covers,
            [doc](const QString& path, QString* error) { return reports::writeListXlsx(doc, path, error); });
    }
    void miss(const QString& what) { m_state.missing << what; }

    void manual()
    {
        if (const QStringList lacks = m_r.office.missing(manualNeeds()); !lacks.isEmpty())
            return miss(QStringLiteral("ข้อมูลหน่วยงานยังขาด %1 (หน้าตั้งค่า ข้อมูลหน่วยงาน)").arg(lacks.join(QStringLiteral(", "))));
        pdf(name("complaint-handling-manual", {}, "pdf"), QStringLiteral("คู่มือการจัดการเรื่องร้องเรียน"),
            QStringLiteral("ตามการตั้งค่า ณ วันที่ %1").arg(calendar::formatThaiDate(m_r.today)), QPageLayout::Portrait,
            QStringLiteral("คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
            complaintManual(m_r.office, m_r.rules, m_r.today));
    }

    void announcement(const QString& kind, const char* slug)
    {
        QString label = text::labelIn(announcements::kinds(), kind).value_or(kind);
        if (label.startsWith(QStringLiteral("ประกาศ")))
            label = label.mid(6); // "ประกาศเจตนารมณ์ No Gift Policy" reads "ประกาศ" + label below

        const announcements::Announcement* signedOne = nullptr;
        bool any = false;
        for (const auto& a : m_r.announcements)
            if (a.kind == kind) {
                any = true;
                if (a.isSigned() && (!signedOne || a.version > signedOne->version))
                    signedOne = &a;
            }
        if (!signedOne)
            return miss(any ? QStringLiteral("ประกาศ%1 %2 ยังไม่ได้ลงนาม").arg(label, yearText(m_r.year))
                            : QStringLiteral("ยังไม่ได้จัดทำประกาศ%1 %2 (งานคุณธรรม → ประกาศและการสร้างวัฒนธรรม No Gift)").arg(label, yearText(m_r.year)));
        if (const QStringList lacks = m_r.office.missing(announcements::announcementNeeds()); !lacks.isEmpty())
            return miss(QStringLiteral("ข้อมูลหน่วยงานยังขาด %1").arg(lacks.join(QStringLiteral(", "))));
        const announcements::Announcement a = *signedOne;
        const office::OfficeProfile office = m_r.office;
        pdf(name(slug, {}, "pdf"), QStringLiteral("ประกาศ") + label,
            QStringLiteral("ลงนาม %1").arg(calendar::formatThaiDate(*a.signedOn)), QPageLayout::Portrait,
            QStringLiteral("ประกาศ ") + a.title, [a, office](documents::PageWriter& page, QString* error) {
                page.digits = office.letterDigits();
                return announcements::paintAnnouncement(page, a, office, error);
            });
    }

    void statistics()
    {
        const QDate halfEnd = calendar::fiscalQuarterEnd(m_r.year, 2);
        if (m_r.today <= halfEnd)
            miss(QStringLiteral("รอบ 6 เดือนแรกของ%1 ยังไม่สิ้นสุด (ถึง %2)")
                     .arg(yearText(m_r.year), calendar::formatThaiDate(halfEnd)));
        if (m_r.office.name.isEmpty())
            return miss(QStringLiteral("ข้อมูลหน่วยงานยังขาดชื่อหน่วยงาน (name)"));
        for (const reports::YearStatistics* s : {&*m_r.firstHalf, &*m_r.wholeYear}) {
            reports::YearStatistics stats = *s;
            stats.itaItem = m_state.item.code;
            const QString suffix = stats.firstHalf ? QStringLiteral("-6-months") : QString();
            const QString what = stats.firstHalf ? QStringLiteral("สถิติเรื่องร้องเรียน รอบ 6 เดือน")
                                                 : QStringLiteral("สถิติเรื่องร้องเรียน ทั้งปีงบประมาณ");
            // Before the period ends, the figures run to the day the pack is made.
            const QString covers = m_r.today < stats.to
                ? QStringLiteral("%1 – %2 (ถึงวันที่จัดทำ)")
                      .arg(calendar::formatThaiDate(stats.from), calendar::formatThaiDate(m_r.today))
                : stats.periodText();
            const office::OfficeProfile office = m_r.office;
            pdf(name("complaint-statistics", suffix, "pdf"), what, covers, QPageLayout::Portrait,
                QStringLiteral("ข้อมูลเชิงสถิติเรื่องร้องเรียน %1").arg(covers), reports::statisticsReport(stats, office));
            for (const char* ext : {"csv", "xlsx"})
                add(name("complaint-statistics", suffix, ext),
                    what + (qstrcmp(ext, "csv") == 0 ? QStringLiteral(" (CSV)") : QStringLiteral(" (Excel)")), covers,
                    [stats, office, format = QString::fromLatin1(ext)](const QString& path, QString* error) {
                        return reports::writeStatistics(stats, office, format, path, error);
                    });
        }
    }

    void ethics()
    {
        m_state.byHand << QStringLiteral("ประมวลจริยธรรมของหน่วยงานฉบับที่ประกาศใช้");
        // The committee that drives the code: its appointment order once signed, and its meetings.
        if (!m_r.ethicsCommittee)
            m_state.byHand << QStringLiteral("คำสั่งแต่งตั้งและการประชุมของคณะกรรมการจริยธรรม (ยังไม่ได้บันทึกคณะกรรมการของปีนี้ในโปรแกรม)");
        else if (m_r.meetingRegister && !m_r.meetingRegister->rows.isEmpty())
            list("ethics-committee-meetings", {}, QStringLiteral("ทะเบียนการประชุมคณะกรรมการจริยธรรม"), wholeYearCovers(m_r.year),
                 *m_r.meetingRegister, false);
        else
            miss(QStringLiteral("ยังไม่ได้กำหนดการประชุมของ%1 %2").arg(m_r.ethicsCommittee->name, yearText(m_r.year)));
        if (m_r.ethicsCommittee) {
            if (!m_r.ethicsCommittee->orderSignedOn)
                miss(QStringLiteral("คำสั่งแต่งตั้ง%1 %2 ยังไม่ได้ลงนาม").arg(m_r.ethicsCommittee->name, yearText(m_r.year)));
            else
                pdf(name("ethics-committee-order", {}, "pdf"), QStringLiteral("คำสั่งแต่งตั้ง") + m_r.ethicsCommittee->name,
                    QStringLiteral("ลงนาม %1").arg(calendar::formatThaiDate(*m_r.ethicsCommittee->orderSignedOn)),
                    QPageLayout::Portrait, QStringLiteral("คำสั่งแต่งตั้ง%1").arg(m_r.ethicsCommittee->name),
                    committee::committeeOrder(*m_r.ethicsCommittee, m_r.office, m_r.committeeSigner));
        }
        if (!m_r.plan)
            return miss(QStringLiteral("ยังไม่มีแผนปฏิบัติการของ%1 (งานคุณธรรม → แผนปฏิบัติการ)").arg(yearText(m_r.year)));
        documents::ListDocument doc;
        doc.title = QStringLiteral("การขับเคลื่อนจริยธรรม: กิจกรรมส่งเสริมคุณธรรม จริยธรรม ตามแผนปฏิบัติการ %1").arg(yearText(m_r.year));
        doc.subtitles << m_r.office.fullName();
        doc.columns = {{QStringLiteral("ที่"), 16, documents::Align::Center}, {QStringLiteral("กิจกรรม"), 0},
                       {QStringLiteral("ด้าน"), 58}, {QStringLiteral("ระยะเวลา"), 34},
                       {QStringLiteral("ผู้รับผิดชอบ"), 36}, {QStringLiteral("ผลการดำเนินการ"), 40}};
        int reported = 0;
        for (int round : plan::rounds())
            if (m_r.plan->round(round).locked())
                reported = round;
        for (const plan::Activity& a : m_r.plan->activities) {
            if (a.area.isEmpty())
                continue;
            const QString status = reported == 0
                ? QStringLiteral("ยังไม่ได้รายงานผล")
                : QStringLiteral("%1 (รอบ %2 เดือน)")
                      .arg(text::labelIn(plan::statuses(), m_r.plan->progressAt(a.id, reported).status).value_or(QString()))
                      .arg(reported);
            doc.rows << QStringList{a.code(), a.title, text::labelIn(plan::areas(), a.area).value_or(a.area),
                                    plan::monthsText(a.months, m_r.year), a.division.isEmpty() ? a.person : a.division,
                                    status};
        }
        if (doc.rows.isEmpty())
            return miss(QStringLiteral("แผนปฏิบัติการของ%1 ยังไม่มีกิจกรรมด้านคุณธรรม จริยธรรม").arg(yearText(m_r.year)));
        doc.signatures = {QStringLiteral("ผู้รายงาน"), QStringLiteral("หัวหน้าหน่วยงาน")};
        doc.sheetName = QStringLiteral("ethics");
        list("ethics-driving", {}, QStringLiteral("กิจกรรมขับเคลื่อนจริยธรรม"), wholeYearCovers(m_r.year), doc, false);
    }

    void culture()
    {
        if (m_r.culture.isEmpty())
            return miss(QStringLiteral("ยังไม่มีกิจกรรมสร้างวัฒนธรรม No Gift Policy ของ%1").arg(yearText(m_r.year)));
        list("no-gift-culture", {}, QStringLiteral("การสร้างวัฒนธรรม No Gift Policy"), wholeYearCovers(m_r.year),
             announcements::noGiftCultureReport(m_r.year, m_r.culture, m_r.cultureEvidence, m_r.office), false);
    }

    /** รายงานองค์กรคุณธรรม and its target virtues (งานคุณธรรม → องค์กรคุณธรรม). */
    void moralOrganisation()
    {
        const moral::SelfAssessment& a = m_r.moral;
        if (!a.updatedAt)
            return miss(QStringLiteral("รายงานองค์กรคุณธรรมของ%1 ยังไม่ได้จัดทำ (งานคุณธรรม → องค์กรคุณธรรม)").arg(yearText(m_r.year)));
        if (a.level == 0)
            miss(QStringLiteral("รายงานองค์กรคุณธรรม ยังไม่ได้ระบุระดับขององค์กรคุณธรรม"));
        if (const QList<int> open = a.unanswered(); !open.isEmpty()) {
            QStringList numbers;
            for (int n : open)
                numbers << QString::number(n);
            miss(QStringLiteral("รายงานองค์กรคุณธรรม เกณฑ์ข้อ %1 ยังไม่ได้ประเมิน").arg(numbers.join(QStringLiteral(", "))));
        }
        pdf(name("moral-organisation-report", {}, "pdf"), QStringLiteral("รายงานองค์กรคุณธรรม"), wholeYearCovers(m_r.year),
            QPageLayout::Portrait, QStringLiteral("รายงานองค์กรคุณธรรม %1").arg(m_r.year),
            moral::moralReport(a, m_r.moralHeld, m_r.moralFiles, m_r.moralDue, m_r.office));
        if (m_r.virtues.isEmpty())
            return miss(QStringLiteral("ยังไม่ได้กำหนดคุณธรรมเป้าหมาย (ปัญหาที่อยากแก้ ความดีที่อยากทำ) ของ%1").arg(yearText(m_r.year)));
        list("virtue-targets", {}, QStringLiteral("รายงานปัญหาที่อยากแก้ ความดีที่อยากทำ"), wholeYearCovers(m_r.year),
             moral::virtuesPaper(m_r.year, m_r.virtues, m_r.office), false);
    }

    void giftReport()
    {
        int waiting = 0;
        for (const gifts::RegisteredGift& g : m_r.gifts)
            if (g.judgement.verdict == gifts::Verdict::MustReport && !g.decision.done())
                ++waiting;
        if (waiting > 0)
            miss(QStringLiteral("ของขวัญที่ต้องรายงาน %1 รายการ ยังรอผู้บังคับบัญชาวินิจฉัย").arg(waiting));
        list("gift-report", {}, QStringLiteral("รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด"), wholeYearCovers(m_r.year),
             documents::noGiftReportList(m_r.gifts, m_r.year, m_r.office), true);
    }

    void riskAssessment()
    {
        if (!m_r.risks)
            return miss(QStringLiteral("ยังไม่มีทะเบียนความเสี่ยงการทุจริตของ%1 (งานคุณธรรม → ความเสี่ยงการทุจริต)").arg(yearText(m_r.year)));
        if (m_r.risks->risks.isEmpty())
            return miss(QStringLiteral("ทะเบียนความเสี่ยงของ%1 ยังไม่มีความเสี่ยง").arg(yearText(m_r.year)));
        QStringList unrated;
        for (const risks::Risk& x : m_r.risks->risks)
            if (!x.assessed())
                unrated << QStringLiteral("R%1").arg(x.number);
        if (!unrated.isEmpty())
            return miss(QStringLiteral("ความเสี่ยง %1 ยังไม่ได้ประเมินโอกาสและผลกระทบ").arg(unrated.join(QStringLiteral(", "))));
        pdf(name("corruption-risk-assessment", {}, "pdf"), QStringLiteral("ผลการประเมินความเสี่ยงการทุจริต"),
            wholeYearCovers(m_r.year), QPageLayout::Landscape,
            QStringLiteral("รายงานผลการประเมินความเสี่ยงการทุจริต %1").arg(m_r.year),
            [paint = risks::assessmentReport(*m_r.risks, m_r.bands, m_r.figures, m_r.office),
             digits = m_r.office.documentDigits()](documents::PageWriter& page, QString* error) {
                page.digits = digits;
                return paint(page, error);
            });
        const documents::ListDocument reg = risks::registerList(*m_r.risks, m_r.bands, m_r.figures, m_r.office);
        add(name("corruption-risk-register", {}, "xlsx"), QStringLiteral("ทะเบียนความเสี่ยง (Excel)"),
            wholeYearCovers(m_r.year), [reg](const QString& path, QString* error) { return reports::writeListXlsx(reg, path, error); });
    }

    /** A round is missing when it is the first or its due day has passed, and it is not locked (reported). */
    bool roundMissing(bool locked, int round, QDate due, int first) const
    {
        return !locked && (round == first || (due.isValid() && m_r.today > due));
    }

    void riskRounds()
    {
        if (!m_r.risks)
            return miss(QStringLiteral("ยังไม่มีทะเบียนความเสี่ยงการทุจริตของ%1").arg(yearText(m_r.year)));
        for (int round : risks::rounds()) {
            const risks::RoundInfo info = m_r.risks->round(round);
            if (roundMissing(info.locked(), round, info.due, risks::rounds().first()))
                miss(QStringLiteral("รอบ %1 เดือนของการติดตามมาตรการจัดการความเสี่ยง ยังไม่ได้รายงาน (ยังไม่ปิดรอบ)").arg(round));
            if (!info.locked())
                continue;
            list("risk-measures", QStringLiteral("-%1-months").arg(round),
                 QStringLiteral("ผลการดำเนินการตามมาตรการจัดการความเสี่ยง รอบ %1 เดือน").arg(round), roundCovers(m_r.year, round),
                 risks::roundReport(*m_r.risks, round, m_r.bands, m_r.office), false);
        }
    }

    void planList()
    {
        if (!m_r.plan || m_r.plan->activities.isEmpty())
            return miss(QStringLiteral("ยังไม่มีแผนปฏิบัติการป้องกันการทุจริตของ%1 (งานคุณธรรม → แผนปฏิบัติการ)").arg(yearText(m_r.year)));
        list("anti-corruption-plan", {}, QStringLiteral("แผนปฏิบัติการป้องกันการทุจริต"), wholeYearCovers(m_r.year),
             plan::itaPlanList(*m_r.plan, m_r.office), true);
    }

    void planRounds(const QList<int>& rounds)
    {
        if (!m_r.plan)
            return miss(QStringLiteral("ยังไม่มีแผนปฏิบัติการป้องกันการทุจริตของ%1").arg(yearText(m_r.year)));
        for (int round : rounds) {
            const plan::RoundInfo info = m_r.plan->round(round);
            if (roundMissing(info.locked(), round, info.due, rounds.first()))
                miss(QStringLiteral("รอบ %1 เดือนของแผนปฏิบัติการ ยังไม่ได้รายงาน (ยังไม่ปิดรอบ)").arg(round));
            const qsizetype at = plan::rounds().indexOf(round);
            if (!info.locked() || at < 0 || at >= m_r.standings.size())
                continue;
            list("anti-corruption-plan-results", QStringLiteral("-%1-months").arg(round),
                 QStringLiteral("รายงานผลตามแผนปฏิบัติการ รอบ %1 เดือน").arg(round), roundCovers(m_r.year, round),
                 plan::roundReport(*m_r.plan, m_r.standings.at(at), m_r.office), true);
        }
    }

    const Records& m_r;
    ItemState& m_state;
    QList<Output>& m_out;
    QString m_head;
};

/** Every item's state and the outputs that answer it. */
std::optional<std::pair<Pack, QList<QList<Output>>>> planPack(storage::Database& db, int year, QDate today, QString* error)
{
    ItemStore store(db);
    const auto list = store.items(year);
    if (!list) {
        failed(error, store.errorString());
        return std::nullopt;
    }
    const auto records = read(db, year, today, error);
    if (!records)
        return std::nullopt;
    Pack pack;
    pack.fiscalYear = year;
    pack.basisYear = list->basisYear;
    pack.listStored = list->stored;
    pack.made = today;
    QList<QList<Output>> outputs;
    for (const Item& item : list->items) {
        ItemState state;
        state.item = item;
        QList<Output> out;
        ItemBuilder builder(*records, state, out);
        for (const QString& kind : item.answers)
            builder.answer(kind);
        if (item.answers.isEmpty()) {
            state.state = QStringLiteral("not_kept");
            state.byHand.prepend(item.shows.isEmpty() ? item.title : item.shows);
        } else {
            state.state = state.missing.isEmpty() ? QStringLiteral("ready") : QStringLiteral("incomplete");
        }
        for (const Output& o : out)
            state.files << o.file;
        pack.items << state;
        outputs << out;
    }
    return std::make_pair(pack, outputs);
}
} // namespace

const QList<text::Code>& itemStates()
{
    static const QList<text::Code> list = {
        {QStringLiteral("ready"), QStringLiteral("พร้อมเผยแพร่"), QStringLiteral("ready")},
        {QStringLiteral("incomplete"), QStringLiteral("ยังไม่ครบ"), QStringLiteral("incomplete")},
        {QStringLiteral("not_kept"), QStringLiteral("หน่วยงานจัดทำเอง"), QStringLiteral("not kept in Sujarit")},
    };
    return list;
}

std::optional<Pack> assessPack(storage::Database& db, int fiscalYear, QDate today, QString* error)
{
    auto planned = planPack(db, fiscalYear, today, error);
    if (!planned)
        return std::nullopt;
    return planned->first;
}

std::optional<Pack> writePack(storage::Database& db, int fiscalYear, QDate today, const QString& dir, QString* error)
{
    auto planned = planPack(db, fiscalYear, today, error);
    if (!planned)
        return std::nullopt;
    const auto& [pack, outputs] = *planned;
    storage::FolderReplacement folder(
        dir, QLatin1String(Marker), QStringLiteral("ITA %1").arg(fiscalYear),
        PackText::tr("the folder %2 holds the %3 pack; write the pack of %1 into a folder of its own").arg(fiscalYear));
    if (!folder.begin(error))
        return std::nullopt;
    const QDir staging(folder.staging());
    QStringList names;
    for (qsizetype i = 0; i < outputs.size(); ++i)
        for (const Output& o : outputs[i]) {
            QString why;
            if (!o.write(staging.filePath(o.file.name), &why)) {
                failed(error, PackText::tr("%1 (%2) was not written: %3; the folder %4 is as it was")
                                  .arg(o.file.name, pack.items[i].item.code, why, dir));
                return std::nullopt;
            }
            names << o.file.name;
        }
    const office::OfficeProfile office = office::OfficeProfile::load(db);
    if (!writeIndex(pack, office, staging.path(), error))
        return std::nullopt;
    names << QLatin1String(IndexHtml) << QLatin1String(IndexPdf);
    if (!folder.commit(names, error))
        return std::nullopt;
    return pack;
}

} // namespace sujarit::ita
