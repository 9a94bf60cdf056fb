// SPDX-License-Identifier: GPL-3.0-or-later
#include "Selection.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace sujarit::moral {

const Recusal* Selection::recusal(qint64 member, qint64 nominee) const
{
    for (const Recusal& r : recusals)
        if (r.member == member && r.nominee == nominee)
            return &r;
    return nullptr;
}

QString selectionTitle(int fiscalYear, const QString& kind)
{
    return QStringLiteral("การคัดเลือก%1 ประจำปีงบประมาณ พ.ศ. %2")
        .arg(text::labelIn(selectionKinds(), kind).value_or(kind))
        .arg(fiscalYear);
}

QString Selection::title() const { return selectionTitle(fiscalYear, kind); }

double highestTotal(const QList<SelectionCriterion>& criteria)
{
    double sum = 0;
    for (const SelectionCriterion& c : criteria)
        sum += c.weight * c.max;
    return sum;
}

QString totalText(double total) { return QString::number(total, 'f', 2); }

QList<Standing> standings(const Selection& s)
{
    QList<Standing> out;
    for (const Nominee& n : s.nominees) {
        Standing st;
        st.nominee = n;
        QHash<qint64, int> given; // member → criteria scored
        QList<double> sums(s.criteria.size(), 0);
        QList<int> counts(s.criteria.size(), 0);
        for (const Score& x : s.scores) {
            if (x.nominee != n.id || x.criterion < 1 || x.criterion > s.criteria.size() || s.recusal(x.member, n.id))
                continue;
            sums[x.criterion - 1] += x.score;
            ++counts[x.criterion - 1];
            ++given[x.member];
        }
        for (const Scorer& m : s.scorers)
            if (!s.recusal(m.staffId, n.id)) {
                ++st.scorers;
                if (given.value(m.staffId) == s.criteria.size())
                    ++st.sheets;
            }
        for (qsizetype c = 0; c < s.criteria.size(); ++c) {
            if (counts[c] == 0) {
                st.means << std::nullopt;
                continue;
            }
            const double mean = sums[c] / counts[c];
            st.means << mean;
            st.total += s.criteria[c].weight * mean;
        }
        out << st;
    }
    const auto scored = [](const Standing& x) {
        return std::any_of(x.means.begin(), x.means.end(), [](const auto& m) { return m.has_value(); });
    };
    // Totals are compared to a millionth, so that 7.5 reached by different sums is one total.
    const auto key = [](double total) { return std::llround(total * 1e6); };
    const auto same = [&](double a, double b) { return key(a) == key(b); };
    std::stable_sort(out.begin(), out.end(), [&](const Standing& a, const Standing& b) {
        if (scored(a) != scored(b))
            return scored(a);
        if (!same(a.total, b.total))
            return key(a.total) > key(b.total);
        return QString::localeAwareCompare(a.nominee.name, b.nominee.name) < 0;
    });
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!scored(out[i]))
            break;
        out[i].rank = (i > 0 && same(out[i].total, out[i - 1].total)) ? out[i - 1].rank : int(i) + 1;
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        for (qsizetype j = 0; j < out.size(); ++j)
            if (i != j && out[i].rank > 0 && out[i].rank == out[j].rank)
                out[i].tie = true;
    return out;
}

} // namespace sujarit::moral
