// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/probe_result.h"

namespace zd {

QJsonObject ProbeResult::toJson() const {
    QJsonObject object{{QStringLiteral("probe"), probe},
                       {QStringLiteral("dataset"), dataset},
                       {QStringLiteral("ran"), ran}};
    if (ran) {
        object.insert(QStringLiteral("errno"), errorNumber);
        object.insert(QStringLiteral("errorName"), errorName);
        object.insert(QStringLiteral("bytes"), bytes);
    } else {
        object.insert(QStringLiteral("refusedReason"), refusedReason);
    }
    if (!detail.isEmpty()) {
        object.insert(QStringLiteral("detail"), detail);
    }
    return object;
}

std::optional<ProbeResult> ProbeResult::fromJson(const QJsonObject& object, QString* error) {
    auto fail = [&](const QString& why) -> std::optional<ProbeResult> {
        if (error) {
            *error = QStringLiteral("probe result: %1").arg(why);
        }
        return std::nullopt;
    };
    ProbeResult result;
    const QJsonValue probe = object.value(QStringLiteral("probe"));
    if (!probe.isString() || probe.toString().isEmpty()) {
        return fail(QStringLiteral("\"probe\" must be a non-empty string"));
    }
    result.probe = probe.toString();
    const QJsonValue dataset = object.value(QStringLiteral("dataset"));
    if (!dataset.isString()) {
        return fail(QStringLiteral("\"dataset\" must be a string"));
    }
    result.dataset = dataset.toString();
    const QJsonValue ran = object.value(QStringLiteral("ran"));
    if (!ran.isBool()) {
        return fail(QStringLiteral("\"ran\" must be true or false"));
    }
    result.ran = ran.toBool();
    if (result.ran) {
        const QJsonValue errorNumber = object.value(QStringLiteral("errno"));
        const QJsonValue bytes = object.value(QStringLiteral("bytes"));
        if (!errorNumber.isDouble() || errorNumber.toDouble() < 0 ||
            errorNumber.toDouble() != errorNumber.toInt()) {
            return fail(QStringLiteral("\"errno\" must be a non-negative integer"));
        }
        if (!bytes.isDouble() || bytes.toDouble() < 0) {
            return fail(QStringLiteral("\"bytes\" must be a non-negative number"));
        }
        result.errorNumber = errorNumber.toInt();
        result.bytes = static_cast<qint64>(bytes.toDouble());
        result.errorName = object.value(QStringLiteral("errorName")).toString();
        if (result.errorNumber != 0 && result.errorName.isEmpty()) {
            return fail(
                QStringLiteral("\"errorName\" is missing for errno %1").arg(result.errorNumber));
        }
    } else {
        result.refusedReason = object.value(QStringLiteral("refusedReason")).toString();
        if (result.refusedReason.isEmpty()) {
            return fail(QStringLiteral("a probe that did not run needs \"refusedReason\""));
        }
    }
    result.detail = object.value(QStringLiteral("detail")).toString();
    return result;
}

}  // namespace zd
