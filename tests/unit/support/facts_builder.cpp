// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/facts_builder.h"

#include <QFileInfo>

#include "collect/parsers/kernel_level.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/problem_registry.h"
#include "util/version.h"

namespace zd::test {

namespace {
PathLocation zfsLocation(const QString& dataset) {
    return PathLocation{QStringLiteral("/") + dataset, QStringLiteral("zfs"), dataset};
}
}  // namespace

FactsBuilder& FactsBuilder::distro(DistroFamily family, const QString& id) {
    m_facts.distro.family = family;
    m_facts.distro.id = id;
    return *this;
}

FactsBuilder& FactsBuilder::kernel(const QString& release, const QString& procVersion) {
    m_facts.kernel.release = release;
    m_facts.kernel.procVersion = procVersion;
    if (!m_facts.kernel.installedKernel(release)) {
        installedKernel(release);
    }
    return *this;
}

FactsBuilder& FactsBuilder::kernelLevel(const KernelLevel& level) {
    m_facts.kernel.level = level;
    m_levelSet = true;
    return *this;
}

FactsBuilder& FactsBuilder::installedKernel(const QString& release, const QString& package,
                                            const QString& packageVersion, Tri zfsModule) {
    for (InstalledKernel& existing : m_facts.kernel.installed) {
        if (existing.release == release) {
            existing.package = package;
            existing.packageVersion = packageVersion;
            existing.zfsModule = zfsModule;
            return *this;
        }
    }
    InstalledKernel kernel;
    kernel.release = release;
    kernel.package = package;
    kernel.packageVersion = packageVersion;
    kernel.seenIn = {QStringLiteral("/lib/modules")};
    kernel.zfsModule = zfsModule;
    m_facts.kernel.installed << kernel;
    return *this;
}

FactsBuilder& FactsBuilder::package(const QString& name, const QString& version, bool held) {
    m_facts.packages << InstalledPackage{name, version, held};
    return *this;
}

FactsBuilder& FactsBuilder::kernelHeaders(const QString& release, Tri present) {
    for (InstalledKernel& existing : m_facts.kernel.installed) {
        if (existing.release == release) {
            existing.headers = present;
        }
    }
    return *this;
}

FactsBuilder& FactsBuilder::defaultBoot(const QString& release) {
    m_facts.kernel.defaultBoot = release;
    m_facts.kernel.defaultBootSource = QStringLiteral("grubby");
    return *this;
}

FactsBuilder& FactsBuilder::zfsModule(const QString& version) {
    ZfsFacts& zfs = m_facts.zfs;
    zfs.moduleLoaded = Tri::Yes;
    zfs.kmodVersion = version;
    zfs.userlandInstalled = Tri::Yes;
    zfs.userlandVersion = version;
    zfs.userlandKmodVersion = version;
    const std::optional<Version> parsed = Version::parse(version);
    const bool hasDirectIo = parsed && *parsed >= Version(2, 3, 0);
    zfs.directPropertySupported = hasDirectIo;
    if (hasDirectIo) {
        zfs.parameters.insert(QStringLiteral("zfs_dio_enabled"), QStringLiteral("1"));
    } else {
        zfs.parameters.remove(QStringLiteral("zfs_dio_enabled"));
    }
    // Every release has zfs_dmu_offset_next_sync; it defaults to 1 from 2.1.5
    // on (openzfs/zfs 9f6943504a), to 0 before.
    const bool strictHoles = !parsed || *parsed >= Version(2, 1, 5);
    zfs.parameters.insert(QStringLiteral("zfs_dmu_offset_next_sync"),
                          strictHoles ? QStringLiteral("1") : QStringLiteral("0"));
    return *this;
}

FactsBuilder& FactsBuilder::zfsUserlandOnly(const QString& version) {
    ZfsFacts& zfs = m_facts.zfs;
    zfs.moduleLoaded = Tri::No;
    zfs.kmodVersion.clear();
    zfs.userlandKmodVersion.clear();
    zfs.userlandInstalled = Tri::Yes;
    zfs.userlandVersion = version;
    zfs.parameters.clear();
    const std::optional<Version> parsed = Version::parse(version);
    zfs.directPropertySupported = parsed && *parsed >= Version(2, 3, 0);
    return *this;
}

FactsBuilder& FactsBuilder::zfsUserland(const QString& version) {
    m_facts.zfs.userlandInstalled = Tri::Yes;
    m_facts.zfs.userlandVersion = version;
    return *this;
}

FactsBuilder& FactsBuilder::parameter(const QString& name, const QString& value) {
    m_facts.zfs.parameters.insert(name, value);
    return *this;
}

FactsBuilder& FactsBuilder::withoutParameter(const QString& name) {
    m_facts.zfs.parameters.remove(name);
    return *this;
}

FactsBuilder& FactsBuilder::directSupported(std::optional<bool> supported) {
    m_facts.zfs.directPropertySupported = supported;
    return *this;
}

FactsBuilder& FactsBuilder::dataset(const QString& name, const QString& direct,
                                    const QString& source) {
    ZfsDataset dataset;
    dataset.name = name;
    dataset.direct = ZfsProperty{direct, source, true};
    dataset.recordsize = ZfsProperty{QStringLiteral("131072"), QStringLiteral("default"), true};
    dataset.mountpoint = ZfsProperty{QStringLiteral("/") + name, QStringLiteral("default"), true};
    dataset.mounted = ZfsProperty{QStringLiteral("yes"), QStringLiteral("-"), true};
    dataset.readonly = ZfsProperty{QStringLiteral("off"), QStringLiteral("default"), true};
    m_facts.zfs.datasets << dataset;
    return *this;
}

FactsBuilder& FactsBuilder::datasetWithoutDirect(const QString& name) {
    dataset(name);
    m_facts.zfs.datasets.last().direct = ZfsProperty{};
    return *this;
}

FactsBuilder& FactsBuilder::loopOnZfs(const QString& loop, const QString& backingFile,
                                      const QString& dataset, bool directIo) {
    return loopOn(loop, backingFile, QStringLiteral("zfs"), dataset, directIo);
}

FactsBuilder& FactsBuilder::loopOn(const QString& loop, const QString& backingFile,
                                   const QString& fsType, const QString& source, bool directIo) {
    loopUnlocated(loop, backingFile, directIo);
    PathLocation location{fsType == QLatin1String("zfs") ? QStringLiteral("/") + source
                                                         : QFileInfo(backingFile).path(),
                          fsType, source};
    m_facts.loopDevices.last().backingLocation = location;
    return *this;
}

FactsBuilder& FactsBuilder::loopUnlocated(const QString& loop, const QString& backingFile,
                                          bool directIo) {
    LoopDevice device;
    device.name = loop;
    device.backingFile = backingFile;
    device.directIo = triFromBool(directIo);
    device.readOnly = Tri::No;
    device.logicalBlockSize = 512;
    m_facts.loopDevices << device;
    return *this;
}

FactsBuilder& FactsBuilder::readOnly(Tri value) {
    m_facts.loopDevices.last().readOnly = value;
    return *this;
}

FactsBuilder& FactsBuilder::blockSize(std::optional<int> bytes) {
    m_facts.loopDevices.last().logicalBlockSize = bytes;
    return *this;
}

FactsBuilder& FactsBuilder::directIo(Tri value) {
    m_facts.loopDevices.last().directIo = value;
    return *this;
}

FactsBuilder& FactsBuilder::fstabLoopOnZfs(const QString& backingFile, const QString& dataset,
                                           bool readOnly) {
    ConfiguredLoop loop;
    loop.backingFile = backingFile;
    loop.mountPoint = QStringLiteral("/mnt/image");
    loop.fsType = QStringLiteral("ext4");
    loop.readOnly = readOnly;
    loop.origin = QStringLiteral("/etc/fstab line %1").arg(m_facts.configuredLoops.size() + 4);
    loop.backingLocation = zfsLocation(dataset);
    m_facts.configuredLoops << loop;
    return *this;
}

FactsBuilder& FactsBuilder::sysextImageOnZfs(const QString& path, const QString& dataset) {
    SysextImage image;
    image.path = path;
    image.directory = QFileInfo(path).path();
    image.location = zfsLocation(dataset);
    m_facts.systemd.present = Tri::Yes;
    m_facts.systemd.sysextImages << image;
    return *this;
}

FactsBuilder& FactsBuilder::sysextImageOn(const QString& path, const QString& fsType,
                                          const QString& source, bool isDirectory) {
    SysextImage image;
    image.path = path;
    image.directory = QFileInfo(path).path();
    image.isDirectory = isDirectory;
    image.location = PathLocation{image.directory, fsType, source};
    m_facts.systemd.present = Tri::Yes;
    m_facts.systemd.sysextImages << image;
    return *this;
}

FactsBuilder& FactsBuilder::sysextLoopDirectIo(const QString& value, const QString& origin) {
    m_facts.systemd.present = Tri::Yes;
    m_facts.systemd.sysextLoopDirectIo = value;
    m_facts.systemd.sysextLoopDirectIoOrigin = origin;
    return *this;
}

FactsBuilder& FactsBuilder::sysextEnabled(Tri enabled) {
    m_facts.systemd.present = Tri::Yes;
    m_facts.systemd.sysextEnabled = enabled;
    m_facts.systemd.sysextEnabledSource = enabled == Tri::Yes
                                              ? QStringLiteral(
                                                    "/etc/systemd/system/sysinit.target.wants/"
                                                    "systemd-sysext.service")
                                              : QString();
    return *this;
}

FactsBuilder& FactsBuilder::sysextDirectoryOnZfs(const QString& path, const QString& dataset,
                                                 Tri exists) {
    m_facts.systemd.present = Tri::Yes;
    m_facts.systemd.sysextDirectories << SysextDirectory{path, exists, zfsLocation(dataset)};
    return *this;
}

FactsBuilder& FactsBuilder::unread(FactArea area, const QString& message) {
    CollectorNote note;
    note.collector = QStringLiteral("test");
    note.code = QStringLiteral("unread");
    note.message = message;
    note.area = area;
    m_facts.notes << note;
    return *this;
}

Facts FactsBuilder::build() const {
    Facts facts = m_facts;
    KernelFacts& kernel = facts.kernel;
    if (!m_levelSet) {
        kernel.level = runningKernelLevel(kernel.release, kernel.procVersion, QString(), QString(),
                                          facts.distro);
    }
    for (InstalledKernel& installed : kernel.installed) {
        installed.level =
            installed.release == kernel.release
                ? kernel.level
                : installedKernelLevel(installed.release, installed.packageVersion, facts.distro);
        installed.defaultBoot = installed.release == kernel.defaultBoot;
        const std::optional<Version> a = Version::parse(installed.level.level);
        const std::optional<Version> b = Version::parse(kernel.level.level);
        installed.newerThanRunning = installed.release == kernel.release ? Tri::No
                                     : a && b                            ? triFromBool(*b < *a)
                                                                         : Tri::Unknown;
    }
    return facts;
}

Finding runDetector(const QString& problemId, const Facts& facts,
                    const QList<ProbeResult>& probes) {
    const Detector detect = detectorFor(problemId);
    if (!detect) {
        qFatal("no detector for %s in the problem table", qPrintable(problemId));
    }
    return detect(facts, shippedProblem(problemId), probes);
}

FactsBuilder& FactsBuilder::logHit(KernelLogHit::Kind kind, const QString& line) {
    m_facts.kernelLog.readable = true;
    m_facts.kernelLog.hits << KernelLogHit{kind, line};
    return *this;
}

ProbeResult ranProbe(const QString& probe, const QString& dataset, const QString& errorName,
                     int errorNumber, qint64 bytes) {
    ProbeResult result;
    result.probe = probe;
    result.dataset = dataset;
    result.ran = true;
    result.errorName = errorName;
    result.errorNumber = errorNumber;
    result.bytes = bytes;
    result.detail = QStringLiteral("test probe");
    return result;
}

ProbeResult refusedProbe(const QString& probe, const QString& dataset, const QString& reason) {
    ProbeResult result;
    result.probe = probe;
    result.dataset = dataset;
    result.refusedReason = reason;
    return result;
}

const RemedyOption* findRemedy(const Finding& finding, const QString& id, const QString& target) {
    for (const RemedyOption& remedy : finding.remedies) {
        if (remedy.id == id && (target.isNull() || remedy.target == target)) {
            return &remedy;
        }
    }
    return nullptr;
}

QString describe(const Finding& finding) {
    QStringList lines;
    lines << QStringLiteral("status: %1%2 (%3)")
                 .arg(statusName(finding.status),
                      finding.latent ? QStringLiteral(" latent") : QString(),
                      confidenceName(finding.confidence));
    lines << QStringLiteral("summary: ") + finding.summary;
    if (!finding.unknownReason.isEmpty()) {
        lines << QStringLiteral("unknown: ") + finding.unknownReason;
    }
    if (!finding.nextStep.isEmpty()) {
        lines << QStringLiteral("next step: ") + finding.nextStep;
    }
    for (const FindingEvidence& evidence : finding.evidence) {
        lines << QStringLiteral("%1%2 = %3 (%4)")
                     .arg(evidence.deciding ? QStringLiteral("* ") : QString(), evidence.label,
                          evidence.value, evidence.note);
    }
    for (const RemedyOption& remedy : finding.remedies) {
        lines << QStringLiteral("remedy %1 [%2] #%3: %4%5")
                     .arg(remedy.id, remedy.target)
                     .arg(remedy.rank)
                     .arg(remedy.command.isEmpty() ? remedy.guidance : remedy.command,
                          remedy.conflict.isEmpty()
                              ? QString()
                              : QStringLiteral(" CONFLICT: ") + remedy.conflict);
    }
    return lines.join(QLatin1Char('\n'));
}

QString shippedKnowledgeDirectory() {
    return QStringLiteral(ZD_SOURCE_DIR) + QStringLiteral("/resources/knowledge");
}

const KnowledgeBase& shippedKnowledge() {
    static const KnowledgeBase knowledge = [] {
        QString error;
        std::optional<KnowledgeBase> loaded =
            KnowledgeBase::load(shippedKnowledgeDirectory(), &error);
        if (!loaded) {
            qFatal("the shipped knowledge base does not load: %s", qPrintable(error));
        }
        return *loaded;
    }();
    return knowledge;
}

const ProblemInfo& shippedProblem(const QString& id) {
    const ProblemInfo* problem = shippedKnowledge().problem(id);
    if (!problem) {
        qFatal("the shipped knowledge base has no problem %s", qPrintable(id));
    }
    return *problem;
}

const Finding& findingFor(const QList<Finding>& findings, const QString& id) {
    for (const Finding& candidate : findings) {
        if (candidate.id == id) {
            return candidate;
        }
    }
    qFatal("no finding %s", qPrintable(id));
}

}  // namespace zd::test
