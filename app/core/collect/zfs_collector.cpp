// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectZfs(): kernel module state and parameters from /sys/module/zfs, the
// userland version, pools, and the properties of every filesystem dataset.
//
// Process budget, whatever the number of pools or datasets: `zfs version`,
// `zpool list` and one `zfs get` for all datasets; a second `zfs get` only
// when the first one was refused for the `direct` property although `zfs
// version` did not name a release before 2.3. Nothing runs per dataset.
// When the module's version file is readable, all three start at once: the
// module's version decides whether the listing asks for `direct`.

#include <QCoreApplication>
#include <QSet>

#include "collect/collect.h"
#include "collect/command_failure.h"
#include "collect/parsers/text_lines.h"
#include "collect/parsers/zfs_parsers.h"
#include "util/version.h"

namespace zd {

namespace {

// Its notes, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::ZfsCollector)
};

const QString kModuleDir = QStringLiteral("/sys/module/zfs");
const QString kParametersDir = QStringLiteral("/sys/module/zfs/parameters");

// The module parameters that decide the problems in the knowledge base
// (zfs_dmu_offset_next_sync: strict hole reporting, openzfs/zfs#15526).
const QStringList kParameters{QStringLiteral("zfs_dio_enabled"), QStringLiteral("zfs_dio_strict"),
                              QStringLiteral("zfs_bclone_enabled"),
                              QStringLiteral("zfs_dmu_offset_next_sync")};

const QStringList kDatasetProperties{QStringLiteral("direct"), QStringLiteral("recordsize"),
                                     QStringLiteral("mountpoint"), QStringLiteral("mounted"),
                                     QStringLiteral("readonly")};

// `zfs get` over every filesystem grows with the number of datasets and
// with pool load: 2,000 datasets took 85 s in the test VM (software CPU
// emulation). The default 20 s limit would throw every dataset away there,
// so the listing gets minutes, not seconds.
constexpr std::chrono::minutes kZfsListingTimeout{10};

const QStringList kZfsVersionArgv{QStringLiteral("zfs"), QStringLiteral("version")};
const QStringList kZpoolListArgv{QStringLiteral("zpool"), QStringLiteral("list"),
                                 QStringLiteral("-Hp"), QStringLiteral("-o"),
                                 QStringLiteral("name,size,alloc,free,health")};

QStringList zfsGetArgv(const QStringList& properties) {
    return {QStringLiteral("zfs"),
            QStringLiteral("get"),
            QStringLiteral("-Hp"),
            QStringLiteral("-t"),
            QStringLiteral("filesystem"),
            QStringLiteral("-o"),
            QStringLiteral("name,property,value,source"),
            properties.join(QLatin1Char(','))};
}

// Whether OpenZFS of this version has the `direct` property (added in 2.3.0;
// 2.2.99 is its development series); nullopt when the version is unknown.
std::optional<bool> hasDirectProperty(const QString& version) {
    const std::optional<Version> parsed = Version::parse(version);
    if (!parsed) {
        return std::nullopt;
    }
    static const Version firstWithDirect = *Version::parse(QStringLiteral("2.2.99"));
    return !(*parsed < firstWithDirect);
}

QStringList datasetProperties(bool withDirect) {
    QStringList properties = kDatasetProperties;
    if (!withDirect) {
        properties.removeAll(QStringLiteral("direct"));
    }
    return properties;
}

class ZfsCollector {
  public:
    ZfsCollector(SystemSource& source, Facts& facts) : m_source(source), m_facts(facts) {}

