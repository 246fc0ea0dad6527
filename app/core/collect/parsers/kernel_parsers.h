// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Pure parsers for installed kernels, the default boot entry and package locks.
//
// Formats:
//   - `rpm -q kernel-core --qf '%{VERSION}-%{RELEASE}.%{ARCH}\n'`: one release per
//     installed kernel-core ("6.11.4-301.fc41.x86_64"), or
//     "package kernel-core is not installed" (rpm(8) query format).
//   - `dpkg-query -W -f='${Package}\t${Status}\n' 'linux-image-*'`: one package
//     per line; only Status "install ok installed" is installed (dpkg-query(1));
//     kernel packages are "linux-image-<uname -r>" (Debian "6.1.0-18-amd64",
//     Ubuntu "6.8.0-51-generic"); "-unsigned" builds carry the same release,
//     "-dbg"/"-dbgsym" are debug symbols and meta packages ("linux-image-amd64")
//     name no release.
//   - `grubby --default-kernel`: the kernel image path, "/boot/vmlinuz-<release>".
//   - GRUB 2 grub.cfg (grub-mkconfig output) and grubenv ("key=value" lines
//     padded with '#'); the default entry is "set default=..." or, with
//     GRUB_DEFAULT=saved, grubenv's saved_entry: a number, a title or a
//     menuentry id, submenu levels joined by '>' (GRUB manual "default").
//   - dnf4 versionlock.list: one lock per line, e.g. "kernel-core-0:6.12.24-200.fc41.*";
//     '#' comments, '!' lines are excludes (python3-dnf-plugin-versionlock).
//   - dnf5 /etc/dnf/versionlock.toml: version = "1.0", [[packages]] name = "...",
//     [[packages.conditions]] key/comparator/value (dnf5-versionlock(8)).
//   - `apt-mark showhold`: one held package name per line.

#include <QString>
#include <QStringList>

#include "model/facts.h"

namespace zd {

// Releases from the rpm query above; "not installed" and garbage lines yield
// nothing (a release never contains blanks).
QStringList parseRpmKernelReleases(const QString& text);

struct DebianKernelPackage {
    QString package;  // "linux-image-6.1.0-18-amd64"
    QString release;  // "6.1.0-18-amd64"
};
// Installed kernel image packages from the dpkg-query output above (any
// format whose first field is ${Package} and whose last is ${Status}).
QList<DebianKernelPackage> parseDpkgKernelPackages(const QString& text);

// Releases from a /lib/modules listing (each entry is a release directory).
QStringList parseModulesListing(const QString& listing);
// Releases from a /boot listing ("vmlinuz-<release>"; rescue images skipped).
QStringList parseBootListing(const QString& listing);

// Combines the package manager's view with /lib/modules and /boot: one entry per
// release, in package-manager order then the others, each saying where it was seen.
// `packageSource` is "rpm" or "dpkg"; `packages` maps release -> package name.
QList<InstalledKernel> mergeInstalledKernels(const QString& packageSource,
                                             const QList<DebianKernelPackage>& packages,
                                             const QStringList& modulesReleases,
                                             const QStringList& bootReleases);

// The release in "/boot/vmlinuz-<release>", or empty when the text is not that.
QString parseGrubbyDefaultKernel(const QString& text);

// grubenv: the value of saved_entry, empty when unset.
QString parseGrubenvSavedEntry(const QString& text);

// Resolves the default entry of grub.cfg to the release of its kernel.
// `savedEntry` is grubenv's saved_entry (used when grub.cfg defaults to it).
// On failure returns empty and sets *problem.
QString resolveGrubDefaultRelease(const QString& grubCfg, const QString& savedEntry,
                                  QString* problem);

// Kernel-related locks ("kernel*" packages) from the dnf4 list.
QStringList parseDnf4VersionlockKernels(const QString& text);

// Kernel-related locks from the dnf5 TOML file, each written as
// "<name> (<key> <comparator> <value>, ...)" or just "<name>" without conditions.
// Lines this parser does not understand are described in *problems.
QStringList parseDnf5VersionlockKernels(const QString& text, QStringList* problems);

// Held kernel image packages ("linux-image*") from `apt-mark showhold`.
QStringList parseAptHeldKernels(const QString& text);

}  // namespace zd
