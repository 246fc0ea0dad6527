// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper_records.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace zd::gui {
namespace {

QStringList stringList(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

QString valueText(const QJsonValue& value) {
    if (value.isString()) {
        return value.toString();
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    if (value.isNull() || value.isUndefined()) {
        return QStringLiteral("—");
    }
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

}  // namespace

FixPreview FixPreview::fromJson(const QJsonObject& object) {
    FixPreview preview;
    preview.fix = object.value(QLatin1String("fix")).toString();
    preview.target = object.value(QLatin1String("target")).toString();
    preview.current = object.value(QLatin1String("current")).toObject();
    preview.next = object.value(QLatin1String("new")).toObject();
    preview.commands = stringList(object.value(QLatin1String("commands")));
    preview.warnings = stringList(object.value(QLatin1String("warnings")));
    preview.noop = object.value(QLatin1String("noop")).toBool();
    return preview;
}

ChangeSummary ChangeSummary::fromJson(const QJsonObject& object) {
    ChangeSummary change;
    change.id = object.value(QLatin1String("id")).toString();
    change.time = object.value(QLatin1String("time")).toString();
    change.verb = object.value(QLatin1String("verb")).toString();
    change.target = object.value(QLatin1String("target")).toString();
    change.status = object.value(QLatin1String("status")).toString();
    change.message = object.value(QLatin1String("message")).toString();
    change.warnings = stringList(object.value(QLatin1String("warnings")));
    for (const QJsonValue& step : object.value(QLatin1String("steps")).toArray()) {
        const QString command = step.toObject().value(QLatin1String("command")).toString();
        if (!command.isEmpty()) {
            change.commands.append(command);
        }
    }
    return change;
}

QList<ChangeSummary> changesFromJson(const QJsonObject& object) {
    QList<ChangeSummary> changes;
    for (const QJsonValue& value : object.value(QLatin1String("changes")).toArray()) {
        changes.append(ChangeSummary::fromJson(value.toObject()));
    }
    return changes;
}

QString describeState(const QJsonObject& state) {
    QStringList lines;
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        lines.append(QStringLiteral("%1: %2").arg(it.key(), valueText(it.value())));
    }
    return lines.join(QLatin1Char('\n'));
}

QString changeStatusText(const QString& status) {
    struct Entry {
        const char* key;
        const char* text;
    };
    static const Entry entries[] = {
        {"planned", QT_TRANSLATE_NOOP("zd::gui::Change", "planned")},
        {"applying", QT_TRANSLATE_NOOP("zd::gui::Change", "applying")},
        {"applied", QT_TRANSLATE_NOOP("zd::gui::Change", "applied")},
        {"verified", QT_TRANSLATE_NOOP("zd::gui::Change", "applied and verified")},
        {"failed", QT_TRANSLATE_NOOP("zd::gui::Change", "failed")},
        {"undoing", QT_TRANSLATE_NOOP("zd::gui::Change", "undoing")},
        {"undone", QT_TRANSLATE_NOOP("zd::gui::Change", "undone")},
        {"undo-failed", QT_TRANSLATE_NOOP("zd::gui::Change", "undo failed")},
    };
    for (const Entry& entry : entries) {
        if (status == QLatin1String(entry.key)) {
            return QCoreApplication::translate("zd::gui::Change", entry.text);
        }
    }
    return status;
}

}  // namespace zd::gui
