// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "knowledge/remedy_conflicts.h"
#include <QCoreApplication>

#include <QHash>
#include <QSet>

#include "knowledge/detector_support.h"
#include "knowledge/problem_registry.h"

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::RemedyConflicts)
};

}  // namespace

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

// Copies the elements of `list` that `keep` accepts into a new list. The
// slices start from a copy of the facts that shares its lists with them
// (implicit sharing); erasing from such a list would first copy all of it.
template <typename T, typename Keep>
QList<T> only(const QList<T>& list, Keep keep) {
    QList<T> kept;
    for (const T& item : list) {
        if (keep(item)) {
            kept.append(item);
        }
    }
    return kept;
}

// The datasets whose slices the remedies need: the targets of dataset
// remedies and the datasets under the loop devices of loop remedies. Only
// these are indexed; a system has thousands of datasets and a handful of
// remedy targets.
QSet<QString> slicedDatasets(const QList<Finding>& findings, const Facts& facts) {
    QSet<QString> datasets;
    QSet<QString> loops;
    for (const Finding& finding : findings) {
        if (!needsAttention(finding.status)) {
            continue;
        }
        for (const RemedyOption& remedy : finding.remedies) {
            if (isDatasetRemedy(remedy.id)) {
                datasets.insert(remedy.target);
            } else if (isLoopRemedy(remedy.id)) {
                loops.insert(remedy.target);
            }
        }
    }
    if (!loops.isEmpty()) {
        for (const LoopDevice& loop : facts.loopDevices) {
            if (loop.backingLocation && loops.contains(loop.name)) {
                datasets.insert(loop.backingLocation->dataset());
            }
        }
    }
    return datasets;
}

// The wanted datasets by name (the first of a name, as ZfsFacts::dataset())
// and what sits on each: one pass over the facts instead of a scan of all of
// them per remedy (thousands of datasets, hundreds of loop devices).
struct SliceIndex {
    struct Entry {
        const ZfsDataset* dataset = nullptr;
        QList<LoopDevice> loops;
        QList<ConfiguredLoop> configuredLoops;
        QList<SysextImage> sysextImages;
        QList<SysextDirectory> sysextDirectories;
    };
    QHash<QString, Entry> byName;

    SliceIndex(const Facts& facts, const QSet<QString>& wanted) {
        byName.reserve(wanted.size());
        for (const ZfsDataset& dataset : facts.zfs.datasets) {
            if (!wanted.contains(dataset.name)) {
                continue;
            }
            Entry& entry = byName[dataset.name];
            if (!entry.dataset) {
                entry.dataset = &dataset;
            }
        }
        const auto at = [this, &wanted](const std::optional<PathLocation>& location) -> Entry* {
            return location && !location->dataset().isEmpty() &&
                           wanted.contains(location->dataset())
                       ? &byName[location->dataset()]
                       : nullptr;
        };
        for (const LoopDevice& loop : facts.loopDevices) {
            if (Entry* entry = at(loop.backingLocation)) {
                entry->loops << loop;
            }
        }
        for (const ConfiguredLoop& loop : facts.configuredLoops) {
            if (Entry* entry = at(loop.backingLocation)) {
                entry->configuredLoops << loop;
            }
        }
        for (const SysextImage& image : facts.systemd.sysextImages) {
            if (Entry* entry = at(image.location)) {
                entry->sysextImages << image;
            }
        }
        for (const SysextDirectory& directory : facts.systemd.sysextDirectories) {
            if (Entry* entry = at(directory.location)) {
                entry->sysextDirectories << directory;
            }
        }
    }
    const ZfsDataset* dataset(const QString& name) const {
        const auto found = byName.constFind(name);
        return found != byName.cend() ? found->dataset : nullptr;
    }
};

