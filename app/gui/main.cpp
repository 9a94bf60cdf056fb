// SPDX-License-Identifier: GPL-3.0-or-later
// sujarit: the desktop app.
#include "Ask.h"
#include "ConflictForms.h"
#include "ConflictsDialog.h"
#include "IntakeDialog.h"
#include "PlanDialog.h"
#include "RiskDialog.h"
#include "AnnouncementsDialog.h"
#include "Labels.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "RecoverySheetDialog.h"
#include "SignInDialog.h"
#include "users/RecoverySheet.h"
#include "ConnectionDialog.h"
#include "StartUp.h"
#include "CommitteeDialog.h"
#include "MoralDialog.h"
#include "ItaDialog.h"
#include "StatisticsDialog.h"
#include "AuditTrailDialog.h"
#include "UsersDialog.h"

#include "users/UserStore.h"

#include "calendar/Clock.h"
#include "calendar/ThaiDate.h"
#include "storage/Database.h"
#include "schema/RegisterSchema.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QTabWidget>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <memory>

int main(int argc, char* argv[])
{
    sujarit::schema::install(); // the register's schema, before any database is opened
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sujarit"));
    QApplication::setApplicationName(QStringLiteral("Sujarit"));
    QApplication::setApplicationVersion(QStringLiteral(SUJARIT_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The register: a database file, or postgresql://USER@HOST:PORT/DATABASE."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: th or en."),
                                        QStringLiteral("LANG"), QStringLiteral("th"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                       QStringLiteral("Save a picture of the main window to FILE and quit (for the "
                                                      "documentation and for looking at the screens in tests)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption screenOption(QStringLiteral("screen"),
                                         QStringLiteral("With --screenshot: main (default), sign-in, connection, intake, settings, holidays, statistics, ita, committee, committee-meetings, moral, moral-deeds, moral-selection, plan, plan-rounds, risks, risks-rounds, announcements, announcements-culture, "
                                                        "conflicts, gift, declaration, users, lock or trail (of the first case)."),
                                         QStringLiteral("SCREEN"), QStringLiteral("main"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                       QStringLiteral("Sign in as NAME without the sign-in window (with --password-file; "
                                                      "for scripted screenshots)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption passwordOption(QStringLiteral("password-file"),
                                           QStringLiteral("The file whose first line is the password of --user."),
                                           QStringLiteral("FILE"));
    parser.addOption(userOption);
    parser.addOption(passwordOption);
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(shotOption);
    parser.addOption(screenOption);
    parser.process(app);

    const QString lang = parser.isSet(langOption) ? parser.value(langOption)
                                                  : QSettings().value(QStringLiteral("language"), QStringLiteral("th")).toString();
    sujarit::gui::setInterfaceLanguage(lang);
    QTranslator translator, qtTranslator;
    if (translator.load(QStringLiteral(":/i18n/sujarit_%1.qm").arg(lang)))
        QApplication::installTranslator(&translator);
    if (qtTranslator.load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    // A Thai font that reads well all day: Sarabun-style families first, then Laksaman from Debian.
    for (const char* family : {"TH Sarabun New", "TH SarabunPSK", "Sarabun", "Laksaman"}) {
        if (QFontDatabase::hasFamily(QString::fromLatin1(family))) {
            QFont f(QString::fromLatin1(family));
            f.setPointSizeF(std::max(13.0, QApplication::font().pointSizeF() * 1.35));
            QApplication::setFont(f);
            break;
        }
    }

    // --db, else SUJARIT_DB, else the register this PC opened last (a file or the office's server), else its own file.
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : qEnvironmentVariable("SUJARIT_DB", sujarit::gui::savedRegisterLocation());
    sujarit::storage::Database db;
    db.setActor(QStringLiteral("app:") + sujarit::storage::Database::osUserName());
    sujarit::users::UserStore users(db);
    const bool scripted = parser.isSet(userOption) || (parser.isSet(shotOption) && parser.value(screenOption) == QLatin1String("sign-in"));
    if (scripted && !db.open(path)) {
        sujarit::gui::Ask::critical(nullptr, QApplication::translate("main", "Sujarit"), db.errorString());
        return 1;
    }
    if (parser.value(screenOption) == QLatin1String("connection") && parser.isSet(shotOption)) {
        sujarit::gui::ConnectionDialog dialog(path);
        dialog.show();
        QTimer::singleShot(500, &dialog, [&] { QApplication::exit(dialog.grab().save(parser.value(shotOption)) ? 0 : 1); });
        return app.exec();
    }
    if (parser.value(screenOption) == QLatin1String("sign-in") && parser.isSet(shotOption)) {
        sujarit::gui::SignInDialog dialog(db, users.hasUsers().value_or(true)
                                                  ? sujarit::gui::SignInDialog::Mode::SignIn
                                                  : sujarit::gui::SignInDialog::Mode::CreateAdministrator);
        dialog.show();
        QTimer::singleShot(500, &dialog, [&] { QApplication::exit(dialog.grab().save(parser.value(shotOption)) ? 0 : 1); });
        return app.exec();
    }
    if (parser.isSet(userOption)) {
        QFile file(parser.value(passwordOption));
        QString password;
        if (file.open(QIODevice::ReadOnly))
            password = QString::fromUtf8(file.readLine()).trimmed();
        if (!users.signIn(parser.value(userOption), password)) {
            sujarit::gui::Ask::critical(nullptr, QApplication::translate("main", "Sujarit"), users.errorString());
            return 1;
        }
    } else if (!sujarit::gui::openAndSignIn(db, path)) { // who is at the keyboard; the first start makes the administrator
        return db.isOpen() ? 0 : 1;
    }
    // The opening that made the identity key (a new register, or an older one just sealed) shows its recovery sheet.
    if (const QByteArray key = db.newRecoveryKey(); !key.isEmpty() && (!parser.isSet(shotOption) || parser.value(screenOption) == QLatin1String("recovery"))) {
        sujarit::gui::RecoverySheetDialog sheet(sujarit::users::recoverySheet(db.path(), key, sujarit::calendar::now()),
                                                sujarit::users::recoveryQrCode(key));
        db.forgetNewRecoveryKey();
        if (parser.isSet(shotOption)) {
            sheet.show();
            QTimer::singleShot(500, &sheet, [&] { QApplication::exit(sheet.grab().save(parser.value(shotOption)) ? 0 : 1); });
            return app.exec();
        }
        sheet.exec();
    }
    sujarit::gui::MainWindow window(db);
    window.show();
    // The daily automatic backup, once a day, at the first start (not for screenshots), in the background.
    if (!parser.isSet(shotOption))
        window.startDailyBackup(sujarit::calendar::now().date());
    std::unique_ptr<QWidget> screen;
    if (parser.value(screenOption) == QLatin1String("intake"))
        screen = std::make_unique<sujarit::gui::IntakeDialog>(db, &window);
    else if (parser.value(screenOption) == QLatin1String("settings"))
        screen = std::make_unique<sujarit::gui::SettingsDialog>(db, &window);
    else if (parser.value(screenOption) == QLatin1String("holidays")) {
        auto dialog = std::make_unique<sujarit::gui::SettingsDialog>(db, &window);
        dialog->showHolidaysOf(sujarit::calendar::toBuddhistYear(sujarit::calendar::now().date().year() + 1));
        screen = std::move(dialog);
    }
    else if (parser.value(screenOption) == QLatin1String("statistics"))
        screen = std::make_unique<sujarit::gui::StatisticsDialog>(db, &window);
    else if (parser.value(screenOption).startsWith(QLatin1String("committee"))) {
        screen = std::make_unique<sujarit::gui::CommitteeDialog>(db, &window);
        if (parser.value(screenOption) == QLatin1String("committee-meetings"))
            screen->findChild<QTabWidget*>()->setCurrentIndex(2);
    }
    else if (parser.value(screenOption).startsWith(QLatin1String("moral"))) {
        auto dialog = std::make_unique<sujarit::gui::MoralDialog>(db, &window);
        if (parser.value(screenOption) == QLatin1String("moral-deeds"))
            dialog->tabs()->setCurrentIndex(2);
        if (parser.value(screenOption) == QLatin1String("moral-selection"))
            dialog->tabs()->setCurrentIndex(4);
        screen = std::move(dialog);
    }
    else if (parser.value(screenOption) == QLatin1String("ita"))
        screen = std::make_unique<sujarit::gui::ItaDialog>(db, &window);
    else if (parser.value(screenOption).startsWith(QLatin1String("plan"))) {
        screen = std::make_unique<sujarit::gui::PlanDialog>(db, &window);
        if (parser.value(screenOption) == QLatin1String("plan-rounds"))
            screen->findChild<QTabWidget*>()->setCurrentIndex(1);
    }
    else if (parser.value(screenOption).startsWith(QLatin1String("risks"))) {
        screen = std::make_unique<sujarit::gui::RiskDialog>(db, &window);
        if (parser.value(screenOption) == QLatin1String("risks-rounds"))
            screen->findChild<QTabWidget*>()->setCurrentIndex(1);
    }
    else if (parser.value(screenOption).startsWith(QLatin1String("announcements"))) {
        screen = std::make_unique<sujarit::gui::AnnouncementsDialog>(db, &window);
        if (parser.value(screenOption) == QLatin1String("announcements-culture"))
            screen->findChild<QTabWidget*>()->setCurrentIndex(1);
    }
    else if (parser.value(screenOption) == QLatin1String("conflicts"))
        screen = std::make_unique<sujarit::gui::ConflictsDialog>(db, &window);
    else if (parser.value(screenOption) == QLatin1String("gift"))
        screen = std::make_unique<sujarit::gui::GiftDialog>(db, &window);
    else if (parser.value(screenOption) == QLatin1String("declaration"))
        screen = std::make_unique<sujarit::gui::DeclarationDialog>(db, &window);
    else if (parser.value(screenOption) == QLatin1String("users"))
        screen = std::make_unique<sujarit::gui::UsersDialog>(db, &window);
    else if (parser.value(screenOption) == QLatin1String("lock"))
        screen = std::make_unique<sujarit::gui::SignInDialog>(db, sujarit::gui::SignInDialog::Mode::Unlock, &window);
    else if (parser.value(screenOption) == QLatin1String("trail"))
        screen = std::make_unique<sujarit::gui::AuditTrailDialog>(db, 1, &window);
    if (screen)
        screen->show();
    if (parser.isSet(shotOption)) {
        QWidget* shown = screen ? screen.get() : &window;
        QTimer::singleShot(500, &window, [&parser, &shotOption, shown] {
            const bool saved = shown->grab().save(parser.value(shotOption));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
