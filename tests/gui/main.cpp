// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "schema/RegisterSchema.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    sujarit::schema::install(); // the register's schema, before any database is opened
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings of the tests never touch the user's
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SujaritTests"));
    QApplication::setApplicationName(QStringLiteral("SujaritTests"));
    return Catch::Session().run(argc, argv);
}
