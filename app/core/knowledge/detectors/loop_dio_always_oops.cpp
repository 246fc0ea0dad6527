// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 5: with OpenZFS 2.3.0, I/O through a loop device whose backing file
// is on a direct=always dataset makes ZFS pin pages of the loop worker, a
// kernel thread without a user mm: NULL pointer dereference (kernel oops).
// Never probed: it crashes the kernel.
//
// Affected: a loop device (reads are enough) on a direct=always dataset.
// At risk (UNCONFIRMED): a direct-I/O loop device on a direct=standard
// dataset, because 2.3.0's zfs_uio_get_dio_pages_alloc() pins pages for every
// iterator type, so its O_DIRECT requests may reach the same crash; and an
// /etc/fstab line that would attach a loop device on a direct=always dataset.
// A direct=always dataset with no loop device on it is only latent.

#include <QCoreApplication>
#include <QHash>

#include "knowledge/detector_support.h"
#include "knowledge/problem_registry.h"

namespace zd::detectors::loop_dio_always_oops {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Detectors)
};

}  // namespace

Finding detect(const Facts& facts, const ProblemInfo& problem,
               const QList<ProbeResult>& /*probes: never probed*/) {
    Finding finding = startFinding(problem);
    const ZfsGate gate = gateDirectIo(finding, problem, facts);
    if (gate.concluded()) {
        return finding;
    }

    const DatasetIndex datasets(facts);
    QStringList triggers;     // loops on direct=always datasets
    QStringList unconfirmed;  // direct-I/O loops on direct=standard datasets
    QStringList configured;   // fstab lines attaching a loop on a direct=always dataset
    QStringList undetermined;
    if (const QString unread = unreadReason(facts, FactArea::LoopDevices); !unread.isEmpty()) {
        undetermined << Text::tr("the loop devices (%1)").arg(unread);
    }
    QStringList attachedFiles;
    for (const LoopDevice& loop : facts.loopDevices) {
        attachedFiles << loop.backingFile;
        if (!loop.backingLocation || loop.backingLocation->dataset().isEmpty()) {
            if (!loop.backingLocation && !loop.backingFile.isEmpty()) {
                undetermined << Text::tr("%1 (the file system of %2 is not known)")
                                    .arg(loop.name, loop.backingFile);
            }
            continue;
        }
        const ZfsDataset* dataset = datasets.at(loop.backingLocation);
        const QString value = dataset ? directValue(*dataset) : QString();
        const QString what = Text::tr("loop device %1").arg(loop.name);
        if (value.isEmpty()) {
            undetermined << Text::tr("%1 (dataset %2: `direct` not known)")
                                .arg(loop.name, loop.backingLocation->dataset());
            continue;
        }
        if (value == QLatin1String("always")) {
            triggers << QStringLiteral("%1 (%2)").arg(loop.name, dataset->name);
            finding.evidence << FindingEvidence{
                what,
                Text::tr("backing file %1 on %2, direct=%3")
                    .arg(loop.backingFile, dataset->name, describeDirect(*dataset)),
                true, Text::tr("any I/O through it can oops the kernel")};
            const RemedyContext context = datasetContext(*dataset);
            addRemedy(finding, problem, QStringLiteral("dataset-direct-standard"), facts, context);
            addRemedy(finding, problem, QStringLiteral("dataset-direct-disabled"), facts, context);
            continue;
        }
        if (value == QLatin1String("standard") && loop.directIo != Tri::No) {
            if (loop.directIo == Tri::Unknown) {
                undetermined << Text::tr("%1 on %2 (whether it uses direct I/O is not known)")
                                    .arg(loop.name, dataset->name);
                continue;
            }
            unconfirmed << loop.name;
            finding.evidence << FindingEvidence{
                what,
                Text::tr("dio=1, backing file %1 on %2, direct=standard")
                    .arg(loop.backingFile, dataset->name),
                true,
                Text::tr("UNCONFIRMED: 2.3.0 pins pages for every iterator type, so its "
                         "O_DIRECT requests may reach the same crash")};
            addRemedy(finding, problem, QStringLiteral("dataset-direct-disabled"), facts,
                      datasetContext(*dataset));
            addRemedy(finding, problem, QStringLiteral("loop-dio-off"), facts, loopContext(loop));
        }
    }
    for (const ConfiguredLoop& loop : facts.configuredLoops) {
        if (attachedFiles.contains(loop.backingFile)) {
            continue;
        }
        const ZfsDataset* dataset = datasets.at(loop.backingLocation);
        if (dataset && directValue(*dataset) == QLatin1String("always")) {
            configured << Text::tr("%1 attaches %2 (on %3, direct=always) as a loop device")
                              .arg(loop.origin, loop.backingFile, dataset->name);
            const RemedyContext context = datasetContext(*dataset);
            addRemedy(finding, problem, QStringLiteral("dataset-direct-standard"), facts, context);
            addRemedy(finding, problem, QStringLiteral("dataset-direct-disabled"), facts, context);
        }
    }
    const bool symptom = addKernelLogEvidence(
        finding, facts, KernelLogHit::Kind::ZfsSetupDirectOops, Text::tr("kernel oops"));

    const auto commonRemedies = [&] {
        addRemedy(finding, problem, QStringLiteral("zfs-dio-disable"), facts);
        addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);
    };

    if (!triggers.isEmpty()) {
        const QString what = Text::tr(
                                 "loop devices are backed by direct=always datasets "
                                 "(%1)")
                                 .arg(triggers.join(QStringLiteral("; ")));
        commonRemedies();
        if (!runningKernelInRange(finding, problem, gate, facts, what) ||
            !versionDecidesAffected(finding, gate, facts, symptom, what,
                                    Text::tr("the next I/O through %1")
                                        .arg(triggers.first().section(QLatin1Char(' '), 0, 0)))) {
            return finding;
        }
        concludeAffected(finding, Text::tr("%1: %2; reading or writing through them can crash the "
                                           "kernel (NULL pointer dereference).")
                                      .arg(gate.text(), what));
        return finding;
    }
    if (concludedUndetermined(finding, gate, undetermined)) {
        return finding;
    }
    if (!unconfirmed.isEmpty() || !configured.isEmpty()) {
        const QString step = !configured.isEmpty()
                                 ? configured.first()
                                 : Text::tr(
                                       "the next I/O through %1, a direct-I/O loop device on a "
                                       "direct=standard dataset")
                                       .arg(unconfirmed.first());
        commonRemedies();
        if (!runningKernelInRange(finding, problem, gate, facts, step) ||
            !versionDecidesAffected(finding, gate, facts, false, step, step)) {
            return finding;
        }
        if (configured.isEmpty()) {
            finding.confidence = Confidence::RestsOnUnconfirmed;
        }
        concludeAtRisk(finding, step,
                       !configured.isEmpty()
                           ? Text::tr("%1: a loop device on a direct=always dataset oopses "
                                      "the kernel; one is set up to be attached.")
                                 .arg(gate.text())
                           : Text::tr("%1 pins pages for every iterator type, so O_DIRECT "
                                      "requests of %2 may crash the kernel like a loop "
                                      "device on a direct=always dataset (UNCONFIRMED).")
                                 .arg(gate.text(), unconfirmed.join(QStringLiteral(", "))));
        return finding;
    }
    concludeNoTrigger(finding, gate, facts,
                      Text::tr("no loop device sits on a direct=always dataset, and no "
                               "direct-I/O loop device on a direct=standard one"));
    return finding;
}

}  // namespace zd::detectors::loop_dio_always_oops

ZD_REGISTER_DETECTOR(loop_dio_always_oops, "loop-dio-always-oops")
