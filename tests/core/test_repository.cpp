// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "complaints/Attachments.h"
#include "complaints/ComplaintRepository.h"
#include "complaints/HolidayTable.h"

#include <QSqlQuery>

using namespace sujarit;
using namespace sujarit::complaints;

namespace {
ComplaintRepository::Clock fixedClock(const char* iso)
{
    const QDateTime t = dt(iso);
    return [t] { return t; };
}
} // namespace

TEST_CASE("Receipt numbers run within the BE year and are never reused", "[repository][numbering]")
{
    TempRegister r;
    ComplaintRepository repo(r.db, fixedClock("2026-01-30T12:00:00"));
    QList<Complaint> batch = {sampleComplaint(dt("2025-12-30T10:00:00")), sampleComplaint(dt("2025-12-29T10:00:00")),
                              sampleComplaint(dt("2026-01-05T10:00:00"))};
    REQUIRE(repo.add(batch));
    // Numbered in order of receipt time, not of the list.
    CHECK(batch[1].receipt.toString() == QStringLiteral("1/2568"));
    CHECK(batch[0].receipt.toString() == QStringLiteral("2/2568"));
    CHECK(batch[2].receipt.toString() == QStringLiteral("1/2569"));

    Complaint next = sampleComplaint(dt("2026-01-06T10:00:00"));
    REQUIRE(repo.add(next));
    CHECK(next.receipt.toString() == QStringLiteral("2/2569"));

    // A kept number moves the counter past it.
    Complaint kept = sampleComplaint(dt("2026-01-07T10:00:00"));
    kept.receipt = {40, 2569};
    REQUIRE(repo.add(kept));
    Complaint after = sampleComplaint(dt("2026-01-08T10:00:00"));
    REQUIRE(repo.add(after));
    CHECK(after.receipt.toString() == QStringLiteral("41/2569"));

    // A used number is refused and nothing of the batch is written.
    QList<Complaint> clash = {sampleComplaint(dt("2026-01-09T10:00:00")), sampleComplaint(dt("2026-01-09T11:00:00"))};
    clash[1].receipt = {2, 2569};
    CHECK_FALSE(repo.add(clash));
    CHECK(repo.failedIndex() == 1);
    CHECK(repo.errorString().contains(QStringLiteral("2/2569")));
    CHECK(repo.count({}) == 6);
    Complaint again = sampleComplaint(dt("2026-01-10T10:00:00"));
    REQUIRE(repo.add(again));
    CHECK(again.receipt.toString() == QStringLiteral("42/2569"));
}

TEST_CASE("Receipt numbers can run by fiscal year", "[repository][numbering]")
{
    TempRegister r;
    REQUIRE(r.db.setSetting(QStringLiteral("numbering"), QStringLiteral("fiscal")));
    ComplaintRepository repo(r.db, fixedClock("2026-01-30T12:00:00"));
    QList<Complaint> batch = {sampleComplaint(dt("2025-09-30T23:59:00")), sampleComplaint(dt("2025-10-01T00:00:00")),
                              sampleComplaint(dt("2026-01-02T09:00:00"))};
    REQUIRE(repo.add(batch));
    CHECK(batch[0].receipt.toString() == QStringLiteral("1/2568"));
    CHECK(batch[1].receipt.toString() == QStringLiteral("1/2569"));
    CHECK(batch[2].receipt.toString() == QStringLiteral("2/2569"));
}

