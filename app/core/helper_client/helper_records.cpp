// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper_client/helper_records.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zd {

namespace {

QString text(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

QStringList stringList(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

QList<ChangeStep> stepsOf(const QJsonValue& value) {
    QList<ChangeStep> list;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject step = item.toObject();
        list.append({text(step, "name"), text(step, "command"), text(step, "status"),
                     text(step, "detail"), text(step, "time")});
    }
    return list;
}

QString valueText(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        case QJsonValue::Double:
            return QString::number(value.toDouble());
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        case QJsonValue::Object:
            return QString::fromUtf8(
                QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
    }
    return {};
}

}  // namespace

RemedyPreview RemedyPreview::fromJson(const QJsonObject& object) {
    RemedyPreview preview;
    preview.remedy = text(object, "fix");
    preview.target = text(object, "target");
    preview.action = text(object, "action");
    preview.current = object.value(QLatin1String("current")).toObject();
    preview.next = object.value(QLatin1String("new")).toObject();
    preview.commands = stringList(object.value(QLatin1String("commands")));
    preview.warnings = stringList(object.value(QLatin1String("warnings")));
    preview.noop = object.value(QLatin1String("noop")).toBool();
    preview.message = text(object, "message");
    return preview;
}

bool ChangeRecord::succeeded() const {
    return status == QLatin1String("verified") || status == QLatin1String("undone") ||
           status == QLatin1String("no-op");
}

bool ChangeRecord::isInEffect() const {
    return status == QLatin1String("applied") || status == QLatin1String("verified");
}

bool ChangeRecord::isUndone() const {
    return status == QLatin1String("undone");
}

bool ChangeRecord::canUndo() const {
    return isInEffect() || status == QLatin1String("undo-failed");
}

QStringList ChangeRecord::commands() const {
    QStringList list;
    for (const ChangeStep& step : steps) {
        if (!step.command.isEmpty()) {
            list.append(step.command);
        }
    }
    return list;
}

ChangeRecord ChangeRecord::fromJson(const QJsonObject& object) {
    ChangeRecord record;
    record.id = text(object, "id");
    record.time = text(object, "time");
    record.callerUid = object.value(QLatin1String("callerUid")).toInteger(-1);
    record.verb = text(object, "verb");
    record.target = text(object, "target");
    record.option = text(object, "option");
    record.status = text(object, "status");
    record.message = text(object, "message");
    record.warnings = stringList(object.value(QLatin1String("warnings")));
    record.before = object.value(QLatin1String("before")).toObject();
    record.after = object.value(QLatin1String("after")).toObject();
    record.steps = stepsOf(object.value(QLatin1String("steps")));
    record.undoSteps = stepsOf(object.value(QLatin1String("undoSteps")));
    return record;
}

ChangeHistory ChangeHistory::fromJson(const QJsonObject& object) {
    ChangeHistory history;
    for (const QJsonValue& value : object.value(QLatin1String("changes")).toArray()) {
        history.changes.append(ChangeRecord::fromJson(value.toObject()));
    }
    for (const QJsonValue& value : object.value(QLatin1String("failures")).toArray()) {
        const QJsonObject failure = value.toObject();
        history.failures.append(
            {text(failure, "id"), text(failure, "error"), text(failure, "message")});
    }
    for (const QJsonValue& value : object.value(QLatin1String("problems")).toArray()) {
        history.problems.append(value.isString() ? value.toString() : valueText(value));
    }
    return history;
}

QList<std::pair<QString, QString>> stateEntries(const QJsonObject& state) {
    QList<std::pair<QString, QString>> entries;
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        entries.append({it.key(), valueText(it.value())});
    }
    return entries;
}

}  // namespace zd
