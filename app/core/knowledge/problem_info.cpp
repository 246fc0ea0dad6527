// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "knowledge/problem_info.h"

namespace zd {

namespace {
QString pickVariant(const QMap<QString, QString>& variants, const QStringList& preferred) {
    // An empty map (no command at all) picks nothing.
    for (const QString& key : preferred) {
        const auto found = variants.constFind(key);
        if (found != variants.constEnd()) {
            return *found;
        }
    }
    return variants.value(QStringLiteral("default"));
}
}  // namespace

QString RemedyInfo::commandTemplate(const QStringList& preferred) const {
    return pickVariant(commands, preferred);
}

QString RemedyInfo::undoTemplate(const QStringList& preferred) const {
    return pickVariant(undo, preferred);
}

QString RemedyInfo::guidanceTemplate(const QStringList& preferred) const {
    return pickVariant(guidance, preferred);
}

const RemedyInfo* ProblemInfo::remedy(const QString& remedyId) const {
    for (const RemedyInfo& candidate : remedies) {
        if (candidate.id == remedyId) {
            return &candidate;
        }
    }
    return nullptr;
}

QStringList ProblemInfo::referenceUrls() const {
    QStringList urls;
    for (const ReferenceInfo& reference : references) {
        urls << reference.url;
    }
    return urls;
}

const KernelSupportInfo* ProblemInfo::kernelSupportFor(const Version& zfs) const {
    for (const KernelSupportInfo& row : kernelSupport) {
        if (row.zfs == zfs) {
            return &row;
        }
    }
    return nullptr;
}

const QStringList& knownRemedyIds() {
    static const QStringList ids{
        QStringLiteral("sysext-dropin"),
        QStringLiteral("dataset-direct-standard"),
        QStringLiteral("dataset-direct-disabled"),
        QStringLiteral("loop-dio-off"),
        QStringLiteral("zfs-dio-disable"),
        QStringLiteral("dmu-offset-next-sync-off"),
        QStringLiteral("kernel-pin"),
        QStringLiteral("rebuild-zfs-module"),
        QStringLiteral("upgrade-zfs"),
        QStringLiteral("use-zvol"),
    };
    return ids;
}

QString probeSafetyName(ProbeInfo::Safety safety) {
    switch (safety) {
        case ProbeInfo::Safety::Safe:
            return QStringLiteral("safe");
        case ProbeInfo::Safety::Gated:
            return QStringLiteral("gated");
        case ProbeInfo::Safety::Never:
            return QStringLiteral("never");
    }
    return {};
}

std::optional<ProbeInfo::Safety> probeSafetyFromName(const QString& name) {
    for (auto safety :
         {ProbeInfo::Safety::Safe, ProbeInfo::Safety::Gated, ProbeInfo::Safety::Never}) {
        if (probeSafetyName(safety) == name) {
            return safety;
        }
    }
    return std::nullopt;
}

std::optional<Severity> severityFromName(const QString& name) {
    for (auto severity : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        if (severityName(severity) == name) {
            return severity;
        }
    }
    return std::nullopt;
}

QString remedyVariantForDistro(DistroFamily family) {
    switch (family) {
        case DistroFamily::Fedora:
            return QStringLiteral("fedora");
        case DistroFamily::Debian:
            return QStringLiteral("debian");
        case DistroFamily::Ubuntu:
            return QStringLiteral("ubuntu");
        case DistroFamily::TrueNasScale:
            return QStringLiteral("truenas");
        case DistroFamily::Proxmox:
            return QStringLiteral("proxmox");
        case DistroFamily::Unknown:
        case DistroFamily::Other:
            break;
    }
    return QStringLiteral("other");
}

}  // namespace zd