    void collect() {
        collectModule();
        // With the module loaded, `zpool list` is safe to start (without it,
        // libzfs would try to load the module) and is started together with
        // `zfs version`: their times overlap. Used only if the tools exist.
        if (zfs().moduleLoaded == Tri::Yes) {
            // The dataset listing, too, with or without `direct` as the
            // module's version says: the tools nearly always match the
            // module, so it is the listing collectDatasets() asks for (if
            // not, it is stopped unused).
            if (const std::optional<bool> direct = hasDirectProperty(zfs().kmodVersion)) {
                m_source.startEarly({zfsGetArgv(datasetProperties(*direct))}, kZfsListingTimeout);
            }
            const QList<Evidence> answers = m_source.runTogether({kZfsVersionArgv, kZpoolListArgv});
            m_version = answers.at(0);
            m_pools = answers.at(1);
        } else {
            m_version = m_source.run(kZfsVersionArgv);
        }
        if (!collectUserlandVersion()) {
            return;
        }
        // Without the module, zpool and zfs only print "The ZFS modules are not
        // loaded": starting them would tell nothing new, and there are no
        // imported pools to list.
        if (zfs().moduleLoaded == Tri::No) {
            return;
        }
        if (zfs().moduleLoaded == Tri::Unknown) {
            note(QStringLiteral("zfs-datasets-unknown"),
                 Text::tr("Whether the zfs module is loaded is not known, so pools and "
                          "datasets were not listed."),
                 kModuleDir, FactArea::ZfsDatasets);
            return;
        }
        collectPools();
        collectDatasets();
    }

  private:
    ZfsFacts& zfs() { return m_facts.zfs; }

    void note(const QString& code, const QString& message, const QString& evidenceKey,
              FactArea area = FactArea::None) {
        m_facts.notes.append({QStringLiteral("zfs"), code, message, evidenceKey, area});
    }

    void collectModule() {
        const Evidence module = m_source.listDirectory(kModuleDir);
        if (module.absent()) {
            zfs().moduleLoaded = Tri::No;
            note(QStringLiteral("zfs-module-not-loaded"),
                 Text::tr("The zfs kernel module is not loaded (%1 is missing).").arg(kModuleDir),
                 module.key);
            return;
        }
        if (!module.ok()) {
            zfs().moduleLoaded = Tri::Unknown;
            note(QStringLiteral("zfs-module-unknown"),
                 Text::tr("Whether the zfs kernel module is loaded is not known: %1 could "
                          "not be listed (%2).")
                     .arg(kModuleDir, whyFailed(module)),
                 module.key, FactArea::ZfsModule);
            return;
        }
        zfs().moduleLoaded = Tri::Yes;

        const Evidence version = m_source.readFile(kModuleDir + QStringLiteral("/version"));
        zfs().kmodVersion = version.ok() ? parseKmodVersionFile(version.output) : QString();
        if (zfs().kmodVersion.isEmpty()) {
            note(QStringLiteral("zfs-kmod-version-unknown"),
                 Text::tr("The loaded zfs module's version could not be read from %1.")
                     .arg(version.key),
                 version.key);
        }

        // List once, then read only the parameters that exist: an absent file
        // means this ZFS version has no such parameter, and that is a fact.
        const Evidence parameters = m_source.listDirectory(kParametersDir);
        if (!parameters.ok()) {
            note(QStringLiteral("zfs-parameters-unreadable"),
                 Text::tr("The zfs module parameters in %1 could not be listed (%2).")
                     .arg(kParametersDir, whyFailed(parameters)),
                 parameters.key, FactArea::ZfsParameters);
            return;
        }
        const QStringList present = nonEmptyLines(parameters.output);
        for (const QString& name : kParameters) {
            if (!present.contains(name)) {
                continue;
            }
            const Evidence value = m_source.readFile(kParametersDir + QLatin1Char('/') + name);
            if (value.ok()) {
                zfs().parameters.insert(name, parseModuleParameter(value.output));
            } else {
                note(QStringLiteral("zfs-parameter-unreadable"),
                     Text::tr("The zfs module parameter %1 could not be read (%2).")
                         .arg(name, whyFailed(value)),
                     value.key, FactArea::ZfsParameters);
            }
        }
    }

