// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "knowledge/detector_support.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

#include "knowledge/remedy_template.h"

namespace zd::detectors {

namespace {

// The sentences every detector shares, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Detectors)
};

void conclude(Finding& finding, FindingStatus status, const QString& summary) {
    finding.status = status;
    finding.summary = summary;
    if (status == FindingStatus::NotAffected || status == FindingStatus::Unknown) {
        finding.remedies.clear();
    }
    sortRemedies(finding);
}

// An x.y.99 build sits between the x.y releases and x.(y+1).0: it may carry
// a fix that went into x.(y+1), or predate it. It could be affected when a
// range holds a release of either line.
bool developmentBuildCouldBeAffected(const QList<VersionRange>& ranges, const Version& version) {
    return anyContains(ranges, Version(version.majorVersion(), version.minorVersion(), 0)) ||
           anyContains(ranges, Version(version.majorVersion(), version.minorVersion() + 1, 0));
}

}  // namespace

Finding startFinding(const ProblemInfo& problem) {
    Finding finding;
    finding.id = problem.id;
    finding.number = problem.number;
    finding.title = problem.title;
    finding.severity = problem.severity;
    finding.references = problem.referenceUrls();
    return finding;
}

void concludeAffected(Finding& finding, const QString& summary) {
    conclude(finding, FindingStatus::Affected, summary);
}

void concludeAtRisk(Finding& finding, const QString& nextStep, const QString& summary) {
    Q_ASSERT(!nextStep.isEmpty());
    finding.nextStep = nextStep;
    conclude(finding, FindingStatus::AtRisk, summary);
}

void concludeNotAffected(Finding& finding, const QString& summary) {
    finding.latent = false;
    conclude(finding, FindingStatus::NotAffected, summary);
}

void concludeUnknown(Finding& finding, const QString& reason) {
    finding.unknownReason = reason;
    conclude(finding, FindingStatus::Unknown, reason);
}

QString ZfsGate::text() const {
    return version ? Text::tr("ZFS %1").arg(version->text().isEmpty() ? version->toString()
                                                                      : version->text())
                   : Text::tr("ZFS (version not known)");
}

QString unreadReason(const Facts& facts, FactArea area) {
    const CollectorNote* note = facts.unread(area);
    return note ? note->message : QString();
}

