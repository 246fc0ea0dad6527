// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "collect/parsers/kernel_level.h"

#include <QCoreApplication>

#include <QRegularExpression>

#include "util/version.h"

namespace zd {

namespace {

// Its sentences, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::KernelLevel)
};

}  // namespace

namespace {

KernelLevel known(const QString& level, const QString& source) {
    KernelLevel result;
    result.level = level;
    result.source = source;
    return result;
}

KernelLevel unknown(const QString& reason) {
    KernelLevel result;
    result.unknownReason = reason;
    return result;
}

// "6.5.0-21-generic" (Ubuntu), "6.1.0-28-amd64" (Debian): the ABI naming that
// keeps the series X.Y but not the upstream patch level.
const QRegularExpression& abiRelease() {
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)\\.0-\\d+-[a-z]"));
    return pattern;
}

// Unknown, but within the series of an ABI release.
KernelLevel withinSeries(const QString& release, const QString& reason) {
    KernelLevel level = unknown(reason);
    const QRegularExpressionMatch match = abiRelease().match(release);
    if (match.hasMatch()) {
        const int major = match.captured(1).toInt();
        const int minor = match.captured(2).toInt();
        level.floor = Version(major, minor, 0).toString();
        level.ceiling = Version(major, minor + 1, 0).toString();
    }
    return level;
}

// "5.14.0-503.14.1.el9_5.x86_64", "4.18.0-553.el8_10", "5.15.0-300.el9uek".
bool isEnterpriseLinux(const QString& release) {
    static const QRegularExpression pattern(QStringLiteral("\\.el(\\d+)"));
    return pattern.match(release).hasMatch();
}

// The leading "X.Y.Z" (and "-rcN") of a release, normalised by Version.
QString leadingRelease(const QString& release) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d+\\.\\d+(?:\\.\\d+)?)(-rc\\d+)?"));
    const QRegularExpressionMatch match = pattern.match(release);
    if (!match.hasMatch()) {
        return {};
    }
    const std::optional<Version> version = Version::parse(match.captured(1) + match.captured(2));
    return version ? version->toString() : QString();
}

// kernel.ubuntu.com mainline builds: "6.8.0-060800rc5-generic", "6.9.1-060901-generic".
QString ubuntuMainlineLevel(const QString& release) {
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+\\.\\d+\\.\\d+)-\\d{6}(rc\\d+)?-[a-z]"));
    const QRegularExpressionMatch match = pattern.match(release);
    if (!match.hasMatch()) {
        return {};
    }
    const QString rc = match.captured(2);
    const std::optional<Version> version =
        Version::parse(match.captured(1) + (rc.isEmpty() ? QString() : QLatin1Char('-') + rc));
    return version ? version->toString() : QString();
}

