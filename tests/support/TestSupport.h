// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "complaints/Complaint.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <ostream>

/** A session that may do everything (integrity officer and administrator), for tests that are not about roles. */
sujarit::access::Session officeHead();

/** A fresh register in a temporary folder, removed afterwards, with officeHead() signed in. */
struct TempRegister {
    QTemporaryDir dir;
    sujarit::storage::Database db;
    QString path;
    TempRegister();
};

/** A valid named complaint received at \a at. */
sujarit::complaints::Complaint sampleComplaint(const QDateTime& at, const QString& subject = QStringLiteral("ละเว้นการปฏิบัติหน้าที่ในการเก็บขยะ"));

QDateTime dt(const char* iso);
/** Runs \a program (pdftotext, python3 …) and returns its standard output; fails the test if it fails. */
QString runProgram(const QString& program, const QStringList& args);
QDate d(const char* iso);

std::ostream& operator<<(std::ostream& os, const QString& s);
std::ostream& operator<<(std::ostream& os, const QDate& date);
