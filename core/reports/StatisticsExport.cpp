// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsExport.h"

#include "TableExport.h"

#include "calendar/ThaiDate.h"
#include "documents/PageWriter.h"
#include "documents/TablePainter.h"
#include "office/OfficeProfile.h"
#include "text/Csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>
#include <xlsxwriter.h>

namespace sujarit::reports {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ExportText)
};

QString titleOf(const YearStatistics& s)
{
    const QString item = s.itaItem.isEmpty() ? QString() : s.itaItem + u' ';
    // A line break where the printed title is best split; the workbook writes it as a space.
    return item
        + (s.firstHalf
               ? QStringLiteral("ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ\nรอบ 6 เดือน ปีงบประมาณ %1").arg(s.fiscalYear)
               : QStringLiteral("ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ\nประจำปีงบประมาณ %1").arg(s.fiscalYear));
}

QString share(int part, int whole)
{
    return whole == 0 ? QStringLiteral("-") : QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1);
}

QList<std::pair<QString, QString>> summaryRows(const YearStatistics& s)
{
    return {
        { QStringLiteral("เรื่องร้องเรียนที่ได้รับทั้งหมด"), QString::number(s.total) },
        { QStringLiteral("ดำเนินการแล้วเสร็จ"), QString::number(s.completed) },
        { QStringLiteral("อยู่ระหว่างดำเนินการ"), QString::number(s.inProgress) },
        { QStringLiteral("ไม่ประสงค์ออกนาม"), QString::number(s.anonymous) },
        { QStringLiteral("เรื่องค้างจากปีก่อน"), QString::number(s.carriedOver) },
        { QStringLiteral("แจ้งผู้ร้องครั้งแรกภายในกำหนด"),
          QStringLiteral("%1 จาก %2 เรื่อง (%3)")
              .arg(s.answeredInTime)
              .arg(s.answerDue)
              .arg(share(s.answeredInTime, s.answerDue)) },
        { QStringLiteral("แจ้งผลภายใน 7 วันหลังยุติเรื่อง"),
          QStringLiteral("%1 จาก %2 เรื่อง (%3)")
              .arg(s.notifiedInTime)
              .arg(s.notifyDue)
              .arg(share(s.notifiedInTime, s.notifyDue)) },
        { QStringLiteral("ค่ามัธยฐานวันทำการตั้งแต่รับเรื่องถึงยุติเรื่อง"),
          s.medianWorkingDaysToConclusion ? QString::number(*s.medianWorkingDaysToConclusion, 'g', 4)
                                          : QStringLiteral("-") },
    };
}

} // namespace

QJsonObject statisticsToJson(const YearStatistics& s)
{
    QJsonObject o {
        { QStringLiteral("fiscal_year"), s.fiscalYear },
        { QStringLiteral("first_half"), s.firstHalf },
        { QStringLiteral("from"), s.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), s.to.toString(Qt::ISODate) },
        { QStringLiteral("total"), s.total },
        { QStringLiteral("completed"), s.completed },
        { QStringLiteral("in_progress"), s.inProgress },
        { QStringLiteral("anonymous"), s.anonymous },
        { QStringLiteral("carried_over"), s.carriedOver },
        { QStringLiteral("timeliness"),
          QJsonObject {
              { QStringLiteral("first_answer_due"), s.answerDue },
              { QStringLiteral("first_answer_in_time"), s.answeredInTime },
              { QStringLiteral("result_notice_due"), s.notifyDue },
              { QStringLiteral("result_notice_in_time"), s.notifiedInTime },
              { QStringLiteral("median_working_days_to_conclusion"),
                s.medianWorkingDaysToConclusion ? QJsonValue(*s.medianWorkingDaysToConclusion) : QJsonValue() } } },
    };
    for (const Breakdown& b : s.breakdowns) {
        QJsonObject counts;
        for (const Breakdown::Row& r : b.rows)
            counts.insert(r.key.isEmpty() ? QStringLiteral("unassigned") : r.key, r.count);
        o.insert(b.name, counts);
    }
    return o;
}

