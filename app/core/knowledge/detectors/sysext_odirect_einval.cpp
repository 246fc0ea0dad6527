// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 1: systemd-sysext (or anything doing unaligned O_DIRECT) fails with
// EINVAL on a direct=standard dataset, OpenZFS >=2.3.0 <2.4.0.
//
// Affected: a sysext image, or any loop device with direct I/O on, whose
// backing file sits on a dataset with direct=standard. At risk: the version is
// affected but nothing takes that path today (or SYSTEMD_LOOP_DIRECT_IO=0
// already keeps sysext off it; other unaligned O_DIRECT users still fail).

#include <QSet>

#include "knowledge/detectors/detector_support.h"
#include "knowledge/detectors/detectors.h"

namespace zd::detectors {

namespace {
const QString kStandard = QStringLiteral("standard");
}

Finding sysextOdirectEinval(const Facts& facts, const ProblemInfo& problem,
                            const QList<ProbeResult>& probes) {
    Finding finding = startFinding(problem);
    std::optional<Version> zfs;
    if (!checkZfsVersion(finding, problem, facts, &zfs, true)) {
        return finding;
    }
    if (!checkDirectIoEnabled(finding, facts)) {
        return finding;
    }

    // A probe on a dataset is stronger than its property value: success there
    // means this build does not fail misaligned O_DIRECT (direct=disabled,
    // zfs_dio_strict=0 on a newer build, a backport...).
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

    const DatasetIndex datasets(facts);
    QStringList triggers;
    QStringList undetermined;
    // Classifies the dataset under a path: true when it is a trigger.
    auto onFailingDataset = [&](const QString& what,
                                const std::optional<PathLocation>& location) -> bool {
        if (!location || location->dataset().isEmpty()) {
            return false;
        }
        const ZfsDataset* dataset = datasets.at(location);
        if (!dataset || directValue(*dataset).isEmpty()) {
            undetermined << QStringLiteral("%1 (dataset %2: `direct` not known)")
                                .arg(what, location->dataset());
            return false;
        }
        if (directValue(*dataset) != kStandard) {
            finding.evidence << FindingEvidence{
                what,
                QStringLiteral("on %1, direct=%2").arg(dataset->name, describeDirect(*dataset)),
                false, QStringLiteral("misaligned requests are served through the ARC here")};
            return false;
        }
        if (notReproduced.contains(dataset->name)) {
            finding.evidence << FindingEvidence{
                what,
                QStringLiteral("on %1, direct=%2").arg(dataset->name, describeDirect(*dataset)),
                false, QStringLiteral("the probe did not reproduce EINVAL on this dataset")};
            return false;
        }
        addRemedy(finding, problem, QStringLiteral("dataset-direct-disabled"), facts,
                  datasetContext(*dataset));
        return true;
    };

    for (const LoopDevice& loop : facts.loopDevices) {
        if (!loop.directIo) {
            continue;
        }
        const QString what = QStringLiteral("loop device %1").arg(loop.name);
        if (!onFailingDataset(what, loop.backingLocation)) {
            continue;
        }
        triggers << loop.name;
        finding.evidence << FindingEvidence{
            what,
            QStringLiteral("dio=1, backing file %1 on %2 (direct=standard)")
                .arg(loop.backingFile, loop.backingLocation->dataset()),
            true, QStringLiteral("unaligned reads through it fail with EINVAL")};
        addRemedy(finding, problem, QStringLiteral("loop-dio-off"), facts, loopContext(loop));
    }

    const bool sysextMitigated = facts.systemd.sysextLoopDirectIo.trimmed() == QLatin1String("0");
    if (sysextMitigated) {
        finding.evidence << FindingEvidence{
            QStringLiteral("SYSTEMD_LOOP_DIRECT_IO for systemd-sysext"), QStringLiteral("0"), true,
            QStringLiteral("set by %1: sysext attaches images without direct I/O (not in the "
                           "initrd, and only for loop devices created after it was set)")
                .arg(facts.systemd.sysextLoopDirectIoOrigin.isEmpty()
                         ? QStringLiteral("an unknown source")
                         : facts.systemd.sysextLoopDirectIoOrigin)};
    }
    int mitigatedImages = 0;
    for (const SysextImage& image : facts.systemd.sysextImages) {
        if (image.isDirectory) {
            continue;  // directory extensions need no loop device
        }
        const QString what = QStringLiteral("sysext image %1").arg(image.path);
        if (!onFailingDataset(what, image.location)) {
            continue;
        }
        if (sysextMitigated) {
            ++mitigatedImages;
            finding.evidence << FindingEvidence{
                what, QStringLiteral("on %1 (direct=standard)").arg(image.location->dataset()),
                false, QStringLiteral("mitigated by SYSTEMD_LOOP_DIRECT_IO=0")};
            continue;
        }
        triggers << image.path;
        finding.evidence << FindingEvidence{
            what, QStringLiteral("on %1 (direct=standard)").arg(image.location->dataset()), true,
            QStringLiteral("systemd-sysext attaches it with direct I/O; squashfs reads fail")};
        RemedyContext unit;
        unit.target = QStringLiteral("systemd-sysext.service");
        addRemedy(finding, problem, QStringLiteral("sysext-dropin"), facts, unit);
    }
    addKernelLogEvidence(finding, facts, KernelLogHit::Kind::SquashfsEinval,
                         QStringLiteral("squashfs read error"));

    addRemedy(finding, problem, QStringLiteral("zfs-dio-disable"), facts);
    addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);
    if (!confirmed.isEmpty()) {
        finding.confidence = Confidence::ConfirmedByProbe;
    }

    const QString version = zfs->toString();
    if (!triggers.isEmpty()) {
        conclude(finding, FindingStatus::Affected,
                 QStringLiteral("ZFS %1 rejects unaligned O_DIRECT reads on direct=standard "
                                "datasets, and this reads through that path: %2.")
                     .arg(version, triggers.join(QStringLiteral(", "))));
    } else if (!undetermined.isEmpty()) {
        concludeUnknown(finding,
                        QStringLiteral("ZFS %1 is affected, but the `direct` property is not known "
                                       "for: %2.")
                            .arg(version, undetermined.join(QStringLiteral("; "))));
    } else if (mitigatedImages > 0) {
        conclude(finding, FindingStatus::AtRisk,
                 QStringLiteral("ZFS %1 is affected. SYSTEMD_LOOP_DIRECT_IO=0 keeps systemd-sysext "
                                "off the failing path for %2 image(s); other programs doing "
                                "unaligned O_DIRECT on direct=standard datasets still get EINVAL.")
                     .arg(version)
                     .arg(mitigatedImages));
    } else {
        conclude(finding, FindingStatus::AtRisk,
                 QStringLiteral("ZFS %1 rejects unaligned O_DIRECT on direct=standard datasets; "
                                "no sysext image or direct-I/O loop device uses such a dataset "
                                "today.")
                     .arg(version));
    }
    return finding;
}

}  // namespace zd::detectors
