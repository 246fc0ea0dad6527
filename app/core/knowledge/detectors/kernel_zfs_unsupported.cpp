// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Problem 6: a kernel without a zfs module, or outside the kernels the
// installed OpenZFS supports, is (or is about to be) the one that boots.
//
// Each OpenZFS release's META file names the kernels it supports
// (Linux-Minimum, Linux-Maximum: the data's `kernelSupport` table, one row
// per release tag). Since zfs-2.3.0 (commit 410287f7f838) configure refuses
// a kernel whose major.minor is above the maximum, so DKMS and akmods cannot
// build the module for it; 2.2.x and older try and may fail. dkms's
// kernel-install plugin always exits 0 (dell/dkms 40-dkms.install), so a
// failed build still installs the kernel and makes it the boot default: the
// next boot has no ZFS and no pool imports (with root on ZFS, no system).
//
// What counts is the ZFS that builds the modules, not the loaded one: the
// zfs-dkms package on Debian-based systems, else the installed zfs tools
// (the zfs package requires zfs-kmod of its own version, rpm/generic/zfs.spec.in).
// Where the kernel packages carry zfs.ko themselves (Ubuntu's own build,
// Proxmox VE, TrueNAS) nothing builds a module: a kernel has ZFS exactly when
// its /lib/modules holds one, whatever META says.
//
// A kernel inside the range without a module may still get one: dkms and
// akmods build at install time (akmods also at boot) when the kernel's
// headers are installed, and skip it when they are not (dkms's hook tests
// /lib/modules/<release>/build/include). Without headers it gets none; with
// headers, or when they could not be read, that is unknown, saying how to
// check. Pure function of the facts: `check-kernel RELEASE` judges a kernel
// about to boot by adjusting them.

#include <QCoreApplication>

#include "knowledge/detector_support.h"
#include "knowledge/problem_registry.h"

namespace zd::detectors::kernel_zfs_unsupported {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Detectors)
};

// Where this system's zfs modules come from.
struct ModuleSource {
    // The kernel packages carry zfs.ko (Ubuntu's build, Proxmox VE, TrueNAS).
    bool bundled = false;
    std::optional<Version> version;              // the ZFS that builds the modules
    const KernelSupportInfo* support = nullptr;  // its row of the table
    QString unknownReason;                       // why the supported kernels are not known
};

ModuleSource moduleSource(Finding& finding, const ProblemInfo& problem, const Facts& facts) {
    ModuleSource source;
    const DistroFamily family = facts.distro.family;
    const InstalledPackage* dkms = facts.package(QStringLiteral("zfs-dkms"));
    const bool packagesRead = isDebianBased(family) && !facts.unread(FactArea::Packages);
    QString bundledBy;
    if (family == DistroFamily::TrueNasScale) {
        bundledBy = Text::tr("the TrueNAS image");
    } else if (family == DistroFamily::Proxmox && !dkms) {
        bundledBy = Text::tr("each Proxmox VE kernel package");
    } else if (family == DistroFamily::Ubuntu && packagesRead && !dkms &&
               isUbuntuZfsBuild(facts.zfs)) {
        bundledBy = Text::tr("each Ubuntu kernel's linux-modules package");
    }
    if (!bundledBy.isEmpty()) {
        source.bundled = true;
        finding.evidence << FindingEvidence{
            Text::tr("zfs modules"), Text::tr("come with %1").arg(bundledBy), true,
            Text::tr("nothing builds a module: a kernel has ZFS when its /lib/modules holds "
                     "one")};
        return source;
    }
    const QString text = dkms ? dkms->version : facts.zfs.userlandVersion;
    if (text.isEmpty()) {
        source.unknownReason = Text::tr("the installed ZFS version could not be read");
        finding.evidence << FindingEvidence{Text::tr("ZFS that builds the modules"),
                                            Text::tr("not known"), true, source.unknownReason};
        return source;
    }
    source.version = Version::parse(text);
    finding.evidence << FindingEvidence{
        dkms ? QStringLiteral("zfs-dkms") : Text::tr("ZFS that builds the modules"), text, true,
        dkms ? Text::tr("the installed package that builds the modules (dpkg)")
             : Text::tr("the installed zfs tools (`zfs version`); their zfs-dkms or akmod "
                        "package has the same version")};
    if (source.version) {
        source.support = problem.kernelSupportFor(*source.version);
    }
    if (!source.support) {
        source.unknownReason =
            problem.kernelSupport.isEmpty()
                ? Text::tr("which kernels ZFS %1 supports is not in the knowledge base").arg(text)
                : Text::tr(
                      "which kernels ZFS %1 supports is not in the knowledge base (it "
                      "lists the releases %2 to %3)")
                      .arg(text, problem.kernelSupport.first().zfs.toString(),
                           problem.kernelSupport.last().zfs.toString());
        return source;
    }
    finding.evidence << FindingEvidence{
        Text::tr("kernels ZFS %1 supports").arg(source.support->zfs.toString()),
        Text::tr("Linux %1 to %2.x")
            .arg(source.support->linuxMin.toString().section(QLatin1Char('.'), 0, 1),
                 source.support->linuxMax.toString().section(QLatin1Char('.'), 0, 1)),
        true, source.support->source};
    return source;
}

