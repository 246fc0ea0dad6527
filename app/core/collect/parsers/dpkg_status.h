// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// /var/lib/dpkg/status: the dpkg database of installed packages (deb-control(5)
// paragraphs separated by blank lines; "Package:", "Status: <want> <ok> <state>",
// "Version:" fields). Reading it replaces `dpkg-query` and `apt-mark showhold`:
// an installed package has state "installed", a held one want "hold"
// (dpkg-query(1) "Package selection states"; apt-mark(8) holds are dpkg
// selections).

#include <QList>
#include <QString>

#include "model/facts.h"

namespace zd {

// The installed packages whose name `wanted` accepts, in file order.
// Paragraphs without Package/Status/Version and packages that are only
// configured, unpacked or removed are skipped.
QList<InstalledPackage> parseDpkgStatus(const QString& text, bool (*wanted)(const QString& name));

// The packages ZFS Doctor looks at: kernel images (linux-image-*,
// proxmox-kernel-*, pve-kernel-*), ZFS (zfsutils-linux, zfs-dkms) and
// Proxmox VE itself (proxmox-ve, pve-manager), and systemd (its version).
bool isPackageOfInterest(const QString& name);

}  // namespace zd