// Distribution kernels numbered by the upstream release they are built from.
QString upstreamNumberingSource(const QString& release, const DistroFacts& distro) {
    const DistroFamily family = distro.family;
    static const QRegularExpression fedora(QStringLiteral("\\.fc\\d+"));
    static const QRegularExpression arch(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?-arch\\d+"));
    static const QRegularExpression archLts(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?-\\d+-lts$"));
    static const QRegularExpression debianNew(
        QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?\\+(bpo|deb\\d+)-"));
    static const QRegularExpression plain(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?(-rc\\d+)?$"));
    if (fedora.match(release).hasMatch()) {
        return Text::tr("uname -r: Fedora builds each upstream stable release as is");
    }
    if (arch.match(release).hasMatch() ||
        (distro.id == QLatin1String("arch") && archLts.match(release).hasMatch())) {
        return Text::tr("uname -r: Arch's kernels are the upstream release plus Arch patches");
    }
    if (isDebianBased(family) && debianNew.match(release).hasMatch()) {
        return Text::tr("uname -r: Debian's newer kernel names carry the upstream release");
    }
    if (release.endsWith(QLatin1String("-Unraid"))) {
        return Text::tr("uname -r: Unraid builds upstream stable releases");
    }
    if (release.contains(QLatin1String("+truenas"))) {
        return Text::tr("uname -r: TrueNAS builds upstream stable releases");
    }
    if (plain.match(release).hasMatch()) {
        return Text::tr("uname -r: a kernel.org release number without distribution suffix");
    }
    if (family == DistroFamily::Fedora) {
        return Text::tr("uname -r: Fedora builds each upstream stable release as is");
    }
    return {};
}

KernelLevel enterpriseLinux(const QString& release) {
    KernelLevel level =
        unknown(Text::tr("%1 is an Enterprise Linux kernel: it keeps its base number and takes "
                         "changes from later kernels as backports, so which upstream changes it "
                         "carries cannot be read from its version")
                    .arg(release));
    level.floor = leadingRelease(release);
    return level;
}

}  // namespace

QString levelFromVersionSignature(const QString& signature) {
    // "Ubuntu 6.8.0-51.52-generic 6.8.12": distribution, ABI.upload-flavour,
    // upstream level. Old kernels had no third field.
    const QStringList fields = signature.simplified().split(QLatin1Char(' '));
    if (fields.size() != 3 || fields.first() != QLatin1String("Ubuntu")) {
        return {};
    }
    const std::optional<Version> version = Version::parse(fields.at(2));
    return version && version->suffix().isEmpty() ? version->toString() : QString();
}

QString levelFromDebianPackageVersion(const QString& packageVersion) {
    // [epoch:]upstream-revision; the upstream part may carry "~rcN".
    static const QRegularExpression pattern(
        QStringLiteral("^(?:\\d+:)?(\\d+\\.\\d+(?:\\.\\d+)?(?:~rc\\d+)?)(?:[-+~]|$)"));
    const QRegularExpressionMatch match = pattern.match(packageVersion.trimmed());
    if (!match.hasMatch()) {
        return {};
    }
    const std::optional<Version> version = Version::parse(match.captured(1));
    return version ? version->toString() : QString();
}

QString levelFromDebianProcVersion(const QString& procVersion) {
    // "#1 SMP PREEMPT_DYNAMIC Debian 6.12.30-1~bpo12+1 (2025-06-05)"
    static const QRegularExpression pattern(QStringLiteral("\\bDebian (\\S+) \\("));
    const QRegularExpressionMatch match = pattern.match(procVersion);
    return match.hasMatch() ? levelFromDebianPackageVersion(match.captured(1)) : QString();
}

KernelLevel installedKernelLevel(const QString& release, const QString& packageVersion,
                                 const DistroFacts& distro) {
    const DistroFamily family = distro.family;
    if (release.isEmpty()) {
        return unknown(Text::tr("the kernel release is not known"));
    }
    if (isEnterpriseLinux(release)) {
        return enterpriseLinux(release);
    }
    if (release.endsWith(QLatin1String("-pve"))) {
        const QString level = leadingRelease(release);
        if (!level.isEmpty()) {
            return known(level, Text::tr("uname -r: Proxmox VE names its kernels "
                                         "MAJ.MIN.PATCHLEVEL-KREL-pve after the upstream "
                                         "stable level"));
        }
    }
    if (const QString mainline = ubuntuMainlineLevel(release); !mainline.isEmpty()) {
        return known(mainline, Text::tr("uname -r: a kernel.ubuntu.com mainline build"));
    }
    if (isDebianBased(family) && family != DistroFamily::TrueNasScale &&
        !packageVersion.isEmpty() && family != DistroFamily::Ubuntu) {
        const QString level = levelFromDebianPackageVersion(packageVersion);
        if (!level.isEmpty()) {
            return known(level, Text::tr("the kernel package version %1").arg(packageVersion));
        }
    }
    if (const QString source = upstreamNumberingSource(release, distro); !source.isEmpty()) {
        const QString level = leadingRelease(release);
        if (!level.isEmpty()) {
            return known(level, source);
        }
    }
    if (family == DistroFamily::Ubuntu) {
        return withinSeries(release,
                            Text::tr("Ubuntu publishes a kernel's upstream level only while "
                                     "it runs (/proc/version_signature); its release %1 "
                                     "and package version show only the series")
                                .arg(release));
    }
    if (isDebianBased(family)) {
        return withinSeries(release,
                            Text::tr("the release %1 does not show the upstream level and the "
                                     "package version that would is not known")
                                .arg(release));
    }
    return unknown(Text::tr("this distribution's kernel numbering (%1) is not known to "
                            "follow the upstream releases")
                       .arg(release));
}

KernelLevel runningKernelLevel(const QString& release, const QString& procVersion,
                               const QString& versionSignature, const QString& packageVersion,
                               const DistroFacts& distro) {
    const DistroFamily family = distro.family;
    if (release.isEmpty()) {
        return unknown(Text::tr("the running kernel's release is not known"));
    }
    if (isEnterpriseLinux(release)) {
        return enterpriseLinux(release);
    }
    if (const QString level = levelFromVersionSignature(versionSignature); !level.isEmpty()) {
        return known(
            level,
            QStringLiteral("/proc/version_signature \"%1\"").arg(versionSignature.simplified()));
    }
    // The same signature closes /proc/version on Ubuntu: "... (Ubuntu 6.8.0-53.55-generic 6.8.12)".
    static const QRegularExpression trailer(QStringLiteral("\\((Ubuntu [^()]+)\\)\\s*$"));
    if (const QRegularExpressionMatch match = trailer.match(procVersion); match.hasMatch()) {
        const QString level = levelFromVersionSignature(match.captured(1));
        if (!level.isEmpty()) {
            return known(level, QStringLiteral("/proc/version \"(%1)\"").arg(match.captured(1)));
        }
    }
    if (const QString level = levelFromDebianProcVersion(procVersion); !level.isEmpty()) {
        static const QRegularExpression debian(QStringLiteral("\\bDebian (\\S+) \\("));
        return known(level, Text::tr("/proc/version: Debian package %1")
                                .arg(debian.match(procVersion).captured(1)));
    }
    if (family == DistroFamily::Ubuntu && ubuntuMainlineLevel(release).isEmpty() &&
        upstreamNumberingSource(release, distro).isEmpty()) {
        return withinSeries(release, Text::tr("Ubuntu's release %1 hides the upstream level, and "
                                              "neither /proc/version_signature nor /proc/version "
                                              "named it")
                                         .arg(release));
    }
    return installedKernelLevel(release, packageVersion, distro);
}

}  // namespace zd
