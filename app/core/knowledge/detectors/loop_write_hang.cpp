// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 2: writes through a file-backed loop device on ZFS hang once the
// kernel carries "loop: stop using vfs_iter_{read,write} for buffered I/O"
// (6.12.25+ on 6.12, 6.15+), with OpenZFS <2.2.8 or >=2.3.0 <2.3.3.
//
// Never probed: reproducing it hangs the machine. The verdict rests on
// versions and on the loop devices whose backing file is on ZFS.

#include "knowledge/detectors/detector_support.h"
#include "knowledge/detectors/detectors.h"

namespace zd::detectors {

Finding loopWriteHang(const Facts& facts, const ProblemInfo& problem,
                      const QList<ProbeResult>& /*probes: never probed*/) {
    Finding finding = startFinding(problem);
    std::optional<Version> zfs;
    if (!checkZfsVersion(finding, problem, facts, &zfs, false)) {
        return finding;
    }
    std::optional<Version> kernel;
    if (!checkKernelVersion(finding, problem, facts, &kernel)) {
        return finding;
    }

    // An rc already holds the changes merged for its release (6.15-rc1 has it).
    const bool carriesChange = anyContainsAsRelease(problem.kernelAffected, *kernel);
    const bool unconfirmed =
        !carriesChange && anyContainsAsRelease(problem.kernelUnconfirmed, *kernel);
    finding.evidence.last().note =
        carriesChange ? QStringLiteral("carries the loop change (%1)")
                            .arg(describeRanges(problem.kernelAffected))
        : unconfirmed ? QStringLiteral(
                            "UNCONFIRMED whether this stable line carries the loop "
                            "change (%1)")
                            .arg(describeRanges(problem.kernelUnconfirmed))
                      : QStringLiteral("does not carry the loop change (it is in %1)")
                            .arg(describeRanges(problem.kernelAffected));

    QStringList triggers;
    for (const LoopDevice& loop : facts.loopDevices) {
        const QString what = QStringLiteral("loop device %1").arg(loop.name);
        if (!loop.backingLocation) {
            if (!loop.backingFile.isEmpty()) {
                finding.evidence << FindingEvidence{
                    what, loop.backingFile, false,
                    QStringLiteral("the filesystem holding the backing file is not known")};
            }
            continue;
        }
        if (loop.backingLocation->fsType != QLatin1String("zfs")) {
            continue;
        }
        triggers << loop.name;
        finding.evidence << FindingEvidence{
            what,
            QStringLiteral("backing file %1 on %2")
                .arg(loop.backingFile, loop.backingLocation->source),
            true, QStringLiteral("a file-backed loop device on ZFS (Direct I/O not needed)")};
        addRemedy(finding, problem, QStringLiteral("use-zvol"), facts, loopContext(loop));
    }
    addKernelLogEvidence(finding, facts, KernelLogHit::Kind::TxgSyncHung,
                         QStringLiteral("hung task"));

    addKernelPin(finding, problem, facts, [&](const Version& candidate) {
        return !anyContainsAsRelease(problem.kernelAffected, candidate) &&
               !anyContainsAsRelease(problem.kernelUnconfirmed, candidate);
    });
    addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);

    const QString versions =
        QStringLiteral("ZFS %1 on kernel %2").arg(zfs->toString(), facts.kernel.release);
    if (unconfirmed) {
        finding.confidence = Confidence::RestsOnUnconfirmed;
        concludeUnknown(
            finding,
            QStringLiteral("%1: ZFS is affected, but it is UNCONFIRMED whether this kernel's "
                           "stable line carries the loop change that triggers the hang (known: "
                           "6.12.25+ on 6.12, 6.15+). %2")
                .arg(versions,
                     triggers.isEmpty()
                         ? QStringLiteral("No file-backed loop device on ZFS exists today.")
                         : QStringLiteral("File-backed loop devices on ZFS: %1.")
                               .arg(triggers.join(QStringLiteral(", ")))));
        return finding;
    }
    if (!carriesChange) {
        conclude(finding, FindingStatus::AtRisk,
                 QStringLiteral("%1: this ZFS has the bug, but the kernel predates the loop change "
                                "that triggers it. A kernel update to %2 would make writes through "
                                "file-backed loop devices on ZFS hang.")
                     .arg(versions, describeRanges(problem.kernelAffected)));
        return finding;
    }
    if (!triggers.isEmpty()) {
        conclude(finding, FindingStatus::Affected,
                 QStringLiteral("%1: writes through %2 can hang the loop worker and txg_sync; "
                                "only a hard reboot recovers.")
                     .arg(versions, triggers.join(QStringLiteral(", "))));
        return finding;
    }
    conclude(finding, FindingStatus::AtRisk,
             QStringLiteral("%1 are both affected; no loop device is backed by a file on ZFS "
                            "today, but attaching one would hang on writes.")
                 .arg(versions));
    return finding;
}

}  // namespace zd::detectors