ZfsGate gateZfs(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                bool needsDirectProperty) {
    const ZfsFacts& zfs = facts.zfs;
    ZfsGate gate;
    if (zfs.absent()) {
        finding.evidence << FindingEvidence{Text::tr("ZFS"), Text::tr("not installed"), true,
                                            Text::tr("no zfs module and no zfs command")};
        concludeNotAffected(finding, Text::tr("ZFS is not installed."));
        gate.state = ZfsGate::State::Absent;
        return gate;
    }
    struct Source {
        QString text;
        QString label;
        QString note;
    };
    QList<Source> sources;
    if (zfs.moduleLoaded == Tri::Yes) {
        sources << Source{zfs.kmodVersion, Text::tr("ZFS kernel module"),
                          Text::tr("the loaded module (/sys/module/zfs/version): what "
                                   "matters for kernel bugs")};
        sources << Source{zfs.userlandKmodVersion, Text::tr("ZFS kernel module"),
                          Text::tr("from the zfs-kmod line of `zfs version`")};
    }
    sources << Source{zfs.userlandVersion, Text::tr("ZFS userland"),
                      zfs.moduleLoaded == Tri::Yes
                          ? Text::tr("the module's own version could not be read; the "
                                     "userland version is used instead")
                          : Text::tr("the zfs module is not loaded: the userland version "
                                     "stands in for the module that will load")};
    QStringList unparsed;
    for (const Source& source : sources) {
        if (source.text.isEmpty()) {
            continue;
        }
        if (const std::optional<Version> version = Version::parse(source.text)) {
            gate.version = version;
            finding.evidence << FindingEvidence{
                source.label, source.text, true,
                Text::tr("%1; affected: %2").arg(source.note, describeRanges(problem.zfsAffected))};
            break;
        }
        unparsed << source.text;
    }
    // A ZFS without the `direct` property (the userland cannot read it, or
    // the version predates 2.3.0) has no Direct I/O path, unless the loaded
    // module itself is 2.3 or newer (a newer module under older tools).
    if (needsDirectProperty && zfs.directPropertySupported == std::optional<bool>(false) &&
        (!gate.version || *gate.version < Version(2, 3, 0))) {
        finding.evidence << FindingEvidence{
            Text::tr("`direct` property"), Text::tr("not supported"), true,
            Text::tr("`zfs get direct` reports an invalid property: this ZFS predates 2.3.0")};
        concludeNotAffected(finding, Text::tr("This ZFS has no `direct` property (it came with "
                                              "2.3.0), so it has no Direct I/O code path to go "
                                              "wrong."));
        gate.state = ZfsGate::State::Outside;
        return gate;
    }
    if (!gate.version) {
        gate.state = ZfsGate::State::Unknown;
        if (zfs.moduleLoaded == Tri::Unknown && zfs.userlandInstalled != Tri::Yes) {
            const QString why = unreadReason(facts, FactArea::ZfsModule);
            gate.reason =
                Text::tr("whether ZFS is installed is not known (%1)")
                    .arg(why.isEmpty() ? unreadReason(facts, FactArea::ZfsUserland) : why);
        } else if (unparsed.isEmpty()) {
            gate.reason = Text::tr("ZFS is installed but its version could not be read");
        } else {
            gate.reason = Text::tr("the ZFS version \"%1\" is not a version ZFS Doctor can read")
                              .arg(unparsed.first());
        }
        finding.evidence << FindingEvidence{
            Text::tr("ZFS version"),
            unparsed.isEmpty() ? Text::tr("not known") : unparsed.join(QStringLiteral(", ")), true,
            gate.reason};
        return gate;
    }
    if (zfs.versionMismatch()) {
        finding.evidence << FindingEvidence{
            Text::tr("ZFS userland"), zfs.userlandVersion, false,
            Text::tr("differs from the loaded module %1: the new module loads at the next "
                     "reboot")
                .arg(zfs.kmodVersion)};
    }
    const Version& version = *gate.version;
    if (version.isDevelopmentBuild()) {
        if (!developmentBuildCouldBeAffected(problem.zfsAffected, version)) {
            concludeNotAffected(finding,
                                Text::tr("ZFS %1 is a development build of a line the "
                                         "affected versions (%2) do not touch.")
                                    .arg(version.text(), describeRanges(problem.zfsAffected)));
            gate.state = ZfsGate::State::Outside;
            return gate;
        }
        gate.state = ZfsGate::State::Development;
        gate.reason = Text::tr(
                          "a development build (%1) sorts above the releases that fixed this "
                          "(%2) but may predate the fix")
                          .arg(version.text(), problem.zfsFixedIn.join(QStringLiteral(", ")));
        finding.evidence << FindingEvidence{Text::tr("development build"), version.text(), false,
                                            gate.reason};
        return gate;
    }
    if (!anyContains(problem.zfsAffected, version)) {
        concludeNotAffected(finding,
                            Text::tr("ZFS %1 is outside the affected versions (%2; fixed in %3).")
                                .arg(version.toString(), describeRanges(problem.zfsAffected),
                                     problem.zfsFixedIn.join(QStringLiteral(", "))));
        gate.state = ZfsGate::State::Outside;
        return gate;
    }
    gate.state = ZfsGate::State::InRange;
    return gate;
}

void concludeNoTrigger(Finding& finding, const ZfsGate& gate, const Facts& facts,
                       const QString& why) {
    switch (gate.state) {
        case ZfsGate::State::InRange:
            if (isTrueNas(facts)) {
                concludeNotAffected(
                    finding, Text::tr("%1 is in the affected range, but TrueNAS builds carry "
                                      "backports under upstream version numbers; nothing "
                                      "here triggers it: %2.")
                                 .arg(gate.text(), why));
                return;
            }
            concludeNotAffected(finding, Text::tr("Latent: %1 has this bug, but nothing here "
                                                  "triggers it: %2.")
                                             .arg(gate.text(), why));
            finding.latent = true;
            return;
        case ZfsGate::State::Development:
            concludeNotAffected(finding, Text::tr("%1 is a development build that may or may "
                                                  "not have this bug; nothing here triggers "
                                                  "it: %2.")
                                             .arg(gate.text(), why));
            return;
        case ZfsGate::State::Unknown:
            concludeNotAffected(
                finding, Text::tr("Nothing here triggers it: %1 (%2).").arg(why, gate.reason));
            return;
        case ZfsGate::State::Absent:
        case ZfsGate::State::Outside:
            break;
    }
}