QByteArray statisticsToCsv(const YearStatistics& s)
{
    QString out = text::csvLine(
        { QStringLiteral("table"), QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("count") });
    out += text::csvLine(
        { QStringLiteral("summary"), QStringLiteral("total"), QStringLiteral("ทั้งหมด"), QString::number(s.total) });
    out += text::csvLine({ QStringLiteral("summary"), QStringLiteral("completed"), QStringLiteral("ดำเนินการแล้วเสร็จ"),
                           QString::number(s.completed) });
    out += text::csvLine({ QStringLiteral("summary"), QStringLiteral("in_progress"), QStringLiteral("อยู่ระหว่างดำเนินการ"),
                           QString::number(s.inProgress) });
    out += text::csvLine({ QStringLiteral("summary"), QStringLiteral("anonymous"), QStringLiteral("ไม่ประสงค์ออกนาม"),
                           QString::number(s.anonymous) });
    out += text::csvLine({ QStringLiteral("summary"), QStringLiteral("carried_over"), QStringLiteral("เรื่องค้างจากปีก่อน"),
                           QString::number(s.carriedOver) });
    for (const Breakdown& b : s.breakdowns)
        for (const Breakdown::Row& r : b.rows)
            out += text::csvLine({ b.name, r.key, r.label, QString::number(r.count) });
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool writeStatisticsXlsx(const YearStatistics& s, const office::OfficeProfile& office, const QString& path,
                         QString* error)
{
    return writeWorkbook(
        path,
        [&](lxw_workbook* book) {
            lxw_format* bold = workbook_add_format(book);
            format_set_bold(bold);
            lxw_format* title = workbook_add_format(book);
            format_set_bold(title);
            format_set_font_size(title, 14);
            const QByteArray heading = titleOf(s).replace(u'\n', u' ').toUtf8();
            const QByteArray officeName = office.fullName().toUtf8();
            const QByteArray period = (QStringLiteral("ระหว่างวันที่ ") + s.periodText()).toUtf8();
            auto titles = [&](lxw_worksheet* sheet) {
                worksheet_write_string(sheet, 0, 0, heading.constData(), title);
                worksheet_write_string(sheet, 1, 0, officeName.constData(), nullptr);
                worksheet_write_string(sheet, 2, 0, period.constData(), nullptr);
            };

            lxw_worksheet* summary = workbook_add_worksheet(book, "สรุป");
            titles(summary);
            worksheet_set_column(summary, 0, 0, 45, nullptr);
            worksheet_set_column(summary, 1, 1, 30, nullptr);
            const QList<std::pair<QString, int>> numbers = { { QStringLiteral("เรื่องร้องเรียนที่ได้รับทั้งหมด"), s.total },
                                                             { QStringLiteral("ดำเนินการแล้วเสร็จ"), s.completed },
                                                             { QStringLiteral("อยู่ระหว่างดำเนินการ"), s.inProgress },
                                                             { QStringLiteral("ไม่ประสงค์ออกนาม"), s.anonymous },
                                                             { QStringLiteral("เรื่องค้างจากปีก่อน"), s.carriedOver } };
            int row = 4;
            for (const auto& [label, value] : numbers) {
                worksheet_write_string(summary, lxw_row_t(row), 0, label.toUtf8().constData(), nullptr);
                worksheet_write_number(summary, lxw_row_t(row++), 1, value, nullptr);
            }
            for (const auto& [label, value] : summaryRows(s).mid(numbers.size())) {
                worksheet_write_string(summary, lxw_row_t(row), 0, label.toUtf8().constData(), nullptr);
                worksheet_write_string(summary, lxw_row_t(row++), 1, value.toUtf8().constData(), nullptr);
            }

            const QHash<QString, QString> sheetNames = {
                { QStringLiteral("by_month"), QStringLiteral("รายเดือน") },
                { QStringLiteral("by_quarter"), QStringLiteral("รายไตรมาส") },
                { QStringLiteral("by_channel"), QStringLiteral("ช่องทาง") },
                { QStringLiteral("by_category"), QStringLiteral("ประเภท") },
                { QStringLiteral("by_status"), QStringLiteral("ขั้นตอน") },
                { QStringLiteral("by_not_accepted_reason"), QStringLiteral("เหตุไม่รับ") },
                { QStringLiteral("by_division"), QStringLiteral("หน่วยงาน") },
            };
            for (const Breakdown& b : s.breakdowns) {
                lxw_worksheet* sheet
                    = workbook_add_worksheet(book, sheetNames.value(b.name, b.name).toUtf8().constData());
                titles(sheet);
                worksheet_write_string(sheet, 3, 0, b.title.toUtf8().constData(), bold);
                worksheet_write_string(sheet, 4, 0, b.keyTitle.toUtf8().constData(), bold);
                worksheet_write_string(sheet, 4, 1, "จำนวน (เรื่อง)", bold);
                worksheet_set_column(sheet, 0, 0, 50, nullptr);
                worksheet_set_column(sheet, 1, 1, 15, nullptr);
                int r = 5;
                for (const Breakdown::Row& item : b.rows) {
                    worksheet_write_string(sheet, lxw_row_t(r), 0, item.label.toUtf8().constData(), nullptr);
                    worksheet_write_number(sheet, lxw_row_t(r++), 1, item.count, nullptr);
                }
                worksheet_write_string(sheet, lxw_row_t(r), 0, "รวม", bold);
                worksheet_write_number(sheet, lxw_row_t(r), 1, b.total(), bold);
            }
        },
        error);
}

bool writeStatistics(const YearStatistics& s, const office::OfficeProfile& office, const QString& format,
                     const QString& path, QString* error)
{
    if (format == QLatin1String("xlsx"))
        return writeStatisticsXlsx(s, office, path, error);
    if (format == QLatin1String("pdf"))
        return documents::writePdf(path, QPageLayout::Portrait, statisticsReport(s, office), error,
                                   titleOf(s).replace(u'\n', u' '));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        if (error)
            *error = ExportText::tr("“%1” is not a format: xlsx, pdf, csv or json").arg(format);
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = format == QLatin1String("csv")
        ? statisticsToCsv(s)
        : QJsonDocument(statisticsToJson(s)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        if (error)
            *error = ExportText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

documents::DocumentPainter statisticsReport(const YearStatistics& s, const office::OfficeProfile& office)
{
    return [s, office](documents::PageWriter& page, QString* why) {
        page.digits = office.documentDigits();
        return paintStatisticsReport(page, s, office, why);
    };
}

bool paintStatisticsReport(documents::PageWriter& page, const YearStatistics& s, const office::OfficeProfile& office,
                           QString* error)
{
    using documents::Align;
    if (office.name.isEmpty()) {
        if (error)
            *error = ExportText::tr("the office profile lacks its name (name); set it with “sujarit-cli office set”");
        return false;
    }
    constexpr qreal Body = 15;
    const qreal lh = page.lineHeight(Body) * 1.2;
    const qreal center = page.left + page.contentWidth() / 2;
    page.y = page.top;
    for (const QString& l : page.wrap(titleOf(s), page.contentWidth(), 17, 0, true)) {
        page.text(center, page.y, l, 17, true, Align::Center);
        page.y += lh;
    }
    page.text(center, page.y, office.fullName(), Body, false, Align::Center);
    page.y += lh;
    page.text(center, page.y, QStringLiteral("ระหว่างวันที่ ") + s.periodText(), Body, false, Align::Center);
    page.y += lh * 1.3;
    if (s.total == 0) {
        page.text(center, page.y, QStringLiteral("ไม่มีเรื่องร้องเรียน"), 18, true, Align::Center);
        page.y += lh * 1.5;
    }
    documents::TablePainter summary(
        page, { { QStringLiteral("รายการ"), 100 }, { QStringLiteral("ผล"), 60, Align::Center } }, 14);
    for (const auto& [label, value] : summaryRows(s))
        summary.addRow({ label, value });
    summary.layout(page.y, page.top);
    summary.paint([](int) {});
    page.y += lh;

    for (const Breakdown& b : s.breakdowns) {
        const qreal rowHeight = page.lineHeight(13) + 1.8;
        const qreal chartHeight = 6.7 * b.rows.size() + 4;
        if (!page.fits(lh + rowHeight * (b.rows.size() + 2) + chartHeight))
            page.newPage();
        page.text(page.left, page.y, b.title, Body, true);
        page.y += 2;
        documents::TablePainter t(page, { { b.keyTitle, 110 }, { QStringLiteral("จำนวน (เรื่อง)"), 50, Align::Center } },
                                  13);
        for (const Breakdown::Row& r : b.rows)
            t.addRow({ r.label, QString::number(r.count) });
        t.addRow({ QStringLiteral("รวม"), QString::number(b.total()) });
        t.layout(page.y, page.top);
        t.paint([](int) {});
        page.y += 4;
        // A bar chart in black and grey: legible when photocopied.
        int most = 1;
        for (const Breakdown::Row& r : b.rows)
            most = std::max(most, r.count);
        const qreal labelWidth = 55, barMax = page.contentWidth() - labelWidth - 15, barHeight = 5.2;
        if (!page.fits(chartHeight))
            page.newPage();
        for (const Breakdown::Row& r : b.rows) {
            QString shortLabel = r.label;
            if (page.textWidth(shortLabel, 11) > labelWidth - 2) {
                while (!shortLabel.isEmpty() && page.textWidth(shortLabel + QStringLiteral("…"), 11) > labelWidth - 2)
                    shortLabel.chop(1);
                shortLabel += QStringLiteral("…");
            }
            page.text(page.left + labelWidth - 2, page.y + barHeight - 1.2, shortLabel, 11, false, Align::Right);
            const qreal w = barMax * r.count / most;
            const QRectF bar(page.toDevice(page.left + labelWidth), page.toDevice(page.y),
                             page.toDevice(std::max<qreal>(w, 0.3)), page.toDevice(barHeight - 1));
            page.painter().fillRect(bar, QColor(0x55, 0x55, 0x55));
            page.text(page.left + labelWidth + w + 1.5, page.y + barHeight - 1.2, QString::number(r.count), 11);
            page.y += barHeight + 1.5;
        }
        page.y += lh;
    }
    return true;
}

} // namespace sujarit::reports
