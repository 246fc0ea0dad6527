// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 3: copy_file_range fails with EAGAIN on a direct=always dataset
// when the range is not recordsize-aligned and cloning falls back to a copy.
// OpenZFS 2.3.0 only. The trigger is a mounted dataset with direct=always
// (anything that copies files there uses copy_file_range: cp, installers);
// without one, 2.3.0 is only latent. The fix is most likely PR #17006 (2.3.1)
// but the closing commit is UNCONFIRMED, so verdicts resting on it say so.

#include <QCoreApplication>
#include <QSet>

#include "knowledge/detector_support.h"
#include "knowledge/problem_registry.h"

namespace zd::detectors::dio_always_cfr_eagain {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Detectors)
};

}  // namespace

Finding detect(const Facts& facts, const ProblemInfo& problem, const QList<ProbeResult>& probes) {
    Finding finding = startFinding(problem);
    const ZfsGate gate = gateZfs(finding, problem, facts, true);
    if (gate.concluded()) {
        // "Fixed in 2.3.1" is itself the unconfirmed fact.
        if (gate.version && *gate.version >= Version(2, 3, 0) &&
            finding.status == FindingStatus::NotAffected) {
            finding.confidence = Confidence::RestsOnUnconfirmed;
            finding.summary = Text::tr(
                                  "%1 Which commit fixed it is UNCONFIRMED (most likely PR #17006 "
                                  "in 2.3.1; 2.3.2 did not reproduce it).")
                                  .arg(finding.summary);
        }
        return finding;
    }
    if (concludedByDirectIoOff(finding, gate, facts)) {
        return finding;
    }

    const ProbeOutcomes probed = readProbes(finding, problem, probes);

    QStringList triggers;
    for (const ZfsDataset& dataset : facts.zfs.datasets) {
        const bool always = directValue(dataset) == QLatin1String("always");
        if ((!always && !probed.confirmed.contains(dataset.name)) ||
            probed.notReproduced.contains(dataset.name)) {
            continue;  // a probe that did not reproduce it has its own evidence line
        }
        if (!dataset.isMounted()) {
            finding.evidence << FindingEvidence{
                Text::tr("direct on %1").arg(dataset.name), describeDirect(dataset), false,
                Text::tr("not mounted: nothing copies files there")};
            continue;
        }
        triggers << dataset.name;
        finding.evidence << FindingEvidence{
            Text::tr("direct on %1").arg(dataset.name), describeDirect(dataset), true,
            Text::tr("unaligned copy_file_range here can fail with EAGAIN")};
        const RemedyContext context = datasetContext(dataset);
        addRemedy(finding, problem, QStringLiteral("dataset-direct-standard"), facts, context);
        addRemedy(finding, problem, QStringLiteral("dataset-direct-disabled"), facts, context);
    }
    finding.confidence =
        probed.confirmed.isEmpty() ? Confidence::RestsOnUnconfirmed : Confidence::ConfirmedByProbe;

    if (triggers.isEmpty()) {
        if (const QString unread = unreadReason(facts, FactArea::ZfsDatasets); !unread.isEmpty()) {
            concludeUnknown(finding, Text::tr("%1 may have this bug, and whether a dataset uses "
                                              "direct=always is not known: %2.")
                                         .arg(gate.text(), unread));
            return finding;
        }
        concludeNoTrigger(finding, gate, facts, Text::tr("no mounted dataset uses direct=always"));
        return finding;
    }
    const QString trigger = (triggers.size() == 1 ? Text::tr("%1 uses direct=always")
                                                  : Text::tr("%1 use direct=always"))
                                .arg(triggers.join(QStringLiteral(", ")));
    if (!runningKernelInRange(finding, problem, gate, facts, trigger)) {
        return finding;
    }
    addRemedy(finding, problem, QStringLiteral("zfs-dio-disable"), facts);
    addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);
    if (!versionDecidesAffected(finding, gate, facts, !probed.confirmed.isEmpty(), trigger,
                                Text::tr("the next copy_file_range of an unaligned range on %1")
                                    .arg(triggers.first()))) {
        return finding;
    }
    concludeAffected(finding, Text::tr("%1 with direct=always on %2: copy_file_range of a range "
                                       "that is not recordsize-aligned can fail with \"Resource "
                                       "temporarily unavailable\" (EAGAIN).")
                                  .arg(gate.text(), triggers.join(QStringLiteral(", "))));
    return finding;
}

}  // namespace zd::detectors::dio_always_cfr_eagain

ZD_REGISTER_DETECTOR(dio_always_cfr_eagain, "dio-always-cfr-eagain")
