// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/Deadlines.h"
#include "documents/PdfExport.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace sujarit::office {
struct OfficeProfile;
}

namespace sujarit::ita {

/**
 * The complaint-handling manual (คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ) written from what the
 * office has set in Sujarit, in the sections and flow of seed 003 (tests/data/seeds/003-complaint-handling-manual.txt), whose two sections
 * numbered 12 become 12 and 13: reasons and aims, where the office is, words used,
 * the channels with the office's address, numbers and pages, the flowchart with each step's time, the responsible
 * unit, the steps, how each channel is checked, what is accepted and why a complaint is refused, how a complaint is
 * recorded and kept secret, answering the complainant, and reporting. Every clock is printed with the length and
 * basis the office set, so the published manual is what the register enforces. \a made is the day it was written.
 */
documents::DocumentPainter complaintManual(const office::OfficeProfile& office,
                                           const QList<complaints::DeadlineRule>& rules, QDate made);

/** The profile fields the manual needs. */
QStringList manualNeeds();

} // namespace sujarit::ita
