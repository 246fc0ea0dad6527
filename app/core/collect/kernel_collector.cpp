// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectKernel(): the running kernel and its upstream level, the installed
// kernels (package, version, level, zfs module), the default boot kernel and
// kernel package locks.
//
// Files first, processes only where no file says the same: on Fedora `rpm`
// (the rpm database is not a text file) and `grubby`; on Debian, Ubuntu,
// Proxmox VE and TrueNAS SCALE nothing is started: packages and holds come
// from the dpkg database (collectPackages, which runs first), the default
// entry from /boot/grub and Proxmox's pin files. Whether a kernel has a zfs
// module is read from directory listings under /lib/modules/<release>.

#include <QCoreApplication>
#include <QRegularExpression>

#include "collect/collect.h"
#include "collect/command_failure.h"
#include "collect/parsers/kernel_level.h"
#include "collect/parsers/kernel_parsers.h"
#include "collect/parsers/text_lines.h"
#include "util/version.h"

namespace zd {

namespace {

// Its notes, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::KernelCollector)
};

const QString kDnf5Versionlock = QStringLiteral("/etc/dnf/versionlock.toml");
const QString kDnf4Versionlock = QStringLiteral("/etc/dnf/plugins/versionlock.list");
const QString kGrubenv = QStringLiteral("/boot/grub/grubenv");
const QString kGrubCfg = QStringLiteral("/boot/grub/grub.cfg");
const QString kVersionSignature = QStringLiteral("/proc/version_signature");
const QString kModules = QStringLiteral("/lib/modules");
const QString kProxmoxNextBootPin = QStringLiteral("/etc/kernel/next-boot-pin");
const QString kProxmoxBootPin = QStringLiteral("/etc/kernel/proxmox-boot-pin");
const QString kDpkgStatus = QStringLiteral("/var/lib/dpkg/status");

// whyFailed(), falling back to the first line of stdout: grubby and rpm say
// what went wrong there.
QString whyFailedOrSaid(const Evidence& evidence) {
    if (evidence.failure != Evidence::Failure::None || !firstLine(evidence.errorOutput).isEmpty()) {
        return whyFailed(evidence);
    }
    return exitStatusText(evidence.exitCode, firstLine(evidence.output));
}

// Whether `candidate` is a newer kernel than `running`: by upstream level;
// within one level (or one ABI series such as Ubuntu's 6.8.0-N) by the ABI
// number of the release; else by the bounds of the levels. nullopt when
// that cannot be told.
std::optional<bool> newerKernel(const InstalledKernel& candidate, const QString& runningRelease,
                                const KernelLevel& running) {
    const std::optional<Version> a = Version::parse(candidate.level.level);
    const std::optional<Version> b = Version::parse(running.level);
    if (a && b && *a != *b) {
        return *b < *a;
    }
    // "6.8.0-53-generic" vs "6.8.0-51-generic", "6.1.0-31-amd64" vs "6.1.0-28-amd64".
    static const QRegularExpression abi(QStringLiteral("^(\\d+\\.\\d+\\.\\d+)-(\\d+)[-.]"));
    const QRegularExpressionMatch x = abi.match(candidate.release);
    const QRegularExpressionMatch y = abi.match(runningRelease);
    if (x.hasMatch() && y.hasMatch() && x.captured(1) == y.captured(1) &&
        x.captured(2) != y.captured(2)) {
        return y.captured(2).toInt() < x.captured(2).toInt();
    }
    const std::optional<Version> floorA = a ? a : Version::parse(candidate.level.floor);
    const std::optional<Version> ceilingA = a ? a : Version::parse(candidate.level.ceiling);
    const std::optional<Version> floorB = b ? b : Version::parse(running.floor);
    const std::optional<Version> ceilingB = b ? b : Version::parse(running.ceiling);
    if (floorA && floorB && ceilingB && !(*floorA < *ceilingB) && *floorB < *floorA) {
        return true;
    }
    if (floorA && ceilingA && floorB && !(*floorB < *ceilingA) && *floorA < *floorB) {
        return false;
    }
    return std::nullopt;
}

class KernelCollector {
  public:
    KernelCollector(SystemSource& source, Facts& facts) : m_source(source), m_facts(facts) {}

    void collect() {
        collectRunning();
        collectInstalled();
        collectDefaultBoot();
        collectPins();
        markInstalled();
    }

