// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// collectPackages(): the installed packages verdicts depend on (kernel images,
// ZFS, Proxmox VE) with their versions and holds, from the dpkg database.
//
// The database is read as a file, /var/lib/dpkg/status, instead of through
// `dpkg-query` and `apt-mark showhold`: no process is started. Only on
// Debian-based families (collectDistro runs first). A Debian system whose
// database lists proxmox-ve is Proxmox VE even where /etc/pve could not be
// listed (Proxmox VE keeps Debian's os-release).

#include <QCoreApplication>

#include "collect/collect.h"
#include "collect/command_failure.h"
#include "collect/parsers/dpkg_status.h"

namespace zd {

namespace {

// Its notes, translated (translations/*.ts).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(zd::PackageCollector)
};

const QString kDpkgStatus = QStringLiteral("/var/lib/dpkg/status");

void note(Facts& facts, const QString& code, const QString& message, const QString& key,
          FactArea area = FactArea::None) {
    facts.notes.append({QStringLiteral("packages"), code, message, key, area});
}

void recogniseProxmox(Facts& facts) {
    DistroFacts& distro = facts.distro;
    if (distro.family == DistroFamily::Debian && facts.package(QStringLiteral("proxmox-ve"))) {
        distro.family = DistroFamily::Proxmox;
    }
    if (distro.family != DistroFamily::Proxmox) {
        return;
    }
    if (const InstalledPackage* manager = facts.package(QStringLiteral("pve-manager"))) {
        distro.versionId = manager->version;
        distro.prettyName = QStringLiteral("Proxmox VE %1").arg(manager->version);
    }
}
}  // namespace

void collectPackages(SystemSource& source, Facts& facts) {
    facts.packages.clear();
    if (!isDebianBased(facts.distro.family)) {
        return;
    }
    const Evidence status = source.readFile(kDpkgStatus);
    if (status.absent()) {
        note(facts, QStringLiteral("dpkg-status-missing"),
             Text::tr("%1 does not exist: dpkg records no installed packages here.")
                 .arg(kDpkgStatus),
             status.key);
        return;
    }
    if (!status.ok()) {
        note(facts, QStringLiteral("dpkg-status-unreadable"),
             Text::tr("%1 could not be read (%2), so installed kernel and ZFS packages and "
                      "their holds are unknown.")
                 .arg(kDpkgStatus, failureReason(status)),
             status.key, FactArea::Packages);
        return;
    }
    facts.packages = parseDpkgStatus(status.output, &isPackageOfInterest);
    recogniseProxmox(facts);
}

}  // namespace zd