TEST_CASE("A whole case is stored and read back", "[repository]")
{
    TempRegister r;
    ComplaintRepository repo(r.db, fixedClock("2025-02-01T12:00:00"));
    Complaint c = sampleComplaint(dt("2025-01-15T09:30:00"));
    c.complainant.age = 45;
    c.complainant.address = QStringLiteral("40 หมู่ 6 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230");
    c.complainant.phone = QStringLiteral("036-374047");
    c.requestedAction = QStringLiteral("ขอให้ตรวจสอบ");
    c.incidentTime = QStringLiteral("ประมาณเดือนธันวาคม 2567");
    c.incidentPlace = QStringLiteral("ที่ทำการ อบต.");
    c.witnesses = QStringLiteral("นายก");
    c.evidence = {{QStringLiteral("ภาพถ่าย"), 2}, {QStringLiteral("สำเนาสัญญา"), 1}};
    c.receivedBy = QStringLiteral("นางสาวสมใจ ใจดี");
    REQUIRE(repo.add(c));
    repo.setRevealReason(QStringLiteral("ตรวจสอบการบันทึก"));
    const auto back = repo.find(c.receipt);
    REQUIRE(back);
    CHECK(back->subject == c.subject);
    CHECK(back->complainant.age == 45);
    CHECK(back->evidence == c.evidence);
    CHECK(back->incidentPlace == c.incidentPlace);
    CHECK(back->receivedAt == c.receivedAt);
    CHECK(back->status == QStringLiteral("received"));
    REQUIRE(back->history.size() == 1);
    CHECK(back->history[0].by == c.receivedBy);
    CHECK(back->nextDeadline == d("2025-01-16"));
    CHECK_FALSE(repo.find({99, 2568}));
    CHECK(repo.errorString().contains(QStringLiteral("99/2568")));
}

TEST_CASE("Steps are recorded with time, person and note - illegal steps change nothing", "[repository][steps]")
{
    TempRegister r;
    ComplaintRepository repo(r.db, fixedClock("2025-03-01T12:00:00"));
    Complaint c = sampleComplaint(dt("2025-01-15T09:30:00"));
    REQUIRE(repo.add(c));

    StepRequest close{QStringLiteral("closed"), {}, {}, dt("2025-01-16T10:00:00"), QStringLiteral("นิติกร"), {}};
    CHECK_FALSE(repo.recordStep(c.receipt, close));
    CHECK(repo.errorString().contains(QStringLiteral("closed only after")));
    CHECK(repo.find(c.receipt)->history.size() == 1);

    REQUIRE(repo.recordStep(c.receipt, {QStringLiteral("registered"), {}, QStringLiteral("เสนอปลัด"), dt("2025-01-15T11:00:00"), QStringLiteral("นางสาวสมใจ"), {}}));
    CHECK_FALSE(repo.recordStep(c.receipt, {QStringLiteral("not_accepted"), {}, {}, dt("2025-01-16T10:00:00"), {}, {}}));
    REQUIRE(repo.recordStep(c.receipt, {QStringLiteral("not_accepted"), QStringLiteral("private_dispute"), {}, dt("2025-01-16T10:00:00"), QStringLiteral("ปลัด"), {}}));
    CHECK_FALSE(repo.recordStep(c.receipt, {QStringLiteral("assigned"), {}, {}, dt("2025-01-17T10:00:00"), {}, {}}));

    // A step before the last one, or in the future, is refused.
    CHECK_FALSE(repo.recordStep(c.receipt, {QStringLiteral("complainant_notified"), {}, {}, dt("2025-01-15T12:00:00"), {}, {}}));
    CHECK_FALSE(repo.recordStep(c.receipt, {QStringLiteral("complainant_notified"), {}, {}, dt("2025-04-01T12:00:00"), {}, {}}));

    const auto back = repo.find(c.receipt);
    REQUIRE(back);
    CHECK(back->status == QStringLiteral("not_accepted"));
    CHECK(back->notAcceptedReason == QStringLiteral("private_dispute"));
    REQUIRE(back->history.size() == 3);
    CHECK(back->history[1].note == QStringLiteral("เสนอปลัด"));
    CHECK(back->history[2].by == QStringLiteral("ปลัด"));
    CHECK(back->history[2].reason == QStringLiteral("private_dispute"));
    // The first answer is still owed.
    CHECK(back->nextClock == QStringLiteral("first_answer"));
    REQUIRE(repo.recordStep(c.receipt, {QStringLiteral("complainant_notified"), {}, {}, dt("2025-01-20T10:00:00"), {}, {}}));
    CHECK_FALSE(repo.find(c.receipt)->nextDeadline);
}

