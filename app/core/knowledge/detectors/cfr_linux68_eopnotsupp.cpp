// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 4: on Linux 6.8+, OpenZFS 2.2.0-2.2.3 returns EOPNOTSUPP from
// copy_file_range whenever it cannot clone. copy_file_range is what cp,
// Ruby, Proton, systemd-sysusers and IDEs copy with, so the trigger is the
// kernel itself: a running kernel whose upstream level is 6.8 or later
// (KernelFacts::level, never uname -r digits). An older running kernel is at
// risk when the next boot starts a 6.8+ one.
//
// Distribution builds: Ubuntu 24.04's 2.2.2 build on its own 6.8 kernels
// copies without errors (coreutils/coreutils#122: 202,774 copy_file_range
// calls, 0 errors on 6.8.0-49), so it is not called affected on the version
// alone. The copy-file-range probe, when one ran, decides: it copies a range
// block cloning can never satisfy, so success means the build carries the fix.

#include <QCoreApplication>
#include <QSet>

#include "knowledge/detector_support.h"
#include "knowledge/problem_registry.h"

namespace zd::detectors::cfr_linux68_eopnotsupp {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Detectors)
};

}  // namespace

namespace {

// Ubuntu's zfs-linux 2.2.2 build ("2.2.2-0ubuntu9...") on Ubuntu.
bool isUbuntuFixedBuild(const Facts& facts, const Version& zfs) {
    return facts.distro.family == DistroFamily::Ubuntu && zfs == Version(2, 2, 2) &&
           zfs.suffix().contains(QLatin1String("ubuntu"));
}

}  // namespace

Finding detect(const Facts& facts, const ProblemInfo& problem, const QList<ProbeResult>& probes) {
    Finding finding = startFinding(problem);
    const ZfsGate gate = gateZfs(finding, problem, facts, false);
    if (gate.concluded()) {
        return finding;
    }

    const ProbeOutcomes probed = readProbes(finding, problem, probes);

    const KernelFacts& kernel = facts.kernel;
    const auto& [running, next, atNextBoot] = judgeKernels(facts, problem.kernelAffected);
    const QString verdict = running.state == KernelJudgement::State::Carries
                                ? Text::tr("6.8 or later: copy_file_range fails here")
                            : running.state == KernelJudgement::State::Lacks
                                ? Text::tr("older than 6.8")
                                : Text::tr("whether it is 6.8 or later is not known");
    finding.evidence << kernelEvidence(Text::tr("running kernel"), kernel.release, kernel.level,
                                       verdict, true);

    // The probe ran: it settles what the version number cannot.
    if (!probed.confirmed.isEmpty()) {
        finding.confidence = Confidence::ConfirmedByProbe;
        addKernelRemedies(finding, problem, facts);
        concludeAffected(finding,
                         Text::tr("%1 on kernel %2: copy_file_range returned EOPNOTSUPP on %3.")
                             .arg(gate.text(), kernel.release,
                                  QStringList(probed.confirmed.begin(), probed.confirmed.end())
                                      .join(QStringLiteral(", "))));
        return finding;
    }
    if (running.state == KernelJudgement::State::Carries && !probed.notReproduced.isEmpty()) {
        finding.confidence = Confidence::ConfirmedByProbe;
        concludeNotAffected(finding,
                            Text::tr("%1 is in the affected range, but copy_file_range of a "
                                     "range cloning cannot satisfy worked in the probe: "
                                     "this build carries the fix.")
                                .arg(gate.text()));
        return finding;
    }
    if (gate.version && isUbuntuFixedBuild(facts, *gate.version)) {
        finding.confidence = Confidence::RestsOnUnconfirmed;
        finding.evidence << FindingEvidence{
            Text::tr("distribution build"), gate.version->text(), true,
            Text::tr("Ubuntu's 2.2.2 build copies without EOPNOTSUPP on its 6.8 kernels "
                     "(coreutils/coreutils#122); the copy-file-range probe confirms it here")};
        concludeNotAffected(finding,
                            Text::tr("%1 is Ubuntu's build, which carries the fix on its 6.8 "
                                     "kernels (reported: 202,774 copy_file_range calls "
                                     "without an error); the copy-file-range probe checks "
                                     "this machine.")
                                .arg(gate.text()));
        return finding;
    }
    const QString trigger = Text::tr(
                                "kernel %1 (upstream %2) is 6.8 or later, and cp and "
                                "installers copy with copy_file_range")
                                .arg(kernel.release, running.level);
    switch (running.state) {
        case KernelJudgement::State::Carries:
            addKernelRemedies(finding, problem, facts);
            if (!versionDecidesAffected(finding, gate, facts, false, trigger,
                                        Text::tr("the next copy of a file on ZFS"))) {
                return finding;
            }
            concludeAffected(finding,
                             Text::tr("%1 on kernel %2 (upstream %3): copy_file_range "
                                      "fails with \"Operation not supported\" whenever ZFS "
                                      "cannot clone the range (cp, installers, "
                                      "systemd-sysusers and IDEs use it).")
                                 .arg(gate.text(), kernel.release, running.level));
            return finding;
        case KernelJudgement::State::Unknown:
            concludeUnknown(finding, Text::tr("%1 has this bug on kernels from 6.8 on, but "
                                              "the upstream level of kernel %2 is not "
                                              "known: %3.")
                                         .arg(gate.text(), kernel.release, running.reason));
            return finding;
        case KernelJudgement::State::Lacks:
            break;
    }
    if (atNextBoot && atNextBoot->state == KernelJudgement::State::Carries) {
        const QString step = Text::tr(
                                 "the next boot starts kernel %1 (upstream %2), where "
                                 "copy_file_range fails")
                                 .arg(next.kernel->release, atNextBoot->level);
        finding.evidence << kernelEvidence(Text::tr("next boot"), next.kernel->release,
                                           next.kernel->level, next.how, true);
        addKernelRemedies(finding, problem, facts);
        concludeOneStepAway(finding, gate, facts, false, trigger, step,
                            Text::tr("%1 breaks copy_file_range on Linux 6.8 and newer; the "
                                     "running kernel is older, the next boot's is not.")
                                .arg(gate.text()));
        return finding;
    }
    if (atNextBoot && atNextBoot->state == KernelJudgement::State::Unknown) {
        concludeUnknown(finding,
                        Text::tr("%1 has this bug on kernels from 6.8 on; the running kernel "
                                 "is older, but the upstream level of %2, which the next "
                                 "boot starts (%3), is not known: %4.")
                            .arg(gate.text(), next.kernel->release, next.how, atNextBoot->reason));
        return finding;
    }
    concludeNoTrigger(finding, gate, facts,
                      Text::tr("the running kernel %1 (upstream %2) and the next boot's "
                               "are older than 6.8")
                          .arg(kernel.release, running.level));
    return finding;
}

}  // namespace zd::detectors::cfr_linux68_eopnotsupp

ZD_REGISTER_DETECTOR(cfr_linux68_eopnotsupp, "cfr-linux68-eopnotsupp")
