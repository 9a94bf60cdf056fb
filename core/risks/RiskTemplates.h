// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace sujarit::risks {

/** One of seed 002's risks: the risk event in the seed's words, and its type. */
struct TemplateRisk
{
    QString event;
    QString type;
};
/** Seed 002's six risks ("การวิเคราะห์ความเสี่ยง"). */
const QList<TemplateRisk>& seed002Risks();
/** Seed 002's seven preventive measures, written for \a officeName (the seed's office replaced by it). */
QStringList seed002Measures(const QString& officeName);

} // namespace sujarit::risks
