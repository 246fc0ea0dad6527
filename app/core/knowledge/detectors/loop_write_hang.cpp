// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 2: writes through a file-backed loop device on ZFS go wrong with
// OpenZFS <2.2.8 and >=2.3.0 <2.3.3, whose UIO_ITER wrapper re-applies the
// iterator's offset (fixed by openzfs/zfs#17298):
//   - buffered (dio=0): once the kernel carries "loop: stop using
//     vfs_iter_{read,write} for buffered I/O" (6.12.25, 6.14.4, 6.15-rc3 and
//     later: the `kernel` ranges), writes hang the loop worker;
//   - direct I/O (dio=1): the loop driver's direct-I/O path has handed ZFS
//     iterators with an offset for years, so on any kernel a write either
//     crashes (ZFS 2.3.1/2.3.2, when ZFS takes it as Direct I/O: range
//     "zfs-dio-loop-write") or hangs (when ZFS sends it through its buffered
//     path: unaligned writes, direct=disabled, zfs_dio_enabled=0). Both were
//     reproduced on 2.3.2 with kernels 6.12.95 and 6.1, and the hang on
//     2.1.11 with 6.1, by the VM suite's ground-truth scenarios
//     (tests/vm/scenarios/truth*.sh, expected outcomes in
//     lib-ground-truth.sh; tests/vm/README.md "Ground truth"); a buffered
//     writable loop on 6.1 worked there.
// Reads do not hang: a read-only loop device is not a trigger. A loop device
// /etc/fstab sets up but not attached now is one step (a boot, `mount -a`)
// away. Never probed: reproducing it hangs or crashes the machine.

#include <QCoreApplication>
#include "knowledge/detector_support.h"
#include "knowledge/problem_registry.h"

namespace zd::detectors::loop_write_hang {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Detectors)
};

}  // namespace

namespace {

const QString kDioRange = QStringLiteral("zfs-dio-loop-write");

QString kernelVerdict(const KernelJudgement& judgement) {
    switch (judgement.state) {
        case KernelJudgement::State::Carries:
            return Text::tr("carries the loop change");
        case KernelJudgement::State::Lacks:
            return Text::tr("does not carry the loop change");
        case KernelJudgement::State::Unknown:
            break;
    }
    return Text::tr("whether it carries the loop change is not known");
}

}  // namespace