// The part of the facts a dataset remedy can change: the dataset and what
// sits on it.
Facts datasetSlice(const Facts& facts, const SliceIndex& index, const QString& dataset) {
    // Assigning lists (never erasing from the copy) keeps the slice from
    // copying the lists it shares with `facts`.
    Facts slice = facts;
    slice.zfs.datasets = {};
    slice.loopDevices = {};
    slice.configuredLoops = {};
    slice.systemd.sysextImages = {};
    slice.systemd.sysextDirectories = {};
    const auto found = index.byName.constFind(dataset);
    if (found == index.byName.cend()) {
        return slice;
    }
    if (found->dataset) {
        slice.zfs.datasets << *found->dataset;
    }
    slice.loopDevices = found->loops;
    slice.configuredLoops = found->configuredLoops;
    slice.systemd.sysextImages = found->sysextImages;
    slice.systemd.sysextDirectories = found->sysextDirectories;
    return slice;
}

// A loop remedy changes the loop device alone (and what its dataset holds for it).
Facts loopSlice(const Facts& facts, const SliceIndex& index, const QString& loopName) {
    Facts slice = facts;
    slice.loopDevices = only(facts.loopDevices,
                             [&loopName](const LoopDevice& loop) { return loop.name == loopName; });
    slice.zfs.datasets = {};
    if (!slice.loopDevices.isEmpty() && slice.loopDevices.first().backingLocation) {
        if (const ZfsDataset* found =
                index.dataset(slice.loopDevices.first().backingLocation->dataset())) {
            slice.zfs.datasets << *found;
        }
    }
    slice.configuredLoops = {};
    slice.systemd.sysextImages = {};
    slice.systemd.sysextDirectories = {};
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

// A dataset or loop slice with its names replaced by fixed ones. Detectors
// use names only to say what they mean and to find a loop device's dataset,
// so two remedies whose slices have the same shape end the same way: the
// outcome is worked out once per shape, not once per loop device or dataset
// (a system can have hundreds of loop devices and thousands of datasets).
// Slices with sysext images, sysext directories or fstab lines keep their
// names (their paths are part of what the detectors report).
struct Shape {
    QString remedyId;
    QList<ZfsDataset> datasets;
    QList<LoopDevice> loops;
    bool operator==(const Shape&) const = default;
};

// Only a few fields, enough to spread the shapes over buckets; equality
// still compares all of them.
size_t qHash(const Shape& shape, size_t seed = 0) {
    seed = qHashMulti(seed, shape.remedyId, shape.datasets.size(), shape.loops.size());
    for (const ZfsDataset& dataset : shape.datasets) {
        seed = qHashMulti(seed, dataset.direct.value, dataset.direct.source,
                          dataset.recordsize.value, dataset.mounted.value);
    }
    for (const LoopDevice& loop : shape.loops) {
        seed = qHashMulti(seed, int(loop.directIo), int(loop.readOnly),
                          loop.logicalBlockSize.value_or(0), loop.offset, loop.sizeLimit);
    }
    return seed;
}

bool hasShape(const Facts& slice) {
    return slice.configuredLoops.isEmpty() && slice.systemd.sysextImages.isEmpty() &&
           slice.systemd.sysextDirectories.isEmpty();
}

// Renames the slice's dataset and loop devices (and the remedy's target with
// them) and returns the shape they leave.
Shape normalise(Facts& slice, RemedyOption& remedy) {
    static const QString kDataset = QStringLiteral("pool/dataset");
    static const QString kMountPoint = QStringLiteral("/slice");
    if (isDatasetRemedy(remedy.id)) {
        remedy.target = kDataset;
    }
    for (ZfsDataset& dataset : slice.zfs.datasets) {
        dataset.name = kDataset;
        dataset.mountpoint.value = kMountPoint;
    }
    for (qsizetype i = 0; i < slice.loopDevices.size(); ++i) {
        LoopDevice& loop = slice.loopDevices[i];
        const QString name = QStringLiteral("loop%1").arg(i);
        if (isLoopRemedy(remedy.id) && loop.name == remedy.target) {
            remedy.target = name;
        }
        loop.name = name;
        loop.backingFile = QStringLiteral("%1/image%2").arg(kMountPoint).arg(i);
        if (loop.backingLocation && !loop.backingLocation->dataset().isEmpty()) {
            loop.backingLocation->source = kDataset;
            loop.backingLocation->mountPoint = kMountPoint;
        }
    }
    return Shape{remedy.id, slice.zfs.datasets, slice.loopDevices};
}

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
    if (remedy.id == QLatin1String("dmu-offset-next-sync-off")) {
        after.zfs.parameters.insert(QStringLiteral("zfs_dmu_offset_next_sync"),
                                    QStringLiteral("0"));
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
    std::optional<SliceIndex> index;  // built when a slice first needs it
    const auto datasetIndex = [&]() -> const SliceIndex& {
        if (!index) {
            index.emplace(facts, slicedDatasets(findings, facts));
        }
        return *index;
    };
    QHash<Shape, Outcome> shapes;
    const auto judge = [&](const Facts& base, const QHash<QString, FindingStatus>& before,
                           const RemedyOption& remedy, bool slice) {
        Outcome outcome;
        outcome.slice = slice;
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
        return outcome;
    };
    const auto outcomeOf = [&](const RemedyOption& remedy) -> const Outcome& {
        const QString key = remedy.id + QLatin1Char('\n') + remedy.target;
        if (const auto found = outcomes.constFind(key); found != outcomes.cend()) {
            return *found;
        }
        const bool datasetRemedy = isDatasetRemedy(remedy.id);
        if (!datasetRemedy && !isLoopRemedy(remedy.id)) {
            return *outcomes.insert(key, judge(facts, wholeBefore, remedy, false));
        }
        Facts slice = datasetRemedy ? datasetSlice(facts, datasetIndex(), remedy.target)
                                    : loopSlice(facts, datasetIndex(), remedy.target);
        if (!hasShape(slice)) {
            return *outcomes.insert(key,
                                    judge(slice, statuses(slice, knowledge, probes), remedy, true));
        }
        RemedyOption renamed = remedy;
        const Shape shape = normalise(slice, renamed);
        if (const auto known = shapes.constFind(shape); known != shapes.cend()) {
            return *outcomes.insert(key, *known);
        }
        const Outcome outcome = judge(slice, statuses(slice, knowledge, probes), renamed, true);
        shapes.insert(shape, outcome);
        return *outcomes.insert(key, outcome);
    };

    // The sentences, made once: thousands of remedies can share one.
    QHash<QString, QString> triggersSentence;
    const auto triggers = [&](const QString& other) -> const QString& {
        if (const auto found = triggersSentence.constFind(other);
            found != triggersSentence.cend()) {
            return *found;
        }
        const ProblemInfo* problem = knowledge.problem(other);
        return *triggersSentence.insert(
            other, Text::tr("On this system it would trigger problem %1, %2 (%3).")
                       .arg(problem ? problem->number : 0)
                       .arg(other, problem ? problem->title : QString()));
    };
    const QString stillApplies = Text::tr(
        "On this system it would not end this problem: it would still apply "
        "afterwards, in another form.");

    for (Finding& finding : findings) {
        if (!needsAttention(finding.status) || finding.remedies.isEmpty()) {
            continue;
        }
        bool anyConflict = false;
        for (RemedyOption& remedy : finding.remedies) {
            const Outcome& outcome = outcomeOf(remedy);
            for (const QString& other : outcome.triggered) {
                if (other != finding.id) {
                    remedy.conflict = triggers(other);
                    break;
                }
            }
            // On the slice it changes, the remedy leaves its own problem in place.
            if (remedy.conflict.isEmpty() && outcome.slice && outcome.after.contains(finding.id)) {
                remedy.conflict = stillApplies;
            }
            anyConflict = anyConflict || !remedy.conflict.isEmpty();
        }
        // The detector sorted them already; only a conflict changes the order.
        if (anyConflict) {
            detectors::sortRemedies(finding);
        }
    }
}

}  // namespace zd
