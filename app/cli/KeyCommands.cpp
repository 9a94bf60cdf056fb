// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit-cli keys: who holds the register's identity key, the recovery sheet, and recovery from it
// (users/IdentityCustody.h, users/RecoverySheet.h).
#include "CliArguments.h"
#include "CliContext.h"
#include "TextTable.h"

#include "storage/Database.h"
#include "storage/SafeFile.h"
#include "users/IdentityCustody.h"
#include "users/RecoverySheet.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sujarit::cli {

namespace {
struct KeyText {
    Q_DECLARE_TR_FUNCTIONS(KeyText)
};

constexpr qint64 MaxSheetBytes = 64 * 1024;

const char* Usage_ = QT_TRANSLATE_NOOP("KeyText", "usage: keys status | keys recover --recovery-file FILE --for NAME |"
                                                  " keys new-recovery [--recovery-out FILE]");

QString yes(bool b) { return b ? KeyText::tr("yes") : KeyText::tr("no"); }

int status(CliContext& ctx, storage::Database& db)
{
    QString error;
    const auto s = users::custody::status(db, &error);
    if (!s)
        return ctx.fail(error);
    TextTable table({KeyText::tr("user"), KeyText::tr("name"), KeyText::tr("custodian"), KeyText::tr("holds the key"),
                     KeyText::tr("state")});
    for (const users::custody::Holder& h : s->users) {
        QString state;
        if (h.holds)
            state = h.custodian ? KeyText::tr("holds it") : KeyText::tr("holds it until an integrity officer does");
        else if (h.shouldHold && !h.hasKeys)
            state = KeyText::tr("waiting: gets it after the user's next sign-in and a holder's");
        else if (h.shouldHold)
            state = KeyText::tr("waiting: gets it at the next sign-in of a holder");
        table.addRow({h.user, h.fullName, yes(h.custodian), yes(h.holds), state});
    }
    ctx.out << table.toString();
    ctx.out << KeyText::tr("The identity key was made %1; its recovery sheet %2.")
                   .arg(s->keyMade.toString(Qt::ISODate), s->recoveryMade.toString(Qt::ISODate))
            << Qt::endl;
    if (!s->anyHolds)
        ctx.out << KeyText::tr("Nobody holds the identity key: no complainant's identity can be read until it is "
                               "given to an integrity officer with the recovery sheet (sujarit-cli keys recover). "
                               "Without the sheet the identities cannot be read again.")
                << Qt::endl;
    return Ok;
}
} // namespace

int writeRecoverySheet(CliContext& ctx, storage::Database& db, const QString& outPath, const QByteArray& key)
{
    const QString sheet = users::recoverySheet(db.path(), key, QDateTime::currentDateTime());
    if (outPath.isEmpty()) {
        ctx.out << Qt::endl << sheet << Qt::endl;
        return Ok;
    }
    QString error;
    if (!storage::writeFileAtomically(outPath, sheet.toUtf8(), QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                                      &error))
        return ctx.fail(KeyText::tr("the recovery sheet could not be written to %1: %2. Make a new one with "
                                    "sujarit-cli keys new-recovery")
                            .arg(outPath, error));
    ctx.out << KeyText::tr("The recovery sheet is in %1 (readable by you only): print it, keep it sealed in the "
                           "office's safe, and delete the file.")
                   .arg(QFileInfo(outPath).absoluteFilePath())
            << Qt::endl;
    return Ok;
}

int runKeys(CliContext& ctx, const QStringList& args)
{
    QString error;
    const auto a = CliArguments::parse(
        args, {QStringLiteral("recovery-file"), QStringLiteral("for"), QStringLiteral("recovery-out")}, {}, &error);
    if (!a)
        return ctx.fail(error, Usage);
    const QString verb = a->positional().value(0);
    if (a->positional().size() != 1
        || !QStringList{QStringLiteral("status"), QStringLiteral("recover"), QStringLiteral("new-recovery")}.contains(verb))
        return ctx.fail(KeyText::tr(Usage_), Usage);
    storage::Database* db = ctx.openDatabase();
    if (!db)
        return Failed;
    if (verb == QLatin1String("status"))
        return status(ctx, *db);
    if (verb == QLatin1String("new-recovery")) {
        const auto key = users::custody::renewRecoveryKey(*db, &error);
        if (!key)
            return ctx.fail(error);
        return writeRecoverySheet(ctx, *db, a->value(QStringLiteral("recovery-out")), *key);
    }
    if (!a->has(QStringLiteral("recovery-file")) || !a->has(QStringLiteral("for")))
        return ctx.fail(KeyText::tr(Usage_), Usage);
    const auto bytes = ctx.readInput(a->value(QStringLiteral("recovery-file")), MaxSheetBytes);
    if (!bytes)
        return Failed;
    const auto key = users::recoveryKeyIn(QString::fromUtf8(*bytes));
    if (!key)
        return ctx.fail(KeyText::tr("%1 holds no recovery key that reads right (56 letters and digits in groups of "
                                    "four, with its check): type it again from the sheet")
                            .arg(a->value(QStringLiteral("recovery-file"))));
    if (!users::custody::recover(*db, *key, a->value(QStringLiteral("for")), &error))
        return ctx.fail(error);
    ctx.out << KeyText::tr("The identity key is given to %1: it opens at the user's next sign-in.")
                   .arg(a->value(QStringLiteral("for")))
            << Qt::endl;
    return Ok;
}

} // namespace sujarit::cli
