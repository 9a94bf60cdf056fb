// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/Complaint.h"
#include "office/OfficeProfile.h"

#include <QString>

namespace sujarit::documents {

class PageWriter;

/**
 * แบบคำร้องเรียนการทุจริตและประพฤติมิชอบ — the complaint form of seed 003's appendix, line by line in its order and
 * wording, with the office's own name. Filled from \a complaint (values on the dotted lines, a long allegation
 * running onto further lines and pages), or blank for a walk-in to fill by hand when \a complaint is null.
 * The receiving box is filled from the receipt.
 */
bool paintComplaintForm(PageWriter& page, const complaints::Complaint* complaint, const office::OfficeProfile& office,
                        QString* error);

/** The profile fields the form needs. */
QStringList complaintFormNeeds();

} // namespace sujarit::documents
