// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The upstream (kernel.org) level of a distribution kernel: what the knowledge
// base's kernel ranges are written in. Pure functions; every rule names where
// the distribution publishes the level (facts and sources in
// docs/knowledge-base.md, "Kernel levels"):
//
//   Ubuntu      /proc/version_signature "Ubuntu 6.8.0-51.52-generic 6.8.12": the
//               last field (also at the end of /proc/version, in parentheses).
//               Only the running kernel publishes it. Mainline builds from
//               kernel.ubuntu.com ("6.8.0-060800rc5-generic") carry it in the
//               release itself.
//   Debian      /proc/version "... Debian 6.12.30-1~bpo12+1 (2025-06-05)" and
//               the linux-image package version: the part before the first '-'
//               (after an optional "N:" epoch). `uname -r` hides it in the old
//               ABI naming ("6.1.0-28-amd64": only the series 6.1 is sure) but
//               shows it in the newer one ("6.12.12+bpo-amd64", "6.12.95+deb12-amd64").
//   Proxmox VE  "6.8.12-4-pve": pve-kernel's KVNAME is
//               MAJ.MIN.PATCHLEVEL-KREL-pve with PATCHLEVEL the upstream stable
//               level (pve-kernel Makefile).
//   EL          "5.14.0-503.14.1.el9_5": backports into a frozen base number;
//               not derivable, so unknown with that reason (at least 5.14.0).
//   upstream    Fedora ("6.14.5-300.fc42"), Arch ("6.8.2-arch2-1", "6.6.23-1-lts"), Unraid
//   numbering   ("6.12.25-Unraid"), TrueNAS ("6.12.15-production+truenas") and
//               kernel.org builds ("6.15.0", "6.15.0-rc3") number their kernels
//               by the upstream release they are.
//   anything else: unknown, saying the numbering is not known to be upstream's.
// Where the exact level is unknown but its series is sure (Ubuntu's and
// Debian's X.Y.0-N ABI releases stay in their series X.Y), KernelLevel::floor
// and ::ceiling bound it, which answers range questions at series granularity
// (">=6.8"). An EL kernel has a floor only.

#include <QString>

#include "model/facts.h"

namespace zd {

// The running kernel. `versionSignature` is /proc/version_signature (empty
// when absent or unread), `packageVersion` the version of the package owning
// the running kernel (empty when unknown).
KernelLevel runningKernelLevel(const QString& release, const QString& procVersion,
                               const QString& versionSignature, const QString& packageVersion,
                               const DistroFacts& distro);

// An installed kernel that may not be running: only its release and its
// package's version are known.
KernelLevel installedKernelLevel(const QString& release, const QString& packageVersion,
                                 const DistroFacts& distro);

// "Ubuntu 6.8.0-51.52-generic 6.8.12" -> "6.8.12"; empty when it is not that.
QString levelFromVersionSignature(const QString& signature);
// "... #1 SMP PREEMPT_DYNAMIC Debian 6.12.30-1~bpo12+1 (2025-06-05)" -> "6.12.30".
QString levelFromDebianProcVersion(const QString& procVersion);
// A Debian package version "1:6.12.20-1+rpt1~bpo12+1" -> "6.12.20".
QString levelFromDebianPackageVersion(const QString& version);

}  // namespace zd