bool versionDecidesAffected(Finding& finding, const ZfsGate& gate, const Facts& facts,
                            bool confirmed, const QString& trigger, const QString& step) {
    switch (gate.state) {
        case ZfsGate::State::Unknown:
            concludeUnknown(finding, Text::tr("%1, but %2. Run `zfs version` (or read "
                                              "/sys/module/zfs/version) on the system.")
                                         .arg(trigger, gate.reason));
            return false;
        case ZfsGate::State::Development:
            finding.confidence = Confidence::RestsOnUnconfirmed;
            concludeUnknown(finding, Text::tr("%1, and %2: whether it has the bug depends on the "
                                              "commit it was built from.")
                                         .arg(trigger, gate.reason));
            return false;
        case ZfsGate::State::InRange:
            if (isTrueNas(facts) && !confirmed) {
                finding.confidence = Confidence::RestsOnUnconfirmed;
                concludeAtRisk(finding, step,
                               Text::tr("%1 is in the affected range and %2, but this is "
                                        "unconfirmed on TrueNAS: its builds carry iXsystems "
                                        "backports under upstream version numbers. A probe "
                                        "or the symptom in the kernel log would settle it.")
                                   .arg(gate.text(), trigger));
                return false;
            }
            return true;
        case ZfsGate::State::Absent:
        case ZfsGate::State::Outside:
            break;
    }
    return false;
}

void concludeOneStepAway(Finding& finding, const ZfsGate& gate, const Facts& facts, bool confirmed,
                         const QString& trigger, const QString& step, const QString& summary) {
    if (versionDecidesAffected(finding, gate, facts, confirmed, trigger, step)) {
        concludeAtRisk(finding, step, summary);
    }
}

bool concludedUndetermined(Finding& finding, const ZfsGate& gate, const QStringList& undetermined) {
    if (undetermined.isEmpty()) {
        return false;
    }
    concludeUnknown(finding, Text::tr("%1 may have this bug, and whether anything here triggers "
                                      "it is not known: %2.")
                                 .arg(gate.text(), undetermined.join(QStringLiteral("; "))));
    return true;
}

KernelJudgement judgeKernel(const KernelLevel& level, const QList<VersionRange>& affected) {
    KernelJudgement judgement;
    judgement.level = level.level;
    if (affected.size() == 1 && affected.first().isUnbounded()) {
        judgement.state = KernelJudgement::State::Carries;
        return judgement;
    }
    const std::optional<Version> version = Version::parse(level.level);
    if (!version) {
        judgement.state = KernelJudgement::State::Unknown;
        judgement.reason = level.unknownReason.isEmpty()
                               ? Text::tr("its upstream level is not known")
                               : level.unknownReason;
        // The bounds may still answer: an Ubuntu 6.5.0-N kernel lies wholly
        // below ">=6.8", an EL 5.14.0 kernel wholly above ">=5.8".
        const std::optional<Version> floor = Version::parse(level.floor);
        const std::optional<Version> ceiling = Version::parse(level.ceiling);
        if (!floor) {
            return judgement;
        }
        bool inside = false;
        bool outside = true;
        for (const VersionRange& range : affected) {
            const bool fromBelow = !range.lower() || !(*floor < *range.lower());
            const bool toAbove = !range.upper() || (ceiling && !(*range.upper() < *ceiling));
            inside = inside || (fromBelow && toAbove);
            const bool below = range.upper() && !(*floor < *range.upper());
            const bool above = ceiling && range.lower() && !(*range.lower() < *ceiling);
            outside = outside && (below || above);
        }
        if (inside) {
            judgement.state = KernelJudgement::State::Carries;
            judgement.level = Text::tr("%1 or later").arg(floor->toString());
        } else if (outside) {
            judgement.state = KernelJudgement::State::Lacks;
            judgement.level =
                ceiling
                    ? QStringLiteral("%1.x").arg(floor->toString().section(QLatin1Char('.'), 0, 1))
                    : floor->toString();
        }
        return judgement;
    }
    judgement.state = anyContainsKernel(affected, *version) ? KernelJudgement::State::Carries
                                                            : KernelJudgement::State::Lacks;
    return judgement;
}

