// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Copied files silently get zero-filled chunks (openzfs/zfs#15526): before
// 2.1.14 and in 2.2.0-2.2.1, dnode_is_dirty() can call a file with unwritten
// data clean, so lseek(SEEK_DATA/SEEK_HOLE) reports a hole where data is and
// a copier that skips holes (coreutils >= 9.2 cp, and any other SEEK_DATA
// user) writes zeros. Fixed by PR #15571 (2.1.14, 2.2.2, 2.3.0).
//
// The trigger is the module's strict hole reporting, zfs_dmu_offset_next_sync=1
// (the default from 2.1.5 on): it makes the race likely. At 0 the race is much
// rarer but not gone (the dirty check runs before the tunable is read), so
// that is latent, saying so. Copiers are everywhere, so they are no condition.
//
// Builds whose version string hides whether they carry the fix:
// - Debian 12's 2.1.11-1+deb12uN carries it as a patch: not affected.
// - Other Debian security builds (+debNNuM) and Ubuntu's builds: not
//   established. Ubuntu builds the module into its kernels at kernel build
//   time, so a running kernel built before the fix existed (before
//   2023-11-22) with its own zfs module (kernel/zfs) provably lacks it;
//   otherwise the verdict is unknown.
// - NixOS and Gentoo patch without changing the version: unknown.

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include "knowledge/detector_support.h"
#include "knowledge/problem_registry.h"

namespace zd::detectors::zeroed_copies_dirty_holes {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::Detectors)
};

const QString kParameter = QStringLiteral("zfs_dmu_offset_next_sync");

// No build made before this day can carry the fix: its pull request (#15571)
// is numbered after #15554, opened on 2023-11-22, and zfs-2.2.1 (2023-11-21)
// still has the old check.
const QDate kFixExistsFrom(2023, 11, 22);

// A Debian security or point-release build ("2.1.11-1+deb12u1"): its N and
// its Debian release, or nothing.
struct DebianUpdate {
    int release = 0;  // 12
    int update = 0;   // 1
};
std::optional<DebianUpdate> debianUpdate(const Version& zfs) {
    static const QRegularExpression pattern(QStringLiteral("\\+deb([0-9]+)u([0-9]+)"));
    const QRegularExpressionMatch match = pattern.match(zfs.text());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return DebianUpdate{match.captured(1).toInt(), match.captured(2).toInt()};
}

// Debian 12's 2.1.11-1+deb12u1 and later carry the fix as patch 0028.
bool isDebianFixedBuild(const Facts& facts, const Version& zfs) {
    const std::optional<DebianUpdate> update = debianUpdate(zfs);
    return facts.distro.family == DistroFamily::Debian && zfs == Version(2, 1, 11) && update &&
           update->release == 12 && update->update >= 1;
}

// The build date at the end of /proc/version ("... #9-Ubuntu SMP
// PREEMPT_DYNAMIC Sat Oct  7 01:35:40 UTC 2023", which Ubuntu follows with
// " (Ubuntu 6.5.0-9.9-generic 6.5.3)"), or an invalid date.
QDate kernelBuildDate(const QString& procVersion) {
    static const QRegularExpression pattern(
        QStringLiteral("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +([0-9]{1,2}) "
                       "[0-9]{2}:[0-9]{2}:[0-9]{2} [A-Z]+ ([0-9]{4})( \\([^()]*\\))?\\s*$"));
    static const QStringList months{
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QRegularExpressionMatch match = pattern.match(procVersion.trimmed());
    if (!match.hasMatch()) {
        return {};
    }
    return QDate(match.captured(3).toInt(), int(months.indexOf(match.captured(1))) + 1,
                 match.captured(2).toInt());
}

// Why a build's version cannot say whether it carries the fix, or empty
// when it can. Adds the evidence that decides; on Ubuntu that may be the
// proof that the build predates the fix (then empty).
QString undecidableBuild(Finding& finding, const Facts& facts, const Version& zfs) {
    const QString id = facts.distro.id;
    if (id == QLatin1String("nixos") || id == QLatin1String("gentoo")) {
        finding.evidence << FindingEvidence{
            Text::tr("distribution build"), zfs.text(), true,
            Text::tr("%1 patches its ZFS packages without changing the version").arg(id)};
        return Text::tr(
                   "%1 patched its ZFS packages (the fix, or the tunable at 0) without "
                   "changing the version, so %2 does not tell whether this build carries "
                   "the fix (openzfs/zfs#15571); the package's changelog or the "
                   "distribution's advisory for CVE-2023-49298 does")
            .arg(id, zfs.text());
    }
    if (facts.distro.family == DistroFamily::Debian && debianUpdate(zfs)) {
        finding.evidence << FindingEvidence{
            Text::tr("distribution build"), zfs.text(), true,
            Text::tr("a Debian update whose content ZFS Doctor does not know")};
        return Text::tr(
                   "whether Debian's build %1 carries the fix (openzfs/zfs#15571) is not "
                   "known; `apt changelog zfsutils-linux` says whether it mentions "
                   "CVE-2023-49298")
            .arg(zfs.text());
    }
    if (facts.distro.family != DistroFamily::Ubuntu || !isUbuntuZfsBuild(facts.zfs)) {
        return {};
    }
    // Ubuntu's kernels carry the zfs module they were built with.
    const InstalledKernel* running = facts.kernel.installedKernel(facts.kernel.release);
    const bool kernelsOwnModule = facts.zfs.moduleLoaded == Tri::Yes && running &&
                                  running->zfsModulePath.contains(QLatin1String("/kernel/zfs/"));
    const QDate built = kernelBuildDate(facts.kernel.procVersion);
    if (kernelsOwnModule && built.isValid() && built < kFixExistsFrom) {
        finding.evidence << FindingEvidence{
            Text::tr("distribution build"), zfs.text(), true,
            Text::tr("the zfs module of kernel %1 (%2), built on %3, before the fix existed")
                .arg(facts.kernel.release, running->zfsModulePath, built.toString(Qt::ISODate))};
        return {};
    }
    finding.evidence << FindingEvidence{
        Text::tr("distribution build"), zfs.text(), true,
        kernelsOwnModule && built.isValid()
            ? Text::tr("the zfs module of kernel %1, built on %2, after the fix existed")
                  .arg(facts.kernel.release, built.toString(Qt::ISODate))
            : Text::tr("Ubuntu's build; when it was built is not known")};
    return Text::tr(
               "whether Ubuntu's build %1 carries the fix (openzfs/zfs#15571) is not "
               "established; `apt changelog zfsutils-linux` (or the changelog of the kernel "
               "package, which carries the module) says whether it mentions CVE-2023-49298")
        .arg(zfs.text());
}

}  // namespace