  private:
    KernelFacts& kernel() { return m_facts.kernel; }
    DistroFamily family() const { return m_facts.distro.family; }
    bool isFedora() const { return family() == DistroFamily::Fedora; }
    bool isDebianLike() const { return isDebianBased(family()); }

    void note(const QString& code, const QString& message, const QString& evidenceKey,
              FactArea area = FactArea::None) {
        m_facts.notes.append({QStringLiteral("kernel"), code, message, evidenceKey, area});
    }

    QList<KernelPackage> debianPackages() const {
        return isDebianLike() ? debianKernelPackages(m_facts.packages) : QList<KernelPackage>();
    }

    void collectRunning() {
        const Evidence release = m_source.readFile(QStringLiteral("/proc/sys/kernel/osrelease"));
        kernel().release = release.ok() ? firstLine(release.output) : QString();
        if (kernel().release.isEmpty()) {
            note(QStringLiteral("kernel-release-unknown"),
                 Text::tr("The running kernel's release could not be read (%1).")
                     .arg(release.ok() ? Text::tr("empty file") : whyFailedOrSaid(release)),
                 release.key, FactArea::KernelRelease);
        }

        const Evidence version = m_source.readFile(QStringLiteral("/proc/version"));
        kernel().procVersion = version.ok() ? firstLine(version.output) : QString();
        if (kernel().procVersion.isEmpty()) {
            note(QStringLiteral("kernel-version-unknown"),
                 Text::tr("%1 could not be read.").arg(version.key), version.key);
        }

        // kernel.arch exists on recent kernels; `uname -m` only when it does not.
        const Evidence arch = m_source.readFile(QStringLiteral("/proc/sys/kernel/arch"));
        kernel().architecture = arch.ok() ? firstLine(arch.output) : QString();
        if (kernel().architecture.isEmpty()) {
            const Evidence uname = m_source.run({QStringLiteral("uname"), QStringLiteral("-m")});
            kernel().architecture = uname.ok() ? firstLine(uname.output) : QString();
            if (kernel().architecture.isEmpty()) {
                note(QStringLiteral("kernel-architecture-unknown"),
                     Text::tr("The machine architecture could not be read (%1).")
                         .arg(whyFailedOrSaid(uname)),
                     uname.key);
            }
        }

        // Ubuntu (and kernels built from its tree) publish the upstream level here.
        QString signature;
        if (family() == DistroFamily::Ubuntu || family() == DistroFamily::Proxmox) {
            const Evidence file = m_source.readFile(kVersionSignature);
            signature = file.ok() ? firstLine(file.output) : QString();
        }
        QString packageVersion;
        for (const KernelPackage& package : debianPackages()) {
            if (package.release == kernel().release) {
                packageVersion = package.version;
            }
        }
        kernel().level = runningKernelLevel(kernel().release, kernel().procVersion, signature,
                                            packageVersion, m_facts.distro);
    }

    void collectInstalled() {
        QString packageSource;
        QList<KernelPackage> packages;
        if (isFedora()) {
            // kernel-core holds the kernel image and modules on Fedora.
            packageSource = QStringLiteral("rpm");
            const Evidence rpm = m_source.run(
                {QStringLiteral("rpm"), QStringLiteral("-q"), QStringLiteral("kernel-core"),
                 QStringLiteral("--qf"), QStringLiteral("%{VERSION}-%{RELEASE}.%{ARCH}\\n")});
            if (rpm.ok()) {
                for (const QString& release : parseRpmKernelReleases(rpm.output)) {
                    packages.append({QStringLiteral("kernel-core-") + release, release,
                                     release.section(QLatin1Char('.'), 0, -2), false});
                }
            } else {
                note(QStringLiteral("installed-kernels-rpm-failed"),
                     Text::tr("rpm could not list kernel-core packages (%1).")
                         .arg(whyFailedOrSaid(rpm)),
                     rpm.key, FactArea::InstalledKernels);
            }
        } else if (isDebianLike()) {
            packageSource = QStringLiteral("dpkg");
            packages = debianPackages();
        } else {
            note(QStringLiteral("installed-kernels-no-package-manager"),
                 Text::tr("This distribution's package manager is not read; installed kernels "
                          "come from %1 and %2 only.")
                     .arg(kModules, QStringLiteral("/boot")),
                 QString());
        }

        const Evidence modules = m_source.listDirectory(kModules);
        const Evidence boot = m_source.listDirectory(QStringLiteral("/boot"));
        if (modules.unknown()) {
            note(QStringLiteral("modules-directory-unreadable"),
                 Text::tr("%1 could not be listed (%2), so the installed kernels are not "
                          "fully known.")
                     .arg(kModules, whyFailedOrSaid(modules)),
                 modules.key, FactArea::InstalledKernels);
        }
        kernel().installed = mergeInstalledKernels(
            packageSource, packages,
            modules.ok() ? parseModulesListing(modules.output) : QStringList(),
            boot.ok() ? parseBootListing(boot.output) : QStringList());
        for (InstalledKernel& installed : kernel().installed) {
            installed.level = installed.release == kernel().release
                                  ? kernel().level
                                  : installedKernelLevel(installed.release,
                                                         installed.packageVersion, m_facts.distro);
            findZfsModule(installed);
            if (installed.zfsModule == Tri::No) {
                findHeaders(installed);
            }
        }
    }

