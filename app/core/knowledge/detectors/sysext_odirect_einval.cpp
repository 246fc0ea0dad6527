// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 1: an O_DIRECT read that is not page-aligned fails with EINVAL on a
// direct=standard dataset, OpenZFS >=2.3.0 <2.4.0; systemd-sysext's loop
// devices (direct I/O on, 512-byte sectors) read squashfs images that way.
//
// Triggers (present): a direct-I/O loop device whose logical block size is
// below a page (a 4 KiB-sector one never issues unaligned requests: mkfs and
// mount through one worked on 2.3.2 in the project's VM), or a sysext image,
// whose backing file sits on a direct=standard dataset.
// At risk: systemd-sysext.service is enabled and one of its image directories
// is on a direct=standard dataset: the next image put there fails to merge.
// direct=disabled or always, zfs_dio_enabled=0 and SYSTEMD_LOOP_DIRECT_IO=0
// (for sysext) take a dataset or image off the failing path.

#include <QCoreApplication>
#include <QSet>

#include "knowledge/detector_support.h"
#include "knowledge/problem_registry.h"

namespace zd::detectors::sysext_odirect_einval {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Detectors)
};

}  // namespace

namespace {

const QString kStandard = QStringLiteral("standard");
constexpr int kPageSize = 4096;

enum class Placement { Trigger, Safe, Undetermined };

}  // namespace