QString series(const Version& version) {
    return QStringLiteral("%1.%2").arg(version.majorVersion()).arg(version.minorVersion());
}

enum class Range { Inside, Outside, Unknown };

// By major.minor, as configure compares (6.14 allows every 6.14.x).
Range rangeOf(const KernelLevel& level, const KernelSupportInfo& support) {
    const auto outside = [&support](const Version& v) {
        return v.compareSeries(support.linuxMin) < 0 || v.compareSeries(support.linuxMax) > 0;
    };
    if (const std::optional<Version> exact = Version::parse(level.level)) {
        return outside(*exact) ? Range::Outside : Range::Inside;
    }
    // Only bounds (Ubuntu's series, EL's base): they decide when the floor
    // is already above the maximum or the bounds hold one series.
    const std::optional<Version> floor = Version::parse(level.floor);
    const std::optional<Version> ceiling = Version::parse(level.ceiling);
    if (floor && floor->compareSeries(support.linuxMax) > 0) {
        return Range::Outside;
    }
    if (floor && ceiling && *ceiling == Version(floor->majorVersion(), floor->minorVersion() + 1)) {
        return outside(*floor) ? Range::Outside : Range::Inside;
    }
    return Range::Unknown;
}

// Whether a kernel will have ZFS when it boots.
struct KernelZfs {
    enum class State { Has, Without, Unknown };
    State state = State::Unknown;
    QString verdict;           // for its evidence line and the summary
    bool insideRange = false;  // known to be inside the supported kernels
    bool outsideRange = false;
};

