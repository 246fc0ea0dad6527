// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/evidence.h"

#include <QJsonArray>

namespace zd {

namespace {
struct KindName {
    Evidence::Kind kind;
    const char* name;
};
constexpr KindName kKindNames[] = {
    {Evidence::Kind::File, "file"},
    {Evidence::Kind::Directory, "directory"},
    {Evidence::Kind::Command, "command"},
};
struct FailureNameEntry {
    Evidence::Failure failure;
    const char* name;
};
constexpr FailureNameEntry kFailureNames[] = {
    {Evidence::Failure::None, "none"},
    {Evidence::Failure::NotFound, "not-found"},
    {Evidence::Failure::NotRecorded, "not-recorded"},
    {Evidence::Failure::PermissionDenied, "permission-denied"},
    {Evidence::Failure::Timeout, "timeout"},
    {Evidence::Failure::Crashed, "crashed"},
    {Evidence::Failure::Error, "error"},
};
}  // namespace

QString kindName(Evidence::Kind kind) {
    for (const auto& entry : kKindNames) {
        if (entry.kind == kind) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

QString failureName(Evidence::Failure failure) {
    for (const auto& entry : kFailureNames) {
        if (entry.failure == failure) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

QJsonObject Evidence::toJson() const {
    QJsonObject object{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("key"), key}};
    if (kind == Kind::Command) {
        object.insert(QStringLiteral("argv"), QJsonArray::fromStringList(argv));
        object.insert(QStringLiteral("exit"), exitCode);
        if (!errorOutput.isEmpty()) {
            object.insert(QStringLiteral("stderr"), errorOutput);
        }
    }
    if (failure != Failure::None) {
        object.insert(QStringLiteral("failure"), failureName(failure));
        object.insert(QStringLiteral("message"), message);
    }
    object.insert(QStringLiteral("output"), output);
    return object;
}

Evidence Evidence::fromJson(const QJsonObject& object, QString* error) {
    Evidence evidence;
    const QString kind = object.value(QStringLiteral("kind")).toString();
    bool kindKnown = false;
    for (const auto& entry : kKindNames) {
        if (kind == QLatin1String(entry.name)) {
            evidence.kind = entry.kind;
            kindKnown = true;
        }
    }
    if (!kindKnown) {
        if (error) {
            *error = QStringLiteral("evidence record has unknown kind '%1'").arg(kind);
        }
        return {};
    }
    evidence.key = object.value(QStringLiteral("key")).toString();
    if (evidence.key.isEmpty()) {
        if (error) {
            *error = QStringLiteral("evidence record without a key");
        }
        return {};
    }
    for (const auto& value : object.value(QStringLiteral("argv")).toArray()) {
        evidence.argv.append(value.toString());
    }
    if (evidence.kind == Kind::Command && evidence.argv.isEmpty()) {
        evidence.argv = evidence.key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    evidence.exitCode = object.value(QStringLiteral("exit")).toInt(0);
    evidence.output = object.value(QStringLiteral("output")).toString();
    evidence.errorOutput = object.value(QStringLiteral("stderr")).toString();
    evidence.message = object.value(QStringLiteral("message")).toString();
    const QString failure =
        object.value(QStringLiteral("failure")).toString(QStringLiteral("none"));
    bool failureKnown = false;
    for (const auto& entry : kFailureNames) {
        if (failure == QLatin1String(entry.name)) {
            evidence.failure = entry.failure;
            failureKnown = true;
        }
    }
    if (!failureKnown) {
        if (error) {
            *error =
                QStringLiteral("evidence '%1' has unknown failure '%2'").arg(evidence.key, failure);
        }
        return {};
    }
    return evidence;
}

void EvidenceLog::add(Evidence evidence) {
    m_latest.insert({int(evidence.kind), evidence.key}, m_items.size());
    m_items.append(std::move(evidence));
}

const Evidence* EvidenceLog::find(Evidence::Kind kind, const QString& key) const {
    const auto found = m_latest.constFind({int(kind), key});
    return found == m_latest.cend() ? nullptr : &m_items.at(found.value());
}

}  // namespace zd
