// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 3: copy_file_range fails with EAGAIN on a direct=always dataset
// when the range is not recordsize-aligned and cloning falls back to a copy.
// OpenZFS 2.3.0 only. The fix is most likely PR #17006 (2.3.1) but the closing
// commit is UNCONFIRMED, so every version-based verdict says so.

#include <QSet>

#include "knowledge/detectors/detector_support.h"
#include "knowledge/detectors/detectors.h"

namespace zd::detectors {

Finding dioAlwaysCfrEagain(const Facts& facts, const ProblemInfo& problem,
                           const QList<ProbeResult>& probes) {
    Finding finding = startFinding(problem);
    std::optional<Version> zfs;
    if (!checkZfsVersion(finding, problem, facts, &zfs, true)) {
        // "Fixed in 2.3.1" is itself the unconfirmed fact.
        if (zfs && *zfs >= Version(2, 3, 0) && finding.status == FindingStatus::NotAffected) {
            finding.confidence = Confidence::RestsOnUnconfirmed;
            finding.summary += QStringLiteral(
                " Which commit fixed it is UNCONFIRMED (most likely PR #17006 in 2.3.1; 2.3.2 "
                "did not reproduce it).");
        }
        return finding;
    }
    finding.confidence = Confidence::RestsOnUnconfirmed;
    std::optional<Version> kernel;
    if (!checkKernelVersion(finding, problem, facts, &kernel)) {
        return finding;
    }
    if (kernel && !anyContainsAsRelease(problem.kernelAffected, *kernel)) {
        conclude(finding, FindingStatus::NotAffected,
                 QStringLiteral("Kernel %1 is outside the reported range (%2).")
                     .arg(facts.kernel.release, describeRanges(problem.kernelAffected)));
        return finding;
    }
    if (!checkDirectIoEnabled(finding, facts)) {
        return finding;
    }

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

    QStringList triggers;
    for (const ZfsDataset& dataset : facts.zfs.datasets) {
        const bool always = directValue(dataset) == QLatin1String("always");
        if (!always && !confirmed.contains(dataset.name)) {
            continue;
        }
        if (notReproduced.contains(dataset.name)) {
            continue;  // the probe evidence line already says so
        }
        triggers << dataset.name;
        finding.evidence << FindingEvidence{
            QStringLiteral("direct on %1").arg(dataset.name), describeDirect(dataset), true,
            QStringLiteral("unaligned copy_file_range here can fail with EAGAIN")};
        const RemedyContext context = datasetContext(dataset);
        addRemedy(finding, problem, QStringLiteral("dataset-direct-standard"), facts, context);
        addRemedy(finding, problem, QStringLiteral("dataset-direct-disabled"), facts, context);
    }
    addRemedy(finding, problem, QStringLiteral("zfs-dio-disable"), facts);
    addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);
    if (!confirmed.isEmpty()) {
        finding.confidence = Confidence::ConfirmedByProbe;
    }

    if (!triggers.isEmpty()) {
        conclude(finding, FindingStatus::Affected,
                 QStringLiteral("ZFS %1 with direct=always on %2: copy_file_range of a range "
                                "that is not recordsize-aligned can fail with \"Resource "
                                "temporarily unavailable\" (EAGAIN).")
                     .arg(zfs->toString(), triggers.join(QStringLiteral(", "))));
    } else {
        conclude(finding, FindingStatus::AtRisk,
                 QStringLiteral("ZFS %1 has this bug, but no dataset uses direct=always today; "
                                "setting it would expose copy_file_range to EAGAIN.")
                     .arg(zfs->toString()));
    }
    return finding;
}

}  // namespace zd::detectors
