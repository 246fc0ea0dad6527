// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper_client/helper_records.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "helper_client/helper_reply.h"

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
    preview.messageTexts = remedyTextsFromJson(object.value(QLatin1String("messageTexts")));
    preview.warningTexts = remedyTextsFromJson(object.value(QLatin1String("warningTexts")));
    return preview;
}

QString RemedyPreview::displayMessage() const {
    return displayRemedyText(message, messageTexts);
}

QStringList RemedyPreview::displayWarnings() const {
    return displayRemedyWarnings(warnings, warningTexts);
}

QString ChangeFailure::displayMessage() const {
    return HelperReply::failure(error, message).displayMessage();
}

ChangeHistory ChangeHistory::fromJson(const QJsonObject& object) {
    ChangeHistory history;
    for (const QJsonValue& value : object.value(QLatin1String("changes")).toArray()) {
        history.changes.append(ChangeRecord::fromHelperAnswer(value.toObject()));
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
