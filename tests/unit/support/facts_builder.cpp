// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/facts_builder.h"

#include <QFileInfo>

#include "knowledge/knowledge_base.h"
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

FactsBuilder& FactsBuilder::kernel(const QString& release) {
    m_facts.kernel.release = release;
    return *this;
}

FactsBuilder& FactsBuilder::installedKernel(const QString& release, const QString& package) {
    m_facts.kernel.installed << InstalledKernel{release, package, {QStringLiteral("/lib/modules")}};
    return *this;
}

FactsBuilder& FactsBuilder::defaultBoot(const QString& release) {
    m_facts.kernel.defaultBoot = release;
    m_facts.kernel.defaultBootSource = QStringLiteral("grubby");
    return *this;
}

FactsBuilder& FactsBuilder::zfsModule(const QString& version) {
    ZfsFacts& zfs = m_facts.zfs;
    zfs.moduleLoaded = true;
    zfs.kmodVersion = version;
    zfs.userlandInstalled = true;
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
    return *this;
}

FactsBuilder& FactsBuilder::zfsUserlandOnly(const QString& version) {
    ZfsFacts& zfs = m_facts.zfs;
    zfs.moduleLoaded = false;
    zfs.kmodVersion.clear();
    zfs.userlandKmodVersion.clear();
    zfs.userlandInstalled = true;
    zfs.userlandVersion = version;
    zfs.parameters.clear();
    const std::optional<Version> parsed = Version::parse(version);
    zfs.directPropertySupported = parsed && *parsed >= Version(2, 3, 0);
    return *this;
}

FactsBuilder& FactsBuilder::zfsUserland(const QString& version) {
    m_facts.zfs.userlandInstalled = true;
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
    device.directIo = directIo;
    m_facts.loopDevices << device;
    return *this;
}

FactsBuilder& FactsBuilder::sysextImageOnZfs(const QString& path, const QString& dataset) {
    SysextImage image;
    image.path = path;
    image.directory = QFileInfo(path).path();
    image.location = zfsLocation(dataset);
    m_facts.systemd.present = true;
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
    m_facts.systemd.present = true;
    m_facts.systemd.sysextImages << image;
    return *this;
}

FactsBuilder& FactsBuilder::sysextLoopDirectIo(const QString& value, const QString& origin) {
    m_facts.systemd.present = true;
    m_facts.systemd.sysextLoopDirectIo = value;
    m_facts.systemd.sysextLoopDirectIoOrigin = origin;
    return *this;
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
    lines << QStringLiteral("status: %1 (%2)")
                 .arg(statusName(finding.status), confidenceName(finding.confidence));
    lines << QStringLiteral("summary: ") + finding.summary;
    if (!finding.unknownReason.isEmpty()) {
        lines << QStringLiteral("unknown: ") + finding.unknownReason;
    }
    for (const FindingEvidence& evidence : finding.evidence) {
        lines << QStringLiteral("%1%2 = %3 (%4)")
                     .arg(evidence.deciding ? QStringLiteral("* ") : QString(), evidence.label,
                          evidence.value, evidence.note);
    }
    for (const RemedyOption& remedy : finding.remedies) {
        lines << QStringLiteral("remedy %1 [%2] #%3: %4")
                     .arg(remedy.id, remedy.target)
                     .arg(remedy.rank)
                     .arg(remedy.command);
    }
    return lines.join(QLatin1Char('\n'));
}

QString shippedKnowledgeDirectory() {
    return QStringLiteral(ZD_SOURCE_DIR) + QStringLiteral("/resources/knowledge");
}

const ProblemInfo& shippedProblem(const QString& id) {
    static const KnowledgeBase knowledge = [] {
        QString error;
        std::optional<KnowledgeBase> loaded =
            KnowledgeBase::load(shippedKnowledgeDirectory(), &error);
        if (!loaded) {
            qFatal("the shipped knowledge base does not load: %s", qPrintable(error));
        }
        return *loaded;
    }();
    const ProblemInfo* problem = knowledge.problem(id);
    if (!problem) {
        qFatal("the shipped knowledge base has no problem %s", qPrintable(id));
    }
    return *problem;
}

}  // namespace zd::test