Finding detect(const Facts& facts, const ProblemInfo& problem, const QList<ProbeResult>& probes) {
    Finding finding = startFinding(problem);
    const ZfsGate gate = gateDirectIo(finding, problem, facts);
    if (gate.concluded()) {
        return finding;
    }

    // A probe on a dataset is stronger than its property value: success there
    // means this build does not fail misaligned O_DIRECT on it.
    const ProbeOutcomes probed = readProbes(finding, problem, probes);

    const DatasetIndex datasets(facts);
    QStringList undetermined;
    // Where a file sits: on a direct=standard dataset (a trigger), elsewhere,
    // or not known.
    auto placement = [&](const QString& what, const std::optional<PathLocation>& location,
                         const ZfsDataset** found) -> Placement {
        if (!location) {
            undetermined << Text::tr("%1 (its file system is not known)").arg(what);
            return Placement::Undetermined;
        }
        if (location->dataset().isEmpty()) {
            return Placement::Safe;  // not on ZFS
        }
        const ZfsDataset* dataset = datasets.at(location);
        if (!dataset || directValue(*dataset).isEmpty()) {
            undetermined
                << Text::tr("%1 (dataset %2: `direct` not known)").arg(what, location->dataset());
            return Placement::Undetermined;
        }
        *found = dataset;
        if (directValue(*dataset) != kStandard) {
            finding.evidence << FindingEvidence{
                what, Text::tr("on %1, direct=%2").arg(dataset->name, describeDirect(*dataset)),
                false, Text::tr("misaligned reads are served through the ARC here")};
            return Placement::Safe;
        }
        if (probed.notReproduced.contains(dataset->name)) {
            finding.evidence << FindingEvidence{
                what, Text::tr("on %1, direct=%2").arg(dataset->name, describeDirect(*dataset)),
                false, Text::tr("the probe did not reproduce EINVAL on this dataset")};
            return Placement::Safe;
        }
        return Placement::Trigger;
    };

    QStringList triggers;
    QStringList steps;
    if (const QString unread = unreadReason(facts, FactArea::LoopDevices); !unread.isEmpty()) {
        undetermined << Text::tr("the loop devices (%1)").arg(unread);
    }
    for (const LoopDevice& loop : facts.loopDevices) {
        const QString what = Text::tr("loop device %1").arg(loop.name);
        if (loop.directIo == Tri::No) {
            continue;
        }
        const ZfsDataset* dataset = nullptr;
        const Placement where = placement(what, loop.backingLocation, &dataset);
        if (where != Placement::Trigger) {
            continue;
        }
        if (loop.directIo == Tri::Unknown) {
            undetermined << Text::tr("%1 on %2 (whether it uses direct I/O is not known)")
                                .arg(what, dataset->name);
            continue;
        }
        if (!loop.logicalBlockSize) {
            undetermined << Text::tr(
                                "%1 on %2 (its logical block size, "
                                "/sys/block/%3/queue/logical_block_size, is not known)")
                                .arg(what, dataset->name, loop.name);
            continue;
        }
        if (*loop.logicalBlockSize >= kPageSize) {
            finding.evidence << FindingEvidence{
                what,
                Text::tr("dio=1, %1-byte sectors, on %2 (direct=standard)")
                    .arg(*loop.logicalBlockSize)
                    .arg(dataset->name),
                false, Text::tr("its requests are page-aligned: no EINVAL")};
            continue;
        }
        triggers << loop.name;
        steps << Text::tr("the next read through %1").arg(loop.name);
        finding.evidence << FindingEvidence{
            what,
            Text::tr("dio=1, %1-byte sectors, backing file %2 on %3 (direct=standard)")
                .arg(*loop.logicalBlockSize)
                .arg(loop.backingFile, dataset->name),
            true, Text::tr("unaligned reads through it fail with EINVAL")};
        addRemedy(finding, problem, QStringLiteral("loop-dio-off"), facts, loopContext(loop));
        addRemedy(finding, problem, QStringLiteral("dataset-direct-disabled"), facts,
                  datasetContext(*dataset));
    }

    const SystemdFacts& systemd = facts.systemd;
    const bool sysextOff = systemd.sysextLoopDirectIo.trimmed() == QLatin1String("0");
    if (sysextOff) {
        finding.evidence << FindingEvidence{
            Text::tr("SYSTEMD_LOOP_DIRECT_IO for systemd-sysext"), QStringLiteral("0"), false,
            Text::tr("set by %1: sysext attaches images without direct I/O (not in the "
                     "initrd, and only for loop devices created after it was set)")
                .arg(systemd.sysextLoopDirectIoOrigin.isEmpty()
                         ? Text::tr("an unknown source")
                         : systemd.sysextLoopDirectIoOrigin)};
    }
    if (const QString unread = unreadReason(facts, FactArea::Sysext);
        !unread.isEmpty() && !sysextOff) {
        undetermined << Text::tr("systemd-sysext's images (%1)").arg(unread);
    }
    RemedyContext unit;
    unit.target = QStringLiteral("systemd-sysext.service");
    for (const SysextImage& image : systemd.sysextImages) {
        if (image.isDirectory || sysextOff) {
            continue;  // directory extensions need no loop device
        }
        const QString what = Text::tr("sysext image %1").arg(image.path);
        const ZfsDataset* dataset = nullptr;
        if (placement(what, image.location, &dataset) != Placement::Trigger) {
            continue;
        }
        triggers << image.path;
        steps << Text::tr("the next systemd-sysext merge of %1").arg(image.path);
        finding.evidence << FindingEvidence{
            what, Text::tr("on %1 (direct=standard)").arg(dataset->name), true,
            Text::tr("systemd-sysext attaches it with direct I/O; squashfs reads fail")};
        addRemedy(finding, problem, QStringLiteral("sysext-dropin"), facts, unit);
        addRemedy(finding, problem, QStringLiteral("dataset-direct-disabled"), facts,
                  datasetContext(*dataset));
    }

    // One step away: sysext merges at every boot, and the next image put in
    // one of its directories on a direct=standard dataset fails.
    QString configured;
    const ZfsDataset* configuredDataset = nullptr;
    if (triggers.isEmpty() && !sysextOff && systemd.sysextEnabled == Tri::Yes) {
        for (const SysextDirectory& directory : systemd.sysextDirectories) {
            if (!directory.location || directory.location->dataset().isEmpty()) {
                continue;
            }
            const ZfsDataset* dataset = datasets.at(directory.location);
            if (dataset && directValue(*dataset) == kStandard &&
                !probed.notReproduced.contains(dataset->name)) {
                configured = Text::tr(
                                 "systemd-sysext.service is enabled and %1 is on %2 "
                                 "(direct=standard): the next image placed there fails to merge")
                                 .arg(directory.path, dataset->name);
                configuredDataset = dataset;
                finding.evidence << FindingEvidence{
                    Text::tr("sysext directory %1").arg(directory.path),
                    Text::tr("on %1 (direct=standard), systemd-sysext.service enabled (%2)")
                        .arg(dataset->name, systemd.sysextEnabledSource),
                    true, Text::tr("an image placed here would fail to merge")};
                break;
            }
        }
    }
    const bool symptom = addKernelLogEvidence(finding, facts, KernelLogHit::Kind::SquashfsEinval,
                                              Text::tr("squashfs read error"));
    if (!probed.confirmed.isEmpty()) {
        finding.confidence = Confidence::ConfirmedByProbe;
    }

    if (!triggers.isEmpty()) {
        const QString trigger = Text::tr("%1 reads through a direct=standard dataset")
                                    .arg(triggers.join(QStringLiteral(", ")));
        addRemedy(finding, problem, QStringLiteral("zfs-dio-disable"), facts);
        addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);
        if (!versionDecidesAffected(finding, gate, facts, !probed.confirmed.isEmpty() || symptom,
                                    trigger, steps.first())) {
            return finding;
        }
        concludeAffected(finding, Text::tr("%1 rejects unaligned O_DIRECT reads on direct=standard "
                                           "datasets, and this reads through that path: %2.")
                                      .arg(gate.text(), triggers.join(QStringLiteral(", "))));
        return finding;
    }
    if (concludedUndetermined(finding, gate, undetermined)) {
        return finding;
    }
    if (!configured.isEmpty()) {
        addRemedy(finding, problem, QStringLiteral("sysext-dropin"), facts, unit);
        addRemedy(finding, problem, QStringLiteral("dataset-direct-disabled"), facts,
                  datasetContext(*configuredDataset));
        addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);
        concludeOneStepAway(finding, gate, facts, !probed.confirmed.isEmpty(), configured,
                            configured,
                            Text::tr("%1 rejects unaligned O_DIRECT reads on direct=standard "
                                     "datasets; no image is there yet.")
                                .arg(gate.text()));
        return finding;
    }
    concludeNoTrigger(finding, gate, facts,
                      Text::tr("no sysext image and no direct-I/O loop device with "
                               "sectors smaller than a page is on a direct=standard "
                               "dataset"));
    return finding;
}

}  // namespace zd::detectors::sysext_odirect_einval

ZD_REGISTER_DETECTOR(sysext_odirect_einval, "sysext-odirect-einval")
