// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "schema/RegisterSchema.h"

#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    sujarit::schema::install(); // the register's schema, before any database is opened
    // Documents lay out text with the system's fonts: a GUI application, with no window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