Finding detect(const Facts& facts, const ProblemInfo& problem, const QList<ProbeResult>&) {
    Finding finding = startFinding(problem);
    const ZfsGate gate = gateZfs(finding, problem, facts, false);
    if (gate.concluded()) {
        return finding;
    }
    if (gate.version && isDebianFixedBuild(facts, *gate.version)) {
        finding.evidence << FindingEvidence{
            Text::tr("distribution build"), gate.version->text(), true,
            Text::tr("Debian 12's 2.1.11-1+deb12u1 and later carry the fix as a patch")};
        concludeNotAffected(finding,
                            Text::tr("%1 is Debian's build with the fix (openzfs/zfs#15571, "
                                     "patch 0028 since 2.1.11-1+deb12u1).")
                                .arg(gate.text()));
        return finding;
    }

    // The trigger: strict hole reporting.
    const auto parameter = facts.zfs.parameters.constFind(kParameter);
    if (parameter == facts.zfs.parameters.constEnd()) {
        if (facts.zfs.moduleLoaded == Tri::No) {
            finding.evidence << FindingEvidence{kParameter, Text::tr("not read"), true,
                                                Text::tr("the zfs module is not loaded")};
            concludeNoTrigger(finding, gate, facts,
                              Text::tr("the zfs module is not loaded, so nothing on ZFS is "
                                       "written or copied now"));
            return finding;
        }
        const QString unread = unreadReason(facts, FactArea::ZfsParameters);
        const QString why = !unread.isEmpty() ? unread
                            : facts.zfs.moduleLoaded == Tri::Yes
                                ? Text::tr("it is not in /sys/module/zfs/parameters")
                                : Text::tr(
                                      "whether the zfs module is loaded is "
                                      "not known");
        finding.evidence << FindingEvidence{kParameter, Text::tr("not read"), true, why};
        concludeUnknown(finding,
                        Text::tr("%1 may have this bug, and whether zfs_dmu_offset_next_sync is 1 "
                                 "(which makes it likely) is not known: %2. Read it with `cat "
                                 "/sys/module/zfs/parameters/zfs_dmu_offset_next_sync`.")
                            .arg(gate.text(), why));
        return finding;
    }
    const QString value = parameter->trimmed();
    if (value == QLatin1String("0")) {
        finding.evidence << FindingEvidence{
            kParameter, value, true,
            Text::tr(
                "holes in recently written files are not reported: much rarer, not ruled out")};
        concludeNoTrigger(finding, gate, facts, Text::tr("zfs_dmu_offset_next_sync is 0"));
        if (finding.latent) {
            finding.summary = Text::tr(
                                  "Latent: %1 has this bug; zfs_dmu_offset_next_sync=0 "
                                  "makes it much rarer but does not rule it out. Upgrading "
                                  "to %2 fixes it.")
                                  .arg(gate.text(), problem.zfsFixedIn.join(QStringLiteral(", ")));
        }
        return finding;
    }
    finding.evidence << FindingEvidence{
        kParameter, value, true,
        Text::tr("strict hole reporting: a copy of a file being written can get zeros")};
    addRemedy(finding, problem, QStringLiteral("dmu-offset-next-sync-off"), facts);
    addRemedy(finding, problem, QStringLiteral("upgrade-zfs"), facts);

    if (gate.state == ZfsGate::State::InRange && gate.version) {
        if (const QString why = undecidableBuild(finding, facts, *gate.version); !why.isEmpty()) {
            concludeUnknown(finding, Text::tr("%1 with zfs_dmu_offset_next_sync=%2 would have "
                                              "this bug, but %3.")
                                         .arg(gate.text(), value, why));
            return finding;
        }
    }
    const QString trigger = Text::tr("zfs_dmu_offset_next_sync is %1").arg(value);
    if (!versionDecidesAffected(finding, gate, facts, false, trigger,
                                Text::tr("the next copy of a file that is still being written"))) {
        return finding;
    }
    concludeAffected(finding,
                     Text::tr("%1 with zfs_dmu_offset_next_sync=%2: a program that copies by "
                              "skipping holes (cp from coreutils 9.2 on) can silently write "
                              "zeros into the copy of a file that is still being written. The "
                              "source stays intact, and a scrub does not find it.")
                         .arg(gate.text(), value));
    return finding;
}

}  // namespace zd::detectors::zeroed_copies_dirty_holes

ZD_REGISTER_DETECTOR(zeroed_copies_dirty_holes, "zeroed-copies-dirty-holes")