KernelZfs judge(const InstalledKernel& kernel, const ModuleSource& source) {
    KernelZfs result;
    const Range range = source.support ? rangeOf(kernel.level, *source.support) : Range::Unknown;
    result.insideRange = range == Range::Inside;
    result.outsideRange = range == Range::Outside;
    if (kernel.zfsModule == Tri::Yes) {
        result.state = KernelZfs::State::Has;
        result.verdict = kernel.zfsModulePath.isEmpty()
                             ? Text::tr("has a zfs module")
                             : Text::tr("has a zfs module (%1)").arg(kernel.zfsModulePath);
        return result;
    }
    if (kernel.zfsModule == Tri::Unknown) {
        result.verdict = Text::tr("whether /lib/modules/%1 holds a zfs module could not be read")
                             .arg(kernel.release);
        return result;
    }
    if (source.bundled) {
        result.state = KernelZfs::State::Without;
        result.verdict = Text::tr("has no zfs module, and nothing here builds one");
        return result;
    }
    if (!source.support) {
        result.verdict = Text::tr("has no zfs module, and %1").arg(source.unknownReason);
        return result;
    }
    const QString supported =
        Text::tr("ZFS %1 supports Linux %2 to %3.x")
            .arg(source.support->zfs.toString(), series(source.support->linuxMin),
                 series(source.support->linuxMax));
    switch (range) {
        case Range::Outside:
            result.state = KernelZfs::State::Without;
            result.verdict = source.support->zfs < Version(2, 3, 0)
                                 ? Text::tr(
                                       "has no zfs module and is unsupported: %1, so a build may "
                                       "fail")
                                       .arg(supported)
                                 : Text::tr(
                                       "has no zfs module, and none can be built: %1, and since "
                                       "2.3.0 its build refuses any other kernel")
                                       .arg(supported);
            return result;
        case Range::Unknown:
            result.verdict = Text::tr(
                                 "has no zfs module, and whether it is supported is not known: its "
                                 "upstream level is not known (%1)")
                                 .arg(kernel.level.unknownReason);
            return result;
        case Range::Inside:
            break;
    }
    switch (kernel.headers) {
        case Tri::No:
            // dkms's kernel hook and akmods skip a kernel without headers:
            // nothing builds the module until they are installed.
            result.state = KernelZfs::State::Without;
            result.verdict = Text::tr(
                                 "has no zfs module, and none can be built: its headers are "
                                 "not installed (/lib/modules/%1/build/include is missing), so "
                                 "dkms and akmods skip it, although %2")
                                 .arg(kernel.release, supported);
            return result;
        case Tri::Yes:
            result.verdict = Text::tr(
                                 "has no zfs module yet; %1 and its headers are installed, so "
                                 "dkms or akmods can still build one (akmods at boot), unless "
                                 "its build failed")
                                 .arg(supported);
            return result;
        case Tri::Unknown:
            break;
    }
    result.verdict = Text::tr(
                         "has no zfs module yet; %1, so dkms or akmods can build one at "
                         "install time or at boot if the kernel's headers are installed, "
                         "which could not be read")
                         .arg(supported);
    return result;
}

// How to find out whether a module will be built for a kernel, and build it.
QString howToCheck(const QString& release) {
    return Text::tr(
               "Check with `dkms status` and `ls /lib/modules/%1/build/include` (the "
               "headers a build needs); `sudo dkms autoinstall -k %1` (or `sudo akmods "
               "--force --kernels %1`) builds the module now.")
        .arg(release);
}

// The first release after `installed` whose META allows `level`'s series.
QString firstSupportingRelease(const ProblemInfo& problem, const Version& installed,
                               const KernelLevel& level) {
    const std::optional<Version> kernel = Version::parse(level.level);
    if (!kernel) {
        return {};
    }
    for (const KernelSupportInfo& row : problem.kernelSupport) {
        if (installed < row.zfs && !row.zfs.isReleaseCandidate() &&
            kernel->compareSeries(row.linuxMax) <= 0 && kernel->compareSeries(row.linuxMin) >= 0) {
            return row.zfs.toString();
        }
    }
    return {};
}

// "Pools that would not import: tank." and the root file system, when known.
QString consequences(const Facts& facts) {
    QString text;
    QStringList pools;
    for (const ZfsPool& pool : facts.zfs.pools) {
        pools << pool.name;
    }
    if (!pools.isEmpty()) {
        text += Text::tr(" Pools that would not import: %1.").arg(pools.join(QStringLiteral(", ")));
    }
    for (const ZfsDataset& dataset : facts.zfs.datasets) {
        if (dataset.mountpoint.value == QLatin1String("/") && dataset.isMounted()) {
            text += Text::tr(" The root file system is on ZFS (%1): the system would not start.")
                        .arg(dataset.name);
            break;
        }
    }
    return text;
}