FindingEvidence kernelEvidence(const QString& label, const QString& release,
                               const KernelLevel& level, const QString& verdict, bool deciding) {
    QString note = level.level.isEmpty()
                       ? Text::tr("upstream level not known: %1").arg(level.unknownReason)
                       : Text::tr("upstream %1, from %2").arg(level.level, level.source);
    if (!verdict.isEmpty()) {
        note = Text::tr("%1; %2").arg(note, verdict);
    }
    return FindingEvidence{label, release.isEmpty() ? Text::tr("not known") : release, deciding,
                           note};
}

NextBoot nextBootKernel(const Facts& facts) {
    const KernelFacts& kernel = facts.kernel;
    NextBoot next;
    if (const InstalledKernel* byDefault = kernel.defaultKernel()) {
        if (byDefault->release != kernel.release) {
            next.kernel = byDefault;
            next.how = Text::tr("the default boot entry (%1)").arg(kernel.defaultBootSource);
        }
        return next;
    }
    if (!kernel.defaultBoot.isEmpty()) {
        return next;  // a default we know, but not as an installed kernel: nothing to judge
    }
    const auto orderLevel = [](const KernelLevel& level) {
        const std::optional<Version> exact = Version::parse(level.level);
        return exact ? exact : Version::parse(level.floor);
    };
    const InstalledKernel* newest = nullptr;
    for (const InstalledKernel& installed : kernel.installed) {
        if (installed.newerThanRunning != Tri::Yes) {
            continue;
        }
        const std::optional<Version> level = orderLevel(installed.level);
        const std::optional<Version> best = newest ? orderLevel(newest->level) : std::nullopt;
        if (!newest || (level && best && *best < *level) ||
            (level && best && *best == *level && newest->release < installed.release)) {
            newest = &installed;
        }
    }
    if (newest) {
        next.kernel = newest;
        next.how = QStringLiteral(
            "the newest installed kernel; the default boot entry could not be read, and boot "
            "loaders start the newest kernel unless told otherwise");
    }
    return next;
}

KernelOutlook judgeKernels(const Facts& facts, const QList<VersionRange>& affected) {
    KernelOutlook outlook;
    outlook.running = judgeKernel(facts.kernel.level, affected);
    outlook.next = nextBootKernel(facts);
    if (outlook.next.kernel) {
        outlook.atNextBoot = judgeKernel(outlook.next.kernel->level, affected);
    }
    return outlook;
}

bool runningKernelInRange(Finding& finding, const ProblemInfo& problem, const ZfsGate& gate,
                          const Facts& facts, const QString& trigger) {
    const KernelJudgement kernel = judgeKernel(facts.kernel.level, problem.kernelAffected);
    if (kernel.state == KernelJudgement::State::Carries) {
        return true;
    }
    const QString ranges = describeRanges(problem.kernelAffected);
    finding.evidence << kernelEvidence(Text::tr("running kernel"), facts.kernel.release,
                                       facts.kernel.level,
                                       Text::tr("affected kernels: %1").arg(ranges), true);
    if (kernel.state == KernelJudgement::State::Unknown) {
        concludeUnknown(
            finding, Text::tr("%1 and %2, but whether kernel %3 is in the "
                              "reported range (%4) is not known: %5.")
                         .arg(gate.text(), trigger, facts.kernel.release, ranges, kernel.reason));
    } else {
        concludeNoTrigger(finding, gate, facts,
                          Text::tr("%1, but kernel %2 is outside the reported range (%3)")
                              .arg(trigger, facts.kernel.release, ranges));
    }
    return false;
}