Finding detect(const Facts& facts, const ProblemInfo& problem,
               const QList<ProbeResult>& /*probes: never probed*/) {
    Finding finding = startFinding(problem);
    const ZfsGate gate = gateZfs(finding, problem, facts, false);
    if (gate.concluded()) {
        return finding;
    }
    const bool dioRange = gate.version && anyContains(problem.ranges(kDioRange), *gate.version);
    const DatasetIndex datasets(facts);

    QStringList buffered;    // writable buffered loops on ZFS: the hang
    QStringList direct;      // writable direct-I/O loops on ZFS in the dio range: the oops
    QStringList configured;  // fstab lines that would attach a writable loop on ZFS
    QStringList undetermined;
    if (const QString unread = unreadReason(facts, FactArea::LoopDevices); !unread.isEmpty()) {
        undetermined << Text::tr("the loop devices (%1)").arg(unread);
    }
    QStringList attachedFiles;
    for (const LoopDevice& loop : facts.loopDevices) {
        attachedFiles << loop.backingFile;
        const QString what = Text::tr("loop device %1").arg(loop.name);
        if (!loop.backingLocation) {
            if (!loop.backingFile.isEmpty()) {
                undetermined << Text::tr("%1 (the file system of %2 is not known)")
                                    .arg(loop.name, loop.backingFile);
            }
            continue;
        }
        if (loop.backingLocation->fsType != QLatin1String("zfs")) {
            continue;
        }
        if (loop.readOnly == Tri::Yes) {
            finding.evidence << FindingEvidence{
                what,
                Text::tr("backing file %1 on %2, read-only")
                    .arg(loop.backingFile, loop.backingLocation->source),
                false, Text::tr("reads through a loop device do not hang: not a trigger")};
            continue;
        }
        if (loop.readOnly == Tri::Unknown || loop.directIo == Tri::Unknown) {
            undetermined << Text::tr(
                                "%1 on %2 (whether it is read-only and uses direct "
                                "I/O is not known)")
                                .arg(loop.name, loop.backingLocation->source);
            continue;
        }
        if (loop.directIo == Tri::No) {
            buffered << loop.name;
            finding.evidence << FindingEvidence{
                what,
                Text::tr("backing file %1 on %2, writable, buffered (dio=0)")
                    .arg(loop.backingFile, loop.backingLocation->source),
                true, Text::tr("writes take the loop driver's buffered path")};
            addRemedy(finding, problem, QStringLiteral("use-zvol"), facts, loopContext(loop));
            continue;
        }
        // Direct I/O: a trigger whatever the dataset's `direct` value and
        // zfs_dio_enabled, which only decide between the crash and the hang.
        const ZfsDataset* dataset = datasets.at(loop.backingLocation);
        direct << loop.name;
        finding.evidence << FindingEvidence{
            what,
            dataset
                ? Text::tr("backing file %1 on %2, writable, direct I/O (dio=1), direct=%3")
                      .arg(loop.backingFile, loop.backingLocation->source, describeDirect(*dataset))
                : Text::tr("backing file %1 on %2, writable, direct I/O (dio=1)")
                      .arg(loop.backingFile, loop.backingLocation->source),
            true,
            dioRange ? Text::tr("writes ZFS takes as Direct I/O crash the kernel; the others "
                                "take ZFS's buffered path and hang")
                     : Text::tr("writes take ZFS's buffered path with the iterator's offset "
                                "and hang")};
        addRemedy(finding, problem, QStringLiteral("use-zvol"), facts, loopContext(loop));
        addRemedy(finding, problem, QStringLiteral("loop-dio-off"), facts, loopContext(loop));
    }
    if (const QString unread = unreadReason(facts, FactArea::Fstab); !unread.isEmpty()) {
        undetermined << Text::tr("the loop devices /etc/fstab sets up (%1)").arg(unread);
    }
    for (const ConfiguredLoop& loop : facts.configuredLoops) {
        if (loop.readOnly || attachedFiles.contains(loop.backingFile) || !loop.backingLocation ||
            loop.backingLocation->fsType != QLatin1String("zfs")) {
            continue;
        }
        configured
            << Text::tr("%1 attaches %2 as a loop device").arg(loop.origin, loop.backingFile);
        finding.evidence << FindingEvidence{
            Text::tr("configured loop device"),
            Text::tr("%1 on %2 (%3)")
                .arg(loop.backingFile, loop.backingLocation->source, loop.origin),
            true,
            Text::tr("mounted writable at boot or by `mount -a`, through a buffered "
                     "loop device")};
    }
    bool hangSeen = addKernelLogEvidence(finding, facts, KernelLogHit::Kind::TxgSyncHung,
                                         Text::tr("hung task"));
    hangSeen = addKernelLogEvidence(finding, facts, KernelLogHit::Kind::LoopWriteHung,
                                    Text::tr("loop writes stuck in ZFS")) ||
               hangSeen;
    const bool crashSeen = addKernelLogEvidence(finding, facts, KernelLogHit::Kind::LoopWriteOops,
                                                Text::tr("kernel oops"));
    const bool symptom = hangSeen || crashSeen;

    const KernelFacts& kernel = facts.kernel;
    const auto& [running, next, atNextBoot] = judgeKernels(facts, problem.kernelAffected);
    const bool hangPossible = !buffered.isEmpty() || !configured.isEmpty();
    if (hangPossible) {
        finding.evidence << kernelEvidence(Text::tr("running kernel"), kernel.release, kernel.level,
                                           kernelVerdict(running), true);
        if (next.kernel) {
            finding.evidence << kernelEvidence(
                Text::tr("next boot"), next.kernel->release, next.kernel->level,
                QStringLiteral("%1; %2").arg(next.how, kernelVerdict(*atNextBoot)), true);
        }
    }

    // Direct-I/O loop devices do not wait for a kernel update.
    if (!direct.isEmpty()) {
        const QString loops = direct.join(QStringLiteral(", "));
        const QString trigger =
            Text::tr("%1 writes through a direct-I/O loop device on ZFS").arg(loops);
        if (running.state == KernelJudgement::State::Carries && !buffered.isEmpty()) {
            addKernelPin(finding, problem, facts, problem.kernelAffected);
        }
        addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);
        if (!versionDecidesAffected(finding, gate, facts, symptom, trigger,
                                    Text::tr("the next write through %1").arg(direct.first()))) {
            return finding;
        }
        const QString also =
            buffered.isEmpty() ? QString()
            : running.state == KernelJudgement::State::Carries
                ? Text::tr(" Writes through buffered %1 hang as well on this kernel.")
                      .arg(buffered.join(QStringLiteral(", ")))
                : QString();
        concludeAffected(
            finding,
            dioRange ? Text::tr("%1: writes through %2, a writable direct-I/O loop device, crash "
                                "the kernel (general protection fault in ZFS's Direct I/O write "
                                "path) or hang the loop worker, whichever path ZFS gives a "
                                "write, on any kernel (reproduced on 6.1 and 6.12). "
                                "direct=disabled or zfs_dio_enabled=0 only turn the crash into "
                                "the hang.%3")
                           .arg(gate.text(), loops, also)
                     : Text::tr("%1: writes through %2, a writable direct-I/O loop device, can "
                                "hang the loop worker on any kernel: the loop driver's direct-I/O "
                                "path hands ZFS iterators with an offset (reproduced with ZFS "
                                "2.1.11 and 2.3.2 on kernels 6.1 and 6.12).%3")
                           .arg(gate.text(), loops, also));
        return finding;
    }

    if (hangPossible) {
        const QString what = !buffered.isEmpty()
                                 ? Text::tr("%1 writes through a buffered loop device on ZFS")
                                       .arg(buffered.join(QStringLiteral(", ")))
                                 : configured.first();
        if (running.state == KernelJudgement::State::Unknown) {
            concludeUnknown(finding,
                            Text::tr("%1 and %2, but whether the running kernel %3 carries "
                                     "the loop change that makes it hang is not known: %4.")
                                .arg(gate.text(), what, kernel.release, running.reason));
            return finding;
        }
        if (running.state == KernelJudgement::State::Carries) {
            if (!buffered.isEmpty()) {
                addKernelRemedies(finding, problem, facts);
                if (!versionDecidesAffected(
                        finding, gate, facts, symptom, what,
                        Text::tr("the next write through %1").arg(buffered.first()))) {
                    return finding;
                }
                concludeAffected(
                    finding,
                    Text::tr("%1 on kernel %2 (upstream %3, with the loop change): writes "
                             "through %4 can hang the loop worker and every writer behind "
                             "it, or, more rarely, crash the kernel (the same bug caught by "
                             "hardened usercopy); only a hard reboot recovers.")
                        .arg(gate.text(), kernel.release, running.level,
                             buffered.join(QStringLiteral(", "))));
                return finding;
            }
            addKernelRemedies(finding, problem, facts);
            concludeOneStepAway(finding, gate, facts, false, what, configured.first(),
                                Text::tr("%1 on kernel %2 (upstream %3, with the loop change): "
                                         "writes through that loop device will hang once it is "
                                         "attached.")
                                    .arg(gate.text(), kernel.release, running.level));
            return finding;
        }
        // The running kernel lacks the change: the next boot may bring it.
        if (atNextBoot && atNextBoot->state == KernelJudgement::State::Unknown) {
            concludeUnknown(
                finding,
                Text::tr("%1 and %2; the running kernel lacks the loop change, "
                         "but whether %3, which the next boot starts (%4), "
                         "carries it is not known: %5.")
                    .arg(gate.text(), what, next.kernel->release, next.how, atNextBoot->reason));
            return finding;
        }
        if (atNextBoot && atNextBoot->state == KernelJudgement::State::Carries) {
            const QString step = Text::tr(
                                     "the next boot starts kernel %1 (upstream %2), "
                                     "which carries the loop change")
                                     .arg(next.kernel->release, atNextBoot->level);
            addKernelRemedies(finding, problem, facts);
            concludeOneStepAway(finding, gate, facts, false, what, step,
                                Text::tr("%1 and %2: the running kernel %3 lacks the loop "
                                         "change, but after the next boot writes there can hang.")
                                    .arg(gate.text(), what, kernel.release));
            return finding;
        }
        if (concludedUndetermined(finding, gate, undetermined)) {
            return finding;
        }
        concludeNoTrigger(finding, gate, facts,
                          Text::tr("%1, but the running kernel %2 (upstream %3) and the "
                                   "next boot's lack the loop change that makes it hang")
                              .arg(what, kernel.release, running.level));
        return finding;
    }
    if (concludedUndetermined(finding, gate, undetermined)) {
        return finding;
    }
    concludeNoTrigger(finding, gate, facts,
                      Text::tr("no writable loop device on ZFS is attached or set up in "
                               "/etc/fstab"));
    return finding;
}

}  // namespace zd::detectors::loop_write_hang

ZD_REGISTER_DETECTOR(loop_write_hang, "loop-write-hang")