TEST_CASE("Overdue cases are found by their next deadline", "[repository][deadlines]")
{
    TempRegister r;
    ComplaintRepository early(r.db, fixedClock("2025-01-15T12:00:00"));
    QList<Complaint> batch = {sampleComplaint(dt("2025-01-06T09:00:00")), sampleComplaint(dt("2025-01-14T09:00:00"))};
    REQUIRE(early.add(batch));
    REQUIRE(early.recordStep(batch[0].receipt, {QStringLiteral("registered"), {}, {}, dt("2025-01-07T09:00:00"), {}, {}}));

    ComplaintFilter overdue;
    overdue.overdueOnly = true;
    // 15 Jan: case 2 was due to be registered on 15 Jan → not yet overdue; case 1 owes its first answer on 27 Jan.
    CHECK(early.count(overdue) == 0);
    ComplaintRepository later(r.db, fixedClock("2025-01-16T12:00:00"));
    auto list = later.list(overdue);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().receipt == batch[1].receipt);
    ComplaintRepository muchLater(r.db, fixedClock("2025-02-01T12:00:00"));
    CHECK(muchLater.count(overdue) == 2);
}

TEST_CASE("Adding a holiday moves the deadlines of open cases", "[repository][holidays]")
{
    TempRegister r;
    ComplaintRepository repo(r.db, fixedClock("2025-01-15T12:00:00"));
    Complaint c = sampleComplaint(dt("2025-01-13T09:00:00"));
    REQUIRE(repo.add(c));
    CHECK(repo.find(c.receipt)->nextDeadline == d("2025-01-14"));
    HolidayTable table(r.db);
    REQUIRE(table.add({d("2025-01-14"), QStringLiteral("วันหยุดพิเศษ"), calendar::HolidayKind::Special}));
    CHECK(repo.find(c.receipt)->nextDeadline == d("2025-01-15"));
    CHECK_FALSE(table.add({d("2025-01-14"), QStringLiteral("ซ้ำ"), calendar::HolidayKind::Special}));
    REQUIRE(table.remove(d("2025-01-14")));
    CHECK(repo.find(c.receipt)->nextDeadline == d("2025-01-14"));
    CHECK_FALSE(table.remove(d("2025-01-14")));
    CHECK(table.holidays(2025)->size() >= 19);
}

TEST_CASE("Thai substring search, including queries shorter than three characters", "[repository][search]")
{
    TempRegister r;
    ComplaintRepository repo(r.db, fixedClock("2025-06-01T12:00:00"));
    QList<Complaint> batch = {sampleComplaint(dt("2025-01-06T09:00:00"), QStringLiteral("ละเว้นการปฏิบัติหน้าที่ในการเก็บขยะ")),
                              sampleComplaint(dt("2025-01-07T09:00:00"), QStringLiteral("จัดซื้อวัสดุก่อสร้างราคาสูงเกินจริง")),
                              sampleComplaint(dt("2025-01-08T09:00:00"), QStringLiteral("เรียกรับเงินค่าออกใบอนุญาต"))};
    batch[1].accused.name = QStringLiteral("นางมาลี แสงทอง");
    batch[2].complainant.name = QStringLiteral("นางอรุณี สายสุด");
    batch[2].details = QStringLiteral("เจ้าหน้าที่เรียกเงิน 500 บาท");
    REQUIRE(repo.add(batch));

    auto hits = [&](const char* q) {
        ComplaintFilter f;
        f.search = QString::fromUtf8(q);
        return *repo.count(f);
    };
    CHECK(hits("ขยะ") == 1);
    CHECK(hits("ปฏิบัติ") == 1);
    CHECK(hits("ก่อสร้าง") == 1);
    CHECK(hits("แสงทอง") == 1); // accused
    CHECK(hits("อรุณี") == 1); // complainant
    CHECK(hits("500") == 1); // allegation
    CHECK(hits("ขย") == 1); // two characters
    CHECK(hits("ญา") == 1);
    CHECK(hits("เงิน ใบอนุญาต") == 1); // all words must match
    CHECK(hits("นางมาลี อรุณี") == 0);
    CHECK(hits("\"") == 0);
    CHECK(hits("%") == 0);
    CHECK(hits("ไม่มีคำนี้") == 0);
    CHECK(hits("") == 3);
}

