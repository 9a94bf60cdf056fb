// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts in Thai words: the Royal Institute's examples, and a million values read back by an independent parser.
#include "TestSupport.h"

#include "text/ThaiBahtText.h"

using namespace sujarit;

namespace {

/** Reads Thai number words back to a number, independently of the writer: a different algorithm, token by token. */
std::optional<qint64> parseThaiNumber(QString words)
{
    static const QList<std::pair<QString, int>> digits = {
        {QStringLiteral("ศูนย์"), 0}, {QStringLiteral("หนึ่ง"), 1}, {QStringLiteral("เอ็ด"), 1}, {QStringLiteral("สอง"), 2},
        {QStringLiteral("ยี่"), 2},  {QStringLiteral("สาม"), 3},  {QStringLiteral("สี่"), 4},  {QStringLiteral("ห้า"), 5},
        {QStringLiteral("หก"), 6},   {QStringLiteral("เจ็ด"), 7}, {QStringLiteral("แปด"), 8}, {QStringLiteral("เก้า"), 9}};
    static const QList<std::pair<QString, qint64>> places = {{QStringLiteral("สิบ"), 10},    {QStringLiteral("ร้อย"), 100},
                                                             {QStringLiteral("พัน"), 1000},  {QStringLiteral("หมื่น"), 10000},
                                                             {QStringLiteral("แสน"), 100000}};
    qint64 total = 0, group = 0;
    std::optional<int> pending;
    while (!words.isEmpty()) {
        bool matched = false;
        for (const auto& [word, value] : digits)
            if (words.startsWith(word)) {
                if (pending)
                    return std::nullopt; // two digits in a row
                pending = value;
                words.remove(0, word.size());
                matched = true;
                break;
            }
        if (matched)
            continue;
        for (const auto& [word, value] : places)
            if (words.startsWith(word)) {
                group += pending.value_or(1) * value; // สิบ alone is ten
                pending.reset();
                words.remove(0, word.size());
                matched = true;
                break;
            }
        if (matched)
            continue;
        if (words.startsWith(QStringLiteral("ล้าน"))) {
            total = (total + group + pending.value_or(0)) * 1000000;
            group = 0;
            pending.reset();
            words.remove(0, 4);
            continue;
        }
        return std::nullopt;
    }
    return total + group + pending.value_or(0);
}

} // namespace

TEST_CASE("Numbers in Thai words follow the Royal Institute's examples", "[text][baht]")
{
    const QList<std::pair<qint64, const char*>> examples = {
        {0, "ศูนย์"},
        {1, "หนึ่ง"},
        {10, "สิบ"},
        {11, "สิบเอ็ด"},
        {20, "ยี่สิบ"},
        {21, "ยี่สิบเอ็ด"},
        {101, "หนึ่งร้อยเอ็ด"},
        {1001, "หนึ่งพันเอ็ด"},
        {2501, "สองพันห้าร้อยเอ็ด"},
        {3500, "สามพันห้าร้อย"},
        {1000000, "หนึ่งล้าน"},
        {1000001, "หนึ่งล้านเอ็ด"},
        {11000000, "สิบเอ็ดล้าน"},
        {501741221, "ห้าร้อยเอ็ดล้านเจ็ดแสนสี่หมื่นหนึ่งพันสองร้อยยี่สิบเอ็ด"},
        {1000000000000, "หนึ่งล้านล้าน"},
        {-21, "ลบยี่สิบเอ็ด"},
    };
    for (const auto& [number, words] : examples) {
        INFO(number);
        CHECK(text::thaiNumberWords(number) == QString::fromUtf8(words));
    }
}

TEST_CASE("Amounts in baht and satang as printed on official paper", "[text][baht]")
{
    CHECK(text::thaiBahtText(0) == QStringLiteral("ศูนย์บาทถ้วน"));
    CHECK(text::thaiBahtText(350000) == QStringLiteral("สามพันห้าร้อยบาทถ้วน"));
    CHECK(text::thaiBahtText(2100) == QStringLiteral("ยี่สิบเอ็ดบาทถ้วน"));
    CHECK(text::thaiBahtText(10100) == QStringLiteral("หนึ่งร้อยเอ็ดบาทถ้วน"));
    CHECK(text::thaiBahtText(100000100) == QStringLiteral("หนึ่งล้านเอ็ดบาทถ้วน"));
    CHECK(text::thaiBahtText(50) == QStringLiteral("ห้าสิบสตางค์"));
    CHECK(text::thaiBahtText(1) == QStringLiteral("หนึ่งสตางค์"));
    CHECK(text::thaiBahtText(300001) == QStringLiteral("สามพันบาทหนึ่งสตางค์"));
    CHECK(text::thaiBahtText(2121) == QStringLiteral("ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์"));
    CHECK(text::thaiBahtText(123456789) == QStringLiteral("หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์"));
}

TEST_CASE("Every number up to two million, and large ones, reads back to itself", "[text][baht]")
{
    int wrong = 0;
    qint64 firstWrong = -1;
    const auto check = [&](qint64 n) {
        const QString words = text::thaiNumberWords(n);
        const auto back = parseThaiNumber(words);
        // เอ็ด only ever ends a number of two or more digits, or a millions count of two or more digits.
        const bool etMisused = (n == 1 && words.contains(QStringLiteral("เอ็ด")))
            || (n % 10 == 1 && n > 1 && !words.endsWith(QStringLiteral("เอ็ด")));
        if (!back || *back != n || etMisused) {
            ++wrong;
            if (firstWrong < 0)
                firstWrong = n;
        }
    };
    for (qint64 n = 0; n <= 2000000; ++n)
        check(n);
    for (qint64 n = 999999000; n <= 1000001000; ++n)
        check(n);
    for (qint64 n : {qint64(1000000000001), qint64(987654321987654321), qint64(1000001000001)})
        check(n);
    INFO("first wrong: " << firstWrong << " " << text::thaiNumberWords(std::max<qint64>(firstWrong, 0)));
    CHECK(wrong == 0);
}