DatasetIndex::DatasetIndex(const Facts& facts) : m_facts(facts) {
    auto want = [this](const std::optional<PathLocation>& location) {
        if (location && !location->dataset().isEmpty()) {
            m_byName.insert(location->dataset(), nullptr);
        }
    };
    for (const LoopDevice& loop : facts.loopDevices) {
        want(loop.backingLocation);
    }
    for (const ConfiguredLoop& loop : facts.configuredLoops) {
        want(loop.backingLocation);
    }
    for (const SysextImage& image : facts.systemd.sysextImages) {
        want(image.location);
    }
    for (const SysextDirectory& directory : facts.systemd.sysextDirectories) {
        want(directory.location);
    }
    if (m_byName.isEmpty()) {
        return;
    }
    for (const ZfsDataset& dataset : facts.zfs.datasets) {
        const auto wanted = m_byName.find(dataset.name);
        if (wanted != m_byName.end() && !wanted.value()) {
            wanted.value() = &dataset;  // the first of a name, as ZfsFacts::dataset()
        }
    }
}

const ZfsDataset* DatasetIndex::at(const std::optional<PathLocation>& location) const {
    if (!location || location->dataset().isEmpty()) {
        return nullptr;
    }
    const auto found = m_byName.constFind(location->dataset());
    // A location the index was not built for is still answered, by a scan.
    return found != m_byName.cend() ? found.value() : m_facts.zfs.dataset(location->dataset());
}

QString directValue(const ZfsDataset& dataset) {
    return dataset.direct.present ? dataset.direct.value.trimmed() : QString();
}

QString describeDirect(const ZfsDataset& dataset) {
    if (!dataset.direct.present || dataset.direct.value.isEmpty()) {
        return Text::tr("not known");
    }
    if (dataset.direct.source.isEmpty() || dataset.direct.source == QLatin1String("-")) {
        return dataset.direct.value;
    }
    return QStringLiteral("%1 (%2)").arg(dataset.direct.value, dataset.direct.source);
}

bool directIoDisabled(Finding& finding, const Facts& facts) {
    const auto parameter = facts.zfs.parameters.constFind(QStringLiteral("zfs_dio_enabled"));
    if (parameter == facts.zfs.parameters.constEnd()) {
        const QString unread = unreadReason(facts, FactArea::ZfsParameters);
        finding.evidence << FindingEvidence{
            QStringLiteral("zfs_dio_enabled"), Text::tr("not read"), false,
            !unread.isEmpty() ? Text::tr("%1; assuming the default (1)").arg(unread)
            : facts.zfs.moduleLoaded == Tri::Yes
                ? Text::tr("parameter not found; assuming the default (1)")
                : Text::tr("module not loaded; assuming the default (1)")};
        return false;
    }
    if (parameter->trimmed() != QLatin1String("0")) {
        finding.evidence << FindingEvidence{QStringLiteral("zfs_dio_enabled"), parameter->trimmed(),
                                            false, Text::tr("Direct I/O is enabled")};
        return false;
    }
    finding.evidence << FindingEvidence{
        QStringLiteral("zfs_dio_enabled"), QStringLiteral("0"), true,
        Text::tr("Direct I/O is off module-wide: every dataset acts as direct=disabled")};
    return true;
}

bool concludedByDirectIoOff(Finding& finding, const ZfsGate& gate, const Facts& facts) {
    if (!directIoDisabled(finding, facts)) {
        return false;
    }
    concludeNoTrigger(finding, gate, facts,
                      Text::tr("Direct I/O is off module-wide (zfs_dio_enabled=0)"));
    return true;
}

ZfsGate gateDirectIo(Finding& finding, const ProblemInfo& problem, const Facts& facts) {
    ZfsGate gate = gateZfs(finding, problem, facts, true);
    if (!gate.concluded()) {
        gate.directIoOff = concludedByDirectIoOff(finding, gate, facts);
    }
    return gate;
}

