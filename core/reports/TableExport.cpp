// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableExport.h"

#include "text/Csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>
#include <xlsxwriter.h>

namespace sujarit::reports {

namespace {
struct TableExportText
{
    Q_DECLARE_TR_FUNCTIONS(TableExportText)
};

QStringList titles(const documents::ListDocument& list)
{
    QStringList out;
    for (const documents::TableColumn& c : list.columns)
        out << c.title;
    return out;
}
} // namespace

QByteArray listToCsv(const documents::ListDocument& list)
{
    QString out = text::csvLine(titles(list));
    for (const QStringList& row : list.rows)
        out += text::csvLine(row);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool writeWorkbook(const QString& path, const std::function<void(lxw_workbook*)>& fill, QString* error)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        if (error)
            *error = TableExportText::tr("cannot write %1: the folder does not exist").arg(path);
        return false;
    }
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.xlsx").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    const QByteArray tmp = QFile::encodeName(temporary);
    lxw_workbook* book = workbook_new(tmp.constData());
    if (!book) {
        if (error)
            *error = TableExportText::tr("cannot write %1").arg(path);
        return false;
    }
    fill(book);
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temporary);
        if (error)
            *error = TableExportText::tr("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        if (error)
            *error = TableExportText::tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool writeListXlsx(const documents::ListDocument& list, const QString& path, QString* error)
{
    return writeWorkbook(
        path,
        [&](lxw_workbook* book) {
            lxw_format* bold = workbook_add_format(book);
            format_set_bold(bold);
            format_set_text_wrap(bold);
            lxw_format* title = workbook_add_format(book);
            format_set_bold(title);
            format_set_font_size(title, 14);
            lxw_format* money = workbook_add_format(book);
            format_set_num_format(money, "#,##0.00");
            const QString name = list.sheetName.isEmpty() ? QStringLiteral("รายการ") : list.sheetName;
            lxw_worksheet* sheet = workbook_add_worksheet(book, name.left(31).toUtf8().constData());
            worksheet_write_string(sheet, 0, 0, list.title.toUtf8().constData(), title);
            lxw_row_t row = 1;
            for (const QString& line : list.subtitles)
                worksheet_write_string(sheet, row++, 0, line.toUtf8().constData(), nullptr);
            ++row;
            for (qsizetype c = 0; c < list.columns.size(); ++c) {
                worksheet_write_string(sheet, row, lxw_col_t(c), list.columns[c].title.toUtf8().constData(), bold);
                const double width = list.columns[c].width > 0 ? list.columns[c].width / 2.2 : 40;
                worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::max(8.0, width), nullptr);
            }
            ++row;
            if (list.rows.isEmpty())
                worksheet_write_string(sheet, row, 0, list.emptyText.toUtf8().constData(), nullptr);
            for (const QStringList& cells : list.rows) {
                for (qsizetype c = 0; c < cells.size(); ++c) {
                    bool number = false;
                    const double value = QString(cells[c]).remove(u',').toDouble(&number);
                    if (list.numericColumns.contains(int(c)) && number)
                        worksheet_write_number(sheet, row, lxw_col_t(c), value, money);
                    else
                        worksheet_write_string(sheet, row, lxw_col_t(c), cells[c].toUtf8().constData(), nullptr);
                }
                ++row;
            }
        },
        error);
}

bool writeList(const documents::ListDocument& list, const QString& format, text::Digits digits, const QString& path,
               QString* error)
{
    if (format == QLatin1String("pdf"))
        return documents::writePdf(path, list.orientation, documents::listPainter(list, digits), error, list.title);
    if (format == QLatin1String("xlsx"))
        return writeListXlsx(list, path, error);
    if (format != QLatin1String("csv")) {
        if (error)
            *error = TableExportText::tr("“%1” is not a format: pdf, xlsx or csv").arg(format);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(listToCsv(list)) < 0 || !file.commit()) {
        if (error)
            *error = TableExportText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sujarit::reports
