// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as the JSON that `sujarit-cli complaints add --json` reads, down to the complaint.
#include "complaints/ComplaintFields.h"
#include "complaints/ComplaintJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sujarit::complaints;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    QList<QJsonObject> objects;
    if (doc.isObject())
        objects << doc.object();
    for (const QJsonValue& v : doc.array())
        objects << v.toObject();
    for (const QJsonObject& o : objects) {
        QList<FieldError> errors;
        const auto fields = json::fieldsFromJson(o, errors);
        const Complaint c = complaintFromFields(fields, QDateTime(QDate(2026, 11, 22), QTime(12, 0)), errors);
        for (const FieldError& e : errors)
            if (e.message.isEmpty())
                __builtin_trap(); // every problem is said in words
        (void)c;
    }
    return 0;
}