namespace {

// True when a probe that ran returned one of the problem's confirming errors.
bool probeConfirms(const ProblemInfo& problem, const ProbeResult& result) {
    return result.ran && result.errorNumber != 0 &&
           problem.probe.confirmingErrors.contains(result.errorName);
}

FindingEvidence probeEvidence(const ProblemInfo& problem, const ProbeResult& result) {
    const QString label = Text::tr("probe %1 on %2").arg(result.probe, result.dataset);
    if (!result.ran) {
        return FindingEvidence{label, Text::tr("not run"), false, result.refusedReason};
    }
    if (probeConfirms(problem, result)) {
        return FindingEvidence{label, result.errorName, true,
                               Text::tr("reproduces the mechanism: %1").arg(result.detail)};
    }
    if (result.errorNumber == 0) {
        return FindingEvidence{label, Text::tr("succeeded (%1 bytes)").arg(result.bytes), true,
                               Text::tr("not reproduced on this dataset: %1").arg(result.detail)};
    }
    return FindingEvidence{
        label, result.errorName, false,
        Text::tr("an error this problem does not explain: %1").arg(result.detail)};
}

}  // namespace

ProbeOutcomes readProbes(Finding& finding, const ProblemInfo& problem,
                         const QList<ProbeResult>& probes) {
    ProbeOutcomes outcomes;
    if (problem.probe.name.isEmpty()) {
        return outcomes;
    }
    for (const ProbeResult& probe : probes) {
        if (probe.probe != problem.probe.name) {
            continue;
        }
        finding.evidence << probeEvidence(problem, probe);
        if (probeConfirms(problem, probe)) {
            outcomes.confirmed.insert(probe.dataset);
        } else if (probe.ran && probe.errorNumber == 0) {
            outcomes.notReproduced.insert(probe.dataset);
        }
    }
    return outcomes;
}

bool addKernelLogEvidence(Finding& finding, const Facts& facts, KernelLogHit::Kind kind,
                          const QString& label) {
    bool any = false;
    for (const KernelLogHit& hit : facts.kernelLog.hits) {
        if (hit.kind == kind) {
            finding.evidence << FindingEvidence{label, hit.line, true,
                                                Text::tr("seen in the kernel log")};
            any = true;
        }
    }
    return any;
}

bool isTrueNas(const Facts& facts) {
    return facts.distro.family == DistroFamily::TrueNasScale;
}

bool isUbuntuZfsBuild(const ZfsFacts& zfs) {
    const QString module = !zfs.kmodVersion.isEmpty() ? zfs.kmodVersion : zfs.userlandKmodVersion;
    const QString version = !module.isEmpty() ? module : zfs.userlandVersion;
    return version.contains(QLatin1String("ubuntu"));
}

void addRemedy(Finding& finding, const ProblemInfo& problem, const QString& remedyId,
               const Facts& facts, const RemedyContext& context) {
    const RemedyInfo* info = problem.remedy(remedyId);
    if (!info) {
        return;
    }
    const bool trueNas = isTrueNas(facts);
    // The base system of an appliance is not ours to change: kernels are never
    // pinned there, and module options would not persist.
    if (trueNas && info->target == QLatin1String("kernel")) {
        return;
    }
    QStringList variants = context.variants;
    variants << remedyVariantForDistro(facts.distro.family);
    // Ubuntu's upgrade path (a full upgrade brings a kernel with a newer zfs
    // module) fits only Ubuntu's own ZFS build, whose versions say so
    // ("2.2.2-0ubuntu9"); a ZFS built from source or taken from elsewhere gets
    // the general guidance.
    if (info->id == QLatin1String("upgrade-zfs") && facts.distro.family == DistroFamily::Ubuntu &&
        !isUbuntuZfsBuild(facts.zfs)) {
        variants.removeLast();
        variants << remedyVariantForDistro(DistroFamily::Other);
    }
    RemedyOption option;
    option.id = info->id;
    option.target = context.target;
    option.title = info->title;
    option.command = fillTemplate(info->commandTemplate(variants), context.values);
    option.undo = option.command.isEmpty()
                      ? QString()
                      : fillTemplate(info->undoTemplate(variants), context.values);
    option.guidance = fillTemplate(info->guidanceTemplate(variants), context.values);
    option.risk = info->risk;
    option.rank = info->rank;
    // Without a command for this system it is guidance only.
    option.automatic = info->automatic && !option.command.isEmpty();
    if (trueNas && info->target != QLatin1String("dataset") &&
        info->target != QLatin1String("loop-device")) {
        option.automatic = false;
    }
    // The helper pins kernels with dnf and apt only (not proxmox-boot-tool).
    const DistroFamily family = facts.distro.family;
    if (info->target == QLatin1String("kernel") && family != DistroFamily::Fedora &&
        family != DistroFamily::Debian && family != DistroFamily::Ubuntu) {
        option.automatic = false;
    }
    if (trueNas && info->target == QLatin1String("dataset")) {
        option.risk += QStringLiteral(
            " On TrueNAS the property is stored in the pool and persists, but the change "
            "bypasses the middleware, which will not know why it was made.");
    }
    finding.remedies << option;
}