    // Whether dkms or akmods could build a module for the kernel: they skip a
    // kernel whose /lib/modules/<release>/build/include is missing (a
    // dangling build link, as Fedora's kernel-core leaves without
    // kernel-devel, is missing too). A listing, no process.
    void findHeaders(InstalledKernel& installed) {
        const Evidence include = m_source.listDirectory(
            kModules + QLatin1Char('/') + installed.release + QStringLiteral("/build/include"));
        installed.headers = include.absent() ? Tri::No : include.ok() ? Tri::Yes : Tri::Unknown;
    }

    // Reads /lib/modules/<release> and the subdirectories where distributions
    // put zfs.ko; directory listings only, no process.
    void findZfsModule(InstalledKernel& installed) {
        const QString root = kModules + QLatin1Char('/') + installed.release;
        const Evidence top = m_source.listDirectory(root);
        if (top.absent()) {
            installed.zfsModule = Tri::No;  // no modules at all for this kernel
            return;
        }
        if (!top.ok()) {
            installed.zfsModule = Tri::Unknown;
            return;
        }
        const QStringList entries = nonEmptyLines(top.output);
        bool unread = false;
        for (const QString& directory : zfsModuleDirectories()) {
            if (!entries.contains(directory.section(QLatin1Char('/'), 0, 0))) {
                continue;
            }
            const Evidence listing = m_source.listDirectory(root + QLatin1Char('/') + directory);
            if (listing.unknown()) {
                unread = true;
                continue;
            }
            const QString file = listing.ok() ? zfsModuleFileIn(listing.output) : QString();
            if (!file.isEmpty()) {
                installed.zfsModule = Tri::Yes;
                installed.zfsModulePath = listing.key + QLatin1Char('/') + file;
                return;
            }
        }
        installed.zfsModule = unread ? Tri::Unknown : Tri::No;
    }

    void collectDefaultBoot() {
        if (isFedora()) {
            const Evidence grubby =
                m_source.run({QStringLiteral("grubby"), QStringLiteral("--default-kernel")});
            const QString release =
                grubby.ok() ? parseGrubbyDefaultKernel(grubby.output) : QString();
            if (release.isEmpty()) {
                note(QStringLiteral("default-kernel-unknown"),
                     Text::tr("grubby did not name the default kernel (%1).")
                         .arg(whyFailedOrSaid(grubby)),
                     grubby.key, FactArea::DefaultBoot);
                return;
            }
            kernel().defaultBoot = release;
            kernel().defaultBootSource = QStringLiteral("grubby");
            return;
        }
        if (!isDebianLike()) {
            note(QStringLiteral("default-kernel-unknown"),
                 Text::tr("The default boot kernel is only read on Fedora, Debian, Ubuntu, "
                          "Proxmox VE and TrueNAS SCALE."),
                 QString(), FactArea::DefaultBoot);
            return;
        }
        if (family() == DistroFamily::Proxmox && readProxmoxPin()) {
            return;
        }
        const Evidence grubCfg = m_source.readFile(kGrubCfg);
        if (!grubCfg.ok()) {
            note(QStringLiteral("default-kernel-unknown"),
                 Text::tr("%1 could not be read (%2), so the default boot kernel is unknown.")
                     .arg(kGrubCfg, whyFailedOrSaid(grubCfg)),
                 grubCfg.key, FactArea::DefaultBoot);
            return;
        }
        const Evidence grubenv = m_source.readFile(kGrubenv);
        const QString savedEntry =
            grubenv.ok() ? parseGrubenvSavedEntry(grubenv.output) : QString();
        QString problem;
        const QString release = resolveGrubDefaultRelease(grubCfg.output, savedEntry, &problem);
        if (release.isEmpty()) {
            note(QStringLiteral("default-kernel-unknown"),
                 Text::tr("The default boot kernel could not be determined: %1.").arg(problem),
                 grubCfg.key, FactArea::DefaultBoot);
            return;
        }
        // A grub.cfg not regenerated since the kernel was removed still
        // names it; GRUB would fall back to another entry, which one is not
        // known here.
        if (!kernel().installed.isEmpty() && !kernel().installedKernel(release)) {
            note(QStringLiteral("default-kernel-unknown"),
                 Text::tr("The boot loader's default entry names kernel %1, which is not "
                          "installed (grub.cfg is out of date), so the kernel the next boot "
                          "starts is unknown.")
                     .arg(release),
                 grubCfg.key, FactArea::DefaultBoot);
            return;
        }
        kernel().defaultBoot = release;
        kernel().defaultBootSource =
            savedEntry.isEmpty() ? QStringLiteral("grub.cfg") : QStringLiteral("grubenv");
    }

