// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli audit verify|case|list
#include "CliArguments.h"
#include "CliContext.h"
#include "TextTable.h"

#include "complaints/ComplaintRepository.h"
#include "storage/Audit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sujarit::cli {

namespace {
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

int printEntries(CliContext& ctx, const QList<storage::AuditEntry>& entries, bool json)
{
    if (json) {
        QJsonArray array;
        for (const storage::AuditEntry& e : entries)
            array.append(
                QJsonObject { { QStringLiteral("id"), e.id },
                              { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) },
                              { QStringLiteral("actor"), e.actor },
                              { QStringLiteral("action"), e.action },
                              { QStringLiteral("entity"), e.entity },
                              { QStringLiteral("entity_id"), e.entityId },
                              { QStringLiteral("before"), QJsonDocument::fromJson(e.before.toUtf8()).object() },
                              { QStringLiteral("after"), QJsonDocument::fromJson(e.after.toUtf8()).object() },
                              { QStringLiteral("reason"), e.reason } });
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson());
        return Ok;
    }
    TextTable table(
        { CliText::tr("No."), CliText::tr("When"), CliText::tr("Who"), CliText::tr("What"), CliText::tr("Row") });
    for (const storage::AuditEntry& e : entries)
        table.addRow({ QString::number(e.id), e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, e.action,
                       e.entity + u' ' + e.entityId });
    ctx.out << table.toString();
    return Ok;
}
} // namespace

int runAudit(CliContext& ctx, const QStringList& args)
{
    QString error;
    auto a = CliArguments::parse(args, { QStringLiteral("format"), QStringLiteral("limit"), QStringLiteral("reveal") },
                                 {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString verb = a->positional().value(0);
    const bool json = a->value(QStringLiteral("format")) == QLatin1String("json");
    const QString usage
        = CliText::tr("usage: audit verify | audit case RECEIPT_NO [--format json] [--reveal REASON] | audit list "
                      "[--limit N] [--format json] [--reveal REASON]");
    // Complainants read ไม่เปิดเผยชื่อ in the trail as everywhere; --reveal REASON shows them to an integrity officer.
    QString reveal;
    if (!a->readRevealReason(reveal, &error))
        return ctx.fail(error, Usage);
    const auto noteHidden = [&](storage::Database& db) {
        if (!reveal.isNull() && !storage::maySeeTrailIdentities(db.session()))
            ctx.err << CliText::tr("note: %1 may not see complainants; they stay hidden").arg(db.session().describe())
                    << Qt::endl;
    };
    if (verb == QLatin1String("verify") && a->positional().size() == 1) {
        storage::Database* db = ctx.openDatabase();
        if (!db)
            return Failed;
        // Not allowed to read the trail is not a trail tampered with: said as what it is.
        if (!db->require(access::Permission::ViewAudit))
            return ctx.fail(db->errorString());
        const storage::AuditVerification v = storage::verifyAudit(*db);
        if (!v.ok)
            return ctx.fail(CliText::tr("the audit trail has been tampered with: %1").arg(v.message));
        ctx.out << v.message << Qt::endl;
        return Ok;
    }
    if (verb == QLatin1String("case") && a->positional().size() == 2) {
        const auto receipt = complaints::ReceiptNumber::parse(a->positional().at(1));
        if (!receipt)
            return ctx.fail(CliText::tr("“%1” is not a receipt number, e.g. 12/2568").arg(a->positional().at(1)),
                            Usage);
        storage::Database* db = ctx.openDatabase();
        if (!db)
            return Failed;
        complaints::ComplaintRepository repo(*db);
        const auto c = repo.find(*receipt);
        if (!c)
            return ctx.fail(repo.errorString());
        const auto trail = storage::complaintTrail(*db, c->id, &error, reveal);
        if (!trail)
            return ctx.fail(error);
        noteHidden(*db);
        return printEntries(ctx, *trail, json);
    }
    if (verb == QLatin1String("list") && a->positional().size() == 1) {
        bool ok = true;
        const int limit = a->value(QStringLiteral("limit"), QStringLiteral("50")).toInt(&ok);
        if (!ok || limit < 1)
            return ctx.fail(
                CliText::tr("--limit: “%1” is not a number of entries").arg(a->value(QStringLiteral("limit"))), Usage);
        storage::Database* db = ctx.openDatabase();
        if (!db)
            return Failed;
        QString error;
        const auto entries = storage::latestEntries(*db, limit, &error, reveal);
        if (!entries)
            return ctx.fail(error);
        noteHidden(*db);
        return printEntries(ctx, *entries, json);
    }
    return ctx.fail(usage, Usage);
}

} // namespace sujarit::cli