void addRemedies(Finding& finding, const ProblemInfo& problem, const Facts& facts,
                 const ModuleSource& source, const InstalledKernel& kernel,
                 const KernelZfs& state) {
    addKernelPin(
        finding, problem, facts,
        [&source, &kernel](const KernelLevel&, const InstalledKernel* installed) {
            if (!installed) {
                return KernelJudgement::State::Unknown;
            }
            // The kernel this finding is about (ZFS is not loaded
            // on it, or it will boot without a module).
            if (installed->release == kernel.release) {
                return KernelJudgement::State::Carries;
            }
            const KernelZfs judged = judge(*installed, source);
            if (judged.state == KernelZfs::State::Without) {
                return KernelJudgement::State::Carries;
            }
            // Only a kernel with a module that this ZFS supports.
            if (judged.state == KernelZfs::State::Has && (source.bundled || judged.insideRange)) {
                return KernelJudgement::State::Lacks;
            }
            return KernelJudgement::State::Unknown;
        });
    if (state.insideRange && !source.bundled) {
        RemedyContext context;
        context.target = kernel.release;
        context.values.insert(QStringLiteral("kernel"), kernel.release);
        addRemedy(finding, problem, QStringLiteral("rebuild-zfs-module"), facts, context);
    }
    if (state.outsideRange && source.version) {
        const QString first = firstSupportingRelease(problem, *source.version, kernel.level);
        finding.evidence << FindingEvidence{
            Text::tr("first release supporting %1").arg(kernel.release),
            first.isEmpty() ? Text::tr("none in the knowledge base yet") : first, false,
            Text::tr("from the META files of the releases")};
        addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);
    }
}

}  // namespace