    // `proxmox-boot-tool kernel pin` decides what boots, on GRUB and
    // systemd-boot alike; a --next-boot pin wins once.
    bool readProxmoxPin() {
        for (const QString& path : {kProxmoxNextBootPin, kProxmoxBootPin}) {
            const Evidence pin = m_source.readFile(path);
            const QString release = pin.ok() ? parseProxmoxBootPin(pin.output) : QString();
            if (!release.isEmpty()) {
                kernel().defaultBoot = release;
                kernel().defaultBootSource = path;
                if (path == kProxmoxBootPin) {
                    kernel().pins.append({KernelPin::Kind::ProxmoxBootPin, release, path});
                }
                return true;
            }
        }
        return false;
    }

    void addPins(KernelPin::Kind kind, const QStringList& packages, const QString& source) {
        for (const QString& package : packages) {
            kernel().pins.append({kind, package, source});
        }
    }

    void collectPins() {
        if (isFedora()) {
            // dnf5 (Fedora 41+) and the dnf4 plugin keep their locks in different files;
            // a missing file simply means no locks of that kind.
            const Evidence dnf5 = m_source.readFile(kDnf5Versionlock);
            if (dnf5.ok()) {
                QStringList problems;
                addPins(KernelPin::Kind::Dnf5Versionlock,
                        parseDnf5VersionlockKernels(dnf5.output, &problems), kDnf5Versionlock);
                for (const QString& problem : problems) {
                    note(QStringLiteral("versionlock-malformed"), problem, dnf5.key);
                }
            }
            const Evidence dnf4 = m_source.readFile(kDnf4Versionlock);
            if (dnf4.ok()) {
                addPins(KernelPin::Kind::Dnf4Versionlock, parseDnf4VersionlockKernels(dnf4.output),
                        kDnf4Versionlock);
            }
            return;
        }
        // TrueNAS SCALE is an appliance: kernels are never pinned there.
        if (isDebianLike() && family() != DistroFamily::TrueNasScale) {
            // Held kernel images and held meta packages (linux-image-amd64,
            // linux-image-generic-hwe-24.04), which keep new kernels out.
            for (const InstalledPackage& package : m_facts.packages) {
                if (package.held && (package.name.startsWith(QLatin1String("linux-image-")) ||
                                     package.name.startsWith(QLatin1String("proxmox-kernel-")) ||
                                     package.name.startsWith(QLatin1String("pve-kernel-")))) {
                    kernel().pins.append({KernelPin::Kind::AptHold, package.name, kDpkgStatus});
                }
            }
        }
    }

    // Which installed kernel is the default, and which are newer than the
    // running one.
    void markInstalled() {
        for (InstalledKernel& installed : kernel().installed) {
            installed.defaultBoot = installed.release == kernel().defaultBoot;
            if (installed.release == kernel().release) {
                installed.newerThanRunning = Tri::No;
                continue;
            }
            const std::optional<bool> isNewer =
                newerKernel(installed, kernel().release, kernel().level);
            installed.newerThanRunning = isNewer ? triFromBool(*isNewer) : Tri::Unknown;
        }
    }

    SystemSource& m_source;
    Facts& m_facts;
};

}  // namespace

void collectKernel(SystemSource& source, Facts& facts) {
    KernelCollector(source, facts).collect();
}

}  // namespace zd
