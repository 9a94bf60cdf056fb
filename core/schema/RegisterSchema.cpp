// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterSchema.h"

#include "EthicsCommittee.h"
#include "FileHistory.h"
#include "HolidayMigration.h"
#include "IdentitySealing.h"
#include "IntegrityYear.h"
#include "MoralOrganisation.h"
#include "RegisterTables.h"

namespace sujarit::schema {

namespace {
/** The tables the steps after schema 7 add, each also created by its step with createTable(). */
const QList<Table>& laterTables()
{
    static const QList<Table> tables = identityTables() + integrityYearTables() + ethicsCommitteeTables()
        + moralOrganisationTables();
    return tables;
}
} // namespace

storage::Schema registerSchema()
{
    storage::Schema schema;
    schema.fresh = {7, newRegister};
    schema.fileHistory = fileHistory();
    schema.steps = {{8, completeHolidayTable}, {9, sealIdentities}, {10, addIntegrityYear}, {11, addEthicsCommittee},
                    {12, addMoralOrganisation}};
    for (const Table& t : registerTables() + laterTables()) {
        schema.tables << t.name;
        if (!t.audited)
            schema.unaudited << t.name;
    }
    return schema;
}

void install() { storage::installSchema(registerSchema()); }

} // namespace sujarit::schema