Finding detect(const Facts& facts, const ProblemInfo& problem,
               const QList<ProbeResult>& /*probes: nothing to probe*/) {
    Finding finding = startFinding(problem);
    const ZfsFacts& zfs = facts.zfs;
    if (zfs.absent()) {
        finding.evidence << FindingEvidence{Text::tr("ZFS"), Text::tr("not installed"), true,
                                            Text::tr("no zfs module and no zfs command")};
        concludeNotAffected(finding, Text::tr("ZFS is not installed."));
        return finding;
    }
    if (zfs.moduleLoaded != Tri::Yes && zfs.userlandInstalled != Tri::Yes) {
        const QString why = unreadReason(facts, FactArea::ZfsModule);
        concludeUnknown(finding,
                        Text::tr("Whether ZFS is installed is not known (%1).")
                            .arg(why.isEmpty() ? unreadReason(facts, FactArea::ZfsUserland) : why));
        return finding;
    }
    if (const QString unread = unreadReason(facts, FactArea::InstalledKernels); !unread.isEmpty()) {
        concludeUnknown(finding, Text::tr("The installed kernels and their zfs modules are not "
                                          "known: %1")
                                     .arg(unread));
        return finding;
    }
    const ModuleSource source = moduleSource(finding, problem, facts);
    const KernelFacts& kernel = facts.kernel;
    const InstalledKernel* running = kernel.installedKernel(kernel.release);

    // Today's state: the running kernel without a module and ZFS not loaded.
    if (running) {
        const KernelZfs now = judge(*running, source);
        finding.evidence << kernelEvidence(Text::tr("running kernel"), running->release,
                                           running->level, now.verdict, true);
        if (zfs.moduleLoaded == Tri::No && running->zfsModule == Tri::No) {
            addRemedies(finding, problem, facts, source, *running, now);
            concludeAffected(finding, Text::tr("This boot has no ZFS: kernel %1 %2, and the zfs "
                                               "module is not loaded.%3")
                                          .arg(running->release, now.verdict, consequences(facts)));
            return finding;
        }
    }

    // The kernel the next boot starts: the default entry, else the newest
    // installed; the running kernel when that is what boots again.
    NextBoot next = nextBootKernel(facts);
    if (!next.kernel && running &&
        (kernel.defaultBoot.isEmpty() || kernel.defaultBoot == kernel.release)) {
        next.kernel = running;
        next.how = kernel.defaultBoot.isEmpty()
                       ? Text::tr("the running kernel: no newer kernel is installed")
                       : Text::tr("the default boot entry (%1)").arg(kernel.defaultBootSource);
    }
    if (!next.kernel) {
        QString why = kernel.defaultBoot.isEmpty()
                          ? unreadReason(facts, FactArea::DefaultBoot)
                          : Text::tr("the default entry names %1, which is not installed")
                                .arg(kernel.defaultBoot);
        if (why.isEmpty()) {
            why = Text::tr("the running kernel %1 is not among the installed kernels")
                      .arg(kernel.release);
        }
        concludeUnknown(finding,
                        Text::tr("Which kernel the next boot starts is not known (%1).").arg(why));
        return finding;
    }
    const KernelZfs atNextBoot = judge(*next.kernel, source);
    if (next.kernel != running) {
        finding.evidence << kernelEvidence(
            Text::tr("next boot"), next.kernel->release, next.kernel->level,
            QStringLiteral("%1; %2").arg(next.how, atNextBoot.verdict), true);
    }
    if (atNextBoot.state == KernelZfs::State::Without) {
        addRemedies(finding, problem, facts, source, *next.kernel, atNextBoot);
        concludeAffected(finding, Text::tr("No ZFS after the next reboot: it starts kernel %1 "
                                           "(%2), which %3.%4")
                                      .arg(next.kernel->release, next.how, atNextBoot.verdict,
                                           consequences(facts)));
        return finding;
    }
    if (atNextBoot.state == KernelZfs::State::Unknown) {
        concludeUnknown(finding, Text::tr("Whether the next boot has ZFS is not known: it starts "
                                          "kernel %1 (%2), which %3. %4")
                                     .arg(next.kernel->release, next.how, atNextBoot.verdict,
                                          howToCheck(next.kernel->release)));
        return finding;
    }

    // Newer kernels that are installed but not the default: one boot-menu
    // choice away.
    QStringList undetermined;
    for (const InstalledKernel& installed : kernel.installed) {
        if (&installed == next.kernel || &installed == running ||
            installed.newerThanRunning != Tri::Yes) {
            continue;
        }
        const KernelZfs state = judge(installed, source);
        if (state.state == KernelZfs::State::Has) {
            continue;
        }
        finding.evidence << kernelEvidence(Text::tr("newer installed kernel"), installed.release,
                                           installed.level, state.verdict, true);
        if (state.state == KernelZfs::State::Unknown) {
            undetermined << Text::tr("kernel %1 %2. %3")
                                .arg(installed.release, state.verdict,
                                     howToCheck(installed.release));
            continue;
        }
        addRemedies(finding, problem, facts, source, installed, state);
        concludeAtRisk(
            finding,
            Text::tr("booting kernel %1 (installed, not the default)").arg(installed.release),
            Text::tr("Kernel %1 is installed but %2: booting it (choosing it in the "
                     "boot menu) would start without ZFS.%3")
                .arg(installed.release, state.verdict, consequences(facts)));
        return finding;
    }
    if (!undetermined.isEmpty()) {
        concludeUnknown(finding, Text::tr("Whether newer installed kernels have ZFS is not "
                                          "known: %1")
                                     .arg(undetermined.join(QLatin1Char(' '))));
        return finding;
    }
    concludeNotAffected(finding, Text::tr("The kernel the next boot starts (%1) has a zfs "
                                          "module, and no newer installed kernel lacks one.")
                                     .arg(next.kernel->release));
    return finding;
}

}  // namespace zd::detectors::kernel_zfs_unsupported

ZD_REGISTER_DETECTOR(kernel_zfs_unsupported, "kernel-zfs-unsupported")
