// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 4: on Linux 6.8+, OpenZFS 2.2.0-2.2.3 returns EOPNOTSUPP from
// copy_file_range whenever it cannot clone. copy_file_range is used by cp,
// Ruby, Proton, systemd-sysusers and more, so no particular trigger is needed:
// the versions alone decide. On an older kernel the same ZFS is at risk,
// because the next kernel upgrade exposes it.

#include <QSet>

#include "knowledge/detectors/detector_support.h"
#include "knowledge/detectors/detectors.h"

namespace zd::detectors {

namespace {
// Ubuntu patches its ZFS packages (2.2.2-0ubuntuN ships with its 6.8 kernels)
// without changing the upstream number.
bool isDistributionBuild(const Facts& facts, const Version& zfs) {
    return facts.distro.family == DistroFamily::Ubuntu ||
           zfs.suffix().contains(QLatin1String("ubuntu"));
}
}  // namespace

Finding cfrLinux68Eopnotsupp(const Facts& facts, const ProblemInfo& problem,
                             const QList<ProbeResult>& probes) {
    Finding finding = startFinding(problem);
    std::optional<Version> zfs;
    if (!checkZfsVersion(finding, problem, facts, &zfs, false)) {
        return finding;
    }
    std::optional<Version> kernel;
    if (!checkKernelVersion(finding, problem, facts, &kernel)) {
        return finding;
    }
    // 6.8.0-rc5 (the upstream report) is a 6.8 kernel: compare as a release.
    const bool kernelAffected = anyContainsAsRelease(problem.kernelAffected, *kernel);

    QSet<QString> confirmed;
    QSet<QString> notReproduced;
    for (const ProbeResult& probe : probesNamed(probes, problem.probe.name)) {
        finding.evidence << probeEvidence(problem, probe);
        if (probeConfirms(problem, probe)) {
            confirmed.insert(probe.dataset);
        } else if (probe.ran && probe.errorNumber == 0) {
            notReproduced.insert(probe.dataset);
        }
    }

    addKernelPin(finding, problem, facts, [&](const Version& candidate) {
        return !anyContainsAsRelease(problem.kernelAffected, candidate);
    });
    addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);

    const QString versions =
        QStringLiteral("ZFS %1 on kernel %2").arg(zfs->toString(), facts.kernel.release);
    if (!confirmed.isEmpty()) {
        finding.confidence = Confidence::ConfirmedByProbe;
        conclude(
            finding, FindingStatus::Affected,
            QStringLiteral("%1: copy_file_range returned EOPNOTSUPP on %2.")
                .arg(versions,
                     QStringList(confirmed.begin(), confirmed.end()).join(QStringLiteral(", "))));
        return finding;
    }
    if (kernelAffected && !notReproduced.isEmpty()) {
        // Distributions backport fixes without changing the upstream number
        // (Ubuntu's 2.2.2 for its 6.8 kernels is one such build).
        finding.confidence = Confidence::ConfirmedByProbe;
        conclude(finding, FindingStatus::NotAffected,
                 QStringLiteral("%1 is in the affected range, but copy_file_range worked in the "
                                "probe: this build most likely carries the fix.")
                     .arg(versions));
        return finding;
    }
    if (kernelAffected) {
        if (isDistributionBuild(facts, *zfs)) {
            // Not in the upstream facts either way, so the verdict says so
            // instead of claiming more than the version number can tell.
            finding.confidence = Confidence::RestsOnUnconfirmed;
            finding.evidence << FindingEvidence{
                QStringLiteral("distribution build"), zfs->text(), false,
                QStringLiteral("may carry a backported fix the version number does not show; "
                               "the copy-file-range probe settles it")};
        }
        conclude(finding, FindingStatus::Affected,
                 QStringLiteral("%1: copy_file_range fails with \"Operation not supported\" "
                                "whenever ZFS cannot clone the range (cp, installers, "
                                "systemd-sysusers and IDEs use it).")
                     .arg(versions));
        return finding;
    }
    conclude(finding, FindingStatus::AtRisk,
             QStringLiteral("%1: this ZFS breaks copy_file_range on Linux 6.8 and newer; the "
                            "running kernel is older, so a kernel upgrade would trigger it.")
                 .arg(versions));
    return finding;
}

}  // namespace zd::detectors