RemedyContext datasetContext(const ZfsDataset& dataset) {
    RemedyContext context;
    context.target = dataset.name;
    context.values.insert(QStringLiteral("dataset"), dataset.name);
    context.values.insert(QStringLiteral("pool"), dataset.pool());
    if (dataset.direct.present && !dataset.direct.value.isEmpty()) {
        context.values.insert(QStringLiteral("previous_value"), dataset.direct.value);
    }
    if (dataset.direct.isInheritedOrDefault()) {
        context.variants << QStringLiteral("inherited");
    }
    return context;
}

RemedyContext loopContext(const LoopDevice& loop) {
    RemedyContext context;
    context.target = loop.name;
    context.values.insert(QStringLiteral("loop"), loop.name);
    context.values.insert(QStringLiteral("backing_file"), loop.backingFile);
    if (loop.backingLocation && !loop.backingLocation->dataset().isEmpty()) {
        context.values.insert(QStringLiteral("dataset"), loop.backingLocation->dataset());
        context.values.insert(QStringLiteral("pool"),
                              loop.backingLocation->dataset().section(QLatin1Char('/'), 0, 0));
    }
    return context;
}

void sortRemedies(Finding& finding) {
    // Detectors may offer the same change twice (two sysext images on one
    // dataset); keep the first. A set, not a scan per addition: a finding can
    // hold a remedy for each of thousands of datasets.
    QSet<QString> seen;
    seen.reserve(finding.remedies.size());
    finding.remedies.removeIf([&seen](const RemedyOption& option) {
        const QString key = option.id + QLatin1Char('\n') + option.target;
        if (seen.contains(key)) {
            return true;
        }
        seen.insert(key);
        return false;
    });
    // A remedy that would trigger another known problem here is never first.
    std::stable_sort(finding.remedies.begin(), finding.remedies.end(),
                     [](const RemedyOption& a, const RemedyOption& b) {
                         if (a.conflict.isEmpty() != b.conflict.isEmpty()) {
                             return a.conflict.isEmpty();
                         }
                         if (a.rank != b.rank) {
                             return a.rank < b.rank;
                         }
                         return a.target < b.target;
                     });
}

void addKernelPin(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                  const QList<VersionRange>& affectedKernels) {
    addKernelPin(finding, problem, facts,
                 [&affectedKernels](const KernelLevel& level, const InstalledKernel*) {
                     return judgeKernel(level, affectedKernels).state;
                 });
}

