// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Pure parsers for installed kernels, the default boot entry and package locks.
//
// Formats:
//   - `rpm -q kernel-core --qf '%{VERSION}-%{RELEASE}.%{ARCH}\n'`: one release per
//     installed kernel-core ("6.11.4-301.fc41.x86_64"), or
//     "package kernel-core is not installed" (rpm(8) query format).
//   - kernel packages in the dpkg database (dpkg_status.h): "linux-image-<uname -r>"
//     (Debian "6.1.0-18-amd64", Ubuntu "6.8.0-51-generic"; "-unsigned" builds
//     carry the same release, "-dbg"/"-dbgsym" are debug symbols, meta packages
//     such as "linux-image-amd64" name no release), Proxmox VE's
//     "proxmox-kernel-<release>[-signed]" and older "pve-kernel-<release>"
//     (releases end in "-pve"; "proxmox-kernel-6.8" is a meta package).
//   - `grubby --default-kernel`: the kernel image path, "/boot/vmlinuz-<release>".
//   - GRUB 2 grub.cfg (grub-mkconfig output) and grubenv ("key=value" lines
//     padded with '#'); the default entry is "set default=..." or, with
//     GRUB_DEFAULT=saved, grubenv's saved_entry: a number, a title or a
//     menuentry id, submenu levels joined by '>' (GRUB manual "default").
//   - dnf4 versionlock.list and dnf5 /etc/dnf/versionlock.toml: read by
//     app/core/dnf (dnf4_versionlock.h, dnf5_versionlock.h), the one reader
//     of each, shared with the helper's kernel pin.
//   - /lib/modules/<release> listings: where distributions put the zfs module
//     (see zfsModuleDirectories()).
//   - /etc/kernel/proxmox-boot-pin, /etc/kernel/next-boot-pin: the release
//     `proxmox-boot-tool kernel pin [--next-boot]` chose (pve-docs
//     "Override the Kernel-Version for next Boot").

#include <QString>
#include <QStringList>

#include "model/facts.h"

namespace zd {

// Releases from the rpm query above; "not installed" and garbage lines yield
// nothing (a release never contains blanks).
QStringList parseRpmKernelReleases(const QString& text);

struct KernelPackage {
    QString package;  // "linux-image-6.1.0-18-amd64"
    QString release;  // "6.1.0-18-amd64"
    QString version;  // the package's version, "6.1.76-1"
    bool held = false;
};
// Kernel image packages among installed packages (Debian, Ubuntu, Proxmox VE).
QList<KernelPackage> debianKernelPackages(const QList<InstalledPackage>& packages);

// Releases from a /lib/modules listing (each entry is a release directory).
QStringList parseModulesListing(const QString& listing);
// Releases from a /boot listing ("vmlinuz-<release>"; rescue images skipped).
QStringList parseBootListing(const QString& listing);

// Combines the package manager's view with /lib/modules and /boot: one entry per
// release, in package-manager order then the others, each saying where it was seen.
// `packageSource` is "rpm" or "dpkg"; `packages` maps release -> package.
QList<InstalledKernel> mergeInstalledKernels(const QString& packageSource,
                                             const QList<KernelPackage>& packages,
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

// Kernel locks from the dnf5 TOML file (read by app/core/dnf, like dnf5):
// the entries that hold a "kernel*" package at one version-release, each
// written "<name>-<version>-<release>" ("kernel-core-6.12.24-200.fc41").
// Excludes, ranges and entries dnf5 ignores hold nothing and are left out;
// what the reader could not read is described in *problems (then, when the
// file is not TOML dnf5 reads, no locks at all).
QStringList parseDnf5VersionlockKernels(const QString& text, QStringList* problems);

// The subdirectories of /lib/modules/<release> where a zfs module is looked
// for, most common first: "updates/dkms" (DKMS on Debian, Ubuntu, Arch),
// "extra" (DKMS on Fedora and EL), "extra/zfs" and "weak-updates/zfs" (EL
// kABI-tracking kmod packages), "kernel/zfs" (Ubuntu's linux-modules
// packages), "zfs" (Proxmox VE kernels), "updates" (hand-built modules).
const QStringList& zfsModuleDirectories();
// The zfs module's file name in a directory listing ("zfs.ko", "zfs.ko.xz",
// "zfs.ko.zst"), or empty.
QString zfsModuleFileIn(const QString& listing);

// The release in a Proxmox pin file, or empty.
QString parseProxmoxBootPin(const QString& text);

}  // namespace zd
