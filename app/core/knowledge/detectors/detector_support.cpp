// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "knowledge/detectors/detector_support.h"

#include <QSet>
#include <algorithm>

#include "knowledge/remedy_template.h"

namespace zd::detectors {

Finding startFinding(const ProblemInfo& problem) {
    Finding finding;
    finding.id = problem.id;
    finding.number = problem.number;
    finding.title = problem.title;
    finding.severity = problem.severity;
    finding.references = problem.referenceUrls();
    return finding;
}

void conclude(Finding& finding, FindingStatus status, const QString& summary) {
    finding.status = status;
    finding.summary = summary;
    if (status == FindingStatus::NotAffected || status == FindingStatus::Unknown) {
        finding.remedies.clear();
    }
    sortRemedies(finding);
}

void concludeUnknown(Finding& finding, const QString& reason) {
    finding.unknownReason = reason;
    conclude(finding, FindingStatus::Unknown, reason);
}

ZfsVersion zfsVersion(const Facts& facts) {
    const ZfsFacts& zfs = facts.zfs;
    ZfsVersion result;
    result.installed = zfs.moduleLoaded || zfs.userlandInstalled || !zfs.kmodVersion.isEmpty();
    if (!result.installed) {
        return result;
    }

    struct Source {
        QString text;
        QString label;
        QString note;
    };
    QList<Source> sources;
    if (zfs.moduleLoaded) {
        sources << Source{zfs.kmodVersion, QStringLiteral("ZFS kernel module"),
                          QStringLiteral("the loaded module (/sys/module/zfs/version): what "
                                         "matters for kernel bugs")};
        sources << Source{zfs.userlandKmodVersion, QStringLiteral("ZFS kernel module"),
                          QStringLiteral("from the zfs-kmod line of `zfs version`")};
    }
    sources << Source{zfs.userlandVersion, QStringLiteral("ZFS userland"),
                      zfs.moduleLoaded
                          ? QStringLiteral("the module's own version could not be read; the "
                                           "userland version is used instead")
                          : QStringLiteral("the zfs module is not loaded: the userland version "
                                           "stands in for the module that will load")};
    QStringList unparsed;
    for (const Source& source : sources) {
        if (source.text.isEmpty()) {
            continue;
        }
        if (const std::optional<Version> version = Version::parse(source.text)) {
            result.version = version;
            result.evidence = FindingEvidence{source.label, source.text, true, source.note};
            break;
        }
        unparsed << source.text;
    }
    if (!result.version) {
        result.evidence = FindingEvidence{
            QStringLiteral("ZFS version"),
            unparsed.isEmpty() ? QStringLiteral("not known") : unparsed.join(QStringLiteral(", ")),
            true, QString()};
        result.unknownReason =
            unparsed.isEmpty()
                ? QStringLiteral("ZFS is installed but its version could not be read.")
                : QStringLiteral("The ZFS version \"%1\" is not a version ZFS Doctor can read.")
                      .arg(unparsed.first());
        return result;
    }
    if (zfs.versionMismatch()) {
        result.extraEvidence << FindingEvidence{
            QStringLiteral("ZFS userland"), zfs.userlandVersion, false,
            QStringLiteral("differs from the loaded module %1: the new module loads at the next "
                           "reboot")
                .arg(zfs.kmodVersion)};
    }
    if (result.version->isDevelopmentBuild()) {
        result.extraEvidence << FindingEvidence{
            QStringLiteral("development build"), result.version->text(), false,
            QStringLiteral("a build between releases may already carry fixes of the next "
                           "release; the verdict assumes it does not")};
    }
    return result;
}

KernelVersion kernelVersion(const Facts& facts) {
    KernelVersion result;
    const QString& release = facts.kernel.release;
    result.version = Version::parse(release);
    result.evidence =
        FindingEvidence{QStringLiteral("running kernel"),
                        release.isEmpty() ? QStringLiteral("not known") : release, true, QString()};
    if (!result.version) {
        result.unknownReason =
            release.isEmpty()
                ? QStringLiteral("The running kernel's release is not known.")
                : QStringLiteral("The kernel release \"%1\" is not a version ZFS Doctor can read.")
                      .arg(release);
    }
    return result;
}

bool checkZfsVersion(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                     std::optional<Version>* version, bool needsDirectProperty) {
    const ZfsVersion zfs = zfsVersion(facts);
    if (!zfs.installed) {
        finding.evidence << FindingEvidence{QStringLiteral("ZFS"), QStringLiteral("not installed"),
                                            true,
                                            QStringLiteral("no zfs module and no zfs command")};
        conclude(finding, FindingStatus::NotAffected, QStringLiteral("ZFS is not installed."));
        return false;
    }
    // Checked before the version: "no `direct` property" is the clearest
    // reason, and it holds even when the version string is unreadable.
    if (needsDirectProperty && !checkDirectPropertySupported(finding, facts)) {
        return false;
    }
    FindingEvidence versionLine = zfs.evidence;
    if (zfs.version) {
        versionLine.note += QStringLiteral("; affected: ") + describeRanges(problem.zfsAffected);
    }
    finding.evidence << versionLine << zfs.extraEvidence;
    if (!zfs.version) {
        concludeUnknown(finding, zfs.unknownReason);
        return false;
    }
    *version = zfs.version;
    if (!anyContains(problem.zfsAffected, *zfs.version)) {
        conclude(finding, FindingStatus::NotAffected,
                 QStringLiteral("ZFS %1 is outside the affected versions (%2; fixed in %3).")
                     .arg(zfs.version->toString(), describeRanges(problem.zfsAffected),
                          problem.zfsFixedIn.join(QStringLiteral(", "))));
        return false;
    }
    if (zfs.version->isDevelopmentBuild()) {
        finding.confidence = Confidence::RestsOnUnconfirmed;
    }
    return true;
}

bool checkKernelVersion(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                        std::optional<Version>* version) {
    if (problem.anyKernel()) {
        return true;
    }
    const KernelVersion kernel = kernelVersion(facts);
    finding.evidence << kernel.evidence;
    if (!kernel.version) {
        concludeUnknown(finding, kernel.unknownReason);
        return false;
    }
    finding.evidence.last().note =
        QStringLiteral("affected kernels: ") + describeRanges(problem.kernelAffected);
    *version = kernel.version;
    return true;
}

bool checkDirectPropertySupported(Finding& finding, const Facts& facts) {
    if (facts.zfs.directPropertySupported != std::optional<bool>(false)) {
        return true;
    }
    finding.evidence << FindingEvidence{
        QStringLiteral("`direct` property"), QStringLiteral("not supported"), true,
        QStringLiteral("`zfs get direct` reports an invalid property: this ZFS predates 2.3.0")};
    conclude(finding, FindingStatus::NotAffected,
             QStringLiteral("This ZFS has no `direct` property (it came with 2.3.0), so it has no "
                            "Direct I/O code path to go wrong."));
    return false;
}

bool checkDirectIoEnabled(Finding& finding, const Facts& facts) {
    const auto parameter = facts.zfs.parameters.constFind(QStringLiteral("zfs_dio_enabled"));
    if (parameter == facts.zfs.parameters.constEnd()) {
        finding.evidence << FindingEvidence{
            QStringLiteral("zfs_dio_enabled"), QStringLiteral("not read"), false,
            facts.zfs.moduleLoaded ? QStringLiteral("parameter not found; assuming the default (1)")
                                   : QStringLiteral("module not loaded; assuming the default (1)")};
        return true;
    }
    if (parameter->trimmed() != QLatin1String("0")) {
        finding.evidence << FindingEvidence{QStringLiteral("zfs_dio_enabled"), parameter->trimmed(),
                                            false, QStringLiteral("Direct I/O is enabled")};
        return true;
    }
    finding.evidence << FindingEvidence{
        QStringLiteral("zfs_dio_enabled"), QStringLiteral("0"), true,
        QStringLiteral("Direct I/O is off module-wide: every dataset acts as direct=disabled")};
    conclude(finding, FindingStatus::NotAffected,
             QStringLiteral("Direct I/O is turned off for the whole module (zfs_dio_enabled=0), "
                            "so no dataset takes the Direct I/O path."));
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
    for (const SysextImage& image : facts.systemd.sysextImages) {
        want(image.location);
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
        return QStringLiteral("not known");
    }
    if (dataset.direct.source.isEmpty() || dataset.direct.source == QLatin1String("-")) {
        return dataset.direct.value;
    }
    return QStringLiteral("%1 (%2)").arg(dataset.direct.value, dataset.direct.source);
}

QList<ProbeResult> probesNamed(const QList<ProbeResult>& probes, const QString& name) {
    QList<ProbeResult> result;
    if (name.isEmpty()) {
        return result;
    }
    for (const ProbeResult& probe : probes) {
        if (probe.probe == name) {
            result << probe;
        }
    }
    return result;
}

bool probeConfirms(const ProblemInfo& problem, const ProbeResult& result) {
    return result.ran && result.errorNumber != 0 &&
           problem.probe.confirmingErrors.contains(result.errorName);
}

FindingEvidence probeEvidence(const ProblemInfo& problem, const ProbeResult& result) {
    const QString label = QStringLiteral("probe %1 on %2").arg(result.probe, result.dataset);
    if (!result.ran) {
        return FindingEvidence{label, QStringLiteral("not run"), false, result.refusedReason};
    }
    if (probeConfirms(problem, result)) {
        return FindingEvidence{label, result.errorName, true,
                               QStringLiteral("reproduces the mechanism: %1").arg(result.detail)};
    }
    if (result.errorNumber == 0) {
        return FindingEvidence{
            label, QStringLiteral("succeeded (%1 bytes)").arg(result.bytes), true,
            QStringLiteral("not reproduced on this dataset: %1").arg(result.detail)};
    }
    return FindingEvidence{
        label, result.errorName, false,
        QStringLiteral("an error this problem does not explain: %1").arg(result.detail)};
}

bool isTrueNas(const Facts& facts) {
    return facts.distro.family == DistroFamily::TrueNasScale;
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
    RemedyOption option;
    option.id = info->id;
    option.target = context.target;
    option.title = info->title;
    option.command = fillTemplate(info->commandTemplate(variants), context.values);
    option.undo = fillTemplate(info->undoTemplate(variants), context.values);
    option.risk = info->risk;
    option.rank = info->rank;
    option.automatic = info->automatic;
    if (trueNas && info->target != QLatin1String("dataset") &&
        info->target != QLatin1String("loop-device")) {
        option.automatic = false;
    }
    // The helper knows how to pin kernels with dnf and apt only; elsewhere the
    // data's "default" variant is guidance for a person.
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
    std::stable_sort(finding.remedies.begin(), finding.remedies.end(),
                     [](const RemedyOption& a, const RemedyOption& b) {
                         if (a.rank != b.rank) {
                             return a.rank < b.rank;
                         }
                         return a.target < b.target;
                     });
}

const InstalledKernel* kernelPinCandidate(const Facts& facts,
                                          const std::function<bool(const Version&)>& unaffected) {
    if (isTrueNas(facts)) {
        return nullptr;
    }
    const InstalledKernel* best = nullptr;
    std::optional<Version> bestVersion;
    for (const InstalledKernel& kernel : facts.kernel.installed) {
        const std::optional<Version> version = Version::parse(kernel.release);
        if (!version || !unaffected(*version)) {
            continue;
        }
        if (!bestVersion || *bestVersion < *version) {
            best = &kernel;
            bestVersion = version;
        }
    }
    return best;
}

void addKernelPin(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                  const std::function<bool(const Version&)>& unaffected) {
    const InstalledKernel* kernel = kernelPinCandidate(facts, unaffected);
    if (!kernel) {
        return;
    }
    QString package = kernel->package;
    // Without a recorded owner, the distributions' standard package names.
    if (package.isEmpty() && facts.distro.family == DistroFamily::Fedora) {
        package = QStringLiteral("kernel-core-") + kernel->release;
    } else if (package.isEmpty() && (facts.distro.family == DistroFamily::Debian ||
                                     facts.distro.family == DistroFamily::Ubuntu)) {
        package = QStringLiteral("linux-image-") + kernel->release;
    }
    RemedyContext context;
    context.target = kernel->release;
    context.values.insert(QStringLiteral("kernel"), kernel->release);
    if (!package.isEmpty()) {
        context.values.insert(QStringLiteral("kernel_package"), package);
    }
    if (!facts.kernel.defaultBoot.isEmpty()) {
        context.values.insert(QStringLiteral("default_kernel"), facts.kernel.defaultBoot);
    }
    finding.evidence << FindingEvidence{QStringLiteral("unaffected kernel installed"),
                                        kernel->release, false,
                                        QStringLiteral("can be pinned and booted by default")};
    addRemedy(finding, problem, QStringLiteral("kernel-pin"), facts, context);
}

void addKernelLogEvidence(Finding& finding, const Facts& facts, KernelLogHit::Kind kind,
                          const QString& label) {
    for (const KernelLogHit& hit : facts.kernelLog.hits) {
        if (hit.kind == kind) {
            finding.evidence << FindingEvidence{label, hit.line, false,
                                                QStringLiteral("seen in the kernel log")};
        }
    }
}

}  // namespace zd::detectors
