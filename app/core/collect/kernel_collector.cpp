// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectKernel(): the running kernel, installed kernels, the default boot
// kernel and kernel package locks.
//
// Only the tools of the detected distribution family are started (collectDistro
// must run first): rpm/grubby on Fedora, dpkg-query/apt-mark on Debian and
// Ubuntu, dpkg-query on TrueNAS SCALE (an appliance: kernels are never pinned
// there, so its locks are not asked for). Everything else is read from files.

#include "collect/collect.h"
#include "collect/parsers/kernel_parsers.h"
#include "collect/parsers/text_lines.h"

namespace zd {

namespace {

const QString kDnf5Versionlock = QStringLiteral("/etc/dnf/versionlock.toml");
const QString kDnf4Versionlock = QStringLiteral("/etc/dnf/plugins/versionlock.list");
const QString kGrubenv = QStringLiteral("/boot/grub/grubenv");
const QString kGrubCfg = QStringLiteral("/boot/grub/grub.cfg");

QString whyFailed(const Evidence& evidence) {
    if (evidence.failure != Evidence::Failure::None) {
        return evidence.message.isEmpty() ? failureName(evidence.failure) : evidence.message;
    }
    const QString stderrLine = firstLine(evidence.errorOutput);
    if (!stderrLine.isEmpty()) {
        return QStringLiteral("exit status %1: %2").arg(evidence.exitCode).arg(stderrLine);
    }
    const QString stdoutLine = firstLine(evidence.output);
    return stdoutLine.isEmpty()
               ? QStringLiteral("exit status %1").arg(evidence.exitCode)
               : QStringLiteral("exit status %1: %2").arg(evidence.exitCode).arg(stdoutLine);
}

class KernelCollector {
  public:
    KernelCollector(SystemSource& source, Facts& facts) : m_source(source), m_facts(facts) {}

    void collect() {
        collectRunning();
        collectInstalled();
        collectDefaultBoot();
        collectPins();
    }

  private:
    KernelFacts& kernel() { return m_facts.kernel; }
    DistroFamily family() const { return m_facts.distro.family; }
    bool isFedora() const { return family() == DistroFamily::Fedora; }
    bool isDebianLike() const {
        return family() == DistroFamily::Debian || family() == DistroFamily::Ubuntu ||
               family() == DistroFamily::TrueNasScale;
    }

    void note(const QString& code, const QString& message, const QString& evidenceKey) {
        m_facts.notes.append({QStringLiteral("kernel"), code, message, evidenceKey});
    }

    void collectRunning() {
        const Evidence release = m_source.readFile(QStringLiteral("/proc/sys/kernel/osrelease"));
        kernel().release = release.ok() ? firstLine(release.output) : QString();
        if (kernel().release.isEmpty()) {
            note(QStringLiteral("kernel-release-unknown"),
                 QStringLiteral("The running kernel's release could not be read."), release.key);
        }

        const Evidence version = m_source.readFile(QStringLiteral("/proc/version"));
        kernel().procVersion = version.ok() ? firstLine(version.output) : QString();
        if (kernel().procVersion.isEmpty()) {
            note(QStringLiteral("kernel-version-unknown"),
                 QStringLiteral("/proc/version could not be read."), version.key);
        }

        // kernel.arch exists on recent kernels; `uname -m` only when it does not.
        const Evidence arch = m_source.readFile(QStringLiteral("/proc/sys/kernel/arch"));
        kernel().architecture = arch.ok() ? firstLine(arch.output) : QString();
        if (kernel().architecture.isEmpty()) {
            const Evidence uname = m_source.run({QStringLiteral("uname"), QStringLiteral("-m")});
            kernel().architecture = uname.ok() ? firstLine(uname.output) : QString();
            if (kernel().architecture.isEmpty()) {
                note(QStringLiteral("kernel-architecture-unknown"),
                     QStringLiteral("The machine architecture could not be read (%1).")
                         .arg(whyFailed(uname)),
                     uname.key);
            }
        }
    }

