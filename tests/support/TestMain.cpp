// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "schema/RegisterSchema.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    sujarit::schema::install(); // the register's schema, before any database is opened
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