TEST_CASE("Fiscal year and date range filters", "[repository]")
{
    TempRegister r;
    ComplaintRepository repo(r.db, fixedClock("2025-12-01T12:00:00"));
    QList<Complaint> batch = {sampleComplaint(dt("2024-09-30T23:59:00")), sampleComplaint(dt("2024-10-01T00:00:00")),
                              sampleComplaint(dt("2025-09-30T23:59:00")), sampleComplaint(dt("2025-10-01T00:00:00"))};
    REQUIRE(repo.add(batch));
    ComplaintFilter f;
    f.fiscalYear = 2568;
    CHECK(repo.count(f) == 2);
    f.fiscalYear = 2567;
    CHECK(repo.count(f) == 1);
    ComplaintFilter range;
    range.from = d("2024-10-01");
    range.to = d("2025-09-30");
    CHECK(repo.count(range) == 2);
}

TEST_CASE("Lists sort by any column, over the whole register", "[repository][sort]")
{
    TempRegister r;
    ComplaintRepository repo(r.db, fixedClock("2025-06-01T12:00:00"));
    QList<Complaint> batch = {sampleComplaint(dt("2025-01-06T09:00:00"), QStringLiteral("ข")),
                              sampleComplaint(dt("2025-01-07T09:00:00"), QStringLiteral("ก")),
                              sampleComplaint(dt("2025-01-08T09:00:00"), QStringLiteral("ค"))};
    batch[1].channel = QStringLiteral("post");
    REQUIRE(repo.add(batch));
    auto subjects = [&](SortKey key, bool descending) {
        ComplaintFilter f;
        f.sort = key;
        f.descending = descending;
        const auto rows = repo.list(f);
        REQUIRE(rows);
        QStringList out;
        for (const auto& s : *rows)
            out << s.subject;
        return out;
    };
    CHECK(subjects(SortKey::Received, false) == QStringList{QStringLiteral("ข"), QStringLiteral("ก"), QStringLiteral("ค")});
    CHECK(subjects(SortKey::Received, true) == QStringList{QStringLiteral("ค"), QStringLiteral("ก"), QStringLiteral("ข")});
    CHECK(subjects(SortKey::Subject, false) == QStringList{QStringLiteral("ก"), QStringLiteral("ข"), QStringLiteral("ค")});
    CHECK(subjects(SortKey::Subject, true) == QStringList{QStringLiteral("ค"), QStringLiteral("ข"), QStringLiteral("ก")});
    CHECK(subjects(SortKey::Channel, false).first() == QStringLiteral("ก")); // post before walk_in
    CHECK(subjects(SortKey::Receipt, true).first() == QStringLiteral("ค"));
}

TEST_CASE("Scans are kept with their case, other files are refused", "[repository][attachments]")
{
    TempRegister r;
    ComplaintRepository repo(r.db, fixedClock("2025-06-01T12:00:00"));
    Complaint c = sampleComplaint(dt("2025-01-06T09:00:00"));
    REQUIRE(repo.add(c));
    Attachments files(r.db);
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(2000, 'x');
    const auto stored = files.add(c.id, QStringLiteral("/scans/หนังสือร้องเรียน.pdf"), pdf, QStringLiteral("นิติกร"),
                                  dt("2025-01-06T10:00:00"));
    REQUIRE(stored);
    CHECK(stored->fileName == QStringLiteral("หนังสือร้องเรียน.pdf"));
    CHECK(stored->mimeType == QStringLiteral("application/pdf"));
    REQUIRE(files.add(c.id, QStringLiteral("photo.png"), QByteArray("\x89PNG\r\n\x1A\n....", 12), {}, dt("2025-01-06T10:00:00")));
    const auto all = files.list(c.id);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(files.data(all->first().id) == pdf);

    CHECK_FALSE(files.add(c.id, QStringLiteral("notes.docx"), QByteArray("PK\x03\x04 word"), {}, dt("2025-01-06T10:00:00")));
    CHECK(files.errorString().contains(QStringLiteral("not a PDF, JPEG or PNG")));
    CHECK_FALSE(files.add(c.id, QStringLiteral("empty.pdf"), QByteArray(), {}, dt("2025-01-06T10:00:00")));
    CHECK_FALSE(files.add(999, QStringLiteral("x.pdf"), pdf, {}, dt("2025-01-06T10:00:00")));
    CHECK(files.list(c.id)->size() == 2);
}
