// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 5: with OpenZFS 2.3.0, reading through a loop device whose backing
// file is on a direct=always dataset dereferences a NULL mm in the loop
// worker (kernel oops). Never probed: it crashes the kernel.

#include <QHash>

#include "knowledge/detectors/detector_support.h"
#include "knowledge/detectors/detectors.h"

namespace zd::detectors {

Finding loopDioAlwaysOops(const Facts& facts, const ProblemInfo& problem,
                          const QList<ProbeResult>& /*probes: never probed*/) {
    Finding finding = startFinding(problem);
    std::optional<Version> zfs;
    if (!checkZfsVersion(finding, problem, facts, &zfs, true)) {
        return finding;
    }
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

    // Loop devices by the dataset behind them, built once: thousands of
    // datasets times hundreds of loops would otherwise be compared pairwise.
    QHash<QString, QStringList> loopsByDataset;
    for (const LoopDevice& loop : facts.loopDevices) {
        if (loop.backingLocation && !loop.backingLocation->dataset().isEmpty()) {
            loopsByDataset[loop.backingLocation->dataset()] << loop.name;
        }
    }

    QStringList triggers;
    QStringList alwaysWithoutLoop;
    QStringList undetermined;
    for (const ZfsDataset& dataset : facts.zfs.datasets) {
        if (directValue(dataset) != QLatin1String("always")) {
            continue;
        }
        const QStringList loops = loopsByDataset.value(dataset.name);
        finding.evidence << FindingEvidence{
            QStringLiteral("direct on %1").arg(dataset.name), describeDirect(dataset), true,
            loops.isEmpty() ? QStringLiteral("no loop device is backed by it today")
                            : QStringLiteral("backs %1: a read through it can oops the kernel")
                                  .arg(loops.join(QStringLiteral(", ")))};
        if (loops.isEmpty()) {
            alwaysWithoutLoop << dataset.name;
        } else {
            triggers << QStringLiteral("%1 (%2)").arg(dataset.name,
                                                      loops.join(QStringLiteral(", ")));
        }
        const RemedyContext context = datasetContext(dataset);
        addRemedy(finding, problem, QStringLiteral("dataset-direct-standard"), facts, context);
        addRemedy(finding, problem, QStringLiteral("dataset-direct-disabled"), facts, context);
    }
    const DatasetIndex datasets(facts);
    for (const LoopDevice& loop : facts.loopDevices) {
        if (!loop.backingLocation || loop.backingLocation->dataset().isEmpty()) {
            continue;
        }
        const ZfsDataset* dataset = datasets.at(loop.backingLocation);
        if (!dataset || directValue(*dataset).isEmpty()) {
            undetermined
                << QStringLiteral("%1 on %2").arg(loop.name, loop.backingLocation->dataset());
        }
    }
    addKernelLogEvidence(finding, facts, KernelLogHit::Kind::ZfsSetupDirectOops,
                         QStringLiteral("kernel oops"));
    addRemedy(finding, problem, QStringLiteral("zfs-dio-disable"), facts);
    addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);

    const QString version = zfs->toString();
    if (!triggers.isEmpty()) {
        conclude(finding, FindingStatus::Affected,
                 QStringLiteral("ZFS %1: loop devices are backed by direct=always datasets (%2); "
                                "reading through them can crash the kernel (NULL pointer "
                                "dereference).")
                     .arg(version, triggers.join(QStringLiteral("; "))));
    } else if (!undetermined.isEmpty()) {
        concludeUnknown(finding,
                        QStringLiteral("ZFS %1 is affected, but the `direct` property is not known "
                                       "for the datasets behind: %2.")
                            .arg(version, undetermined.join(QStringLiteral(", "))));
    } else if (!alwaysWithoutLoop.isEmpty()) {
        conclude(finding, FindingStatus::AtRisk,
                 QStringLiteral("ZFS %1 with direct=always on %2: attaching a loop device to a "
                                "file there would crash the kernel on the first read.")
                     .arg(version, alwaysWithoutLoop.join(QStringLiteral(", "))));
    } else {
        conclude(finding, FindingStatus::AtRisk,
                 QStringLiteral("ZFS %1 has this bug; no dataset uses direct=always today. Do not "
                                "set direct=always on a dataset that backs a loop device.")
                     .arg(version));
    }
    return finding;
}

}  // namespace zd::detectors
