// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "PdfExport.h"
#include "conflicts/Declarations.h"

namespace sujarit::office {
struct OfficeProfile;
}

namespace sujarit::documents {

/**
 * A declaration of interest as the office files it: the form of its kind (annual, procurement committee,
 * situational, gift report) filled in — the declarant, the nil return or the form of conflict, the persons or
 * companies with the declarant's relation to each, the signature — and the supervisor's section with the five
 * decisions, the one taken ticked, its reason and date (blank to fill in by hand while not yet reviewed).
 */
bool paintDeclarationForm(PageWriter& page, const conflicts::Declaration& d, const office::OfficeProfile& office,
                          QString* error);
DocumentPainter declarationForm(const conflicts::Declaration& d, const office::OfficeProfile& office);

} // namespace sujarit::documents
