// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "knowledge/remedy_conflicts.h"

#include <QHash>

#include "knowledge/detector_support.h"
#include "knowledge/problem_registry.h"

namespace zd {

namespace {

bool needsAttention(FindingStatus status) {
    return status == FindingStatus::Affected || status == FindingStatus::AtRisk;
}

bool isDatasetRemedy(const QString& id) {
    return id == QLatin1String("dataset-direct-standard") ||
           id == QLatin1String("dataset-direct-disabled");
}

bool isLoopRemedy(const QString& id) {
    return id == QLatin1String("loop-dio-off");
}

bool on(const std::optional<PathLocation>& location, const QString& dataset) {
    return location && location->dataset() == dataset;
}

// The part of the facts a dataset remedy can change: the dataset and what
// sits on it. `attached` says whether anything does.
Facts datasetSlice(const Facts& facts, const QString& dataset, bool* attached) {
    Facts slice = facts;
    slice.zfs.datasets.clear();
    if (const ZfsDataset* found = facts.zfs.dataset(dataset)) {
        slice.zfs.datasets << *found;
    }
    slice.loopDevices.removeIf(
        [&dataset](const LoopDevice& loop) { return !on(loop.backingLocation, dataset); });
    slice.configuredLoops.removeIf(
        [&dataset](const ConfiguredLoop& loop) { return !on(loop.backingLocation, dataset); });
    slice.systemd.sysextImages.removeIf(
        [&dataset](const SysextImage& image) { return !on(image.location, dataset); });
    slice.systemd.sysextDirectories.removeIf(
        [&dataset](const SysextDirectory& directory) { return !on(directory.location, dataset); });
    *attached = !slice.loopDevices.isEmpty() || !slice.configuredLoops.isEmpty() ||
                !slice.systemd.sysextImages.isEmpty() || !slice.systemd.sysextDirectories.isEmpty();
    return slice;
}

// A loop remedy changes the loop device alone (and what its dataset holds for it).
Facts loopSlice(const Facts& facts, const QString& loopName) {
    Facts slice = facts;
    slice.loopDevices.removeIf(
        [&loopName](const LoopDevice& loop) { return loop.name != loopName; });
    QString dataset;
    if (!slice.loopDevices.isEmpty() && slice.loopDevices.first().backingLocation) {
        dataset = slice.loopDevices.first().backingLocation->dataset();
    }
    slice.zfs.datasets.removeIf(
        [&dataset](const ZfsDataset& candidate) { return candidate.name != dataset; });
    slice.configuredLoops.clear();
    slice.systemd.sysextImages.clear();
    slice.systemd.sysextDirectories.clear();
    return slice;
}

QHash<QString, FindingStatus> statuses(const Facts& facts, const KnowledgeBase& knowledge,
                                       const QList<ProbeResult>& probes) {
    QHash<QString, FindingStatus> result;
    for (const ProblemInfo& problem : knowledge.problems()) {
        if (const Detector detect = detectorFor(problem.id)) {
            result.insert(problem.id, detect(facts, problem, probes).status);
        }
    }
    return result;
}

// What a remedy leaves behind: the problems that need attention after its
// effect and did not before (on the same facts or slice), and whether its
// own problem would still apply on the slice it changes (in another form:
// a direct-I/O loop device made buffered hangs instead of crashing).
struct Outcome {
    QStringList triggered;
    QStringList after;   // every problem needing attention afterwards
    bool slice = false;  // judged on the slice the remedy changes
};

}  // namespace

std::optional<Facts> remedyEffect(const Facts& facts, const RemedyOption& remedy) {
    Facts after = facts;
    if (isDatasetRemedy(remedy.id)) {
        const QString value = remedy.id == QLatin1String("dataset-direct-standard")
                                  ? QStringLiteral("standard")
                                  : QStringLiteral("disabled");
        for (ZfsDataset& dataset : after.zfs.datasets) {
            if (dataset.name == remedy.target) {
                dataset.direct = ZfsProperty{value, QStringLiteral("local"), true};
            }
        }
        return after;
    }
    if (isLoopRemedy(remedy.id)) {
        for (LoopDevice& loop : after.loopDevices) {
            if (loop.name == remedy.target) {
                loop.directIo = Tri::No;
            }
        }
        return after;
    }
    if (remedy.id == QLatin1String("zfs-dio-disable")) {
        after.zfs.parameters.insert(QStringLiteral("zfs_dio_enabled"), QStringLiteral("0"));
        return after;
    }
    if (remedy.id == QLatin1String("sysext-dropin")) {
        after.systemd.sysextLoopDirectIo = QStringLiteral("0");
        return after;
    }
    if (remedy.id == QLatin1String("kernel-pin")) {
        // The pinned kernel becomes what the next boot starts.
        after.kernel.defaultBoot = remedy.target;
        for (InstalledKernel& installed : after.kernel.installed) {
            installed.defaultBoot = installed.release == remedy.target;
        }
        return after;
    }
    return std::nullopt;  // upgrade-zfs, use-zvol: nothing here gets a new trigger
}

void markRemedyConflicts(QList<Finding>& findings, const Facts& facts,
                         const KnowledgeBase& knowledge, const QList<ProbeResult>& probes) {
    QHash<QString, FindingStatus> wholeBefore;
    for (const Finding& finding : findings) {
        wholeBefore.insert(finding.id, finding.status);
    }
    // Results by remedy: the same change is offered by several problems.
    QHash<QString, Outcome> outcomes;
    const auto outcomeOf = [&](const RemedyOption& remedy) -> const Outcome& {
        QString key = remedy.id + QLatin1Char('\n') + remedy.target;
        if (const auto found = outcomes.constFind(key); found != outcomes.cend()) {
            return *found;
        }
        QHash<QString, FindingStatus> before;
        Facts base;
        if (isDatasetRemedy(remedy.id)) {
            bool attached = false;
            base = datasetSlice(facts, remedy.target, &attached);
            if (!attached && !base.zfs.datasets.isEmpty()) {
                // Nothing sits on it: every such dataset with the same
                // property value ends the same way.
                const ZfsDataset& dataset = base.zfs.datasets.first();
                const QString shared = remedy.id + QStringLiteral("\nbare\n") +
                                       dataset.direct.value + QLatin1Char('\n') +
                                       dataset.direct.source;
                if (const auto found = outcomes.constFind(shared); found != outcomes.cend()) {
                    const Outcome known = *found;
                    return *outcomes.insert(key, known);
                }
                key = shared;
            }
            before = statuses(base, knowledge, probes);
        } else if (isLoopRemedy(remedy.id)) {
            base = loopSlice(facts, remedy.target);
            before = statuses(base, knowledge, probes);
        } else {
            base = facts;
            before = wholeBefore;
        }
        Outcome outcome;
        outcome.slice = isDatasetRemedy(remedy.id) || isLoopRemedy(remedy.id);
        if (const std::optional<Facts> after = remedyEffect(base, remedy)) {
            const QHash<QString, FindingStatus> changed = statuses(*after, knowledge, probes);
            for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
                if (!needsAttention(it.value())) {
                    continue;
                }
                outcome.after << it.key();
                if (!needsAttention(before.value(it.key()))) {
                    outcome.triggered << it.key();
                }
            }
        }
        outcomes.insert(remedy.id + QLatin1Char('\n') + remedy.target, outcome);
        return *outcomes.insert(key, outcome);
    };

    for (Finding& finding : findings) {
        if (!needsAttention(finding.status) || finding.remedies.isEmpty()) {
            continue;
        }
        for (RemedyOption& remedy : finding.remedies) {
            const Outcome& outcome = outcomeOf(remedy);
            for (const QString& other : outcome.triggered) {
                if (other == finding.id) {
                    continue;
                }
                const ProblemInfo* problem = knowledge.problem(other);
                remedy.conflict =
                    QStringLiteral("On this system it would trigger problem %1, %2 (%3).")
                        .arg(problem ? problem->number : 0)
                        .arg(other, problem ? problem->title : QString());
                break;
            }
            // On the slice it changes, the remedy leaves its own problem in place.
            if (remedy.conflict.isEmpty() && outcome.slice && outcome.after.contains(finding.id)) {
                remedy.conflict = QStringLiteral(
                    "On this system it would not end this problem: it would still apply "
                    "afterwards, in another form.");
            }
        }
        detectors::sortRemedies(finding);
    }
}

}  // namespace zd
