// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/finding.h"

#include <QJsonArray>

namespace zd {

QString statusName(FindingStatus status) {
    switch (status) {
        case FindingStatus::Affected:
            return QStringLiteral("affected");
        case FindingStatus::AtRisk:
            return QStringLiteral("at-risk");
        case FindingStatus::NotAffected:
            return QStringLiteral("not-affected");
        case FindingStatus::Unknown:
            return QStringLiteral("unknown");
    }
    return {};
}

QString confidenceName(Confidence confidence) {
    switch (confidence) {
        case Confidence::ConfirmedByProbe:
            return QStringLiteral("confirmed-by-probe");
        case Confidence::InferredFromVersions:
            return QStringLiteral("inferred-from-versions");
        case Confidence::RestsOnUnconfirmed:
            return QStringLiteral("rests-on-unconfirmed");
    }
    return {};
}

QString severityName(Severity severity) {
    switch (severity) {
        case Severity::Low:
            return QStringLiteral("low");
        case Severity::Medium:
            return QStringLiteral("medium");
        case Severity::High:
            return QStringLiteral("high");
        case Severity::Critical:
            return QStringLiteral("critical");
    }
    return {};
}

namespace {
QJsonObject evidenceToJson(const FindingEvidence& evidence) {
    QJsonObject object{{QStringLiteral("label"), evidence.label},
                       {QStringLiteral("value"), evidence.value},
                       {QStringLiteral("deciding"), evidence.deciding}};
    if (!evidence.note.isEmpty()) {
        object.insert(QStringLiteral("note"), evidence.note);
    }
    return object;
}

QJsonObject remedyToJson(const RemedyOption& remedy) {
    QJsonObject object{{QStringLiteral("id"), remedy.id},
                       {QStringLiteral("target"), remedy.target},
                       {QStringLiteral("title"), remedy.title},
                       {QStringLiteral("command"), remedy.command},
                       {QStringLiteral("risk"), remedy.risk},
                       {QStringLiteral("undo"), remedy.undo},
                       {QStringLiteral("guidance"), remedy.guidance},
                       {QStringLiteral("rank"), remedy.rank},
                       {QStringLiteral("automatic"), remedy.automatic}};
    if (!remedy.conflict.isEmpty()) {
        object.insert(QStringLiteral("conflict"), remedy.conflict);
    }
    return object;
}
}  // namespace

QJsonObject toJson(const Finding& finding) {
    QJsonArray evidence;
    for (const FindingEvidence& item : finding.evidence) {
        evidence.append(evidenceToJson(item));
    }
    QJsonArray remedies;
    for (const RemedyOption& remedy : finding.remedies) {
        remedies.append(remedyToJson(remedy));
    }
    QJsonObject object{
        {QStringLiteral("id"), finding.id},
        {QStringLiteral("number"), finding.number},
        {QStringLiteral("title"), finding.title},
        {QStringLiteral("severity"), severityName(finding.severity)},
        {QStringLiteral("status"), statusName(finding.status)},
        {QStringLiteral("confidence"), confidenceName(finding.confidence)},
        {QStringLiteral("summary"), finding.summary},
        {QStringLiteral("latent"), finding.latent},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("remedies"), remedies},
        {QStringLiteral("references"), QJsonArray::fromStringList(finding.references)}};
    if (finding.status == FindingStatus::Unknown) {
        object.insert(QStringLiteral("unknownReason"), finding.unknownReason);
    }
    if (finding.status == FindingStatus::AtRisk) {
        object.insert(QStringLiteral("nextStep"), finding.nextStep);
    }
    return object;
}

}  // namespace zd