void addKernelPin(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                  const KernelJudge& judge) {
    if (isTrueNas(facts)) {
        return;
    }
    // For ordering: the exact level, else the lower bound.
    const auto orderLevel = [](const KernelLevel& level) {
        const std::optional<Version> exact = Version::parse(level.level);
        return exact ? exact : Version::parse(level.floor);
    };
    const KernelFacts& kernel = facts.kernel;
    const bool runningAffected = judge(kernel.level, kernel.installedKernel(kernel.release)) ==
                                 KernelJudgement::State::Carries;
    const NextBoot next = nextBootKernel(facts);
    const bool nextAffected =
        next.kernel && judge(next.kernel->level, next.kernel) == KernelJudgement::State::Carries;
    // Never a pin when neither the running nor the next-boot kernel is affected.
    if (!runningAffected && !nextAffected) {
        return;
    }
    const std::optional<Version> running = orderLevel(kernel.level);
    const InstalledKernel* best = nullptr;
    std::optional<Version> bestLevel;
    for (const InstalledKernel& installed : kernel.installed) {
        const std::optional<Version> level = orderLevel(installed.level);
        // Only kernels known to be unaffected, and never one without a zfs
        // module: it would boot without pools.
        if (!level || judge(installed.level, &installed) != KernelJudgement::State::Lacks ||
            installed.zfsModule == Tri::No) {
            continue;
        }
        // Never older than the running kernel unless the running one is affected.
        if (!runningAffected && (!running || *level < *running)) {
            continue;
        }
        const bool isRunning = installed.release == kernel.release;
        const bool bestIsRunning = best && best->release == kernel.release;
        if (!best || (isRunning && !bestIsRunning) ||
            (!bestIsRunning && !isRunning && *bestLevel < *level)) {
            best = &installed;
            bestLevel = level;
        }
    }
    if (!best) {
        return;
    }
    QString package = best->package;
    // Without a recorded owner, the distributions' standard package names.
    if (package.isEmpty() && facts.distro.family == DistroFamily::Fedora) {
        package = QStringLiteral("kernel-core-") + best->release;
    } else if (package.isEmpty() && (facts.distro.family == DistroFamily::Debian ||
                                     facts.distro.family == DistroFamily::Ubuntu)) {
        package = QStringLiteral("linux-image-") + best->release;
    }
    // Meta packages (linux-image-amd64, linux-image-generic-hwe-24.04) pull in
    // newer kernels: the pin holds them too.
    QStringList metaPackages;
    for (const InstalledPackage& installed : facts.packages) {
        QString rest = installed.name.mid(QLatin1String("linux-image-").size());
        if (rest.startsWith(QLatin1String("unsigned-"))) {
            rest = rest.mid(QLatin1String("unsigned-").size());  // a kernel, not a meta package
        }
        if (installed.name.startsWith(QLatin1String("linux-image-")) && !rest.isEmpty() &&
            !rest.at(0).isDigit()) {
            metaPackages << installed.name;
        }
    }
    // dnf 4's `versionlock delete` does not match a spec with the arch
    // (kernel-core-6.12.24-200.fc41.x86_64 exits 0 and leaves the lock; tried
    // with dnf 4.14 in tests/fedora's installroot), while name-version-release
    // works for both add and delete: the commands name the package that way.
    if (facts.distro.family == DistroFamily::Fedora) {
        static const QStringList kArches{QStringLiteral("x86_64"),  QStringLiteral("aarch64"),
                                         QStringLiteral("ppc64le"), QStringLiteral("s390x"),
                                         QStringLiteral("i686"),    QStringLiteral("armv7hl")};
        const QString arch = package.section(QLatin1Char('.'), -1);
        if (package.count(QLatin1Char('.')) > 1 && kArches.contains(arch)) {
            package.chop(arch.size() + 1);
        }
    }
    RemedyContext context;
    context.target = best->release;
    context.values.insert(QStringLiteral("kernel"), best->release);
    if (!package.isEmpty()) {
        context.values.insert(QStringLiteral("kernel_package"), package);
    }
    context.values.insert(QStringLiteral("kernel_meta_packages"),
                          metaPackages.join(QLatin1Char(' ')));
    if (!kernel.defaultBoot.isEmpty()) {
        context.values.insert(QStringLiteral("default_kernel"), kernel.defaultBoot);
    }
    finding.evidence << FindingEvidence{
        Text::tr("unaffected kernel installed"), best->release, false,
        best->release == kernel.release
            ? Text::tr("the running kernel: pin it and keep booting it")
            : Text::tr("without the change: can be pinned and booted by default")};
    addRemedy(finding, problem, QStringLiteral("kernel-pin"), facts, context);
}

void addKernelRemedies(Finding& finding, const ProblemInfo& problem, const Facts& facts) {
    addKernelPin(finding, problem, facts, problem.kernelAffected);
    addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);
}

}  // namespace zd::detectors