    void collectInstalled() {
        QString packageSource;
        QList<DebianKernelPackage> packages;
        if (isFedora()) {
            // kernel-core holds the kernel image and modules on Fedora.
            packageSource = QStringLiteral("rpm");
            const Evidence rpm = m_source.run(
                {QStringLiteral("rpm"), QStringLiteral("-q"), QStringLiteral("kernel-core"),
                 QStringLiteral("--qf"), QStringLiteral("%{VERSION}-%{RELEASE}.%{ARCH}\\n")});
            if (rpm.ok()) {
                for (const QString& release : parseRpmKernelReleases(rpm.output)) {
                    packages.append({QStringLiteral("kernel-core-") + release, release});
                }
            } else {
                note(QStringLiteral("installed-kernels-rpm-failed"),
                     QStringLiteral("rpm could not list kernel-core packages (%1).")
                         .arg(whyFailed(rpm)),
                     rpm.key);
            }
        } else if (isDebianLike()) {
            packageSource = QStringLiteral("dpkg");
            const Evidence dpkg = m_source.run({QStringLiteral("dpkg-query"), QStringLiteral("-W"),
                                                QStringLiteral("-f=${Package}\\t${Status}\\n"),
                                                QStringLiteral("linux-image-*")});
            // dpkg-query exits 1 when nothing matches the pattern: no kernel
            // packages (e.g. a container) is an answer, not a failure.
            const bool noneInstalled =
                dpkg.failure == Evidence::Failure::None &&
                dpkg.errorOutput.contains(QLatin1String("no packages found matching"));
            if (dpkg.ok()) {
                packages = parseDpkgKernelPackages(dpkg.output);
            } else if (!noneInstalled) {
                note(QStringLiteral("installed-kernels-dpkg-failed"),
                     QStringLiteral("dpkg-query could not list linux-image packages (%1).")
                         .arg(whyFailed(dpkg)),
                     dpkg.key);
            }
        } else {
            note(QStringLiteral("installed-kernels-no-package-manager"),
                 QStringLiteral(
                     "This distribution's package manager is not supported; installed kernels "
                     "come from /lib/modules and /boot only."),
                 QString());
        }

        const Evidence modules = m_source.listDirectory(QStringLiteral("/lib/modules"));
        const Evidence boot = m_source.listDirectory(QStringLiteral("/boot"));
        kernel().installed = mergeInstalledKernels(
            packageSource, packages,
            modules.ok() ? parseModulesListing(modules.output) : QStringList(),
            boot.ok() ? parseBootListing(boot.output) : QStringList());
    }

    void collectDefaultBoot() {
        if (isFedora()) {
            const Evidence grubby =
                m_source.run({QStringLiteral("grubby"), QStringLiteral("--default-kernel")});
            const QString release =
                grubby.ok() ? parseGrubbyDefaultKernel(grubby.output) : QString();
            if (release.isEmpty()) {
                note(QStringLiteral("default-kernel-unknown"),
                     QStringLiteral("grubby did not name the default kernel (%1).")
                         .arg(whyFailed(grubby)),
                     grubby.key);
                return;
            }
            kernel().defaultBoot = release;
            kernel().defaultBootSource = QStringLiteral("grubby");
            return;
        }
        if (!isDebianLike()) {
            note(QStringLiteral("default-kernel-unknown"),
                 QStringLiteral(
                     "The default boot kernel is only determined on Fedora, Debian, Ubuntu and "
                     "TrueNAS SCALE."),
                 QString());
            return;
        }
        const Evidence grubCfg = m_source.readFile(kGrubCfg);
        if (!grubCfg.ok()) {
            note(QStringLiteral("default-kernel-unknown"),
                 QStringLiteral("%1 could not be read (%2), so the default boot kernel is unknown.")
                     .arg(kGrubCfg, whyFailed(grubCfg)),
                 grubCfg.key);
            return;
        }
        const Evidence grubenv = m_source.readFile(kGrubenv);
        const QString savedEntry =
            grubenv.ok() ? parseGrubenvSavedEntry(grubenv.output) : QString();
        QString problem;
        const QString release = resolveGrubDefaultRelease(grubCfg.output, savedEntry, &problem);
        if (release.isEmpty()) {
            note(
                QStringLiteral("default-kernel-unknown"),
                QStringLiteral("The default boot kernel could not be determined: %1.").arg(problem),
                grubCfg.key);
            return;
        }
        kernel().defaultBoot = release;
        kernel().defaultBootSource =
            savedEntry.isEmpty() ? QStringLiteral("grub.cfg") : QStringLiteral("grubenv");
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
        if (family() == DistroFamily::Debian || family() == DistroFamily::Ubuntu) {
            const Evidence holds =
                m_source.run({QStringLiteral("apt-mark"), QStringLiteral("showhold")});
            if (holds.ok()) {
                addPins(KernelPin::Kind::AptHold, parseAptHeldKernels(holds.output), holds.key);
            } else {
                note(QStringLiteral("apt-holds-unknown"),
                     QStringLiteral("apt-mark could not list held packages (%1).")
                         .arg(whyFailed(holds)),
                     holds.key);
            }
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