    // Returns false when the zfs command is not there, or whether it is is unknown.
    bool collectUserlandVersion() {
        const Evidence& version = m_version;
        if (version.absent()) {
            zfs().userlandInstalled = Tri::No;
            note(QStringLiteral("zfs-not-installed"),
                 Text::tr("The zfs command is not installed, so pools and datasets are unknown."),
                 version.key);
            return false;
        }
        if (version.failure == Evidence::Failure::NotRecorded ||
            version.failure == Evidence::Failure::PermissionDenied) {
            zfs().userlandInstalled = Tri::Unknown;
            note(QStringLiteral("zfs-userland-unknown"),
                 Text::tr("Whether the zfs tools are installed is not known (%1).")
                     .arg(whyFailed(version)),
                 version.key, FactArea::ZfsUserland);
            if (zfs().moduleLoaded != Tri::No) {
                note(QStringLiteral("zfs-datasets-unknown"),
                     Text::tr("Pools and datasets are not known without the zfs tools."),
                     version.key, FactArea::ZfsDatasets);
            }
            return false;
        }
        zfs().userlandInstalled = Tri::Yes;
        // `zfs version` exits non-zero when it cannot read the kmod version but
        // still prints the userland line, so parse whatever it printed.
        const ZfsVersionOutput parsed = parseZfsVersion(version.output);
        zfs().userlandVersion = parsed.userland;
        zfs().userlandKmodVersion = parsed.kmod;
        if (parsed.userland.isEmpty()) {
            note(QStringLiteral("zfs-version-unknown"),
                 Text::tr("`zfs version` did not print a version (%1).").arg(whyFailed(version)),
                 version.key);
        }
        return true;
    }

    void collectPools() {
        const Evidence& pools = m_pools;
        if (!pools.ok()) {
            note(QStringLiteral("zpool-list-failed"),
                 Text::tr("`zpool list` failed (%1).").arg(whyFailed(pools)), pools.key);
            return;
        }
        QStringList problems;
        zfs().pools = parseZpoolList(pools.output, &problems);
        for (const QString& problem : problems) {
            note(QStringLiteral("zpool-list-malformed"), problem, pools.key);
        }
    }

    // The `direct` property came with Direct I/O (openzfs/zfs#10018, first
    // released in 2.3.0; development builds 2.2.99-N may have it). A zfs
    // command that says it is an older release would only refuse it, so it
    // is not asked: one `zfs get` of every dataset instead of two.
    bool userlandLacksDirect() { return hasDirectProperty(zfs().userlandVersion) == false; }

    void collectDatasets() {
        const bool lacksDirect = userlandLacksDirect();
        QStringList properties = datasetProperties(!lacksDirect);
        if (lacksDirect) {
            zfs().directPropertySupported = false;
        }
        Evidence get = m_source.run(zfsGetArgv(properties), kZfsListingTimeout);
        if (properties.contains(QStringLiteral("direct")) &&
            get.failure == Evidence::Failure::None && get.exitCode != 0 &&
            isInvalidPropertyError(get.errorOutput, QStringLiteral("direct"))) {
            // OpenZFS before 2.3.0 has no `direct` property: ask once more for
            // the others. Every dataset's `direct` then stays present=false.
            zfs().directPropertySupported = false;
            properties.removeAll(QStringLiteral("direct"));
            get = m_source.run(zfsGetArgv(properties), kZfsListingTimeout);
        } else if (get.ok() && properties.contains(QStringLiteral("direct"))) {
            zfs().directPropertySupported = true;
        }
        if (!get.ok()) {
            note(QStringLiteral("zfs-get-failed"),
                 Text::tr("`zfs get` failed, so dataset properties are unknown (%1).")
                     .arg(whyFailed(get)),
                 get.key, FactArea::ZfsDatasets);
            return;
        }
        QStringList problems;
        zfs().datasets = parseZfsGet(get.output, properties, &problems);
        for (const QString& problem : problems) {
            note(QStringLiteral("zfs-get-malformed"), problem, get.key);
        }
    }

    SystemSource& m_source;
    Facts& m_facts;
    Evidence m_version;  // `zfs version`
    Evidence m_pools;    // `zpool list`, started with it when the module is loaded
};

}  // namespace

void collectZfs(SystemSource& source, Facts& facts) {
    ZfsCollector(source, facts).collect();
}

}  // namespace zd
