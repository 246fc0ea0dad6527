// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "journal/journal.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

#include <unistd.h>
#include <csignal>

#include "service/validators.h"
#include "system/file_util.h"

namespace zd::helper {

namespace {

QJsonArray stepsToJson(const QList<ChangeStep>& steps) {
    QJsonArray array;
    for (const ChangeStep& step : steps) {
        array.append(step.toJson());
    }
    return array;
}

QList<ChangeStep> stepsFromJson(const QJsonArray& array) {
    QList<ChangeStep> steps;
    for (const QJsonValue& value : array) {
        steps.append(ChangeStep::fromJson(value.toObject()));
    }
    return steps;
}

}  // namespace

QJsonObject ChangeStep::toJson() const {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("command"), command},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("time"), time}};
}

ChangeStep ChangeStep::fromJson(const QJsonObject& object) {
    return {object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("command")).toString(),
            object.value(QStringLiteral("status")).toString(),
            object.value(QStringLiteral("detail")).toString(),
            object.value(QStringLiteral("time")).toString()};
}

bool ChangeRecord::anyStepStarted() const {
    for (const ChangeStep& step : steps) {
        if (step.status != QLatin1String("pending")) {
            return true;
        }
    }
    return false;
}

QJsonObject ChangeRecord::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("time"), time},
            {QStringLiteral("callerUid"), static_cast<qint64>(callerUid)},
            {QStringLiteral("verb"), verb},
            {QStringLiteral("target"), target},
            {QStringLiteral("option"), option},
            {QStringLiteral("status"), status},
            {QStringLiteral("message"), message},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after},
            {QStringLiteral("steps"), stepsToJson(steps)},
            {QStringLiteral("undoSteps"), stepsToJson(undoSteps)}};
}

std::optional<ChangeRecord> ChangeRecord::fromJson(const QJsonObject& object, QString* error) {
    ChangeRecord record;
    record.id = object.value(QStringLiteral("id")).toString();
    QString idError;
    if (!validateChangeId(record.id, &idError)) {
        if (error) {
            *error = idError;
        }
        return std::nullopt;
    }
    record.time = object.value(QStringLiteral("time")).toString();
    record.callerUid = static_cast<uint>(object.value(QStringLiteral("callerUid")).toInteger());
    record.verb = object.value(QStringLiteral("verb")).toString();
    record.target = object.value(QStringLiteral("target")).toString();
    record.option = object.value(QStringLiteral("option")).toString();
    record.status = object.value(QStringLiteral("status")).toString();
    record.message = object.value(QStringLiteral("message")).toString();
    for (const QJsonValue& warning : object.value(QStringLiteral("warnings")).toArray()) {
        record.warnings.append(warning.toString());
    }
    record.before = object.value(QStringLiteral("before")).toObject();
    record.after = object.value(QStringLiteral("after")).toObject();
    record.steps = stepsFromJson(object.value(QStringLiteral("steps")).toArray());
    record.undoSteps = stepsFromJson(object.value(QStringLiteral("undoSteps")).toArray());
    if (record.verb.isEmpty() || record.status.isEmpty()) {
        if (error) {
            *error = QStringLiteral("change %1 has no verb or status").arg(record.id);
        }
        return std::nullopt;
    }
    return record;
}

Journal::Journal(QString directory) : m_directory(std::move(directory)) {}

bool Journal::save(const ChangeRecord& record, QString* error) {
    if (!ensureDirectory(m_directory, 0700, error)) {
        return false;
    }
    const QByteArray content = QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented);
    if (!writeFileAtomically(m_directory + QLatin1Char('/') + record.id + QStringLiteral(".json"),
                             content, 0600, error)) {
        return false;
    }
    ++m_writes;
    // Test hook (ZFS_DOCTOR_HELPER_KILL_AFTER_STEP): die like a power cut
    // right after the record reached the disk.
    if (m_killAfterWrite > 0 && m_writes == m_killAfterWrite) {
        ::kill(::getpid(), SIGKILL);
    }
    return true;
}

std::optional<ChangeRecord> Journal::load(const QString& id, QString* error) const {
    if (!validateChangeId(id, error)) {
        return std::nullopt;
    }
    QString readError;
    const auto content =
        readSmallFile(m_directory + QLatin1Char('/') + id + QStringLiteral(".json"), &readError);
    if (!content) {
        if (error) {
            *error = readError.isEmpty()
                         ? QStringLiteral("There is no change %1 in the journal.").arg(id)
                         : readError;
        }
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*content, &parseError);
    if (!document.isObject()) {
        if (error) {
            *error =
                QStringLiteral("Journal entry %1 is damaged: %2").arg(id, parseError.errorString());
        }
        return std::nullopt;
    }
    return ChangeRecord::fromJson(document.object(), error);
}

QList<ChangeRecord> Journal::all(QStringList* problems) const {
    QList<ChangeRecord> records;
    const QStringList files =
        QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QString error;
        const auto record = load(file.chopped(5), &error);
        if (record) {
            records.append(*record);
        } else if (problems) {
            problems->append(QStringLiteral("%1: %2").arg(file, error));
        }
    }
    // Newest first; `time` has milliseconds, the id breaks ties.
    std::sort(records.begin(), records.end(), [](const ChangeRecord& a, const ChangeRecord& b) {
        return a.time != b.time ? a.time > b.time : a.id > b.id;
    });
    return records;
}

QString Journal::newId() {
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
           QStringLiteral("-%1").arg(QRandomGenerator::system()->generate(), 8, 16,
                                     QLatin1Char('0'));
}

QString Journal::now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

}  // namespace zd::helper
